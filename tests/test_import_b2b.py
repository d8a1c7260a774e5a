"""Importing meeting requests, unavailability and interpreters: a Japanese CSV in Shift_JIS of
requests by Japanese company names, an Italian ';' CSV of periods with Italian dates, the
DST change of the Torino mission, an .xlsx of interpreters; every field checked after the
import, re-imports that update instead of duplicating, rejected imports that leave the
database exactly as it was, and ``ponte import --kind requests``."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path

import openpyxl
import pytest
from click.testing import CliRunner
from hypothesis import given
from hypothesis import strategies as st
from sqlalchemy import delete, func, select

from app.cli import build_cli
from app.common.paths import Paths
from app.common.wording import Message
from app.importing import values
from app.importing.apply import ImportRefused, apply_import
from app.importing.fields import ImportKind
from app.importing.mapping import ColumnMapping, guess_kind, guess_mapping, mapping_problems
from app.importing.plan import Action, ImportPlan, plan_import
from app.importing.problems import relabelled
from app.importing.readers import read_table
from app.model import (
    Interpreter,
    InterpreterNeed,
    MeetingRequest,
    Organisation,
    Participant,
    Unavailability,
)
from app.store import Store, open_store
from tests.demo_support import CopyDemo, LoadDemo
from tests.sqlite_support import sqlite_dump

TORINO_NAGOYA = 1  # the demo mission in Nagoya, Asia/Tokyo, 12–14 October 2027
NAGOYA_TORINO = 2  # the demo mission in Turin, Europe/Rome, 25–28 March 2028


@pytest.fixture
def demo(tmp_path: Path, paths: Paths, copy_demo: CopyDemo) -> Iterator[tuple[Store, Path]]:
    path = copy_demo(tmp_path / "demo.sqlite")
    with open_store(str(path), paths=paths) as store:
        yield store, path


def _plan(store: Store, path: Path, mission: int = TORINO_NAGOYA) -> ImportPlan:
    table = read_table(path)
    return plan_import(
        store, mission, table, guess_mapping(guess_kind(table.headers), table.headers)
    )


def _issues(plan: ImportPlan) -> dict[int, list[str]]:
    return {r.row_number: [i.message for i in r.issues] for r in plan.errors}


def _org_id(store: Store, name: str, mission: int = TORINO_NAGOYA) -> int:
    with store.session() as s:
        found = s.scalar(
            select(Organisation.id).where(
                Organisation.mission_id == mission, Organisation.name == name
            )
        )
        assert found is not None, name
        return found


def _utc(year: int, month: int, day: int, hour: int, minute: int) -> datetime:
    return datetime(year, month, day, hour, minute, tzinfo=UTC)


# --- meeting requests -----------------------------------------------------------------------

REQUESTS_JA = (
    "申込企業,希望先,優先度,通訳,必須,備考\r\n"
    "中部精密工業株式会社,メッカニカ・スバルピーナ,5,必要,○,試作品を持参します\r\n"
    "八丁醸造,ジャンドゥーヤ・レアーレ,４,不要,,\r\n"
    "（株）熱田ロボティクス,Carrozzeria Superga,,,,\r\n"
)


@pytest.fixture
def pairs(demo: tuple[Store, Path]) -> dict[str, int]:
    """The organisations of REQUESTS_JA, with the first and third pairs not requested yet and
    the second saved as priority 2, interpreter auto, with a note."""
    store, _ = demo
    ids = {
        name: _org_id(store, name)
        for name in (
            "Chubu Seimitsu Kogyo",
            "Meccanica Subalpina S.p.A.",
            "Hatcho Jozo",
            "Gianduja Reale S.r.l.",
            "Atsuta Robotics",
            "Carrozzeria Superga S.r.l.",
        )
    }
    chubu, subalpina = ids["Chubu Seimitsu Kogyo"], ids["Meccanica Subalpina S.p.A."]
    hatcho, gianduja = ids["Hatcho Jozo"], ids["Gianduja Reale S.r.l."]
    atsuta, superga = ids["Atsuta Robotics"], ids["Carrozzeria Superga S.r.l."]
    with store.session() as s:
        for a, b in ((chubu, subalpina), (atsuta, superga), (hatcho, gianduja)):
            s.execute(
                delete(MeetingRequest).where(
                    MeetingRequest.requester_id == a, MeetingRequest.requested_id == b
                )
            )
        s.add(
            MeetingRequest(
                mission_id=TORINO_NAGOYA,
                requester_id=hatcho,
                requested_id=gianduja,
                priority=2,
                interpreter_need=InterpreterNeed.AUTO,
                note="Campioni di miso",
            )
        )
    return ids


def _request(store: Store, requester: int, requested: int) -> MeetingRequest:
    with store.session() as s:
        found = s.scalars(
            select(MeetingRequest).where(
                MeetingRequest.requester_id == requester, MeetingRequest.requested_id == requested
            )
        ).one()
        s.expunge(found)
        return found


def _count(
    store: Store, model: type[MeetingRequest] | type[Unavailability] | type[Interpreter]
) -> int:
    with store.session() as s:
        return s.scalar(select(func.count()).select_from(model)) or 0


def test_requests_from_a_japanese_csv_in_shift_jis(
    demo: tuple[Store, Path], pairs: dict[str, int], tmp_path: Path
) -> None:
    """Japanese names with and without "株式会社" find the organisations; a saved pair is
    updated in the mapped cells only, and a re-import changes nothing."""
    store, _ = demo
    path = tmp_path / "商談希望.csv"
    path.write_bytes(REQUESTS_JA.encode("cp932"))
    table = read_table(path)
    assert guess_kind(table.headers) is ImportKind.REQUESTS
    mapping = guess_mapping(ImportKind.REQUESTS, table.headers)
    assert dict(mapping.columns) == {
        "requester": "申込企業",
        "requested": "希望先",
        "priority": "優先度",
        "interpreter_need": "通訳",
        "mandatory": "必須",
        "note": "備考",
    }
    plan = plan_import(store, TORINO_NAGOYA, table, mapping)
    assert [r.action for r in plan.rows] == [Action.CREATE, Action.UPDATE, Action.CREATE]
    assert plan.rows[1].changed == ("priority", "interpreter_need")
    assert plan.rows[0].label == "Chubu Seimitsu Kogyo → Meccanica Subalpina S.p.A."
    before = _count(store, MeetingRequest)
    result = apply_import(store, plan)
    assert (result.created, result.updated, result.unchanged) == (2, 1, 0)
    assert result.changes.b2b and result.changes.organisations
    assert _count(store, MeetingRequest) == before + 2

    first = _request(store, pairs["Chubu Seimitsu Kogyo"], pairs["Meccanica Subalpina S.p.A."])
    assert first.mission_id == TORINO_NAGOYA
    assert (first.priority, first.no_thanks, first.mandatory) == (5, False, True)
    assert first.interpreter_need is InterpreterNeed.REQUIRED
    assert first.note == "試作品を持参します"
    saved = _request(store, pairs["Hatcho Jozo"], pairs["Gianduja Reale S.r.l."])
    assert (saved.priority, saved.no_thanks, saved.mandatory) == (4, False, False)
    assert saved.interpreter_need is InterpreterNeed.NONE
    assert saved.note == "Campioni di miso"  # a blank cell keeps what is saved
    third = _request(store, pairs["Atsuta Robotics"], pairs["Carrozzeria Superga S.r.l."])
    assert (third.priority, third.no_thanks, third.mandatory) == (3, False, False)
    assert third.interpreter_need is InterpreterNeed.AUTO and third.note == ""

    again = _plan(store, path)
    assert [r.action for r in again.rows] == [Action.UNCHANGED] * 3
    assert apply_import(store, again).unchanged == 3
    assert _count(store, MeetingRequest) == before + 2


def test_a_request_is_for_an_ordered_pair(
    demo: tuple[Store, Path], pairs: dict[str, int], tmp_path: Path
) -> None:
    """B asking A is another request than A asking B; English headers, "no thanks" too."""
    store, _ = demo
    path = tmp_path / "requests.csv"
    path.write_text(
        "From,Meeting with,Priority,No thanks,Note\n"
        "Gianduja Reale,Hatcho Jozo,1,yes,Not our market\n",
        encoding="utf-8",
    )
    hatcho, gianduja = pairs["Hatcho Jozo"], pairs["Gianduja Reale S.r.l."]
    with store.session() as s:
        s.execute(
            delete(MeetingRequest).where(
                MeetingRequest.requester_id == gianduja, MeetingRequest.requested_id == hatcho
            )
        )
    plan = _plan(store, path)
    assert [r.action for r in plan.rows] == [Action.CREATE]
    apply_import(store, plan)
    back = _request(store, gianduja, hatcho)
    assert (back.priority, back.no_thanks, back.mandatory, back.note) == (
        1,
        True,
        False,
        "Not our market",
    )
    assert _request(store, hatcho, gianduja).priority == 2  # the other direction untouched


def test_rejected_requests_change_nothing(
    demo: tuple[Store, Path], pairs: dict[str, int], tmp_path: Path
) -> None:
    """Every wrong row is reported by row; the database file is the same before and after."""
    store, db = demo
    path = tmp_path / "richieste.csv"
    path.write_text(
        "Richiedente;Incontro con;Priorità;Obbligatorio;No grazie;Interprete\n"
        "Hatcho Jozo;Gianduja Reale;3;;;\n"  # 2: fine (an update)
        "Hatcho Jozo;Ditta Inesistente;3;;;\n"  # 3
        "Atsuta Robotics;Carrozzeria Superga;7;;;\n"  # 4
        "Atsuta Robotics;Atsuta Robotics;;;;\n"  # 5
        "八丁醸造;Gianduja Reale S.r.l.;2;;;\n"  # 6: the same pair as row 2
        ";Carrozzeria Superga;;;;\n"  # 7
        "Chubu Seimitsu Kogyo;Meccanica Subalpina;;sì;sì;forse\n",  # 8
        encoding="utf-8",
    )
    before = sqlite_dump(db)
    plan = _plan(store, path)
    assert plan.kind is ImportKind.REQUESTS
    assert plan.rows[0].action is Action.UPDATE
    assert _issues(plan) == {
        3: [
            'Requested organisation: "Ditta Inesistente" is not an organisation of this '
            "mission; import or add it first."
        ],
        4: ['Priority: "7" is not between 1 and 5.'],
        5: ["Requested organisation: the same as the requesting organisation."],
        6: ["The same request as row 2."],
        7: ["Requesting organisation: This field is required."],
        8: [
            'Interpreter: "forse" is not one of: required (yes), none (no), auto.',
            "Mandatory: a request answered “no thanks” cannot be mandatory.",
        ],
    }
    with pytest.raises(ImportRefused, match="6 of 7 rows have errors; nothing was imported"):
        apply_import(store, plan)
    assert sqlite_dump(db) == before
    result = apply_import(store, plan, skip_invalid=True)
    assert (result.created, result.updated, result.skipped) == (0, 1, 6)
    assert _request(store, pairs["Hatcho Jozo"], pairs["Gianduja Reale S.r.l."]).priority == 3


def test_a_request_within_one_delegation_is_flagged(
    demo: tuple[Store, Path], tmp_path: Path
) -> None:
    store, _ = demo
    path = tmp_path / "same-side.csv"
    path.write_text("From,To\nHatcho Jozo,Atsuta Robotics\n", encoding="utf-8")
    (row,) = _plan(store, path).rows
    assert row.action in (Action.CREATE, Action.UNCHANGED)
    assert row.warnings == ("Both organisations are of the Nagoya delegation.",)


# --- availability ---------------------------------------------------------------------------


def _italians(store: Store, mission: int, n: int) -> list[tuple[Participant, str]]:
    """``n`` participants of an organisation, with an e-mail and no kanji name, whose name
    nobody else in the mission has; each with the organisation's name."""
    with store.session() as s:
        rows = s.execute(
            select(Participant, Organisation.name)
            .join(Organisation, Organisation.id == Participant.organisation_id)
            .where(Participant.mission_id == mission, Participant.email.is_not(None))
            .where(Participant.family_name_kanji.is_(None))
            .order_by(Participant.id)
        ).all()
        names = s.execute(
            select(Participant.family_name, Participant.given_name).where(
                Participant.mission_id == mission
            )
        ).all()
        found = []
        for p, org in rows:
            if names.count((p.family_name, p.given_name)) == 1:
                s.expunge(p)
                found.append((p, org))
            if len(found) == n:
                return found
    raise AssertionError("the demo has too few such participants")


