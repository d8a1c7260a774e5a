"""The "what changed" e-mail names people and places as its reader reads them: a Japanese
reader gets the venue's and the interpreter's Japanese names where they exist, an Italian
reader the Italian forms (else English), whatever the published snapshot kept (English)."""

from __future__ import annotations

import email.policy
from collections.abc import Iterator
from email.message import EmailMessage
from email.parser import BytesParser
from pathlib import Path

import pytest
from sqlalchemy import or_, select

from app.common.paths import Paths
from app.core.agenda_data import load_mission_data
from app.core.names import Names
from app.distribution.drafts import write_drafts
from app.model import AgendaItem, Audience, DocumentLanguage, Interpreter, Meeting, Mission, Venue
from app.services.publications import publish
from app.services.scheduling import schedule_mission
from app.store import Store, open_store
from tests.demo_support import CopyDemo
from tests.factories import first_fit

Lang = DocumentLanguage
PARSER = BytesParser(policy=email.policy.default)


@pytest.fixture
def nagoya(tmp_path: Path, paths: Paths, copy_demo: CopyDemo) -> Iterator[tuple[Store, int]]:
    """The demo mission held in Nagoya, its meetings scheduled, version 1 published."""
    with open_store(str(copy_demo(tmp_path / "demo.sqlite")), paths=paths) as store:
        with store.session() as s:
            mission_id = s.scalars(select(Mission.id).where(Mission.host_city == "Nagoya")).one()
        schedule_mission(store, mission_id, solve=first_fit)
        publish(store, mission_id)
        yield store, mission_id


def bodies(store: Store, mission_id: int, folder: Path) -> Iterator[tuple[Lang, str]]:
    """Version 2 published; each notified reader's language and the body of their draft."""
    publish(store, mission_id)
    report = write_drafts(store, mission_id, folder, only_changed=True, workers=1)
    data = load_mission_data(store, mission_id)
    assert report.written
    for path in report.written:
        msg = PARSER.parsebytes(path.read_bytes())
        assert isinstance(msg, EmailMessage)
        part = msg.get_body(preferencelist=("plain",))
        assert part is not None
        yield data.people[int(path.name.split("-")[1])].language, str(part.get_content())


def by_language(pairs: Iterator[tuple[Lang, str]]) -> dict[Lang, list[str]]:
    out: dict[Lang, list[str]] = {}
    for lang, body in pairs:
        out.setdefault(lang, []).append(body)
    return out


def test_a_new_interpreter_is_named_in_kanji_for_a_japanese_reader(
    nagoya: tuple[Store, int], tmp_path: Path
) -> None:
    """The meeting's new interpreter: 村田 for a Japanese delegate, Murata for an Italian."""
    store, mission_id = nagoya
    with store.session() as s:
        interpreters = s.scalars(
            select(Interpreter)
            .join(Interpreter.participant)
            .where(Interpreter.mission_id == mission_id)
        ).all()
        chosen = next(i for i in interpreters if i.participant.family_name_kanji)
        kanji = chosen.participant.family_name_kanji
        latin = chosen.participant.family_name
        meeting = s.scalars(
            select(Meeting)
            .where(
                Meeting.mission_id == mission_id,
                or_(Meeting.interpreter_id.is_(None), Meeting.interpreter_id != chosen.id),
            )
            .order_by(Meeting.id)
        ).first()
        assert meeting is not None and kanji
        meeting.interpreter_id = chosen.id
    read = by_language(bodies(store, mission_id, tmp_path / "eml"))
    heading = {Lang.JA: "通訳変更", Lang.IT: "Nuovo interprete", Lang.EN: "Interpreter changed"}
    ja = [b for b in read.get(Lang.JA, []) if heading[Lang.JA] in b]
    assert ja, "no Japanese reader was told of the new interpreter"
    for body in ja:
        line = next(x for x in body.splitlines() if heading[Lang.JA] in x)
        assert kanji in line and latin not in line, line
    for lang in (Lang.IT, Lang.EN):
        for body in read.get(lang, []):
            if heading[lang] in body:
                line = next(x for x in body.splitlines() if heading[lang] in x)
                assert latin in line and kanji not in line, line


def test_a_moved_item_names_its_venues_in_the_readers_language(
    nagoya: tuple[Store, int], tmp_path: Path
) -> None:
    """An item for everyone moved to another venue: the Japanese line names both venues in
    Japanese, the Italian one in Italian (else English), the English one in English."""
    store, mission_id = nagoya
    with store.session() as s:
        venues = {v.id: v for v in s.scalars(select(Venue).where(Venue.mission_id == mission_id))}
        item = s.scalars(
            select(AgendaItem)
            .where(
                AgendaItem.mission_id == mission_id,
                AgendaItem.audience == Audience.EVERYONE,
                AgendaItem.venue_id.is_not(None),
            )
            .order_by(AgendaItem.id)
        ).first()
        assert item is not None and item.venue_id is not None
        was = venues[item.venue_id]
        now = next(v for v in venues.values() if v.id != was.id and v.name_ja)
        item.venue_id = now.id
        names = [Names(v.name, v.name_it, v.name_ja) for v in (was, now)]
    read = by_language(bodies(store, mission_id, tmp_path / "eml"))
    assert set(read) == {Lang.IT, Lang.JA, Lang.EN}
    for lang, found in read.items():
        for body in found:
            line = next(x for x in body.splitlines() if x.startswith("- "))
            for venue in names:
                assert venue.in_(lang) in line, (lang, line)
                others = {venue.en, venue.ja} - {venue.in_(lang)}
                assert not any(other and other in line for other in others), (lang, line)
