"""The demo missions written once per test session and copied for each test.

``write_demo`` into a freshly migrated database costs about a second (more on a busy machine),
and dozens of tests start from it. So the session builds it once: an SQLite file, and (when a
PostgreSQL server is given) a template database; each test then gets its own copy, which it may
change at will. The fixtures are in conftest.py: ``demo_sqlite_template``, ``copy_demo``,
``load_demo``.
"""

from __future__ import annotations

import os
import sqlite3
import uuid
from collections.abc import Callable
from pathlib import Path

from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

from app.common.paths import Paths
from app.demo import write_demo
from app.store import Store, open_store

LoadDemo = Callable[[Store], None]
"""The ``load_demo`` fixture: ``load_demo(store)`` puts the demo into a test's empty store."""
CopyDemo = Callable[[Path], Path]
"""The ``copy_demo`` fixture: ``copy_demo(path)`` makes ``path`` an SQLite file of the demo."""

# Every database the fixtures make on the test server starts with this; load_demo refuses others.
TEST_DB_PREFIX = "ponte_test_"


def build_empty_sqlite_template(folder: Path) -> Path:
    """A new, empty, migrated Ponte SQLite file in ``folder`` (what ``open_store`` creates)."""
    path = folder / "empty-template.sqlite"
    open_store(path, paths=Paths.under(folder / "home")).close()
    return path


def build_sqlite_template(folder: Path) -> Path:
    """Write the demo into a new Ponte SQLite file in ``folder``; return its path."""
    path = folder / "demo-template.sqlite"
    with open_store(path, paths=Paths.under(folder / "home")) as store:
        write_demo(store)
    return path


def copy_sqlite(template: Path, dest: Path) -> Path:
    """Copy the Ponte SQLite file ``template`` to ``dest`` (created, or overwritten in place).

    SQLite's backup API copies the pages as one consistent snapshot, whatever is still in the
    source's write-ahead log, and writes into ``dest`` as a transaction: connections already
    open on ``dest`` see the new content. The file is private (0600), as Ponte makes its own.
    """
    dest.parent.mkdir(parents=True, exist_ok=True)
    if not dest.exists():
        os.close(os.open(dest, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600))
    src = sqlite3.connect(f"{template.as_uri()}?mode=ro", uri=True)
    try:
        dst = sqlite3.connect(dest)
        try:
            src.backup(dst)
        finally:
            dst.close()
    finally:
        src.close()
    return dest


def build_pg_template(admin_url: str, folder: Path) -> str:
    """Create a database holding the demo on the server of ``admin_url``; return its name."""
    name = f"{TEST_DB_PREFIX}demo_template_{uuid.uuid4().hex[:12]}"
    admin = create_engine(make_url(admin_url), isolation_level="AUTOCOMMIT")
    try:
        with admin.connect() as conn:
            conn.execute(text(f"CREATE DATABASE \"{name}\" ENCODING 'UTF8' TEMPLATE template0"))
    finally:
        admin.dispose()
    url = make_url(admin_url).set(database=name).render_as_string(hide_password=False)
    # closed before it is copied: PostgreSQL copies no template that has a connection
    with open_store(url, paths=Paths.under(folder / "home")) as store:
        write_demo(store)
    return name


def replace_pg_database(admin_url: str, name: str, template: str) -> None:
    """Drop the database ``name`` and create it again as a copy of ``template``."""
    if not name.startswith(TEST_DB_PREFIX):
        raise ValueError(f"{name} is not a test database")
    admin = create_engine(make_url(admin_url), isolation_level="AUTOCOMMIT")
    try:
        with admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
            conn.execute(text(f'CREATE DATABASE "{name}" TEMPLATE "{template}"'))
    finally:
        admin.dispose()


def drop_pg_database(admin_url: str, name: str) -> None:
    """Drop the database ``name`` (the session's template, at the end)."""
    admin = create_engine(make_url(admin_url), isolation_level="AUTOCOMMIT")
    try:
        with admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
    finally:
        admin.dispose()
