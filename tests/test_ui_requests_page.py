"""The Requests page, driven like a coordinator would (clicks and keys), on a real SQLite file:
requests entered in the matrix (some mutual, one "no thanks"), two suggested pairs accepted,
undo and redo, the catalogue filter, the wish list; and the matrix for 300 organisations."""

from __future__ import annotations

import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QPushButton
from pytestqt.qtbot import QtBot

from app.common.paths import Paths
from app.model import OrganisationSector, Sector, Side
from app.services import requests as service
from app.services.requests import RequestValues
from app.store import Store, open_store
from tests import factories as f
from tests.demo_support import copy_sqlite
from tests.ui_support import close_context, make_context, window_language
from ui.context import AppContext
from ui.pages import registry
from ui.pages.requests import RequestsPage, next_in_cycle

TURIN = [
    ("Stampi Dora", None, [Sector.AUTOMOTIVE], "Sheet-metal stamping dies for EV bodies"),
    ("Compositi Avanzati", None, [Sector.AEROSPACE, Sector.MATERIALS],
     "Compositi in fibra di carbonio"),
    ("Fonderie Val Susa", None, [Sector.AUTOMOTIVE, Sector.MATERIALS],
     "Fonderia di alluminio, pressofusione"),
    ("Robotica Pinerolese", None, [Sector.ROBOTICS], "Automazione e saldatura robotizzata"),
]  # fmt: skip
NAGOYA = [
    ("Owari Press", "尾張プレス工業", [Sector.AUTOMOTIVE], "車体プレス部品、電動化対応のティア1"),
    ("Nagoya Airframe", "名古屋機体", [Sector.AEROSPACE], "航空機の胴体、複合材"),
    ("Mikawa Die Cast", "三河ダイカスト", [Sector.AUTOMOTIVE], "電池ケース向けのダイカスト、鋳造"),
    ("Atsuta Robotics", "熱田ロボティクス", [Sector.ROBOTICS, Sector.AUTOMOTIVE], "溶接ロボット"),
    ("Tokai Foods", "東海食品", [Sector.FOOD], "味噌"),
]  # fmt: skip


def _build(store: Store, turin: list, nagoya: list) -> tuple[int, dict[str, int]]:  # type: ignore[type-arg]
    ids = {}
    with store.session() as s:
        m = f.mission(s)
        for side, rows in ((Side.TURIN, turin), (Side.NAGOYA, nagoya)):
            d = f.delegation(s, m, side)
            for name, name_ja, sectors, profile in rows:
                o = f.organisation(s, m, d, name=name, name_ja=name_ja, profile=profile)
                for sector in dict.fromkeys(sectors):
                    s.add(OrganisationSector(organisation_id=o.id, sector=sector))
                ids[name] = o.id
        return m.id, ids


@pytest.fixture
def db(paths: Paths, tmp_path: Path, empty_sqlite_template: Path) -> Iterator[Store]:
    path = tmp_path / "mission.sqlite"
    copy_sqlite(empty_sqlite_template, path)
    store = open_store(path, paths=paths)
    try:
        yield store
    finally:
        store.close()


@pytest.fixture
def small(db: Store) -> tuple[Store, int, dict[str, int]]:
    mission_id, ids = _build(db, TURIN, NAGOYA)
    return db, mission_id, ids


@pytest.fixture
def ctx(
    qtbot: QtBot, paths: Paths, small: tuple[Store, int, dict[str, int]]
) -> Iterator[AppContext]:
    store, mission_id, _ = small
    context = make_context(paths, store, mission_id)
    try:
        yield context
    finally:
        close_context(qtbot, context)


def open_page(qtbot: QtBot, ctx: AppContext) -> RequestsPage:
    page = RequestsPage(ctx)
    qtbot.addWidget(page)
    page.resize(1300, 800)
    page.show()
    qtbot.waitUntil(page.ready)
    return page


def settle(qtbot: QtBot, page: RequestsPage) -> None:
    qtbot.waitUntil(lambda: not page.ctx.runner.is_busy() and page.ready())


def stored(ctx: AppContext) -> dict[tuple[int, int], RequestValues]:
    assert ctx.store is not None and ctx.mission_id is not None
    book = service.load_book(ctx.store, ctx.mission_id)
    return {pair: e.values for pair, e in book.requests.items()}