def _periods(store: Store, participant_id: int) -> list[tuple[datetime, datetime, str]]:
    with store.session() as s:
        return [
            (u.start_utc, u.end_utc, u.reason)
            for u in s.scalars(
                select(Unavailability)
                .where(Unavailability.participant_id == participant_id)
                .order_by(Unavailability.start_utc)
            )
        ]


def test_availability_from_an_italian_csv_with_italian_dates(
    demo: tuple[Store, Path], tmp_path: Path
) -> None:
    """Windows-1252 and ';': a participant by e-mail, one by name and organisation, times as
    "9.30" on "12/10/2027" and a date and time in one cell, all in Nagoya's time (UTC+9)."""
    store, _ = demo
    (one, _), (two, two_org) = _italians(store, TORINO_NAGOYA, 2)
    text = (
        "E-mail;Cognome;Nome;Azienda;Data;Dalle;Alle;Motivo\r\n"
        f"{str(one.email).upper()};;;;12/10/2027;9.30;11.00;Visita allo stabilimento Toyota\r\n"
        f";{two.family_name};{two.given_name};{two_org};13/10/2027;14:00;15.30;"
        "Conferenza stampa\r\n"
        f"{one.email};;;;;14/10/2027 8.00;14/10/2027 10.15;Volo per Tokyo\r\n"
    )
    path = tmp_path / "indisponibilità.csv"
    path.write_bytes(text.encode("cp1252"))
    table = read_table(path)
    assert guess_kind(table.headers) is ImportKind.AVAILABILITY
    mapping = guess_mapping(ImportKind.AVAILABILITY, table.headers)
    assert dict(mapping.columns) == {
        "email": "E-mail",
        "family_name": "Cognome",
        "given_name": "Nome",
        "organisation": "Azienda",
        "date": "Data",
        "start": "Dalle",
        "end": "Alle",
        "reason": "Motivo",
    }
    saved_one, saved_two = _periods(store, one.id), _periods(store, two.id)
    plan = plan_import(store, TORINO_NAGOYA, table, mapping)
    assert [r.action for r in plan.rows] == [Action.CREATE] * 3, plan.rows
    assert plan.rows[0].label == f"{one.latin_name()}, 12/10/2027 09:30–11:00"
    result = apply_import(store, plan)
    assert (result.created, result.updated) == (3, 0)
    assert result.changes.participants and result.changes.b2b
    assert sorted(set(_periods(store, one.id)) - set(saved_one)) == [
        (_utc(2027, 10, 12, 0, 30), _utc(2027, 10, 12, 2, 0), "Visita allo stabilimento Toyota"),
        (_utc(2027, 10, 13, 23, 0), _utc(2027, 10, 14, 1, 15), "Volo per Tokyo"),
    ]
    assert sorted(set(_periods(store, two.id)) - set(saved_two)) == [
        (_utc(2027, 10, 13, 5, 0), _utc(2027, 10, 13, 6, 30), "Conferenza stampa"),
    ]

    count = _count(store, Unavailability)
    path.write_bytes(
        text.replace("Conferenza stampa", "Intervista").replace("8.00", "8.30").encode("cp1252")
    )
    again = _plan(store, path)
    assert [r.action for r in again.rows] == [Action.UNCHANGED, Action.UPDATE, Action.CREATE]
    assert again.rows[1].changed == ("reason",)
    overlap = "Overlaps the saved period 14/10/2027 08:00–10:15 (Volo per Tokyo)."
    assert overlap in again.rows[2].warnings
    apply_import(store, again)
    assert _count(store, Unavailability) == count + 1
    assert (_utc(2027, 10, 13, 5, 0), _utc(2027, 10, 13, 6, 30), "Intervista") in _periods(
        store, two.id
    )


