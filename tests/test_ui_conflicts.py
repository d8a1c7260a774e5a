"""The conflict dialog, driven like a coordinator would (issue 16): the window edits a
participant, another coordinator (a second Store on the same file) saves a change to it
first, and the window's Save shows both versions field by field instead of overwriting."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from app.common.paths import Paths
from app.common.settings import Settings
from app.services import participants as people
from app.store import Store, open_store
from tests.test_ui_people_pages import Seeded, open_page, seed, select
from ui.bus import ChangeBus
from ui.context import AppContext
from ui.dialogs.conflict import ConflictDialog
from ui.pages.participants import ParticipantsPage
from ui.runner import DbRunner
from ui.undo import UndoFailed


@pytest.fixture
def two(paths: Paths, sqlite_path: Path) -> Iterator[tuple[Store, Store, Seeded]]:
    """The window's store and another coordinator's, on one file."""
    mine = open_store(sqlite_path, paths=paths)
    theirs = open_store(sqlite_path, paths=paths, create=False)
    theirs.actor = "Aiko Tanaka"
    try:
        yield mine, theirs, seed(mine)
    finally:
        theirs.close()
        mine.close()


@pytest.fixture
def ctx(qtbot: QtBot, paths: Paths, two: tuple[Store, Store, Seeded]) -> Iterator[AppContext]:
    store, _theirs, seeded = two
    runner = DbRunner()
    context = AppContext(
        paths=paths,
        settings=Settings(),
        runner=runner,
        bus=ChangeBus(),
        undo=QUndoStack(),
        store=store,
        mission_id=seeded.mission_id,
    )
    try:
        yield context
    finally:
        qtbot.waitUntil(lambda: not runner.is_busy())
        context.undo.clear()
        runner.shutdown()


def _they_change(theirs: Store, person: int, **values: object) -> None:
    base = people.load_participant(theirs, person)
    people.update_participant(theirs, person, replace(base.values, **values), base=base)


def _page_with_phone_typed(
    qtbot: QtBot, ctx: AppContext, seeded: Seeded, theirs: Store
) -> ParticipantsPage:
    page = open_page(qtbot, ParticipantsPage(ctx))
    assert isinstance(page, ParticipantsPage)
    select(qtbot, page, seeded.rossi_id)
    page.participant_form.phone.setText("+39 011 555 0101")
    _they_change(theirs, seeded.rossi_id, email="chiara.rossi@fiat.example")
    qtbot.mouseClick(page.editor.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.editor.conflict_dialog is not None)
    return page


def test_save_shows_both_versions_and_saves_the_choice(
    qtbot: QtBot, ctx: AppContext, two: tuple[Store, Store, Seeded], tmp_path: Path
) -> None:
    store, theirs, seeded = two
    before = people.get_participant(store, seeded.rossi_id).email
    page = _page_with_phone_typed(qtbot, ctx, seeded, theirs)
    dialog = page.editor.conflict_dialog
    assert isinstance(dialog, ConflictDialog)
    assert set(dialog.theirs_buttons) == {"email"}  # the phone is not theirs: no question
    assert dialog.theirs_buttons["email"].isChecked()  # untouched here: theirs by default
    assert dialog.theirs_buttons["email"].text() == "chiara.rossi@fiat.example"
    assert dialog.yours_buttons["email"].text() == before
    assert "Nothing was saved" in dialog.refused.text("en")
    assert ctx.undo.count() == 0
    dialog.grab().save(str(tmp_path / "conflict-en.png"))
    assert (tmp_path / "conflict-en.png").stat().st_size > 1000
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: ctx.undo.count() == 1 and not page.editor.is_busy())
    saved = people.get_participant(theirs, seeded.rossi_id)
    assert (saved.email, saved.phone) == ("chiara.rossi@fiat.example", "+39 011 555 0101")
    assert not page.editor.is_dirty()
    assert page.participant_form.email.text() == "chiara.rossi@fiat.example"


def test_choosing_yours_keeps_your_value(
    qtbot: QtBot, ctx: AppContext, two: tuple[Store, Store, Seeded]
) -> None:
    store, theirs, seeded = two
    before = people.get_participant(store, seeded.rossi_id).email
    page = _page_with_phone_typed(qtbot, ctx, seeded, theirs)
    dialog = page.editor.conflict_dialog
    assert dialog is not None
    dialog.yours_buttons["email"].setChecked(True)
    dialog.accept()
    qtbot.waitUntil(lambda: ctx.undo.count() == 1 and not page.editor.is_busy())
    saved = people.get_participant(theirs, seeded.rossi_id)
    assert (saved.email, saved.phone) == (before, "+39 011 555 0101")


def test_cancel_keeps_the_typed_text_and_saves_nothing(
    qtbot: QtBot, ctx: AppContext, two: tuple[Store, Store, Seeded]
) -> None:
    _store, theirs, seeded = two
    page = _page_with_phone_typed(qtbot, ctx, seeded, theirs)
    form = page.participant_form
    form.title_field.setText("CTO")  # typing while the dialog is open is kept too
    dialog = page.editor.conflict_dialog
    assert dialog is not None
    dialog.reject()
    qtbot.waitUntil(lambda: page.editor.conflict_dialog is None)
    assert form.phone.text() == "+39 011 555 0101" and form.title_field.text() == "CTO"
    assert page.editor.is_dirty() and ctx.undo.count() == 0
    assert "Save compares them again" in form.error_text("")
    assert people.get_participant(theirs, seeded.rossi_id).phone != "+39 011 555 0101"
    # Save again: asked again (their change is still unseen by this form)
    qtbot.mouseClick(page.editor.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.editor.conflict_dialog is not None)
    page.editor.conflict_dialog.reject()  # type: ignore[union-attr]


def test_undo_after_the_others_change_is_refused_with_a_message(
    qtbot: QtBot, ctx: AppContext, two: tuple[Store, Store, Seeded]
) -> None:
    store, theirs, seeded = two
    page = open_page(qtbot, ParticipantsPage(ctx))
    assert isinstance(page, ParticipantsPage)
    select(qtbot, page, seeded.rossi_id)
    page.participant_form.title_field.setText("CTO")
    qtbot.mouseClick(page.editor.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: ctx.undo.count() == 1 and not page.editor.is_busy())
    _they_change(theirs, seeded.rossi_id, title="Chief Technology Officer")
    failures: list[BaseException] = []
    ctx.runner.failed.connect(failures.append)
    ctx.undo.undo()
    qtbot.waitUntil(lambda: bool(failures))
    assert isinstance(failures[0], UndoFailed)
    assert "would overwrite their changes" in str(failures[0])
    assert people.get_participant(store, seeded.rossi_id).title == "Chief Technology Officer"


def test_dialog_headings_name_who_and_when(qtbot: QtBot) -> None:
    """The "Theirs" column names the other coordinator and the time where it is known."""
    from datetime import UTC, datetime

    from app.core.conflicts import STALE_BY, FieldDifference, Loaded, StaleRecord
    from app.services.participants import ParticipantData

    data = ParticipantData(family_name="Rossi", email="a@x.example")
    refused = StaleRecord(
        STALE_BY(
            who="Aiko", record="Participant", id=1, when="2027-10-05 09:00 UTC", fields="email"
        ),
        record_id=1,
        differences=[FieldDifference("email", "a@x.example", "b@x.example", "a@x.example")],
        theirs=Loaded(replace(data, email="b@x.example"), 2),
        who="Aiko",
        when=datetime(2027, 10, 5, 9, 0, tzinfo=UTC),
    )
    dialog = ConflictDialog(refused, lambda name: name.title(), lambda _n, v: str(v))
    qtbot.addWidget(dialog)
    headings = [label.text() for label in dialog.findChildren(QLabel)]
    assert any(h.startswith("Theirs (Aiko, 2027-10-0") for h in headings)
    assert "When you opened it" in headings and "Yours" in headings
    assert dialog.choices() == {"email": "b@x.example"}


def test_mission_page_save_after_the_others_change_asks_and_keeps_both(
    qtbot: QtBot, paths: Paths, two: tuple[Store, Store, Seeded]
) -> None:
    """The Mission page: the organiser changed elsewhere, the host city here; Save shows the
    organiser field, Save the chosen values keeps both; Cancel keeps what was typed."""
    from app.core.conflicts import Loaded
    from app.services.missions import get_mission, mission_draft, update_mission
    from tests.ui_support import close_context, make_context
    from ui.pages.mission import MissionPage

    store, theirs, seeded = two
    ctx = make_context(paths, store, seeded.mission_id)
    try:
        page = MissionPage(ctx)
        qtbot.addWidget(page)
        page.show()
        qtbot.waitUntil(lambda: page.ready() and page.form.shown_row() is not None)
        page.form.city_edit.setText("Nagoya-shi")
        row = get_mission(theirs, seeded.mission_id)
        assert row is not None
        base = Loaded(mission_draft(row))
        update_mission(
            theirs, seeded.mission_id, replace(base.values, organiser="JETRO"), base=base
        )
        qtbot.mouseClick(page.form.save_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: page.conflict_dialog is not None)
        dialog = page.conflict_dialog
        assert dialog is not None and set(dialog.theirs_buttons) == {"organiser"}
        assert dialog.theirs_buttons["organiser"].text() == "JETRO"
        dialog.reject()
        qtbot.waitUntil(lambda: page.conflict_dialog is None)
        assert page.form.city_edit.text() == "Nagoya-shi"
        assert "Save compares them again" in page.form.general_error.text()
        qtbot.mouseClick(page.form.save_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: page.conflict_dialog is not None)
        page.conflict_dialog.accept()  # type: ignore[union-attr]
        qtbot.waitUntil(
            lambda: (
                page.form.shown_row() is not None
                and page.form.shown_row().host_city == "Nagoya-shi"
            )
        )  # type: ignore[union-attr]
        saved = get_mission(theirs, seeded.mission_id)
        assert saved is not None and (saved.host_city, saved.organiser) == ("Nagoya-shi", "JETRO")
    finally:
        close_context(qtbot, ctx)


def test_undo_of_an_addition_the_other_edited_since_is_refused(
    qtbot: QtBot, ctx: AppContext, two: tuple[Store, Store, Seeded]
) -> None:
    """Undoing "Add participant" would delete the other coordinator's edits with it."""
    store, theirs, _seeded = two
    page = open_page(qtbot, ParticipantsPage(ctx))
    assert isinstance(page, ParticipantsPage)
    page.editor.start_new()
    page.participant_form.family_name.setText("Bianchi")
    qtbot.mouseClick(page.editor.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: ctx.undo.count() == 1 and not page.editor.is_busy())
    new_id = page.editor.record_id()
    assert new_id is not None
    _they_change(theirs, new_id, title="Sales director")
    failures: list[BaseException] = []
    ctx.runner.failed.connect(failures.append)
    ctx.undo.undo()
    qtbot.waitUntil(lambda: bool(failures))
    assert "delete their changes too" in str(failures[0])
    assert people.get_participant(store, new_id).title == "Sales director"