def key_on(qtbot: QtBot, page: RequestsPage, a: int, b: int, key: Qt.Key) -> None:
    """Move to the cell with the arrow keys' view (a click), then press ``key``."""
    index = page.matrix_model.index_of(a, b)
    assert index.isValid()
    view = page.matrix_view
    view.scrollTo(index)
    qtbot.mouseClick(
        view.viewport(), Qt.MouseButton.LeftButton, pos=view.visualRect(index).center()
    )
    assert view.currentIndex() == index
    qtbot.keyClick(view, key)
    settle(qtbot, page)


def test_page_is_registered_after_participants_before_b2b() -> None:
    names = [c.__name__ for c in registry.page_classes()]
    assert names.index("ParticipantsPage") < names.index("RequestsPage") < names.index("B2BPage")


def test_cycle_of_a_double_click() -> None:
    seen, v = [], None
    for _ in range(7):
        v = next_in_cycle(v)
        seen.append(None if v is None else ("✕" if v.no_thanks else v.priority))
    assert seen == [3, 4, 5, 1, 2, "✕", None]


def test_enter_requests_by_keys_and_clicks_then_undo(
    qtbot: QtBot, ctx: AppContext, small: tuple[Store, int, dict[str, int]]
) -> None:
    _, _, o = small
    page = open_page(qtbot, ctx)
    page.tabs.setCurrentWidget(page.matrix_tab)
    model, view = page.matrix_model, page.matrix_view
    assert model.rowCount() == 4 and model.columnCount() == 5

    stampi, owari, compositi = o["Stampi Dora"], o["Owari Press"], o["Compositi Avanzati"]
    key_on(qtbot, page, stampi, owari, Qt.Key.Key_5)
    key_on(qtbot, page, stampi, o["Mikawa Die Cast"], Qt.Key.Key_2)
    key_on(qtbot, page, compositi, o["Nagoya Airframe"], Qt.Key.Key_4)
    key_on(qtbot, page, compositi, o["Nagoya Airframe"], Qt.Key.Key_M)
    key_on(qtbot, page, o["Robotica Pinerolese"], o["Tokai Foods"], Qt.Key.Key_N)
    # keyboard navigation: from Stampi → Owari, Down moves to the next requester
    key_on(qtbot, page, stampi, owari, Qt.Key.Key_5)  # the same again: nothing to undo
    qtbot.keyClick(view, Qt.Key.Key_Right)
    assert model.pair(view.currentIndex()) == (
        stampi,
        model.columns[view.currentIndex().column()].id,
    )
    # a double click cycles an empty cell to priority 3
    index = model.index_of(o["Fonderie Val Susa"], o["Mikawa Die Cast"])
    view.scrollTo(index)
    qtbot.mouseDClick(
        view.viewport(), Qt.MouseButton.LeftButton, pos=view.visualRect(index).center()
    )
    settle(qtbot, page)

    # the other side asks back: mutual
    page.direction.setCurrentIndex(1)
    assert model.rows[0].side is Side.NAGOYA
    key_on(qtbot, page, owari, stampi, Qt.Key.Key_3)
    key_on(qtbot, page, o["Nagoya Airframe"], compositi, Qt.Key.Key_5)

    saved = stored(ctx)
    assert saved == {
        (stampi, owari): RequestValues(5),
        (stampi, o["Mikawa Die Cast"]): RequestValues(2),
        (compositi, o["Nagoya Airframe"]): RequestValues(4, mandatory=True),
        (o["Robotica Pinerolese"], o["Tokai Foods"]): RequestValues(no_thanks=True),
        (o["Fonderie Val Susa"], o["Mikawa Die Cast"]): RequestValues(3),
        (owari, stampi): RequestValues(3),
        (o["Nagoya Airframe"], compositi): RequestValues(5),
    }
    assert model.index_of(owari, stampi).data() == "3 ⇄"
    assert model.index_of(o["Nagoya Airframe"], compositi).data() == "5 ⇄"
    page.direction.setCurrentIndex(0)
    assert model.index_of(compositi, o["Nagoya Airframe"]).data() == "4 ⇄ M"
    assert model.index_of(o["Robotica Pinerolese"], o["Tokai Foods"]).data() == "✕"
    assert ctx.undo.count() == 8

    # Delete removes; undo puts it back, redo removes again
    key_on(qtbot, page, stampi, o["Mikawa Die Cast"], Qt.Key.Key_Delete)
    assert (stampi, o["Mikawa Die Cast"]) not in stored(ctx)
    ctx.undo.undo()
    settle(qtbot, page)
    assert stored(ctx)[(stampi, o["Mikawa Die Cast"])] == RequestValues(2)
    assert model.index_of(stampi, o["Mikawa Die Cast"]).data() == "2"
    ctx.undo.redo()
    settle(qtbot, page)
    assert (stampi, o["Mikawa Die Cast"]) not in stored(ctx)

    # a refused key says why, in place, and writes nothing
    key_on(qtbot, page, o["Robotica Pinerolese"], o["Tokai Foods"], Qt.Key.Key_M)
    assert "cannot be mandatory" in page.message.text()

    # the wish list of Stampi: Owari, mutual
    page.tabs.setCurrentIndex(0)
    row = page.catalogue_model.row_of(stampi)
    qtbot.mouseClick(
        page.catalogue.viewport(), Qt.MouseButton.LeftButton,
        pos=page.catalogue.visualRect(page.catalogue_model.index(row, 0)).center(),
    )  # fmt: skip
    assert page.wish_model.rowCount() == 1
    assert page.wish_model.index(0, 2).data() == "⇄"
    assert "Owari Press" in page.asked_by.text()
    # in the wish list: type a priority, then N says no thanks
    wish = page.wish_list
    wish.setFocus()
    wish.setCurrentIndex(page.wish_model.index(0, 1))
    qtbot.keyClick(wish, Qt.Key.Key_F2)  # the priority's editor
    editor = wish.focusWidget()
    assert editor is not wish, editor
    qtbot.keyClicks(editor, "2")  # replaces the selected priority
    with qtbot.waitSignal(page.wish_model.priority_edited):  # the delegate commits queued
        qtbot.keyClick(editor, Qt.Key.Key_Return)
    settle(qtbot, page)
    assert stored(ctx)[(stampi, owari)] == RequestValues(2)
    wish.setFocus()
    wish.setCurrentIndex(page.wish_model.index(0, 0))
    qtbot.keyClick(wish, Qt.Key.Key_N)
    settle(qtbot, page)
    assert stored(ctx)[(stampi, owari)] == RequestValues(2, no_thanks=True)
    assert page.wish_model.index(0, 2).data() == "✕ no thanks"