def test_availability_across_the_dst_change_of_the_torino_mission(
    demo: tuple[Store, Path], tmp_path: Path
) -> None:
    """Turin, Sunday 26 March 2028: 02:00–03:00 does not exist. 01:00–04:00 lasts two hours;
    02:30 is refused, and the file's other mistakes are reported with it, writing nothing."""
    store, db = demo
    (one, _), (two, _) = _italians(store, NAGOYA_TORINO, 2)
    path = tmp_path / "dst.csv"
    path.write_text(
        "E-mail;Data;Dalle;Alle;Motivo\n"
        f"{one.email};26/03/2028;1.00;4.00;Volo notturno\n"  # 2: fine
        f"{two.email};26/03/2028;2.30;9.00;Arrivo\n"  # 3
        f"{two.email};31/02/2028;9.00;10.00;\n"  # 4
        f"{two.email};27/03/2028;11.00;10.00;\n"  # 5
        "nessuno@example.com;27/03/2028;11.00;12.00;\n"  # 6
        f"{two.email};27/03/2028;11.00;;\n"  # 7
        f"{two.email};27/03/2028;10.00;11.00;{'x' * 201}\n",  # 8
        encoding="utf-8",
    )
    before = sqlite_dump(db)
    plan = _plan(store, path, NAGOYA_TORINO)
    assert plan.kind is ImportKind.AVAILABILITY
    assert plan.rows[0].action is Action.CREATE
    assert _issues(plan) == {
        3: [
            "Start: 02:30 on 26/03/2028 does not exist in Europe/Rome: the clocks skip it "
            "(DST change)."
        ],
        4: ["Date: '31/02/2028' is not a date"],
        5: ["End: before the start."],
        6: ['E-mail: "nessuno@example.com": no participant of this mission has it.'],
        7: ["End: This field is required."],
        8: ["Reason: This is too long (at most 200 characters)."],
    }
    with pytest.raises(ImportRefused, match="6 of 7 rows have errors"):
        apply_import(store, plan)
    assert sqlite_dump(db) == before
    apply_import(store, plan, skip_invalid=True)
    (start, end, _), *_ = [p for p in _periods(store, one.id) if p[2] == "Volo notturno"]
    assert (start, end) == (_utc(2028, 3, 26, 0, 0), _utc(2028, 3, 26, 2, 0))
    assert end - start == timedelta(hours=2)


