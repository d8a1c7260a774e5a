"""``.eml`` drafts: one message per participant written into a folder, each file atomically,
for coordinators to send from their own mail client."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from app.common.files import atomic_path, ensure_folder
from app.core.agenda_data import Person
from app.core.file_names import person_file_name
from app.core.mission_record import load_mission
from app.core.publications import diff_of, version_diff_of
from app.distribution import user_messages as msg
from app.distribution.outbox import Skipped, open_outbox
from app.documents.batch import Cancelled, Progress
from app.documents.errors import DocumentError, DocumentsCancelled
from app.store import Store

__all__ = ["DraftReport", "Skipped", "draft_file_name", "write_drafts"]


def draft_file_name(person: Person) -> str:
    """'mail-0012-Rossi-Mario.eml', named like the agendas ('agenda-0012-Rossi-Mario.pdf')."""
    return person_file_name("mail", person.id, person.family, person.given, ".eml")


@dataclass
class DraftReport:
    """What :func:`write_drafts` did."""

    written: list[Path] = field(default_factory=list)
    skipped: list[Skipped] = field(default_factory=list)  # no usable e-mail address
    unchanged: list[int] = field(default_factory=list)  # only_changed: nothing new for them
    base: int | None = None  # the publication the changes are counted from


def write_drafts(
    store: Store,
    mission_id: int,
    folder: Path,
    *,
    participant_ids: Iterable[int] | None = None,
    only_changed: bool = False,
    workers: int | None = None,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
) -> DraftReport:
    """Write one ``.eml`` per participant (all, or ``participant_ids``) into ``folder``.

    ``only_changed``: only the participants whose schedule the latest version changed
    (:func:`~app.core.publications.version_diff`: everyone for version 1; before any
    publication, everyone, as a draft). With changes not yet published it is refused: the
    mails would describe a schedule no version holds.
    A participant without a usable e-mail address is skipped and reported. A
    :class:`~app.documents.errors.DocumentError` when the folder cannot be written (before
    anything is rendered) or the mission has nothing to send.
    """
    ensure_folder(folder)
    record = load_mission(store, mission_id)  # the mission read once for every message
    with open_outbox(record) as outbox:
        mission_diff = diff_of(record)
        if only_changed and mission_diff.base is not None:
            if not mission_diff.is_empty:
                raise DocumentError(
                    msg.SCHEDULE_CHANGED(base=mission_diff.base, next=mission_diff.base + 1)
                )
            # nothing unpublished: tell the people whose schedule the latest version changed
            mission_diff = version_diff_of(record)
        report = DraftReport(base=mission_diff.base)
        # the same set as participants_to_notify(), from the diff read once here
        notify = {p.participant_id for p in mission_diff.participants}
        people, report.skipped = outbox.candidates(participant_ids)
        if only_changed:
            report.unchanged = [p.id for p in people if p.id not in notify]
            people = [p for p in people if p.id in notify]
        letters = outbox.letters(
            people,
            lambda pid: (mission_diff.for_participant(pid), mission_diff.base),
            draft=True,
            workers=workers,
            cancelled=cancelled,
        )
        try:
            for letter in letters:
                path = folder / draft_file_name(letter.person)
                with atomic_path(path) as temporary:
                    temporary.write_bytes(letter.message.as_bytes())
                report.written.append(path)
                if progress is not None:
                    progress(len(report.written), len(people))
        except DocumentsCancelled as exc:
            raise DocumentsCancelled(
                msg.STOPPED_DRAFTS(done=len(report.written), total=len(people))
            ) from exc
    return report
