"""The window shows others' changes without a restart (on a file and on a server): a
participant another store adds appears in the open Participants list, the status bar names
who added it, and a form the coordinator is editing keeps their text. The history dialog
lists the changes."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from app.common.paths import Paths
from app.common.settings import Settings
from app.model import Participant
from app.store import Store
from tests.demo_support import LoadDemo
from tests.test_ui_people_pages import select as select_row
from tests.ui_support import type_text, window_language
from ui.application import Shell, build_shell
from ui.pages.participants import ParticipantsPage

MISSION = 1


@pytest.fixture
def shell(qtbot: QtBot, paths: Paths) -> Iterator[Shell]:
    with window_language("en"):
        built = build_shell(paths, Settings(coordinator_name="Mario Rossi"), persist=False)
        built.window.resize(1400, 900)
        built.window.show()
        qtbot.waitExposed(built.window)
        try:
            yield built
        finally:
            qtbot.waitUntil(lambda: not built.ctx.runner.is_busy(), timeout=30_000)
            built.close()


@pytest.fixture
def other(store: Store, load_demo: LoadDemo) -> Store:
    """Another coordinator's store on the demo (a file, or a database on the server)."""
    load_demo(store)
    store.actor = "Keiko Tanaka"
    return store


def count(store: Store) -> int:
    with store.session() as s:
        found = s.scalar(
            select(func.count()).select_from(Participant).where(Participant.mission_id == MISSION)
        )
    return int(found or 0)


def open_participants(qtbot: QtBot, shell: Shell, target: str, expected: int) -> ParticipantsPage:
    window = shell.window
    window.show_page_id("participants")
    page = window.stack.currentWidget()
    assert isinstance(page, ParticipantsPage)
    shell.controller.open_database(str(target), create=False, mission_id=MISSION)
    qtbot.waitUntil(
        lambda: (
            shell.ctx.mission_id == MISSION
            and page.model.total() == expected
            and page.ready()
            and not shell.ctx.runner.is_busy()
        ),
        timeout=30_000,
    )
    qtbot.waitUntil(window.live.is_watching, timeout=5_000)
    return page


def add_participant(store: Store, family_name: str) -> int:
    with store.session() as s:
        first = s.scalars(select(Participant).where(Participant.mission_id == MISSION)).first()
        assert first is not None
        new = Participant(
            mission_id=MISSION, organisation_id=first.organisation_id, family_name=family_name
        )
        s.add(new)
        s.flush()
        return new.id


def test_a_participant_added_elsewhere_appears_and_the_status_bar_names_who(
    qtbot: QtBot, shell: Shell, other: Store, db_target: str
) -> None:
    before = count(other)
    page = open_participants(qtbot, shell, db_target, before)
    new_id = add_participant(other, "Watanabe")
    qtbot.waitUntil(lambda: page.model.total() == before + 1, timeout=5_000)
    assert page.model.has_id(new_id)
    message = shell.window.statusBar().currentMessage()
    assert message.startswith("Updated by Keiko Tanaka at "), message


def test_a_form_under_edit_keeps_the_coordinators_text(
    qtbot: QtBot, shell: Shell, other: Store, db_target: str
) -> None:
    before = count(other)
    page = open_participants(qtbot, shell, db_target, before)
    with other.session() as s:
        editing = s.scalar(
            select(func.min(Participant.id)).where(Participant.mission_id == MISSION)
        )
    assert editing is not None
    select_row(qtbot, page, editing)
    form = page.participant_form
    form.family_name.setFocus()
    type_text(form.family_name, "X")
    typed = form.family_name.text()
    assert page.editor.is_dirty()
    with other.session() as s:  # another coordinator changes the same person's phone
        person = s.get(Participant, editing)
        assert person is not None
        person.phone = "+81 52 000 0000"
    add_participant(other, "Kato")
    qtbot.waitUntil(lambda: page.model.total() == before + 1, timeout=5_000)
    qtbot.waitUntil(lambda: not shell.ctx.runner.is_busy(), timeout=5_000)
    assert form.family_name.text() == typed and page.editor.is_dirty()
    assert page.editor.record_id() == editing


def test_our_own_change_is_not_announced_as_someone_elses(
    qtbot: QtBot, shell: Shell, other: Store, db_target: str
) -> None:
    before = count(other)
    open_participants(qtbot, shell, db_target, before)
    store = shell.ctx.store
    assert store is not None
    add_participant(store, "Ours")
    qtbot.wait(1_500)
    assert "Updated by" not in shell.window.statusBar().currentMessage()


def test_the_history_dialog_lists_who_changed_what(
    qtbot: QtBot, shell: Shell, other: Store, db_target: str
) -> None:
    open_participants(qtbot, shell, db_target, count(other))
    add_participant(other, "Watanabe")
    dialog = shell.window.open_history_dialog()
    assert dialog is not None
    qtbot.waitUntil(lambda: dialog.table.rowCount() > 0, timeout=10_000)
    newest = [dialog.table.item(0, c).text() for c in range(4)]  # type: ignore[union-attr]
    assert newest[2] == "Keiko Tanaka"
    assert newest[3] == "created participant Watanabe"
    assert "Asia/Tokyo" in dialog.table.horizontalHeaderItem(0).text()  # type: ignore[union-attr]
    dialog.close()


def test_the_windows_changes_are_by_the_settings_coordinator_or_by_as(
    qtbot: QtBot, shell: Shell, other: Store, db_target: str
) -> None:
    open_participants(qtbot, shell, db_target, count(other))
    assert shell.ctx.store is not None and shell.ctx.store.actor == "Mario Rossi"
    shell.ctx.actor = "Kenji Sato"  # what `ponte --as "Kenji Sato"` gives the window
    shell.controller.open_database(db_target, create=False, mission_id=MISSION)
    qtbot.waitUntil(
        lambda: shell.ctx.store is not None and shell.ctx.store.actor == "Kenji Sato",
        timeout=30_000,
    )
