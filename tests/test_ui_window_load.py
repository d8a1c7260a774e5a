"""The window on a big mission (issue 14, item 7): what the whole window does when a mission
is opened and after one save, beyond the Participants page itself. Pages hidden behind the
one shown do not load until shown; the saved row's read goes ahead of whatever else waits for
the database worker; the mission's people are offered in checklists through models (no item
per person built on the UI thread); the heap is frozen once a mission has loaded."""

from __future__ import annotations

import gc
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QListWidgetItem
from pytestqt.qtbot import QtBot

from app.common.paths import Paths
from app.common.settings import Settings
from app.services.delegations import OrganisationChoice, PersonChoice
from app.store import Store
from tests import test_ui_big_lists
from tests.test_ui_people_pages import Seeded
from tests.ui_support import window_language
from ui.application import Shell, build_shell
from ui.heap import HeapKeeper
from ui.pages.base import Page
from ui.pages.mission import MissionPage
from ui.pages.participants import ParticipantsPage
from ui.runner import DbRunner

db = test_ui_big_lists.db  # the people pages' mission grown to 3,000 participants
BIG = test_ui_big_lists.BIG


@pytest.fixture
def shell(qtbot: QtBot, paths: Paths) -> Iterator[Shell]:
    with window_language("en"):
        built = build_shell(paths, Settings(), persist=False)
        built.window.resize(1400, 900)
        built.window.show()
        qtbot.waitExposed(built.window)
        try:
            yield built
        finally:
            qtbot.waitUntil(lambda: not built.ctx.runner.is_busy(), timeout=30_000)
            built.close()


def loads_of(pages: list[Page]) -> dict[str, int]:
    """How many times each page's rows were loaded from now on (by the page's id)."""
    counts = {page.page_id: 0 for page in pages}
    for page in pages:
        loader = getattr(page, "loader", None)
        if loader is not None:
            loader.loaded.connect(
                lambda _r, key=page.page_id: counts.__setitem__(key, counts[key] + 1)
            )
    return counts


def open_on_participants(
    qtbot: QtBot, shell: Shell, sqlite_path: Path, mission_id: int
) -> ParticipantsPage:
    """Open the mission, the Participants page shown: every page built (as after a visit)."""
    window = shell.window
    window.pages()
    window.show_page_id("participants")
    page = window.stack.currentWidget()
    assert isinstance(page, ParticipantsPage)
    shell.controller.open_database(str(sqlite_path), create=False, mission_id=mission_id)
    qtbot.waitUntil(
        lambda: (
            shell.ctx.mission_id == mission_id
            and page.model.total() == BIG
            and page.ready()
            and not shell.ctx.runner.is_busy()
        ),
        timeout=60_000,
    )
    return page


def test_hidden_pages_load_when_shown_not_on_open_nor_after_a_save(
    qtbot: QtBot, shell: Shell, db: tuple[Store, Seeded], sqlite_path: Path
) -> None:
    _store, seeded = db
    others = [p for p in shell.window.pages() if not isinstance(p, ParticipantsPage)]
    loads = loads_of(others)
    mission = next(p for p in others if isinstance(p, MissionPage))
    page = open_on_participants(qtbot, shell, sqlite_path, seeded.mission_id)
    assert sum(loads.values()) == 0, loads  # nothing loaded behind the page shown
    assert not mission.ready()  # the Mission page waits to be shown

    # one participant saved: the saved row is read ahead of anything waiting, alone
    runs: list[dict[str, Any]] = []
    run = shell.ctx.runner.run

    def counted(job: Any, *args: Any, **kwargs: Any) -> Any:
        runs.append(kwargs)
        return run(job, *args, **kwargs)

    shell.ctx.runner.run = counted  # type: ignore[method-assign]
    row = page.proxy.row_of_id(seeded.rossi_id)
    assert row is not None
    page.table.selectRow(row)
    qtbot.waitUntil(
        lambda: page.editor.record_id() == seeded.rossi_id and not page.editor.is_busy()
    )
    page.participant_form.title_field.setText("Direttore acquisti")
    page.editor.save()
    qtbot.waitUntil(
        lambda: (
            (page.proxy.row_at(page.proxy.row_of_id(seeded.rossi_id) or 0) or page).title
            == "Direttore acquisti"
        ),
        timeout=30_000,
    )
    qtbot.waitUntil(lambda: not shell.ctx.runner.is_busy(), timeout=30_000)
    assert sum(loads.values()) == 0, loads  # no hidden page reloaded after the save
    assert any(kwargs.get("first") for kwargs in runs)  # the saved row's read went first
    assert len(runs) <= 4, runs  # the save, its row, the editor's re-read: not every page

    # shown, each page loads once, and is ready
    for other in others:
        shell.window.show_page_id(other.page_id)
        qtbot.waitUntil(
            lambda p=other: p.ready() and not shell.ctx.runner.is_busy(),  # type: ignore[misc]
            timeout=60_000,
        )
        if getattr(other, "loader", None) is not None:
            assert loads[other.page_id] == 1, (other.page_id, loads)
    assert mission.ready() and mission.delegations.people_list.model().rowCount() == BIG