def test_a_time_the_clocks_skip_reads_in_italian_and_japanese(
    demo: tuple[Store, Path], tmp_path: Path
) -> None:
    """The importer's own problems reach an Italian or Japanese reader in their language,
    the field named as the reader's window names it (here in the test, by hand)."""
    store, _ = demo
    ((one, _),) = _italians(store, NAGOYA_TORINO, 1)
    path = tmp_path / "dst.csv"
    path.write_text(
        f"E-mail;Data;Dalle;Alle\n{one.email};26/03/2028;2.30;9.00\n"
        f"{one.email};29/10/2028;2.30;5.00\n",
        encoding="utf-8",
    )
    skipped, repeated = _plan(store, path, NAGOYA_TORINO).rows
    (issue,) = skipped.issues
    assert issue.field == "start"
    names = {"it": "Inizio", "ja": "開始"}

    def worded(message: Message, lang: str) -> str:
        return relabelled(message, lambda _field: names[lang]).text(lang)

    assert worded(issue.said, "ja") == (
        "開始：26/03/2028 02:30 は Europe/Rome には存在しません"
        "（夏時間の切り替えで時計が飛ばします）。"
    )
    assert worded(issue.said, "it") == (
        "Inizio: le 02:30 del 26/03/2028 non esistono nel fuso Europe/Rome: gli orologi le "
        "saltano (cambio dell'ora legale)."
    )
    # without the window's name of the field, the sentence keeps the importer's English one
    assert issue.text("ja").startswith("Start：26/03/2028 02:30 は")
    assert issue.message.startswith("Start: 02:30 on 26/03/2028 does not exist")
    twice = worded(repeated.notices[0], "ja")
    assert twice == "開始：29/10/2028 02:30 は Europe/Rome で2回あります（夏時間の切り替え）。" + (
        "1回目として読み込みました。"
    )


