"""``.eml`` drafts: one message per participant written into a folder, each file atomically,
for coordinators to send from their own mail client."""

from __future__ import annotations

import tempfile
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

from app.calendar.export import mission_calendars
from app.calendar.files import participant_file_name
from app.distribution.messages import (
    Attachment,
    Sender,
    compose,
    participant_emails,
    usable_address,
)
from app.documents.agenda_data import Person
from app.documents.batch import (
    Cancelled,
    Progress,
    personal_agenda_jobs,
    write_documents,
)
from app.documents.errors import DocumentError, DocumentsCancelled
from app.documents.file_names import person_file_name
from app.documents.output import atomic_output, ensure_folder
from app.services.publications import diff, version_diff
from app.store import Store


def draft_file_name(person: Person) -> str:
    """'mail-0012-Rossi-Mario.eml', named like the agendas ('agenda-0012-Rossi-Mario.pdf')."""
    return person_file_name("mail", person.id, person.family, person.given, ".eml")


@dataclass(frozen=True)
class Skipped:
    participant_id: int
    name: str
    reason: str


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
    (:func:`~app.services.publications.version_diff`: everyone for version 1; before any
    publication, everyone, as a draft). With changes not yet published it is refused: the
    mails would describe a schedule no version holds.
    A participant without a usable e-mail address is skipped and reported. A
    :class:`~app.documents.errors.DocumentError` when the folder cannot be written (before
    anything is rendered) or the mission has nothing to send.
    """
    ensure_folder(folder)
    writer = mission_calendars(store, mission_id)
    cal, data = writer.cal, writer.data
    mission_diff = diff(store, mission_id)
    if only_changed and mission_diff.base is not None:
        if not mission_diff.is_empty:
            raise DocumentError(
                f"The schedule has changed since version {mission_diff.base}: publish "
                f"version {mission_diff.base + 1} first, then send what it changed."
            )
        # nothing unpublished: tell the people whose schedule the latest version changed
        mission_diff = version_diff(store, mission_id)
    emails = participant_emails(store, mission_id)
    report = DraftReport(base=mission_diff.base)
    # the same set as participants_to_notify(), from the diff read once here
    notify = {p.participant_id for p in mission_diff.participants}
    with tempfile.TemporaryDirectory(prefix="ponte-mail-") as scratch:
        jobs = personal_agenda_jobs(data, Path(scratch), participant_ids)
        chosen = []
        for job in jobs:
            person = data.people[job.key]
            if only_changed and person.id not in notify:
                report.unchanged.append(person.id)
            elif usable_address(address := emails.get(person.id)) is None:
                why = "unusable e-mail address" if address else "no e-mail address"
                report.skipped.append(Skipped(person.id, person.latin, why))
            else:
                chosen.append(job)
        # the agendas render in worker processes, as for `ponte agendas`
        write_documents(data, chosen, cancelled=cancelled, workers=workers)
        sender = Sender(cal.organiser, cal.organiser_email)
        now = datetime.now(UTC)
        for job in chosen:
            if cancelled is not None and cancelled():
                raise DocumentsCancelled(
                    f"Stopped after {len(report.written)} of {len(chosen)} messages; "
                    "those are complete."
                )
            person = data.people[job.key]
            msg = compose(
                data,
                person,
                emails[person.id] or "",
                sender,
                agenda=Attachment(job.path.name, job.path.read_bytes()),
                calendar=Attachment(
                    participant_file_name(person.id, person.family, person.given),
                    writer.participant(person.id),
                ),
                changes=mission_diff.for_participant(person.id),
                base=mission_diff.base,
                now=now,
            )
            path = folder / draft_file_name(person)
            with atomic_output(path) as temporary:
                temporary.write_bytes(msg.as_bytes())
            report.written.append(path)
            if progress is not None:
                progress(len(report.written), len(chosen))
    return report
