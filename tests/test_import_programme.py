"""ponte import --kind programme, on SQLite and PostgreSQL: the journey's programme of the
Nagoya delegation in Turin (tests/fixtures/journey/programme.csv) imported into the demo
mission, its times stored in UTC across Rome's change to summer time (26 March 2028), a
re-import that changes nothing, a changed row that updates, each wrong cell refused with its
row and column and nothing written, the hour shown twice in autumn, and the CLI."""

from __future__ import annotations

import csv
from datetime import UTC, date, datetime, time
from pathlib import Path

import openpyxl
import pytest
from click.testing import CliRunner
from sqlalchemy import func, select

from app.cli import build_cli
from app.core.mission_record import ItemRecord, MissionRecord, load_mission
from app.demo import nagoya_torino
from app.model import AgendaItem, Mission, Venue
from app.model.enums import AgendaKind, Audience
from app.services.importing import (
    Action,
    ImportKind,
    ImportPlan,
    ImportRefused,
    apply_import,
    guess_kind,
    guess_mapping,
    plan_import,
    read_table,
)
from app.store import Store
from tests import factories as f
from tests.demo_support import CopyDemo, LoadDemo

FIXTURE = Path(__file__).parent / "fixtures" / "journey" / "programme.csv"


def _rows() -> list[list[str]]:
    with FIXTURE.open(encoding="utf-8", newline="") as fh:
        return list(csv.reader(fh))


def _write(path: Path, rows: list[list[str]]) -> Path:
    with path.open("w", encoding="utf-8", newline="") as fh:
        csv.writer(fh).writerows(rows)
    return path


def _plan(store: Store, mission_id: int, path: Path) -> ImportPlan:
    table = read_table(path)
    return plan_import(store, mission_id, table, guess_mapping(ImportKind.PROGRAMME, table.headers))


def _demo_mission(store: Store) -> int:
    with store.session() as s:
        return s.scalars(select(Mission.id).where(Mission.name == nagoya_torino.NAME)).one()


def _count(store: Store, mission_id: int) -> int:
    with store.session() as s:
        return s.scalar(
            select(func.count()).select_from(AgendaItem).where(AgendaItem.mission_id == mission_id)
        )


def _item(record: MissionRecord, title: str) -> ItemRecord:
    return next(i for i in record.items if i.title == title)


@pytest.fixture
def demo(store: Store, load_demo: LoadDemo) -> int:
    load_demo(store)
    return _demo_mission(store)


def test_the_journey_programme_is_imported_once(store: Store, demo: int) -> None:
    """The fixture: 13 new items and the demo's arrival moved; UTC across the change."""
    before = _count(store, demo)
    plan = _plan(store, demo, FIXTURE)
    assert [r.action for r in plan.rows].count(Action.CREATE) == 13, plan.rows
    arrival = plan.rows[0]  # the demo's own arrival, at 16:40: found by day and title
    assert arrival.action is Action.UPDATE and set(arrival.changed) == {"start", "title_it"}
    result = apply_import(store, plan)
    assert (result.created, result.updated) == (13, 1) and result.changes.agenda
    record = load_mission(store, demo)
    assert len(record.items) == before + 13
    # Saturday is winter time (UTC+1), Sunday from 03:00 and Monday summer time (UTC+2)
    dinner = _item(record, "Informal dinner with the Turin chamber")
    assert dinner.start_utc == datetime(2028, 3, 25, 18, 30, tzinfo=UTC)
    bus = _item(record, "Bus from the hotel to Venaria Reale")
    assert bus.start_utc == datetime(2028, 3, 26, 7, 30, tzinfo=UTC)
    assert bus.venue_id is None and bus.timezone == "Europe/Rome"
    assert bus.kind is AgendaKind.TRANSFER and bus.descriptions.in_("ja").startswith("今夜から")
    gala = _item(record, "Gala dinner")
    assert gala.start_utc == datetime(2028, 3, 27, 18, 0, tzinfo=UTC)
    assert gala.kind is AgendaKind.DINNER and gala.titles.in_("ja") == "歓迎夕食会"
    assert _item(record, "Free afternoon in the city centre").kind is AgendaKind.FREE
    assert _item(record, "Breakfast briefing for the delegation").kind is AgendaKind.DINNER
    signing = _item(record, "Signing of the memorandum between the two chambers")
    assert signing.kind is AgendaKind.SIGNING_CEREMONY
    plenary = _item(record, "Plenary: Turin and Nagoya, automotive and aerospace")
    assert plenary.venue_id is not None  # named by its Japanese name
    assert record.venues[plenary.venue_id].name.startswith("Torino Incontra")
    assert plenary.descriptions.in_("it") == "Saluti dei presidenti delle due Camere."
    # the audiences: a delegation by its Japanese name, an organisation, named people
    nagoya = next(d for d in record.delegations.values() if d.name == "Nagoya delegation")
    visit = _item(record, "Visit to the Reggia di Venaria")
    assert (visit.audience, visit.audience_delegation_id) == (Audience.DELEGATION, nagoya.id)
    tasting = _item(record, "Hatcho miso tasting with the Turin chocolate makers")
    assert tasting.audience is Audience.ORGANISATION
    hatcho = record.organisations[tasting.audience_organisation_id or 0]
    assert hatcho.name == "Hatcho Jozo"
    assert {p.family_name for p in map(record.people.get, record.attendees_of(tasting)) if p}
    press = _item(record, "Press interview with the speakers")
    assert press.audience is Audience.PARTICIPANTS
    assert sorted(record.people[p].family_name for p in press.attendees) == ["Allasia", "Sugiura"]
    moved = next(i for i in record.items if i.id == arrival.target_id)
    assert moved.start_utc == datetime(2028, 3, 25, 15, 30, tzinfo=UTC)

    again = _plan(store, demo, FIXTURE)
    assert {r.action for r in again.rows} == {Action.UNCHANGED}, [
        (r.row_number, r.changed) for r in again.rows if r.action is not Action.UNCHANGED
    ]
    assert apply_import(store, again).created == 0
    assert _count(store, demo) == before + 13


