"""Shared fixtures: a private Ponte home per test, and stores on SQLite and (when a server is
given in PONTE_TEST_PG_URL) on a fresh PostgreSQL database per test."""

from __future__ import annotations

import functools
import os
import ssl
import uuid
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

# Qt must never look for a screen in the tests; set before anything imports PySide6.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import keyring
import trustme
from pytestqt.qtbot import QtBot
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

from app.common.paths import Paths
from app.store import Store, open_store, parse_location
from tests import demo_support, smtp_support
from tests.smtp_support import Inbox, LocalController, MemoryKeyring, Server, authenticate

# A window test waits for what the window does (a page loading on its worker, a reload after a
# save), never for how fast: on a loaded 2-core CI machine a page of the demo took more than
# pytest-qt's default 5 s to load (issue 17's CI). Every qtbot.waitUntil without a timeout of
# its own waits up to PATIENT_MS; a test that means a bound on speed gives it explicitly.
PATIENT_MS = 15_000
_wait_until = QtBot.waitUntil


def _patient_wait_until(
    self: QtBot, callback: Callable[[], bool | None], *, timeout: int = PATIENT_MS
) -> None:
    _wait_until(self, callback, timeout=timeout)


QtBot.waitUntil = _patient_wait_until  # type: ignore[method-assign]

PG_URL = os.environ.get(
    "PONTE_TEST_PG_URL"
)  # e.g. postgresql+psycopg://postgres@127.0.0.1:54329/postgres


@pytest.fixture
def paths(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Paths:
    """Ponte's folders inside the test's temp dir; PONTE_HOME points there for subprocesses too."""
    monkeypatch.setenv("PONTE_HOME", str(tmp_path / "home"))
    return Paths.for_user()


@pytest.fixture
def sqlite_path(tmp_path: Path) -> Path:
    return tmp_path / "mission.sqlite"


@pytest.fixture
def pg_url() -> Iterator[str]:
    """A URL to a new, empty PostgreSQL database, dropped after the test."""
    if not PG_URL:
        pytest.skip("PONTE_TEST_PG_URL is not set (scripts/test.sh starts a server)")
    admin_url = make_url(PG_URL)
    name = f"{demo_support.TEST_DB_PREFIX}{uuid.uuid4().hex[:12]}"
    admin = create_engine(admin_url, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f"CREATE DATABASE \"{name}\" ENCODING 'UTF8' TEMPLATE template0"))
    try:
        yield admin_url.set(database=name).render_as_string(hide_password=False)
    finally:
        with admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def db_target(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """A database target (file path or URL) on each backend Ponte supports."""
    if request.param == "sqlite":
        return str(tmp_path / "store.sqlite")
    return str(request.getfixturevalue("pg_url"))


@pytest.fixture(scope="session")
def empty_sqlite_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """An empty, migrated Ponte SQLite file, made once: running the migrations takes longer
    than copying it. Never open it: copy it."""
    return demo_support.build_empty_sqlite_template(tmp_path_factory.mktemp("empty-template"))


@pytest.fixture
def store(db_target: str, paths: Paths, empty_sqlite_template: Path) -> Iterator[Store]:
    """An open, empty, migrated Ponte store on each backend (on SQLite, a copy of a file
    migrated once per session; on PostgreSQL, migrated here)."""
    path = parse_location(db_target).path
    if path is not None:
        demo_support.copy_sqlite(empty_sqlite_template, path)
    s = open_store(db_target, paths=paths)
    try:
        yield s
    finally:
        s.close()


# --- the demo missions, written once per session and copied per test (tests/demo_support.py) ---


@pytest.fixture(scope="session")
def demo_sqlite_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """An SQLite file holding the demo missions, for this session. Never open it: copy it."""
    return demo_support.build_sqlite_template(tmp_path_factory.mktemp("demo-template"))


@pytest.fixture(scope="session")
def demo_pg_template(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """A PostgreSQL database holding the demo missions, for this session: a template to copy."""
    if not PG_URL:
        pytest.skip("PONTE_TEST_PG_URL is not set (scripts/test.sh starts a server)")
    name = demo_support.build_pg_template(PG_URL, tmp_path_factory.mktemp("demo-pg-template"))
    try:
        yield name
    finally:
        demo_support.drop_pg_database(PG_URL, name)


@pytest.fixture
def copy_demo(demo_sqlite_template: Path) -> demo_support.CopyDemo:
    """``copy_demo(path)`` makes ``path`` a new SQLite file holding the demo missions, as
    ``write_demo`` would into a new store there (migrated, both missions, nothing else)."""
    return functools.partial(demo_support.copy_sqlite, demo_sqlite_template)


@pytest.fixture
def load_demo(request: pytest.FixtureRequest) -> demo_support.LoadDemo:
    """``load_demo(store)`` replaces everything in a test's empty store (the ``store``
    fixture, either backend) with the demo missions: what ``write_demo(store)`` would write,
    copied from the session's template instead of written again."""

    def load(store: Store) -> None:
        store.engine.dispose()  # no connection may stay on the database being replaced
        if store.location.path is not None:
            template = request.getfixturevalue("demo_sqlite_template")
            demo_support.copy_sqlite(template, store.location.path)
        else:
            assert PG_URL is not None
            template = request.getfixturevalue("demo_pg_template")
            name = store.engine.url.database
            assert name is not None
            demo_support.replace_pg_database(PG_URL, name, template)

    return load


# --- mail: a real SMTP server on 127.0.0.1 and a keyring in memory (tests/smtp_support.py) ---


@functools.cache
def _test_ca() -> trustme.CA:
    return trustme.CA()


@pytest.fixture
def plain_server() -> Iterator[Server]:
    """No TLS, no login: the simplest server, for the batch's logic."""
    inbox = Inbox()
    controller = LocalController(inbox)
    controller.start()
    try:
        yield Server(inbox, controller.port, None, None)
    finally:
        controller.stop()


@pytest.fixture
def tls_server(tmp_path: Path) -> Iterator[Server]:
    """STARTTLS required before the login, which is required before mail."""
    ca = _test_ca()
    inbox = Inbox()
    server_ctx = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    ca.issue_cert("127.0.0.1").configure_cert(server_ctx)
    client_ctx = ssl.create_default_context()
    ca.configure_trust(client_ctx)
    ca_file = tmp_path / "ca.pem"
    ca.cert_pem.write_to_path(str(ca_file))
    controller = LocalController(
        inbox,
        tls_context=server_ctx,
        require_starttls=True,
        auth_required=True,
        auth_require_tls=True,
        authenticator=authenticate,
    )
    controller.start()
    try:
        yield Server(inbox, controller.port, client_ctx, ca_file)
    finally:
        controller.stop()


@pytest.fixture
def refused_port() -> Iterator[int]:
    """A port on 127.0.0.1 that refuses connections for the whole test."""
    yield from smtp_support.refused_port()


@pytest.fixture
def memory_keyring() -> Iterator[MemoryKeyring]:
    before = keyring.get_keyring()
    ring = MemoryKeyring()
    keyring.set_keyring(ring)
    try:
        yield ring
    finally:
        keyring.set_keyring(before)


@pytest.fixture
def japanese(qapp: Any) -> Iterator[None]:
    """The window in Japanese for one test (tests/ui_support.py's window_language)."""
    from tests.ui_support import window_language

    with window_language("ja"):
        yield
