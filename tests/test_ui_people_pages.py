"""The organisations and participants pages, driven like a coordinator would, on a real file."""

from __future__ import annotations

import os
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QColor, QUndoStack
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from app.common.paths import Paths
from app.common.settings import Settings
from app.model import Delegation, Mission, Organisation, Participant, Sector, Side
from app.services import organisations as org_service
from app.services import participants as people_service
from app.store import Store, open_store
from tests.ui_support import type_text
from ui.bus import ChangeBus
from ui.context import AppContext
from ui.models import organisations as org_cols
from ui.models import participants as people_cols
from ui.models.labels import SIDE_COLOURS
from ui.pages.organisations import OrganisationsPage
from ui.pages.participants import ParticipantsPage
from ui.pages.records import RecordPage
from ui.runner import DbRunner


@dataclass
class Seeded:
    mission_id: int
    fiat_id: int
    toyota_id: int
    nestle_id: int
    tanaka_id: int
    rossi_id: int


def seed(store: Store) -> Seeded:
    """A mission with organisations and people of both sides, some with Japanese names."""
    with store.session() as s:
        mission = Mission(
            name="Torino → Nagoya 2027",
            name_ja="トリノ→名古屋 2027",
            host_city="Nagoya",
            timezone="Asia/Tokyo",
            start_date=date(2027, 10, 4),
            end_date=date(2027, 10, 8),
        )
        s.add(mission)
        s.flush()
        turin = Delegation(mission_id=mission.id, side=Side.TURIN, name="Delegazione Torino")
        nagoya = Delegation(
            mission_id=mission.id,
            side=Side.NAGOYA,
            name="Nagoya delegation",
            name_ja="名古屋代表団",
        )
        s.add_all([turin, nagoya])
        s.flush()

        def org(
            name: str,
            ja: str | None,
            kana: str | None,
            d: Delegation,
            *sectors: Sector,
            city: str = "",
        ) -> Organisation:
            o = Organisation(
                mission_id=mission.id,
                name=name,
                name_ja=ja,
                name_kana=kana,
                delegation_id=d.id,
                city=city,
            )
            o.sectors = list(sectors)
            s.add(o)
            return o

        fiat = org("Fiat Auto", None, None, turin, Sector.AUTOMOTIVE, city="Torino")
        avio = org("Avio Aero", None, None, turin, Sector.AEROSPACE, city="Rivalta di Torino")
        nestle = org("Caffè Nestlé Torino", None, None, turin, Sector.FOOD, city="Torino")
        toyota = org(
            "Toyota Motor",
            "トヨタ自動車",
            "トヨタジドウシャ",
            nagoya,
            Sector.AUTOMOTIVE,
            Sector.ROBOTICS,
            city="Toyota",
        )
        org(
            "Mitsubishi Heavy Industries",
            "三菱重工業",
            "ミツビシジュウコウギョウ",
            nagoya,
            Sector.AEROSPACE,
            city="Nagoya",
        )
        org("Denso", "デンソー", "デンソー", nagoya, Sector.ELECTRONICS, city="Kariya")
        s.flush()

        def person(
            o: Organisation,
            given: str,
            family: str,
            email: str,
            kanji: tuple[str, str] | None = None,
            kana: tuple[str, str] | None = None,
            langs: tuple[str, ...] = ("en",),
        ) -> Participant:
            p = Participant(
                mission_id=mission.id,
                organisation_id=o.id,
                given_name=given,
                family_name=family,
                email=email,
            )
            if kanji:
                p.family_name_kanji, p.given_name_kanji = kanji
            if kana:
                p.family_name_kana, p.given_name_kana = kana
            p.languages = list(langs)
            s.add(p)
            return p

        rossi = person(fiat, "Mario", "Rossi", "mario.rossi@fiat.example", langs=("it", "en"))
        person(avio, "Giulia", "Bianchi", "g.bianchi@avio.example", langs=("it", "en", "fr"))
        tanaka = person(
            toyota,
            "Hiroshi",
            "Tanaka",
            "h.tanaka@toyota.example",
            ("田中", "博"),
            ("タナカ", "ヒロシ"),
            ("ja", "en"),
        )
        person(
            toyota,
            "Yuki",
            "Suzuki",
            "y.suzuki@toyota.example",
            ("鈴木", "由紀"),
            ("スズキ", "ユキ"),
            ("ja",),
        )
        s.flush()
        return Seeded(mission.id, fiat.id, toyota.id, nestle.id, tanaka.id, rossi.id)


