"""Turn what a user typed (a file path or a database URL) into an SQLAlchemy URL."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import ArgumentError

from app.common.secrets import DEFAULT_PG_PORT, database_account
from app.store import messages as msg
from app.store.errors import DatabaseUnavailable

SUPPORTED_DRIVERS = ("sqlite", "sqlite+pysqlite", "postgresql+psycopg")


def masked_url(url: URL) -> str:
    """``url`` as text without its password, wherever it was given (``user:pw@`` or
    ``?password=``); the port is always named."""
    query = {k: v for k, v in url.query.items() if k.lower() != "password"}
    port = url.port or (DEFAULT_PG_PORT if url.drivername.startswith("postgresql") else None)
    clean = URL.create(
        url.drivername,
        username=url.username,
        host=url.host,
        port=port,
        database=url.database,
        query=query,
    )
    return clean.render_as_string(hide_password=False)


@dataclass(frozen=True)
class Location:
    """Where a Ponte database lives: an SQLite file or a PostgreSQL URL."""

    url: URL
    path: Path | None  # set for SQLite files

    @property
    def is_sqlite(self) -> bool:
        return self.path is not None

    @property
    def password(self) -> str | None:
        """The server's password given with the URL (None for a file, or none given)."""
        return self.url.password if self.path is None else None

    @property
    def account(self) -> str:
        """The keyring's name for a server's password: 'user@host:port/database'."""
        url = self.url
        return database_account(url.username, url.host, url.port, url.database)

    def with_password(self, password: str | None) -> Location:
        """This location with ``password`` (None: without one); a file is returned as it is."""
        if self.path is not None:
            return self
        return Location(url=self.url.set(password=password), path=None)

    def display(self) -> str:
        """How to name this database to a person, in a title, a log or the settings file:
        a file's path, or the server's URL with no password at all, not even masked
        (``postgresql+psycopg://user@host:5432/ponte``)."""
        if self.path is not None:
            return str(self.path)
        return masked_url(self.url)


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
    if "password" in url.query:  # ?password=…: kept as the URL's password, one place only
        given = url.query["password"]
        password = given if isinstance(given, str) else given[-1]
        url = url.difference_update_query(["password"])
        if url.password is None:
            url = url.set(password=password)
    if url.drivername not in SUPPORTED_DRIVERS:
        raise DatabaseUnavailable(msg.UNSUPPORTED_DRIVER(driver=url.drivername))
    if url.drivername.startswith("sqlite"):
        if not url.database or url.database == ":memory:":
            raise DatabaseUnavailable(msg.SQLITE_IN_MEMORY())
        path = Path(url.database).expanduser().resolve()
        return Location(url=URL.create("sqlite", database=str(path)), path=path)
    return Location(url=url, path=None)
