"""The demo after the mission: a scheduled demo mission's meetings marked as the day went,
both sides' outcomes and the follow-ups they agreed, invented deterministically (a seed).

Plausible rather than uniform: a pair both organisations asked for, or asked for with a high
priority, is likelier to be held and to go well; a meeting in a session's last slots is
likelier to be missed; the two sides' answers follow one shared impression of the meeting
(they rarely say opposite things); Nagoya answers the survey more often than Turin; the kind
of concrete follow-up depends on the sectors (food and design distribute in Japan; a Nagoya
maker may invest in Turin); a pair with a concrete answer mostly agrees a follow-up.
"""

from __future__ import annotations

import random
from collections import defaultdict
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.model import (
    FollowUp,
    Meeting,
    MeetingOutcome,
    MeetingRequest,
    Mission,
    Organisation,
    Participant,
)
from app.model.enums import MeetingSide, MeetingStatus, Outcome, Sector, Side
from app.store import Store

SEED = 18
SOURCE = "demo"
_LATE_SLOTS = 2  # the last slots of a session, when people leave early
_ANSWERS = {Side.NAGOYA: 0.9, Side.TURIN: 0.72}  # how often each side answers the survey
_CONSUMER = {Sector.FOOD, Sector.DESIGN}
_MAKERS = {Sector.AUTOMOTIVE, Sector.AEROSPACE, Sector.MACHINERY, Sector.ROBOTICS}
_FOLLOW_UPS = (
    "Send samples and a price list",
    "Visit the plant and meet the engineering team",
    "Draft a non-disclosure agreement",
    "Joint proposal for the next call",
    "Second meeting by video with the purchasing department",
)


@dataclass(frozen=True)
class Invented:
    """What :func:`invent_outcomes` marked and wrote."""

    held: int
    no_shows: int
    cancelled_late: int
    answers: int
    follow_ups: int


def invent_outcomes(store: Store, mission_id: int, seed: int = SEED) -> Invented:
    """Mark the scheduled meetings of ``mission_id`` held, missed or cancelled late, record
    both sides' outcomes of the held ones and some follow-ups; one transaction."""
    with store.session(write=True) as s:
        return invent_in(s, mission_id, seed)


def invent_in(s: Session, mission_id: int, seed: int = SEED) -> Invented:
    """:func:`invent_outcomes` inside the caller's transaction."""
    rng = random.Random(f"{seed}:{mission_id}")
    mission = s.get(Mission, mission_id)
    if mission is None:
        raise LookupError(mission_id)
    orgs = {
        o.id: o
        for o in s.scalars(select(Organisation).where(Organisation.mission_id == mission_id))
    }
    priority: dict[frozenset[int], list[int]] = defaultdict(list)
    for r in s.scalars(select(MeetingRequest).where(MeetingRequest.mission_id == mission_id)):
        priority[frozenset((r.requester_id, r.requested_id))].append(r.priority)
    meetings = list(
        s.scalars(
            select(Meeting)
            .where(Meeting.mission_id == mission_id, Meeting.status == MeetingStatus.SCHEDULED)
            .order_by(Meeting.start_utc, Meeting.id)
        )
    )
    last_starts = _late_starts(meetings)
    visitors = Side.NAGOYA if mission.host_city == "Torino" else Side.TURIN
    owners = _owners(s, mission_id)
    counts = dict(held=0, no_shows=0, cancelled_late=0, answers=0, follow_ups=0)
    for m in meetings:
        asks = priority.get(frozenset((m.organisation_a_id, m.organisation_b_id)), [])
        keen = (sum(asks) / 10) + (0.25 if len(asks) == 2 else 0.0)  # 0 to 0.75
        late = m.start_utc in last_starts.get(m.session_id, set())
        _mark(rng, m, keen, late, orgs, visitors, counts)
        if m.status is not MeetingStatus.HELD:
            continue
        shared = rng.gauss(0.6 + 2.0 * keen, 0.9)  # the meeting's impression on both
        answers = {}
        for side, org_id in (
            (MeetingSide.A, m.organisation_a_id),
            (MeetingSide.B, m.organisation_b_id),
        ):
            org = orgs[org_id]
            if rng.random() > _ANSWERS.get(org.side or Side.TURIN, 0.8):
                continue
            outcome = _outcome(rng, shared + rng.gauss(0, 0.5), org, orgs, m)
            answers[side] = outcome
            s.add(
                MeetingOutcome(
                    meeting_id=m.id,
                    side=side,
                    outcome=outcome,
                    note="",
                    recorded_at=m.end_utc + timedelta(days=rng.randint(3, 20)),
                    source=SOURCE,
                )
            )
            counts["answers"] += 1
        counts["follow_ups"] += _follow_ups(rng, s, mission, m, answers, owners)
    s.flush()
    return Invented(**counts)


