"""What goes wrong when sending mail, said so a coordinator knows what to do."""

from __future__ import annotations

from app.common.errors import UserError


class MailError(UserError):
    """The mail settings, the keyring or the server stopped the sending; nothing that was
    already sent is lost (the sent log keeps it). Its sentences are in
    :mod:`app.distribution.user_messages`."""
