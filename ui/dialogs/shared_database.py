"""File › Open shared database…: a PostgreSQL server named by host, port, database and user;
the password typed here (kept in the system keyring when asked and the computer has one,
never in Ponte's files); a connection test run off the UI thread that says in words what it
found (connected, wrong password, host unreachable, no such database, no answer in time).

The same dialog asks for the password when a shared database opened from the recent list or
at start-up has none: it comes filled in, with the reason shown and the password field ready.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
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

from app.services.database import (
    DEFAULT_PG_PORT,
    ServerCheck,
    SharedDatabase,
    check_connection,
    keyring_available,
    stored_database_password,
)
from ui.context import AppContext
from ui.errors import failure_text
from ui.forms.fields import ERROR_STYLE

OK_STYLE = "color: #1b5e20;"


class SharedDatabaseDialog(QDialog):
    """Name a shared database; ``accept()`` (Open) closes once the fields are complete.

    After it: ``shared()`` is what was named, ``password()`` what was typed (None: nothing),
    ``remember()`` whether to keep it in the keyring once the database opened.
    """

    def __init__(
        self,
        ctx: AppContext,
        initial: SharedDatabase | None = None,
        *,
        problem: str | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(self.tr("Open shared database"))
        self.setMinimumWidth(520)
        self._testing = False
        self._has_keyring = keyring_available()

        self.host = QLineEdit(initial.host if initial else "")
        self.host.setPlaceholderText(self.tr("e.g. db.camera-torino.local"))
        self.port = QSpinBox()
        self.port.setRange(1, 65535)
        self.port.setValue(initial.port if initial else DEFAULT_PG_PORT)
        self.port.setGroupSeparatorShown(False)
        self.database = QLineEdit(initial.database if initial else "")
        self.database.setPlaceholderText("ponte")
        self.user = QLineEdit(initial.user if initial else "")
        self.password_edit = QLineEdit()
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.remember = QCheckBox(self.tr("Remember password (in the system keyring)"))
        if self._has_keyring:
            self.remember.setChecked(True)
            if initial is not None and stored_database_password(initial):
                self.password_edit.setPlaceholderText(self.tr("kept in the system keyring"))
        else:
            self.remember.setEnabled(False)
            self.remember.setToolTip(
                self.tr(
                    "This computer has no system keyring: Ponte keeps the password only "
                    "until it closes, and asks for it the next time."
                )
            )
        self.test_button = QPushButton(self.tr("Test connection"))
        self.message = QLabel()
        self.message.setObjectName("shared_database_message")
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        form = QFormLayout()
        form.addRow(self.tr("Host"), self.host)
        form.addRow(self.tr("Port"), self.port)
        form.addRow(self.tr("Database"), self.database)
        form.addRow(self.tr("User"), self.user)
        form.addRow(self.tr("Password"), self.password_edit)
        form.addRow("", self.remember)
        test_row = QHBoxLayout()
        test_row.addWidget(self.test_button)
        test_row.addStretch(1)
        form.addRow("", test_row)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Open | QDialogButtonBox.StandardButton.Cancel
        )
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)

        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.test_button.clicked.connect(self.test_connection)
        if problem:
            self._say(problem, error=True)
        (self.password_edit if initial is not None else self.host).setFocus()

    # --- what was entered ------------------------------------------------------------------

    def shared(self) -> SharedDatabase:
        return SharedDatabase(
            host=self.host.text().strip(),
            port=self.port.value(),
            database=self.database.text().strip(),
            user=self.user.text().strip(),
        )

    def password(self) -> str | None:
        """The password typed here (None: nothing typed)."""
        return self.password_edit.text() or None

    def remember_password(self) -> bool:
        return self._has_keyring and self.remember.isChecked() and self.password() is not None

    def _complete(self) -> SharedDatabase | None:
        shared = self.shared()
        if not shared.host:
            self._say(self.tr("Name the server: its host name or address."), error=True)
            self.host.setFocus()
            return None
        if not shared.database:
            self._say(self.tr("Name the database on that server."), error=True)
            self.database.setFocus()
            return None
        if any(ch.isspace() or ch in "/@:?#" for ch in shared.host):
            self._say(
                self.tr("{0} is not a host name; write only the name or the address.").format(
                    shared.host
                ),
                error=True,
            )
            self.host.setFocus()
            return None
        return shared

    def _say(self, text: str, error: bool = False, ok: bool = False) -> None:
        self.message.setStyleSheet(ERROR_STYLE if error else OK_STYLE if ok else "")
        self.message.setText(text)

    # --- opening ---------------------------------------------------------------------------

    def accept(self) -> None:
        if self._testing or self._complete() is None:
            return
        super().accept()

    # --- the connection test ---------------------------------------------------------------

    def test_connection(self) -> None:
        """Connect once off the UI thread, and say what was found."""
        if self._testing:
            return
        shared = self._complete()
        if shared is None:
            return
        password = self.password()
        self._testing = True
        self.test_button.setEnabled(False)
        self.buttons.button(QDialogButtonBox.StandardButton.Open).setEnabled(False)
        self._say(self.tr("Connecting to {0}…").format(shared.target()))
        self.ctx.network.run(
            lambda: check_connection(shared, password),
            on_done=self._tested,
            on_error=self._test_failed,
        )

    def is_testing(self) -> bool:
        return self._testing

    def _test_ended(self) -> None:
        self._testing = False
        self.test_button.setEnabled(True)
        self.buttons.button(QDialogButtonBox.StandardButton.Open).setEnabled(True)

    def _tested(self, check: ServerCheck) -> None:
        self._test_ended()
        if check.contents == "ponte":
            what = self.tr("it holds a Ponte database.")
        elif check.contents == "empty":
            what = self.tr("the database is empty: Ponte will prepare it when it opens it.")
        else:
            what = self.tr("the database holds another program's tables: Ponte will not open it.")
        self._say(
            self.tr("Connected (PostgreSQL {0}); {1}").format(check.server_version, what),
            error=check.contents == "other",
            ok=check.contents != "other",
        )

    def _test_failed(self, exc: BaseException) -> None:
        self._test_ended()
        self._say(self.tr("Not connected: {0}").format(failure_text(exc)), error=True)
