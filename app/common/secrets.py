"""Passwords, kept in the system keyring (Windows Credential Manager, macOS Keychain, the
Secret Service on Linux), never in Ponte's files: the one place where Ponte reads and writes
secrets (the SMTP password, the shared databases' passwords).

Each secret is named by a *service* ("Ponte SMTP", "Ponte database") and an *account*
("user@host:port", "user@host:port/database"). Where the computer has no keyring nothing is
kept: :func:`read_secret` finds nothing and :func:`keep_secret` raises :class:`SecretNotKept`,
and the caller asks the person each time.
"""

from __future__ import annotations

import logging

from app.common import messages as msg
from app.common.errors import UserError

log = logging.getLogger(__name__)


DATABASE_SERVICE = "Ponte database"  # the keyring's service for the shared databases
DEFAULT_PG_PORT = 5432


def database_account(user: str | None, host: str | None, port: int | None, name: str | None) -> str:
    """The keyring's name for a database server's password: 'user@host:port/database'."""
    return f"{user or ''}@{host or ''}:{port or DEFAULT_PG_PORT}/{name or ''}"


class SecretNotKept(UserError):
    """The keyring is missing or refused; ``reason`` is what it said (None: no keyring)."""

    def __init__(self, reason: str | None) -> None:
        self.reason = reason
        super().__init__(
            msg.NO_KEYRING() if reason is None else msg.KEYRING_WONT_KEEP(reason=reason)
        )


def keyring_available() -> bool:
    """Whether a real keyring backs :mod:`keyring` here (not its 'fail' stand-in)."""
    import keyring  # here, not at import: a command that opens a file needs no keyring
    from keyring.backends import fail

    backend = keyring.get_keyring()
    return not isinstance(backend, fail.Keyring) and backend.priority > 0


def read_secret(service: str, account: str) -> str | None:
    """The secret kept for ``account``; None when none is kept, there is no keyring, or the
    keyring cannot be read (logged, without the secret)."""
    if not keyring_available():
        return None
    import keyring
    from keyring.errors import KeyringError

    try:
        return keyring.get_password(service, account)
    except KeyringError as exc:
        log.warning("the keyring could not be read: %s", exc)
        return None


def keep_secret(service: str, account: str, secret: str) -> None:
    """Keep ``secret`` for ``account``; :class:`SecretNotKept` when there is no keyring or it
    refuses (the secret is then kept nowhere)."""
    if not keyring_available():
        raise SecretNotKept(None)
    import keyring
    from keyring.errors import KeyringError

    try:
        keyring.set_password(service, account, secret)
    except KeyringError as exc:
        raise SecretNotKept(str(exc)) from exc


def forget_secret(service: str, account: str) -> bool:
    """Remove the secret kept for ``account``; whether there was one. A keyring that refuses
    raises :class:`KeyringError` (the caller words it)."""
    if not keyring_available():
        return False
    import keyring
    from keyring.errors import PasswordDeleteError

    try:
        keyring.delete_password(service, account)
    except PasswordDeleteError:
        return False
    return True
