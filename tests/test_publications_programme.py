"""The programme in publications, on SQLite and PostgreSQL (the demo's Nagoya delegation in
Turin): what a snapshot keeps of an item (descriptions in three languages, an organisation
audience; older snapshots still read), and what the next version announces and puts in each
calendar: a moved item to exactly its audience (same UID, higher SEQUENCE), a translation
changed to its readers only, and a cancellation to whoever left an item's audience."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import timedelta
from pathlib import Path

import pytest
from icalendar import Calendar
from sqlalchemy import select

from app.calendar.export import mission_calendars
from app.core.mission_record import MissionRecord, load_mission
from app.core.publications import ChangeKind, load_snapshot, version_diff
from app.core.publications.snapshot import ItemEntry, Snapshot
from app.demo import nagoya_torino
from app.model import Mission
from app.model.enums import AgendaKind, Audience
from app.services.programme import (
    ItemDraft,
    add_item,
    delete_item,
    load_item,
    load_programme,
    update_item,
)
from app.services.publications import publish
from app.store import Store
from tests.demo_support import LoadDemo


@pytest.fixture
def demo(store: Store, load_demo: LoadDemo) -> int:
    load_demo(store)
    with store.session() as s:
        return s.scalars(select(Mission.id).where(Mission.name == nagoya_torino.NAME)).one()


def _person(record: MissionRecord, family: str) -> int:
    return next(p.id for p in record.people.values() if p.family_name == family)


def _draft(store: Store, mission_id: int, title: str) -> tuple[int, ItemDraft]:
    row = next(r for r in load_programme(store, mission_id).items if r.titles.en == title)
    return row.id, row.draft


def _events(store: Store, mission_id: int, person: int) -> dict[str, dict[str, object]]:
    """The person's calendar now, by UID: summary, status, sequence, start (UTC)."""
    data = mission_calendars(store, mission_id).participant(person)
    out = {}
    for e in Calendar.from_ical(data).walk("VEVENT"):
        out[str(e["UID"])] = {
            "summary": str(e["SUMMARY"]),
            "status": str(e["STATUS"]),
            "sequence": int(e["SEQUENCE"]),
            "start": e.decoded("DTSTART"),
            "description": str(e.get("DESCRIPTION", "")),
        }
    return out


def _uid(events: dict[str, dict[str, object]], needle: str) -> str:
    (uid,) = [u for u, e in events.items() if needle in str(e["summary"])]
    return uid


def _told(store: Store, mission_id: int) -> dict[int, list[tuple[ChangeKind, tuple[str, ...]]]]:
    return {
        p.participant_id: [(c.kind, c.fields) for c in p.changes]
        for p in version_diff(store, mission_id).participants
    }


def test_a_snapshot_keeps_descriptions_and_an_organisation_audience(
    store: Store, demo: int
) -> None:
    """Written and read back; a snapshot written before these keys reads them as None."""
    record = load_mission(store, demo)
    hatcho = next(o.id for o in record.organisations.values() if o.name == "Hatcho Jozo")
    day = record.mission.start_date
    assert day is not None
    first = add_item(
        store,
        demo,
        ItemDraft(
            AgendaKind.COMPANY_VISIT, "Miso tasting", title_it="Degustazione di miso",
            description="Bring your badge.", description_it="Portare il badge.",
            description_ja="バッジをお持ちください。",
            start=load_programme(store, demo).items[0].draft.start + timedelta(hours=3),
            end=load_programme(store, demo).items[0].draft.start + timedelta(hours=4),
            audience=Audience.ORGANISATION, audience_organisation_id=hatcho,
        ),
    )  # fmt: skip
    publish(store, demo)
    snapshot = load_snapshot(store, demo)
    assert snapshot is not None
    entry = next(e for e in snapshot.items.values() if e.id == first.item_id)
    assert (entry.description_it, entry.description_ja) == (
        "Portare il badge.", "バッジをお持ちください。"
    )  # fmt: skip
    assert entry.audience == "organisation" and entry.audience_organisation_id == hatcho
    assert entry.attendees == load_mission(store, demo).attendees_of(
        next(i for i in load_mission(store, demo).items if i.id == first.item_id)
    )
    assert len(entry.attendees) >= 1
    # an older snapshot: no such keys
    raw = entry.to_json()
    for key in ("description_it", "description_ja", "audience_organisation_id"):
        del raw[key]
    old = ItemEntry.from_json(raw)
    assert (old.description_it, old.description_ja, old.audience_organisation_id) == (None,) * 3
    assert old.descriptions.in_("it") == "Bring your badge."
    text = json.dumps({"format": 1, "items": [raw]})
    assert Snapshot.from_json(1, text).items[entry.key] == old