def test_accept_two_suggestions_and_undo_one(
    qtbot: QtBot, ctx: AppContext, small: tuple[Store, int, dict[str, int]]
) -> None:
    _, _, o = small
    page = open_page(qtbot, ctx)
    page.tabs.setCurrentWidget(page.suggestions_tab)
    model = page.suggestions_model
    assert model.rowCount() >= 3
    first, second = model.suggestion(0), model.suggestion(1)
    assert first is not None and second is not None
    assert {first.requester, first.requested} == {o["Stampi Dora"], o["Owari Press"]}
    assert model.index(0, 3).data() == "Both automotive; profiles share: stamping, EV"
    assert all(
        o["Tokai Foods"] not in (s.requester, s.requested)
        for s in (model.suggestion(r) for r in range(model.rowCount()))
        if s is not None
    )
    for _ in range(2):
        button = page.suggestions.findChild(QPushButton, "acceptSuggestion0")
        assert button is not None and button.isVisible()
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
        settle(qtbot, page)
    assert set(stored(ctx)) == {
        (first.requester, first.requested),
        (second.requester, second.requested),
    }
    shown = {model.suggestion(r).pair for r in range(model.rowCount())}  # type: ignore[union-attr]
    assert first.pair not in shown and second.pair not in shown
    ctx.undo.undo()
    settle(qtbot, page)
    assert set(stored(ctx)) == {(first.requester, first.requested)}
    assert second.pair in {model.suggestion(r).pair for r in range(model.rowCount())}  # type: ignore[union-attr]


def test_catalogue_filter_by_side_sector_and_text(
    qtbot: QtBot, ctx: AppContext, small: tuple[Store, int, dict[str, int]]
) -> None:
    page = open_page(qtbot, ctx)
    model = page.catalogue_model
    assert model.rowCount() == 9
    page.side_filter.setCurrentIndex(page.side_filter.findData(Side.NAGOYA))
    assert model.rowCount() == 5
    page.sector_filter.setCurrentIndex(page.sector_filter.findData(Sector.AUTOMOTIVE))
    assert {e.name for e in model.entries()} == {
        "Owari Press",
        "Mikawa Die Cast",
        "Atsuta Robotics",
    }
    assert page.matrix_model.columnCount() == 3  # the matrix follows the filter
    page.search.setFocus()
    for ch in "ﾀﾞｲｶｽﾄ":  # half-width katakana finds ダイカスト
        QTest.sendKeyEvent(
            QTest.KeyAction.Click,
            page.search,
            Qt.Key.Key_unknown,
            ch,
            Qt.KeyboardModifier.NoModifier,
        )
    qtbot.waitUntil(lambda: model.rowCount() == 1)
    assert model.entries()[0].name == "Mikawa Die Cast"


