"""One connection to the mail server (:mod:`smtplib`), opened as the settings say, with each
way it can fail said in words a coordinator can act on (:class:`MailError`)."""

from __future__ import annotations

import base64
import smtplib
import socket
import ssl
from email.message import EmailMessage
from types import TracebackType

from app.distribution import user_messages as msg
from app.distribution.errors import MailError
from app.distribution.mail_settings import MailSettings, Security

LOCAL_HOSTS = frozenset({"localhost", "127.0.0.1", "::1"})


def reply_text(code: int, message: bytes | str) -> str:
    """A server's reply as one line: '550 5.1.1 no such user'."""
    text = message.decode("utf-8", "replace") if isinstance(message, bytes) else message
    return f"{code} {' '.join(text.split())}".strip()


def _login(smtp: smtplib.SMTP, user: str, password: str) -> None:
    """smtplib's login, except that a user name or password outside ASCII (which smtplib
    cannot encode) goes as AUTH PLAIN in UTF-8, as RFC 4616 defines it."""
    if (user + password).isascii():
        smtp.login(user, password)
        return
    methods = smtp.esmtp_features.get("auth", "").upper().split()
    if "PLAIN" not in methods:
        raise MailError(msg.LOGIN_NOT_ASCII(methods=", ".join(methods) or msg.NO_LOGIN_METHODS()))
    token = base64.b64encode(f"\0{user}\0{password}".encode()).decode("ascii")
    code, reply = smtp.docmd("AUTH", f"PLAIN {token}")
    if code not in (235, 503):  # 503: already authenticated
        raise smtplib.SMTPAuthenticationError(code, reply)


class SmtpLink:
    """A connection that is opened, used for many messages and closed (a context manager)."""

    def __init__(
        self,
        settings: MailSettings,
        password: str | None,
        *,
        context: ssl.SSLContext | None = None,
    ) -> None:
        self.settings = settings.validated()
        self._password = password
        self._context = context or ssl.create_default_context()
        self._smtp: smtplib.SMTP | None = None
        if self.settings.username and not password:
            raise MailError(msg.ENTER_PASSWORD(user=self.settings.username))
        if (
            self.settings.username
            and self.settings.security is Security.NONE
            and self.settings.host not in LOCAL_HOSTS
        ):
            raise MailError(msg.NO_PASSWORD_IN_CLEAR())

    @property
    def where(self) -> str:
        return f"{self.settings.host}:{self.settings.port}"

    def open(self) -> None:
        """Connect, secure and log in; a :class:`MailError` saying what went wrong."""
        s = self.settings
        try:
            if s.security is Security.TLS:
                smtp: smtplib.SMTP = smtplib.SMTP_SSL(
                    s.host, s.port, timeout=s.timeout_s, context=self._context
                )
            else:
                smtp = smtplib.SMTP(s.host, s.port, timeout=s.timeout_s)
            self._smtp = smtp
            smtp.ehlo()
            if s.security is Security.STARTTLS:
                if not smtp.has_extn("starttls"):
                    raise MailError(msg.NO_STARTTLS(where=self.where))
                smtp.starttls(context=self._context)
                smtp.ehlo()
            if s.username:
                if not smtp.has_extn("auth"):
                    raise MailError(msg.NO_LOGIN(where=self.where))
                _login(smtp, s.username, self._password or "")
        except MailError:
            self.close()
            raise
        except Exception as exc:
            self.close()
            raise self._explain(exc) from exc

    def _explain(self, exc: BaseException) -> MailError:
        s, where = self.settings, self.where
        if isinstance(exc, socket.gaierror):
            return MailError(msg.HOST_NOT_FOUND(host=s.host))
        if isinstance(exc, ConnectionRefusedError):
            return MailError(msg.CONNECTION_REFUSED(where=where))
        if isinstance(exc, TimeoutError):
            return MailError(msg.NO_ANSWER(where=where, seconds=f"{s.timeout_s:g}"))
        if isinstance(exc, ssl.SSLCertVerificationError):
            return MailError(msg.UNTRUSTED_CERTIFICATE(where=where, reason=exc.verify_message))
        if isinstance(exc, ssl.SSLError):
            return MailError(msg.SECURE_CONNECTION_FAILED(where=where, reason=exc.reason))
        if isinstance(exc, smtplib.SMTPAuthenticationError):
            reply = reply_text(exc.smtp_code, exc.smtp_error)
            return MailError(msg.LOGIN_REFUSED(user=s.username, reply=reply))
        if isinstance(exc, smtplib.SMTPResponseException):
            reply = reply_text(exc.smtp_code, exc.smtp_error)
            return MailError(msg.SERVER_ANSWERED(where=where, reply=reply))
        if isinstance(exc, smtplib.SMTPServerDisconnected):
            return MailError(msg.SERVER_CLOSED(where=where, reason=str(exc)))
        if isinstance(exc, OSError | smtplib.SMTPException):
            return MailError(msg.CANNOT_TALK(where=where, reason=str(exc)))
        return MailError(msg.UNEXPECTED(where=where, error=repr(exc)))

    def send(self, message: EmailMessage) -> None:
        """Hand over one message; smtplib's exceptions pass through for the caller to sort
        (a refused recipient is not a broken connection)."""
        if self._smtp is None:
            raise smtplib.SMTPServerDisconnected("not connected")
        self._smtp.send_message(message)

    def close(self) -> None:
        smtp, self._smtp = self._smtp, None
        if smtp is None:
            return
        try:
            smtp.quit()
        except (OSError, smtplib.SMTPException):
            smtp.close()

    def __enter__(self) -> SmtpLink:
        self.open()
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()
