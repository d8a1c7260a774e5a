"""A filled outcome survey (:mod:`app.exporting.survey`) read back: on each row one organisation
answers for one held meeting, by its reference (``M-345``), with an outcome worded in any of
the three languages, a note and maybe a follow-up (what, by when, who).

A row matches the saved answer of the same meeting and side: the same answer is unchanged, a
different one an update (said in the preview, was → now). As elsewhere a blank cell never
erases: a row with nothing answered is skipped. A follow-up matches one the same meeting has
with the same description (its date and owner are updated), else it is added.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.common.wording import Message
from app.core.outcomes import (
    DESCRIPTION_LIMIT,
    NOTE_LIMIT,
    OUTCOME_WORDS,
    OWNER_LIMIT,
    clean_note,
    fold,
    meeting_of_reference,
    outcome_from_text,
    side_of,
)
from app.importing import messages as import_msg
from app.importing import messages_outcomes as msg
from app.importing.dates import parse_date
from app.importing.fields import ImportKind
from app.importing.mapping import ColumnMapping
from app.importing.rows import Action, Row, RowPlan, organisation_index, outcome, rows_of
from app.importing.table import Table
from app.model import (
    FollowUp,
    Meeting,
    MeetingOutcome,
    MeetingSide,
    MeetingStatus,
    Mission,
    Organisation,
    Outcome,
)
from app.store import Store


@dataclass(frozen=True)
class OutcomeWrite:
    """One side's answer as the import writes it, with the row's follow-up ("" for none)."""

    meeting_id: int
    side: MeetingSide
    organisation_id: int
    counterpart_id: int
    outcome: Outcome | None
    note: str = ""
    follow_up: str = ""
    due_date: date | None = None
    owner: str = ""


def _saved_follow_up(s: Session, meeting_id: int, description: str) -> FollowUp | None:
    key = fold(description)
    for f in s.scalars(select(FollowUp).where(FollowUp.meeting_id == meeting_id)):
        if fold(f.description) == key:
            return f
    return None


def plan_outcomes(
    store: Store,
    mission_id: int,
    table: Table,
    mapping: ColumnMapping,
    cancelled: Callable[[], bool] | None,
) -> list[RowPlan]:
    """One plan per row: an answer to add or change, unchanged, skipped (blank), or what is
    wrong with it."""
    index, _ = organisation_index(store, mission_id)
    choices = " / ".join(w.en for w in OUTCOME_WORDS.values())
    seen: dict[tuple[int, MeetingSide], int] = {}
    plans = []
    with store.session() as s:
        names = {
            o.id: o.name
            for o in s.scalars(select(Organisation).where(Organisation.mission_id == mission_id))
        }
        for number, row in rows_of(ImportKind.OUTCOMES, table, mapping, cancelled):
            said = row.text("reference") or ""
            org = row.organisation("organisation", index) if row.text("organisation") else None
            if row.text("organisation") is None:
                row.issue("organisation", _required(row, "organisation"))
            meeting: Meeting | None = None
            meeting_id = meeting_of_reference(said)
            if not said:
                row.issue("reference", _required(row, "reference"))
            elif meeting_id is None:
                row.issue(
                    "reference", msg.NOT_A_REFERENCE(label=row.label("reference"), value=said)
                )
            else:
                meeting = s.get(Meeting, meeting_id)
                if meeting is None:
                    row.issue(
                        "reference", msg.UNKNOWN_MEETING(label=row.label("reference"), value=said)
                    )
                elif meeting.mission_id != mission_id:
                    other = s.get(Mission, meeting.mission_id)
                    row.issue(
                        "reference",
                        msg.OTHER_MISSION(
                            label=row.label("reference"),
                            value=said,
                            other=other.name if other else meeting.mission_id,
                        ),
                    )
                    meeting = None
            side: MeetingSide | None = None
            if meeting is not None and meeting.status is not MeetingStatus.HELD:
                row.issue("reference", msg.NOT_HELD(value=said, status=meeting.status.value))
            if meeting is not None and org is not None:
                side = side_of(org.id, meeting.organisation_a_id, meeting.organisation_b_id)
                if side is None:
                    pair = " ↔ ".join(
                        names.get(i, f"#{i}")
                        for i in (meeting.organisation_a_id, meeting.organisation_b_id)
                    )
                    row.issue(
                        "organisation",
                        msg.OTHER_ORGANISATION(value=said, pair=pair, organisation=org.name),
                    )
            chosen: Outcome | None = None
            outcome_text = row.text("outcome")
            if outcome_text:
                chosen = outcome_from_text(outcome_text)
                if chosen is None:
                    row.issue(
                        "outcome",
                        msg.UNKNOWN_OUTCOME(
                            label=row.label("outcome"), value=outcome_text, choices=choices
                        ),
                    )
            note = _text(row, "note", NOTE_LIMIT)
            follow_up = _text(row, "follow_up", DESCRIPTION_LIMIT)
            owner = " ".join(_text(row, "owner", OWNER_LIMIT).split())
            due = row.parse("due_date", _date) if row.text("due_date") else None
            if not follow_up and (due or owner):
                row.issue("follow_up", msg.FOLLOW_UP_MISSING(label=row.label("follow_up")))
            label = said or "?"
            if org is not None:
                label += f" {org.name}"
            saved: MeetingOutcome | None = None
            if meeting is not None and side is not None:
                saved = s.scalars(
                    select(MeetingOutcome).where(
                        MeetingOutcome.meeting_id == meeting.id, MeetingOutcome.side == side
                    )
                ).one_or_none()
                other_id = (
                    meeting.organisation_b_id
                    if side is MeetingSide.A
                    else meeting.organisation_a_id
                )
                label += f" ↔ {names.get(other_id, '?')}"
                if (meeting.id, side) in seen:
                    row.issue("", msg.SAME_MEETING_AS_ROW(row=seen[(meeting.id, side)]))
                else:
                    seen[(meeting.id, side)] = number
            answered = chosen is not None or note or follow_up or due or owner
            if not row.issues and not answered:
                plans.append(RowPlan(number, Action.UNCHANGED, label, notices=(msg.BLANK(),)))
                continue
            if chosen is None and saved is None and not row.issues and outcome_text is None:
                row.issue("outcome", msg.OUTCOME_MISSING(label=row.label("outcome")))
            if row.issues or meeting is None or side is None or org is None:
                plans.append(outcome(row, number, label, None, None, None))
                continue
            fu = _saved_follow_up(s, meeting.id, follow_up) if follow_up else None
            old = (
                OutcomeWrite(
                    meeting.id,
                    side,
                    org.id,
                    other_id,
                    saved.outcome,
                    saved.note or "",
                    fu.description if fu else "",
                    fu.due_date if fu else None,
                    (fu.owner or "") if fu else "",
                )
                if saved is not None
                else None
            )
            new = OutcomeWrite(
                meeting.id,
                side,
                org.id,
                other_id,
                chosen if chosen is not None else (saved.outcome if saved else None),
                note or (saved.note or "" if saved else ""),
                fu.description if fu else follow_up,
                due if due is not None else (fu.due_date if fu else None),
                owner or ((fu.owner or "") if fu else ""),
            )
            if saved is not None and chosen is not None and chosen is not saved.outcome:
                row.notice(
                    msg.CHANGED_ANSWER(
                        was=OUTCOME_WORDS[saved.outcome](), now=OUTCOME_WORDS[chosen]()
                    )
                )
            plans.append(outcome(row, number, label, saved.id if saved else None, old, new))
    return plans


def _required(row: Row, key: str) -> Message:
    return import_msg.REQUIRED(label=row.label(key))


def _text(row: Row, key: str, limit: int) -> str:
    value = clean_note(row.text(key))
    if len(value) > limit:
        row.issue(key, msg.TEXT_TOO_LONG(label=row.label(key), length=len(value), limit=limit))
    return value


def _date(cell: object) -> date:
    return parse_date(cell)


def apply_outcomes(
    s: Session,
    mission_id: int,
    rows: Sequence[RowPlan],
    source: str,
    refused: Callable[[int], Exception],
) -> tuple[int, int]:
    """Write the answers (and their follow-ups) of the rows to add or change; checked again
    against the meeting as it is now (held, of this mission): ``refused(row number)`` is
    raised for a row whose meeting is not (nothing is written then)."""
    created = updated = 0
    now = datetime.now(UTC)
    for row in rows:
        if row.action not in (Action.CREATE, Action.UPDATE):
            continue
        data: OutcomeWrite = row.data
        meeting = s.get(Meeting, data.meeting_id)
        if (
            meeting is None
            or meeting.mission_id != mission_id
            or meeting.status is not MeetingStatus.HELD
        ):
            raise refused(row.row_number)
        answer = s.scalars(
            select(MeetingOutcome).where(
                MeetingOutcome.meeting_id == data.meeting_id, MeetingOutcome.side == data.side
            )
        ).one_or_none()
        if data.outcome is not None:
            if answer is None:
                answer = MeetingOutcome(meeting_id=data.meeting_id, side=data.side)
                s.add(answer)
                created += 1
            else:
                updated += 1
            if (answer.outcome, answer.note) != (data.outcome, data.note):
                answer.outcome = data.outcome
                answer.note = data.note
                answer.recorded_at = now
                answer.source = source[:200]
        if data.follow_up:
            fu = _saved_follow_up(s, data.meeting_id, data.follow_up)
            if fu is None:
                fu = FollowUp(
                    mission_id=mission_id,
                    organisation_a_id=data.organisation_id,
                    organisation_b_id=data.counterpart_id,
                    meeting_id=data.meeting_id,
                    description=data.follow_up,
                )
                s.add(fu)
            if fu.due_date != data.due_date:
                fu.due_date = data.due_date
            if (fu.owner or "") != data.owner:
                fu.owner = data.owner
        s.flush()
    return created, updated
