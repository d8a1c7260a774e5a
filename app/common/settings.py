"""User settings, declared once and typed: the database to open, recent files, UI language."""

from __future__ import annotations

import contextlib
import getpass
import json
import logging
from dataclasses import asdict, dataclass, field
from urllib.parse import parse_qsl, unquote, urlencode, urlsplit, urlunsplit

from app.common.files import make_private_folder, write_json
from app.common.paths import Paths
from app.common.secrets import (
    DATABASE_SERVICE,
    SecretNotKept,
    database_account,
    keep_secret,
    read_secret,
)

log = logging.getLogger(__name__)

MAX_RECENT = 8
UI_LANGUAGES = ("en", "it", "ja")
DEFAULT_RETENTION_DAYS = 180  # after a mission's last day, before the erasure reminder


@dataclass
class Settings:
    """What Ponte remembers between runs (kept as JSON in the user's config folder)."""

    database: str | None = None  # a file path or a URL; None means the default file
    recent: list[str] = field(default_factory=list)
    mission_id: int | None = None  # the mission last open
    ui_language: str | None = None  # None follows the system locale
    # days after a mission's last day before Ponte reminds to erase its personal data
    retention_days: int = DEFAULT_RETENTION_DAYS
    # who this coordinator is: versions say who published them ("" until they say)
    coordinator_name: str = ""

    def actor(self) -> str:
        """Who this coordinator is, for the audit log and for other coordinators: the name
        they gave, else the login name of this computer's user."""
        if self.coordinator_name:
            return self.coordinator_name
        with contextlib.suppress(Exception):  # no login name (a service, a container)
            return getpass.getuser()
        return ""

    def add_recent(self, target: str) -> None:
        self.recent = [target, *[r for r in self.recent if r != target]][:MAX_RECENT]

    def remove_recent(self, target: str) -> None:
        self.recent = [r for r in self.recent if r != target]


def split_password(target: str) -> tuple[str, str | None]:
    """A database target without its password (``user:pw@`` or ``?password=``), and the
    password (None when there was none). A file path is returned as it is."""
    if "://" not in target:
        return target, None
    try:
        parts = urlsplit(target)
        password = unquote(parts.password) if parts.password is not None else None
    except ValueError:  # not a URL after all (a bad port): nothing we can name as a password
        return target, None
    netloc = parts.netloc
    if "@" in netloc:
        userinfo, hostport = netloc.rsplit("@", 1)
        netloc = f"{userinfo.split(':', 1)[0]}@{hostport}"
    query = []
    for key, value in parse_qsl(parts.query, keep_blank_values=True):
        if key.lower() == "password":
            password = password or value
        else:
            query.append((key, value))
    clean = urlunsplit((parts.scheme, netloc, parts.path, urlencode(query), parts.fragment))
    return clean, password


def without_password(target: str) -> str:
    """A database target as it may be written or shown: never with a password."""
    return split_password(target)[0]


def _account_of(target: str) -> str | None:
    try:
        parts = urlsplit(target)
        port = parts.port
    except ValueError:
        return None
    user = unquote(parts.username) if parts.username else None
    return database_account(user, parts.hostname, port, unquote(parts.path.lstrip("/")))


def _clean_targets(settings: Settings) -> bool:
    """Take out the passwords an older Ponte wrote into the settings (into the keyring, where
    there is one and it has none for that server yet); whether any was found."""
    found = False

    def clean(target: str) -> str:
        nonlocal found
        cleaned, password = split_password(target)
        if password is None and cleaned == target:
            return target
        found = True
        account = _account_of(cleaned)
        if password and account and read_secret(DATABASE_SERVICE, account) is None:
            # no keyring: the password is asked for when the database is opened
            with contextlib.suppress(SecretNotKept):
                keep_secret(DATABASE_SERVICE, account, password)
        return cleaned

    if settings.database is not None:
        settings.database = clean(settings.database)
    settings.recent = list(dict.fromkeys(clean(r) for r in settings.recent))
    return found


def load_settings(paths: Paths) -> Settings:
    """Read the settings; a missing or damaged file gives the defaults (and is logged).

    A database password that an older Ponte wrote here is taken out (moved to the system
    keyring where there is one) and the file is written again without it."""
    settings = _read_settings(paths)
    if _clean_targets(settings):
        log.warning("removed a database password from %s", paths.settings_file)
        try:
            save_settings(paths, settings)
        except OSError as exc:
            log.warning("could not rewrite %s: %s", paths.settings_file, exc)
    return settings


def _read_settings(paths: Paths) -> Settings:
    try:
        raw = json.loads(paths.settings_file.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return Settings()
    except (OSError, ValueError) as exc:
        log.warning("ignoring unreadable settings %s: %s", paths.settings_file, exc)
        return Settings()
    if not isinstance(raw, dict):
        return Settings()
    settings = Settings()
    if isinstance(raw.get("database"), str):
        settings.database = raw["database"]
    if isinstance(raw.get("recent"), list):
        settings.recent = [r for r in raw["recent"] if isinstance(r, str)][:MAX_RECENT]
    if isinstance(raw.get("mission_id"), int):
        settings.mission_id = raw["mission_id"]
    if raw.get("ui_language") in UI_LANGUAGES:
        settings.ui_language = raw["ui_language"]
    retention = raw.get("retention_days")
    if isinstance(retention, int) and not isinstance(retention, bool) and 0 <= retention <= 3650:
        settings.retention_days = retention
    name = raw.get("coordinator_name")
    if isinstance(name, str):
        settings.coordinator_name = " ".join(name.split())[:100]
    return settings


def save_settings(paths: Paths, settings: Settings) -> None:
    """Write the settings atomically (a crash never leaves half a file), never with a
    database password, whatever the caller put in."""
    data = asdict(settings)
    if data["database"] is not None:
        data["database"] = without_password(data["database"])
    data["recent"] = list(dict.fromkeys(without_password(r) for r in data["recent"]))
    make_private_folder(paths.config_dir)  # an older Ponte made it 0755
    write_json(paths.settings_file, data)


def default_target(paths: Paths, settings: Settings) -> str:
    """The database Ponte opens when none is named: the last one, else the default file."""
    return settings.database or str(paths.default_database)


__all__ = [
    "Settings",
    "default_target",
    "load_settings",
    "save_settings",
    "split_password",
    "without_password",
]