@pytest.fixture
def db(paths: Paths, sqlite_path: Path) -> Iterator[tuple[Store, Seeded]]:
    store = open_store(sqlite_path, paths=paths)
    try:
        yield store, seed(store)
    finally:
        store.close()


@pytest.fixture
def ctx(qtbot: QtBot, paths: Paths, db: tuple[Store, Seeded]) -> Iterator[AppContext]:
    """The context a page gets from the shell: worker, bus, undo stack, open store and mission."""
    store, seeded = db
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


def open_page(qtbot: QtBot, page: RecordPage) -> RecordPage:
    qtbot.addWidget(page)
    page.resize(1280, 720)
    page.show()
    qtbot.waitUntil(page.ready)
    return page


def shown_column(page: RecordPage, column: int) -> list[str]:
    proxy = page.proxy
    return [proxy.index(r, column).data() for r in range(proxy.rowCount())]


def select(qtbot: QtBot, page: RecordPage, record_id: int) -> None:
    """Click the row of ``record_id`` and wait for its form."""
    row = page.proxy.row_of_id(record_id)
    assert row is not None
    rect = page.table.visualRect(page.proxy.index(row, 0))
    qtbot.mouseClick(page.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.waitUntil(lambda: page.editor.record_id() == record_id and not page.editor.is_busy())


def answer_questions(
    monkeypatch: pytest.MonkeyPatch, answer: QMessageBox.StandardButton
) -> list[str]:
    asked: list[str] = []

    def question(
        _parent: object, _title: str, text: str, *_args: object
    ) -> QMessageBox.StandardButton:
        asked.append(text)
        return answer

    monkeypatch.setattr(QMessageBox, "question", staticmethod(question))
    return asked


# --- organisations ---------------------------------------------------------------------------


def test_organisations_page_shows_japanese_names_and_side_colour(
    qtbot: QtBot, ctx: AppContext
) -> None:
    """Rows load off the UI thread; kanji names and a side swatch are shown."""
    page = OrganisationsPage(ctx)
    assert page.status.text() == "Loading…" and not page.ready()
    open_page(qtbot, page)
    assert page.page_id == "organisations"
    assert page.title() == "Organisations"
    assert page.proxy.rowCount() == 6
    assert "トヨタ自動車" in shown_column(page, org_cols.COL_NAME_JA)
    row = page.proxy.row_of_id(next(r.id for r in page.model.rows() if r.name == "Toyota Motor"))
    assert row is not None
    side = page.proxy.index(row, org_cols.COL_SIDE)
    assert side.data() == "Nagoya"
    assert side.data(Qt.ItemDataRole.DecorationRole) == QColor(SIDE_COLOURS[Side.NAGOYA])


def test_organisations_sort_by_clicking_a_header(qtbot: QtBot, ctx: AppContext) -> None:
    """Clicking "Participants" sorts by count; clicking again reverses."""
    page = open_page(qtbot, OrganisationsPage(ctx))
    assert shown_column(page, org_cols.COL_NAME)[0] == "Avio Aero"
    header = page.table.horizontalHeader()
    x = header.sectionViewportPosition(org_cols.COL_PARTICIPANTS) + 10
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, 5))
    counts = shown_column(page, org_cols.COL_PARTICIPANTS)
    assert counts == sorted(counts) and counts[-1] == 2
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, 5))
    assert shown_column(page, org_cols.COL_PARTICIPANTS) == sorted(counts, reverse=True)
    assert shown_column(page, org_cols.COL_NAME)[0] == "Toyota Motor"


