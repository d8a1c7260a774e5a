"""The Send half of the Publish page: the published version sent by e-mail (through the
mail server of the Mail settings) or written as .eml drafts, with progress and cancel, and
the sent log: who got which version, and what the server said to the others."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QCheckBox,
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.common.timezones import to_local
from app.services.documents import DocumentsCancelled
from app.services.mail import (
    DraftReport,
    MailError,
    MailSettings,
    Outcome,
    Phase,
    SendReport,
    SendStatus,
    load_mail_settings,
    load_password,
    send_version,
    write_drafts,
)
from ui.cancel import CancelFlag
from ui.context import AppContext
from ui.dialogs.mail_settings import MailSettingsDialog
from ui.errors import user_message
from ui.forms.fields import ERROR_STYLE
from ui.i18n import current_language
from ui.widgets.counting_progress import CountingProgressBar


class _Relay(QObject):
    """Emitted from the mail worker; the queued connection lands on the UI thread."""

    progress = Signal(str, int, int)  # phase, done, total


def stamp(at: datetime, zone: str | None) -> str:
    """A moment in ``zone`` with its abbreviation ("2027-10-04 18:12 JST"); this computer's
    zone when there is none."""
    local = to_local(at, zone) if zone else at.astimezone()
    return f"{local:%Y-%m-%d %H:%M} {local.tzname()}"


class SendPanel(QGroupBox):
    """Send the latest version, or write drafts; ``refresh(status)`` shows where it stands.

    ``finished`` is emitted after a sending or a drafts run, so the page reloads the status.
    """

    finished = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setTitle(self.tr("Send"))
        self._status: SendStatus | None = None
        self._unpublished = False
        self._cancel: CancelFlag | None = None
        self._failure = ""  # how a failure of the running job is said, with {reason}
        self._session_password: str | None = None  # typed, not kept in the keyring
        self._relay = _Relay()
        self._relay.progress.connect(self._on_progress)

        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.only_changed = QCheckBox(self.tr("Only those whose schedule changed"), self)
        self.only_changed.setToolTip(
            self.tr(
                "Only the participants whose schedule differs from the version they last "
                "received; their message lists what changed."
            )
        )
        self.send_button = QPushButton(self)
        self.drafts_button = QPushButton(self.tr("Write e-mail drafts (.eml)…"), self)
        self.settings_button = QPushButton(self.tr("Mail settings…"), self)
        self.cancel_button = QPushButton(self.tr("Cancel"), self)
        self.cancel_button.setEnabled(False)
        self.progress = CountingProgressBar(self)
        self.progress.setTextVisible(False)  # no "0%" before anything runs
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.log = QTableWidget(0, 6, self)
        self.log.setHorizontalHeaderLabels(
            [
                self.tr("When"),
                self.tr("Version"),
                self.tr("Participant"),
                self.tr("Address"),
                self.tr("Outcome"),
                self.tr("Server's answer"),
            ]
        )
        self.log.verticalHeader().setVisible(False)
        self.log.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.log.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.log.horizontalHeader().setSectionResizeMode(5, QHeaderView.ResizeMode.Stretch)
        self.log.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        self.again_action = QAction(self.tr("Send again to this participant…"), self.log)
        self.again_action.triggered.connect(self._send_again_selected)
        self.log.addAction(self.again_action)

        buttons = QHBoxLayout()
        buttons.addWidget(self.send_button)
        buttons.addWidget(self.only_changed)
        buttons.addStretch(1)
        buttons.addWidget(self.drafts_button)
        buttons.addWidget(self.settings_button)
        run = QHBoxLayout()
        run.addWidget(self.progress, 1)
        run.addWidget(self.cancel_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addLayout(buttons)
        layout.addLayout(run)
        layout.addWidget(self.message)
        layout.addWidget(self.log, 1)

        self.send_button.clicked.connect(self.send)
        self.drafts_button.clicked.connect(self.write_drafts)
        self.settings_button.clicked.connect(self.edit_settings)
        self.cancel_button.clicked.connect(self.cancel)
        self._update()

    # --- showing ---------------------------------------------------------------------------

    def is_running(self) -> bool:
        return self._cancel is not None

    def refresh(
        self, status: SendStatus | None, *, unpublished: bool, timezone: str | None = None
    ) -> None:
        """Show ``status``; times are in ``timezone`` (the mission's), else this computer's."""
        self._status, self._unpublished = status, unpublished
        self.log.setRowCount(0)
        if status is None:
            self.summary.setText("")
            self._update()
            return
        if status.version is None:
            self.summary.setText(self.tr("Publish a version to send it by e-mail."))
        else:
            parts = [
                self.tr("Version {number} reached {reached} of {total} participants.").format(
                    number=status.version,
                    reached=status.reached,
                    total=status.participants - status.without_address,
                )
            ]
            if status.undelivered:
                parts.append(
                    self.tr("%n could not be delivered (see the log).", "", status.undelivered)
                )
            if status.without_address:
                parts.append(self.tr("%n without an e-mail address.", "", status.without_address))
            if unpublished:
                parts.append(self.tr("Publish the latest changes before sending."))
            self.summary.setText(" ".join(parts))
        outcome_text = {
            Outcome.SENT: self.tr("sent"),
            Outcome.REFUSED: self.tr("refused"),
            Outcome.FAILED: self.tr("failed"),
        }
        # what was not delivered first, so it is seen; each part newest first
        entries = sorted(status.log, key=lambda e: e.outcome is Outcome.SENT)
        self.log.setRowCount(len(entries))
        for row, entry in enumerate(entries):
            cells = [
                stamp(entry.at, timezone),
                str(entry.version),
                entry.name,
                entry.address,
                outcome_text[entry.outcome],
                entry.detail,
            ]
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, (entry.participant_id, entry.name))
                self.log.setItem(row, column, item)
        self.log.resizeColumnsToContents()
        self._update()

    def _update(self) -> None:
        status = self._status
        running = self.is_running()
        number = status.version if status is not None else None
        self.send_button.setText(
            self.tr("Send version {number} by e-mail…").format(number=number)
            if number is not None
            else self.tr("Send by e-mail…")
        )
        self.send_button.setEnabled(
            not running and number is not None and not self._unpublished and self._open()
        )
        self.drafts_button.setEnabled(not running and self._open())
        self.settings_button.setEnabled(not running)
        self.only_changed.setEnabled(not running)
        self.cancel_button.setEnabled(running and not (self._cancel and self._cancel.requested))
        self.again_action.setEnabled(
            not running and number is not None and not self._unpublished and self._open()
        )

    def _send_again_selected(self) -> None:
        item = self.log.currentItem()
        data = item.data(Qt.ItemDataRole.UserRole) if item is not None else None
        if data:
            self.send_again(int(data[0]), str(data[1]))

    def _open(self) -> bool:
        return self.ctx.store is not None and self.ctx.mission_id is not None

    def _say(self, text: str, error: bool = False) -> None:
        self.message.setStyleSheet(ERROR_STYLE if error else "")
        self.message.setText(text)

    # --- settings --------------------------------------------------------------------------

    def edit_settings(self) -> MailSettings | None:
        """Open the Mail settings dialog; the saved settings, or None when cancelled."""
        dialog = MailSettingsDialog(self.ctx, load_mail_settings(self.ctx.paths), self)
        if dialog.exec() != MailSettingsDialog.DialogCode.Accepted:
            return None
        if dialog.password() is not None:
            self._session_password = dialog.password()
        return dialog.settings().validated()

    def _password(self, settings: MailSettings) -> tuple[bool, str | None]:
        """(go on?, the password): from this session, the keyring, or asked for."""
        if not settings.username:
            return True, None
        found = self._session_password or load_password(settings)
        if found:
            return True, found
        typed, ok = QInputDialog.getText(
            self,
            self.tr("Password"),
            self.tr("Password of {user} at {host}:").format(
                user=settings.username, host=settings.host
            ),
            QLineEdit.EchoMode.Password,
        )
        if not ok or not typed:
            return False, None
        self._session_password = typed
        return True, typed

    # --- sending ---------------------------------------------------------------------------

    def _settings(self) -> MailSettings | None:
        """The mail settings to send with (asked for when none are saved), or None."""
        settings = load_mail_settings(self.ctx.paths)
        if not settings.configured:
            chosen = self.edit_settings()
            if chosen is None:
                return None
            settings = chosen
        try:
            return settings.validated()
        except MailError as exc:
            self._say(user_message(exc), error=True)
            return None

    def send(self) -> None:
        status = self._status
        if status is None or self.is_running() or not self._open():
            return
        settings = self._settings()
        if settings is None:
            return
        only_changed = self.only_changed.isChecked()
        question = (
            self.tr(
                "Send version {number} through {host} to the participants whose schedule "
                "changed since the version they last received?"
            )
            if only_changed
            else self.tr(
                "Send version {number} through {host} to the {count} participants who have "
                "not received it yet?"
            )
        ).format(number=status.version, host=settings.host, count=status.waiting)
        answer = QMessageBox.question(self, self.tr("Send by e-mail"), question)
        if answer == QMessageBox.StandardButton.Yes:
            self._send(settings, only_changed=only_changed)

    def send_again(self, participant_id: int, name: str) -> None:
        """Send the latest version to one participant, even if the log says they have it
        (a lost message, a new address)."""
        status = self._status
        if status is None or status.version is None or self.is_running() or not self._open():
            return
        settings = self._settings()
        if settings is None:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Send by e-mail"),
            self.tr("Send version {number} again to {name} through {host}?").format(
                number=status.version, name=name, host=settings.host
            ),
        )
        if answer == QMessageBox.StandardButton.Yes:
            self._send(settings, participant_ids=[participant_id], again=True)

    def _send(
        self,
        settings: MailSettings,
        *,
        only_changed: bool = False,
        participant_ids: list[int] | None = None,
        again: bool = False,
    ) -> None:
        store, mission_id = self.ctx.store, self.ctx.mission_id
        if store is None or mission_id is None:
            return
        go_on, password = self._password(settings)
        if not go_on:
            return
        self._start(self.tr("Preparing the agendas…"), self.tr("Nothing was sent: {reason}"))
        cancel = self._cancel
        assert cancel is not None
        relay = self._relay

        def job() -> SendReport:
            return send_version(
                store,
                mission_id,
                settings,
                password,
                participant_ids=participant_ids,
                only_changed=only_changed,
                again=again,
                progress=lambda phase, done, total: relay.progress.emit(phase.value, done, total),
                cancelled=cancel,
            )

        self.ctx.mail.run(job, on_done=self._sent, on_error=self._failed, cancel=cancel.request)

    def write_drafts(self) -> None:
        store, mission_id = self.ctx.store, self.ctx.mission_id
        if store is None or mission_id is None or self.is_running():
            return
        chosen = QFileDialog.getExistingDirectory(
            self, self.tr("Folder for the e-mail drafts"), str(self.ctx.paths.documents_dir)
        )
        if not chosen:
            return
        self.write_drafts_to(Path(chosen))

    def write_drafts_to(self, folder: Path) -> None:
        """Write every participant's draft into ``folder`` (or only the changed ones)."""
        store, mission_id = self.ctx.store, self.ctx.mission_id
        if store is None or mission_id is None or self.is_running():
            return
        only_changed = self.only_changed.isChecked()
        self._start(
            self.tr("Preparing the agendas…"), self.tr("Could not write the drafts: {reason}")
        )
        cancel = self._cancel
        assert cancel is not None
        relay = self._relay

        def job() -> DraftReport:
            return write_drafts(
                store,
                mission_id,
                folder,
                only_changed=only_changed,
                progress=lambda done, total: relay.progress.emit(Phase.SENDING.value, done, total),
                cancelled=cancel,
            )

        self.ctx.mail.run(job, on_done=self._drafted, on_error=self._failed, cancel=cancel.request)

    def cancel(self) -> None:
        """Stop after the message being sent; what was sent is in the log."""
        if self._cancel is not None:
            self._cancel.request()
            self._say(self.tr("Stopping after the current message…"))
            self._update()

    def _start(self, text: str, failure: str) -> None:
        self._cancel = CancelFlag()
        self._failure = failure
        self.progress.begin()
        self._say(text)
        self._update()

    def _stop(self) -> None:
        self._cancel = None
        self.progress.finish()  # the count it reached stays: "message 155 of 155"
        self._update()
        self.finished.emit()

    def _on_progress(self, phase: str, done: int, total: int) -> None:
        if self._cancel is None:
            return
        if phase == Phase.PREPARING.value:
            self.progress.count(done, total, self.tr("agenda %v of %m"))
        else:
            self.progress.count(done, total, self.tr("message %v of %m"))

    def _sent(self, report: SendReport) -> None:
        self._stop()
        lines = [
            self.tr("Version {number}: %n message(s) sent.", "", len(report.sent)).format(
                number=report.version
            )
        ]
        if report.already:
            lines.append(self.tr("%n already had this version.", "", len(report.already)))
        if report.unchanged:
            lines.append(self.tr("%n had no changes.", "", len(report.unchanged)))
        not_delivered = len(report.refused) + len(report.failed)
        if not_delivered:
            lines.append(self.tr("%n not delivered: see the log.", "", not_delivered))
        if report.skipped:
            lines.append(self.tr("%n without a usable address.", "", len(report.skipped)))
        if report.cancelled:
            lines.append(
                self.tr("Cancelled: %n not sent yet; send again to reach them.", "",
                        len(report.not_attempted))
            )  # fmt: skip
        elif report.why_stopped is not None:
            reason = report.why_stopped.text(current_language())
            lines.append(
                self.tr("Stopped: {reason} %n not sent yet; send again to reach them.", "",
                        len(report.not_attempted)).format(reason=reason)
            )  # fmt: skip
        self._say(" ".join(lines), error=bool(not_delivered or report.why_stopped))

    def _drafted(self, report: DraftReport) -> None:
        self._stop()
        folder = report.written[0].parent if report.written else None
        text = self.tr("Wrote %n e-mail draft(s) in {folder}.", "", len(report.written)).format(
            folder=folder or "-"
        )
        if report.skipped:
            text += " " + self.tr("%n without a usable address.", "", len(report.skipped))
        self._say(text)

    def _failed(self, exc: BaseException) -> None:
        self._stop()
        if isinstance(exc, DocumentsCancelled):
            self._say(self.tr("Cancelled. {detail}").format(detail=user_message(exc)), True)
        else:
            self._say(self._failure.format(reason=user_message(exc)), error=True)
