"""Roles on a shared server (``ponte server``): set up the reader and editor roles of a new
server database, add and list its users, and tell whether this connection may only read.

The database itself refuses what a role may not do (see :mod:`app.store.roles`); the window
uses :func:`is_read_only` only to show it before the coordinator tries."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from app.common.paths import Paths
from app.store import Store, StoreError
from app.store import role_messages as rmsg
from app.store.roles import (
    ROLES,
    RoleName,
    ServerUser,
    add_user,
    list_users,
    set_up_roles,
)
from app.store.roles import is_read_only as _connection_read_only

__all__ = [
    "ROLES",
    "RoleName",
    "ServerRoles",
    "ServerUser",
    "add_server_user",
    "init_server",
    "is_read_only",
    "server_users",
]


@dataclass(frozen=True)
class ServerRoles:
    database: str  # the server database, named without a password
    reader: str
    editor: str


def _server_only(store: Store) -> None:
    if store.location.is_sqlite:
        raise StoreError(rmsg.NOT_A_SERVER(database=store.location.display()))


def init_server(target: str | Path, *, paths: Paths, password: str | None = None) -> ServerRoles:
    """Open (creating or upgrading: the caller is the owner) the server database at
    ``target`` and set up its two roles; running it again changes nothing more."""
    from app.services.database import open_database, parse_location

    location = parse_location(target)
    if location.is_sqlite:  # refused before a file is made
        raise StoreError(rmsg.NOT_A_SERVER(database=location.display()))
    with open_database(target, paths=paths, password=password) as store:
        with store.connection() as conn, conn.begin():
            reader, editor = set_up_roles(conn, store.location.display())
        return ServerRoles(store.location.display(), reader, editor)


def add_server_user(store: Store, name: str, role: RoleName, password: str) -> bool:
    """Give ``name`` a login in ``role`` with ``password`` (never printed, sent hashed);
    True when the user was created, False when an existing one was updated."""
    _server_only(store)
    with store.connection() as conn, conn.begin():
        return add_user(conn, store.location.display(), name, role, password)


def server_users(store: Store) -> list[ServerUser]:
    _server_only(store)
    with store.connection() as conn:
        return list_users(conn)


def is_read_only(store: Store) -> bool:
    """Whether this store's database user may only read (and check in, set meeting
    statuses): a reader on a server. A file is never read-only here."""
    if store.location.is_sqlite:
        return False
    with store.connection() as conn:
        return _connection_read_only(conn)
