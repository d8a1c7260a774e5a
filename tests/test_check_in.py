"""The check-in desk's service: each scan or name gets one answer, and an arrival is recorded
once, even by two desks at once (SQLite and PostgreSQL)."""

from __future__ import annotations

import json
import statistics
import threading
import time
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import func, insert, select

from app.common.paths import Paths
from app.core.check_in_codes import badge_code
from app.model import Mission, Participant
from app.model.audit import AuditEntry
from app.model.enums import NameOrder, Side
from app.model.tokens import new_check_in_token
from app.services.check_in import (
    ScanKind,
    arrival_counts,
    check_in_person,
    old_badge_codes,
    scan,
    set_old_badge_codes,
    undo_check_in,
)
from app.store import Store, open_store
from tests import factories

SQLITE_ONLY = pytest.mark.parametrize("db_target", ["sqlite"], indirect=True)
T0 = datetime(2027, 10, 12, 23, 52, tzinfo=UTC)  # 08:52 in Nagoya the next morning


@dataclass(frozen=True)
class Desk:
    mission: int
    other_mission: int
    rossi: int
    yamada: int
    hanako: int
    stranger: int  # of the other mission
    tokens: dict[int, str]


@pytest.fixture
def desk(store: Store) -> Desk:
    with store.session() as s:
        m = factories.mission(s, timezone="Asia/Tokyo", name="Torino → Nagoya 2027")
        other = factories.mission(s, timezone="Europe/Rome", name="Nagoya → Torino 2028")
        turin = factories.delegation(s, m, Side.TURIN)
        nagoya = factories.delegation(s, m, Side.NAGOYA)
        camera = factories.organisation(s, m, turin, name="Camera di commercio di Torino")
        chubu = factories.organisation(s, m, nagoya, name="Chubu Seimitsu", name_ja="中部精密")
        rossi = factories.participant(
            s, m, given_name="Mario", family_name="Rossì", organisation=camera
        )
        yamada = factories.participant(
            s, m, given_name="Taro", family_name="Yamada", name_order=NameOrder.FAMILY_FIRST,
            family_name_kanji="山田", given_name_kanji="太郎", family_name_kana="やまだ",
            given_name_kana="たろう", organisation=chubu,
        )  # fmt: skip
        hanako = factories.participant(
            s, m, given_name="Hanako", family_name="Yamada", family_name_kanji="山田",
            given_name_kanji="花子", organisation=chubu,
        )  # fmt: skip
        stranger = factories.participant(s, other, given_name="Luigi", family_name="Verdi")
        people = (rossi, yamada, hanako, stranger)
        tokens = {p.id: p.check_in_token for p in people}
        return Desk(m.id, other.id, rossi.id, yamada.id, hanako.id, stranger.id, tokens)


def _code(desk: Desk, participant_id: int) -> str:
    return badge_code(desk.tokens[participant_id]) + "\r\n"


def _checked_in(store: Store, participant_id: int) -> datetime | None:
    with store.session() as s:
        return s.scalar(select(Participant.checked_in_at).where(Participant.id == participant_id))


def _audit_count(store: Store) -> int:
    with store.session() as s:
        return int(s.scalar(select(func.count()).select_from(AuditEntry)) or 0)


@SQLITE_ONLY
def test_a_badge_checks_its_holder_in_and_says_when_in_the_missions_zone(
    store: Store, desk: Desk
) -> None:
    store.actor = "Desk 1"
    before = _audit_count(store)
    result = scan(store, desk.mission, _code(desk, desk.yamada), at=T0)
    assert result.kind is ScanKind.CHECKED_IN and result.kind.recorded
    assert result.message == "Yamada Taro checked in at 08:52 (Asia/Tokyo)."
    person = result.person
    assert person is not None and person.participant_id == desk.yamada
    assert (person.kanji_name, person.kana_name) == ("山田 太郎", "やまだ たろう")
    assert (person.organisation, person.side) == ("Chubu Seimitsu", Side.NAGOYA)
    assert person.delegation is not None and person.checked_in_at == T0
    assert _checked_in(store, desk.yamada) == T0
    with store.session() as s:
        entry = s.scalars(select(AuditEntry).order_by(AuditEntry.id.desc())).first()
    assert _audit_count(store) == before + 1 and entry is not None
    assert (entry.table_name, entry.record_id, entry.who) == ("participant", desk.yamada, "Desk 1")
    assert json.loads(entry.fields) == ["checked_in_at"] and entry.mission_id == desk.mission


