"""What a mission still lacks: an empty mission starts at its venue; a set-up mission is ready
to schedule; a scheduled one is pointed at its documents."""

from __future__ import annotations

from datetime import timedelta

from sqlalchemy import select, update

from app.model import B2BSession, Meeting, MeetingRequest, MeetingStatus
from app.services.setup_status import NextStep, next_step_message, next_steps
from app.store import Store
from tests import factories
from tests.demo_support import LoadDemo


def test_an_empty_mission_lacks_everything_in_order(store: Store) -> None:
    """A new mission: venue, delegation, session, organisations, people, interpreter, requests."""
    with store.session() as s:
        mission_id = factories.mission(s).id
    assert next_steps(store, mission_id) == [
        NextStep.NO_VENUE,
        NextStep.NO_DELEGATION,
        NextStep.NO_SESSION,
        NextStep.NO_ORGANISATIONS,
        NextStep.NO_PARTICIPANTS,
        NextStep.NO_INTERPRETER,
        NextStep.NO_REQUESTS,
    ]
    assert "venue" in next_step_message(NextStep.NO_VENUE).text("en").lower()


def test_a_scheduled_mission_is_pointed_at_its_documents(store: Store, load_demo: LoadDemo) -> None:
    """The demo, set up, is ready to schedule; with a meeting placed, documents come next; a
    cancelled meeting does not count."""
    load_demo(store)
    assert next_steps(store, 1) == [NextStep.READY]
    with store.session() as s:
        request = s.scalars(select(MeetingRequest).where(MeetingRequest.mission_id == 1)).first()
        session = s.scalars(select(B2BSession).where(B2BSession.mission_id == 1)).first()
        assert request is not None and session is not None
        s.add(
            Meeting(
                mission_id=1,
                organisation_a_id=request.requester_id,
                organisation_b_id=request.requested_id,
                session_id=session.id,
                table_id=session.tables[0].id,
                start_utc=session.start_utc,
                end_utc=session.start_utc + timedelta(minutes=session.slot_minutes),
            )
        )
    assert next_steps(store, 1) == [NextStep.SCHEDULED]
    assert "書類" in next_step_message(NextStep.SCHEDULED).text("ja")
    with store.session() as s:
        s.execute(update(Meeting).values(status=MeetingStatus.CANCELLED))
    assert next_steps(store, 1) == [NextStep.READY]
