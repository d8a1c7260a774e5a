"""Interpreters and a person's unavailability: the actions (SQLite and PostgreSQL), their
refusals in three languages, and what the scheduler makes of them (real solves)."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import UTC, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given
from hypothesis import strategies as st
from sqlalchemy import select

from app.core.conflicts import ChangedMeanwhile, Loaded
from app.core.errors import NotFound
from app.core.mission_record import load_mission
from app.model import (
    B2BSession,
    B2BTable,
    BadgeCategory,
    Interpreter,
    Meeting,
    MeetingRequest,
    Participant,
    Side,
    Unavailability,
)
from app.services.availability import (
    PeriodData,
    add_unavailability,
    delete_unavailability,
    list_unavailability,
    load_period,
    parse_wall_time,
    person_availability,
    restore_unavailability,
    set_periods,
    update_unavailability,
)
from app.services.interpreters import (
    InterpreterData,
    create_interpreter,
    delete_interpreter,
    get_interpreter,
    list_interpreters,
    list_session_choices,
    load_interpreter,
    restore_interpreter,
    update_interpreter,
)
from app.services.refusals import FieldsRefused
from app.services.scheduling import build_problem, schedule_mission
from app.store import Store
from tests import factories

TOKYO = ZoneInfo("Asia/Tokyo")


@dataclass
class Setup:
    mission_id: int
    sessions: tuple[int, int]  # 10:00–11:00 and 14:00–16:00 on 13 October
    turin: tuple[int, ...]  # one-person organisations speaking Italian
    nagoya: tuple[int, ...]  # one-person organisations speaking Japanese
    people: dict[int, int]  # organisation → its one participant


def _at(hour: int, minute: int = 0, day: int = 13) -> datetime:
    return datetime(2027, 10, day, hour, minute, tzinfo=TOKYO).astimezone(UTC)


def _mission(store: Store, pairs: int = 1, languages: tuple[str, str] = ("it", "ja")) -> Setup:
    """A Tokyo mission (12–14 Oct 2027), two sessions on the 13th with tables T1, T2, and
    ``pairs`` Turin/Nagoya one-person organisations, each Turin one asking for its pair."""
    with store.session() as s:
        m = factories.mission(s)
        dt = factories.delegation(s, m, Side.TURIN)
        dn = factories.delegation(s, m, Side.NAGOYA)
        sessions = []
        for start, end in ((_at(10), _at(11)), (_at(14), _at(16))):
            b = B2BSession(
                mission=m,
                name="B2B",
                start_utc=start,
                end_utc=end,
                timezone="Asia/Tokyo",
                slot_minutes=20,
            )
            b.tables = [B2BTable(name=f"T{n}", position=n) for n in (1, 2)]
            s.add(b)
            sessions.append(b)
        turin, nagoya, people = [], [], {}
        for n in range(pairs):
            a = factories.organisation(s, m, dt, name=f"Torino {n}")
            b_org = factories.organisation(s, m, dn, name=f"Nagoya {n}")
            for org, lang in ((a, languages[0]), (b_org, languages[1])):
                p = factories.participant(s, m, organisation=org)
                p.languages = [lang]
                s.flush()
                people[org.id] = p.id
            s.add(MeetingRequest(mission=m, requester_id=a.id, requested_id=b_org.id, priority=3))
            turin.append(a.id)
            nagoya.append(b_org.id)
        s.flush()
        return Setup(m.id, (sessions[0].id, sessions[1].id), tuple(turin), tuple(nagoya), people)


ROSSI = InterpreterData(
    family_name="Rossi",
    given_name="Chiara",
    family_name_kanji="ロッシ",
    given_name_kanji="キアラ",
    family_name_kana="ろっし",
    given_name_kana="きあら",
    languages=("it", "ja", "en"),
)


# --- interpreters ------------------------------------------------------------------------------


def test_interpreter_added_edited_listed_removed_and_put_back(store: Store) -> None:
    setup = _mission(store)
    saved = create_interpreter(
        store, setup.mission_id, replace(ROSSI, session_ids=(setup.sessions[0],))
    )
    assert saved.warnings == ()
    with store.session() as s:
        person = s.get(Participant, saved.participant_id)
        assert person is not None
        assert person.badge_category is BadgeCategory.INTERPRETER
        assert person.organisation_id is None
        assert person.kanji_name() == "ロッシ キアラ" and person.languages == ["it", "ja", "en"]
    (row,) = list_interpreters(store, setup.mission_id)
    assert (row.latin_name, row.session_ids) == ("Chiara Rossi", (setup.sessions[0],))
    assert [c.id for c in list_session_choices(store, setup.mission_id)] == list(setup.sessions)

    edited = update_interpreter(
        store,
        saved.id,
        replace(ROSSI, family_name_kanji="露志", session_ids=()),
        base=load_interpreter(store, saved.id),
    )
    assert edited.previous is not None and edited.previous.session_ids == (setup.sessions[0],)
    again = get_interpreter(store, saved.id)
    assert (again.family_name_kanji, again.session_ids) == ("露志", ())
    record = load_mission(store, setup.mission_id).interpreters[saved.id]
    assert record.works(setup.sessions[1])

    deleted = delete_interpreter(store, saved.id)
    assert list_interpreters(store, setup.mission_id) == []
    restore_interpreter(store, deleted.snapshot)
    assert [r.id for r in list_interpreters(store, setup.mission_id)] == [saved.id]


def test_removing_a_delegate_who_interprets_keeps_the_delegate(store: Store) -> None:
    setup = _mission(store)
    delegate = setup.people[setup.turin[0]]
    with store.session() as s:
        record = Interpreter(mission_id=setup.mission_id, participant_id=delegate)
        s.add(record)
        s.flush()
        interpreter_id = record.id
    deleted = delete_interpreter(store, interpreter_id)
    assert list_interpreters(store, setup.mission_id) == []
    with store.session() as s:
        assert s.get(Participant, delegate) is not None
    restore_interpreter(store, deleted.snapshot)
    assert [r.participant_id for r in list_interpreters(store, setup.mission_id)] == [delegate]


def test_one_language_and_no_common_language_are_refused_in_three_languages(
    store: Store,
) -> None:
    setup = _mission(store)
    with pytest.raises(FieldsRefused) as one:
        create_interpreter(store, setup.mission_id, replace(ROSSI, languages=("it",)))
    assert set(one.value.worded) == {"languages"}
    assert "at least two languages" in str(one.value)
    assert "almeno due lingue" in one.value.text("it")
    assert "2つ以上の言語" in one.value.text("ja")
    with pytest.raises(FieldsRefused) as none:
        create_interpreter(store, setup.mission_id, replace(ROSSI, languages=("fr", "de")))
    assert "Nobody in the mission's organisations speaks fr, de" in str(none.value)
    assert "it, ja" in str(none.value)
    assert list_interpreters(store, setup.mission_id) == []  # nothing half-done


def test_one_side_only_and_nobody_yet_are_warnings(store: Store) -> None:
    setup = _mission(store)
    saved = create_interpreter(store, setup.mission_id, replace(ROSSI, languages=("it", "fr")))
    (warning,) = saved.warnings
    assert "Nagoya side" in warning.text("en") and "名古屋" in warning.text("ja")
    with store.session() as s:
        empty = factories.mission(s).id
    early = create_interpreter(store, empty, replace(ROSSI, email=None))
    assert [w.wording.key for w in early.warnings] == ["interpreters.nobody_yet"]


def test_bad_names_unknown_session_and_email_are_refused_together(store: Store) -> None:
    setup = _mission(store)
    other = _mission(store)
    bad = replace(
        ROSSI,
        family_name="露志",  # kanji in the Latin field
        family_name_kana="ロッシ漢",
        session_ids=(other.sessions[0], 99999),
        email="not-an-address",
    )
    with pytest.raises(FieldsRefused) as refused:
        create_interpreter(store, setup.mission_id, bad)
    assert set(refused.value.worded) == {
        "family_name",
        "family_name_kana",
        "session_ids",
        "email",
    }
    assert f"There is no B2B session {other.sessions[0]} in this mission" in str(refused.value)
    assert "Family name: Write this in Latin letters" in str(refused.value)
    with pytest.raises(NotFound):
        update_interpreter(store, 424242, ROSSI, base=Loaded(ROSSI, 1))


# --- unavailability ----------------------------------------------------------------------------


def test_periods_are_wall_times_stored_utc_listed_by_day(store: Store) -> None:
    setup = _mission(store)
    person = setup.people[setup.turin[0]]
    saved = add_unavailability(
        store,
        person,
        PeriodData(parse_wall_time("2027-10-13 23:00"), datetime(2027, 10, 14, 1, 30), "flight"),
    )
    (period,) = list_unavailability(store, person)
    assert (period.id, period.start_utc, period.end_utc) == (saved.id, _at(23), _at(1, 30, 14))
    view = person_availability(store, person)
    assert view.zone == "Asia/Tokyo" and len(view.days()) == 3
    assert [(a.hour, b.hour) for _, a, b in view.on(view.days()[1])] == [(23, 0)]
    assert [(a.hour, b.minute) for _, a, b in view.on(view.days()[2])] == [(0, 30)]
    # given in Rome's zone: 07:00 in Rome is 14:00 in Tokyo
    rome = add_unavailability(
        store,
        person,
        PeriodData(
            datetime(2027, 10, 13, 7), datetime(2027, 10, 13, 8), "call", zone="Europe/Rome"
        ),
    )
    assert [p.start_utc for p in list_unavailability(store, person) if p.id == rome.id] == [_at(14)]


def test_same_reason_merges_other_reason_is_refused(store: Store) -> None:
    setup = _mission(store)
    person = setup.people[setup.turin[0]]
    day = datetime(2027, 10, 13)
    first = add_unavailability(
        store, person, PeriodData(day.replace(hour=9), day.replace(hour=11), "plant visit")
    )
    second = add_unavailability(
        store, person, PeriodData(day.replace(hour=11), day.replace(hour=12), "plant visit")
    )
    assert (second.id, second.merged) == (first.id, (first.id,))
    (period,) = list_unavailability(store, person)
    assert (period.start_utc, period.end_utc) == (_at(9), _at(12))
    with pytest.raises(FieldsRefused) as refused:
        add_unavailability(
            store, person, PeriodData(day.replace(hour=10), day.replace(hour=13), "lunch")
        )
    assert "overlaps 2027-10-13 09:00–12:00 (plant visit)" in str(refused.value)
    assert "重なっています" in refused.value.text("ja")
    # an edit that reaches another period of the same reason absorbs it
    other = add_unavailability(
        store, person, PeriodData(day.replace(hour=15), day.replace(hour=16), "plant visit")
    )
    before_merge = list_unavailability(store, person)
    grown = update_unavailability(
        store,
        first.id,
        PeriodData(day.replace(hour=9), day.replace(hour=15), "plant visit"),
        base=load_period(store, first.id),
    )
    assert grown.merged == (other.id,)
    after_merge = list_unavailability(store, person)
    (period,) = after_merge
    assert (period.start_utc, period.end_utc) == (_at(9), _at(16))
    # what undo does: the periods as they were before the merge, with their ids
    set_periods(store, person, before_merge, expect=after_merge)
    assert [(p.id, p.start_utc, p.end_utc) for p in list_unavailability(store, person)] == [
        (first.id, _at(9), _at(12)),
        (other.id, _at(15), _at(16)),
    ]
    with pytest.raises(ChangedMeanwhile):  # redo expects the periods undo left
        set_periods(store, person, after_merge, expect=after_merge)
    set_periods(store, person, after_merge, expect=before_merge)
    (period,) = list_unavailability(store, person)
    deleted = delete_unavailability(store, period.id)
    assert list_unavailability(store, person) == []
    restore_unavailability(store, deleted.snapshot)
    assert len(list_unavailability(store, person)) == 1


@pytest.mark.parametrize(
    ("start", "end", "zone", "field", "words"),
    [
        ((13, 15), (13, 14), None, "end", "must come after the start"),
        ((13, 15), (13, 15), None, "end", "must come after the start"),
        ((11, 22), (12, 1), None, "start", "within the mission's dates, 2027-10-12 to 2027-10-14"),
        ((14, 22), (15, 1), None, "end", "within the mission's dates"),
        ((13, 9), (13, 10), "Mars/Olympus", "zone", "not an IANA time zone"),
    ],
)
def test_bad_periods_are_refused(
    store: Store,
    start: tuple[int, int],
    end: tuple[int, int],
    zone: str | None,
    field: str,
    words: str,
) -> None:
    setup = _mission(store)
    person = setup.people[setup.turin[0]]
    data = PeriodData(
        datetime(2027, 10, start[0], start[1]), datetime(2027, 10, end[0], end[1]), zone=zone
    )
    with pytest.raises(FieldsRefused) as refused:
        add_unavailability(store, person, data)
    assert field in refused.value.worded and words in str(refused.value)
    assert list_unavailability(store, person) == []


def test_a_time_the_clocks_skip_is_refused(store: Store) -> None:
    with store.session() as s:
        m = factories.mission(s, timezone="Europe/Rome")
        m.start_date, m.end_date = datetime(2028, 3, 25).date(), datetime(2028, 3, 28).date()
        person = factories.participant(s, m).id
    data = PeriodData(datetime(2028, 3, 26, 2, 30), datetime(2028, 3, 26, 4), "flight")
    with pytest.raises(FieldsRefused) as refused:
        add_unavailability(store, person, data)
    assert "02:30 does not exist in Europe/Rome" in str(refused.value)
    assert "存在しません" in refused.value.text("ja")


@pytest.mark.parametrize("text", ["", "tomorrow", "2027-13-01 10:00", "2027-02-31 10:00", "14:00"])
def test_typed_times_that_are_not_times(text: str) -> None:
    with pytest.raises(FieldsRefused, match="is not a date and time"):
        parse_wall_time(text)


def test_typed_times() -> None:
    assert parse_wall_time("2027/10/14 9.05") == datetime(2027, 10, 14, 9, 5)
    assert parse_wall_time(" 2027-10-14T14:00 ") == datetime(2027, 10, 14, 14, 0)


# --- what the scheduler makes of them (real solves) ------------------------------------------


def test_interpreter_not_working_session_two_is_never_there(store: Store) -> None:
    """Five it/ja pairs, one interpreter who works only the 10:00–11:00 session (3 slots):
    three meetings, all in that session, with the interpreter."""
    setup = _mission(store, pairs=5)
    saved = create_interpreter(
        store, setup.mission_id, replace(ROSSI, session_ids=(setup.sessions[0],))
    )
    problem, _index = build_problem(load_mission(store, setup.mission_id))
    (interp,) = problem.interpreters
    session_two = next(s for s in problem.sessions if s.id == f"B{setup.sessions[1]}")
    assert set(session_two.slots) <= interp.unavailable_slots
    outcome = schedule_mission(store, setup.mission_id, time_limit_s=20)
    assert outcome.stored == 3
    with store.session() as s:
        meetings = s.scalars(select(Meeting).where(Meeting.mission_id == setup.mission_id)).all()
        assert {m.session_id for m in meetings} == {setup.sessions[0]}
        assert {m.interpreter_id for m in meetings} == {saved.id}
    # working every session: all five are placed
    update_interpreter(store, saved.id, ROSSI, base=load_interpreter(store, saved.id))
    assert schedule_mission(store, setup.mission_id, time_limit_s=20).stored == 5


def test_interpreter_break_keeps_them_out_of_those_slots(store: Store) -> None:
    setup = _mission(store, pairs=3)
    saved = create_interpreter(store, setup.mission_id, ROSSI)
    day = datetime(2027, 10, 13)
    add_unavailability(
        store, saved.participant_id, PeriodData(day.replace(hour=10), day.replace(hour=11), "break")
    )
    add_unavailability(
        store,
        saved.participant_id,
        PeriodData(day.replace(hour=14), day.replace(hour=15, minute=20), "break"),
    )
    outcome = schedule_mission(store, setup.mission_id, time_limit_s=20)
    assert outcome.stored == 2  # 15:20–16:00: two slots left
    with store.session() as s:
        starts = s.scalars(select(Meeting.start_utc)).all()
        assert sorted(starts) == [_at(15, 20), _at(15, 40)]


def test_participant_unavailable_14_to_15_gets_no_meeting_then(store: Store) -> None:
    """Same language on both sides (no interpreter needed); the Turin delegate is away
    10:00–11:00 and 14:00–15:00, so the meeting lands at 15:00 or later."""
    setup = _mission(store, pairs=1, languages=("en", "en"))
    person = setup.people[setup.turin[0]]
    day = datetime(2027, 10, 13)
    add_unavailability(
        store, person, PeriodData(day.replace(hour=10), day.replace(hour=11), "plant visit")
    )
    add_unavailability(
        store, person, PeriodData(day.replace(hour=14), day.replace(hour=15), "plant visit")
    )
    assert schedule_mission(store, setup.mission_id, time_limit_s=20).stored == 1
    with store.session() as s:
        (meeting,) = s.scalars(select(Meeting)).all()
        assert meeting.start_utc >= _at(15)
        assert s.scalars(select(Unavailability)).all()
    assert _at(15) - _at(14) == timedelta(hours=1)


# --- properties ---------------------------------------------------------------------------------


@given(st.datetimes(min_value=datetime(1900, 1, 1), max_value=datetime(2999, 12, 31)))
def test_a_written_wall_time_reads_back(moment: datetime) -> None:
    moment = moment.replace(second=0, microsecond=0)
    assert parse_wall_time(f"{moment:%Y-%m-%d %H:%M}") == moment
    assert parse_wall_time(f"{moment:%Y/%m/%d %H.%M}") == moment


@given(
    st.lists(
        st.tuples(st.integers(0, 3 * 24 * 12 - 1), st.integers(1, 40 * 12)), min_size=1, max_size=6
    ),
    st.sampled_from(["Asia/Tokyo", "Europe/Rome"]),
)
def test_days_cut_each_period_into_pieces_that_add_up(
    spans: list[tuple[int, int]], zone: str
) -> None:
    """However a period falls across midnight, its pieces stay inside their day, do not
    overlap, and add up to it (in wall time)."""
    from app.common.timezones import to_utc
    from app.services.availability import Period, periods_by_day

    first = datetime(2028, 3, 25)
    periods = []
    for n, (start, length) in enumerate(spans):
        a = first + timedelta(minutes=5 * start)
        b = min(a + timedelta(minutes=5 * length), first + timedelta(days=4))
        try:
            periods.append(Period(n, 1, to_utc(a, zone), to_utc(b, zone), ""))
        except ValueError:  # a wall time the clocks skip (Rome, 26 March)
            continue
    days = periods_by_day(periods, zone, first.date(), first.date() + timedelta(days=3))
    for period in periods:
        a, b = period.local(zone)
        pieces = [(day, s, e) for day, cut in days.items() for p, s, e in cut if p.id == period.id]
        assert sum(((e - s) for _, s, e in pieces), timedelta()) == b - a
        for day, s, e in pieces:
            midnight = datetime.combine(day, time())
            assert midnight <= s < e <= midnight + timedelta(days=1)