def test_a_job_asked_first_runs_before_those_waiting(qtbot: QtBot) -> None:
    runner = DbRunner()
    gate = threading.Event()
    order: list[str] = []
    try:
        runner.run(gate.wait)  # the worker is busy with this one
        for name in ("a", "b", "c"):
            runner.run(lambda n=name: order.append(n))  # type: ignore[misc]
        runner.run(lambda: order.append("saved row"), first=True)
        gate.set()
        qtbot.waitUntil(lambda: not runner.is_busy())
        assert order == ["saved row", "a", "b", "c"]
        assert runner.run(lambda: 42).result(timeout=5) == 42  # a future as before
    finally:
        gate.set()
        runner.shutdown()


def test_a_big_missions_people_are_not_one_item_each_in_the_checklists(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Counts, not time: the delegation editor and the programme item form offer 3,000 people
    without an item per person, and the view asks for the rows it shows only."""
    from ui.programme import form as programme_form
    from ui.setup import delegations_panel

    made = [0]

    class CountedItem(QListWidgetItem):
        def __init__(self, *args: Any) -> None:
            made[0] += 1
            super().__init__(*args)

    monkeypatch.setattr(delegations_panel, "QListWidgetItem", CountedItem)
    monkeypatch.setattr(programme_form, "QListWidgetItem", CountedItem, raising=False)
    people = [PersonChoice(id=n, label=f"Person {n:05d}", organisation_id=None) for n in range(BIG)]
    orgs = [OrganisationChoice(id=n, label=f"Company {n}", delegation_id=None) for n in range(50)]

    panel = delegations_panel.DelegationsPanel()
    qtbot.addWidget(panel)
    panel.resize(900, 500)
    panel.show()
    asked = [0]
    model = panel.people_list.model()
    original = type(model).data

    def counted(self: Any, index: Any, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        asked[0] += 1
        return original(self, index, role)

    monkeypatch.setattr(type(model), "data", counted)
    panel.set_data([], people, orgs)
    panel.new_delegation()
    qtbot.waitExposed(panel)
    qtbot.wait(50)
    assert model.rowCount() == BIG
    assert made[0] == 0 and asked[0] < 2000, (made[0], asked[0])

    form = programme_form.ParticipantChecklist()
    qtbot.addWidget(form)
    form.show()
    form.set_people([(p.id, p.label) for p in people])
    form.tick(7)
    form.set_people([(p.id, p.label) for p in people])  # a reload keeps who is ticked
    assert made[0] == 0
    assert form.ticked() == frozenset({7})
    form.search.setText("person 0001")
    assert form.shown_labels() == [f"Person {n:05d}" for n in (1, *range(10, 20))]


def test_the_heap_is_frozen_once_a_mission_has_loaded(
    qtbot: QtBot, shell: Shell, db: tuple[Store, Seeded], sqlite_path: Path
) -> None:
    keeper = shell.controller.findChild(HeapKeeper)
    assert isinstance(keeper, HeapKeeper)
    before = keeper.freezes
    try:
        open_on_participants(qtbot, shell, sqlite_path, db[1].mission_id)
        qtbot.waitUntil(lambda: keeper.freezes >= before + 2)  # opened, then loaded
        assert gc.get_freeze_count() > 0
    finally:
        gc.unfreeze()
