"""Roles enforced by the database (``ponte server init``, ``ponte server user``), on a real
PostgreSQL server: a reader cannot change data even by raw SQL, except checking people in;
an editor changes records but not the schema; only the owner migrates."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from datetime import UTC, datetime

import alembic.command
import psycopg
import pytest
from click.testing import CliRunner
from sqlalchemy import create_engine, select, text
from sqlalchemy.engine import make_url

from app.cli import build_cli
from app.common.paths import Paths
from app.core.check_in_codes import badge_code
from app.model import Mission, Participant
from app.services.check_in import ScanKind, check_in, scan, undo_check_in
from app.services.server_roles import add_server_user, init_server, is_read_only, server_users
from app.store import NotPermitted, StoreError, migrate, open_store
from app.store.roles import set_up_roles
from tests import demo_support

pytestmark = pytest.mark.postgres


class Server:
    def __init__(self, owner_url: str, paths: Paths) -> None:
        self.owner_url = owner_url
        self.paths = paths
        self.database = str(make_url(owner_url).database)
        self.users: list[str] = []

    def user(self, role: str) -> tuple[str, str]:
        """A new login in ``role``: its name and a URL with its password."""
        name = f"{self.database}_{role[:1]}{len(self.users)}"
        password = uuid.uuid4().hex
        with open_store(self.owner_url, paths=self.paths) as store:
            add_server_user(store, name, role, password)  # type: ignore[arg-type]
        self.users.append(name)
        url = make_url(self.owner_url).set(username=name, password=password)
        return name, url.render_as_string(hide_password=False)

    def drop_roles(self) -> None:
        """Roles belong to the whole server, not to the database: they go with the test."""
        roles = [*self.users, f"{self.database}_reader", f"{self.database}_editor"]
        admin = create_engine(self.owner_url, isolation_level="AUTOCOMMIT")
        with admin.connect() as conn:
            conn.execute(
                text(
                    "SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                    "WHERE datname = current_database() AND pid <> pg_backend_pid()"
                )
            )
            for role in roles:
                conn.exec_driver_sql(f'DROP OWNED BY "{role}"')
                conn.exec_driver_sql(f'DROP ROLE "{role}"')
        admin.dispose()

    def raw(self, url: str) -> psycopg.Connection:
        """A plain psycopg connection, as psql would make: what any program could send."""
        return psycopg.connect(
            make_url(url).set(drivername="postgresql").render_as_string(hide_password=False),
            autocommit=True,
        )


@pytest.fixture
def server(pg_url: str, paths: Paths, load_demo: demo_support.LoadDemo) -> Iterator[Server]:
    store = open_store(pg_url, paths=paths)
    load_demo(store)
    store.close()
    init_server(pg_url, paths=paths)
    s = Server(pg_url, paths)
    try:
        yield s
    finally:
        s.drop_roles()


def _sqlstate(conn: psycopg.Connection, statement: str) -> str | None:
    try:
        conn.execute(statement)
    except psycopg.Error as exc:
        return exc.sqlstate
    return None


def test_init_twice_changes_nothing_more(server: Server) -> None:
    again = init_server(server.owner_url, paths=server.paths)
    assert (again.reader, again.editor) == (
        f"{server.database}_reader",
        f"{server.database}_editor",
    )
    reader, _ = server.user("reader")
    editor, _ = server.user("editor")
    init_server(server.owner_url, paths=server.paths)
    with open_store(server.owner_url, paths=server.paths) as store:
        listed = {(u.name, u.role) for u in server_users(store)}
    assert listed == {(reader, "reader"), (editor, "editor")}
    with open_store(server.owner_url, paths=server.paths) as store:
        # added again: a new password and the new role, not a second one
        assert not add_server_user(store, reader, "editor", "another password")
        assert {(u.name, u.role) for u in server_users(store)} == {
            (reader, "editor"),
            (editor, "editor"),
        }
        with pytest.raises(StoreError, match="other rights"):
            add_server_user(store, "postgres", "reader", "pw")  # not one of ours: left alone
        with pytest.raises(StoreError, match="cannot be a user name"):
            add_server_user(store, 'x"; DROP TABLE mission; --', "reader", "pw")


def test_a_reader_cannot_change_data_even_by_sql(server: Server) -> None:
    _, url = server.user("reader")
    with server.raw(url) as conn:
        assert conn.execute("SELECT count(*) FROM participant").fetchone()[0] > 0  # type: ignore[index]
        refused = [
            "INSERT INTO venue (mission_id, name) VALUES (1, 'Sala B')",
            "UPDATE participant SET email = 'x@example.org' WHERE id = 1",
            "UPDATE mission SET name = 'X'",
            "DELETE FROM meeting_request",
            "DELETE FROM participant WHERE id = 1",
            "TRUNCATE participant CASCADE",
            "CREATE TABLE mine (x int)",
            "DROP TABLE agenda_attendee",
            "UPDATE alembic_version SET version_num = '0001'",
            "UPDATE audit_entry SET who = 'someone else'",
            "DELETE FROM audit_entry",
        ]
        for statement in refused:
            assert _sqlstate(conn, statement) == "42501", statement
        # what the venue's desk does: check a person in, log it
        assert _sqlstate(
            conn, "UPDATE participant SET checked_in_at = now(), row_version = row_version + 1 "
            "WHERE id = 1",
        ) is None  # fmt: skip
        assert (
            _sqlstate(
                conn,
                "INSERT INTO audit_entry (at, who, db_user, table_name, action, fields) "
                "VALUES (now(), 'desk', current_user, 'participant', 'update', '[]')",
            )
            is None
        )


def test_a_reader_through_ponte_reads_checks_in_and_is_told_the_rest(server: Server) -> None:
    _, url = server.user("reader")
    with open_store(server.owner_url, paths=server.paths) as owner, owner.snapshot() as s:
        token = s.get(Participant, 3).check_in_token  # type: ignore[union-attr]
    with open_store(url, paths=server.paths) as store:
        assert is_read_only(store)
        done = check_in(store, 2, at=datetime(2027, 10, 12, 0, 15, tzinfo=UTC))
        assert not done.already
        # the desk's scan and undo (a row locked FOR UPDATE, then written) are a reader's too
        assert scan(store, 1, badge_code(token) + "\r\n").kind is ScanKind.CHECKED_IN
        assert undo_check_in(store, 1, 3).kind is ScanKind.UNDONE
        with pytest.raises(NotPermitted) as refused, store.session() as s:
            mission = s.get(Mission, 1)
            assert mission is not None
            mission.name = "Renamed"
        assert "check people in and mark meetings" in refused.value.text("en")
        assert "registrare gli arrivi" in refused.value.text("it")
        assert "編集者のアカウント" in refused.value.text("ja")
    with open_store(server.owner_url, paths=server.paths) as owner, owner.snapshot() as s:
        assert s.get(Mission, 1).name != "Renamed"  # type: ignore[union-attr]
        assert s.get(Participant, 2).checked_in_at is not None  # type: ignore[union-attr]


def test_an_editor_edits_records_but_not_the_schema(server: Server) -> None:
    _, url = server.user("editor")
    with open_store(url, paths=server.paths) as store:
        assert not is_read_only(store)
        with store.session() as s:
            person = s.get(Participant, 3)
            assert person is not None
            person.phone = "+81 52 000 0000"
    with server.raw(url) as conn:
        new_venue = (
            "INSERT INTO venue (mission_id, name, address, city, timezone) "
            "VALUES (1, 'Sala B', '', 'Nagoya', 'Asia/Tokyo')"
        )
        assert _sqlstate(conn, new_venue) is None
        assert _sqlstate(conn, "DELETE FROM venue WHERE name = 'Sala B'") is None
        for statement in (
            "CREATE TABLE mine (x int)",
            "ALTER TABLE participant ADD COLUMN extra int",
            "DROP TABLE agenda_attendee",
            "UPDATE alembic_version SET version_num = '0001'",
        ):
            assert _sqlstate(conn, statement) == "42501", statement


def test_only_the_owner_migrates(server: Server) -> None:
    _, editor = server.user("editor")
    _, reader = server.user("reader")
    owner = create_engine(server.owner_url)
    with owner.begin() as conn:
        alembic.command.downgrade(migrate.alembic_config(conn), "0009")
    owner.dispose()
    for url in (editor, reader):
        with pytest.raises(NotPermitted) as refused:
            open_store(url, paths=server.paths)
        assert "only its owner may do that" in refused.value.text("en")
        assert "所有者" in refused.value.text("ja")
    with open_store(server.owner_url, paths=server.paths) as store, store.snapshot() as s:
        assert migrate.current_revision(s.connection()) == migrate.head_revision()
    # the table the upgrade added is readable by both roles (default privileges)
    with open_store(reader, paths=server.paths) as store, store.snapshot() as s:
        assert s.execute(text("SELECT count(*) FROM offline_origin")).scalar() == 0


def test_nobody_else_may_connect(server: Server) -> None:
    outsider = f"{server.database}_x"
    admin = create_engine(server.owner_url, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.exec_driver_sql(f"CREATE ROLE \"{outsider}\" LOGIN PASSWORD 'pw'")
    admin.dispose()
    server.users.append(outsider)
    url = make_url(server.owner_url).set(username=outsider, password="pw")
    with pytest.raises(psycopg.OperationalError, match="permission denied"):
        server.raw(url.render_as_string(hide_password=False)).close()


def test_the_commands_print_nothing_secret(server: Server, monkeypatch: pytest.MonkeyPatch) -> None:
    cli = build_cli()
    name = f"{server.database}_desk"
    server.users.append(name)
    monkeypatch.setenv("PONTE_USER_PASSWORD", "tr0ub4dor&3")
    added = CliRunner().invoke(
        cli, ["server", "user", "add", name, "--role", "reader", "--db", server.owner_url]
    )
    assert added.exit_code == 0, added.output
    assert f"Created user {name} (reader)" in added.output
    listed = CliRunner().invoke(cli, ["server", "user", "list", "--db", server.owner_url])
    assert name in listed.output and "reader" in listed.output
    init = CliRunner().invoke(cli, ["server", "init", "--db", server.owner_url])
    assert init.exit_code == 0 and f"{server.database}_reader" in init.output
    url = make_url(server.owner_url).set(username=name, password="tr0ub4dor&3")
    desk = url.render_as_string(hide_password=False)
    checked = CliRunner().invoke(cli, ["check-in", "--db", desk, "4"])
    assert checked.exit_code == 0, checked.output
    assert "checked in at" in checked.output
    refused = CliRunner().invoke(cli, ["mission", "edit", "--db", desk, "--mission", "1",
                                       "--name", "X"])  # fmt: skip
    assert refused.exit_code == 1 and "check people in and mark meetings" in refused.output
    for result in (added, listed, init, checked, refused):
        assert "tr0ub4dor" not in result.output
    with open_store(server.owner_url, paths=server.paths) as store, store.snapshot() as s:
        assert s.scalar(select(Participant.checked_in_at).where(Participant.id == 4))


def test_a_server_set_up_before_0012_lets_its_readers_mark_meetings(
    pg_url: str, paths: Paths
) -> None:
    """Roles set up at schema 0011, then the upgrade: the reader may write the note and the
    time of a mark too (the columns came with 0012, after the column grants were made)."""
    engine = create_engine(pg_url)
    with engine.begin() as conn:
        migrate.upgrade(conn, "0011")
    engine.dispose()
    old = Server(pg_url, paths)
    try:
        engine = create_engine(pg_url)
        with engine.begin() as conn:
            set_up_roles(conn, old.database)
        engine.dispose()
        with open_store(pg_url, paths=paths) as store, store.session() as s:
            allowed = s.execute(
                text(
                    "SELECT has_column_privilege(:r, 'meeting', c, 'UPDATE') "
                    "FROM unnest(ARRAY['status', 'status_note', 'status_at']) AS c"
                ),
                {"r": f"{old.database}_reader"},
            ).scalars()
            assert list(allowed) == [True, True, True]
    finally:
        old.drop_roles()
