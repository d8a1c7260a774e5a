"""The programme booklet (``ponte programme``): the Nagoya → Torino demo written in it|ja, en|ja
and it|en, read back column by column with pdfplumber, pdftotext and pypdf: every item and
B2B session titled in both languages (English where a form is missing), times in their venue's
zone with CET before Rome's change on 26 March 2028 and CEST after, venues with addresses in
both scripts, fonts embedded; and the command's refusals worded, never a traceback."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from zoneinfo import ZoneInfo

import pdfplumber
import pytest
from click.testing import CliRunner, Result
from pypdf import PdfReader
from reportlab.lib.pagesizes import A4
from sqlalchemy import select

from app.cli import build_cli
from app.common.errors import UserError
from app.common.paths import Paths
from app.core.language import format_date, format_span
from app.core.mission_record import MissionRecord, load_mission
from app.core.names import Names
from app.documents.booklet import TIME_WIDTH
from app.documents.page import BODY_BOTTOM, BODY_TOP, MARGIN
from app.model import AgendaItem, Venue
from app.model.enums import AgendaKind
from app.model.enums import DocumentLanguage as Lang
from app.services.booklet import make_booklet, parse_languages
from app.services.missions import list_missions
from app.store import open_store
from tests import factories as f
from tests.demo_support import CopyDemo

PAIRS = [(Lang.IT, Lang.JA), (Lang.EN, Lang.JA), (Lang.IT, Lang.EN)]
PDFCHECK = Path("/work/shared/tools/pdfcheck/check_pdf.py")
ADDRESS_JA = "〒10123 トリノ市 ニーノ・コスタ通り8番地"  # written for the test: the demo has none
NO_JAPANESE_TITLE = 0  # the item whose Japanese title the test removes (by start)


@pytest.fixture
def demo(tmp_path: Path, paths: Paths, copy_demo: CopyDemo) -> Iterator[tuple[Path, int]]:
    """The demo database with Nagoya → Torino's id; one item without its Japanese title and
    the Turin chamber's venue with a Japanese address."""
    db = copy_demo(tmp_path / "demo.sqlite")
    with open_store(str(db), paths=paths) as store:
        mission_id = next(m.id for m in list_missions(store) if m.name.startswith("Nagoya"))
        with store.session() as s:
            items = s.scalars(
                select(AgendaItem)
                .where(AgendaItem.mission_id == mission_id)
                .order_by(AgendaItem.start_utc)
            ).all()
            items[NO_JAPANESE_TITLE].title_ja = None
            venue = s.scalars(select(Venue).where(Venue.name.startswith("Torino Incontra"))).one()
            venue.address_ja = ADDRESS_JA
    yield db, mission_id


def _squash(text: str) -> str:
    return "".join(text.split())


def _columns(pdf: Path) -> tuple[list[str], list[str], list[str]]:
    """Per page, the text of the time column, the left and the right language column (the
    body only, without header and footer)."""
    width, height = A4
    lang_width = (width - 2 * MARGIN - TIME_WIDTH) / 2
    edges = [MARGIN, MARGIN + TIME_WIDTH, MARGIN + TIME_WIDTH + lang_width, width - MARGIN]
    out: tuple[list[str], list[str], list[str]] = ([], [], [])
    with pdfplumber.open(pdf) as doc:
        for page in doc.pages:
            for i in range(3):
                box = (edges[i] - 1, BODY_TOP - 8, edges[i + 1] + 1, height - BODY_BOTTOM + 2)
                out[i].append(page.within_bbox(box).extract_text() or "")
    return out


def _write(store_db: Path, paths: Paths, mission_id: int, pair: tuple[Lang, Lang],
           out: Path) -> Path:  # fmt: skip
    with open_store(str(store_db), paths=paths) as store:
        make_booklet(store, mission_id, out, pair)
    return out


def _record(db: Path, paths: Paths, mission_id: int) -> MissionRecord:
    with open_store(str(db), paths=paths) as store:
        return load_mission(store, mission_id)


