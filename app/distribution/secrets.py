"""The SMTP password, kept in the system keyring (Windows Credential Manager, macOS Keychain,
the Secret Service on Linux), never in Ponte's files. Where the computer has no keyring the
password is not stored: it is asked for each sending."""

from __future__ import annotations

import logging

import keyring
from keyring.backends import fail
from keyring.errors import KeyringError, PasswordDeleteError

from app.distribution import user_messages as msg
from app.distribution.errors import MailError
from app.distribution.mail_settings import MailSettings

log = logging.getLogger(__name__)

SERVICE = "Ponte SMTP"


def keyring_available() -> bool:
    """Whether a real keyring backs :mod:`keyring` here (not its 'fail' stand-in)."""
    backend = keyring.get_keyring()
    return not isinstance(backend, fail.Keyring) and backend.priority > 0


def load_password(settings: MailSettings) -> str | None:
    """The stored password of the settings' account, None when none is stored or there is no
    keyring (the caller asks for it)."""
    if not keyring_available():
        return None
    try:
        return keyring.get_password(SERVICE, settings.account)
    except KeyringError as exc:
        log.warning("the keyring could not be read: %s", exc)
        return None


def store_password(settings: MailSettings, password: str) -> None:
    """Keep ``password`` for the settings' account; a :class:`MailError` when there is no
    keyring or it refuses (the password is then not kept anywhere)."""
    if not keyring_available():
        raise MailError(msg.NO_KEYRING())
    try:
        keyring.set_password(SERVICE, settings.account, password)
    except KeyringError as exc:
        raise MailError(msg.KEYRING_WONT_KEEP(reason=str(exc))) from exc


def forget_password(settings: MailSettings) -> bool:
    """Remove the stored password; whether there was one."""
    if not keyring_available():
        return False
    try:
        keyring.delete_password(SERVICE, settings.account)
    except PasswordDeleteError:
        return False
    except KeyringError as exc:
        raise MailError(msg.KEYRING_WONT_FORGET(reason=str(exc))) from exc
    return True