@SQLITE_ONLY
def test_answers_are_worded_in_the_desks_language(store: Store, desk: Desk) -> None:
    ja = scan(store, desk.mission, _code(desk, desk.yamada), language="ja", at=T0)
    assert ja.message == "山田 太郎 さんの受付を 08:52（Asia/Tokyo）に記録しました。"
    assert ja.person is not None and ja.person.organisation == "中部精密"
    it = scan(store, desk.mission, _code(desk, desk.rossi), language="it", at=T0)
    assert it.message == "Mario Rossì: registrato all'arrivo alle 08:52 (Asia/Tokyo)."


@SQLITE_ONLY
def test_a_double_read_within_two_seconds_records_nothing_and_later_is_already(
    store: Store, desk: Desk
) -> None:
    scan(store, desk.mission, _code(desk, desk.rossi), at=T0)
    before = _audit_count(store)
    double = scan(store, desk.mission, _code(desk, desk.rossi), at=T0 + timedelta(seconds=1))
    assert double.kind is ScanKind.DOUBLE_READ and not double.kind.recorded
    assert double.kind.arrived
    later = scan(store, desk.mission, _code(desk, desk.rossi), at=T0 + timedelta(minutes=30))
    assert later.kind is ScanKind.ALREADY
    assert later.message == "Mario Rossì was already checked in at 08:52 (Asia/Tokyo)."
    next_day = scan(store, desk.mission, _code(desk, desk.rossi), at=T0 + timedelta(days=1))
    assert "checked in at 2027-10-13 08:52 (Asia/Tokyo)" in next_day.message
    assert _checked_in(store, desk.rossi) == T0 and _audit_count(store) == before


@SQLITE_ONLY
@pytest.mark.parametrize(
    ("line", "kind"),
    [
        ("PNT0000000000AB\r\n", ScanKind.UNKNOWN),
        ("PNT7K3M9\x00QX2D4HB\r\n", ScanKind.MALFORMED),
        ("Mario\x1b[2~Rossi\r\n", ScanKind.MALFORMED),
        ("PNT7K3M9Q", ScanKind.MALFORMED),
        ("\r\n", ScanKind.EMPTY),
        ("", ScanKind.EMPTY),
        ("PONTE:999:1", ScanKind.UNKNOWN),
    ],
)
def test_bad_input_is_answered_and_records_nothing(
    store: Store, desk: Desk, line: str, kind: ScanKind
) -> None:
    before = _audit_count(store)
    result = scan(store, desk.mission, line, at=T0)
    assert result.kind is kind and result.person is None and result.message
    assert _audit_count(store) == before
    with store.session() as s:
        assert s.scalar(select(func.count()).where(Participant.checked_in_at.is_not(None))) == 0


@SQLITE_ONLY
def test_a_badge_of_another_mission_names_that_mission(store: Store, desk: Desk) -> None:
    result = scan(store, desk.mission, _code(desk, desk.stranger), at=T0)
    assert result.kind is ScanKind.OTHER_MISSION
    assert "Nagoya → Torino 2028" in result.message and "Luigi Verdi" in result.message
    assert _checked_in(store, desk.stranger) is None
    old = scan(store, desk.mission, f"PONTE:{desk.other_mission}:{desk.stranger}", at=T0)
    assert old.kind is ScanKind.OTHER_MISSION and "Nagoya → Torino 2028" in old.message