@pytest.mark.parametrize("pair", PAIRS, ids=lambda p: f"{p[0]}-{p[1]}")
def test_every_item_and_session_titled_in_both_languages(
    demo: tuple[Path, int], paths: Paths, tmp_path: Path, pair: tuple[Lang, Lang]
) -> None:
    """Each column holds every title in its language, English where that form is missing."""
    db, mission_id = demo
    pdf = _write(db, paths, mission_id, pair, tmp_path / "booklet.pdf")
    record = _record(db, paths, mission_id)
    _times, left, right = _columns(pdf)
    sessions = list(record.sessions)
    # the older "B2B" item is the session's block: the session stands for it
    items = [i for i in record.items if i.kind is not AgendaKind.B2B]
    assert all(
        any(s.start_utc <= i.start_utc < s.end_utc for s in sessions)
        for i in record.items
        if i.kind is AgendaKind.B2B
    )
    for lang, column in zip(pair, (left, right), strict=True):
        text = _squash("".join(column))
        titles = [i.titles for i in items] + [s.names for s in sessions]
        for names in titles:
            assert _squash(names.in_(lang)) in text, (lang, names.in_(lang))
    if Lang.JA in pair:
        missing = sorted(record.items, key=lambda i: i.start_utc)[NO_JAPANESE_TITLE]
        assert missing.titles.written(Lang.JA) is None
        column = right if pair[1] is Lang.JA else left
        assert _squash(missing.title) in _squash("".join(column))  # the English fallback


def test_times_in_each_venue_zone_with_the_summer_time_change(
    demo: tuple[Path, int], paths: Paths, tmp_path: Path
) -> None:
    """Rome is on CET before 26 March 2028 and CEST from then on; every row says which."""
    db, mission_id = demo
    pdf = _write(db, paths, mission_id, (Lang.IT, Lang.JA), tmp_path / "booklet.pdf")
    times = _squash("".join(_columns(pdf)[0]))
    assert _squash("16:40–18:00 CET") in times  # the arrival, Saturday 25 March
    assert _squash("10:00–12:30 CEST") in times  # the museum, Sunday 26 March
    record = _record(db, paths, mission_id)
    for item in record.items:
        if item.kind is AgendaKind.B2B:
            continue
        start, end = (t.astimezone(ZoneInfo(item.timezone))
                      for t in (item.start_utc, item.end_utc))  # fmt: skip
        span = format_span(start, end)
        assert _squash(span) in times, span
        assert span.endswith("CET") == (start.date().day < 26)
    text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True).stdout
    assert "CET" in text and "CEST" in text and "JST" not in text


def _days(record: MissionRecord) -> list[date]:
    return sorted({i.start_utc.astimezone(ZoneInfo(i.timezone)).date() for i in record.items})


def test_day_headings_in_both_languages_kept_with_their_first_item(
    demo: tuple[Path, int], paths: Paths, tmp_path: Path
) -> None:
    """Each day is headed in both languages; on every page a day heading has a row under it
    (a page never ends with a heading), and a page's first row has its day heading above.
    Both demo missions: Torino → Nagoya's long days run over pages."""
    db, nagoya_torino = demo
    with open_store(str(db), paths=paths) as store:
        ids = [m.id for m in list_missions(store)]
    assert nagoya_torino in ids and len(ids) == 2
    for mission_id in ids:
        record = _record(db, paths, mission_id)
        for pair in PAIRS:
            pdf = _write(db, paths, mission_id, pair, tmp_path / f"{pair[0]}{pair[1]}.pdf")
            _times, left, right = _columns(pdf)
            heading_words = set()
            for lang, column in zip(pair, (left, right), strict=True):
                joined = _squash("".join(column))
                for day in _days(record):
                    assert _squash(format_date(day, lang)) in joined
                    heading_words.add(format_date(day, lang).split()[0])
            _assert_headings_kept(pdf, heading_words)