def test_a_changed_row_updates_its_item(store: Store, demo: int, tmp_path: Path) -> None:
    """A later end and an Italian title: the same item, changed; a moved start too."""
    apply_import(store, _plan(store, demo, FIXTURE))
    count = _count(store, demo)
    rows = _rows()
    gala = next(r for r in rows if r[4] == "Gala dinner")
    gala[2], gala[5] = "23:00", "Cena di gala a Palazzo"
    lunch = next(r for r in rows if r[4] == "Networking lunch")
    lunch[1], lunch[2] = "13:00", "14:00"
    plan = _plan(store, demo, _write(tmp_path / "p.csv", rows))
    changed = {r.label.split(" (")[0]: set(r.changed) for r in plan.rows if r.changed}
    assert changed == {
        "Gala dinner": {"end", "title_it"},
        "Networking lunch": {"start", "end"},
    }
    assert apply_import(store, plan).updated == 2
    assert _count(store, demo) == count
    record = load_mission(store, demo)
    assert _item(record, "Gala dinner").end_utc == datetime(2028, 3, 27, 21, 0, tzinfo=UTC)
    assert _item(record, "Gala dinner").titles.in_("it") == "Cena di gala a Palazzo"
    assert _item(record, "Networking lunch").start_utc == datetime(2028, 3, 27, 11, 0, tzinfo=UTC)


def test_an_xlsx_with_real_dates_and_times(store: Store, demo: int, tmp_path: Path) -> None:
    """The same programme as a workbook with date and time cells plans the same."""
    rows = _rows()
    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(rows[0])
    for row in rows[1:]:
        day = row[0]
        parsed = date.fromisoformat(day) if "-" in day else date(2028, 3, int(day[:2]))
        start, end = (time.fromisoformat(t) for t in row[1:3])
        sheet.append([parsed, start, end, *row[3:]])
    book.save(tmp_path / "programme.xlsx")
    plan = _plan(store, demo, tmp_path / "programme.xlsx")
    assert [r.action for r in plan.rows] == [r.action for r in _plan(store, demo, FIXTURE).rows]
    assert not plan.errors


BAD = [
    # (column changed → value, the field the problem is reported on, a phrase of it in ja)
    ({10: "Palazzo Madama"}, "venue", "会場ではありません"),
    ({0: "2028-03-26", 1: "02:30", 2: "03:30"}, "start", "存在しません"),
    ({3: "karaoke"}, "kind", "種類ではありません"),
    ({1: "21:00", 2: "20:00"}, "end", "開始時刻より前"),
    ({12: "delegation: Osaka delegation"}, "audience", "代表団ではありません"),
    ({12: "organisation: Toyota Motor"}, "audience", "組織ではありません"),
    ({12: "participants: nobody@example.com"}, "audience", "参加者ではありません"),
    ({12: "the mayor"}, "audience", "対象として読めません"),
    ({4: ""}, "title", "必須項目"),
    ({0: "2028-04-02"}, "day", "期間"),
]