def test_mission_page_venue_and_delegation_conflicts(
    qtbot: QtBot, paths: Paths, two: tuple[Store, Store, Seeded]
) -> None:
    """A venue and a delegation changed elsewhere since the editor showed them: Save asks
    field by field (the delegation's members by name, not id) and keeps both sides."""
    from app.core.conflicts import Loaded
    from app.services.delegations import delegation_draft, list_delegations, update_delegation
    from app.services.venues import VenueDraft, create_venue, list_venues, update_venue, venue_draft
    from tests.ui_support import close_context, make_context
    from ui.pages.mission import MissionPage

    store, theirs, seeded = two
    mid = seeded.mission_id
    vid = create_venue(store, mid, VenueDraft(name="Hilton Nagoya", timezone="Asia/Tokyo"))
    ctx = make_context(paths, store, mid)
    try:
        page = MissionPage(ctx)
        qtbot.addWidget(page)
        page.show()
        qtbot.waitUntil(lambda: page.ready() and page.venues.venue_list.count() == 1)
        page.venues.choose(vid)
        qtbot.waitUntil(lambda: page.venues.shown_row() is not None)
        page.venues.city_edit.setText("Nagoya")
        (venue,) = list_venues(theirs, mid)
        base = Loaded(venue_draft(venue))
        update_venue(theirs, mid, vid, replace(base.values, address="1-3-3 Sakae"), base=base)
        qtbot.mouseClick(page.venues.save_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: page.conflict_dialog is not None)
        dialog = page.conflict_dialog
        assert dialog is not None and set(dialog.theirs_buttons) == {"address"}
        dialog.accept()
        qtbot.waitUntil(lambda: list_venues(theirs, mid)[0].city == "Nagoya")
        assert list_venues(theirs, mid)[0].address == "1-3-3 Sakae"
        # the page reloads after a save and refills its editors: let it settle before typing
        qtbot.waitUntil(lambda: not ctx.runner.is_busy() and page.ready())
        qtbot.wait(50)

        rows = list_delegations(store, mid)
        delegation = rows[0]
        page.delegations.choose(delegation.id)
        qtbot.waitUntil(
            lambda: (
                page.delegations.shown_row() is not None
                and page.delegations.shown_row().id == delegation.id
            )
        )  # type: ignore[union-attr]
        page.delegations.names.it.setText("Delegazione")
        d_base = Loaded(delegation_draft(delegation))
        update_delegation(
            theirs, mid, delegation.id, replace(d_base.values, organisation_ids=()), base=d_base
        )
        qtbot.mouseClick(page.delegations.save_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: page.conflict_dialog is not None)
        dialog = page.conflict_dialog
        assert dialog is not None and set(dialog.theirs_buttons) == {"organisation_ids"}
        assert dialog.theirs_buttons["organisation_ids"].text() == "—"
        assert "#" not in dialog.yours_buttons["organisation_ids"].text()  # names, not ids
        dialog.reject()
        qtbot.waitUntil(lambda: page.conflict_dialog is None)
        assert page.delegations.names.it.text() == "Delegazione"
    finally:
        close_context(qtbot, ctx)