def test_an_hour_repeated_in_autumn_is_read_as_the_first(
    demo: tuple[Store, Path], tmp_path: Path
) -> None:
    store, _ = demo
    ((one, _),) = _italians(store, NAGOYA_TORINO, 1)
    path = tmp_path / "autunno.csv"
    path.write_text(
        f"E-mail;Dalle;Alle\n{one.email};29/10/2028 2.30;29/10/2028 5.00\n", encoding="utf-8"
    )
    (row,) = _plan(store, path, NAGOYA_TORINO).rows
    assert row.action is Action.CREATE
    assert row.data.start_utc == _utc(2028, 10, 29, 0, 30)  # 02:30 CEST, the first
    twice = (
        "Start: 02:30 on 29/10/2028 happens twice in Europe/Rome (DST change); read as the first."
    )
    assert twice in row.warnings
    assert any(w.startswith("Outside the mission's dates") for w in row.warnings)


def test_a_name_two_people_share_needs_the_organisation(
    demo: tuple[Store, Path], tmp_path: Path
) -> None:
    """Mission 2 has two Sugiura: the family name alone is refused; the full name (in kanji
    too) or the organisation says which."""
    store, _ = demo
    path = tmp_path / "nomi.csv"
    path.write_text(
        "Nominativo,Azienda,Data,Dalle,Alle\n"
        "Sugiura,,27/03/2028,9:00,10:00\n"
        "杉浦 裕子,,27/03/2028,9:00,10:00\n"
        "Sugiura,Hatcho Jozo,27/03/2028,11:00,12:00\n"
        "Rossi Mario,,27/03/2028,9:00,10:00\n"
        "Ogura,,27/03/2028,9:00,10:00\n",
        encoding="utf-8",
    )
    plan = _plan(store, path, NAGOYA_TORINO)
    assert plan.kind is ImportKind.AVAILABILITY
    assert _issues(plan) == {
        2: ['Participant: 2 participants of this mission are called "Sugiura"; add the '
            "organisation or the e-mail address to say which."],
        5: ['Participant: nobody of this mission is called "Rossi Mario"; import the '
            "participant first."],
    }  # fmt: skip
    hatcho = _org_id(store, "Hatcho Jozo", NAGOYA_TORINO)
    with store.session() as s:
        yuko = s.scalar(
            select(Participant.id).where(
                Participant.organisation_id == hatcho, Participant.family_name == "Sugiura"
            )
        )
        ogura = s.scalar(
            select(Participant.id).where(
                Participant.mission_id == NAGOYA_TORINO, Participant.family_name == "Ogura"
            )
        )
    assert [r.data.participant_id for r in plan.rows if r.action is Action.CREATE] == [
        yuko,
        yuko,
        ogura,
    ]


