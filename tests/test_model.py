"""The schema keeps the domain's rules, on SQLite and on PostgreSQL."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st
from sqlalchemy import select, text
from sqlalchemy.exc import IntegrityError, StatementError

from app.model import (
    AgendaItem,
    AgendaKind,
    Audience,
    B2BSession,
    B2BTable,
    Meeting,
    MeetingRequest,
    Mission,
    Organisation,
    Participant,
    Side,
)
from app.store import Store
from tests import factories as f

TOKYO = ZoneInfo("Asia/Tokyo")
ROME = ZoneInfo("Europe/Rome")


def _agenda(m: Mission, start: datetime, end: datetime, zone: str = "Asia/Tokyo") -> AgendaItem:
    return AgendaItem(
        mission=m,
        kind=AgendaKind.PLENARY,
        title="Plenary",
        start_utc=start,
        end_utc=end,
        timezone=zone,
    )


def test_agenda_item_must_end_after_start(store: Store) -> None:
    """An agenda item that ends when it starts is refused by the database."""
    start = datetime(2027, 10, 12, 10, 0, tzinfo=TOKYO)
    with pytest.raises(IntegrityError), store.session() as s:
        m = f.mission(s)
        s.add(_agenda(m, start, start))


def test_b2b_session_must_end_after_start(store: Store) -> None:
    """A B2B session whose window is backwards is refused."""
    start = datetime(2027, 10, 13, 14, 0, tzinfo=TOKYO)
    with pytest.raises(IntegrityError), store.session() as s:
        m = f.mission(s)
        s.add(
            B2BSession(
                mission=m,
                name="B2B",
                start_utc=start,
                end_utc=start - timedelta(hours=1),
                timezone="Asia/Tokyo",
            )
        )


def _meeting_setup(store: Store) -> tuple[int, int, int, int, int]:
    with store.session() as s:
        m = f.mission(s)
        a = f.organisation(s, m, f.delegation(s, m, Side.TURIN))
        b = f.organisation(s, m, f.delegation(s, m, Side.NAGOYA))
        start = datetime(2027, 10, 13, 14, 0, tzinfo=TOKYO)
        sess = B2BSession(
            mission=m,
            name="B2B",
            start_utc=start,
            end_utc=start + timedelta(hours=4),
            timezone="Asia/Tokyo",
        )
        sess.tables = [B2BTable(name="T1")]
        s.add(sess)
        s.flush()
        return m.id, a.id, b.id, sess.id, sess.tables[0].id


def _meeting(mid: int, a: int | None, b: int | None, sid: int, tid: int) -> Meeting:
    start = datetime(2027, 10, 13, 14, 0, tzinfo=TOKYO)
    return Meeting(
        mission_id=mid,
        organisation_a_id=a,
        organisation_b_id=b,
        session_id=sid,
        table_id=tid,
        start_utc=start,
        end_utc=start + timedelta(minutes=20),
    )


def test_meeting_needs_two_different_parties(store: Store) -> None:
    """A meeting of an organisation with itself is refused."""
    mid, a, _b, sid, tid = _meeting_setup(store)
    with pytest.raises(IntegrityError), store.session() as s:
        s.add(_meeting(mid, a, a, sid, tid))


def test_meeting_needs_both_sides_present(store: Store) -> None:
    """A meeting with one party missing is refused."""
    mid, a, _b, sid, tid = _meeting_setup(store)
    with pytest.raises(IntegrityError), store.session() as s:
        s.add(_meeting(mid, a, None, sid, tid))


def test_meeting_between_two_parties_is_stored(store: Store) -> None:
    """The valid case is accepted, so the two refusals above are about the rule."""
    mid, a, b, sid, tid = _meeting_setup(store)
    with store.session() as s:
        s.add(_meeting(mid, a, b, sid, tid))
    with store.session() as s:
        assert s.scalar(select(Meeting.organisation_b_id)) == b


def test_email_is_unique_per_mission_whatever_its_case(store: Store) -> None:
    """Two people of one mission cannot share an e-mail, even written in another case."""
    with store.session() as s:
        m = f.mission(s)
        f.participant(s, m, email="Mario.Rossi@example.it")
        mid = m.id
    with pytest.raises(IntegrityError), store.session() as s:
        f.participant(s, s.get(Mission, mid), email="mario.rossi@EXAMPLE.it")


def test_same_email_in_two_missions_is_allowed(store: Store) -> None:
    """The same person may come on two missions."""
    with store.session() as s:
        f.participant(s, f.mission(s), email="tanaka@example.jp")
        f.participant(s, f.mission(s), email="tanaka@example.jp")
        f.participant(s, f.mission(s), email=None)
        f.participant(s, s.scalars(select(Mission)).first(), email=None)


def test_request_cannot_target_its_requester(store: Store) -> None:
    """An organisation cannot ask to meet itself."""
    with pytest.raises(IntegrityError), store.session() as s:
        m = f.mission(s)
        a = f.organisation(s, m)
        s.add(MeetingRequest(mission=m, requester=a, requested=a, priority=3))


def test_request_priority_range(store: Store) -> None:
    """Priorities run from 1 to 5."""
    with pytest.raises(IntegrityError), store.session() as s:
        m = f.mission(s)
        s.add(
            MeetingRequest(
                mission=m,
                requester=f.organisation(s, m),
                requested=f.organisation(s, m),
                priority=9,
            )
        )


def test_enum_values_are_checked_by_the_database(store: Store) -> None:
    """A side that is neither Turin nor Nagoya cannot be written, even bypassing the ORM."""
    with store.session() as s:
        mid = f.mission(s).id
    with pytest.raises(IntegrityError), store.session() as s:
        s.execute(
            text("INSERT INTO delegation (mission_id, side, name) VALUES (:m, 'milan', 'x')"),
            {"m": mid},
        )


def test_delegation_audience_needs_a_delegation(store: Store) -> None:
    """An item for 'a delegation' must say which."""
    start = datetime(2027, 10, 12, 10, 0, tzinfo=TOKYO)
    with pytest.raises(IntegrityError), store.session() as s:
        item = _agenda(f.mission(s), start, start + timedelta(hours=1))
        item.audience = Audience.DELEGATION
        s.add(item)


def test_unknown_zone_name_is_refused(store: Store) -> None:
    """'Turin' is a city, not an IANA zone: refused before it reaches the database."""
    with pytest.raises(StatementError, match="not an IANA time zone"), store.session() as s:
        f.mission(s, timezone="Turin")


def test_naive_datetime_is_refused(store: Store) -> None:
    """A time without a zone is never guessed."""
    with pytest.raises(StatementError, match="naive"), store.session() as s:
        s.add(_agenda(f.mission(s), datetime(2027, 10, 12, 10), datetime(2027, 10, 12, 11)))


def test_deleting_a_mission_deletes_what_it_holds(store: Store) -> None:
    """Foreign keys are enforced (SQLite too): a mission's people go with it."""
    with store.session() as s:
        m = f.mission(s)
        f.participant(s, m, organisation=f.organisation(s, m))
        mid = m.id
    with store.session() as s:
        s.execute(text("DELETE FROM mission WHERE id = :m"), {"m": mid})
    with store.session() as s:
        assert s.scalars(select(Participant)).all() == []
        assert s.scalars(select(Organisation)).all() == []