@pytest.mark.parametrize("lang", ["en", "it", "ja"])
def test_screenshots(
    qtbot: QtBot,
    ctx: AppContext,
    small: tuple[Store, int, dict[str, int]],
    tmp_path: Path,
    lang: str,
) -> None:
    store, mission_id, o = small
    service.set_priority(store, mission_id, o["Stampi Dora"], o["Owari Press"], 5)
    service.set_priority(store, mission_id, o["Owari Press"], o["Stampi Dora"], 4)
    service.mark_no_thanks(store, mission_id, o["Robotica Pinerolese"], o["Tokai Foods"])
    out = Path("/tmp/requests-shots") if Path("/tmp/requests-shots").is_dir() else tmp_path
    with window_language(lang):
        page = open_page(qtbot, ctx)
        for i, tab in enumerate((0, 1, 2)):
            page.tabs.setCurrentIndex(tab)
            if tab == 0:
                page.catalogue.setCurrentIndex(
                    page.catalogue_model.index(page.catalogue_model.row_of(o["Stampi Dora"]), 0)
                )
            if tab == 1:
                page.show_example()
            qtbot.wait(50)
            assert page.grab().save(str(out / f"requests-{lang}-{i}.png"))
        if lang == "ja":
            assert page.suggestions_model.index(0, 3).data().startswith("両社とも")


# --- 300 organisations --------------------------------------------------------------------


def test_matrix_of_300_organisations_stays_responsive(
    qtbot: QtBot, paths: Paths, db: Store
) -> None:
    sectors = list(Sector)
    words = [
        "stamping",
        "casting",
        "compositi",
        "プレス",
        "電動化",
        "powertrain",
        "welding",
        "sensori",
    ]
    rows = [
        (f"Org {side} {i:03d}", None, [sectors[i % 9], sectors[(i * 7) % 14]],
         f"{words[i % 8]} {words[(i * 3) % 8]}")
        for side in ("T", "N") for i in range(150)
    ]  # fmt: skip
    mission_id, ids = _build(db, rows[:150], rows[150:])
    turin = [ids[r[0]] for r in rows[:150]]
    nagoya = [ids[r[0]] for r in rows[150:]]
    wanted = [(turin[i], nagoya[(i * 7 + k) % 150], RequestValues(1 + (i + k) % 5))
              for i in range(150) for k in range(4)]  # fmt: skip
    wanted += [(nagoya[(i * 7) % 150], turin[i], RequestValues(3)) for i in range(0, 150, 2)]
    service.write_requests(db, mission_id, wanted)
    context = make_context(paths, db, mission_id)
    try:
        started = time.perf_counter()
        page = open_page(qtbot, context)
        page.tabs.setCurrentWidget(page.matrix_tab)
        qtbot.wait(1)
        load_s = time.perf_counter() - started
        assert page.matrix_model.rowCount() == 150 and page.matrix_model.columnCount() == 150
        view = page.matrix_view
        index = page.matrix_model.index(120, 130)
        view.setCurrentIndex(index)
        view.scrollTo(index)
        a, b = page.matrix_model.pair(index) or (0, 0)
        started = time.perf_counter()
        qtbot.keyClick(view, Qt.Key.Key_4)
        qtbot.waitUntil(
            lambda: page.matrix_model.index_of(a, b).data() in ("4", "4 ⇄"), timeout=5000
        )
        shown_s = time.perf_counter() - started
        settle(qtbot, page)
        reloaded_s = time.perf_counter() - started
        assert view.currentIndex() == page.matrix_model.index_of(a, b)  # kept across the reload
        started = time.perf_counter()
        for _ in range(20):
            qtbot.keyClick(view, Qt.Key.Key_Right)
        qtbot.keyClick(view, Qt.Key.Key_Down)
        QTest.qWait(1)
        move_s = (time.perf_counter() - started) / 21
        print(
            f"\n300 organisations, {len(wanted)} requests: page load {load_s:.2f} s, "
            f"cell edit shown {shown_s * 1000:.0f} ms, reloaded {reloaded_s * 1000:.0f} ms, "
            f"arrow key {move_s * 1000:.1f} ms"
        )
        assert load_s < 10 and shown_s < 2 and move_s < 0.2
    finally:
        close_context(qtbot, context)
