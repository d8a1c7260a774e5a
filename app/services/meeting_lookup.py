"""A meeting named by its id in a change made for one mission (a mark of the day, a side's
outcome): found, or refused in words when it is another mission's; and the pair as a
coordinator reads it in a message."""

from __future__ import annotations

from collections.abc import Callable

from sqlalchemy.orm import Session

from app.common.errors import UserError
from app.common.wording import Message, Wording
from app.model import Meeting, Mission, Organisation

OTHER_MISSION = Wording(
    "meetings.other_mission",
    en="Meeting {id} belongs to another mission ({other}), not to this one.",
    it="L'incontro {id} appartiene a un'altra missione ({other}), non a questa.",
    ja="商談 {id} は別のミッション（{other}）のものです。このミッションの商談ではありません。",
)


def meeting_of(
    s: Session,
    meeting_id: int,
    mission_id: int | None,
    *,
    missing: Callable[[int], UserError],
    refused: Callable[[Message], UserError],
) -> Meeting:
    """Meeting ``meeting_id``; ``missing(id)`` is raised when there is none, ``refused`` with
    the worded reason when it is not of ``mission_id`` (None: any mission will do)."""
    m = s.get(Meeting, meeting_id)
    if m is None:
        raise missing(meeting_id)
    if mission_id is not None and m.mission_id != mission_id:
        other = s.get(Mission, m.mission_id)
        raise refused(OTHER_MISSION(id=meeting_id, other=other.name if other else m.mission_id))
    return m


def pair_label(s: Session, m: Meeting) -> str:
    """'Stampi Dora S.r.l. ↔ Chubu Seimitsu Kogyo'."""
    a = s.get(Organisation, m.organisation_a_id)
    b = s.get(Organisation, m.organisation_b_id)
    return f"{a.name if a else '?'} ↔ {b.name if b else '?'}"
