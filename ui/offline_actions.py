"""File › Take this mission offline… and File › Bring it back to the server…: the window's
side of :mod:`app.services.offline`.

Both run off the UI thread (on the database worker, as every read and write of the window)
with a window-modal progress dialog counting the tables; what they did, and the conflicts
left for the coordinator, is shown in the window's language."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import (
    QFileDialog,
    QInputDialog,
    QLineEdit,
    QMenu,
    QMessageBox,
    QProgressDialog,
    QWidget,
)

from ui.context import AppContext
from ui.errors import failure_text
from ui.i18n import current_language

if TYPE_CHECKING:
    from app.services.database import Location
    from app.services.offline import OfflineOriginInfo, ReturnReport, TakeReport
    from ui.mission_controller import MissionController


class OfflineActions(QObject):
    """The two File menu actions, enabled when they apply: taking needs a mission open on a
    server; bringing back needs a file that was taken offline."""

    progressed = Signal(int, int)  # done, total: emitted by the worker, shown on the UI thread

    def __init__(
        self,
        ctx: AppContext,
        controller: MissionController,
        menu: QMenu,
        window: QWidget,
    ) -> None:
        super().__init__(window)
        self.ctx = ctx
        self.controller = controller
        self.window = window
        self.origin: OfflineOriginInfo | None = None
        self.progress: QProgressDialog | None = None
        self.last_box: QMessageBox | None = None  # what was last shown (the tests read it)
        self.take_action = menu.addAction(self.tr("&Take this mission offline…"))
        self.take_action.setObjectName("take_offline_action")
        self.take_action.triggered.connect(self.ask_take)
        self.return_action = menu.addAction(self.tr("&Bring it back to the server…"))
        self.return_action.setObjectName("return_offline_action")
        self.return_action.triggered.connect(self.ask_return)
        self.progressed.connect(self._show_progress)
        controller.database_opened.connect(self.database_opened)
        self.database_opened(controller.location())

    # --- which applies ----------------------------------------------------------------------

    def database_opened(self, location: Location | None) -> None:
        self.origin = None
        self.take_action.setEnabled(location is not None and not location.is_sqlite)
        self.return_action.setEnabled(False)
        store = self.ctx.store
        if location is None or store is None or not location.is_sqlite:
            return
        from app.services.offline import offline_origin

        self.ctx.runner.run(lambda: offline_origin(store), on_done=self._origin_read)

    def _origin_read(self, origin: OfflineOriginInfo | None) -> None:
        self.origin = origin
        self.return_action.setEnabled(origin is not None)
        if origin is not None:
            self.return_action.setToolTip(origin.server)

    # --- taking -----------------------------------------------------------------------------

    def ask_take(self) -> None:
        store, mission_id = self.ctx.store, self.ctx.mission_id
        if store is None or mission_id is None or store.location.is_sqlite:
            self._problem(
                self.tr("Take this mission offline"),
                self.tr("Open the mission on its shared database first: it is copied from there."),
            )
            return
        chosen, _ = QFileDialog.getSaveFileName(
            self.window,
            self.tr("Take this mission offline into"),
            str(self.ctx.paths.data_dir / f"mission-{mission_id}-offline.sqlite"),
            "*.sqlite",
        )
        if chosen:
            self.take(Path(chosen))

    def take(self, path: Path) -> None:
        """Copy the open mission into the new file ``path`` (off the UI thread)."""
        from app.services.offline import take_offline

        store, mission_id = self.ctx.store, self.ctx.mission_id
        assert store is not None and mission_id is not None
        server = store.location.url.render_as_string(hide_password=False)  # this run's login
        paths = self.ctx.paths
        self._begin(self.tr("Taking the mission offline…"))
        self.ctx.runner.run(
            lambda: take_offline(server, mission_id, path, paths=paths, progress=self._report),
            on_done=self._taken,
            on_error=lambda exc: self._failed(self.tr("Take this mission offline"), exc),
        )

    def _taken(self, report: TakeReport) -> None:
        self._end()
        box = QMessageBox(
            QMessageBox.Icon.Information,
            self.tr("Take this mission offline"),
            report.message().text(current_language()),
            QMessageBox.StandardButton.Close,
            self.window,
        )
        box.setObjectName("offline_taken")
        open_button = box.addButton(self.tr("&Open it now"), QMessageBox.ButtonRole.AcceptRole)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        path = str(report.path)
        box.buttonClicked.connect(
            lambda button: self.controller.open_database(path) if button is open_button else None
        )
        box.open()
        self.last_box = box

    # --- bringing back ----------------------------------------------------------------------

    def ask_return(self) -> None:
        store, origin = self.ctx.store, self.origin
        if store is None or origin is None or store.location.path is None:
            self._problem(
                self.tr("Bring it back to the server"),
                self.tr("Open a file that was taken offline from a server first."),
            )
            return
        answer = QMessageBox.question(
            self.window,
            self.tr("Bring it back to the server"),
            self.tr(
                "Bring the check-ins, meeting statuses and other changes made in this file "
                "back to {0}? Records changed on the server too are listed for you, not "
                "overwritten."
            ).format(origin.server),
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.bring_back()

    def bring_back(self, password: str | None = None) -> None:
        """Merge the open file's changes into the server it came from (off the UI thread)."""
        from app.services.database import stored_database_password
        from app.services.offline import return_offline

        store, origin = self.ctx.store, self.origin
        assert store is not None and origin is not None and store.location.path is not None
        path, server = store.location.path, origin.server
        paths, actor = self.ctx.paths, self.ctx.settings.actor()

        def job() -> ReturnReport:
            kept = password or stored_database_password(server)
            return return_offline(
                path, server, paths=paths, password=kept, actor=actor, progress=self._report
            )

        self._begin(self.tr("Bringing the mission back to the server…"))
        self.ctx.runner.run(
            job,
            on_done=self._returned,
            on_error=self._return_failed,
        )

    def _return_failed(self, exc: BaseException) -> None:
        from app.services.database import PasswordNeeded

        title = self.tr("Bring it back to the server")
        if not isinstance(exc, PasswordNeeded) or self.origin is None:
            self._failed(title, exc)
            return
        self._end()
        password, ok = QInputDialog.getText(
            self.window,
            title,
            failure_text(exc) + "\n\n" + self.tr("Password for {0}:").format(self.origin.server),
            QLineEdit.EchoMode.Password,
        )
        if ok and password:
            self.bring_back(password)

    def _returned(self, report: ReturnReport) -> None:
        self._end()
        lang = current_language()
        box = QMessageBox(
            QMessageBox.Icon.Warning if report.conflicts else QMessageBox.Icon.Information,
            self.tr("Bring it back to the server"),
            report.message().text(lang),
            QMessageBox.StandardButton.Close,
            self.window,
        )
        box.setObjectName("offline_returned")
        if report.conflicts:
            box.setInformativeText(
                self.tr("The server's values were kept; see the details to decide.")
            )
            box.setDetailedText("\n".join(line.text(lang) for line in report.conflict_lines()))
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()
        self.last_box = box

    # --- progress and failures --------------------------------------------------------------

    def _report(self, done: int, total: int) -> None:
        self.progressed.emit(done, total)  # from the worker: queued to the UI thread

    def _begin(self, label: str) -> None:
        dialog = QProgressDialog(label, "", 0, 0, self.window)
        dialog.setObjectName("offline_progress")
        dialog.setCancelButton(None)  # one transaction: nothing half-done to stop at
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(300)
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)
        self.progress = dialog

    def _show_progress(self, done: int, total: int) -> None:
        if self.progress is not None:
            self.progress.setMaximum(max(total, 1))
            self.progress.setValue(done)

    def _end(self) -> None:
        if self.progress is not None:
            self.progress.close()
            self.progress.deleteLater()
            self.progress = None

    def _failed(self, title: str, exc: BaseException) -> None:
        self._end()
        self._problem(title, failure_text(exc))

    def _problem(self, title: str, text: str) -> None:
        box = QMessageBox(QMessageBox.Icon.Warning, title, text, QMessageBox.StandardButton.Ok)
        box.setParent(self.window, box.windowFlags())
        box.setObjectName("offline_problem")
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()
        self.last_box = box