# --- interpreters ---------------------------------------------------------------------------


def test_interpreters_from_an_xlsx(demo: tuple[Store, Path], tmp_path: Path) -> None:
    """An interpreter already saved gets new notes or stays; a participant becomes one."""
    store, _ = demo
    with store.session() as s:
        saved = s.execute(
            select(Interpreter.id, Interpreter.notes, Participant)
            .join(Participant, Participant.id == Interpreter.participant_id)
            .where(Interpreter.mission_id == NAGOYA_TORINO)
            .order_by(Interpreter.id)
        ).all()
        (first_id, _, first), (second_id, second_notes, second) = saved
        s.expunge_all()
    ((newcomer, _),) = _italians(store, NAGOYA_TORINO, 1)
    path = tmp_path / "interpreti.xlsx"
    wb = openpyxl.Workbook()
    ws = wb.active
    assert ws is not None
    ws.append(["Interprete", "E-mail", "Note"])
    ws.append([None, first.email, "Italiano–giapponese, consecutiva"])
    ws.append([f"{second.family_name} {second.given_name}", None, None])
    ws.append([None, newcomer.email, "Parla anche inglese"])
    wb.save(path)
    table = read_table(path)
    assert guess_kind(table.headers) is ImportKind.INTERPRETERS
    mapping = guess_mapping(ImportKind.INTERPRETERS, table.headers)
    assert dict(mapping.columns) == {"email": "E-mail", "full_name": "Interprete", "notes": "Note"}
    plan = plan_import(store, NAGOYA_TORINO, table, mapping)
    assert [r.action for r in plan.rows] == [Action.UPDATE, Action.UNCHANGED, Action.CREATE]
    assert plan.rows[0].target_id == first_id and plan.rows[1].target_id == second_id
    assert plan.rows[2].warnings == (
        "This participant belongs to an organisation; interpreters usually belong to none.",
    )
    before = _count(store, Interpreter)
    result = apply_import(store, plan)
    assert (result.created, result.updated, result.unchanged) == (1, 1, 1)
    assert _count(store, Interpreter) == before + 1
    with store.session() as s:
        got = {
            i.participant_id: (i.mission_id, i.notes)
            for i in s.scalars(select(Interpreter).where(Interpreter.mission_id == NAGOYA_TORINO))
        }
    assert got[first.id] == (NAGOYA_TORINO, "Italiano–giapponese, consecutiva")
    assert got[second.id] == (NAGOYA_TORINO, second_notes)  # the blank cell kept them
    assert got[newcomer.id] == (NAGOYA_TORINO, "Parla anche inglese")
    again = _plan(store, path, NAGOYA_TORINO)
    assert [r.action for r in again.rows] == [Action.UNCHANGED] * 3


