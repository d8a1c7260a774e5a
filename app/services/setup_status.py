"""What a mission's set-up still lacks, in the order a coordinator adds it: the Mission page
and ``ponte mission show`` list these as next steps."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from sqlalchemy import func, select

from app.common.errors import UserError
from app.common.wording import Message
from app.model import (
    B2BSession,
    Delegation,
    Interpreter,
    Meeting,
    MeetingRequest,
    Mission,
    Organisation,
    Participant,
    Venue,
)
from app.model.enums import MeetingStatus
from app.services import setup_messages as msg
from app.store import Store


class NextStep(StrEnum):
    """Something a mission still needs (the page it is added on is named in its message)."""

    NO_VENUE = "no_venue"
    NO_DELEGATION = "no_delegation"
    ONE_SIDE = "one_side"
    NO_SESSION = "no_session"
    NO_ORGANISATIONS = "no_organisations"
    NO_PARTICIPANTS = "no_participants"
    NO_INTERPRETER = "no_interpreter"
    NO_REQUESTS = "no_requests"
    READY = "ready"
    SCHEDULED = "scheduled"  # meetings are placed: documents and publishing come next


NEXT_STEP_MESSAGES = {
    NextStep.NO_VENUE: msg.NEXT_NO_VENUE,
    NextStep.NO_DELEGATION: msg.NEXT_NO_DELEGATION,
    NextStep.ONE_SIDE: msg.NEXT_ONE_SIDE,
    NextStep.NO_SESSION: msg.NEXT_NO_SESSION,
    NextStep.NO_ORGANISATIONS: msg.NEXT_NO_ORGANISATIONS,
    NextStep.NO_PARTICIPANTS: msg.NEXT_NO_PARTICIPANTS,
    NextStep.NO_INTERPRETER: msg.NEXT_NO_INTERPRETER,
    NextStep.NO_REQUESTS: msg.NEXT_NO_REQUESTS,
    NextStep.READY: msg.NEXT_READY,
    NextStep.SCHEDULED: msg.NEXT_SCHEDULED,
}


@dataclass(frozen=True)
class SetupCounts:
    venues: int
    delegations: int
    sides: int
    sessions: int
    organisations: int
    participants: int
    interpreters: int
    requests: int
    meetings: int = 0  # placed, cancelled ones left out


def setup_counts(store: Store, mission_id: int) -> SetupCounts:
    """How many of each thing the mission has."""
    with store.session() as session:
        if session.get(Mission, mission_id) is None:
            raise UserError(msg.MISSION_NOT_FOUND(mission=mission_id))

        def count(model: type) -> int:
            query = select(func.count()).select_from(model)
            query = query.where(model.mission_id == mission_id)  # type: ignore[attr-defined]
            return int(session.scalar(query) or 0)

        sides = session.scalar(
            select(func.count(func.distinct(Delegation.side))).where(
                Delegation.mission_id == mission_id
            )
        )
        return SetupCounts(
            venues=count(Venue),
            delegations=count(Delegation),
            sides=int(sides or 0),
            sessions=count(B2BSession),
            organisations=count(Organisation),
            participants=count(Participant),
            interpreters=count(Interpreter),
            requests=count(MeetingRequest),
            meetings=int(
                session.scalar(
                    select(func.count())
                    .select_from(Meeting)
                    .where(
                        Meeting.mission_id == mission_id,
                        Meeting.status != MeetingStatus.CANCELLED,
                    )
                )
                or 0
            ),
        )


def next_steps(store: Store, mission_id: int) -> list[NextStep]:
    """What the mission lacks, first things first; ``[READY]`` when nothing does (or
    ``[SCHEDULED]`` once meetings are placed)."""
    c = setup_counts(store, mission_id)
    steps: list[NextStep] = []
    if not c.venues:
        steps.append(NextStep.NO_VENUE)
    if not c.delegations:
        steps.append(NextStep.NO_DELEGATION)
    elif c.sides < 2:
        steps.append(NextStep.ONE_SIDE)
    if not c.sessions:
        steps.append(NextStep.NO_SESSION)
    if not c.organisations:
        steps.append(NextStep.NO_ORGANISATIONS)
    if not c.participants:
        steps.append(NextStep.NO_PARTICIPANTS)
    if not c.interpreters:
        steps.append(NextStep.NO_INTERPRETER)
    if not c.requests:
        steps.append(NextStep.NO_REQUESTS)
    if steps:
        return steps
    return [NextStep.SCHEDULED if c.meetings else NextStep.READY]


def next_step_message(step: NextStep) -> Message:
    return NEXT_STEP_MESSAGES[step]()
