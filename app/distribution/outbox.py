"""The messages of a mission, composed one by one for the drafts folder and for the mail
server alike: who can be written to, their agenda rendered (in worker processes, as for
``ponte agendas``) and their calendar, in a message in their language."""

from __future__ import annotations

import tempfile
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from email.message import EmailMessage
from pathlib import Path

from app.calendar.export import calendars_of
from app.calendar.files import participant_file_name
from app.calendar.ics import CalendarWriter
from app.common.wording import Message
from app.core.agenda_data import MissionData, Person
from app.core.mission_record import MissionRecord
from app.core.publications import ParticipantDiff
from app.distribution import user_messages as msg
from app.distribution.messages import (
    Attachment,
    Sender,
    compose,
    usable_address,
)
from app.documents.batch import AgendaJob, Cancelled, Progress, personal_agenda_jobs
from app.documents.batch import write_documents as render_agendas
from app.documents.errors import DocumentsCancelled

# what a message says changed for a participant, and since which version (None: no changes)
ChangesFor = Callable[[int], tuple[ParticipantDiff | None, int | None]]


@dataclass(frozen=True)
class Skipped:
    """A participant who gets no message, and why (worded in the reader's language)."""

    participant_id: int
    name: str
    why: Message

    @property
    def reason(self) -> str:
        """Why, in English (the command line)."""
        return str(self.why)


@dataclass(frozen=True)
class Letter:
    """One participant's composed message."""

    participant_id: int
    person: Person
    address: str
    message: EmailMessage


class Outbox:
    """A mission read once for its messages; open it with :func:`open_outbox`."""

    def __init__(self, record: MissionRecord, scratch: Path) -> None:
        self.writer: CalendarWriter = calendars_of(record)
        self.data: MissionData = self.writer.data
        self._emails = {p.id: p.email for p in record.people.values()}
        self._scratch = scratch
        cal = self.writer.cal
        self.sender = Sender(cal.organiser, cal.organiser_email)

    def with_sender(self, address: str) -> None:
        """Send from ``address`` (the SMTP account's) instead of the organiser's."""
        if address:
            self.sender = Sender(self.sender.name, address)

    def address(self, participant_id: int) -> str | None:
        return usable_address(self._emails.get(participant_id))

    def candidates(
        self, participant_ids: Iterable[int] | None = None
    ) -> tuple[list[Person], list[Skipped]]:
        """The people (all, or ``participant_ids``, in agenda order) who have a usable
        address, and those who do not, with why."""
        people, skipped = [], []
        for job in personal_agenda_jobs(self.data, self._scratch, participant_ids):
            person = self.data.people[job.key]
            raw = self._emails.get(person.id)
            if usable_address(raw) is None:
                why = msg.UNUSABLE_ADDRESS() if raw else msg.NO_ADDRESS()
                skipped.append(Skipped(person.id, person.latin, why))
            else:
                people.append(person)
        return people, skipped

    def letters(
        self,
        people: list[Person],
        changes_for: ChangesFor,
        *,
        draft: bool,
        workers: int | None = None,
        progress: Progress | None = None,
        cancelled: Cancelled | None = None,
    ) -> Iterator[Letter]:
        """Render the agendas of ``people`` (``progress`` counts them), then compose their
        messages one at a time (a :class:`DocumentsCancelled` from the rendering)."""
        jobs: dict[int, AgendaJob] = {
            job.key: job
            for job in personal_agenda_jobs(self.data, self._scratch, [p.id for p in people])
        }
        render_agendas(
            self.data, list(jobs.values()), progress=progress, cancelled=cancelled, workers=workers
        )
        now = datetime.now(UTC)
        for person in people:
            if cancelled is not None and cancelled():
                raise DocumentsCancelled(msg.STOPPED_COMPOSING())
            job = jobs[person.id]
            changes, base = changes_for(person.id)
            address = self.address(person.id)
            assert address is not None  # candidates() kept only usable addresses
            yield Letter(
                person.id,
                person,
                address,
                compose(
                    self.data,
                    person,
                    address,
                    self.sender,
                    agenda=Attachment(job.path.name, job.path.read_bytes()),
                    calendar=Attachment(
                        participant_file_name(person.id, person.family, person.given),
                        self.writer.participant(person.id),
                    ),
                    changes=changes,
                    base=base,
                    now=now,
                    draft=draft,
                ),
            )


@contextmanager
def open_outbox(record: MissionRecord) -> Iterator[Outbox]:
    """The outbox of the mission in ``record``; the agendas it renders live in a scratch
    folder removed after."""
    with tempfile.TemporaryDirectory(prefix="ponte-mail-") as scratch:
        yield Outbox(record, Path(scratch))
