"""The mission set-up actions on both backends: editing a mission, venues and travel times,
delegations, and reusing a mission's set-up with dates shifted across a DST change."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.common.errors import UserError
from app.core.conflicts import Loaded
from app.model import (
    B2BBreak,
    B2BSession,
    B2BTable,
    Interpreter,
    InterpreterSession,
    Participant,
    SessionDelegation,
    Side,
)
from app.model.agenda import AgendaItem
from app.model.enums import AgendaKind
from app.services.delegations import (
    DelegationDraft,
    DelegationInvalid,
    DelegationProblem,
    create_delegation,
    delegation_draft,
    delete_delegation,
    list_delegations,
    update_delegation,
)
from app.services.missions import (
    MissionDraft,
    MissionInvalid,
    Problem,
    get_mission,
    mission_draft,
    problem_messages,
    update_mission,
)
from app.services.reuse import copy_mission, preview_reuse, shift_instant
from app.services.venues import (
    VenueDraft,
    VenueInvalid,
    VenueProblem,
    create_venue,
    delete_venue,
    list_venues,
    set_travel,
    travel_times,
    update_venue,
    venue_draft,
)
from app.store import Store
from tests import factories as f


def _mission(store: Store, timezone: str = "Asia/Tokyo") -> int:
    with store.session() as s:
        return f.mission(s, timezone=timezone).id


def _draft(**kw: object) -> MissionDraft:
    values: dict[str, object] = {
        "name": "Torino → Nagoya, May 2027",
        "name_it": "Torino → Nagoya, maggio 2027",
        "name_ja": "トリノ→名古屋 2027年5月",
        "host_city": "Nagoya",
        "timezone": "Asia/Tokyo",
        "start_date": date(2027, 10, 11),
        "end_date": date(2027, 10, 15),
        "organiser": "Camera di commercio di Torino",
    }
    values.update(kw)
    return MissionDraft(**values)  # type: ignore[arg-type]


def test_edit_a_mission_in_three_languages(store: Store) -> None:
    mid = _mission(store)
    update_mission(
        store, mid, _draft(name_it="  Torino → Nagoya, maggio 2027 "), base=_mbase(store, mid)
    )
    row = get_mission(store, mid)
    assert row is not None
    assert row.name_it == "Torino → Nagoya, maggio 2027"
    assert row.names.in_("ja") == "トリノ→名古屋 2027年5月"
    assert (row.start_date, row.end_date) == (date(2027, 10, 11), date(2027, 10, 15))
    update_mission(store, mid, _draft(name_it="", name_ja=None), base=_mbase(store, mid))
    row = get_mission(store, mid)
    assert row is not None and row.name_it is None and row.names.in_("it") == row.name


def test_edit_refuses_bad_input_and_saves_nothing(store: Store) -> None:
    mid = _mission(store)
    with pytest.raises(MissionInvalid) as caught:
        update_mission(
            store,
            mid,
            _draft(name="", timezone="Tokyo", start_date=date(2027, 10, 20), name_it="x" * 201),
            base=_mbase(store, mid),
        )
    assert set(caught.value.problems) == {
        Problem.NAME_MISSING,
        Problem.ZONE_UNKNOWN,
        Problem.DATES_REVERSED,
        Problem.NAME_IT_TOO_LONG,
    }
    fields = problem_messages(caught.value)
    assert "IANA" in fields["timezone"].text("en")
    assert "italiano" in fields["name_it"].text("it")
    row = get_mission(store, mid)
    assert row is not None and row.name.startswith("Mission")


def test_edit_refuses_dates_that_leave_out_a_session_and_names_it(store: Store) -> None:
    mid = _mission(store)
    with store.session() as s:
        s.add(
            B2BSession(
                mission_id=mid,
                name="Automotive B2B",
                start_utc=datetime(2027, 10, 13, 1, 0, tzinfo=UTC),  # 10:00 in Tokyo
                end_utc=datetime(2027, 10, 13, 8, 0, tzinfo=UTC),
                timezone="Asia/Tokyo",
            )
        )
        s.add(
            AgendaItem(
                mission_id=mid,
                kind=AgendaKind.COMPANY_VISIT,
                title="Toyota plant visit",
                start_utc=datetime(2027, 10, 14, 0, 0, tzinfo=UTC),
                end_utc=datetime(2027, 10, 14, 3, 0, tzinfo=UTC),
                timezone="Asia/Tokyo",
            )
        )
    with pytest.raises(MissionInvalid) as caught:
        update_mission(
            store,
            mid,
            _draft(start_date=date(2027, 10, 11), end_date=date(2027, 10, 12)),
            base=_mbase(store, mid),
        )
    assert caught.value.problems == [Problem.DATES_LEAVE_OUT]
    en = caught.value.text("en")
    assert "'Automotive B2B' on 2027-10-13" in en and "'Toyota plant visit'" in en
    assert "「Automotive B2B」" in caught.value.text("ja")
    update_mission(
        store,
        mid,
        _draft(start_date=date(2027, 10, 13), end_date=date(2027, 10, 14)),
        base=_mbase(store, mid),
    )


def test_edit_an_unknown_mission(store: Store) -> None:
    with pytest.raises(UserError, match="no mission 999"):
        update_mission(store, 999, _draft(), base=Loaded(_draft()))


def test_venues_and_travel_times(store: Store) -> None:
    mid = _mission(store)
    hall = create_venue(
        store,
        mid,
        VenueDraft(
            name="Nagoya Congress Center",
            name_ja="名古屋国際会議場",
            address="1-1 Atsuta Nishimachi, Atsuta-ku",
            address_ja="熱田区熱田西町1番1号",
            city="Nagoya",
            timezone="Asia/Tokyo",
        ),
    )
    hotel = create_venue(store, mid, VenueDraft(name="Hotel", timezone="Asia/Tokyo"))
    with pytest.raises(VenueInvalid) as caught:
        create_venue(store, mid, VenueDraft(name="hotel", timezone="JST"))
    assert caught.value.problems == [VenueProblem.NAME_TAKEN, VenueProblem.ZONE_UNKNOWN]
    assert "'JST' is not an IANA" in str(caught.value)
    assert "「JST」" in caught.value.by_field()["timezone"].text("ja")
    update_venue(
        store,
        mid,
        hotel,
        VenueDraft(name="Hilton Nagoya", timezone="Asia/Tokyo"),
        base=Loaded(venue_draft(next(v for v in list_venues(store, mid) if v.id == hotel))),
    )
    assert [v.name for v in list_venues(store, mid)] == ["Hilton Nagoya", "Nagoya Congress Center"]

    set_travel(store, mid, hall, hotel, 25, both_ways=True)
    set_travel(store, mid, hotel, hall, 35)
    assert travel_times(store, mid) == {(hall, hotel): 25, (hotel, hall): 35}
    for bad in (-1, 1441):
        with pytest.raises(UserError, match="between 0 and 1440"):
            set_travel(store, mid, hall, hotel, bad)
    with pytest.raises(UserError, match="two different venues"):
        set_travel(store, mid, hall, hall, 5)
    set_travel(store, mid, hotel, hall, None)
    assert travel_times(store, mid) == {(hall, hotel): 25}

    with store.session() as s:
        s.add(
            B2BSession(
                mission_id=mid,
                name="B2B day",
                venue_id=hall,
                start_utc=datetime(2027, 10, 13, 1, 0, tzinfo=UTC),
                end_utc=datetime(2027, 10, 13, 8, 0, tzinfo=UTC),
                timezone="Asia/Tokyo",
            )
        )
    with pytest.raises(UserError, match="'B2B day'"):
        delete_venue(store, mid, hall)
    delete_venue(store, mid, hotel)
    assert [v.id for v in list_venues(store, mid)] == [hall]
    assert travel_times(store, mid) == {}
    other = _mission(store)
    with pytest.raises(UserError, match="no venue"):
        delete_venue(store, other, hall)


def test_delegations_with_head_and_members(store: Store) -> None:
    with store.session() as s:
        m = f.mission(s)
        org_a = f.organisation(s, m, name="Pininfarina").id
        org_b = f.organisation(s, m, name="Brembo").id
        head = f.participant(s, m, family_name="Rossi", given_name="Mario").id
        helper = f.participant(s, m, family_name="Bianchi").id
        mid = m.id
    did = create_delegation(
        store,
        mid,
        DelegationDraft(
            name="Turin delegation",
            name_it="Delegazione di Torino",
            name_ja="トリノ代表団",
            side="torino",
            head_id=head,
            organisation_ids=(org_a, org_b),
            participant_ids=(helper,),
        ),
    )
    (row,) = list_delegations(store, mid)
    assert row.side is Side.TURIN and row.head_id == head
    assert set(row.organisation_ids) == {org_a, org_b} and row.participant_ids == (helper,)
    assert row.names.in_("ja") == "トリノ代表団"

    update_delegation(
        store,
        mid,
        did,
        DelegationDraft(name="Turin delegation", side=Side.TURIN, organisation_ids=(org_b,)),
        base=Loaded(delegation_draft(row)),
    )
    (row,) = list_delegations(store, mid)
    assert row.organisation_ids == (org_b,) and row.participant_ids == (helper,)
    assert row.head_id is None

    with pytest.raises(DelegationInvalid) as caught:
        create_delegation(
            store,
            mid,
            DelegationDraft(
                name="turin delegation", side="osaka", head_id=12345, organisation_ids=(999,)
            ),
        )
    assert caught.value.problems == [
        DelegationProblem.NAME_TAKEN,
        DelegationProblem.SIDE_UNKNOWN,
        DelegationProblem.HEAD_UNKNOWN,
        DelegationProblem.MEMBER_UNKNOWN,
    ]
    assert len(list_delegations(store, mid)) == 1

    delete_delegation(store, mid, did)
    assert list_delegations(store, mid) == []
    with store.session() as s:
        assert s.get_one(Participant, helper).delegation_id is None


def test_shift_keeps_wall_clock_across_dst() -> None:
    # 10:00 in Rome on 2027-10-12 (CEST, UTC+2) moved 28 days: 10:00 on 2027-11-09 (CET, UTC+1)
    before = datetime(2027, 10, 12, 8, 0, tzinfo=UTC)
    after = shift_instant(before, "Europe/Rome", 28)
    assert after == datetime(2027, 11, 9, 9, 0, tzinfo=UTC)


def test_reuse_copies_the_set_up_with_dates_shifted_across_dst(store: Store) -> None:
    """A Turin mission in October (summer time) copied to November (winter time): every
    session, break and interpreter keeps 10:00 Rome time; people and requests stay behind."""
    with store.session() as s:
        m = f.mission(s, timezone="Europe/Rome", name="Nagoya → Torino, October 2027")
        m.name_it = "Nagoya → Torino, ottobre 2027"
        turin = f.delegation(s, m, Side.TURIN)
        nagoya = f.delegation(s, m, Side.NAGOYA)
        f.organisation(s, m, turin, name="Lavazza")
        interpreter_person = f.participant(
            s, m, family_name="Sato", given_name="Yuki", family_name_kanji="佐藤"
        )
        interpreter_person.languages = ["ja", "it"]
        nagoya.head = interpreter_person
        f.participant(s, m, family_name="Verdi")
        from app.model import Venue, VenueTravel

        lingotto = Venue(mission=m, name="Lingotto", name_ja="リンゴット", timezone="Europe/Rome")
        hotel = Venue(mission=m, name="Hotel Principi", timezone="Europe/Rome")
        s.add_all([lingotto, hotel])
        s.flush()
        s.add(
            VenueTravel(
                mission_id=m.id, from_venue_id=lingotto.id, to_venue_id=hotel.id, minutes=15
            )
        )
        session = B2BSession(
            mission=m,
            name="B2B day",
            name_ja="商談会",
            venue=lingotto,
            start_utc=datetime(2027, 10, 13, 8, 0, tzinfo=UTC),  # 10:00 CEST
            end_utc=datetime(2027, 10, 13, 15, 0, tzinfo=UTC),  # 17:00 CEST
            timezone="Europe/Rome",
            slot_minutes=20,
        )
        session.breaks = [
            B2BBreak(
                start_utc=datetime(2027, 10, 13, 14, 0, tzinfo=UTC),  # 16:00
                end_utc=datetime(2027, 10, 13, 14, 20, tzinfo=UTC),
                label="Coffee break",
                label_ja="コーヒーブレイク",
            )
        ]
        session.tables = [B2BTable(name=f"T{i}", position=i) for i in range(1, 4)]
        session.delegation_links = [
            SessionDelegation(delegation_id=turin.id),
            SessionDelegation(delegation_id=nagoya.id),
        ]
        s.add(session)
        s.flush()
        from app.model import Unavailability

        interpreter_person.unavailability = [
            Unavailability(
                start_utc=datetime(2027, 10, 13, 10, 0, tzinfo=UTC),  # 12:00 CEST
                end_utc=datetime(2027, 10, 13, 11, 0, tzinfo=UTC),
                reason="Lunch",
            )
        ]
        interpreter = Interpreter(mission=m, participant=interpreter_person)
        interpreter.session_links = [InterpreterSession(session_id=session.id)]
        s.add(interpreter)
        source = m.id

    preview = preview_reuse(store, source, date(2027, 11, 9))
    assert (preview.shift_days, preview.end_date) == (28, date(2027, 11, 11))
    assert (preview.venues, preview.travel_times, preview.delegations) == (2, 1, 2)
    assert (preview.sessions, preview.breaks, preview.tables, preview.interpreters) == (1, 1, 3, 1)

    new = copy_mission(store, source, date(2027, 11, 9))
    assert new != source
    with store.session() as s:
        from app.model import Delegation, Mission, Venue, VenueTravel

        copy = s.get_one(Mission, new)
        assert copy.name_it == "Nagoya → Torino, ottobre 2027"
        assert (copy.start_date, copy.end_date) == (date(2027, 11, 9), date(2027, 11, 11))
        assert sorted(v.name for v in copy.venues) == ["Hotel Principi", "Lingotto"]
        (travel,) = s.query(VenueTravel).filter_by(mission_id=new).all()
        assert travel.minutes == 15
        (copied,) = copy.b2b_sessions
        assert copied.start_utc == datetime(2027, 11, 10, 9, 0, tzinfo=UTC)  # 10:00 CET
        assert copied.end_utc == datetime(2027, 11, 10, 16, 0, tzinfo=UTC)
        assert copied.venue is not None and copied.venue.name_ja == "リンゴット"
        assert copied.venue.mission_id == new
        (brk,) = copied.breaks
        assert brk.start_utc == datetime(2027, 11, 10, 15, 0, tzinfo=UTC)  # 16:00 CET
        assert brk.label_ja == "コーヒーブレイク"
        assert [t.name for t in copied.tables] == ["T1", "T2", "T3"]
        delegation_ids = {d.id for d in copy.delegations}
        assert {link.delegation_id for link in copied.delegation_links} == delegation_ids
        (copied_interpreter,) = copy.interpreters
        assert copied_interpreter.participant.family_name_kanji == "佐藤"
        assert copied_interpreter.participant.languages == ["ja", "it"]
        assert [link.session_id for link in copied_interpreter.session_links] == [copied.id]
        (lunch,) = copied_interpreter.participant.unavailability
        assert lunch.start_utc == datetime(2027, 11, 10, 11, 0, tzinfo=UTC)  # 12:00 CET
        assert lunch.reason == "Lunch"
        assert [p.family_name for p in copy.participants] == ["Sato"]  # not Verdi
        assert copy.organisations == []
        nagoya_copy = next(d for d in copy.delegations if d.side is Side.NAGOYA)
        assert nagoya_copy.head_id == copied_interpreter.participant_id
        assert s.query(Delegation).filter_by(mission_id=source).count() == 2
        assert s.query(Venue).filter_by(mission_id=source).count() == 2


def test_reuse_refuses_a_time_the_clocks_skip_and_writes_nothing(store: Store) -> None:
    with store.session() as s:
        m = f.mission(s, timezone="Europe/Rome")
        s.add(
            B2BSession(
                mission=m,
                name="Night owls",
                start_utc=datetime(2027, 10, 12, 0, 30, tzinfo=UTC),  # 02:30 CEST on a Tuesday
                end_utc=datetime(2027, 10, 12, 3, 0, tzinfo=UTC),
                timezone="Europe/Rome",
            )
        )
        source = m.id
    before = len(_all_missions(store))
    # 2028-03-26 is the last Sunday of March: 02:30 does not exist in Rome that day
    with pytest.raises(UserError, match=r"'Night owls'.*2028-03-26 02:30"):
        copy_mission(store, source, date(2028, 3, 26))
    assert len(_all_missions(store)) == before


def test_reuse_of_an_unknown_mission(store: Store) -> None:
    with pytest.raises(UserError, match="no mission 404"):
        preview_reuse(store, 404, date(2028, 1, 1))


def _all_missions(store: Store) -> list[int]:
    from app.services.missions import list_missions

    return [m.id for m in list_missions(store)]


@settings(max_examples=200, deadline=None)
@given(
    instant=st.datetimes(
        min_value=datetime(2026, 1, 1), max_value=datetime(2030, 12, 31), timezones=st.just(UTC)
    ),
    days=st.integers(min_value=-800, max_value=800),
    zone=st.sampled_from(["Europe/Rome", "Asia/Tokyo", "America/New_York"]),
)
def test_a_shift_keeps_the_local_time(instant: datetime, days: int, zone: str) -> None:
    """Whatever the day and the shift, the local clock time stays and the local day moves by
    exactly ``days`` (or the time does not exist on the new day, and that is said)."""
    from datetime import timedelta

    from app.common.timezones import NonexistentLocalTime, to_local

    before = to_local(instant, zone)
    try:
        after = to_local(shift_instant(instant, zone, days), zone)
    except NonexistentLocalTime:
        return
    assert after.time() == before.time()
    assert after.date() == before.date() + timedelta(days=days)


def _mbase(store: Store, mission_id: int) -> Loaded[MissionDraft]:
    """The mission as a form would show it now: the base of a save."""
    row = get_mission(store, mission_id)
    assert row is not None
    return Loaded(mission_draft(row))