def _late_starts(meetings: list[Meeting]) -> dict[int, set[datetime]]:
    starts: dict[int, set[datetime]] = defaultdict(set)
    for m in meetings:
        starts[m.session_id].add(m.start_utc)
    return {k: set(sorted(v)[-_LATE_SLOTS:]) for k, v in starts.items()}


def _owners(s: Session, mission_id: int) -> dict[int, str]:
    """One delegate's name per organisation, the follow-up's owner."""
    out: dict[int, str] = {}
    for p in s.scalars(
        select(Participant)
        .where(Participant.mission_id == mission_id, Participant.organisation_id.is_not(None))
        .order_by(Participant.id)
    ):
        if p.organisation_id is not None:
            out.setdefault(p.organisation_id, p.latin_name())
    return out


def _mark(
    rng: random.Random,
    m: Meeting,
    keen: float,
    late: bool,
    orgs: dict[int, Organisation],
    visitors: Side,
    counts: dict[str, int],
) -> None:
    miss = 0.13 + (0.1 if late else 0.0) - 0.06 * keen
    roll = rng.random()
    if roll < miss * 0.3:
        status = MeetingStatus.CANCELLED
        counts["cancelled_late"] += 1
        m.status_note = "cancelled the evening before"
    elif roll < miss:
        # the Turin side travels less on a mission in Turin, and the reverse: the visitors
        # miss more
        a_visits = orgs[m.organisation_a_id].side is visitors
        pick = rng.random()
        if pick < 0.12:
            status = MeetingStatus.NO_SHOW
        elif (pick < 0.7) == a_visits:
            status = MeetingStatus.NO_SHOW_A
        else:
            status = MeetingStatus.NO_SHOW_B
        counts["no_shows"] += 1
    else:
        status = MeetingStatus.HELD
        counts["held"] += 1
    m.status = status
    m.status_at = (
        m.end_utc if status is not MeetingStatus.CANCELLED else m.start_utc - timedelta(hours=14)
    )


def _outcome(
    rng: random.Random,
    impression: float,
    org: Organisation,
    orgs: dict[int, Organisation],
    m: Meeting,
) -> Outcome:
    if impression < 0.6:
        return Outcome.NO_INTEREST
    if impression < 1.5:
        return Outcome.INTERESTING
    if impression < 2.4:
        return Outcome.COOPERATION_POSSIBLE
    other = orgs[m.organisation_b_id if org.id == m.organisation_a_id else m.organisation_a_id]
    sectors = set(org.sectors) | set(other.sectors)
    turin = org if org.side is Side.TURIN else other
    if set(turin.sectors) & _CONSUMER:  # a Turin product sold in Japan
        return Outcome.DISTRIBUTION_JAPAN
    if org.side is Side.NAGOYA and sectors & _MAKERS and rng.random() < 0.3:
        return Outcome.INVESTMENT_TURIN
    return Outcome.SUPPLY if rng.random() < 0.55 else Outcome.PARTNERSHIP


def _follow_ups(
    rng: random.Random,
    s: Session,
    mission: Mission,
    m: Meeting,
    answers: dict[MeetingSide, Outcome],
    owners: dict[int, str],
) -> int:
    concrete = sum(
        o not in (Outcome.NO_INTEREST, Outcome.INTERESTING, Outcome.COOPERATION_POSSIBLE)
        for o in answers.values()
    )
    chance = {
        0: 0.08 if Outcome.COOPERATION_POSSIBLE in answers.values() else 0.0,
        1: 0.7,
        2: 0.95,
    }[concrete]
    if rng.random() >= chance:
        return 0
    made = 1 + (concrete == 2 and rng.random() < 0.4)
    end = mission.end_date or m.end_utc.date()
    for description in rng.sample(_FOLLOW_UPS, made):
        owner_org = rng.choice((m.organisation_a_id, m.organisation_b_id))
        due = end + timedelta(days=rng.choice((30, 45, 60, 90)))
        s.add(
            FollowUp(
                mission_id=mission.id,
                organisation_a_id=m.organisation_a_id,
                organisation_b_id=m.organisation_b_id,
                meeting_id=m.id,
                description=description,
                due_date=due,
                owner=owners.get(owner_org, ""),
                done_at=(m.end_utc + timedelta(days=20)) if rng.random() < 0.25 else None,
                created_at=m.end_utc + timedelta(days=rng.randint(1, 10)),
            )
        )
    return made
