"""One participant's e-mail: their agenda PDF and .ics attached, a body in their language
that names the mission, the version and, after a publication, what changed for them.

Every header value is built from text with control characters (CR, LF, NUL, …) removed and
goes through ``email.headerregistry`` under ``email.policy.SMTP``: non-ASCII names and subjects
are RFC 2047 encoded, and no name can add a header line.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from datetime import UTC, datetime
from email import policy
from email.headerregistry import Address
from email.message import EmailMessage
from email.utils import format_datetime, make_msgid

from sqlalchemy import select

from app.calendar.ics import FALLBACK_ORGANIZER
from app.core.agenda_data import MissionData, Person
from app.core.language import person_name
from app.core.publications import MeetingEntry, ParticipantDiff
from app.distribution.texts import Mail, clock_paragraph, text, word_change
from app.documents.page import mission_name, version_line
from app.model import DocumentLanguage, Participant
from app.store import Store

Lang = DocumentLanguage

# What a mail client accepts without quoting: no spaces, quotes, brackets, commas or
# control characters; anything else is "no usable address" rather than a broken header.
_ADDRESS = re.compile(r"[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)+")


def header_text(value: str, limit: int = 200) -> str:
    """``value`` on one line: control and separator characters become spaces, runs of
    spaces one space, at most ``limit`` characters (a header is no place for a novel)."""
    out = [
        " " if unicodedata.category(ch)[0] in "CZ" else ch
        for ch in unicodedata.normalize("NFC", value)
    ]
    return " ".join("".join(out).split())[:limit].strip()


def usable_address(value: str | None) -> str | None:
    """``value`` trimmed when it is a plain address (local@domain), else None."""
    if value is None:
        return None
    candidate = value.strip()
    return candidate if _ADDRESS.fullmatch(candidate) else None


def participant_emails(store: Store, mission_id: int) -> dict[int, str | None]:
    """The e-mail address of each participant of the mission (None when there is none)."""
    with store.session() as s:
        rows = s.execute(
            select(Participant.id, Participant.email).where(Participant.mission_id == mission_id)
        ).all()
    return {pid: email for pid, email in rows}


@dataclass(frozen=True)
class Sender:
    """Who the messages come from: the organising chamber."""

    name: str
    address: str | None  # None: the calendars' fallback, noreply@ponte.invalid

    @property
    def addr_spec(self) -> str:
        return usable_address(self.address) or FALLBACK_ORGANIZER


@dataclass(frozen=True)
class Attachment:
    filename: str
    content: bytes


def _address(name: str, addr_spec: str) -> Address:
    username, domain = addr_spec.rsplit("@", 1)
    return Address(display_name=header_text(name), username=username, domain=domain)


def subject(data: MissionData, lang: DocumentLanguage) -> str:
    return header_text(
        text(Mail.SUBJECT, lang, mission=mission_name(data, lang), version=version_line(data, lang))
    )


def body(
    data: MissionData,
    person: Person,
    sender: Sender,
    changes: ParticipantDiff | None,
    base: int | None,
) -> str:
    """The plain-text body in the person's document language."""
    lang = person.language
    name = header_text(person_name(person.latin, person.kanji, lang))
    parts = [
        text(Mail.GREETING, lang, name=name),
        text(Mail.INTRO, lang, mission=mission_name(data, lang), version=version_line(data, lang)),
    ]
    clocks = clock_paragraph(data.clock_warnings(person.delegation_id), lang)
    if clocks is not None:  # a daylight-saving change during the mission, with its date
        parts.append(clocks)
    if base is not None and changes is not None and changes.changes:
        names = {
            o.id: o.name_ja if lang is Lang.JA and o.name_ja else o.name
            for o in data.organisations.values()
        }
        venues = {v.id: v.names.in_(lang) for v in data.venues.values()}
        interpreters = {
            entry.interpreter_participant
            for c in changes.changes
            for entry in (c.before, c.after)
            if isinstance(entry, MeetingEntry) and entry.interpreter_participant is not None
        }
        people = {
            pid: header_text(person_name(p.latin, p.kanji, lang))
            for pid in interpreters
            if (p := data.people.get(pid)) is not None
        }
        own = changes.organisation_id
        lines = [f"- {word_change(c, own, lang, names, venues, people)}" for c in changes.changes]
        parts.append("\n".join([text(Mail.CHANGES_SINCE, lang, number=base), *lines]))
        parts.append(text(Mail.CALENDAR_HINT, lang))
    parts.append(text(Mail.SIGNATURE, lang, organiser=sender.name or mission_name(data, lang)))
    return "\n\n".join(parts) + "\n"


def compose(
    data: MissionData,
    person: Person,
    to: str,
    sender: Sender,
    *,
    agenda: Attachment,
    calendar: Attachment,
    changes: ParticipantDiff | None = None,
    base: int | None = None,
    now: datetime | None = None,
    draft: bool = True,
) -> EmailMessage:
    """The message for ``person`` at ``to`` (a :func:`usable_address`; ValueError otherwise).

    ``draft``: for a mail client to send (marked ``X-Unsent``), not for a mail server."""
    address = usable_address(to)
    if address is None:
        raise ValueError(f"{to!r} is not a usable e-mail address")
    lang = person.language
    msg = EmailMessage(policy=policy.SMTP)
    msg["From"] = _address(sender.name, sender.addr_spec)
    msg["To"] = _address(person_name(person.latin, person.kanji, lang), address)
    msg["Subject"] = subject(data, lang)
    msg["Date"] = format_datetime((now or datetime.now(UTC)).astimezone(UTC))
    msg["Message-ID"] = make_msgid("ponte", domain=sender.addr_spec.rsplit("@", 1)[1])
    if draft:
        # Outlook opens an .eml with this header as a message to send, not as a received one.
        msg["X-Unsent"] = "1"
    # Japanese is shorter in base64, Latin text stays readable in quoted-printable.
    cte = "base64" if lang is Lang.JA else "quoted-printable"
    msg.set_content(body(data, person, sender, changes, base), charset="utf-8", cte=cte)
    msg.add_attachment(
        agenda.content, maintype="application", subtype="pdf", filename=agenda.filename
    )
    msg.add_attachment(
        calendar.content,
        maintype="text",
        subtype="calendar",
        filename=calendar.filename,
        params={"method": "PUBLISH", "charset": "utf-8"},
    )
    return msg
