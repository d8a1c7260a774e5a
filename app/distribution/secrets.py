"""The SMTP password, kept in the system keyring through :mod:`app.common.secrets` (the one
place for Ponte's secrets), never in Ponte's files. Where the computer has no keyring the
password is not stored: it is asked for each sending."""

from __future__ import annotations

from app.common.secrets import (
    SecretNotKept,
    forget_secret,
    keep_secret,
    keyring_available,
    read_secret,
)
from app.distribution import user_messages as msg
from app.distribution.errors import MailError
from app.distribution.mail_settings import MailSettings

SERVICE = "Ponte SMTP"

__all__ = ["forget_password", "keyring_available", "load_password", "store_password"]


def load_password(settings: MailSettings) -> str | None:
    """The stored password of the settings' account, None when none is stored or there is no
    keyring (the caller asks for it)."""
    return read_secret(SERVICE, settings.account)


def store_password(settings: MailSettings, password: str) -> None:
    """Keep ``password`` for the settings' account; a :class:`MailError` when there is no
    keyring or it refuses (the password is then not kept anywhere)."""
    try:
        keep_secret(SERVICE, settings.account, password)
    except SecretNotKept as exc:
        if exc.reason is None:
            raise MailError(msg.NO_KEYRING()) from exc
        raise MailError(msg.KEYRING_WONT_KEEP(reason=exc.reason)) from exc


def forget_password(settings: MailSettings) -> bool:
    """Remove the stored password; whether there was one."""
    from keyring.errors import KeyringError  # the keyring loads when it is first used

    try:
        return forget_secret(SERVICE, settings.account)
    except KeyringError as exc:
        raise MailError(msg.KEYRING_WONT_FORGET(reason=str(exc))) from exc
