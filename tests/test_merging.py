"""Suspected duplicates are shown, never merged silently; a merge keeps one record, fills its
gaps from the other and moves the other's seats, availability and sent log to it."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from click.testing import CliRunner
from sqlalchemy import select

from app.cli import build_cli
from app.core.errors import NotFound
from app.model import (
    MeetingParticipant,
    NameOrder,
    Participant,
    SentMessage,
    Unavailability,
)
from app.services.merging import MergeRefused, merge_participants, mission_duplicates
from app.services.scheduling import schedule_mission
from app.store import Store
from tests.demo_support import LoadDemo
from tests.factories import first_fit


def _seated(store: Store, mission_id: int) -> Participant:
    """A participant with a seat at a meeting and a kanji name."""
    with store.session() as s:
        p = s.scalars(
            select(Participant)
            .join(MeetingParticipant, MeetingParticipant.participant_id == Participant.id)
            .where(Participant.mission_id == mission_id, Participant.family_name_kanji.is_not(None))
            .order_by(Participant.id)
        ).first()
        assert p is not None
        s.expunge(p)
        return p


def test_a_duplicate_is_found_and_merged(store: Store, load_demo: LoadDemo) -> None:
    load_demo(store)
    schedule_mission(store, 1, solve=first_fit)
    original = _seated(store, 1)
    start = datetime(2027, 10, 12, 1, tzinfo=UTC)
    with store.session() as s:
        own = s.get(Participant, original.id)
        assert own is not None
        own.phone = None  # the second registration brings it
        twin = Participant(
            mission_id=1,
            organisation_id=original.organisation_id,
            family_name=original.given_name.upper(),  # written the other way round
            given_name=original.family_name,
            family_name_kanji=original.family_name_kanji,
            given_name_kanji=original.given_name_kanji,
            name_order=NameOrder.GIVEN_FIRST,
            phone="+81 52-000-0000",
            title="(from the second registration)",
        )
        s.add(twin)
        s.flush()
        s.add(Unavailability(participant_id=twin.id, start_utc=start,
                             end_utc=start + timedelta(hours=2), reason="flight"))  # fmt: skip
        s.add(SentMessage(mission_id=1, participant_id=twin.id, version=1,
                          address="x@example.com", outcome="sent"))  # fmt: skip
        twin_id = twin.id
    groups = mission_duplicates(store, 1)
    mine = [g for g in groups if {r.key for r in g.records} >= {original.id, twin_id}]
    assert len(mine) == 1, groups
    merged = merge_participants(store, original.id, twin_id)
    assert merged.kept == original.id and "phone" in merged.filled
    with store.session() as s:
        assert s.get(Participant, twin_id) is None
        kept = s.get(Participant, original.id)
        assert kept is not None and kept.phone == "+81 52-000-0000"
        assert kept.title == original.title  # a field the kept one has is not overwritten
        assert kept.family_name == original.family_name  # the kept record's own name stays
        reasons = s.scalars(
            select(Unavailability.reason).where(Unavailability.participant_id == original.id)
        ).all()
        assert "flight" in reasons
        assert s.scalars(
            select(SentMessage.participant_id).where(SentMessage.participant_id == original.id)
        ).all()
        seats = s.scalars(
            select(MeetingParticipant.meeting_id).where(
                MeetingParticipant.participant_id == original.id
            )
        ).all()
        assert seats  # the kept one keeps its seats
    assert not [
        g for g in mission_duplicates(store, 1) if original.id in {r.key for r in g.records}
    ]


def test_merge_refuses_what_it_cannot_do(store: Store, load_demo: LoadDemo) -> None:
    load_demo(store)
    with store.session() as s:
        a = s.scalars(select(Participant.id).where(Participant.mission_id == 1)).first()
        b = s.scalars(select(Participant.id).where(Participant.mission_id == 2)).first()
        assert a is not None and b is not None
    with pytest.raises(MergeRefused, match="two different participants"):
        merge_participants(store, a, a)
    with pytest.raises(NotFound):
        merge_participants(store, a, b)  # of two missions
    with pytest.raises(NotFound):
        merge_participants(store, a, 999_999)


def test_the_demo_has_no_false_duplicates(store: Store, load_demo: LoadDemo) -> None:
    """The demo's people are all different: nothing is suspected (Sato is not Saito)."""
    load_demo(store)
    for mission_id in (1, 2):
        assert mission_duplicates(store, mission_id) == []


def test_cli_duplicates_and_merge(store: Store, load_demo: LoadDemo) -> None:
    load_demo(store)
    with store.session() as s:
        p = s.scalars(
            select(Participant).where(Participant.mission_id == 1, Participant.email.is_not(None))
        ).first()
        assert p is not None
        twin = Participant(mission_id=1, family_name="Altro", email=str(p.email).upper())
        # the unique index on lower(email) refuses this: a file import would match by e-mail
        s.add(Participant(mission_id=1, family_name=p.family_name, given_name=p.given_name,
                          organisation_id=p.organisation_id))  # fmt: skip
        del twin
        pid = p.id
    db = store.engine.url.render_as_string(hide_password=False)
    if store.location.path is not None:
        db = str(store.location.path)
    listed = CliRunner().invoke(build_cli(), ["duplicates", "--db", db, "--mission", "1"])
    assert listed.exit_code == 0 and f"  {pid}: " in listed.output, listed.output
    with store.session() as s:
        twin_id = s.scalars(select(Participant.id).order_by(Participant.id.desc())).first()
    merged = CliRunner().invoke(
        build_cli(), ["merge", "--db", db, "--keep", str(pid), "--remove", str(twin_id)]
    )
    assert merged.exit_code == 0 and f"Merged {twin_id} into {pid}" in merged.output
    again = CliRunner().invoke(
        build_cli(), ["merge", "--db", db, "--keep", str(pid), "--remove", str(twin_id)]
    )
    assert again.exit_code == 1