def test_programme_item_conflict_asks_and_saves_both(
    qtbot: QtBot, paths: Paths, tmp_path: Path, copy_demo: object
) -> None:
    """The Programme page: the Japanese title changed elsewhere, the Italian one here."""
    from app.services.programme import load_item, load_programme, update_item
    from tests.test_ui_programme_page import ROME_MISSION, mission_named, settled
    from tests.ui_support import close_context, make_context
    from ui.pages.programme import ProgrammePage

    path = str(copy_demo(tmp_path / "demo.sqlite"))  # type: ignore[operator]
    with open_store(path, paths=paths) as store, open_store(path, paths=paths) as theirs:
        mid = mission_named(store, ROME_MISSION)
        item = load_programme(store, mid).items[0]
        ctx = make_context(paths, store, mid)
        try:
            page = ProgrammePage(ctx)
            qtbot.addWidget(page)
            page.resize(1400, 900)
            page.show()
            qtbot.waitUntil(page.ready)
            page.open_item(item.id)
            qtbot.waitUntil(lambda: settled(page, ctx) and page.form.title_en.text() != "")
            page.form.title_it.setText("Titolo nuovo")
            base = load_item(theirs, item.id)
            update_item(theirs, item.id, replace(base.values, title_ja="新しい題名"), base=base)
            qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
            qtbot.waitUntil(lambda: page.conflict_dialog is not None)
            dialog = page.conflict_dialog
            assert dialog is not None and set(dialog.theirs_buttons) == {"title_ja"}
            dialog.accept()
            qtbot.waitUntil(lambda: load_item(theirs, item.id).values.title_it == "Titolo nuovo")
            assert load_item(theirs, item.id).values.title_ja == "新しい題名"
        finally:
            close_context(qtbot, ctx)