def test_organisations_filter_by_kanji_kana_and_accents(qtbot: QtBot, ctx: AppContext) -> None:
    """Typed kanji, hiragana for a katakana name, and "nestle" for "Nestlé" all match."""
    page = open_page(qtbot, OrganisationsPage(ctx))
    type_text(page.filter_box, "三菱")
    assert shown_column(page, org_cols.COL_NAME) == ["Mitsubishi Heavy Industries"]
    page.filter_box.setText("とよた")
    assert shown_column(page, org_cols.COL_NAME) == ["Toyota Motor"]
    page.filter_box.setText("CAFFE nestle")
    assert shown_column(page, org_cols.COL_NAME) == ["Caffè Nestlé Torino"]
    page.filter_box.clear()
    page.side_filter.setCurrentIndex(page.side_filter.findData(Side.NAGOYA.value))
    assert set(shown_column(page, org_cols.COL_NAME_JA)) == {
        "トヨタ自動車",
        "三菱重工業",
        "デンソー",
    }
    assert page.status.text() == "3 of 6"


def test_organisation_edit_save_undo_redo(
    qtbot: QtBot, ctx: AppContext, db: tuple[Store, Seeded]
) -> None:
    """Saving is one undoable step; undo and redo rewrite the database and the form."""
    store, seeded = db
    page = open_page(qtbot, OrganisationsPage(ctx))
    select(qtbot, page, seeded.toyota_id)
    form = page.organisation_form
    assert form.name_ja.text() == "トヨタ自動車"
    assert not page.editor.save_button.isEnabled()
    form.city.setText("Toyota-shi")
    type_text(form.name_ja, "株式会社")
    qtbot.mouseClick(page.editor.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: ctx.undo.count() == 1)
    saved = org_service.get_organisation(store, seeded.toyota_id)
    assert (saved.city, saved.name_ja) == ("Toyota-shi", "トヨタ自動車株式会社")
    assert ctx.undo.undoText() == "Edit organisation “Toyota Motor (トヨタ自動車株式会社)”"
    qtbot.waitUntil(lambda: "トヨタ自動車株式会社" in shown_column(page, org_cols.COL_NAME_JA))

    ctx.undo.undo()
    qtbot.waitUntil(lambda: form.city.text() == "Toyota" and not page.editor.is_busy())
    assert org_service.get_organisation(store, seeded.toyota_id).name_ja == "トヨタ自動車"
    ctx.undo.redo()
    qtbot.waitUntil(lambda: form.city.text() == "Toyota-shi" and not page.editor.is_busy())


def test_organisation_name_clash_is_shown_next_to_the_field(
    qtbot: QtBot, ctx: AppContext, db: tuple[Store, Seeded]
) -> None:
    """A duplicate name (other case) is refused under the name field; the typing stays."""
    _store, seeded = db
    page = open_page(qtbot, OrganisationsPage(ctx))
    select(qtbot, page, seeded.fiat_id)
    form = page.organisation_form
    form.name.setText("DENSO")
    form.city.setText("Chivasso")
    qtbot.mouseClick(page.editor.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: form.error_text("name") != "")
    assert "already has this name" in form.error_text("name")
    assert (form.name.text(), form.city.text()) == ("DENSO", "Chivasso")
    assert ctx.undo.count() == 0
    assert page.editor.is_dirty()


