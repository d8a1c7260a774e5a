"""The Documents page, driven as a coordinator would, on a real SQLite file with the demo."""

from __future__ import annotations

import json
import re
import shutil
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from icalendar import Calendar
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtPdf import QPdfDocument
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from app.common.paths import Paths
from app.documents import badge_layouts
from app.model import Mission
from app.services.documents import DocumentKind
from app.services.scheduling import schedule_mission
from app.store import open_store
from tests.demo_support import CopyDemo
from tests.factories import first_fit
from tests.ui_support import close_context, make_context, window_language
from ui.context import AppContext
from ui.pages import registry
from ui.pages.documents import DocumentsPage


@pytest.fixture
def ctx(qtbot: QtBot, paths: Paths, sqlite_path: Path, copy_demo: CopyDemo) -> Iterator[AppContext]:
    store = open_store(copy_demo(sqlite_path), paths=paths)
    with store.session() as s:
        mission_id = s.scalars(select(Mission.id).where(Mission.host_city == "Torino")).one()
    schedule_mission(store, mission_id, solve=first_fit)
    context = make_context(paths, store, mission_id)
    try:
        yield context
    finally:
        close_context(qtbot, context)
        store.close()


def open_page(qtbot: QtBot, ctx: AppContext, folder: Path) -> DocumentsPage:
    page = DocumentsPage(ctx)
    qtbot.addWidget(page)
    page.resize(1300, 800)
    page.show()
    qtbot.waitUntil(page.ready)
    page.folder.setText(str(folder))
    return page


def choose(page: DocumentsPage, kind: DocumentKind) -> None:
    page.kind.setCurrentIndex(page.kind.findData(kind))


def make(qtbot: QtBot, page: DocumentsPage) -> None:
    qtbot.mouseClick(page.generate, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not page.is_running(), timeout=60_000)


def test_page_is_registered() -> None:
    assert DocumentsPage in registry.page_classes()


def test_badges_for_everyone_are_made_and_previewed(
    qtbot: QtBot, ctx: AppContext, tmp_path: Path
) -> None:
    page = open_page(qtbot, ctx, tmp_path / "out")
    choose(page, DocumentKind.BADGES)
    assert page.layout_choice.isVisible() and not page.paper.isVisible()
    # names with sizes, not file names; the file name is what is ordered
    assert page.layout_choice.currentText() == "A4 sheet, 10 badges 90 × 54 mm"
    assert page.layout_choice.currentData() == "a4-90x54"
    shown = [page.layout_choice.itemText(i) for i in range(page.layout_choice.count())]
    assert "A6 card, one badge 105 × 148 mm" in shown
    assert "A4 sheet, 4 badges 105 × 148 mm" in shown
    make(qtbot, page)
    shown = page.shown_file()
    assert shown is not None and shown.parent == tmp_path / "out"
    assert page.files.count() == 1 and "Made 1 document" in page.message.text()
    pages = len(PdfReader(shown).pages)
    assert pages == 3  # 29 people, 10 badges a sheet
    qtbot.waitUntil(lambda: page.pdf.status() == QPdfDocument.Status.Ready)
    assert page.pdf.pageCount() == pages


def test_agendas_for_the_selected_participants(
    qtbot: QtBot, ctx: AppContext, tmp_path: Path
) -> None:
    page = open_page(qtbot, ctx, tmp_path)
    choose(page, DocumentKind.PERSONAL_AGENDAS)
    assert page.whom_box.isEnabled() and not page.layout_choice.isVisible()
    page.people.choose(0)
    page.people.choose(3)
    assert page.chosen.isChecked()
    make(qtbot, page)
    made = sorted(tmp_path.glob("agenda-*.pdf"))
    assert len(made) == 2 == page.files.count()
    assert page.progress.text() == "2 of 2"  # the count it reached, not "1 of 1"
    wanted = {page.people.id_at(i) for i in (0, 3)}
    assert {int(p.name.split("-")[1]) for p in made} == wanted


def test_choosing_nobody_is_refused_with_a_message(
    qtbot: QtBot, ctx: AppContext, tmp_path: Path
) -> None:
    page = open_page(qtbot, ctx, tmp_path / "out")
    choose(page, DocumentKind.PERSONAL_AGENDAS)
    page.chosen.setChecked(True)
    qtbot.mouseClick(page.generate, Qt.MouseButton.LeftButton)
    assert "Select at least one participant" in page.message.text()
    assert not page.is_running() and not (tmp_path / "out").exists()


def test_a_folder_that_cannot_be_made_gets_a_message(
    qtbot: QtBot, ctx: AppContext, tmp_path: Path
) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    page = open_page(qtbot, ctx, blocker / "documents")
    choose(page, DocumentKind.SHEETS)
    make(qtbot, page)
    assert page.message.text().startswith("Could not make the documents:")
    assert page.files.count() == 0 and page.generate.isEnabled()


