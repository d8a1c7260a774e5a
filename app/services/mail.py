"""Sending a published version by e-mail, as actions: the mail settings and the password in
the keyring, the drafts folder, sending over SMTP, a test message, the sent log and where a
mission's sending stands. The work is done by :mod:`app.distribution`; the window and
``ponte send`` reach it here."""

from __future__ import annotations

from app.distribution.drafts import DraftReport, write_drafts
from app.distribution.errors import MailError
from app.distribution.mail_settings import (
    DEFAULT_PORTS,
    MAX_RATE,
    MailSettings,
    Security,
    load_mail_settings,
    port_after,
    save_mail_settings,
)
from app.distribution.secrets import (
    forget_password,
    keyring_available,
    load_password,
    store_password,
)
from app.distribution.sending import Phase, SendReport, send_test, send_version
from app.distribution.sent_log import Outcome, SentEntry, sent_log
from app.distribution.status import SendStatus, send_status

__all__ = [
    "DEFAULT_PORTS",
    "MAX_RATE",
    "DraftReport",
    "MailError",
    "MailSettings",
    "Outcome",
    "Phase",
    "Security",
    "SendReport",
    "SendStatus",
    "SentEntry",
    "forget_password",
    "keyring_available",
    "load_mail_settings",
    "load_password",
    "port_after",
    "save_mail_settings",
    "send_status",
    "send_test",
    "send_version",
    "sent_log",
    "store_password",
    "write_drafts",
]
