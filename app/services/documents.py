"""Making documents as a user action: what to print, for whom, into which folder.

Two steps, so that a window can run them on different workers: :func:`read_order` reads the
database (quick), :func:`produce` renders and writes the files (long; reports progress and
can be cancelled; touches no database).
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path

from app.calendar.export import mission_calendars
from app.calendar.files import write_calendars
from app.calendar.ics import CalendarWriter
from app.documents.agenda_data import MissionData, load_mission_data
from app.documents.badge_data import BadgeBatch, load_badges
from app.documents.badge_layouts import DEFAULT_LAYOUT, QrContent, load_layout
from app.documents.badges import BadgeOptions, render_badges
from app.documents.batch import (
    Cancelled,
    Progress,
    organisation_agenda_jobs,
    personal_agenda_jobs,
    sheet_jobs,
    write_documents,
)
from app.documents.errors import DocumentError
from app.documents.file_names import ascii_part
from app.model import DocumentLanguage
from app.store import Store


class DocumentKind(StrEnum):
    BADGES = "badges"
    PERSONAL_AGENDAS = "personal_agendas"
    ORGANISATION_AGENDAS = "organisation_agendas"
    SHEETS = "sheets"  # table sheets and the master grid
    CALENDARS = "calendars"  # one .ics per participant

    @property
    def per_participant(self) -> bool:
        """Whether "for whom" is a choice of participants."""
        return self in (
            DocumentKind.BADGES,
            DocumentKind.PERSONAL_AGENDAS,
            DocumentKind.CALENDARS,
        )


@dataclass(frozen=True)
class DocumentOrder:
    """What the coordinator asked for."""

    kind: DocumentKind
    mission_id: int
    folder: Path
    participant_ids: tuple[int, ...] | None = None  # None: everyone
    layout: str = DEFAULT_LAYOUT  # badges
    qr: QrContent | None = None  # badges; None: the layout's
    start_at: int = 1  # badges
    crop_marks: bool = False  # badges
    paper: str = "A4"  # master grid
    language: DocumentLanguage = DocumentLanguage.EN  # sheets (agendas use each reader's)


@dataclass(frozen=True)
class ReadOrder:
    """An order with the mission read for it."""

    order: DocumentOrder
    badges: BadgeBatch | None = None
    mission: MissionData | None = None
    calendar: CalendarWriter | None = None


def read_order(store: Store, order: DocumentOrder) -> ReadOrder:
    """Read what ``order`` needs (on the database worker); DocumentError when it is empty."""
    if order.kind is DocumentKind.BADGES:
        load_layout(order.layout)  # a wrong layout fails before any reading
        return ReadOrder(order, badges=load_badges(store, order.mission_id, order.participant_ids))
    if order.kind is DocumentKind.CALENDARS:
        return ReadOrder(order, calendar=mission_calendars(store, order.mission_id))
    return ReadOrder(order, mission=load_mission_data(store, order.mission_id))


def produce(
    read: ReadOrder, progress: Progress | None = None, cancelled: Cancelled | None = None
) -> list[Path]:
    """Render and write the order's files (atomically, one by one); the paths written."""
    order = read.order
    if read.badges is not None:
        batch = read.badges
        name = f"badges-{ascii_part(batch.mission_name) or 'mission'}-{order.layout}.pdf"
        options = BadgeOptions(qr=order.qr, start_at=order.start_at, crop_marks=order.crop_marks)
        result = render_badges(batch, load_layout(order.layout), order.folder / name, options)
        if progress is not None:
            progress(1, 1)
        return [result.path]
    if read.calendar is not None:
        return write_calendars(
            read.calendar, order.folder, order.participant_ids, progress=progress
        )
    data = read.mission
    if data is None:
        raise DocumentError("Nothing was read for this order.")
    if order.kind is DocumentKind.PERSONAL_AGENDAS:
        jobs = personal_agenda_jobs(data, order.folder, order.participant_ids)
    elif order.kind is DocumentKind.ORGANISATION_AGENDAS:
        jobs = organisation_agenda_jobs(data, order.folder)
    else:
        jobs = sheet_jobs(data, order.folder, order.paper, order.language)
    return write_documents(data, jobs, progress=progress, cancelled=cancelled, workers=None)