def test_add_organisation_then_undo_and_redo(
    qtbot: QtBot, ctx: AppContext, db: tuple[Store, Seeded]
) -> None:
    """Add makes a new row and selects it; undo removes it; redo brings back the same id."""
    store, _seeded = db
    page = open_page(qtbot, OrganisationsPage(ctx))
    qtbot.mouseClick(page.add_button, Qt.MouseButton.LeftButton)
    assert page.editor.is_new()
    form = page.organisation_form
    qtbot.keyClicks(form.name, "Comau")
    type_text(form.name_ja, "コマウ")
    form.sectors.set_checked([Sector.ROBOTICS])
    form.delegation.setCurrentIndex(1)
    qtbot.mouseClick(page.editor.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.proxy.rowCount() == 7 and page.current_row() is not None)
    new = page.current_row()
    assert (new.name, new.name_ja, new.sectors, new.side) == (
        "Comau",
        "コマウ",
        (Sector.ROBOTICS,),
        Side.TURIN,
    )
    assert page.editor.record_id() == new.id and not page.editor.is_new()

    ctx.undo.undo()
    qtbot.waitUntil(lambda: page.proxy.rowCount() == 6)
    assert page.editor.record_id() is None
    ctx.undo.redo()
    qtbot.waitUntil(lambda: page.proxy.rowCount() == 7)
    assert org_service.get_organisation(store, new.id).name == "Comau"


def test_delete_organisation_asks_with_participant_count_and_undo_restores(
    qtbot: QtBot, ctx: AppContext, db: tuple[Store, Seeded], monkeypatch: pytest.MonkeyPatch
) -> None:
    """The question says how many participants go; undo brings them all back."""
    store, seeded = db
    asked = answer_questions(monkeypatch, QMessageBox.StandardButton.Yes)
    page = open_page(qtbot, OrganisationsPage(ctx))
    select(qtbot, page, seeded.toyota_id)
    qtbot.mouseClick(page.delete_button, Qt.MouseButton.LeftButton)
    assert asked and "Toyota Motor" in asked[0] and "2 participant" in asked[0]
    qtbot.waitUntil(lambda: page.proxy.rowCount() == 5)
    assert page.editor.record_id() is None
    assert len(people_service.list_participants(store, seeded.mission_id)) == 2

    ctx.undo.undo()
    qtbot.waitUntil(lambda: page.proxy.rowCount() == 6)
    names = {p.family_name for p in people_service.list_participants(store, seeded.mission_id)}
    assert names == {"Rossi", "Bianchi", "Tanaka", "Suzuki"}
    ctx.undo.redo()
    qtbot.waitUntil(lambda: page.proxy.rowCount() == 5)


def test_delete_declined_keeps_the_organisation(
    qtbot: QtBot, ctx: AppContext, db: tuple[Store, Seeded], monkeypatch: pytest.MonkeyPatch
) -> None:
    """Answering No to the confirmation deletes nothing and pushes no command."""
    _store, seeded = db
    answer_questions(monkeypatch, QMessageBox.StandardButton.No)
    page = open_page(qtbot, OrganisationsPage(ctx))
    select(qtbot, page, seeded.fiat_id)
    page.delete_current()
    qtbot.wait(50)
    assert page.proxy.rowCount() == 6
    assert ctx.undo.count() == 0


