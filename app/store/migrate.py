"""Schema versions: what this Ponte knows, what a database has, and upgrading it.

Alembic is imported by each function, not with this module: the window and every command
import the store, and only opening a database needs alembic (in the window, off the UI
thread, after the window has shown)."""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import inspect, text
from sqlalchemy.engine import Connection

if TYPE_CHECKING:
    from alembic.config import Config

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"

# A migration's own lines naming it and its parent: ``revision: str = "0007"``,
# ``down_revision: str | None = "0006"`` (or None for the first).
_NAMING_LINE = re.compile(
    r"^(revision|down_revision)\s*(?::[^=\n]*)?=\s*(?:[\"']([^\"'\n]+)[\"']|None)\s*$",
    re.MULTILINE,
)


@cache
def scanned_revisions(
    folder: Path = MIGRATIONS_DIR / "versions",
) -> tuple[frozenset[str], str] | None:
    """The revisions the migration files name and the newest of them, read from each file's
    ``revision`` / ``down_revision`` lines without importing alembic (which costs more than
    the rest of opening a database); None when a file does not read plainly or the files do
    not make one line of versions (alembic then decides)."""
    revisions: set[str] = set()
    parents: set[str] = set()
    for path in sorted(folder.glob("*.py")):
        found = _NAMING_LINE.findall(path.read_text(encoding="utf-8"))
        names = dict(found)
        if len(found) != 2 or set(names) != {"revision", "down_revision"}:
            return None
        if not names["revision"] or names["revision"] in revisions:
            return None
        revisions.add(names["revision"])
        if names["down_revision"]:
            parents.add(names["down_revision"])
    heads = revisions - parents
    if len(heads) != 1 or not parents <= revisions:
        return None
    return frozenset(revisions), heads.pop()


def alembic_config(connection: Connection | None = None) -> Config:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    if connection is not None:
        config.attributes["connection"] = connection
    return config


def known_revisions() -> set[str]:
    scanned = scanned_revisions()
    if scanned is not None:
        return set(scanned[0])
    from alembic.script import ScriptDirectory

    script = ScriptDirectory.from_config(alembic_config())
    return {rev.revision for rev in script.walk_revisions()}


def head_revision() -> str:
    scanned = scanned_revisions()
    if scanned is not None:
        return scanned[1]
    from alembic.script import ScriptDirectory

    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    assert head is not None, "Ponte ships with at least one migration"
    return head


def current_revision(connection: Connection) -> str | None:
    """The revision ``connection``'s database is at (None: not versioned yet), read from
    alembic's own table; alembic is asked only when that table holds several (branches)."""
    if not inspect(connection).has_table("alembic_version"):
        return None
    rows = connection.execute(text("SELECT version_num FROM alembic_version")).scalars().all()
    if len(rows) <= 1:
        return str(rows[0]) if rows else None
    from alembic.runtime.migration import MigrationContext

    return MigrationContext.configure(connection).get_current_revision()


def upgrade(connection: Connection, target: str = "head") -> None:
    """Bring the schema of ``connection``'s database up to ``target`` (default: newest)."""
    from alembic import command

    command.upgrade(alembic_config(connection), target)
