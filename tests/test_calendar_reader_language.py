"""A calendar reads in its reader's language: each programme event's SUMMARY, DESCRIPTION and
LOCATION in Italian, Japanese or English (a form not written falls back to English), the one
venue headed in the singular, and the same UID whatever the language (a reader who changes
language updates their events, never doubles them)."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from icalendar import Calendar
from sqlalchemy import select

from app.calendar.data import load_calendar_data
from app.calendar.ics import CalendarWriter
from app.common.paths import Paths
from app.core.language import Label, label
from app.model import DocumentLanguage, Mission
from app.store import Store, open_store
from tests.demo_support import CopyDemo

Lang = DocumentLanguage
STAMP = datetime(2027, 9, 1, 8, 0, tzinfo=UTC)


@pytest.fixture
def writer(tmp_path: Path, paths: Paths, copy_demo: CopyDemo) -> Iterator[CalendarWriter]:
    """The calendars of the demo mission held in Nagoya (venues named in three languages)."""
    with open_store(str(copy_demo(tmp_path / "demo.sqlite")), paths=paths) as store:
        yield CalendarWriter(load_calendar_data(store, _nagoya(store)), stamp=STAMP)


def _nagoya(store: Store) -> int:
    with store.session() as s:
        return s.scalars(select(Mission.id).where(Mission.host_city == "Nagoya")).one()


def _items(data: bytes) -> dict[str, dict[str, str]]:
    """Each programme event's UID with its SUMMARY, DESCRIPTION and LOCATION."""
    return {
        str(e["UID"]): {k: str(e.get(k, "")) for k in ("SUMMARY", "DESCRIPTION", "LOCATION")}
        for e in Calendar.from_ical(data).walk("VEVENT")
        if str(e["UID"]).startswith("item-")
    }


def test_programme_events_read_in_each_readers_language(writer: CalendarWriter) -> None:
    data = writer.data
    readers: dict[Lang, int] = {}
    for person in sorted(data.people.values(), key=lambda p: p.id):
        readers.setdefault(person.language, person.id)
    assert set(readers) == {Lang.IT, Lang.JA, Lang.EN}
    by_uid = {writer.item_uids[item.id]: item for item in data.items}
    seen: dict[Lang, dict[str, dict[str, str]]] = {}
    for lang, pid in readers.items():
        events = _items(writer.participant(pid))
        assert events, lang
        seen[lang] = events
        for uid, event in events.items():
            item = by_uid[uid]
            assert event["SUMMARY"] == item.titles.in_(lang)
            description = item.descriptions.in_(lang)
            assert event["DESCRIPTION"].startswith(description or "")
            venue = data.venues.get(item.venue_id) if item.venue_id is not None else None
            if venue is None:
                continue
            assert event["LOCATION"].startswith(venue.names.in_(lang))
            one_venue = f"{label(Label.VENUE, lang)}: {venue.names.in_(lang)}"
            assert one_venue in event["DESCRIPTION"], (lang, event["DESCRIPTION"])
            if lang is not Lang.JA:  # "会場" is one word for one venue or several
                assert f"{label(Label.VENUES, lang)}:" not in event["DESCRIPTION"]
    japanese = seen[Lang.JA]
    assert any(data.venues[by_uid[u].venue_id].names.ja in e["LOCATION"]  # type: ignore[index]
               for u, e in japanese.items() if by_uid[u].venue_id is not None)  # fmt: skip
    # the same item has the same UID in every language
    shared = set(seen[Lang.IT]) & set(seen[Lang.JA]) & set(seen[Lang.EN])
    assert shared
    for uid in shared:
        assert seen[Lang.JA][uid]["SUMMARY"] == by_uid[uid].titles.in_(Lang.JA)
        assert seen[Lang.IT][uid]["SUMMARY"] == by_uid[uid].titles.in_(Lang.IT)


def test_the_singular_venue_label_in_each_language() -> None:
    assert [label(Label.VENUE, lang) for lang in (Lang.IT, Lang.JA, Lang.EN)] == [
        "Sede",
        "会場",
        "Venue",
    ]
