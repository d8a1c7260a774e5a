"""The record lists on a big mission (issue 14, items 7 and 11): the rows are prepared once
off the UI thread, sorted and filtered by the model itself (no Python call per row on a
keystroke), a first screenful is shown before the whole list, a saved record refreshes its
row alone, and a Japanese window shows Japanese names first."""

from __future__ import annotations

import unicodedata
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QModelIndex, Qt
from pytestqt.qtbot import QtBot
from sqlalchemy import insert

from app.common.paths import Paths
from app.model import Participant
from app.model.people import ParticipantLanguage
from app.services import participants as people_service
from app.services.record_lists import participant_rows
from app.store import Store, open_store
from tests import test_ui_people_pages
from tests.test_ui_people_pages import (
    Seeded,
    open_page,
    seed,
    shown_column,
)
from tests.ui_support import type_text, window_language
from ui.context import AppContext
from ui.models import organisations as org_cols
from ui.models import participants as cols
from ui.models.common import fold
from ui.pages.organisations import OrganisationsPage
from ui.pages.participants import ParticipantsPage

ctx = test_ui_people_pages.ctx  # the pages' context, on this module's database

BIG = 3000  # enough that per-row Python shows in the counts, quick to write


@pytest.fixture
def db(paths: Paths, sqlite_path: Path) -> Iterator[tuple[Store, Seeded]]:
    """The seeded mission of the people pages' tests, grown to ``BIG`` participants."""
    store = open_store(sqlite_path, paths=paths)
    seeded = seed(store)
    with store.session() as s:
        have = len(participant_rows(store, seeded.mission_id))
        s.execute(
            insert(Participant),
            [
                {
                    "mission_id": seeded.mission_id,
                    "organisation_id": seeded.fiat_id,
                    "family_name": f"Delegato{n:05d}",
                    "given_name": "Anna",
                    "email": f"d{n}@big.example",
                }
                for n in range(BIG - have - 1)
            ],
        )
        müller = Participant(
            mission_id=seeded.mission_id,
            organisation_id=seeded.nestle_id,
            family_name="Müller",
            given_name="Jürgen",
            email="j.mueller@big.example",
        )
        s.add(müller)
        s.flush()
        s.execute(
            insert(ParticipantLanguage),
            [{"participant_id": müller.id, "language": "de", "position": 0}],
        )
    try:
        yield store, seeded
    finally:
        store.close()


def _old_fold(text: str) -> str:
    """The fold of before (one Python step per character), to compare the fast one with."""
    keep = {"\u3099", "\u309a"}
    decomposed = unicodedata.normalize("NFKD", text)
    kept = "".join(ch for ch in decomposed if ch in keep or not unicodedata.combining(ch))
    composed = unicodedata.normalize("NFC", kept).casefold()
    return "".join(chr(ord(ch) - 0x60) if "\u30a1" <= ch <= "\u30f6" else ch for ch in composed)


@pytest.mark.parametrize(
    "text",
    [
        "Caffè Nestlé",
        "MÜLLER",
        "Straße",
        "ＴＯＹＯＴＡ",
        "トヨタ自動車",
        "ガギグ",
        "ﾄﾖﾀ",
        "ﬁat",
        "Å ǅ",
    ],
)
def test_the_fast_fold_folds_as_before(text: str) -> None:
    assert fold(text) == _old_fold(text)


def test_list_rows_read_as_tuples_equal_the_services_rows(db: tuple[Store, Seeded]) -> None:
    store, seeded = db
    fast = participant_rows(store, seeded.mission_id)
    assert fast == people_service.list_participants(store, seeded.mission_id)
    assert participant_rows(store, seeded.mission_id, limit=5) == fast[:5]
    picked = [fast[7].id, fast[2].id]
    assert {r.id for r in participant_rows(store, seeded.mission_id, picked)} == set(picked)


def test_a_big_mission_shows_a_first_screenful_then_every_row(
    qtbot: QtBot, ctx: AppContext
) -> None:
    page = ParticipantsPage(ctx)
    sizes: list[int] = []
    page.model.modelReset.connect(lambda: sizes.append(page.model.rowCount()))
    open_page(qtbot, page)
    assert sizes[-1] == BIG and page.status.text() == f"{BIG} of {BIG}"
    assert page.first_window in sizes  # shown while the rest was read
    names = shown_column(page, cols.COL_NAME)
    assert names[:2] == ["Giulia Bianchi", "Anna Delegato00000"]  # by family name


def test_filter_and_sort_fold_accents_and_kana(qtbot: QtBot, ctx: AppContext) -> None:
    page = open_page(qtbot, ParticipantsPage(ctx))
    type_text(page.filter_box, "muller")
    assert shown_column(page, cols.COL_NAME) == ["Jürgen Müller"]
    page.filter_box.setText("たなか")  # hiragana finds the katakana reading タナカ
    assert shown_column(page, cols.COL_NAME) == ["Hiroshi Tanaka"]
    page.filter_box.setText("鈴木")
    assert shown_column(page, cols.COL_NAME) == ["Yuki Suzuki"]
    page.filter_box.setText("toyota")  # the organisation's name
    assert set(shown_column(page, cols.COL_NAME)) == {"Hiroshi Tanaka", "Yuki Suzuki"}
    assert page.status.text() == f"2 of {BIG}"
    page.filter_box.clear()
    assert page.model.rowCount() == BIG
    # by family name, accents folded: Müller between Delegato… and Rossi
    page.table.sortByColumn(cols.COL_NAME, Qt.SortOrder.AscendingOrder)
    families = [r.family_name for r in (page.model.row_at(i) for i in range(BIG)) if r]
    assert families == sorted(families, key=fold)
    assert families.index("Müller") < families.index("Rossi")
    page.table.sortByColumn(cols.COL_NAME, Qt.SortOrder.DescendingOrder)
    assert page.model.row_at(0).family_name == "Tanaka"  # type: ignore[union-attr]
    # the Japanese names by their reading (すずき before たなか), those without last
    page.table.sortByColumn(cols.COL_NAME_JA, Qt.SortOrder.AscendingOrder)
    assert shown_column(page, cols.COL_NAME_JA)[:3] == ["鈴木 由紀", "田中 博", ""]


