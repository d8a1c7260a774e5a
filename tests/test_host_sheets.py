"""Table host sheets (issue 17): one page per table and session, rows numbered in time order as
the per-table view numbers them, both scripts, the boxes and the note line in Italian,
Japanese and English, marks already made shown, fonts embedded."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from pypdf import PdfReader

from app.common.paths import Paths
from app.documents.errors import DocumentError
from app.model import DocumentLanguage, MeetingStatus
from app.services.meeting_status import load_on_site, set_meeting_status, write_host_sheets
from app.services.scheduling import schedule_mission
from app.store import Store, open_store
from tests.demo_support import CopyDemo
from tests.factories import first_fit
from tests.test_documents_agendas import assert_fonts_embedded, pages_text

TURIN_MISSION = 2  # the demo's Nagoya → Torino mission: one session, ten tables


@pytest.fixture
def store(tmp_path: Path, paths: Paths, copy_demo: CopyDemo) -> Iterator[Store]:
    with open_store(copy_demo(tmp_path / "demo.sqlite"), paths=paths) as store:
        schedule_mission(store, 1, solve=first_fit)
        yield store


@pytest.mark.parametrize(
    ("lang", "words"),
    [
        ("it", ["Foglio del tavolo", "Svolto", "A assente", "B assente", "Annullato", "Nota"]),
        ("ja", ["テーブル記録シート", "実施", "A 欠席", "B 欠席", "取消", "メモ"]),
        ("en", ["Table host sheet", "Held", "A absent", "B absent", "Cancelled", "Note"]),
    ],
)
def test_a_page_per_table_in_each_language(
    store: Store, tmp_path: Path, lang: str, words: list[str]
) -> None:
    on_site = load_on_site(store, 1)
    session = on_site.sessions[0]
    rows = on_site.rows_of(session.id, session.tables[0].id)
    out = write_host_sheets(
        store, 1, tmp_path / "s.pdf", DocumentLanguage(lang), session_id=session.id
    ).path
    assert_fonts_embedded(out)
    texts = pages_text(out)
    tables_with_rows = {r.table_id for r in on_site.rows if r.session_id == session.id}
    assert len(texts) == len(tables_with_rows)  # one page each: they fit
    first = " ".join(texts[0].split())  # names wrap onto two lines in their cells
    for w in words:
        assert w in first, (lang, w)
    assert rows[0].span in first and rows[-1].span in first
    assert "Asia/Tokyo" in first
    a, joined = rows[0].names_a, "".join(first.split())  # a name may wrap anywhere
    assert a.en.replace(" ", "") in joined  # Latin always; the Japanese too where known
    if a.ja:
        assert a.ja in joined


def test_marks_already_made_and_notes_are_printed(store: Store, tmp_path: Path) -> None:
    """A reprint says what was recorded: the note is printed on its row; a meeting cancelled
    late keeps its row, so the numbering of a sheet never shifts."""
    on_site = load_on_site(store, 1)
    session, table = on_site.sessions[0], on_site.sessions[0].tables[0]
    rows = on_site.rows_of(session.id, table.id)
    set_meeting_status(store, rows[1].meeting_id, MeetingStatus.CANCELLED, "volo cancellato")
    again = load_on_site(store, 1).rows_of(session.id, table.id)
    assert [r.number for r in again] == [r.number for r in rows]
    out = write_host_sheets(
        store, 1, tmp_path / "one.pdf", DocumentLanguage.IT,
        session_id=session.id, table_id=table.id,
    )  # fmt: skip
    assert len(PdfReader(out.path).pages) == 1
    assert "volo cancellato" in pages_text(out.path)[0]


def test_a_mission_without_meetings_has_no_sheet(store: Store, tmp_path: Path) -> None:
    with pytest.raises(DocumentError, match="host sheet"):
        write_host_sheets(store, TURIN_MISSION, tmp_path / "x.pdf", DocumentLanguage.EN)
