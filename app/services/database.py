"""Opening a database: the first action of the window and of every command.

A file path or a PostgreSQL URL; a file that is not Ponte's, or from a newer Ponte, is
refused with a :class:`StoreError` and left as it was. The :class:`Store` returned is the
handle every other action takes.

A shared database (PostgreSQL) is named everywhere without its password: the settings, the
title bar, ``ponte info``, the logs and the messages show ``postgresql+psycopg://user@host:
5432/name``. Its password comes, first found: from the caller (the window asked for it), from
the URL given for this run (``--db postgresql://user:pw@host/name`` or ``?password=``), from
the PGPASSWORD environment variable, from the system keyring (kept with "Remember password"),
or from libpq's own ``~/.pgpass``. None of them is ever written to Ponte's files.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy.engine import URL

from app.common.paths import Paths
from app.common.secrets import (
    DATABASE_SERVICE,
    DEFAULT_PG_PORT,
    forget_secret,
    keep_secret,
    keyring_available,
    read_secret,
)
from app.common.settings import load_settings
from app.store import (
    Location,
    PasswordNeeded,
    ServerCheck,
    Store,
    StoreError,
    WrongPassword,
    check_server,
    open_store,
    parse_location,
)
from app.store.connecting import CONNECT_TIMEOUT_S
from app.store.sqlite_file import DamagedDatabase, WaitNotice, set_wait_notice

__all__ = [
    "DEFAULT_PG_PORT",
    "DamagedDatabase",
    "Location",
    "PasswordNeeded",
    "ServerCheck",
    "SharedDatabase",
    "Store",
    "StoreError",
    "WrongPassword",
    "check_connection",
    "forget_database_password",
    "keyring_available",
    "masked",
    "on_database_wait",
    "open_database",
    "parse_location",
    "remember_database_password",
    "stored_database_password",
]


@dataclass(frozen=True)
class SharedDatabase:
    """A PostgreSQL database as the Open shared database dialog names it (no password)."""

    host: str
    database: str
    user: str
    port: int = DEFAULT_PG_PORT

    @classmethod
    def from_target(cls, target: str) -> SharedDatabase | None:
        """The fields of a server URL (None for a file or a URL that cannot be read)."""
        if "://" not in target:
            return None
        try:
            location = parse_location(target)
        except StoreError:
            return None
        if location.is_sqlite:
            return None
        url = location.url
        return cls(
            host=url.host or "",
            database=url.database or "",
            user=url.username or "",
            port=url.port or DEFAULT_PG_PORT,
        )

    def location(self) -> Location:
        """Where it is, as :func:`parse_location` would give it (a :class:`StoreError` when
        the host is empty)."""
        url = URL.create(
            "postgresql+psycopg",
            username=self.user.strip() or None,
            host=self.host.strip() or None,
            port=self.port,
            database=self.database.strip() or None,
        )
        return parse_location(url.render_as_string(hide_password=False))

    def target(self) -> str:
        """Its URL without a password: what the settings keep and the title bar shows."""
        return self.location().display()

    @property
    def account(self) -> str:
        """The keyring's name for its password."""
        return self.location().account


def masked(target: str) -> str:
    """``target`` as it may be shown or written: a file's path, or a URL with no password."""
    if "://" not in target:
        return target
    try:
        return parse_location(target).display()
    except StoreError:
        from app.common.settings import without_password

        return without_password(target)


def _with_password(location: Location, password: str | None) -> Location:
    if location.is_sqlite:
        return location
    if password:
        return location.with_password(password)
    if location.password is not None or os.environ.get("PGPASSWORD"):
        return location  # libpq reads PGPASSWORD itself
    kept = read_secret(DATABASE_SERVICE, location.account)
    return location.with_password(kept) if kept else location


def open_database(
    target: str | Path,
    *,
    paths: Paths,
    create: bool = True,
    busy_timeout: float | None = None,
    password: str | None = None,
    backups: bool = True,
    actor: str | None = None,
) -> Store:
    """Open (creating or upgrading as needed) the database at ``target``; a change waits
    ``busy_timeout`` seconds (None: :data:`BUSY_TIMEOUT_S`) for another program's lock
    before it is refused. A file is checked before anything is written to it (a damaged
    one is set aside: :class:`DamagedDatabase`), and backed up when it changed since its
    last backup (``backups``).

    What the store changes is written in the audit log as done by ``actor`` (None: the
    coordinator this computer's settings name, see :meth:`Settings.actor`).

    For a server, ``password`` (else the URL's, PGPASSWORD, the keyring's, ~/.pgpass) is
    used; a server that wants one and has none raises :class:`PasswordNeeded`, a wrong one
    :class:`WrongPassword`."""
    location = _with_password(parse_location(target), password)
    store = open_store(
        location, paths=paths, create=create, busy_timeout=busy_timeout, backups=backups
    )
    store.actor = actor if actor is not None else load_settings(paths).actor()
    return store


def on_database_wait(notice: WaitNotice | None) -> WaitNotice | None:
    """Who reads "Waiting for another program using FILE…" when a change has waited a second
    for another program's lock (it goes on waiting up to the busy timeout): the command line
    prints it on stderr, the window in its status bar. Called from the thread that waits.
    Returns the previous one."""
    return set_wait_notice(notice)


def check_connection(
    target: str | SharedDatabase,
    password: str | None = None,
    *,
    timeout_s: float = CONNECT_TIMEOUT_S,
) -> ServerCheck:
    """Connect once to a server and close (nothing is written): what it holds, or a
    :class:`StoreError` saying why not (wrong password, host unreachable, no such database,
    timeout). Slow when the server is: run it off the UI thread."""
    location = target.location() if isinstance(target, SharedDatabase) else parse_location(target)
    return check_server(_with_password(location, password), timeout_s=timeout_s)


def stored_database_password(target: str | SharedDatabase) -> str | None:
    """The password the keyring keeps for this server's database (None: none kept)."""
    return read_secret(DATABASE_SERVICE, _account(target))


def remember_database_password(target: str | SharedDatabase, password: str) -> None:
    """Keep the password in the system keyring; :class:`~app.common.secrets.SecretNotKept`
    (a UserError) when there is no keyring or it refuses."""
    keep_secret(DATABASE_SERVICE, _account(target), password)


def forget_database_password(target: str | SharedDatabase) -> bool:
    """Remove the kept password; whether there was one."""
    return forget_secret(DATABASE_SERVICE, _account(target))


def _account(target: str | SharedDatabase) -> str:
    if isinstance(target, SharedDatabase):
        return target.account
    return parse_location(target).account
