"""Roles enforced by a PostgreSQL server: ``<db>_reader`` and ``<db>_editor``.

The reader reads everything and, of all the writes, may only check people in (participant's
``checked_in_at``), set a meeting's status, and add to the audit log: what the people who
print badges and welcome guests at the venue need. The editor may change any record but not
the schema: only the owner (who ran ``ponte server init``) migrates. The database refuses
everything else itself (SQLSTATE 42501), whatever program or SQL a user sends.

Every statement here is PostgreSQL's; the names are quoted by psycopg's ``sql`` module and a
password is sent already hashed (SCRAM-SHA-256), so it never appears in the server's logs.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import os
import re
from dataclasses import dataclass
from typing import Literal

from sqlalchemy import text
from sqlalchemy.engine import Connection

from app.store import role_messages as rmsg
from app.store.errors import NotPermitted, StoreError

RoleName = Literal["reader", "editor"]
ROLES: tuple[RoleName, ...] = ("reader", "editor")

# What a reader may write: (table, columns) updated; tables inserted into.
READER_UPDATES: dict[str, tuple[str, ...]] = {
    "participant": ("checked_in_at", "row_version"),
    "meeting": ("status", "status_note", "status_at", "row_version"),
}
READER_INSERTS = ("audit_entry",)
SCHEMA_TABLE = "alembic_version"  # the editor reads it, only the owner writes it

_USER_NAME = re.compile(r"^[A-Za-z][A-Za-z0-9_]{0,62}$")
_SCRAM_ITERATIONS = 4096


@dataclass(frozen=True)
class ServerUser:
    name: str
    role: str  # "reader" | "editor"
    can_log_in: bool


def role_name(database: str, role: RoleName) -> str:
    return f"{database}_{role}"


def permission_failure(sqlstate: object, database: str) -> StoreError | None:
    """The worded refusal for a driver's SQLSTATE 42501 (insufficient privilege)."""
    if sqlstate == "42501":
        return NotPermitted(rmsg.NOT_PERMITTED(database=database))
    return None


def migration_refusal(conn: Connection, database: str, head: str, *, empty: bool) -> None:
    """Raise :class:`NotPermitted` when this connection's user may not create or upgrade the
    schema (it is not the owner of the tables, or cannot create in the schema)."""
    if empty:
        allowed = conn.execute(text("SELECT has_schema_privilege('public', 'CREATE')")).scalar()
    else:
        allowed = conn.execute(
            text(
                "SELECT pg_has_role(current_user, c.relowner, 'USAGE') FROM pg_class c "
                "WHERE c.oid = to_regclass(:t)"
            ),
            {"t": f"public.{SCHEMA_TABLE}"},
        ).scalar()
    if not allowed:
        raise NotPermitted(rmsg.OWNER_MIGRATES(database=database, head=head))


def is_read_only(conn: Connection) -> bool:
    """Whether this connection's user may not change records (a reader, or less)."""
    if conn.dialect.name != "postgresql":
        return False
    return not conn.execute(
        text("SELECT has_table_privilege('public.participant', 'INSERT')")
    ).scalar()


def _check_owner(conn: Connection, database: str) -> None:
    ok = conn.execute(
        text(
            "SELECT pg_has_role(current_user, d.datdba, 'USAGE') OR "
            "(SELECT rolsuper FROM pg_roles WHERE rolname = current_user) "
            "FROM pg_database d WHERE d.datname = current_database()"
        )
    ).scalar()
    if not ok:
        user = conn.execute(text("SELECT current_user")).scalar()
        raise NotPermitted(rmsg.NOT_OWNER(database=database, user=user))


def _run(conn: Connection, statement: object) -> None:
    """Run a psycopg ``sql.Composed`` on ``conn``'s driver connection (it quotes the names)."""
    raw = conn.connection.driver_connection
    assert raw is not None
    with raw.cursor() as cursor:
        cursor.execute(statement)