def test_rejected_interpreters_change_nothing(demo: tuple[Store, Path], tmp_path: Path) -> None:
    store, db = demo
    ((one, _),) = _italians(store, NAGOYA_TORINO, 1)
    path = tmp_path / "interpreti.csv"
    path.write_text(
        f"通訳者,メール,備考\n,{one.email},\n,{str(one.email).upper()},\n"
        "鈴木 一郎,,\n,non-valida,\n",
        encoding="utf-8",
    )
    before = sqlite_dump(db)
    plan = _plan(store, path, NAGOYA_TORINO)
    assert plan.kind is ImportKind.INTERPRETERS
    assert _issues(plan) == {
        3: ["The same interpreter as row 2."],
        4: [
            'Participant: nobody of this mission is called "鈴木 一郎"; import the '
            "participant first."
        ],
        5: ['E-mail: "non-valida": this is not an e-mail address.'],
    }
    with pytest.raises(ImportRefused):
        apply_import(store, plan)
    assert sqlite_dump(db) == before


# --- guessing, mapping, values, CLI ---------------------------------------------------------


def test_guess_kind_tells_the_new_kinds_apart() -> None:
    assert guess_kind(["From", "To", "Priority"]) is ImportKind.REQUESTS
    assert guess_kind(["Azienda richiedente", "Richiesto"]) is ImportKind.REQUESTS
    assert guess_kind(["E-mail", "Date", "From", "To", "Reason"]) is ImportKind.AVAILABILITY
    assert guess_kind(["氏名", "日付", "開始", "終了", "理由"]) is ImportKind.AVAILABILITY
    assert guess_kind(["通訳者", "メールアドレス"]) is ImportKind.INTERPRETERS
    assert guess_kind(["Cognome", "Nome", "E-mail"]) is ImportKind.PARTICIPANTS
    assert guess_kind(["Cognome", "Nome", "Azienda", "Interprete"]) is ImportKind.PARTICIPANTS


def test_mapping_problems_of_the_new_kinds() -> None:
    who = (
        "Choose the column that holds the participant's e-mail address, or their family "
        "name, or their full name."
    )
    assert mapping_problems(ColumnMapping(ImportKind.AVAILABILITY, {"date": "Data"}), ["Data"]) == [
        "Choose the column that holds Start.",
        "Choose the column that holds End.",
        who,
    ]
    assert mapping_problems(ColumnMapping(ImportKind.INTERPRETERS, {}), []) == [who]
    assert mapping_problems(ColumnMapping(ImportKind.REQUESTS, {"requester": "Da"}), ["Da"]) == [
        "Choose the column that holds Requested organisation."
    ]


def test_value_parsers_of_requests() -> None:
    assert [values.priority(c) for c in ("1", "５", 3.0, None)] == [1, 5, 3, None]
    assert values.interpreter_need("Sì") is InterpreterNeed.REQUIRED
    assert values.interpreter_need("不要") is InterpreterNeed.NONE
    assert values.interpreter_need("×") is InterpreterNeed.NONE
    assert values.interpreter_need("auto") is InterpreterNeed.AUTO
    assert [values.yes_no(c) for c in ("○", "×", "-", "no", "sì", None)] == [
        True, False, False, False, True, None,
    ]  # fmt: skip
    assert values.consent("×") is False  # a mark, not a word: not "yes"
    with pytest.raises(ValueError, match="is not a whole number from 1"):
        values.priority("alta")


@given(st.one_of(st.text(max_size=30), st.floats(), st.integers()))
def test_new_value_parsers_raise_only_value_error(cell: str | float | int) -> None:
    for parser in (values.priority, values.interpreter_need, values.yes_no):
        try:
            parser(cell)
        except ValueError as exc:
            assert str(exc)


