"""Writing many documents: the jobs (one file each, plain data), rendered in worker processes
when there are many, written one by one with progress and cancel; and the files' names.
"""

from __future__ import annotations

import multiprocessing
import os
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path
from typing import Any, TypeVar

from app.common.files import ensure_folder, write_file
from app.common.processes import worker_context
from app.common.wording import Wording
from app.core import messages as core_msg
from app.core.agenda_data import (
    MissionData,
    OrganisationInfo,
    Person,
    organisation_agenda,
    personal_agenda,
)
from app.core.file_names import person_file_name, record_file_name
from app.documents import messages as msg
from app.documents import sheets
from app.documents.agendas import organisation_agenda_pdf, personal_agenda_pdf
from app.documents.errors import DocumentError, DocumentsCancelled
from app.documents.fonts import register_fonts
from app.model import DocumentLanguage

T = TypeVar("T")

Progress = Callable[[int, int], None]
"""progress(done, total): called after each document."""

Cancelled = Callable[[], bool]
"""True when the user asked to stop (e.g. ``control.expired`` or ``event.is_set``)."""


def check_printable(data: MissionData) -> None:
    """A :class:`DocumentError` when the mission has nothing an agenda could show."""
    if data.is_empty:
        raise DocumentError(msg.NOTHING_TO_PRINT(mission=data.mission.name))


class JobKind(StrEnum):
    PERSONAL = "personal"  # key: a participant id
    ORGANISATION = "organisation"  # key: an organisation id
    TABLE_SHEETS = "table_sheets"
    MASTER_GRID = "master_grid"


@dataclass(frozen=True)
class AgendaJob:
    """One file to write: plain data, so that it can go to a worker process."""

    path: Path
    kind: JobKind
    key: int = 0
    paper: str = "A4"
    language: DocumentLanguage = DocumentLanguage.EN  # sheets only: agendas use the reader's


def render_job(data: MissionData, job: AgendaJob) -> bytes:
    """The PDF bytes of ``job``."""
    if job.kind is JobKind.PERSONAL:
        return personal_agenda_pdf(personal_agenda(data, job.key), data)
    if job.kind is JobKind.ORGANISATION:
        return organisation_agenda_pdf(organisation_agenda(data, job.key), data)
    if job.kind is JobKind.TABLE_SHEETS:
        return sheets.table_sheets_pdf(data, job.language)
    return sheets.master_grid_pdf(data, job.paper, job.language)


def auto_workers(jobs: int) -> int:
    """Processes worth starting: one for a few documents, else one per CPU (at most 4)."""
    return 1 if jobs < 24 else max(1, min(os.cpu_count() or 1, 4))


def write_documents(
    data: MissionData,
    jobs: Sequence[AgendaJob],
    *,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
    workers: int | None = 1,
) -> list[Path]:
    """Render and write every job; ``workers`` processes render in parallel (None: choose).

    Each file is written atomically by this process, so a file is either complete or left as
    it was. ``cancelled()`` is checked between two documents: :class:`DocumentsCancelled`
    then says how many were written (those are complete) and nothing else is touched.
    """
    if workers is None:
        workers = auto_workers(len(jobs))
    if jobs:
        ensure_folder(jobs[0].path.parent)  # fail before rendering anything
    rendered: Iterator[bytes]
    pool: ProcessPoolExecutor | None = None
    if workers > 1 and len(jobs) > 1:
        pool = ProcessPoolExecutor(
            workers, mp_context=_start_method(), initializer=_worker_start, initargs=(data,)
        )
        rendered = pool.map(_worker_render, jobs, chunksize=4)
    else:
        rendered = (render_job(data, job) for job in jobs)
    written: list[Path] = []
    try:
        for job in jobs:
            if cancelled is not None and cancelled():
                raise DocumentsCancelled(msg.STOPPED(done=len(written), total=len(jobs)))
            written.append(write_file(job.path, next(rendered)))
            if progress is not None:
                progress(len(written), len(jobs))
    finally:
        if pool is not None:
            pool.shutdown(wait=True, cancel_futures=True)
    return written


def _start_method() -> multiprocessing.context.BaseContext:
    """Workers start from a fork server that has imported the renderers (spawn on Windows
    and in the frozen app): app.common.processes."""
    return worker_context([__name__])


# A worker process renders for one mission; the data arrives once, when it starts, instead
# of being sent again with each of 500 jobs.
_worker_data: list[MissionData] = []


def _worker_start(data: MissionData) -> None:
    _worker_data[:] = [data]
    register_fonts()  # once per worker, not inside its first document


def _worker_render(job: AgendaJob) -> bytes:
    return render_job(_worker_data[0], job)


def _chosen(
    wanted: Iterable[int] | None,
    known: Mapping[int, T],
    key: Callable[[T], Any],
    missing_said: Wording,
) -> list[int]:
    """``wanted`` without repeats (all of ``known``, sorted by ``key``, when None); a
    :class:`DocumentError` naming any id ``known`` lacks (``missing_said``, with ``ids``)."""
    ids = (
        list(dict.fromkeys(wanted))
        if wanted is not None
        else sorted(known, key=lambda i: key(known[i]))
    )
    missing = [i for i in ids if i not in known]
    if missing:
        raise DocumentError(missing_said(ids=", ".join(map(str, missing))))
    return ids


def personal_agenda_jobs(
    data: MissionData, folder: Path, participant_ids: Iterable[int] | None = None
) -> list[AgendaJob]:
    """One job per participant (all of the mission's, by name, or ``participant_ids``)."""
    check_printable(data)
    ids = _chosen(
        participant_ids, data.people, lambda p: p.sort_key, core_msg.PARTICIPANTS_NOT_IN_MISSION
    )
    return [AgendaJob(folder / agenda_file_name(data.people[i]), JobKind.PERSONAL, i) for i in ids]


def organisation_agenda_jobs(
    data: MissionData, folder: Path, organisation_ids: Iterable[int] | None = None
) -> list[AgendaJob]:
    """One job per organisation (all of the mission's, by name, or ``organisation_ids``)."""
    check_printable(data)
    ids = _chosen(
        organisation_ids,
        data.organisations,
        lambda o: o.name.casefold(),
        msg.ORGANISATIONS_NOT_IN_MISSION,
    )
    return [
        AgendaJob(folder / organisation_file_name(data.organisations[i]), JobKind.ORGANISATION, i)
        for i in ids
    ]


def sheet_jobs(
    data: MissionData, folder: Path, paper: str, lang: DocumentLanguage
) -> list[AgendaJob]:
    """The two files ``ponte sheets`` writes: table-sheets.pdf and master-grid-A4.pdf."""
    if paper not in sheets.PAPERS:
        raise DocumentError(msg.UNKNOWN_PAPER(paper=paper))
    if not data.sessions:
        raise DocumentError(msg.NO_B2B_SESSION(mission=data.mission.name))
    return [
        AgendaJob(folder / "table-sheets.pdf", JobKind.TABLE_SHEETS, language=lang),
        AgendaJob(
            folder / f"master-grid-{paper}.pdf", JobKind.MASTER_GRID, paper=paper, language=lang
        ),
    ]


# --- file names ------------------------------------------------------------------------------


def agenda_file_name(person: Person) -> str:
    """'agenda-0012-Rossi-Mario.pdf'."""
    return person_file_name("agenda", person.id, person.family, person.given, ".pdf")


def organisation_file_name(org: OrganisationInfo) -> str:
    return record_file_name("organisation", org.id, org.name, ".pdf")
