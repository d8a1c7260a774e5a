"""Table sheets and the master grid: pages, landscape A4/A3, repeated headers, fonts, text."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from pypdf import PdfReader
from reportlab.lib.pagesizes import A3, A4, landscape

from app.common.paths import Paths
from app.core.agenda_data import load_mission_data, master_grid, table_sheets
from app.core.language import DocumentLanguage
from app.documents.batch import AgendaJob, JobKind, sheet_jobs, write_documents
from app.documents.errors import DocumentError
from app.documents.sheets import columns_per_page, master_grid_pdf
from app.model import B2BSession, B2BTable
from app.store import Store, open_store
from tests import factories as f
from tests.test_documents_agendas import (
    TOKYO_DAY,
    Small,
    assert_extracts,
    assert_fonts_embedded,
    assert_page_numbers,
    build_small,
    pages_text,
    run_cli,
)


@pytest.fixture
def db(sqlite_path: Path, paths: Paths) -> Iterator[Store]:
    store = open_store(str(sqlite_path), paths=paths)
    try:
        yield store
    finally:
        store.close()


@pytest.fixture
def small(db: Store) -> Small:
    return build_small(db)


def test_table_sheets_one_page_per_table(db: Store, small: Small, tmp_path: Path) -> None:
    """Two tables, one session: two pages, each with its table's meetings and free slots."""
    data = load_mission_data(db, small.mission_id)
    sheets, _grid = write_documents(data, sheet_jobs(data, tmp_path, "A4", DocumentLanguage.EN))
    assert sheets.name == "table-sheets.pdf"
    assert_fonts_embedded(sheets)
    texts = pages_text(sheets)
    assert len(texts) == 2
    assert "Table T1" in texts[0] and "Table T2" in texts[1]
    assert "14:20–14:40 JST" in texts[0] and "Città Nuova Meccanica S.r.l." in texts[0]
    assert "Lingotto Analytics Ltd" in texts[1] and "free" in texts[1]
    assert_extracts(sheets, "八丁精機", "Niccolò Sarà", "田中 浩", "小倉 舞")
    assert_page_numbers(sheets, "page {page} of {total}")


def test_sheets_in_japanese(db: Store, small: Small, tmp_path: Path) -> None:
    """--language ja: Japanese labels and the kanji name first."""
    data = load_mission_data(db, small.mission_id)
    sheets, grid = write_documents(data, sheet_jobs(data, tmp_path, "A3", DocumentLanguage.JA))
    assert_extracts(sheets, "テーブル T1", "2027年10月12日（火）", "田中 浩 (Tanaka Hiroshi)")
    assert_extracts(grid, "B2B商談 全体表", "八丁精機")


def _wide_mission(db: Store, tables: int) -> int:
    """The small mission plus a second session with ``tables`` tables."""
    ids = build_small(db)
    with db.session() as s:
        from app.model import Mission

        m = s.get(Mission, ids.mission_id)
        assert m is not None
        s.add(B2BSession(
            mission=m, name="Wide", start_utc=TOKYO_DAY, end_utc=TOKYO_DAY.replace(hour=4),
            timezone="Asia/Tokyo", slot_minutes=20,
            tables=[B2BTable(name=f"W{i:02d}", position=i) for i in range(1, tables + 1)],
        ))  # fmt: skip
    return ids.mission_id


def test_master_grid_is_landscape_and_splits_wide_sessions(db: Store, tmp_path: Path) -> None:
    """30 tables: column groups that fit the paper, A3 needs fewer pages than A4; the
    header row is on every page."""
    mid = _wide_mission(db, 30)
    data = load_mission_data(db, mid)
    pages = {}
    for paper, size in (("A4", A4), ("A3", A3)):
        path = tmp_path / f"grid-{paper}.pdf"
        path.write_bytes(master_grid_pdf(data, paper, DocumentLanguage.EN))
        reader = PdfReader(path)
        box = reader.pages[0].mediabox
        assert (round(float(box.width)), round(float(box.height))) == tuple(
            round(x) for x in landscape(size)
        )
        assert_fonts_embedded(path)
        texts = pages_text(path)
        assert all("Time" in t for t in texts)  # the header row repeats
        assert "W30" in "\n".join(texts)
        assert_page_numbers(path, "page {page} of {total}")
        pages[paper] = len(texts)
    assert columns_per_page("A3") > columns_per_page("A4")
    assert pages["A3"] < pages["A4"]