@SQLITE_ONLY
def test_old_badges_work_while_the_mission_accepts_them_then_are_stale(
    store: Store, desk: Desk
) -> None:
    set_old_badge_codes(store, desk.mission, True)
    assert old_badge_codes(store, desk.mission)
    accepted = scan(store, desk.mission, f"PONTEç{desk.mission}ç{desk.rossi}\n", at=T0)
    assert accepted.kind is ScanKind.CHECKED_IN
    set_old_badge_codes(store, desk.mission, False)
    stale = scan(store, desk.mission, f"PONTE:{desk.mission}:{desk.yamada}", at=T0)
    assert stale.kind is ScanKind.STALE_BADGE and stale.person is not None
    assert "reprint the badge" in stale.message and "Yamada Taro" in stale.message
    assert _checked_in(store, desk.yamada) is None
    missing = scan(store, desk.mission, f"PONTE:{desk.mission}:{desk.stranger}", at=T0)
    assert missing.kind is ScanKind.UNKNOWN


@SQLITE_ONLY
@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("Mario Rossi", ["rossi"]),
        ("rossi mario", ["rossi"]),
        ("ＲＯＳＳＩ", ["rossi"]),
        ("山田 太郎", ["yamada"]),
        ("山田太郎", ["yamada"]),
        ("やまだ", ["yamada"]),
        ("ﾔﾏﾀﾞ ﾀﾛｳ", ["yamada"]),
        ("山田", ["hanako", "yamada"]),
        ("Yamada", ["hanako", "yamada"]),
        ("Verdi", []),  # of the other mission
        ("Bianchi", []),
    ],
)
def test_a_typed_name_finds_people_in_any_script_and_order(
    store: Store, desk: Desk, typed: str, expected: list[str]
) -> None:
    result = scan(store, desk.mission, typed + "\r\n", at=T0)
    assert result.kind is ScanKind.NAMES and result.message
    ids = {"rossi": desk.rossi, "yamada": desk.yamada, "hanako": desk.hanako}
    assert sorted(c.participant_id for c in result.candidates) == sorted(ids[e] for e in expected)
    assert result.matched == len(expected)
    assert _audit_count(store) > 0 and _checked_in(store, desk.rossi) is None


@SQLITE_ONLY
def test_a_name_picked_is_checked_in(store: Store, desk: Desk) -> None:
    one = scan(store, desk.mission, "rossi", at=T0)
    assert one.message == "Mario Rossì: press Enter to check in."
    (candidate,) = one.candidates
    result = check_in_person(store, desk.mission, candidate.participant_id, at=T0)
    assert result.kind is ScanKind.CHECKED_IN and _checked_in(store, desk.rossi) == T0
    again = check_in_person(store, desk.mission, desk.rossi, at=T0 + timedelta(hours=1))
    assert again.kind is ScanKind.ALREADY
    assert check_in_person(store, desk.mission, desk.stranger).kind is ScanKind.UNKNOWN


@SQLITE_ONLY
def test_undo_takes_the_check_in_back_only_if_it_is_still_the_one_made(
    store: Store, desk: Desk
) -> None:
    made = scan(store, desk.mission, _code(desk, desk.rossi), at=T0)
    assert made.person is not None and made.person.checked_in_at == T0
    undone = undo_check_in(store, desk.mission, desk.rossi, made_at=T0)
    assert undone.kind is ScanKind.UNDONE and _checked_in(store, desk.rossi) is None
    nothing = undo_check_in(store, desk.mission, desk.rossi)
    assert nothing.kind is ScanKind.UNDO_REFUSED and "nothing to undo" in nothing.message
    later = T0 + timedelta(minutes=5)
    scan(store, desk.mission, _code(desk, desk.rossi), at=later)
    stale = undo_check_in(store, desk.mission, desk.rossi, made_at=T0)
    assert stale.kind is ScanKind.UNDO_REFUSED and "08:57" in stale.message
    assert _checked_in(store, desk.rossi) == later


@SQLITE_ONLY
def test_arrival_counts_by_delegation_and_side(store: Store, desk: Desk) -> None:
    scan(store, desk.mission, _code(desk, desk.yamada), at=T0)
    by_delegation, by_side = arrival_counts(store, desk.mission)
    assert sorted((c.side, c.arrived, c.expected) for c in by_delegation) == [
        (Side.NAGOYA, 1, 2),
        (Side.TURIN, 0, 1),
    ]
    assert [(c.label, c.arrived, c.expected) for c in by_side] == [
        ("Turin", 0, 1),
        ("Nagoya", 1, 2),
    ]
    _, in_japanese = arrival_counts(store, desk.mission, language="ja")
    assert [c.label for c in in_japanese] == ["トリノ", "名古屋"]