def test_a_keystroke_asks_no_python_per_row(qtbot: QtBot, ctx: AppContext) -> None:
    """Filtering 3,000 rows calls the model's ``data()`` only for the rows the view shows
    (a proxy asked every row for its search text: at least 3,000 calls)."""
    page = open_page(qtbot, ParticipantsPage(ctx))
    calls = [0]
    original = type(page.model).data

    def counted(self: Any, index: Any, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        calls[0] += 1
        return original(self, index, role)

    type(page.model).data = counted  # type: ignore[method-assign]
    try:
        type_text(page.filter_box, "d")
        page.filter_box.setText("")
    finally:
        type(page.model).data = original  # type: ignore[method-assign]
    assert page.model.rowCount() == BIG
    assert calls[0] < 1000


def test_a_saved_record_refreshes_its_row_alone(
    qtbot: QtBot, ctx: AppContext, db: tuple[Store, Seeded]
) -> None:
    _store, seeded = db
    page = open_page(qtbot, ParticipantsPage(ctx))
    row = page.model.row_of_id(seeded.tanaka_id)
    assert row is not None
    page.table.selectRow(row)
    qtbot.waitUntil(
        lambda: page.editor.record_id() == seeded.tanaka_id and not page.editor.is_busy()
    )
    resets: list[int] = []
    layouts: list[int] = []
    changed: list[tuple[int, int, int, int]] = []
    page.model.modelReset.connect(lambda: resets.append(1))
    page.model.layoutChanged.connect(lambda *_: layouts.append(1))

    def heard(top: QModelIndex, bottom: QModelIndex, *_: object) -> None:
        changed.append((top.row(), top.column(), bottom.row(), bottom.column()))

    page.model.dataChanged.connect(heard)
    page.participant_form.email.setText("hiroshi.tanaka@toyota.example")
    page.editor.save()
    qtbot.waitUntil(
        lambda: page.model.index(row, cols.COL_EMAIL).data() == "hiroshi.tanaka@toyota.example"
    )
    qtbot.waitUntil(lambda: not ctx.runner.is_busy())
    assert changed == [(row, 0, row, len(page.model.headers()) - 1)]
    assert resets == [] and layouts == []
    assert page.current_row() is not None and page.current_row().id == seeded.tanaka_id  # type: ignore[union-attr]


def test_japanese_window_shows_japanese_names_first(qtbot: QtBot, ctx: AppContext) -> None:
    """Item 11: kanji where they exist (Latin otherwise), the Latin name beside them, the
    organisation's Japanese name; typing either script finds the row."""
    with window_language("ja"):
        page = open_page(qtbot, ParticipantsPage(ctx))
        orgs = open_page(qtbot, OrganisationsPage(ctx))
        headers = [page.model.headerData(c, Qt.Orientation.Horizontal) for c in (0, 1)]
        assert headers == ["氏名", "ローマ字表記"]
        type_text(page.filter_box, "tanaka")
        assert shown_column(page, cols.COL_NAME) == ["田中 博"]
        assert shown_column(page, cols.COL_NAME_JA) == ["Hiroshi Tanaka"]
        assert shown_column(page, cols.COL_ORGANISATION) == ["トヨタ自動車"]
        page.filter_box.setText("田中")
        assert shown_column(page, cols.COL_NAME) == ["田中 博"]
        page.filter_box.setText("rossi")
        assert shown_column(page, cols.COL_NAME) == ["Mario Rossi"]  # no kanji: Latin
        assert shown_column(page, cols.COL_NAME_JA) == [""]
        assert "トヨタ自動車" in shown_column(orgs, org_cols.COL_NAME)
        assert "Fiat" in " ".join(shown_column(orgs, org_cols.COL_NAME))


def test_a_renamed_record_moves_to_its_place_without_a_reset(
    qtbot: QtBot, ctx: AppContext, db: tuple[Store, Seeded]
) -> None:
    """Saving a new family name moves the row where the sort puts it (one layout change, the
    selection follows it); the list is not reset."""
    _store, seeded = db
    page = open_page(qtbot, ParticipantsPage(ctx))
    row = page.model.row_of_id(seeded.rossi_id)
    assert row is not None
    page.table.selectRow(row)
    qtbot.waitUntil(
        lambda: page.editor.record_id() == seeded.rossi_id and not page.editor.is_busy()
    )
    resets: list[int] = []
    page.model.modelReset.connect(lambda: resets.append(1))
    page.participant_form.family_name.setText("Abate")
    page.editor.save()
    qtbot.waitUntil(lambda: page.model.row_of_id(seeded.rossi_id) == 0)
    qtbot.waitUntil(lambda: not ctx.runner.is_busy())
    assert shown_column(page, cols.COL_NAME)[0] == "Mario Abate"
    assert resets == []
    assert page.current_row() is not None and page.current_row().id == seeded.rossi_id  # type: ignore[union-attr]