def _assert_headings_kept(pdf: Path, heading_words: set[str]) -> None:
    with pdfplumber.open(pdf) as doc:
        assert len(doc.pages) >= 2
        for page in doc.pages:
            words = page.extract_words()
            headings = [w["top"] for w in words if w["text"] in heading_words]
            rows = [w["top"] for w in words if re.fullmatch(r"\d\d:\d\d–\d\d:\d\d", w["text"])]
            for top in headings:
                assert any(r > top for r in rows), f"a day heading ends page {page.page_number}"
            if rows:
                assert headings and min(headings) < min(rows), page.page_number


def test_venues_with_names_and_addresses_in_both_scripts(
    demo: tuple[Path, int], paths: Paths, tmp_path: Path
) -> None:
    """The venues section names each venue in both languages with its Latin address, and the
    Japanese address where one is written (also in an it|en booklet: for a taxi in Japan)."""
    db, mission_id = demo
    record = _record(db, paths, mission_id)
    for pair in PAIRS:
        pdf = _write(db, paths, mission_id, pair, tmp_path / f"v-{pair[0]}{pair[1]}.pdf")
        _times, left, right = _columns(pdf)
        last_left, last_right = _squash(left[-1]), _squash(right[-1])
        for venue in record.venues.values():
            names = Names(venue.name, venue.name_it, venue.name_ja)
            assert _squash(names.in_(pair[0])) in last_left
            assert _squash(names.in_(pair[1])) in last_right
            assert _squash(venue.address) in last_left
        assert _squash(ADDRESS_JA) in (last_right if pair != (Lang.JA, Lang.IT) else last_left)


def test_fonts_embedded_and_pdfcheck_passes(
    demo: tuple[Path, int], paths: Paths, tmp_path: Path
) -> None:
    """Every font is embedded (no base-14 Helvetica), and the shared pdfcheck accepts the
    file with Japanese and Italian needles read back."""
    db, mission_id = demo
    pdf = _write(db, paths, mission_id, (Lang.IT, Lang.JA), tmp_path / "booklet.pdf")
    reader = PdfReader(pdf)
    fonts = {}
    for page in reader.pages:
        for font in page["/Resources"]["/Font"].values():
            font = font.get_object()
            descriptor = font["/DescendantFonts"][0].get_object()["/FontDescriptor"] if (
                "/DescendantFonts" in font) else font["/FontDescriptor"]  # fmt: skip
            fonts[str(font["/BaseFont"])] = "/FontFile2" in descriptor.get_object()
    assert fonts and all(fonts.values()), fonts
    assert any("IPAex" in name for name in fonts)
    if not PDFCHECK.is_file() or shutil.which("qpdf") is None:
        pytest.skip("the shared pdfcheck tool is not installed here")
    check = subprocess.run(
        [sys.executable, str(PDFCHECK), str(pdf), "歓迎夕食会", "Cena di benvenuto", "CEST",
         "名古屋代表団", "Via Nino Costa 8"],
        capture_output=True, text=True,
    )  # fmt: skip
    assert check.returncode == 0, check.stdout + check.stderr


# --- the command -----------------------------------------------------------------------------


def invoke(*args: str) -> Result:
    return CliRunner().invoke(build_cli(), list(args))


def test_command_writes_the_booklet(demo: tuple[Path, int], tmp_path: Path) -> None:
    """``ponte programme`` writes the PDF (Italian | Japanese unless told) and says where."""
    db, mission_id = demo
    out = tmp_path / "out" / "booklet.pdf"
    result = invoke("programme", "--db", str(db), "--mission", str(mission_id), "--out", str(out))
    assert result.exit_code == 0, result.output
    assert str(out) in result.output and "(it | ja" in result.output
    assert out.read_bytes().startswith(b"%PDF") and out.stat().st_mode & 0o777 == 0o600


@pytest.mark.parametrize(
    ("languages", "words"),
    [
        ("fr,ja", "cannot be written in 'fr'"),
        ("it,it", "not it twice"),
        ("it,ja,en", "exactly two languages side by side, not 3"),
        ("ja", "exactly two languages side by side, not 1"),
    ],
)
def test_command_refuses_wrong_languages(
    demo: tuple[Path, int], tmp_path: Path, languages: str, words: str
) -> None:
    """A wrong choice of languages is one worded line, status 1, and no file."""
    db, mission_id = demo
    out = tmp_path / "booklet.pdf"
    result = invoke("programme", "--db", str(db), "--mission", str(mission_id),
                    "--out", str(out), "--languages", languages)  # fmt: skip
    assert result.exit_code == 1 and not isinstance(result.exception, ValueError)
    assert result.output.startswith("Error: ") and words in result.output
    assert "Traceback" not in result.output and not out.exists()