def set_up_roles(conn: Connection, database: str) -> tuple[str, str]:
    """Create (or bring up to date) the reader and editor roles of ``conn``'s database and
    their rights; run again, it changes nothing more. Returns the two roles' names."""
    from psycopg import sql

    _check_owner(conn, database)
    db = str(conn.execute(text("SELECT current_database()")).scalar())
    reader, editor = role_name(db, "reader"), role_name(db, "editor")
    existing = set(
        conn.execute(
            text("SELECT rolname FROM pg_roles WHERE rolname IN (:r, :e)"),
            {"r": reader, "e": editor},
        ).scalars()
    )
    for name in (reader, editor):
        if name not in existing:
            _run(conn, sql.SQL("CREATE ROLE {} NOLOGIN").format(sql.Identifier(name)))
    r, e, d = sql.Identifier(reader), sql.Identifier(editor), sql.Identifier(db)
    statements = [
        sql.SQL("REVOKE CONNECT, TEMPORARY ON DATABASE {} FROM PUBLIC").format(d),
        sql.SQL("GRANT CONNECT ON DATABASE {} TO {}, {}").format(d, r, e),
        sql.SQL("REVOKE CREATE ON SCHEMA public FROM PUBLIC"),
        sql.SQL("GRANT USAGE ON SCHEMA public TO {}, {}").format(r, e),
        # the reader: read all, write only the venue's few columns
        sql.SQL("GRANT SELECT ON ALL TABLES IN SCHEMA public TO {}").format(r),
        # the editor: every record, no schema (alembic_version is the owner's)
        sql.SQL("GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO {}").format(
            e
        ),
        sql.SQL("REVOKE INSERT, UPDATE, DELETE ON {} FROM {}").format(
            sql.Identifier(SCHEMA_TABLE), e
        ),
        sql.SQL("GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO {}").format(e),
        # tables a later migration adds: the same rights
        sql.SQL("ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT ON TABLES TO {}").format(r),
        sql.SQL(
            "ALTER DEFAULT PRIVILEGES IN SCHEMA public "
            "GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO {}"
        ).format(e),
        sql.SQL(
            "ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT USAGE, SELECT ON SEQUENCES TO {}"
        ).format(e),
    ]
    tables = set(
        conn.execute(text("SELECT tablename FROM pg_tables WHERE schemaname = 'public'")).scalars()
    )
    for table, wanted in READER_UPDATES.items():
        # the columns the schema has (a database not yet upgraded lacks the newer ones; the
        # migration that adds one grants it to the reader)
        present = set(
            conn.execute(
                text(
                    "SELECT column_name FROM information_schema.columns "
                    "WHERE table_schema = 'public' AND table_name = :t"
                ),
                {"t": table},
            ).scalars()
        )
        columns = [c for c in wanted if c in present]
        if columns:
            statements.append(
                sql.SQL("GRANT UPDATE ({}) ON {} TO {}").format(
                    sql.SQL(", ").join(map(sql.Identifier, columns)), sql.Identifier(table), r
                )
            )
    for table in READER_INSERTS:
        if table in tables:
            statements.append(sql.SQL("GRANT INSERT ON {} TO {}").format(sql.Identifier(table), r))
            sequence = conn.execute(
                text("SELECT pg_get_serial_sequence(:t, 'id')"), {"t": f"public.{table}"}
            ).scalar()
            if sequence:
                statements.append(
                    sql.SQL("GRANT USAGE ON SEQUENCE {} TO {}").format(
                        sql.SQL(sequence),
                        r,  # already quoted by PostgreSQL
                    )
                )
    for statement in statements:
        _run(conn, statement)
    return reader, editor


def add_user(conn: Connection, database: str, name: str, role: RoleName, password: str) -> bool:
    """Create login ``name`` in ``role`` (or, when it is already one of this database's
    users, set its password and role). Returns whether it was created."""
    from psycopg import sql

    if not _USER_NAME.match(name):
        raise StoreError(rmsg.BAD_USER_NAME(name=name))
    if not password:
        raise StoreError(rmsg.EMPTY_PASSWORD())
    _check_owner(conn, database)
    db = str(conn.execute(text("SELECT current_database()")).scalar())
    set_up_roles(conn, database)
    ours = {role_name(db, r) for r in ROLES}
    exists = conn.execute(
        text("SELECT count(*) FROM pg_roles WHERE rolname = :n"), {"n": name}
    ).scalar()
    hashed = sql.Literal(scram_verifier(password))
    user = sql.Identifier(name)
    if exists:
        groups = set(_groups(conn, name))
        if not groups or not groups <= ours:
            raise StoreError(rmsg.USER_IS_NOT_OURS(name=name))
        _run(conn, sql.SQL("ALTER ROLE {} LOGIN PASSWORD {}").format(user, hashed))
        for group in groups - {role_name(db, role)}:
            _run(conn, sql.SQL("REVOKE {} FROM {}").format(sql.Identifier(group), user))
    else:
        _run(conn, sql.SQL("CREATE ROLE {} LOGIN PASSWORD {}").format(user, hashed))
    _run(conn, sql.SQL("GRANT {} TO {}").format(sql.Identifier(role_name(db, role)), user))
    return not exists


def _groups(conn: Connection, name: str) -> list[str]:
    return list(
        conn.execute(
            text(
                "SELECT g.rolname FROM pg_auth_members m "
                "JOIN pg_roles u ON u.oid = m.member JOIN pg_roles g ON g.oid = m.roleid "
                "WHERE u.rolname = :n"
            ),
            {"n": name},
        ).scalars()
    )


def list_users(conn: Connection) -> list[ServerUser]:
    """This database's users: the logins that are members of its reader or editor role."""
    db = str(conn.execute(text("SELECT current_database()")).scalar())
    rows = conn.execute(
        text(
            "SELECT u.rolname, g.rolname, u.rolcanlogin FROM pg_auth_members m "
            "JOIN pg_roles u ON u.oid = m.member JOIN pg_roles g ON g.oid = m.roleid "
            "WHERE g.rolname IN (:r, :e) ORDER BY u.rolname"
        ),
        {"r": role_name(db, "reader"), "e": role_name(db, "editor")},
    ).all()
    return [
        ServerUser(name=u, role=g.removeprefix(f"{db}_"), can_log_in=bool(login))
        for u, g, login in rows
    ]


def scram_verifier(password: str, *, salt: bytes | None = None) -> str:
    """PostgreSQL's SCRAM-SHA-256 verifier of ``password`` (what CREATE ROLE … PASSWORD
    accepts in place of the password itself, RFC 5803)."""
    salt = salt if salt is not None else os.urandom(16)
    salted = hashlib.pbkdf2_hmac("sha256", password.encode("utf-8"), salt, _SCRAM_ITERATIONS)
    client_key = hmac.new(salted, b"Client Key", hashlib.sha256).digest()
    stored_key = hashlib.sha256(client_key).digest()
    server_key = hmac.new(salted, b"Server Key", hashlib.sha256).digest()

    def b64(data: bytes) -> str:
        return base64.b64encode(data).decode("ascii")

    return f"SCRAM-SHA-256${_SCRAM_ITERATIONS}:{b64(salt)}${b64(stored_key)}:{b64(server_key)}"
