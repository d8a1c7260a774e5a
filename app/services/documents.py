"""Making documents as a user action: what to print, for whom, into which folder.

Two steps, so that a window can run them on different workers: :func:`read_order` reads the
database (quick), :func:`produce` renders and writes the files (long; reports progress and
can be cancelled; touches no database). :func:`make_documents` does both, for the commands.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path

from app.calendar.export import mission_calendars
from app.calendar.files import write_calendars
from app.calendar.ics import CalendarWriter
from app.common.wording import Message
from app.core.agenda_data import MissionData, load_mission_data
from app.core.file_names import ascii_part
from app.documents import messages as msg
from app.documents.badge_data import BadgeBatch, load_badges
from app.documents.badge_layouts import DEFAULT_LAYOUT, QrContent, layout_names, load_layout
from app.documents.badges import BadgeOptions, BadgeResult, check_crop_marks, render_badges
from app.documents.batch import (
    Cancelled,
    Progress,
    organisation_agenda_jobs,
    personal_agenda_jobs,
    sheet_jobs,
    write_documents,
)
from app.documents.errors import DocumentError, DocumentsCancelled
from app.model import DocumentLanguage
from app.services.booklet import (
    DEFAULT_PAIR,
    BookletSource,
    LanguagePair,
    booklet_file_name,
    read_booklet,
    write_booklet,
)
from app.store import Store

__all__ = [
    "DEFAULT_LAYOUT",
    "DocumentError",
    "DocumentKind",
    "DocumentOrder",
    "DocumentsCancelled",
    "Produced",
    "QrContent",
    "ReadOrder",
    "check_layout",
    "layout_names",
    "make_documents",
    "produce",
    "read_order",
]


class DocumentKind(StrEnum):
    BADGES = "badges"
    PERSONAL_AGENDAS = "personal_agendas"
    ORGANISATION_AGENDAS = "organisation_agendas"
    SHEETS = "sheets"  # table sheets and the master grid
    CALENDARS = "calendars"  # one .ics per participant
    BOOKLET = "booklet"  # the whole programme in two languages side by side (one PDF)

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
    file_name: str | None = None  # badges, booklet: the PDF's name (None: a name from the mission)
    with_organisations: bool = False  # agendas, calendars: also one per organisation
    whole_mission: bool = False  # calendars: also one with the whole mission
    workers: int | None = None  # agendas: processes rendering in parallel (None: choose)
    languages: LanguagePair = DEFAULT_PAIR  # booklet: the left and right column's languages


@dataclass(frozen=True)
class Produced:
    """What an order wrote."""

    paths: tuple[Path, ...]
    mission_name: str
    organisations: int = 0  # of the paths, those for an organisation (agendas)
    badges: BadgeResult | None = None

    @property
    def personal(self) -> int:
        """The paths for one participant each (agendas), or all the other files."""
        return len(self.paths) - self.organisations


@dataclass(frozen=True)
class ReadOrder:
    """An order with the mission read for it."""

    order: DocumentOrder
    badges: BadgeBatch | None = None
    mission: MissionData | None = None
    calendar: CalendarWriter | None = None
    booklet: BookletSource | None = None


def read_order(store: Store, order: DocumentOrder) -> ReadOrder:
    """Read what ``order`` needs (on the database worker); DocumentError when it is empty."""
    if order.kind is DocumentKind.BADGES:
        layout = load_layout(order.layout)  # a wrong layout fails before any reading
        if order.crop_marks:
            check_crop_marks(layout)  # as does asking for crop marks where nothing is cut
        return ReadOrder(order, badges=load_badges(store, order.mission_id, order.participant_ids))
    if order.kind is DocumentKind.CALENDARS:
        return ReadOrder(order, calendar=mission_calendars(store, order.mission_id))
    if order.kind is DocumentKind.BOOKLET:
        return ReadOrder(order, booklet=read_booklet(store, order.mission_id))
    return ReadOrder(order, mission=load_mission_data(store, order.mission_id))


def check_layout(name: str) -> None:
    """A :class:`DocumentError` listing the badge layouts when ``name`` is none of them."""
    load_layout(name)


def layout_notes(name: str) -> tuple[Message, ...]:
    """What a coordinator must know to print layout ``name`` (its printer settings), for the
    command line and the window to say; a :class:`DocumentError` if there is no such layout."""
    layout = load_layout(name)
    return (msg.NEEDS_BORDERLESS(layout=name),) if layout.needs_borderless else ()


def make_documents(
    store: Store,
    order: DocumentOrder,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
) -> Produced:
    """Read what ``order`` needs, then render and write its files."""
    return produce(read_order(store, order), progress, cancelled)


def produce(
    read: ReadOrder, progress: Progress | None = None, cancelled: Cancelled | None = None
) -> Produced:
    """Render and write the order's files (atomically, one by one)."""
    order = read.order
    if read.badges is not None:
        batch = read.badges
        name = order.file_name or (
            f"badges-{ascii_part(batch.mission_name) or 'mission'}-{order.layout}.pdf"
        )
        options = BadgeOptions(qr=order.qr, start_at=order.start_at, crop_marks=order.crop_marks)
        result = render_badges(batch, load_layout(order.layout), order.folder / name, options)
        if progress is not None:
            progress(1, 1)
        return Produced((result.path,), batch.mission_name, badges=result)
    if read.booklet is not None:
        name = order.file_name or booklet_file_name(read.booklet, order.languages)
        made = write_booklet(read.booklet, order.folder / name, order.languages)
        if progress is not None:
            progress(1, 1)
        return Produced((made.path,), made.mission_name)
    if read.calendar is not None:
        paths = write_calendars(
            read.calendar,
            order.folder,
            order.participant_ids,
            organisations=order.with_organisations,
            whole_mission=order.whole_mission,
            progress=progress,
        )
        return Produced(tuple(paths), read.calendar.data.mission.name)
    data = read.mission
    if data is None:
        raise DocumentError(msg.NOTHING_READ())
    org_jobs = []
    if order.kind is DocumentKind.SHEETS:
        jobs = sheet_jobs(data, order.folder, order.paper, order.language)
    elif order.kind is DocumentKind.ORGANISATION_AGENDAS:
        jobs, org_jobs = [], organisation_agenda_jobs(data, order.folder)
    else:
        jobs = personal_agenda_jobs(data, order.folder, order.participant_ids)
        if order.with_organisations:
            org_jobs = organisation_agenda_jobs(data, order.folder)
    if not jobs and not org_jobs:
        raise DocumentError(msg.NOBODY_TO_WRITE_FOR(mission=data.mission.name))
    paths = write_documents(
        data, [*jobs, *org_jobs], progress=progress, cancelled=cancelled, workers=order.workers
    )
    return Produced(tuple(paths), data.mission.name, organisations=len(org_jobs))
