"""After an erasure (GDPR Art. 17): what is left to do, in one dialog. The files Ponte made
before that still name the erased people (agendas, badges, calendars, drafts, exports), with
a button that deletes the chosen ones; and, when another program kept the database file (or
the server's tables) from being cleaned, the program named and a Finish erasure button."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.services.erasure import Cleanup, Erased, ErasedPerson, finish_erasure
from app.services.erasure_traces import Trace, delete_traces, find_traces, folders_to_search
from ui.context import AppContext
from ui.errors import user_message
from ui.forms.fields import ERROR_STYLE
from ui.i18n import current_language


def follow_up(ctx: AppContext, erased: Erased, parent: QWidget) -> None:
    """Look for the files that name the erased people (in the worker); open the dialog when
    something is left to do: such files, or a file or server not yet cleaned."""
    people, paths = erased.people, ctx.paths

    def shown(traces: list[Trace]) -> None:
        if traces or not erased.cleanup.done:
            dialog = ErasureFollowUp(ctx, erased.cleanup, people, traces, parent)
            dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            dialog.open()

    ctx.runner.run(lambda: find_traces(people, folders_to_search(paths)), on_done=shown)


def cleanup_text(cleanup: Cleanup) -> str:
    """The cleanup's notes in the window's language."""
    lang = current_language()
    return " ".join(note.text(lang) for note in cleanup.notes)


class ErasureFollowUp(QDialog):
    def __init__(
        self,
        ctx: AppContext,
        cleanup: Cleanup,
        people: Sequence[ErasedPerson],
        traces: Sequence[Trace],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.people = tuple(people)
        self.setWindowTitle(self.tr("After the erasure"))
        self.resize(760, 460)

        self.state = QLabel(self)
        self.state.setWordWrap(True)
        self.finish_button = QPushButton(self.tr("&Finish erasure"), self)
        self.finish_button.clicked.connect(self.finish)

        self.files_label = QLabel(self)
        self.files_label.setWordWrap(True)
        self.files = QListWidget(self)
        self.look_button = QPushButton(self.tr("&Look in another folder…"), self)
        self.look_button.clicked.connect(self._ask_folder)
        self.delete_button = QPushButton(self.tr("&Delete the checked files"), self)
        self.delete_button.clicked.connect(self.delete_checked)
        self.notice = QLabel(self)
        self.notice.setWordWrap(True)
        close = QPushButton(self.tr("Close"), self)
        close.clicked.connect(self.accept)

        top = QHBoxLayout()
        top.addWidget(self.state, 1)
        top.addWidget(self.finish_button, 0, Qt.AlignmentFlag.AlignTop)
        buttons = QHBoxLayout()
        buttons.addWidget(self.look_button)
        buttons.addStretch(1)
        buttons.addWidget(self.delete_button)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.files_label)
        layout.addWidget(self.files, 1)
        layout.addWidget(self.notice)
        layout.addLayout(buttons)

        self.show_cleanup(cleanup)
        self.show_traces(traces)

    # --- the database file or server ------------------------------------------------------

    def show_cleanup(self, cleanup: Cleanup) -> None:
        self.state.setText(cleanup_text(cleanup))
        self.state.setStyleSheet("" if cleanup.done else ERROR_STYLE)
        self.finish_button.setVisible(not cleanup.done)
        self.finish_button.setEnabled(True)

    def finish(self) -> None:
        store = self.ctx.store
        if store is None:
            return
        self.finish_button.setEnabled(False)
        self.state.setText(self.tr("Finishing the erasure…"))
        self.ctx.runner.run(
            lambda: finish_erasure(store),
            on_done=self.show_cleanup,
            on_error=self._failed,
        )

    # --- the files made before ------------------------------------------------------------

    def show_traces(self, traces: Sequence[Trace]) -> None:
        self.files.clear()
        for trace in traces:
            item = QListWidgetItem(str(trace.path), self.files)
            item.setData(Qt.ItemDataRole.UserRole, trace)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked)
        self._count_files()

    def _count_files(self) -> None:
        count = self.files.count()
        if count:
            self.files_label.setText(
                self.tr(
                    "%n file(s) Ponte made before still name the erased people. Delete "
                    "them, or keep those you must keep.",
                    "",
                    count,
                )
            )
        else:
            self.files_label.setText(self.tr("No file Ponte made before names the erased people."))
        self.delete_button.setEnabled(count > 0)

    def checked(self) -> list[Trace]:
        out = []
        for row in range(self.files.count()):
            item = self.files.item(row)
            if item.checkState() == Qt.CheckState.Checked:
                out.append(item.data(Qt.ItemDataRole.UserRole))
        return out

    def delete_checked(self) -> None:
        chosen = self.checked()
        if not chosen:
            return
        deleted, failed = delete_traces(chosen)
        gone = {str(p) for p in deleted}
        for row in reversed(range(self.files.count())):
            if self.files.item(row).text() in gone:
                self.files.takeItem(row)
        self._count_files()
        text = self.tr("Deleted %n file(s).", "", len(deleted))
        if failed:
            reasons = "; ".join(f"{path}: {why}" for path, why in failed)
            text += " " + self.tr("Could not delete: {files}").format(files=reasons)
        self.notice.setText(text)
        self.notice.setStyleSheet(ERROR_STYLE if failed else "")

    def _ask_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(
            self, self.tr("Look for files that name them in"), str(self.ctx.paths.documents_dir)
        )
        if folder:
            self.look_in(Path(folder))

    def look_in(self, folder: Path) -> None:
        """Look in ``folder`` (and a few levels below) too; the files found join the list."""
        people = self.people
        self.notice.setText(self.tr("Looking in {folder}…").format(folder=folder))
        self.notice.setStyleSheet("")

        def found(traces: list[Trace]) -> None:
            listed = {self.files.item(row).text() for row in range(self.files.count())}
            current = [
                self.files.item(row).data(Qt.ItemDataRole.UserRole)
                for row in range(self.files.count())
            ]
            self.show_traces(current + [t for t in traces if str(t.path) not in listed])
            self.notice.setText(self.tr("%n file(s) found there.", "", len(traces)))

        self.ctx.runner.run(
            lambda: find_traces(people, [folder], deep=[folder]),
            on_done=found,
            on_error=self._failed,
        )

    def _failed(self, exc: BaseException) -> None:
        self.finish_button.setEnabled(True)
        self.notice.setText(user_message(exc))
        self.notice.setStyleSheet(ERROR_STYLE)