def test_a_moved_item_is_announced_to_exactly_its_audience(
    store: Store, demo: int, tmp_path: Path
) -> None:
    """The museum visit (the Nagoya delegation's), an hour later: each of them is told, no
    one else; their calendar keeps the UID and raises the SEQUENCE."""
    publish(store, demo)
    record = load_mission(store, demo)
    title = "Visit to the National Automobile Museum (MAUTO)"
    audience = record.attendees_of(next(i for i in record.items if i.title == title))
    reader = _person(record, "Sugiura")
    assert reader in audience and len(audience) < len(record.people)
    before = _events(store, demo, reader)
    uid = _uid(before, "MAUTO")
    (tmp_path / "v1.ics").write_bytes(mission_calendars(store, demo).participant(reader))
    item_id, draft = _draft(store, demo, title)
    update_item(
        store,
        item_id,
        draft.moved(draft.start + timedelta(hours=1), draft.end + timedelta(hours=1)),
        base=load_item(store, item_id),
    )
    publish(store, demo)
    told = _told(store, demo)
    assert set(told) == audience
    assert all(changes == [(ChangeKind.ITEM_CHANGED, ("time",))] for changes in told.values())
    after = _events(store, demo, reader)
    assert after[uid]["sequence"] == int(str(before[uid]["sequence"])) + 1
    assert after[uid]["start"] == before[uid]["start"] + timedelta(hours=1)  # type: ignore[operator]
    (tmp_path / "v2.ics").write_bytes(mission_calendars(store, demo).participant(reader))


def test_an_italian_title_changed_is_news_for_italian_readers_only(store: Store, demo: int) -> None:
    """The welcome dinner (everyone's) retitled in Italian, then described in Italian: only
    the readers of Italian are told, and their calendar shows it."""
    publish(store, demo)
    record = load_mission(store, demo)
    italians = {p.id for p in record.people.values() if p.document_language.value == "it"}
    assert italians and len(italians) < len(record.people)
    item_id, draft = _draft(store, demo, "Welcome dinner")
    update_item(
        store,
        item_id,
        replace(draft, title_it="Cena di benvenuto al Cambio"),
        base=load_item(store, item_id),
    )
    publish(store, demo)
    told = _told(store, demo)
    assert set(told) == italians
    assert all(changes == [(ChangeKind.ITEM_CHANGED, ("title",))] for changes in told.values())
    reader = _person(record, "Operti")
    events = _events(store, demo, reader)
    uid = _uid(events, "Cena di benvenuto al Cambio")
    assert events[uid]["sequence"] == 1
    # a description in three languages (news for all), then corrected in Italian only
    described = replace(
        draft, title_it="Cena di benvenuto al Cambio", description="Dark suit.",
        description_it="Abito scuro.", description_ja="ダークスーツでお越しください。",
    )  # fmt: skip
    update_item(
        store,
        item_id,
        described,
        base=load_item(store, item_id),
    )
    publish(store, demo)
    assert len(_told(store, demo)) == len(record.people)
    update_item(
        store,
        item_id,
        replace(described, description_it="Abito scuro, per favore."),
        base=load_item(store, item_id),
    )
    publish(store, demo)
    told = _told(store, demo)
    assert set(told) == italians
    assert all(c == [(ChangeKind.ITEM_CHANGED, ("description",))] for c in told.values())
    events = _events(store, demo, reader)
    assert str(events[uid]["description"]).startswith("Abito scuro, per favore.")
    assert events[uid]["sequence"] == 3
    japanese = _events(store, demo, _person(record, "Sugiura"))[uid]
    assert str(japanese["description"]).startswith("ダークスーツ")


def test_leaving_an_audience_cancels_the_item_for_that_reader_only(
    store: Store, demo: int, tmp_path: Path
) -> None:
    """Two named participants, then one: the other is told it was removed and their calendar
    cancels it under the same UID with a higher SEQUENCE; nobody else is told anything. A
    deleted item is cancelled for its whole audience."""
    record = load_mission(store, demo)
    sugiura, allasia = _person(record, "Sugiura"), _person(record, "Allasia")
    start = load_programme(store, demo).items[-1].draft.end + timedelta(minutes=15)
    saved = add_item(
        store,
        demo,
        ItemDraft(
            AgendaKind.OTHER, "Press interview", title_ja="記者会見", start=start,
            end=start + timedelta(minutes=45), audience=Audience.PARTICIPANTS,
            attendee_ids=frozenset({sugiura, allasia}),
        ),
    )  # fmt: skip
    publish(store, demo)
    first = _events(store, demo, allasia)
    uid = _uid(first, "Press interview")
    assert first[uid]["status"] == "CONFIRMED" and first[uid]["sequence"] == 0
    (tmp_path / "allasia-v1.ics").write_bytes(mission_calendars(store, demo).participant(allasia))
    _, draft = _draft(store, demo, "Press interview")
    update_item(
        store,
        saved.item_id,
        replace(draft, attendee_ids=frozenset({sugiura})),
        base=load_item(store, saved.item_id),
    )
    publish(store, demo)
    assert _told(store, demo) == {allasia: [(ChangeKind.ITEM_REMOVED, ())]}
    gone = _events(store, demo, allasia)[uid]
    assert gone["status"] == "CANCELLED" and gone["sequence"] == 1
    assert gone["summary"] == "ANNULLATO: Press interview"  # she reads Italian
    (tmp_path / "allasia-v2.ics").write_bytes(mission_calendars(store, demo).participant(allasia))
    kept = _events(store, demo, sugiura)[uid]
    assert kept["status"] == "CONFIRMED" and kept["summary"] == "記者会見"
    others = set(load_mission(store, demo).people) - {sugiura, allasia}
    someone = min(others)
    assert uid not in _events(store, demo, someone)
    # the item deleted: cancelled for Sugiura too
    delete_item(store, saved.item_id)
    publish(store, demo)
    assert _told(store, demo) == {sugiura: [(ChangeKind.ITEM_REMOVED, ())]}
    for person in (sugiura, allasia):
        event = _events(store, demo, person)[uid]
        assert event["status"] == "CANCELLED"
    assert _events(store, demo, sugiura)[uid]["sequence"] == 2