def test_sessions_page_conflict_asks_and_saves_both(
    qtbot: QtBot, paths: Paths, two: tuple[Store, Store, Seeded]
) -> None:
    """The Sessions page: the slot length changed here, the Japanese name elsewhere."""
    from datetime import date, time

    from app.core.conflicts import Loaded
    from app.services.sessions import SessionDraft, TableDraft, list_sessions, save_session
    from tests.ui_support import close_context, make_context
    from ui.pages.sessions import SessionsPage

    store, theirs, seeded = two
    mid = seeded.mission_id
    draft = SessionDraft("Morning B2B", date(2027, 10, 5), time(9), time(11),
                         tables=(TableDraft("T1"),))  # fmt: skip
    sid = save_session(store, mid, draft).session_id
    ctx = make_context(paths, store, mid)
    try:
        page = SessionsPage(ctx)
        qtbot.addWidget(page)
        page.resize(1300, 900)
        page.show()
        qtbot.waitUntil(lambda: page.ready() and page.name_en.text() == "Morning B2B")
        page.slot_minutes.setValue(30)
        (row,) = list_sessions(theirs, mid)
        base = Loaded(row.draft)
        save_session(theirs, mid, replace(base.values, name_ja="午前の商談会"), sid, base=base)
        qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: page.conflict_dialog is not None)
        dialog = page.conflict_dialog
        assert dialog is not None and set(dialog.theirs_buttons) == {"name_ja"}
        dialog.accept()
        qtbot.waitUntil(lambda: list_sessions(theirs, mid)[0].draft.slot_minutes == 30)
        assert list_sessions(theirs, mid)[0].draft.name_ja == "午前の商談会"
    finally:
        close_context(qtbot, ctx)
