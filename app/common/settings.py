"""User settings, declared once and typed: the database to open, recent files, UI language."""

from __future__ import annotations

import json
import logging
from dataclasses import asdict, dataclass, field

from app.common.files import write_json
from app.common.paths import Paths

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

    def add_recent(self, target: str) -> None:
        self.recent = [target, *[r for r in self.recent if r != target]][:MAX_RECENT]

    def remove_recent(self, target: str) -> None:
        self.recent = [r for r in self.recent if r != target]


def load_settings(paths: Paths) -> Settings:
    """Read the settings; a missing or damaged file gives the defaults (and is logged)."""
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
    return settings


def save_settings(paths: Paths, settings: Settings) -> None:
    """Write the settings atomically (a crash never leaves half a file)."""
    write_json(paths.settings_file, asdict(settings))


def default_target(paths: Paths, settings: Settings) -> str:
    """The database Ponte opens when none is named: the last one, else the default file."""
    return settings.database or str(paths.default_database)


__all__ = ["Settings", "default_target", "load_settings", "save_settings"]
