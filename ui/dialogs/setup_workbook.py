"""The Set-up workbook dialog: save the empty template a chamber fills in, and import a filled
one sheet by sheet (off the UI thread, with the sheet being read shown and a Cancel)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.core.changes import Changes
from app.services.setup_workbook import (
    SetupSheetRefused,
    SheetImported,
    import_setup_workbook,
    write_setup_template,
)
from ui.cancel import CancelFlag
from ui.context import AppContext
from ui.errors import user_message
from ui.forms.fields import ERROR_STYLE
from ui.i18n import current_language

FILE_FILTER = "*.xlsx"


class _Progress(QObject):
    sheet = Signal(str)  # emitted from the worker, delivered on the UI thread


class SetupWorkbookDialog(QDialog):
    """Two buttons and what came of the last one. ``imported`` carries the sheets written."""

    imported = Signal(object)  # list[SheetImported]

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._flag: CancelFlag | None = None
        self._progress = _Progress(self)
        self._progress.sheet.connect(self._reading)
        self.setWindowTitle(self.tr("Set-up workbook"))
        self.setObjectName("setup_workbook_dialog")

        intro = QLabel(
            self.tr(
                "A workbook with one sheet per kind of record (venues, delegations, B2B "
                "sessions, organisations, participants, interpreters, unavailability, meeting "
                "requests) that a chamber fills in and imports here. Each sheet is imported "
                "whole or not at all; a sheet with a wrong row stops the import there."
            ),
            self,
        )
        intro.setWordWrap(True)
        self.save_button = QPushButton(self.tr("Save an empty template…"), self)
        self.save_button.setObjectName("save_template")
        self.save_button.clicked.connect(self._ask_save)
        self.import_button = QPushButton(self.tr("Import a filled workbook…"), self)
        self.import_button.setObjectName("import_workbook")
        self.import_button.clicked.connect(self._ask_import)
        buttons = QHBoxLayout()
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.import_button)
        buttons.addStretch(1)

        self.bar = QProgressBar(self)
        self.bar.setRange(0, 0)
        self.bar.hide()
        self.cancel_button = QPushButton(self.tr("Cancel"), self)
        self.cancel_button.hide()
        self.cancel_button.clicked.connect(self._cancel)
        self.result_label = QLabel(self)
        self.result_label.setObjectName("setup_result")
        self.result_label.setWordWrap(True)

        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(buttons)
        row = QHBoxLayout()
        row.addWidget(self.bar, 1)
        row.addWidget(self.cancel_button)
        layout.addLayout(row)
        layout.addWidget(self.result_label)
        layout.addStretch(1)
        layout.addWidget(close)
        self.resize(560, 280)

    # --- the template -------------------------------------------------------------------------

    def _ask_save(self) -> None:
        name, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save the set-up template"), "ponte-setup.xlsx", FILE_FILTER
        )
        if name:
            self.save_template(Path(name))

    def save_template(self, path: Path) -> None:
        """Write the template in the window's language (quick: no worker needed)."""
        try:
            written = write_setup_template(path, current_language())
        except Exception as e:  # a folder that cannot be written: said, not raised
            self._say(user_message(e), problem=True)
            return
        self._say(self.tr("Template saved: {path}").format(path=written))

    # --- the import ---------------------------------------------------------------------------

    def _ask_import(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self, self.tr("Import a set-up workbook"), "", FILE_FILTER
        )
        if name:
            self.import_workbook(Path(name))

    def import_workbook(self, path: Path) -> None:
        store, mission_id = self.ctx.store, self.ctx.mission_id
        if store is None or mission_id is None:
            self._say(self.tr("Open a mission first: the import goes into it."), problem=True)
            return
        flag = CancelFlag()
        self._flag = flag
        self._busy(True)
        self._say("")
        emit = self._progress.sheet.emit
        self.ctx.runner.run(
            lambda: import_setup_workbook(store, mission_id, path, progress=emit, cancelled=flag),
            on_done=self._imported,
            on_error=self._failed,
            cancel=flag.request,
        )

    def _reading(self, sheet: str) -> None:
        self.bar.setFormat(sheet)
        self._say(self.tr("Reading the sheet {sheet}…").format(sheet=sheet))

    def _cancel(self) -> None:
        if self._flag is not None:
            self._flag.request()

    def _imported(self, done: list[SheetImported]) -> None:
        self._busy(False)
        self.ctx.bus.announce(Changes.everything(), self)
        if not done:
            self._say(self.tr("Nothing was imported: every sheet is empty."), problem=True)
        else:
            self._say(self._summary(done))
        self.imported.emit(done)

    def _failed(self, error: BaseException) -> None:
        self._busy(False)
        if isinstance(error, SetupSheetRefused) and error.done:
            self.ctx.bus.announce(Changes.everything(), self)
        self._say(user_message(error), problem=True)

    def _summary(self, done: list[SheetImported]) -> str:
        lines = [
            self.tr("{sheet}: {created} created, {updated} updated, {unchanged} unchanged").format(
                sheet=d.sheet, created=d.created, updated=d.updated, unchanged=d.unchanged
            )
            for d in done
        ]
        return "\n".join([self.tr("Imported:"), *lines])

    def _busy(self, busy: bool) -> None:
        self.bar.setVisible(busy)
        self.cancel_button.setVisible(busy)
        self.save_button.setEnabled(not busy)
        self.import_button.setEnabled(not busy)

    def _say(self, text: str, *, problem: bool = False) -> None:
        self.result_label.setText(text)
        self.result_label.setProperty("problem", problem)
        self.result_label.setStyleSheet(ERROR_STYLE if problem else "")
