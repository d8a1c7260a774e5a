"""The Mail settings dialog: the SMTP server, the account, the password (kept in the system
keyring when the coordinator asks and the computer has one), the sender, the pace, and a test
message sent off the UI thread."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app.services.mail import (
    MAX_RATE,
    MailError,
    MailSettings,
    Security,
    keyring_available,
    load_password,
    port_after,
    save_mail_settings,
    send_test,
    store_password,
)
from ui.context import AppContext
from ui.errors import user_message
from ui.forms.fields import ERROR_STYLE


class MailSettingsDialog(QDialog):
    """Edit and check the mail settings; ``accept()`` saves them (and the password, when it
    is to be remembered) and closes only when they are valid.

    ``password()`` is the password typed here, for this session, even when not remembered.
    """

    def __init__(
        self, ctx: AppContext, settings: MailSettings, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(self.tr("Mail settings"))
        self.setMinimumWidth(520)
        self._typed: str | None = None
        self._testing = False
        self._has_keyring = keyring_available()

        self.host = QLineEdit(settings.host)
        self.host.setPlaceholderText("smtp.example.com")
        self.port = QSpinBox()
        self.port.setRange(1, 65535)
        self.port.setValue(settings.port)
        self.security = QComboBox()
        self.security.addItem(self.tr("STARTTLS (usually port 587)"), Security.STARTTLS.value)
        self.security.addItem(self.tr("TLS (usually port 465)"), Security.TLS.value)
        self.security.addItem(self.tr("None (only a server on this computer)"), Security.NONE.value)
        self.security.setCurrentIndex(self.security.findData(settings.security.value))
        self._security_shown = settings.security
        self.username = QLineEdit(settings.username)
        self.username.setPlaceholderText(self.tr("empty if the server needs no login"))
        self.password_edit = QLineEdit()
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.remember = QCheckBox(self.tr("Keep the password in the system keyring"))
        if self._has_keyring:
            self.remember.setChecked(True)
            if settings.username and load_password(settings):
                self.password_edit.setPlaceholderText(self.tr("kept in the system keyring"))
        else:
            self.remember.setEnabled(False)
            self.remember.setToolTip(
                self.tr("This computer has no system keyring: Ponte asks for the password.")
            )
            self.password_edit.setPlaceholderText(self.tr("asked for at each sending"))
        self.from_edit = QLineEdit(settings.sender)
        self.from_edit.setPlaceholderText(self.tr("the mission organiser's address"))
        self.rate = QSpinBox()
        self.rate.setRange(0, MAX_RATE)
        self.rate.setValue(settings.rate_per_minute)
        self.rate.setSpecialValueText(self.tr("no pause"))
        self.rate.setSuffix(self.tr(" a minute"))
        self._timeout = settings.timeout_s

        self.test_to = QLineEdit(settings.sender or settings.username)
        self.test_to.setPlaceholderText(self.tr("your address"))
        self.test_button = QPushButton(self.tr("Send a test message"))
        self.message = QLabel()
        self.message.setWordWrap(True)

        form = QFormLayout()
        form.addRow(self.tr("Server"), self.host)
        form.addRow(self.tr("Port"), self.port)
        form.addRow(self.tr("Security"), self.security)
        form.addRow(self.tr("User name"), self.username)
        form.addRow(self.tr("Password"), self.password_edit)
        form.addRow("", self.remember)
        form.addRow(self.tr("From"), self.from_edit)
        form.addRow(self.tr("Pace"), self.rate)
        test_row = QHBoxLayout()
        test_row.addWidget(self.test_to, 1)
        test_row.addWidget(self.test_button)
        form.addRow(self.tr("Test"), test_row)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)

        self.security.currentIndexChanged.connect(self._security_changed)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.test_button.clicked.connect(self.send_test)

    # --- what was entered ------------------------------------------------------------------

    def settings(self) -> MailSettings:
        return MailSettings(
            host=self.host.text(),
            port=self.port.value(),
            security=Security(str(self.security.currentData())),
            username=self.username.text(),
            sender=self.from_edit.text(),
            rate_per_minute=self.rate.value(),
            timeout_s=self._timeout,
        )

    def password(self) -> str | None:
        """The password typed in this dialog (None: nothing typed)."""
        return self._typed

    def _security_changed(self) -> None:
        new = Security(str(self.security.currentData()))
        self.port.setValue(port_after(self._security_shown, self.port.value(), new))
        self._security_shown = new

    def _say(self, text: str, error: bool = False) -> None:
        self.message.setStyleSheet(ERROR_STYLE if error else "")
        self.message.setText(text)

    # --- saving ----------------------------------------------------------------------------

    def accept(self) -> None:
        if self._testing:
            return
        try:
            settings = self.settings().validated()
            save_mail_settings(self.ctx.paths, settings)
            typed = self.password_edit.text()
            self._typed = typed or None
            if typed and self.remember.isChecked() and settings.username:
                store_password(settings, typed)
        except MailError as exc:
            self._say(user_message(exc), error=True)
            return
        super().accept()

    # --- the test message ------------------------------------------------------------------

    def send_test(self) -> None:
        if self._testing:
            return
        try:
            settings = self.settings().validated()
        except MailError as exc:
            self._say(user_message(exc), error=True)
            return
        password = self.password_edit.text() or load_password(settings)
        to = self.test_to.text()
        self._testing = True
        self.test_button.setEnabled(False)
        self._say(self.tr("Sending a test message to {address}…").format(address=to))
        self.ctx.mail.run(
            lambda: send_test(settings, password, to),
            on_done=self._tested,
            on_error=self._test_failed,
        )

    def _tested(self, message_id: str) -> None:
        self._testing = False
        self.test_button.setEnabled(True)
        self._say(self.tr("The server accepted the test message: check the inbox."))

    def _test_failed(self, exc: BaseException) -> None:
        self._testing = False
        self.test_button.setEnabled(True)
        reason = user_message(exc)
        self._say(self.tr("The test message was not sent: {reason}").format(reason=reason), True)
