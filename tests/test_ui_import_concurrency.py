"""The Import dialog while another coordinator holds the mission (app.store.mission_lock):
the import waits off the UI thread (the window keeps answering), says whom it waits for,
and after the lock timeout says who holds the mission and that nothing was written; once
they are done, the same import goes through."""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QTimer
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from app.common.paths import Paths
from app.model import Participant
from app.store import Store, open_store
from app.store.mission_lock import Operation, lock_mission
from tests import demo_support
from tests.factories import mission
from tests.ui_support import close_context, make_context
from ui.context import AppContext
from ui.dialogs.import_wizard import ImportDialog
from ui.i18n import install_translators

HOLDER = "Mario Rossi"


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def target(request: pytest.FixtureRequest, tmp_path: Path, empty_sqlite_template: Path) -> str:
    if request.param == "sqlite":
        return str(demo_support.copy_sqlite(empty_sqlite_template, tmp_path / "shared.sqlite"))
    return str(request.getfixturevalue("pg_url"))


@pytest.fixture
def holder(target: str, paths: Paths) -> Iterator[Store]:
    """The other coordinator's Ponte."""
    store = open_store(target, paths=paths)
    store.actor = HOLDER
    try:
        yield store
    finally:
        store.close()


@pytest.fixture
def ctx(qtbot: QtBot, target: str, paths: Paths, holder: Store) -> Iterator[AppContext]:
    """This coordinator's window, in English, waiting at most 1.5 s for a lock."""
    store = open_store(target, paths=paths, busy_timeout=1.5)
    store.actor = "山田 花子"
    with store.session() as s:
        mission_id = mission(s).id
    app = QCoreApplication.instance()
    assert app is not None
    translators = install_translators(app, "en")
    context = make_context(paths, store, mission_id)
    try:
        yield context
    finally:
        close_context(qtbot, context)
        store.close()
        for t in translators:
            with contextlib.suppress(RuntimeError):
                app.removeTranslator(t)


def _people(store: Store) -> int:
    with store.session() as s:
        return s.scalar(select(func.count()).select_from(Participant)) or 0


def _previewed(qtbot: QtBot, ctx: AppContext, tmp_path: Path) -> ImportDialog:
    path = tmp_path / "iscritti.csv"
    path.write_text(
        "Cognome,Nome,Azienda\nBertè,Niccolò,Meccanica Subalpina\nRossi,Paola,Officine Dora\n"
        "Tanaka,Hiroshi,Hatcho\n",
        encoding="utf-8",
    )
    dialog = ImportDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.path_edit.setText(str(path))
    dialog.read_file()
    qtbot.waitUntil(lambda: not dialog.busy(), timeout=30_000)
    dialog.next()
    dialog.next()
    qtbot.waitUntil(lambda: not dialog.busy(), timeout=30_000)
    assert dialog.summary.text().startswith("New: 3.")
    return dialog


def test_the_import_waits_names_the_holder_and_the_window_keeps_answering(
    qtbot: QtBot, ctx: AppContext, holder: Store, tmp_path: Path
) -> None:
    dialog = _previewed(qtbot, ctx, tmp_path)
    assert ctx.mission_id is not None and ctx.store is not None
    ticks: list[int] = []
    timer = QTimer()
    timer.timeout.connect(lambda: ticks.append(1))
    timer.start(50)
    named = holder.location.path is None  # PostgreSQL says who; SQLite cannot know
    doing = f"{HOLDER} is importing into this mission"
    busy = (
        f"{doing}; try again when it is done."
        if named
        else f"Another program is writing to {holder.location.display()}; try again in a moment."
    )
    with holder.session() as s:
        lock_mission(holder, s, ctx.mission_id, Operation.IMPORT)
        dialog.import_button.click()
        assert dialog.busy()
        if named:
            waited = f"{doing}; waiting for it to finish…"
            qtbot.waitUntil(lambda: dialog.message.text() == waited, timeout=10_000)
        qtbot.waitUntil(lambda: not dialog.busy(), timeout=20_000)
        timer.stop()
        assert dialog.message.text() == busy
        assert len(ticks) >= 10, "the window froze while the import waited"
        assert dialog.import_button.isEnabled()  # nothing done: it may be tried again
    assert _people(ctx.store) == 0
    dialog.import_button.click()
    qtbot.waitUntil(lambda: not dialog.busy(), timeout=20_000)
    assert dialog.message.text() == "Imported: 3 new, 0 updated."
    assert _people(ctx.store) == 3
