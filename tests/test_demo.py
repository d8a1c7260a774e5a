"""The demo missions: believable, complete, the same on every run, on SQLite and PostgreSQL."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from collections import Counter
from datetime import timedelta
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from app.common.paths import Paths
from app.demo import DEMO_MISSION_NAMES, write_demo
from app.model import (
    AgendaItem,
    AgendaKind,
    B2BSession,
    BadgeCategory,
    DocumentLanguage,
    MeetingRequest,
    Mission,
    NameOrder,
    Organisation,
    Participant,
    Sector,
    Side,
)
from app.store import Store, open_store
from tests.demo_support import LoadDemo

ROOT = Path(__file__).resolve().parents[1]
NAGOYA, TORINO = DEMO_MISSION_NAMES


@pytest.fixture
def demo(store: Store, load_demo: LoadDemo) -> Store:
    """A store holding the two demo missions (written once per session, copied here)."""
    load_demo(store)
    return store


def _mission(session: Session, name: str) -> Mission:
    return session.scalars(select(Mission).where(Mission.name == name)).one()


def _people(session: Session, name: str) -> list[Participant]:
    query = (
        select(Participant)
        .join(Mission)
        .where(Mission.name == name)
        .options(
            selectinload(Participant.language_links),
            selectinload(Participant.organisation).selectinload(Organisation.delegation),
            selectinload(Participant.delegation),
        )
        .order_by(Participant.id)
    )
    return list(session.scalars(query))


def _interpreter(p: Participant) -> bool:
    return p.badge_category is BadgeCategory.INTERPRETER


def dump(store: Store) -> list[tuple[Any, ...]]:
    """Everything the demo wrote, keyed by names and e-mails instead of ids, sorted."""
    rows: list[tuple[Any, ...]] = []
    with store.session() as s:
        for name in DEMO_MISSION_NAMES:
            m = _mission(s, name)
            rows.append(("mission", m.name, m.name_ja, m.host_city, m.timezone, m.start_date,
                         m.end_date, m.organiser, m.organiser_email))  # fmt: skip
            rows += [("venue", name, v.name, v.name_ja, v.address, v.address_ja, v.city,
                      v.timezone) for v in m.venues]  # fmt: skip
            rows += [("delegation", name, d.name, d.name_ja, d.side, d.head and d.head.email)
                     for d in m.delegations]  # fmt: skip
            for o in m.organisations:
                rows.append(("org", name, o.name, o.name_ja, o.name_kana, o.city, o.website,
                             o.profile, o.profile_ja, o.max_meetings, o.parallel_meetings,
                             tuple(o.sectors), o.delegation and o.delegation.name))  # fmt: skip
            for p in _people(s, name):
                rows.append(("person", name, p.email, p.given_name, p.family_name,
                             p.given_name_kanji, p.family_name_kanji, p.given_name_kana,
                             p.family_name_kana, p.name_order, p.title, p.document_language,
                             p.badge_category, p.phone, p.consent, p.consent_at, p.notes,
                             tuple(p.languages), p.organisation and p.organisation.name,
                             p.delegation and p.delegation.name))  # fmt: skip
                rows += [("away", name, p.email, u.start_utc, u.end_utc, u.reason)
                         for u in p.unavailability]  # fmt: skip
            rows += [("interpreter", name, i.participant.email, i.notes) for i in m.interpreters]
            for a in m.agenda_items:
                rows.append(("agenda", name, a.kind, a.title, a.title_it, a.title_ja,
                             a.description, a.venue and a.venue.name, a.start_utc, a.end_utc,
                             a.timezone, a.audience,
                             a.audience_delegation and a.audience_delegation.name,
                             tuple(sorted(str(x.participant.email)
                                          for x in a.attendee_links))))  # fmt: skip
            for b in m.b2b_sessions:
                rows.append(("session", name, b.name, b.venue and b.venue.name, b.start_utc,
                             b.end_utc, b.timezone, b.slot_minutes,
                             tuple((k.start_utc, k.end_utc, k.label) for k in b.breaks),
                             tuple((t.name, t.position) for t in b.tables)))  # fmt: skip
            rows += [("request", name, r.requester.name, r.requested.name, r.priority,
                      r.no_thanks, r.note, r.created_at) for r in m.meeting_requests]  # fmt: skip
    return sorted(rows, key=repr)


def test_summary_has_one_line_per_mission(store: Store) -> None:
    """write_demo returns one line per mission, naming it and its counts."""
    lines = write_demo(store)
    assert len(lines) == 2
    assert lines[0].startswith(NAGOYA) and lines[1].startswith(TORINO)
    assert all("participants" in line and "meeting requests" in line for line in lines)


def test_counts_are_in_range(demo: Store) -> None:
    """The big mission has ~40 + ~60 organisations, ~150 people, ~400 requests; the small ~10s."""
    with demo.session() as s:
        big, small = _mission(s, NAGOYA), _mission(s, TORINO)
        big_sides = Counter(o.side for o in big.organisations)
        assert 36 <= big_sides[Side.TURIN] <= 44 and 55 <= big_sides[Side.NAGOYA] <= 65
        assert 130 <= len(big.participants) <= 175
        assert len(big.interpreters) == 4
        assert 350 <= len(big.meeting_requests) <= 450
        assert len(big.b2b_sessions) == 2
        assert [len(b.tables) for b in big.b2b_sessions] == [30, 30]
        assert len(big.agenda_items) >= 10
        small_sides = Counter(o.side for o in small.organisations)
        assert 8 <= small_sides[Side.TURIN] <= 12 and 8 <= small_sides[Side.NAGOYA] <= 12
        assert 24 <= len(small.participants) <= 36
        assert len(small.interpreters) == 2
        assert 30 <= len(small.meeting_requests) <= 50
        assert [len(b.tables) for b in small.b2b_sessions] == [10]


def test_both_zones_are_present(demo: Store) -> None:
    """One mission is hosted in Asia/Tokyo, the other in Europe/Rome, venues and items alike."""
    with demo.session() as s:
        for name, zone in ((NAGOYA, "Asia/Tokyo"), (TORINO, "Europe/Rome")):
            m = _mission(s, name)
            assert m.timezone == zone
            assert {v.timezone for v in m.venues} == {zone}
            assert {a.timezone for a in m.agenda_items} == {zone}
            assert {b.timezone for b in m.b2b_sessions} == {zone}


def test_demo_is_the_same_every_time(demo: Store) -> None:
    """Writing the demo again (replace=True) produces identical data."""
    first = dump(demo)
    write_demo(demo, replace=True)
    assert dump(demo) == first


def test_demo_is_the_same_across_processes(tmp_path: Path, paths: Paths) -> None:
    """Two interpreters with different hash seeds write the same demo."""
    dumps = []
    for seed in ("1", "2"):
        target = tmp_path / f"demo-{seed}.sqlite"
        code = (
            "import sys; from app.store import open_store; from app.demo import write_demo\n"
            "with open_store(sys.argv[1]) as s: write_demo(s)"
        )
        env = {**os.environ, "PYTHONHASHSEED": seed}
        subprocess.run([sys.executable, "-c", code, str(target)], cwd=ROOT, env=env, check=True)
        with open_store(target, paths=paths) as store:
            dumps.append(dump(store))
    assert dumps[0] == dumps[1]


def test_replace_false_refuses_a_second_demo(demo: Store) -> None:
    """Without replace, writing over an existing demo raises and names --replace."""
    with pytest.raises(ValueError, match=r"already in .*use --replace"):
        write_demo(demo)
    with demo.session() as s:
        assert len(s.scalars(select(Mission)).all()) == 2


def test_replace_true_rewrites_without_duplicates(demo: Store) -> None:
    """With replace, the demo is deleted and written again; other missions are left alone."""
    with demo.session() as s:
        s.add(Mission(name="Torino → Nagoya, 2029 draft", host_city="Nagoya",
                      timezone="Asia/Tokyo", start_date=_mission(s, NAGOYA).start_date,
                      end_date=_mission(s, NAGOYA).end_date))  # fmt: skip
        before = len(s.scalars(select(MeetingRequest)).all())
    write_demo(demo, replace=True)
    with demo.session() as s:
        names = sorted(s.scalars(select(Mission.name)))
        assert names == sorted([*DEMO_MISSION_NAMES, "Torino → Nagoya, 2029 draft"])
        assert len(s.scalars(select(MeetingRequest)).all()) == before


def test_japanese_people_have_kanji_and_kana_names(demo: Store) -> None:
    """Every family-first person has kanji and kana names; a foreign manager in Nagoya has none."""
    with demo.session() as s:
        for name in DEMO_MISSION_NAMES:
            people = _people(s, name)
            japanese = [p for p in people if p.name_order is NameOrder.FAMILY_FIRST]
            assert len(japanese) >= len(people) // 3
            for p in japanese:
                assert p.family_name_kanji and p.given_name_kanji, p.latin_name()
                assert p.family_name_kana and p.given_name_kana, p.latin_name()
                assert p.kanji_name() and " " in (p.kana_name() or "")
                assert p.title_ja, f"{p.latin_name()} ({p.title}) has no Japanese title"
            for p in people:
                if p.name_order is NameOrder.GIVEN_FIRST:
                    assert p.kanji_name() is None and p.kana_name() is None
        nagoya_side = [p for p in _people(s, NAGOYA) if p.side is Side.NAGOYA]
        assert any(p.kanji_name() is None for p in nagoya_side)


def test_languages_mix_leaves_interpreters_needed(demo: Store) -> None:
    """Most Japanese speak no Italian, most Italians no Japanese; a few do; documents follow."""
    with demo.session() as s:
        people = [p for p in _people(s, NAGOYA) if not _interpreter(p)]
        japanese = [p for p in people if p.side is Side.NAGOYA and p.kanji_name()]
        italians = [p for p in people if p.side is Side.TURIN]
        ja_with_it = [p for p in japanese if "it" in p.languages]
        it_with_ja = [p for p in italians if "ja" in p.languages]
        assert 1 <= len(ja_with_it) <= 5 and len(japanese) - len(ja_with_it) >= 60
        assert 1 <= len(it_with_ja) <= 4 and len(italians) - len(it_with_ja) >= 50
        assert all(p.languages[0] == "ja" for p in japanese)
        assert all(p.languages[0] == "it" for p in italians)
        assert any(p.languages == ["ja"] for p in japanese)
        assert any(p.languages == ["it"] for p in italians)
        ja_docs = Counter(p.document_language for p in japanese)
        assert ja_docs[DocumentLanguage.JA] > 0.8 * len(japanese)
        assert {p.document_language for p in italians} <= {DocumentLanguage.IT, DocumentLanguage.EN}
        assert any(p.given_name == "Niccolò" and p.family_name == "Bertè" for p in italians)


def test_interpreters_speak_italian_and_japanese(demo: Store) -> None:
    """Each interpreter is a participant with an interpreter badge who speaks it and ja."""
    with demo.session() as s:
        for name in DEMO_MISSION_NAMES:
            for i in _mission(s, name).interpreters:
                assert i.participant.badge_category is BadgeCategory.INTERPRETER
                assert {"it", "ja"} <= set(i.languages)


def test_every_request_crosses_the_sides(demo: Store) -> None:
    """Requests go Turin ↔ Nagoya, with mutual pairs and a few "no thanks"."""
    with demo.session() as s:
        for name, refused in ((NAGOYA, (8, 16)), (TORINO, (1, 4))):
            requests = _mission(s, name).meeting_requests
            for r in requests:
                assert r.requester.side is not None and r.requested.side is not None
                assert r.requester.side is not r.requested.side
                assert 1 <= r.priority <= 5
            pairs = {(r.requester_id, r.requested_id) for r in requests if not r.no_thanks}
            mutual = sum(1 for a, b in pairs if (b, a) in pairs) // 2
            assert mutual >= len(requests) // 10
            assert refused[0] <= sum(r.no_thanks for r in requests) <= refused[1]
            assert len(Counter(r.priority for r in requests)) == 5


def test_emails_are_unique_within_each_mission(demo: Store) -> None:
    """Every participant has an e-mail address, unique in its mission whatever the case."""
    with demo.session() as s:
        for name in DEMO_MISSION_NAMES:
            emails = [p.email for p in _people(s, name)]
            assert all(e and "@" in e and e.isascii() for e in emails)
            assert len({e.lower() for e in emails if e}) == len(emails)


def test_organisations_look_like_a_catalogue(demo: Store) -> None:
    """Sectors: automotive first, aerospace second; Japanese names for Nagoya companies."""
    with demo.session() as s:
        m = _mission(s, NAGOYA)
        sectors = Counter(sec for o in m.organisations for sec in o.sectors)
        ranked = [sec for sec, _ in sectors.most_common()]
        assert ranked[:2] == [Sector.AUTOMOTIVE, Sector.AEROSPACE]
        assert all(1 <= len(o.sectors) <= 3 for o in m.organisations)
        for o in m.organisations:
            assert o.profile
            if o.side is Side.NAGOYA:
                assert o.name_ja and o.name_kana and o.profile_ja
        assert any(o.name_ja for o in m.organisations if o.side is Side.TURIN)
        assert any(o.max_meetings for o in m.organisations)
        assert any(o.parallel_meetings == 2 for o in m.organisations)
        for d in m.delegations:
            assert d.head is not None and d.head.side is d.side


def test_agenda_times_are_sensible_in_the_host_zone(demo: Store) -> None:
    """Items end after they start, on the same local day, in daytime, within the mission."""
    with demo.session() as s:
        for name in DEMO_MISSION_NAMES:
            m = _mission(s, name)
            zone = ZoneInfo(m.timezone)
            for a in m.agenda_items:
                start, end = a.start_utc.astimezone(zone), a.end_utc.astimezone(zone)
                assert a.start_utc.tzinfo is not None and end > start
                assert end - start <= timedelta(hours=4), a.title
                assert m.start_date <= start.date() == end.date() <= m.end_date
                assert start.hour >= 7 and end.hour <= 22, a.title
                assert a.title_it and a.title_ja
        plenary = _plenary(s, NAGOYA)
        assert 8 <= plenary.start_utc.astimezone(ZoneInfo("Asia/Tokyo")).hour < 12


def _plenary(s: Session, name: str) -> AgendaItem:
    return s.scalars(
        select(AgendaItem)
        .join(Mission)
        .where(Mission.name == name, AgendaItem.kind == AgendaKind.PLENARY)
    ).one()


def test_turin_mission_crosses_the_summer_time_change(demo: Store) -> None:
    """Saturday's arrival is at UTC+1, Monday's plenary at 09:30 UTC+2 (summer time)."""
    rome = ZoneInfo("Europe/Rome")
    with demo.session() as s:
        items = sorted(_mission(s, TORINO).agenda_items, key=lambda a: a.start_utc)
        offsets = {a.start_utc.astimezone(rome).utcoffset() for a in items}
        assert offsets == {timedelta(hours=1), timedelta(hours=2)}
        assert items[0].start_utc.astimezone(rome).utcoffset() == timedelta(hours=1)
        plenary = _plenary(s, TORINO).start_utc.astimezone(rome)
        assert (plenary.hour, plenary.minute, plenary.utcoffset()) == (9, 30, timedelta(hours=2))


def test_b2b_sessions_fit_whole_slots(demo: Store) -> None:
    """Sessions are 20-minute slots with whole slots between breaks; tables T1..Tn."""
    with demo.session() as s:
        sessions = s.scalars(select(B2BSession).order_by(B2BSession.start_utc)).all()
        assert len(sessions) == 3
        for b in sessions:
            length = b.end_utc - b.start_utc - sum((k.end_utc - k.start_utc for k in b.breaks),
                                                   timedelta())  # fmt: skip
            assert length % timedelta(minutes=b.slot_minutes) == timedelta(0)
            assert [t.name for t in b.tables] == [f"T{i}" for i in range(1, len(b.tables) + 1)]
        tokyo = ZoneInfo("Asia/Tokyo")
        first = sessions[0]
        assert first.start_utc.astimezone(tokyo).hour == 14
        assert first.end_utc.astimezone(tokyo).hour == 18
        assert [k.label for k in first.breaks] == ["Coffee break"]


def test_some_people_are_away_during_sessions(demo: Store) -> None:
    """A late arrival, an early departure and a busy interpreter overlap the B2B sessions."""
    with demo.session() as s:
        m = _mission(s, NAGOYA)
        windows = [(b.start_utc, b.end_utc) for b in m.b2b_sessions]
        away = [(p, u) for p in m.participants for u in p.unavailability]
        assert len(away) >= 3
        assert any(_interpreter(p) for p, _ in away)
        assert {p.side for p, _ in away if not _interpreter(p)} == {Side.TURIN, Side.NAGOYA}
        for _, u in away:
            assert u.end_utc > u.start_utc
            assert any(u.start_utc < end and start < u.end_utc for start, end in windows)


def test_writing_the_demo_is_fast(store: Store) -> None:
    """Writing both missions takes well under a few seconds (about 1 s on SQLite)."""
    started = time.perf_counter()
    write_demo(store)
    assert time.perf_counter() - started < 5
