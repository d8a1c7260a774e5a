"""Programme items as a coordinator enters them: stored as UTC plus the venue's zone across
Rome's change to summer time (26 March 2028) and in Tokyo, a skipped hour refused, an hour
shown twice asked, every bad input refused with its field and nothing half-saved, undo of a
delete under the same id."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime, time, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from sqlalchemy import func, select

from app.common.timezones import NonexistentLocalTime, to_local, to_utc
from app.core.mission_record import MissionFacts, MissionRecord, load_mission
from app.model import AgendaItem, AgendaKind, Audience, Mission
from app.services.programme import (
    ItemDraft,
    ItemInvalid,
    add_item,
    check_item,
    delete_item,
    load_item,
    load_programme,
    restore_item,
    update_item,
)
from app.store import Store
from tests.demo_support import LoadDemo

NAGOYA_TORINO = "Nagoya → Torino, March 2028"
TORINO_NAGOYA = "Torino → Nagoya, October 2027"


def _ids(store: Store) -> dict[str, int]:
    with store.snapshot() as s:
        missions = {m.name: m.id for m in s.scalars(select(Mission))}
    record = load_mission(store, missions[NAGOYA_TORINO])
    venue = {v.name: v.id for v in record.venues.values()}
    return {
        "turin": missions[NAGOYA_TORINO],
        "nagoya": missions[TORINO_NAGOYA],
        "incontra": next(i for n, i in venue.items() if n.startswith("Torino Incontra")),
        "museum": next(i for n, i in venue.items() if n.startswith("MAUTO")),
    }


def _draft(**kw: object) -> ItemDraft:
    base = ItemDraft(
        kind=AgendaKind.PLENARY,
        title="Welcome",
        title_it="Benvenuto",
        title_ja="歓迎",
        start=datetime(2028, 3, 27, 9, 0),
        end=datetime(2028, 3, 27, 10, 0),
        description="Opening words.",
        description_it="Parole di apertura.",
        description_ja="開会の挨拶。",
    )
    return replace(base, **kw)  # type: ignore[arg-type]


@pytest.fixture
def demo(store: Store, load_demo: LoadDemo) -> dict[str, int]:
    load_demo(store)
    return _ids(store)


def _stored(store: Store, item_id: int) -> AgendaItem:
    with store.snapshot() as s:
        item = s.get(AgendaItem, item_id)
        assert item is not None
        s.expunge(item)
        return item


def test_times_are_stored_in_utc_across_romes_change(store: Store, demo: dict[str, int]) -> None:
    venue = demo["incontra"]
    before = add_item(
        store,
        demo["turin"],
        _draft(
            venue_id=venue, start=datetime(2028, 3, 25, 10, 0), end=datetime(2028, 3, 25, 11, 0)
        ),
    )
    after = add_item(store, demo["turin"], _draft(venue_id=venue))
    first, second = _stored(store, before.item_id), _stored(store, after.item_id)
    assert first.start_utc == datetime(2028, 3, 25, 9, 0, tzinfo=UTC)  # CET, +01:00
    assert second.start_utc == datetime(2028, 3, 27, 7, 0, tzinfo=UTC)  # CEST, +02:00
    assert first.timezone == second.timezone == "Europe/Rome"
    assert first.description_ja == "開会の挨拶。"


def test_an_item_in_tokyo_is_stored_in_tokyos_zone(store: Store, demo: dict[str, int]) -> None:
    saved = add_item(
        store,
        demo["nagoya"],
        _draft(start=datetime(2027, 10, 13, 10, 0), end=datetime(2027, 10, 13, 11, 30)),
    )
    item = _stored(store, saved.item_id)
    assert item.timezone == "Asia/Tokyo"
    assert item.start_utc == datetime(2027, 10, 13, 1, 0, tzinfo=UTC)
    assert item.end_utc == datetime(2027, 10, 13, 2, 30, tzinfo=UTC)


def test_a_wall_time_the_clocks_skip_is_refused(store: Store, demo: dict[str, int]) -> None:
    draft = _draft(
        venue_id=demo["incontra"],
        start=datetime(2028, 3, 26, 2, 30),
        end=datetime(2028, 3, 26, 4, 0),
    )
    with pytest.raises(ItemInvalid) as caught:
        add_item(store, demo["turin"], draft)
    assert [p.field for p in caught.value.problems] == ["start"]
    assert "02:30" in caught.value.problems[0].text("it")
    with store.snapshot() as s:
        assert s.scalar(select(func.count()).select_from(AgendaItem).where(
            AgendaItem.title == "Welcome")) == 0  # fmt: skip


def test_an_hour_shown_twice_is_asked_then_stored_as_answered(store: Store) -> None:
    with store.session() as s:
        m = Mission(
            name="Autumn",
            host_city="Torino",
            timezone="Europe/Rome",
            start_date=date(2027, 10, 30),
            end_date=date(2027, 11, 1),
            organiser="CCIAA",
        )
        s.add(m)
        s.flush()
        mission_id = m.id
    draft = _draft(start=datetime(2027, 10, 31, 2, 30), end=datetime(2027, 10, 31, 4, 0))
    check = check_item(load_mission(store, mission_id), draft)
    assert [a.field for a in check.ambiguous] == ["start"]
    assert check.ambiguous[0].choice(False) == "02:30 CEST"
    assert check.ambiguous[0].choice(True) == "02:30 CET"
    with pytest.raises(ItemInvalid):
        add_item(store, mission_id, draft)
    later = add_item(store, mission_id, replace(draft, start_later=True))
    assert _stored(store, later.item_id).start_utc == datetime(2027, 10, 31, 1, 30, tzinfo=UTC)
    earlier = add_item(store, mission_id, replace(draft, start_later=False))
    assert _stored(store, earlier.item_id).start_utc == datetime(2027, 10, 31, 0, 30, tzinfo=UTC)
    # the editor gets the answer back with the draft
    rows = {r.id: r for r in load_programme(store, mission_id).items}
    assert rows[later.item_id].draft.start_later is True
    assert rows[earlier.item_id].draft.start_later is None


@pytest.mark.parametrize(
    ("change", "field"),
    [
        ({"title": "  "}, "title"),
        ({"title_ja": "x" * 301}, "title_ja"),
        ({"description_it": "x" * 4001}, "description_it"),
        ({"venue_id": 999_999}, "venue"),
        ({"timezone": "Mars/Olympus"}, "timezone"),
        ({"kind": AgendaKind.B2B}, "kind"),
        ({"end": datetime(2028, 3, 27, 8, 0)}, "end"),
        ({"end": datetime(2028, 3, 28, 10, 0)}, "end"),
        ({"start": datetime(2028, 4, 2, 9, 0), "end": datetime(2028, 4, 2, 10, 0)}, "start"),
        ({"audience": Audience.DELEGATION}, "audience"),
        ({"audience": Audience.DELEGATION, "audience_delegation_id": 999_999}, "audience"),
        ({"audience": Audience.ORGANISATION}, "audience"),
        ({"audience": Audience.PARTICIPANTS}, "audience"),
        ({"audience": Audience.PARTICIPANTS, "attendee_ids": frozenset({999_999})}, "audience"),
    ],
)
def test_bad_input_is_refused_with_its_field(
    store: Store, demo: dict[str, int], change: dict[str, object], field: str
) -> None:
    with pytest.raises(ItemInvalid) as caught:
        add_item(store, demo["turin"], _draft(**change))
    assert field in [p.field for p in caught.value.problems]
    for lang in ("en", "it", "ja"):
        assert str(caught.value.message.text(lang)).strip()


def test_audiences_and_undo_of_a_delete(store: Store, demo: dict[str, int]) -> None:
    record = load_mission(store, demo["turin"])
    org = next(iter(record.organisations.values()))
    saved = add_item(
        store,
        demo["turin"],
        _draft(audience=Audience.ORGANISATION, audience_organisation_id=org.id),
    )
    view = load_programme(store, demo["turin"])
    row = next(r for r in view.items if r.id == saved.item_id)
    delegates = {p.id for p in record.people.values() if p.organisation_id == org.id}
    assert row.attendee_count == len(delegates) > 0
    named = sorted(delegates)[:1]
    update_item(
        store,
        saved.item_id,
        replace(row.draft, audience=Audience.PARTICIPANTS, attendee_ids=frozenset(named)),
        base=load_item(store, saved.item_id),
    )
    row = next(r for r in load_programme(store, demo["turin"]).items if r.id == saved.item_id)
    assert row.attendee_ids == frozenset(named)
    assert row.audience_organisation_id is None
    draft = delete_item(store, saved.item_id)
    assert all(r.id != saved.item_id for r in load_programme(store, demo["turin"]).items)
    back = restore_item(store, demo["turin"], saved.item_id, draft)
    assert back.item_id == saved.item_id
    row = next(r for r in load_programme(store, demo["turin"]).items if r.id == saved.item_id)
    assert row.attendee_ids == frozenset(named)
    assert row.titles.in_("ja") == "歓迎"


def _empty_record(zone: str) -> MissionRecord:
    facts = MissionFacts(1, "M", None, "X", zone, "O", None, datetime(2026, 1, 1, tzinfo=UTC))
    return MissionRecord(facts, {}, {}, {}, {}, (), (), {}, (), (), ())


@settings(max_examples=80, deadline=None)
@given(
    day=st.dates(min_value=date(2027, 1, 1), max_value=date(2029, 12, 31)),
    minute=st.integers(min_value=0, max_value=23 * 60 + 59),
    zone=st.sampled_from(["Europe/Rome", "Asia/Tokyo", "America/New_York"]),
)
def test_a_checked_time_reads_back_as_the_wall_time_typed(
    day: date, minute: int, zone: str
) -> None:
    """Whatever the zone and the day, a time the check accepts is stored as the instant that
    shows, in that zone, the wall time typed; one the clocks skip is refused, one they show
    twice is asked."""
    start = datetime.combine(day, time(minute // 60, minute % 60))
    draft = ItemDraft(AgendaKind.OTHER, "x", start, start + timedelta(hours=1))
    check = check_item(_empty_record(zone), draft)
    if check.for_field("start"):  # skipped by the clocks: no instant shows it
        with pytest.raises(NonexistentLocalTime):
            to_utc(start, zone)
        return
    assert check.start_utc is not None
    assert to_local(check.start_utc, zone).replace(tzinfo=None) == start
    twice = to_utc(start, zone) != to_utc(start, zone, later=True)
    assert any(a.field == "start" for a in check.ambiguous) == twice