def test_cli_imports_requests(
    demo: tuple[Store, Path], pairs: dict[str, int], tmp_path: Path
) -> None:
    _, db = demo
    runner = CliRunner()
    bad = tmp_path / "bad.csv"
    bad.write_text(
        "Richiedente;Richiesto;Priorità\nHatcho Jozo;Gianduja Reale;7\n", encoding="utf-8"
    )
    before = sqlite_dump(db)
    base = ["import", "--db", str(db), "--mission", str(TORINO_NAGOYA), "--kind", "requests"]
    refused = runner.invoke(build_cli(), [*base, str(bad)])
    assert refused.exit_code == 1
    assert "bad.csv: 1 row of requests" in refused.output
    assert 'row 2 (Hatcho Jozo → Gianduja Reale S.r.l.): Priority: "7" is not between 1 and 5.' in (
        refused.output
    )
    assert "nothing was imported" in refused.output and sqlite_dump(db) == before
    good = tmp_path / "good.csv"
    good.write_bytes(REQUESTS_JA.encode("cp932"))
    dry = runner.invoke(build_cli(), [*base, str(good), "--dry-run"])
    assert dry.exit_code == 0, dry.output
    assert "To create 2, to update 1, unchanged 0, with errors 0" in dry.output
    assert "Dry run: nothing written." in dry.output and sqlite_dump(db) == before
    done = runner.invoke(build_cli(), [*base, str(good)])
    assert done.exit_code == 0, done.output
    assert "Imported: 2 created, 1 updated" in done.output
    guessed = runner.invoke(build_cli(), ["import", "--db", str(db), "--mission", "1", str(good)])
    assert guessed.exit_code == 0 and "3 rows of requests" in guessed.output
    assert "unchanged 3" in guessed.output


def test_b2b_imports_on_each_backend(store: Store, tmp_path: Path, load_demo: LoadDemo) -> None:
    """A request, a period and an interpreter import the same way on SQLite and PostgreSQL
    (aware UTC times compared for UNCHANGED on the second run)."""
    load_demo(store)
    ((person, _),) = _italians(store, NAGOYA_TORINO, 1)
    files = {
        "requests.csv": "From,To,Priority\nHatcho Jozo,Orbita Spazio,5\n",
        "availability.csv": f"E-mail,Date,From,To\n{person.email},27/03/2028,9:00,10:00\n",
        "interpreters.csv": f"Interpreter,E-mail\n,{person.email}\n",
    }
    with store.session() as s:
        s.execute(delete(MeetingRequest).where(MeetingRequest.mission_id == NAGOYA_TORINO))
    for name, text in files.items():
        path = tmp_path / name
        path.write_text(text, encoding="utf-8")
        first = _plan(store, path, NAGOYA_TORINO)
        assert first.kind.value == name.removesuffix(".csv")
        assert [r.action for r in first.rows] == [Action.CREATE], first.rows
        assert apply_import(store, first).created == 1
        again = _plan(store, path, NAGOYA_TORINO)
        assert [r.action for r in again.rows] == [Action.UNCHANGED]
    start = _utc(2028, 3, 27, 7, 0)  # 09:00 CEST
    assert (start, start + timedelta(hours=1), "") in _periods(store, person.id)


def test_availability_from_xlsx_date_and_time_cells(
    demo: tuple[Store, Path], tmp_path: Path
) -> None:
    """Real date, time and date-and-time cells; one at midnight, which the reader gives as a
    date, is read as 00:00 with a note."""
    store, _ = demo
    ((person, _),) = _italians(store, NAGOYA_TORINO, 1)
    path = tmp_path / "periodi.xlsx"
    wb = openpyxl.Workbook()
    ws = wb.active
    assert ws is not None
    ws.append(["E-mail", "Data", "Dalle", "Alle", "Motivo"])
    ws.append([person.email, date(2028, 3, 27), time(9, 30), time(10, 45), "Visita"])
    ws.append([person.email, None, datetime(2028, 3, 28), datetime(2028, 3, 28, 7, 0), "Volo"])
    wb.save(path)
    plan = _plan(store, path, NAGOYA_TORINO)
    assert [r.action for r in plan.rows] == [Action.CREATE] * 2, plan.rows
    assert plan.rows[1].warnings == ("Start: 28/03/2028 has no time; read as 00:00.",)
    apply_import(store, plan)
    periods = _periods(store, person.id)
    assert (_utc(2028, 3, 27, 7, 30), _utc(2028, 3, 27, 8, 45), "Visita") in periods
    assert (_utc(2028, 3, 27, 22, 0), _utc(2028, 3, 28, 5, 0), "Volo") in periods
