"""Reaching a PostgreSQL server: what its refusals mean for the coordinator (a wrong password,
an unknown database, an unreachable host, a timeout), and a connection test that changes
nothing.

libpq reports a failed connection without an SQLSTATE, only as text; the server's part of
that text is in the server's language (``lc_messages``). The English phrases are recognised
(PostgreSQL's default); any other refusal is reported as the driver said it, never with the
password (libpq never repeats it, and the database is named by :meth:`Location.display`).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import create_engine, inspect, text
from sqlalchemy.exc import DBAPIError
from sqlalchemy.pool import NullPool

from app.store import messages as msg
from app.store.errors import DatabaseUnavailable, PasswordNeeded, StoreError, WrongPassword
from app.store.failures import reason
from app.store.location import DEFAULT_PG_PORT, Location

CONNECT_TIMEOUT_S = 10  # how long opening a connection waits for the server

_UNREACHABLE = (
    "connection refused",
    "failed to resolve host",
    "could not translate host name",
    "name or service not known",
    "no route to host",
    "network is unreachable",
    "temporary failure in name resolution",
    "could not connect to server",
)


def connect_args(timeout_s: float = CONNECT_TIMEOUT_S) -> dict[str, Any]:
    """psycopg's connection arguments for Ponte: a connection that cannot be made in
    ``timeout_s`` seconds fails instead of waiting for ever."""
    return {"connect_timeout": max(1, round(timeout_s))}


def connection_failure(
    exc: BaseException, location: Location, timeout_s: float = CONNECT_TIMEOUT_S
) -> StoreError | None:
    """The :class:`StoreError` for a connection to ``location`` that could not be made;
    None when ``exc`` is not such a failure."""
    import psycopg  # here: a Ponte that opens only files never loads the server's driver

    original = exc.orig if isinstance(exc, DBAPIError) else exc
    if not isinstance(original, psycopg.OperationalError):
        return None
    url = location.url
    host = url.host or "localhost"
    port = url.port or DEFAULT_PG_PORT
    database = location.display()
    said = reason(exc)
    lowered = said.lower()
    if isinstance(original, psycopg.errors.ConnectionTimeout) or "timeout expired" in lowered:
        return DatabaseUnavailable(
            msg.CONNECT_TIMEOUT(host=host, port=port, seconds=max(1, round(timeout_s)))
        )
    if "password authentication failed" in lowered:
        if location.password is None:  # none of ours: PGPASSWORD or .pgpass gave a wrong one
            return PasswordNeeded(msg.PASSWORD_NEEDED(database=database))
        return WrongPassword(msg.WRONG_PASSWORD(user=url.username or "", database=database))
    if "no password supplied" in lowered:
        return PasswordNeeded(msg.PASSWORD_NEEDED(database=database))
    if "role" in lowered and "does not exist" in lowered:
        return DatabaseUnavailable(msg.NO_SUCH_USER(host=host, user=url.username or ""))
    if "database" in lowered and "does not exist" in lowered:
        return DatabaseUnavailable(msg.NO_SUCH_DATABASE(host=host, name=url.database or ""))
    if any(phrase in lowered for phrase in _UNREACHABLE):
        return DatabaseUnavailable(msg.HOST_UNREACHABLE(host=host, port=port))
    if "connection failed" in lowered or "connection to server" in lowered:
        return DatabaseUnavailable(msg.CANNOT_CONNECT(database=database, reason=said))
    return None


@dataclass(frozen=True)
class ServerCheck:
    """What a connection test found: the server's version and whether the database holds
    Ponte's tables (``ponte``), nothing yet (``empty``) or another program's (``other``)."""

    server_version: str
    contents: str  # "ponte" | "empty" | "other"


def check_server(location: Location, *, timeout_s: float = CONNECT_TIMEOUT_S) -> ServerCheck:
    """Connect to ``location`` once, read, write nothing, close: a :class:`StoreError` worded
    for the coordinator when the server cannot be used."""
    if location.path is not None:
        raise ValueError("check_server is for a server, not a file")
    engine = create_engine(location.url, connect_args=connect_args(timeout_s), poolclass=NullPool)
    try:
        with engine.connect() as conn:
            version = str(conn.execute(text("SHOW server_version")).scalar_one())
            tables = set(inspect(conn).get_table_names())
    except DBAPIError as exc:
        error = connection_failure(exc, location, timeout_s)
        if error is None:
            error = DatabaseUnavailable(
                msg.CANNOT_CONNECT(database=location.display(), reason=reason(exc))
            )
        raise error from exc
    finally:
        engine.dispose()
    if not tables:
        contents = "empty"
    elif {"alembic_version", "mission"} <= tables:
        contents = "ponte"
    else:
        contents = "other"
    return ServerCheck(server_version=version.split()[0], contents=contents)