def test_japanese_and_accented_text_round_trips(store: Store) -> None:
    """Kanji, kana, accents and full-width forms come back exactly."""
    with store.session() as s:
        m = f.mission(s)
        f.participant(
            s,
            m,
            given_name="Niccolò",
            family_name="Bertè",
            family_name_kanji="髙橋",
            given_name_kanji="﨑子",
            family_name_kana="たかはし",
            given_name_kana="サキコ",
            title="ＣＥＯ（代表取締役）",
        )
    with store.session() as s:
        p = s.scalars(select(Participant)).one()
        assert (p.given_name, p.family_name) == ("Niccolò", "Bertè")
        assert p.kanji_name() == "髙橋 﨑子"
        assert p.kana_name() == "たかはし サキコ"
        assert p.title == "ＣＥＯ（代表取締役）"


def test_languages_keep_their_order(store: Store) -> None:
    """Languages spoken come back most fluent first, without duplicates."""
    with store.session() as s:
        p = f.participant(s, f.mission(s))
        p.languages = ["ja", "EN", "ja", " it "]
    with store.session() as s:
        assert s.scalars(select(Participant)).one().languages == ["ja", "en", "it"]


@pytest.mark.parametrize(
    ("zone", "local", "utc"),
    [
        ("Asia/Tokyo", datetime(2027, 10, 13, 14, 0), datetime(2027, 10, 13, 5, 0)),
        (
            "Europe/Rome",
            datetime(2028, 3, 25, 10, 0),
            datetime(2028, 3, 25, 9, 0),
        ),  # CET, before DST
        (
            "Europe/Rome",
            datetime(2028, 3, 26, 10, 0),
            datetime(2028, 3, 26, 8, 0),
        ),  # CEST, after DST
        (
            "Europe/Rome",
            datetime(2027, 10, 31, 2, 30, fold=1),
            datetime(2027, 10, 31, 1, 30),
        ),  # 2nd 02:30
    ],
)
def test_local_times_round_trip_as_utc_instants(
    store: Store, zone: str, local: datetime, utc: datetime
) -> None:
    """A venue-local time is stored as its UTC instant and shown again in its zone."""
    start = local.replace(tzinfo=ZoneInfo(zone))
    with store.session() as s:
        s.add(_agenda(f.mission(s, timezone=zone), start, start + timedelta(hours=1), zone))
    with store.session() as s:
        item = s.scalars(select(AgendaItem)).one()
        assert item.start_utc == utc.replace(tzinfo=UTC)
        assert item.start_utc.tzinfo is UTC or item.start_utc.utcoffset() == timedelta(0)
        shown = item.start_utc.astimezone(ZoneInfo(item.timezone))
        assert (shown.hour, shown.minute) == (local.hour, local.minute)


@settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    instant=st.datetimes(
        min_value=datetime(1990, 1, 1),
        max_value=datetime(2090, 1, 1),
        timezones=st.sampled_from([ZoneInfo("Asia/Tokyo"), ZoneInfo("Europe/Rome"), UTC]),
    ),
)
def test_any_aware_instant_round_trips(store: Store, instant: datetime) -> None:
    """Whatever the zone, the instant read back is the instant written, to the microsecond."""
    # Wall times inside a DST gap (02:30 on the spring-forward night) are not instants.
    assume(
        instant.astimezone(UTC).astimezone(instant.tzinfo).replace(tzinfo=None)
        == instant.replace(tzinfo=None)
    )
    with store.session() as s:
        m = s.scalars(select(Mission)).first() or f.mission(s)
        # End computed in UTC: aware arithmetic in a zone is wall-clock arithmetic (DST!).
        item = _agenda(m, instant, instant.astimezone(UTC) + timedelta(minutes=1))
        s.add(item)
        s.flush()
        item_id = item.id
    with store.session() as s:
        got = s.get(AgendaItem, item_id)
        assert got is not None
        assert got.start_utc == instant.astimezone(UTC)
        assert got.start_utc.utcoffset() == timedelta(0)


def test_deleting_a_mission_with_delegations_and_organisations(store: Store) -> None:
    """The cascade from a mission passes through delegations and their organisations."""
    with store.session() as s:
        m = f.mission(s)
        d = f.delegation(s, m, Side.NAGOYA)
        o = f.organisation(s, m, d)
        f.participant(s, m, organisation=o, delegation=d)
        mid = m.id
    with store.session() as s:
        s.delete(s.get(Mission, mid))
    with store.session() as s:
        assert s.scalars(select(Organisation)).all() == []
