"""The figures of the chambers' report on a mission (issue 18), read in one snapshot: the
mission record, its organisations' sectors, both sides' outcomes, the follow-ups and the
reasons the last scheduler run kept. The window's dashboard, the PDF and the .xlsx all start
from :func:`load_figures`.

The previous mission, compared side by side, is the latest other mission in the database
that ended before this one started (by its dates), unless one is named.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.common.files import write_file
from app.core import messages as core_msg
from app.core import report_messages as words
from app.core.errors import NotFound
from app.core.mission_record import read_mission
from app.core.report_figures import (
    FollowUpFact,
    MissionFigures,
    OutcomeAnswer,
    WhyNot,
    mission_figures,
)
from app.documents.mission_report import report_pdf
from app.exporting.report_xlsx import write_report_xlsx
from app.model import FollowUp, Meeting, MeetingOutcome, Mission, Organisation, OrganisationSector
from app.model.enums import DocumentLanguage, Sector
from app.scheduler.schedule import ReasonKind
from app.services.schedule_runs import last_run
from app.store import Store

# ``words``: every label of the report in it/ja/en, for the dashboard as for the documents
__all__ = [
    "MissionFigures",
    "ReportWritten",
    "WhyNot",
    "load_figures",
    "previous_mission_id",
    "why_not",
    "words",
    "write_report",
]

_NO_SLOT = {
    ReasonKind.NO_COMMON_SLOT,
    ReasonKind.FULLY_BOOKED,
    ReasonKind.NO_TABLE,
    ReasonKind.HIGHER_VALUE,
    ReasonKind.PAIR_MEETS_ALREADY,
}
_NO_INTERPRETER = {ReasonKind.NO_INTERPRETER_LANGUAGES, ReasonKind.NO_INTERPRETER_FREE}


def why_not(kind: ReasonKind) -> WhyNot:
    """The report's word for a scheduler's reason: no slot (no common free slot, teams or
    tables full, more valuable meetings took the slots), no interpreter, or another reason
    (a team at its maximum, the requirements, the time limit, a request newer than the run)."""
    if kind in _NO_SLOT:
        return WhyNot.NO_SLOT
    if kind in _NO_INTERPRETER:
        return WhyNot.NO_INTERPRETER
    return WhyNot.OTHER


def load_figures(
    store: Store, mission_id: int, *, compare_with: int | None = None, compare: bool = True
) -> MissionFigures:
    """The report's figures of ``mission_id``, with the previous mission's beside them (the
    one named by ``compare_with``, else the latest that ended before this one started;
    none with ``compare=False``). :class:`NotFound` for a mission that is not there."""
    with store.snapshot() as s:
        other = compare_with if compare_with is not None else None
        if compare and other is None:
            other = previous_mission_id(s, mission_id)
        if other == mission_id:
            other = None
        previous = _figures(s, other) if compare and other is not None else None
        return _figures(s, mission_id, previous)


def _figures(s: Session, mission_id: int, previous: MissionFigures | None = None) -> MissionFigures:
    record = read_mission(s, mission_id)
    sectors: dict[int, list[Sector]] = defaultdict(list)
    for org_id, sector in s.execute(
        select(OrganisationSector.organisation_id, OrganisationSector.sector)
        .join(Organisation, Organisation.id == OrganisationSector.organisation_id)
        .where(Organisation.mission_id == mission_id)
    ):
        sectors[org_id].append(sector)
    ordered = {k: sorted(v, key=list(Sector).index) for k, v in sectors.items()}
    answers = [
        OutcomeAnswer(meeting_id, side, outcome)
        for meeting_id, side, outcome in s.execute(
            select(MeetingOutcome.meeting_id, MeetingOutcome.side, MeetingOutcome.outcome)
            .join(Meeting, Meeting.id == MeetingOutcome.meeting_id)
            .where(Meeting.mission_id == mission_id)
        )
    ]
    follow_ups = [
        FollowUpFact(a, b, done is not None)
        for a, b, done in s.execute(
            select(FollowUp.organisation_a_id, FollowUp.organisation_b_id, FollowUp.done_at).where(
                FollowUp.mission_id == mission_id
            )
        )
    ]
    try:
        _, _, kept = last_run(s, mission_id)
        reasons: dict[str, WhyNot] | None = {k: why_not(u.kind) for k, u in kept.items()}
    except LookupError:  # the scheduler never ran on this mission
        reasons = None
    return mission_figures(record, ordered, answers, follow_ups, reasons, previous)


def previous_mission_id(s: Session, mission_id: int) -> int | None:
    """The latest other mission that ended before ``mission_id`` started (None: none, or
    the mission has no dates)."""
    mission = s.get(Mission, mission_id)
    if mission is None:
        raise NotFound(core_msg.NO_MISSION(mission=mission_id))
    if mission.start_date is None:
        return None
    return s.scalars(
        select(Mission.id)
        .where(
            Mission.id != mission_id,
            Mission.end_date.is_not(None),
            Mission.end_date < mission.start_date,
        )
        .order_by(Mission.end_date.desc(), Mission.id.desc())
        .limit(1)
    ).first()


@dataclass(frozen=True)
class ReportWritten:
    """What ``ponte report`` (and the window) wrote."""

    pdf: Path
    xlsx: Path | None
    mission_name: str
    previous_name: str | None  # the mission compared with
    nothing_scheduled: bool
    pdf_bytes: int


def write_report(
    store: Store,
    mission_id: int,
    destination: Path,
    lang: DocumentLanguage,
    *,
    xlsx: Path | None = None,
    compare_with: int | None = None,
    today: date | None = None,
) -> ReportWritten:
    """The report on ``mission_id`` as a PDF at ``destination`` in ``lang`` (and its figures
    as an .xlsx at ``xlsx``), the mission and the one compared with read once."""
    if compare_with is not None:
        with store.snapshot() as s:
            if s.get(Mission, compare_with) is None:
                raise NotFound(core_msg.NO_MISSION(mission=compare_with))
    figures = load_figures(store, mission_id, compare_with=compare_with)
    pdf = report_pdf(figures, lang, today or date.today())
    write_file(destination, pdf)
    if xlsx is not None:
        write_report_xlsx(xlsx, figures, lang)
    return ReportWritten(
        destination,
        xlsx,
        figures.mission.in_(lang),
        figures.previous.mission.in_(lang) if figures.previous else None,
        figures.nothing_scheduled,
        len(pdf),
    )