def test_grid_cells_hold_both_organisations(db: Store, small: Small) -> None:
    """Each meeting sits in its slot × table cell."""
    data = load_mission_data(db, small.mission_id)
    [view] = master_grid(data)
    assert len(view.cells) == 2
    assert {m.table for m in view.cells.values()} == {"T1", "T2"}
    assert [len(s.rows) for s in table_sheets(data)] == [6, 6]


def test_no_session_is_a_clear_error(db: Store, tmp_path: Path) -> None:
    """A mission without B2B sessions has no sheets to print."""
    with db.session() as s:
        mid = f.mission(s, name="No B2B").id
    data = load_mission_data(db, mid)
    with pytest.raises(DocumentError, match="no B2B session"):
        sheet_jobs(data, tmp_path, "A4", DocumentLanguage.EN)
    with pytest.raises(DocumentError, match="no B2B session"):
        master_grid_pdf(data, "A4", DocumentLanguage.EN)


def test_no_session_reads_in_japanese_and_italian(db: Store, tmp_path: Path) -> None:
    """The same refusal in a Japanese or an Italian window, the mission's name quoted as the
    window quotes names; the English as the command line has always printed it."""
    with db.session() as s:
        mid = f.mission(s, name="No B2B").id
    data = load_mission_data(db, mid)
    with pytest.raises(DocumentError) as caught:
        sheet_jobs(data, tmp_path, "A4", DocumentLanguage.EN)
    assert str(caught.value) == (
        "The mission 'No B2B' has no B2B session: there are no table sheets or master grid "
        "to print."
    )
    assert caught.value.text("ja") == (
        "ミッション「No B2B」には B2B セッションがないため、"
        "印刷するテーブル表や全体表がありません。"
    )
    assert caught.value.text("it") == (
        "La missione “No B2B” non ha sessioni B2B: non ci sono fogli dei tavoli né griglia "
        "generale da stampare."
    )


def test_an_error_in_a_worker_process_comes_back_as_itself(db: Store, tmp_path: Path) -> None:
    """Documents render in worker processes, whose errors come back pickled: still a
    DocumentError, still worded in every language (not a pickling error, a defect)."""
    with db.session() as s:
        mid = f.mission(s, name="No B2B").id
    data = load_mission_data(db, mid)
    out = tmp_path / "out"
    jobs = [
        AgendaJob(out / "table-sheets.pdf", JobKind.TABLE_SHEETS),
        AgendaJob(out / "master-grid-A4.pdf", JobKind.MASTER_GRID),
    ]
    with pytest.raises(DocumentError, match="there are no table sheets to print") as caught:
        write_documents(data, jobs, workers=2)
    assert caught.value.text("ja").endswith("印刷するテーブル表がありません。")
    assert not list(out.glob("*.pdf"))


def test_cli_sheets(db: Store, small: Small, sqlite_path: Path, tmp_path: Path) -> None:
    """ponte sheets writes table-sheets.pdf and master-grid-A3.pdf and says so."""
    db.close()
    out = tmp_path / "sheets"
    code, output = run_cli("sheets", "--db", str(sqlite_path), "--out", str(out),
                           "--paper", "a3", "--language", "it")  # fmt: skip
    assert code == 0, output
    assert sorted(p.name for p in out.iterdir()) == ["master-grid-A3.pdf", "table-sheets.pdf"]
    assert "Wrote table-sheets.pdf, master-grid-A3.pdf" in output
    assert_extracts(out / "table-sheets.pdf", "Tavolo T1", "martedì 12 ottobre 2027")
    code, output = run_cli("sheets", "--db", str(sqlite_path), "--out", str(out),
                           "--paper", "A5")  # fmt: skip
    assert code == 2 and "A5" in output
