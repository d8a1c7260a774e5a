"""What goes wrong when sending mail, said so a coordinator knows what to do."""


class MailError(Exception):
    """The mail settings, the keyring or the server stopped the sending; nothing that was
    already sent is lost (the sent log keeps it)."""
