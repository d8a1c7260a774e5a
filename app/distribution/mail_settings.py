"""How this computer sends mail: the SMTP server, the account and the pace, kept as JSON in
the user's config folder beside the other settings. The password is not here: it is kept in
the system keyring (:mod:`app.distribution.secrets`).

The settings are the computer's, not the mission's: the Turin and the Nagoya coordinators
share a mission but each sends through their own chamber's server.
"""

from __future__ import annotations

import json
import logging
from dataclasses import asdict, dataclass, replace
from enum import StrEnum

from app.common.files import make_private_folder, write_json
from app.common.paths import Paths
from app.distribution import user_messages as msg
from app.distribution.errors import MailError
from app.distribution.messages import usable_address

log = logging.getLogger(__name__)


class Security(StrEnum):
    """How the connection to the server is protected."""

    STARTTLS = "starttls"  # plain connection upgraded with STARTTLS (port 587)
    TLS = "tls"  # TLS from the first byte (port 465)
    NONE = "none"  # no encryption: only for a server on this computer or a test server


DEFAULT_PORTS = {Security.STARTTLS: 587, Security.TLS: 465, Security.NONE: 25}
DEFAULT_RATE = 20  # messages per minute: below what common providers throttle at
MAX_RATE = 600


def port_after(before: Security, port: int, security: Security) -> int:
    """The port once the security changes from ``before`` to ``security``: the new one's
    default if ``port`` was the old one's default, else the port as chosen."""
    return DEFAULT_PORTS[security] if port == DEFAULT_PORTS[before] else port


@dataclass(frozen=True)
class MailSettings:
    host: str = ""
    port: int = 587
    security: Security = Security.STARTTLS
    username: str = ""  # empty: the server takes mail without logging in
    sender: str = ""  # the From address; empty: the mission's organiser address
    rate_per_minute: int = DEFAULT_RATE  # 0: no pause between messages
    timeout_s: float = 30.0

    @property
    def configured(self) -> bool:
        return bool(self.host)

    @property
    def account(self) -> str:
        """The keyring's name for the password: 'user@host:port'."""
        return f"{self.username}@{self.host}:{self.port}"

    def changed(
        self,
        *,
        host: str | None = None,
        port: int | None = None,
        security: Security | None = None,
        username: str | None = None,
        sender: str | None = None,
        rate_per_minute: int | None = None,
    ) -> MailSettings:
        """These settings with the values given changed (None: kept); a change of security
        alone moves a default port to the new security's default."""
        if port is None and security is not None:
            port = port_after(self.security, self.port, security)
        return replace(
            self,
            host=self.host if host is None else host,
            port=self.port if port is None else port,
            security=self.security if security is None else security,
            username=self.username if username is None else username,
            sender=self.sender if sender is None else sender,
            rate_per_minute=self.rate_per_minute if rate_per_minute is None else rate_per_minute,
        )

    def validated(self) -> MailSettings:
        """These settings with the host trimmed, or a :class:`MailError` naming what is wrong."""
        host = self.host.strip()
        if not host:
            raise MailError(msg.NO_SERVER())
        if any(ch.isspace() for ch in host) or "/" in host or ":" in host:
            raise MailError(msg.NOT_A_HOST(host=host))
        if not 1 <= self.port <= 65535:
            raise MailError(msg.BAD_PORT(port=self.port))
        if not 0 <= self.rate_per_minute <= MAX_RATE:
            raise MailError(msg.BAD_PACE(most=MAX_RATE, rate=self.rate_per_minute))
        if self.sender and usable_address(self.sender) is None:
            raise MailError(msg.BAD_SENDER(sender=self.sender))
        if not 1 <= self.timeout_s <= 600:
            raise MailError(msg.BAD_TIMEOUT())
        return replace(self, host=host, username=self.username.strip(), sender=self.sender.strip())


def load_mail_settings(paths: Paths) -> MailSettings:
    """The saved settings; none saved, or a damaged file (logged), gives the defaults."""
    path = paths.mail_settings_file
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return MailSettings()
    except (OSError, ValueError) as exc:
        log.warning("ignoring unreadable mail settings %s: %s", path, exc)
        return MailSettings()
    if not isinstance(raw, dict):
        return MailSettings()
    base = MailSettings()
    try:
        return MailSettings(
            host=str(raw.get("host", base.host)),
            port=int(raw.get("port", base.port)),
            security=Security(raw.get("security", base.security)),
            username=str(raw.get("username", base.username)),
            sender=str(raw.get("sender", base.sender)),
            rate_per_minute=int(raw.get("rate_per_minute", base.rate_per_minute)),
            timeout_s=float(raw.get("timeout_s", base.timeout_s)),
        )
    except (TypeError, ValueError) as exc:
        log.warning("ignoring damaged mail settings %s: %s", path, exc)
        return MailSettings()


def save_mail_settings(paths: Paths, settings: MailSettings) -> None:
    """Write the settings atomically, after :meth:`MailSettings.validated`."""
    make_private_folder(paths.config_dir)  # an older Ponte made it 0755
    write_json(paths.mail_settings_file, asdict(settings.validated()))