def test_leaving_unsaved_changes_asks_first(
    qtbot: QtBot, ctx: AppContext, db: tuple[Store, Seeded], monkeypatch: pytest.MonkeyPatch
) -> None:
    """Clicking another row with unsaved edits asks; Cancel keeps the edits and the row."""
    _store, seeded = db
    asked = answer_questions(monkeypatch, QMessageBox.StandardButton.Cancel)
    page = open_page(qtbot, OrganisationsPage(ctx))
    select(qtbot, page, seeded.toyota_id)
    page.organisation_form.city.setText("Toyota-shi")
    row = page.proxy.row_of_id(seeded.fiat_id)
    assert row is not None
    rect = page.table.visualRect(page.proxy.index(row, 0))
    qtbot.mouseClick(page.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert asked and "Toyota Motor" in asked[0]
    assert page.current_row().id == seeded.toyota_id
    assert page.editor.record_id() == seeded.toyota_id
    assert page.organisation_form.city.text() == "Toyota-shi"


# --- participants ----------------------------------------------------------------------------


def test_participants_page_filters_by_kanji_and_sorts(qtbot: QtBot, ctx: AppContext) -> None:
    """Kanji typed in the filter finds the person; sorting by name sorts by family name."""
    page = open_page(qtbot, ParticipantsPage(ctx))
    assert page.title() == "Participants"
    assert shown_column(page, people_cols.COL_NAME) == [
        "Giulia Bianchi",
        "Mario Rossi",
        "Yuki Suzuki",
        "Hiroshi Tanaka",
    ]
    page.table.sortByColumn(people_cols.COL_NAME, Qt.SortOrder.DescendingOrder)
    assert shown_column(page, people_cols.COL_NAME)[0] == "Hiroshi Tanaka"
    type_text(page.filter_box, "田中")
    assert shown_column(page, people_cols.COL_NAME_JA) == ["田中 博"]
    page.filter_box.setText("トヨタ")  # the organisation's name finds its people too
    assert len(shown_column(page, people_cols.COL_NAME)) == 2


def test_participant_bad_email_shows_message_and_keeps_the_form(
    qtbot: QtBot, ctx: AppContext, db: tuple[Store, Seeded]
) -> None:
    """A malformed e-mail is explained under the field; everything typed stays."""
    _store, seeded = db
    page = open_page(qtbot, ParticipantsPage(ctx))
    select(qtbot, page, seeded.tanaka_id)
    form = page.participant_form
    form.email.clear()
    qtbot.keyClicks(form.email, "hiroshi at toyota")
    form.title_field.setText("部長")
    qtbot.mouseClick(page.editor.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: form.error_text("email") != "")
    assert "not an e-mail address" in form.error_text("email")
    assert form.email.text() == "hiroshi at toyota"
    assert form.title_field.text() == "部長"
    assert ctx.undo.count() == 0


def test_participant_email_taken_in_other_case_is_refused(
    qtbot: QtBot, ctx: AppContext, db: tuple[Store, Seeded]
) -> None:
    """Another person's address in other capitals is refused under the e-mail field."""
    _store, seeded = db
    page = open_page(qtbot, ParticipantsPage(ctx))
    select(qtbot, page, seeded.rossi_id)
    page.participant_form.email.setText("H.Tanaka@TOYOTA.example")
    qtbot.mouseClick(page.editor.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.participant_form.error_text("email") != "")
    assert "already has this e-mail" in page.participant_form.error_text("email")


def test_participant_edit_japanese_names_and_languages(
    qtbot: QtBot, ctx: AppContext, db: tuple[Store, Seeded]
) -> None:
    """Kanji and kana typed into the form are saved and shown in the table."""
    store, seeded = db
    page = open_page(qtbot, ParticipantsPage(ctx))
    select(qtbot, page, seeded.rossi_id)
    form = page.participant_form
    type_text(form.family_name_kanji, "ロッシ")
    form.family_name_kana.setText("ﾛｯｼ")
    form.languages.setText("it, ja")
    form.consent.setChecked(True)
    qtbot.mouseClick(page.editor.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: ctx.undo.count() == 1 and not page.editor.is_busy())
    saved = people_service.get_participant(store, seeded.rossi_id)
    assert saved.family_name_kanji == "ロッシ"
    assert saved.family_name_kana == "ロッシ"  # half-width folded
    assert saved.languages == ("it", "ja")
    assert saved.consent and saved.consent_at is not None
    assert form.family_name_kana.text() == "ロッシ"  # the form shows the cleaned value
    qtbot.waitUntil(lambda: "ロッシ" in shown_column(page, people_cols.COL_NAME_JA))


def test_add_and_delete_participant_with_undo(
    qtbot: QtBot, ctx: AppContext, db: tuple[Store, Seeded], monkeypatch: pytest.MonkeyPatch
) -> None:
    """A new person with kanji names is added, deleted, and both steps undo and redo."""
    store, seeded = db
    asked = answer_questions(monkeypatch, QMessageBox.StandardButton.Yes)
    page = open_page(qtbot, ParticipantsPage(ctx))
    page.add_new()
    form = page.participant_form
    form.organisation.set_current_id(seeded.toyota_id)
    form.given_name.setText("Aiko")
    form.family_name.setText("Yamada")
    type_text(form.family_name_kanji, "山田")
    type_text(form.given_name_kanji, "愛子")
    form.email.setText("a.yamada@toyota.example")
    qtbot.mouseClick(page.editor.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.proxy.rowCount() == 5 and page.current_row() is not None)
    row = page.current_row()
    assert (row.kanji_name, row.side) == ("山田 愛子", Side.NAGOYA)

    page.delete_current()
    assert "山田 愛子" in asked[0]
    qtbot.waitUntil(lambda: page.proxy.rowCount() == 4)
    ctx.undo.undo()
    qtbot.waitUntil(lambda: page.proxy.rowCount() == 5)
    assert people_service.get_participant(store, row.id).email == "a.yamada@toyota.example"
    ctx.undo.undo()  # the addition
    qtbot.waitUntil(lambda: page.proxy.rowCount() == 4)
    ctx.undo.redo()
    qtbot.waitUntil(lambda: page.proxy.rowCount() == 5)
    assert page.model.row_of_id(row.id) is not None


def test_pages_hear_each_other_through_the_bus(
    qtbot: QtBot, ctx: AppContext, db: tuple[Store, Seeded], monkeypatch: pytest.MonkeyPatch
) -> None:
    """Deleting an organisation on its page removes its people from the participants page."""
    _store, seeded = db
    answer_questions(monkeypatch, QMessageBox.StandardButton.Yes)
    orgs_page = open_page(qtbot, OrganisationsPage(ctx))
    people_page = open_page(qtbot, ParticipantsPage(ctx))
    select(qtbot, orgs_page, seeded.toyota_id)
    orgs_page.delete_current()
    qtbot.waitUntil(lambda: people_page.proxy.rowCount() == 2)
    ctx.undo.undo()
    qtbot.waitUntil(lambda: people_page.proxy.rowCount() == 4)


def test_page_without_a_mission_is_empty_and_ready(qtbot: QtBot, ctx: AppContext) -> None:
    """Built before a mission is open, a page is ready, empty and offers no Add."""
    ctx.mission_id = None
    page = open_page(qtbot, ParticipantsPage(ctx))
    assert page.proxy.rowCount() == 0
    assert not page.add_button.isEnabled()
    assert page.status.text() == "No mission open"


def test_screenshots_of_both_pages(
    qtbot: QtBot, ctx: AppContext, db: tuple[Store, Seeded], tmp_path: Path
) -> None:
    """Renders both pages with a row selected (PONTE_PAGE_SHOTS names a folder to keep them)."""
    _store, seeded = db
    out = Path(os.environ.get("PONTE_PAGE_SHOTS") or tmp_path)
    out.mkdir(parents=True, exist_ok=True)
    for page, record_id in (
        (OrganisationsPage(ctx), seeded.toyota_id),
        (ParticipantsPage(ctx), seeded.tanaka_id),
    ):
        open_page(qtbot, page)
        qtbot.waitExposed(page)
        select(qtbot, page, record_id)
        path = out / f"{page.page_id}.png"
        assert page.grab().save(str(path))
        assert path.stat().st_size > 10_000
    # The participants page once more, with a validation message under the e-mail.
    assert isinstance(page, ParticipantsPage)
    page.participant_form.email.setText("hiroshi at toyota")
    page.participant_form.family_name_kana.setText("田中")
    qtbot.mouseClick(page.editor.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.participant_form.error_text("email") != "")
    assert page.grab().save(str(out / "participants-errors.png"))
