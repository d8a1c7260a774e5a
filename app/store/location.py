"""Turn what a user typed (a file path or a database URL) into an SQLAlchemy URL."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import ArgumentError

from app.store import messages as msg
from app.store.errors import DatabaseUnavailable

SUPPORTED_DRIVERS = ("sqlite", "sqlite+pysqlite", "postgresql+psycopg")


@dataclass(frozen=True)
class Location:
    """Where a Ponte database lives: an SQLite file or a PostgreSQL URL."""

    url: URL
    path: Path | None  # set for SQLite files

    @property
    def is_sqlite(self) -> bool:
        return self.path is not None

    def display(self) -> str:
        """How to name this database to a person (never shows a password)."""
        if self.path is not None:
            return str(self.path)
        return self.url.render_as_string(hide_password=True)


def parse_location(target: str | Path) -> Location:
    """Accept a file path or a URL such as ``postgresql+psycopg://user@127.0.0.1:5432/ponte``."""
    text = str(target).strip()
    if not text:
        raise DatabaseUnavailable(msg.NO_TARGET())
    if "://" not in text:
        path = Path(text).expanduser().resolve()
        return Location(url=URL.create("sqlite", database=str(path)), path=path)
    try:
        url = make_url(text)
    except ArgumentError as exc:
        raise DatabaseUnavailable(msg.NOT_A_URL(target=text, reason=str(exc))) from exc
    if url.drivername == "postgresql":
        url = url.set(drivername="postgresql+psycopg")
    if url.drivername not in SUPPORTED_DRIVERS:
        raise DatabaseUnavailable(msg.UNSUPPORTED_DRIVER(driver=url.drivername))
    if url.drivername.startswith("sqlite"):
        if not url.database or url.database == ":memory:":
            raise DatabaseUnavailable(msg.SQLITE_IN_MEMORY())
        path = Path(url.database).expanduser().resolve()
        return Location(url=URL.create("sqlite", database=str(path)), path=path)
    return Location(url=url, path=None)