@pytest.mark.parametrize(("cells", "field", "ja"), BAD)
def test_a_wrong_cell_is_refused_with_its_row_and_column(
    store: Store, demo: int, tmp_path: Path, cells: dict[int, str], field: str, ja: str
) -> None:
    """One wrong row: reported on its row and column in it/ja/en, and nothing written."""
    before = _count(store, demo)
    rows = _rows()
    for column, value in cells.items():
        rows[5][column] = value  # spreadsheet row 6: the free afternoon
    plan = _plan(store, demo, _write(tmp_path / "bad.csv", rows))
    assert [r.row_number for r in plan.errors] == [6]
    issues = plan.errors[0].issues
    assert [i.field for i in issues] == [field], [i.message for i in issues]
    assert ja in issues[0].text("ja"), issues[0].text("ja")
    assert issues[0].text("it") != issues[0].message
    with pytest.raises(ImportRefused):
        apply_import(store, plan)
    assert _count(store, demo) == before


@pytest.fixture
def autumn(store: Store) -> int:
    """A mission in Turin across the night summer time ends (Sunday 31 October 2027)."""
    with store.session() as s:
        m = f.mission(s, timezone="Europe/Rome")
        m.start_date, m.end_date = date(2027, 10, 30), date(2027, 11, 1)
        s.add(Venue(mission=m, name="Lingotto", address="", city="Torino", timezone="Europe/Rome"))
        return m.id


def _one(tmp_path: Path, start: str, end: str, day: str = "2027-10-31") -> Path:
    return _write(
        tmp_path / "night.csv",
        [["Day", "Start", "End", "Kind", "Title", "Venue"],
         [day, start, end, "transfer", "Night bus to Milano Malpensa", "Lingotto"]],
    )  # fmt: skip


def test_an_hour_shown_twice_must_say_which(store: Store, autumn: int, tmp_path: Path) -> None:
    """02:30 that night: refused with both readings; "02:30 CET" is the second one."""
    plan = _plan(store, autumn, _one(tmp_path, "02:30", "03:30"))
    (issue,) = plan.errors[0].issues
    assert issue.field == "start"
    assert '"02:30 CEST" or "02:30 CET"' in issue.message, issue.message
    assert "「02:30 CEST」か「02:30 CET」" in issue.text("ja")
    with pytest.raises(ImportRefused):
        apply_import(store, plan)
    assert _count(store, autumn) == 0

    plan = _plan(store, autumn, _one(tmp_path, "02:30 CET", "03:30"))
    assert not plan.errors, plan.errors
    apply_import(store, plan)
    (item,) = load_mission(store, autumn).items
    assert item.start_utc == datetime(2027, 10, 31, 1, 30, tzinfo=UTC)  # after the clocks went back
    assert item.end_utc == datetime(2027, 10, 31, 2, 30, tzinfo=UTC)
    # the same file again: the item as stored reads back the same
    assert [r.action for r in _plan(store, autumn, _one(tmp_path, "02:30 CET", "03:30")).rows] == [
        Action.UNCHANGED
    ]
    # the first reading moves it an hour earlier
    plan = _plan(store, autumn, _one(tmp_path, "02:30 cest", "03:30"))
    assert [(r.action, r.changed) for r in plan.rows] == [(Action.UPDATE, ("start_later",))]
    apply_import(store, plan)
    (item,) = load_mission(store, autumn).items
    assert item.start_utc == datetime(2027, 10, 31, 0, 30, tzinfo=UTC)


def test_a_zone_mark_that_does_not_fit_is_refused(
    store: Store, autumn: int, tmp_path: Path
) -> None:
    """'14:00 CEST' on 1 November (winter time): refused, saying it is CET."""
    plan = _plan(store, autumn, _one(tmp_path, "14:00 CEST", "15:00", day="2027-11-01"))
    (issue,) = plan.errors[0].issues
    assert issue.field == "start" and "is CET, not CEST" in issue.message, issue.message
    # "2:30 pm" is a time, not a zone
    plan = _plan(store, autumn, _one(tmp_path, "2:30 pm", "15:00", day="2027-11-01"))
    assert not plan.errors, plan.errors[0].issues