def test_refusals_are_worded_in_three_languages() -> None:
    """The window shows the same refusals in Italian and Japanese."""
    for value in ("xx,ja", "en,en", "it,ja,en"):
        with pytest.raises(UserError) as caught:
            parse_languages(value)
        texts = {caught.value.text(lang) for lang in ("en", "it", "ja")}
        assert len(texts) == 3
    assert "ja" in caught.value.text("ja") and "言語" in caught.value.text("ja")
    assert parse_languages(None) == (Lang.IT, Lang.JA)
    assert parse_languages(" EN , ja ") == (Lang.EN, Lang.JA)


def test_command_refuses_an_empty_mission(
    demo: tuple[Path, int], paths: Paths, tmp_path: Path
) -> None:
    """A mission with no item and no session has no booklet: said, not drawn empty."""
    db, _ = demo
    with open_store(str(db), paths=paths) as store, store.session() as s:
        empty = f.mission(s, name="Empty mission").id
    out = tmp_path / "booklet.pdf"
    result = invoke("programme", "--db", str(db), "--mission", str(empty), "--out", str(out))
    assert result.exit_code == 1, result.output
    assert "has no programme items and no B2B sessions" in result.output
    assert "Traceback" not in result.output and not out.exists()


def test_command_refuses_an_unwritable_out(demo: tuple[Path, int], tmp_path: Path) -> None:
    """An --out inside something that is not a folder is refused, worded."""
    db, mission_id = demo
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("x")
    result = invoke("programme", "--db", str(db), "--mission", str(mission_id),
                    "--out", str(blocker / "booklet.pdf"))  # fmt: skip
    assert result.exit_code == 1, result.output
    assert result.output.startswith("Error: ") and "not-a-folder" in result.output
    assert "Traceback" not in result.output


def test_an_existing_booklet_is_replaced_whole(
    demo: tuple[Path, int], paths: Paths, tmp_path: Path
) -> None:
    """Writing again replaces the file (atomic writer); nothing is left beside it."""
    db, mission_id = demo
    out = tmp_path / "booklet.pdf"
    out.write_bytes(b"old")
    _write(db, paths, mission_id, (Lang.EN, Lang.JA), out)
    assert out.read_bytes().startswith(b"%PDF")
    assert [p.name for p in tmp_path.iterdir() if p.name.endswith(".part")] == []


def test_the_change_to_summer_time_is_told_the_evening_before(
    demo: tuple[Path, int], paths: Paths, tmp_path: Path
) -> None:
    """Under Saturday 25 March, in both columns: the clocks go forward on the 26th at 02:00
    (CET → CEST); no other day says so, and Japan's mission (no summer time) never does."""
    db, mission_id = demo
    pdf = _write(db, paths, mission_id, (Lang.EN, Lang.JA), tmp_path / "booklet.pdf")
    _times, left, right = _columns(pdf)
    english, japanese = _squash("".join(left)), _squash("".join(right))
    note = _squash(
        "Summer time starts tonight: at 02:00 CET the clocks go forward one hour, to 03:00 CEST."
    )
    assert english.count(note) == 1
    assert english.index("Saturday25March2028") < english.index(note)
    assert english.index(note) < english.index("Sunday26March2028")
    assert (
        japanese.count(_squash("今夜サマータイムが始まります。02:00 CETに時計を1時間進めて")) == 1
    )
    with open_store(str(db), paths=paths) as store:
        other = next(m.id for m in list_missions(store) if m.id != mission_id)
    tokyo = _write(db, paths, other, (Lang.EN, Lang.JA), tmp_path / "tokyo.pdf")
    assert "clocks go" not in "".join(_columns(tokyo)[1])
