"""The updates after a re-plan, for the people it affected only: each one's new agenda, their
calendar (the same UIDs, a higher SEQUENCE) and an e-mail draft in their language."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from app.core.mission_record import load_mission
from app.core.publications import version_diff_of
from app.distribution.drafts import write_drafts
from app.documents.batch import Cancelled, Progress
from app.services import absence_messages as msg
from app.services.absence import AbsenceError
from app.services.documents import DocumentKind, DocumentOrder, make_documents
from app.store import Store

__all__ = ["Updates", "affected_by_latest", "write_updates"]


@dataclass(frozen=True)
class Updates:
    """What :func:`write_updates` wrote: each affected person's agenda, calendar and draft."""

    folder: Path
    people: tuple[int, ...]  # participant ids, the absent person excluded
    paths: tuple[Path, ...]
    skipped: tuple[int, ...]  # no usable e-mail address: no draft (agenda and .ics written)
    number: int  # the version the updates describe


def affected_by_latest(store: Store, mission_id: int) -> tuple[int, tuple[int, ...]]:
    """The latest version's number and the participants whose schedule it changed."""
    record = load_mission(store, mission_id)
    latest = record.latest_publication
    if latest is None:
        raise AbsenceError(msg.NOT_PUBLISHED())
    diff = version_diff_of(record)
    return latest.number, tuple(sorted(p.participant_id for p in diff.participants))


def write_updates(
    store: Store,
    mission_id: int,
    folder: Path,
    *,
    leave_out: Sequence[int] = (),
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
) -> Updates:
    """Into ``folder``, for exactly the participants whose schedule the latest version
    changed (but ``leave_out``, e.g. the absent person, who is not there to read it): their
    new agenda (PDF), their calendar (.ics: the same UIDs, a higher SEQUENCE for what
    changed) and an e-mail draft (.eml) in their language."""
    number, changed = affected_by_latest(store, mission_id)
    people = tuple(p for p in changed if p not in set(leave_out))
    if not people:
        return Updates(folder, (), (), (), number)
    paths: list[Path] = []
    for kind in (DocumentKind.PERSONAL_AGENDAS, DocumentKind.CALENDARS):
        order = DocumentOrder(kind, mission_id, folder, participant_ids=people)
        paths.extend(make_documents(store, order, progress, cancelled).paths)
    drafts = write_drafts(
        store,
        mission_id,
        folder,
        participant_ids=people,
        only_changed=True,
        progress=progress,
        cancelled=cancelled,
    )
    paths.extend(drafts.written)
    skipped = tuple(sorted(s.participant_id for s in drafts.skipped))
    return Updates(folder, people, tuple(paths), skipped, number)