def _race(stores: list[Store], mission_id: int, code: str) -> list[ScanKind]:
    barrier = threading.Barrier(len(stores))
    kinds: list[ScanKind] = []
    errors: list[BaseException] = []

    def desk_scans(store: Store) -> None:
        try:
            barrier.wait()
            kinds.append(scan(store, mission_id, code).kind)
        except BaseException as exc:
            errors.append(exc)

    threads = [threading.Thread(target=desk_scans, args=(s,)) for s in stores]
    for t in threads:
        t.start()
    for t in threads:
        t.join(30)
    assert not errors, errors
    return kinds


def test_two_desks_scanning_one_badge_at_once_record_it_once(
    store: Store, desk: Desk, db_target: str, tmp_path: Path
) -> None:
    """Two stores on one database (two laptops), the same badge at the same moment, five
    times over: one check-in each time, the other desk told it is already done."""
    second = open_store(db_target, paths=Paths.under(tmp_path / "desk2"))
    try:
        for _ in range(5):
            before = _audit_count(store)
            kinds = _race([store, second], desk.mission, _code(desk, desk.yamada))
            assert sorted(kinds) == sorted([ScanKind.CHECKED_IN, ScanKind.DOUBLE_READ])
            assert _audit_count(store) == before + 1
            undo_check_in(store, desk.mission, desk.yamada)
    finally:
        second.close()


# --- speed: a scan must answer well within 100 ms ------------------------------------------


def _add_people(store: Store, mission_id: int, count: int) -> list[str]:
    tokens = [new_check_in_token() for _ in range(count)]
    with store.session() as s:
        s.execute(
            insert(Participant),
            [
                {
                    "mission_id": mission_id, "given_name": f"Given{i}",
                    "family_name": f"Family{i}", "family_name_kanji": f"山{i}",
                    "given_name_kanji": "太郎", "family_name_kana": "やま",
                    "check_in_token": tokens[i],
                }
                for i in range(count)
            ],
        )  # fmt: skip
    return tokens


@SQLITE_ONLY
def test_a_scan_answers_well_within_100_ms_for_2000_people(store: Store, desk: Desk) -> None:
    tokens = _add_people(store, desk.mission, 2000)
    lines = [badge_code(t) + "\r\n" for t in tokens[:40]] + ["Family1999", "山1999", "Nobody"]
    scan(store, desk.mission, "warm up")
    times = []
    for line in lines:
        start = time.perf_counter()
        scan(store, desk.mission, line)
        times.append(time.perf_counter() - start)
    # generous for a loaded CI machine; the figures measured are in the report
    assert statistics.median(times) < 0.1 and max(times) < 0.5


def test_a_name_edited_or_added_after_a_search_is_found_by_the_next(
    store: Store, desk: Desk
) -> None:
    """The desk's index of names follows edits made meanwhile (by another coordinator), and
    check-ins alone do not make it read the names again."""
    assert scan(store, desk.mission, "Rossi").matched == 1
    scan(store, desk.mission, _code(desk, desk.rossi), at=T0)
    with store.session() as s:
        person = s.get(Participant, desk.rossi)
        assert person is not None
        person.family_name = "Bianchi"
        factories.participant(s, s.get_one(Mission, desk.mission), family_name="Rossini")
    renamed = scan(store, desk.mission, "Bianchi")
    assert [c.participant_id for c in renamed.candidates] == [desk.rossi]
    assert renamed.candidates[0].checked_in_at == T0
    assert [c.latin_name for c in scan(store, desk.mission, "Ross").candidates] == ["Rossini"]
    undo_check_in(store, desk.mission, desk.rossi)
    assert scan(store, desk.mission, "Bianchi").matched == 1