def test_the_headers_say_it_is_a_programme() -> None:
    """The fixture's Italian, English and Japanese headers are guessed as a programme."""
    headers = _rows()[0]
    assert guess_kind(headers) is ImportKind.PROGRAMME
    mapping = guess_mapping(ImportKind.PROGRAMME, headers)
    assert set(mapping.columns) == {
        "day", "start", "end", "kind", "title", "title_it", "title_ja", "description",
        "description_it", "description_ja", "venue", "zone", "audience",
    }  # fmt: skip
    assert guess_kind(["Giorno", "Inizio", "Fine", "Titolo", "Sede"]) is ImportKind.PROGRAMME


def test_the_cli_imports_and_refuses(copy_demo: CopyDemo, tmp_path: Path) -> None:
    """`ponte import --kind programme`: the report, then a file with a wrong row (exit 1)."""
    db = copy_demo(tmp_path / "demo.sqlite")
    runner = CliRunner()
    out = runner.invoke(
        build_cli(), ["import", "--db", str(db), "--mission", "2", str(FIXTURE)]
    )  # fmt: skip
    assert out.exit_code == 0, out.output
    assert "14 rows of programme" in out.output
    assert "Imported: 13 created, 1 updated" in out.output
    rows = _rows()
    rows[3][1] = "02:30"  # Sunday 26 March: the hour the clocks skip
    bad = _write(tmp_path / "bad.csv", rows)
    out = runner.invoke(
        build_cli(), ["import", "--db", str(db), "--mission", "2", "--kind", "programme", str(bad)]
    )
    assert out.exit_code == 1
    assert (
        "row 4 (Bus from the hotel to Venaria Reale (2028-03-26 02:30)): Start: 02:30 does not "
        "exist on 2028-03-26 in Europe/Rome" in out.output
    ), out.output
    assert "Nothing was imported" in out.output or "errors" in out.output


def test_the_setup_workbook_has_a_programme_sheet(store: Store, tmp_path: Path) -> None:
    """The template's Programme sheet (named in Japanese here), filled in under its own
    headers, imports after the participants its audiences name."""
    from app.services.setup_workbook import (
        import_setup_workbook,
        setup_kinds,
        sheet_title,
        write_setup_template,
    )

    kinds = setup_kinds()
    assert kinds.index(ImportKind.PROGRAMME) == kinds.index(ImportKind.PARTICIPANTS) + 1
    with store.session() as s:
        m = f.mission(s, timezone="Europe/Rome")
        m.start_date, m.end_date = date(2028, 3, 25), date(2028, 3, 28)
        mission_id = m.id
    path = write_setup_template(tmp_path / "t.xlsx", "ja")
    book = openpyxl.load_workbook(path)
    venues = book[sheet_title(ImportKind.VENUES, "ja")]
    venues.append(["Lingotto", "Lingotto", "リンゴット"])
    people = book[sheet_title(ImportKind.PARTICIPANTS, "ja")]
    headers = [c.value for c in people[1]]
    people.append(["Sugiura" if h == "Family name" else "Yuko" if h == "Given name" else None
                   for h in headers])  # fmt: skip
    sheet = book[sheet_title(ImportKind.PROGRAMME, "ja")]
    assert sheet.title == "プログラム"
    row = {
        "Day": "2028-03-26",
        "Start": "09:30",
        "End": "10:00",
        "Kind": "移動",
        "Title (English)": "Bus",
        "Venue": "リンゴット",
        "Audience": "参加者：Sugiura Yuko",
    }
    sheet.append([row.get(str(c.value)) for c in sheet[1]])  # fmt: skip
    book.save(path)
    done = import_setup_workbook(store, mission_id, path)
    assert [(d.kind, d.created) for d in done] == [
        (ImportKind.VENUES, 1), (ImportKind.PARTICIPANTS, 1), (ImportKind.PROGRAMME, 1)
    ]  # fmt: skip
    (item,) = load_mission(store, mission_id).items
    assert item.start_utc == datetime(2028, 3, 26, 7, 30, tzinfo=UTC) and len(item.attendees) == 1