def test_cancel_leaves_only_complete_files(qtbot: QtBot, ctx: AppContext, tmp_path: Path) -> None:
    out = tmp_path / "out"
    page = open_page(qtbot, ctx, out)
    choose(page, DocumentKind.PERSONAL_AGENDAS)
    qtbot.mouseClick(page.generate, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(page.cancel_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not page.is_running(), timeout=60_000)
    assert page.message.text().startswith("Cancelled.")
    made = list(out.glob("*.pdf"))
    assert len(made) < 29
    for path in made:
        assert len(PdfReader(path).pages) >= 1
    assert not list(out.glob(".*.part"))


def show_empty_mission(ctx: AppContext) -> None:
    """A mission with nobody in it, called "Empty", becomes the shown one."""
    store = ctx.store
    assert store is not None
    with store.session() as s:
        empty = Mission(
            name="Empty",
            host_city="Torino",
            timezone="Europe/Rome",
            start_date=date(2028, 5, 1),
            end_date=date(2028, 5, 2),
        )
        s.add(empty)
        s.flush()
        ctx.mission_id = empty.id


def test_a_mission_with_nobody_gets_a_message(
    qtbot: QtBot, ctx: AppContext, tmp_path: Path
) -> None:
    show_empty_mission(ctx)
    page = open_page(qtbot, ctx, tmp_path)
    choose(page, DocumentKind.BADGES)
    make(qtbot, page)
    assert "no participants" in page.message.text()
    assert not list(tmp_path.glob("*.pdf"))


def test_a_relative_folder_goes_under_the_documents_folder(
    qtbot: QtBot, ctx: AppContext, tmp_path: Path
) -> None:
    page = open_page(qtbot, ctx, tmp_path)
    page.folder.setText("torino-2028")
    choose(page, DocumentKind.SHEETS)
    make(qtbot, page)
    shown = page.shown_file()
    assert shown is not None and shown.parent == ctx.paths.documents_dir / "torino-2028"


def test_calendar_files_for_the_selected_participants(
    qtbot: QtBot, ctx: AppContext, tmp_path: Path
) -> None:
    """.ics files are made like the documents; they are listed, not previewed."""
    page = open_page(qtbot, ctx, tmp_path / "out")
    choose(page, DocumentKind.CALENDARS)
    assert page.whom_box.isEnabled()
    page.people.choose(1)
    make(qtbot, page)
    made = sorted((tmp_path / "out").glob("*.ics"))
    assert len(made) == 1 == page.files.count()
    calendar = Calendar.from_ical(made[0].read_bytes())
    assert calendar.walk("VEVENT") and not calendar.get_missing_tzids()
    assert page.pdf.status() != QPdfDocument.Status.Ready  # nothing to preview


def test_a_document_error_reads_in_japanese(
    qtbot: QtBot, ctx: AppContext, tmp_path: Path, japanese: None
) -> None:
    """In a Japanese window, the reason a document could not be made is Japanese too."""
    show_empty_mission(ctx)
    page = open_page(qtbot, ctx, tmp_path)
    choose(page, DocumentKind.BADGES)
    make(qtbot, page)
    assert page.message.text() == (
        "書類を作成できませんでした：このミッションには参加者がいないため、"
        "「Empty」について印刷するものがありません。先に参加者を追加するか、取り込んでください。"
    )
    assert not list(tmp_path.glob("*.pdf"))


def test_a_cancel_reads_in_japanese(
    qtbot: QtBot, ctx: AppContext, tmp_path: Path, japanese: None
) -> None:
    """A cancel ("Stopped after N of M documents…") is worded in the window's language too."""
    out = tmp_path / "out"
    page = open_page(qtbot, ctx, out)
    choose(page, DocumentKind.PERSONAL_AGENDAS)
    qtbot.mouseClick(page.generate, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(page.cancel_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not page.is_running(), timeout=60_000)
    said = re.fullmatch(
        r"キャンセルしました。(\d+) 件中 (\d+) 件の書類を作成したところで停止しました。"
        r"作成済みの書類はそのまま使えます。",
        page.message.text(),
    )
    assert said is not None, page.message.text()
    assert int(said[2]) == len(list(out.glob("*.pdf"))) < int(said[1])


def test_the_programme_booklet_in_the_chosen_languages(
    qtbot: QtBot, ctx: AppContext, tmp_path: Path
) -> None:
    """The booklet is one PDF in the two languages chosen, left | right, previewed."""
    page = open_page(qtbot, ctx, tmp_path / "out")
    choose(page, DocumentKind.BOOKLET)
    assert page.booklet_languages.isVisible() and not page.layout_choice.isVisible()
    assert not page.whom_box.isEnabled()
    assert page.booklet_languages.currentText() == "Italian | Japanese"  # the default
    page.booklet_languages.setCurrentIndex(page.booklet_languages.findText("English | Japanese"))
    make(qtbot, page)
    shown = page.shown_file()
    assert shown is not None and shown.name.endswith("-en-ja.pdf"), page.message.text()
    assert page.files.count() == 1
    text = "".join(p.extract_text() for p in PdfReader(shown).pages)
    assert "Mission programme" in text and "ミッション・プログラム" in text
    assert "Welcome dinner" in text and "歓迎夕食会" in text
    qtbot.waitUntil(lambda: page.pdf.status() == QPdfDocument.Status.Ready)


def choose_layout(page: DocumentsPage, name: str) -> None:
    page.layout_choice.setCurrentIndex(page.layout_choice.findData(name))


def test_crop_marks_are_offered_only_where_there_is_something_to_cut(
    qtbot: QtBot, ctx: AppContext, tmp_path: Path
) -> None:
    """On a6 (one badge the size of the card) the box is greyed out before any click, saying
    why; the coordinator's tick comes back with a sheet of labels, and a6 badges are made
    rather than refused."""
    out = tmp_path / "out"
    page = open_page(qtbot, ctx, out)
    choose(page, DocumentKind.BADGES)
    assert page.crop_marks.isEnabled() and not page.crop_marks.toolTip()
    page.crop_marks.setChecked(True)
    choose_layout(page, "a6")
    assert not page.crop_marks.isEnabled()
    assert not page.crop_marks.isChecked()  # a greyed tick would promise marks
    assert "nothing to cut" in page.crop_marks.toolTip()
    make(qtbot, page)
    assert page.message.text().startswith("Made 1 document"), page.message.text()
    assert [p.name for p in out.glob("*.pdf")] == ["badges-Nagoya-Torino-March-2028-a6.pdf"]
    choose_layout(page, "a4-a6x4")
    assert page.crop_marks.isEnabled() and page.crop_marks.isChecked()


def test_the_first_label_is_one_of_the_sheet_s(
    qtbot: QtBot, ctx: AppContext, tmp_path: Path
) -> None:
    """Label 7 of a 10-label sheet cannot carry over to 4 × A6 (4 labels) nor to an A6 card
    (one, nothing to choose): the choice is bounded before the click, not refused after."""
    out = tmp_path / "out"
    page = open_page(qtbot, ctx, out)
    choose(page, DocumentKind.BADGES)
    page.start_at.setValue(7)
    assert page.start_at.value() == 7 and page.start_at.maximum() == 10
    choose_layout(page, "a4-a6x4")
    assert page.start_at.maximum() == 4 and page.start_at.value() == 4
    choose_layout(page, "a6")
    assert not page.start_at.isEnabled() and page.start_at.value() == 1
    make(qtbot, page)
    assert page.message.text().startswith("Made 1 document"), page.message.text()


def test_a_layout_printed_to_the_edge_says_so_under_the_picker(
    qtbot: QtBot, ctx: AppContext, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A layout whose sheet declares no unprintable margin ("unprintable_margin_mm": 0) needs
    borderless printing: the note shows under the layout picker, and only for it."""
    folder = tmp_path / "layouts"
    shutil.copytree(badge_layouts.layouts_dir(), folder)
    edge = json.loads((folder / "a6.json").read_text(encoding="utf-8"))
    edge["sheet"]["unprintable_margin_mm"] = 0
    edge["elements"][0]["x"] = 0  # the side band runs to the paper's edge
    (folder / "a6-edge.json").write_text(json.dumps(edge), encoding="utf-8")
    monkeypatch.setattr(badge_layouts, "layouts_dir", lambda: folder)
    page = open_page(qtbot, ctx, tmp_path)
    choose(page, DocumentKind.BADGES)
    assert page.layout_note.isHidden()
    choose_layout(page, "a6-edge")
    assert page.layout_note.isVisible()
    assert page.layout_note.text().startswith("The layout a6-edge prints up to the paper's edge")
    assert "borderless printing" in page.layout_note.text()
    choose(page, DocumentKind.PERSONAL_AGENDAS)
    assert page.layout_note.isHidden()
    choose(page, DocumentKind.BADGES)
    choose_layout(page, "a4-90x54")
    assert page.layout_note.isHidden()


def test_a_japanese_window_lists_people_by_their_japanese_names(
    qtbot: QtBot, ctx: AppContext, tmp_path: Path
) -> None:
    """In Japanese, the people to choose read "石川 正宏 (Ishikawa Masahiro) — 中部精密工業", as
    the Participants list does; an Italian keeps his Latin name; the filter finds both."""
    with window_language("ja"):
        page = open_page(qtbot, ctx, tmp_path)
        texts = page.people.labels()
    assert "石川 正宏 (Ishikawa Masahiro) — 中部精密工業" in texts
    assert "Ishikawa Masahiro (石川 正宏) — Chubu Seimitsu Kogyo" not in texts
    assert any(t.startswith("Francesca Allasia — ") for t in texts)
    page.people_filter.setText("ishikawa")
    assert page.people.labels() == ["石川 正宏 (Ishikawa Masahiro) — 中部精密工業"]
    page.people_filter.setText("中部精密")  # the organisation, in kanji
    assert len(page.people.labels()) > 1
    page.people.choose(0)
    assert page.chosen.isChecked() and page.selected_ids() == (page.people.id_at(0),)
