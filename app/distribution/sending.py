"""Sending a published version by e-mail: each participant's message handed to the mail
server at a steady pace, each answer written to the sent log at once.

Who is sent what:

- only a published version is sent, and only when nothing changed since it (else the mails
  would describe a schedule no version holds);
- a participant the sent log says already got this version is left out (``again`` sends
  anyway): re-running a stopped batch reaches only those it did not;
- ``only_changed``: only those whose schedule differs from the version they last got (or who
  never got one); the message then lists what changed since that version.

A refused recipient is logged and the batch goes on. A dropped connection is reopened once
and the message tried again; if that fails too the batch stops, and says how far it got.
"""

from __future__ import annotations

import smtplib
import ssl
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from email import policy
from email.headerregistry import Address
from email.message import EmailMessage
from email.utils import format_datetime, make_msgid
from enum import StrEnum

from app.common.wording import Message
from app.core.mission_record import MissionRecord, load_mission
from app.core.publications import MissionDiff, ParticipantDiff, diff_of, version_diff_of
from app.distribution import sent_log
from app.distribution import user_messages as msg
from app.distribution.errors import MailError
from app.distribution.mail_settings import MailSettings
from app.distribution.messages import usable_address
from app.distribution.outbox import Letter, Skipped, open_outbox
from app.distribution.sent_log import Outcome
from app.distribution.smtp import SmtpLink, reply_text
from app.documents.batch import Cancelled
from app.documents.errors import DocumentsCancelled
from app.store import Store


class Phase(StrEnum):
    PREPARING = "preparing"  # agendas being rendered
    SENDING = "sending"


SendProgress = Callable[[Phase, int, int], None]
Sleep = Callable[[float], None]
Clock = Callable[[], float]


@dataclass(frozen=True)
class Failure:
    participant_id: int
    name: str
    address: str
    detail: str


@dataclass
class SendReport:
    """What :func:`send_version` did."""

    version: int
    sent: list[int] = field(default_factory=list)
    refused: list[Failure] = field(default_factory=list)
    failed: list[Failure] = field(default_factory=list)
    skipped: list[Skipped] = field(default_factory=list)  # no usable address
    already: list[int] = field(default_factory=list)  # had this version already
    unchanged: list[int] = field(default_factory=list)  # only_changed: nothing new for them
    not_attempted: list[int] = field(default_factory=list)  # left when the batch stopped
    why_stopped: Message | None = None  # why the batch stopped before the end
    cancelled: bool = False

    @property
    def to_send(self) -> int:
        return len(self.sent) + len(self.refused) + len(self.failed) + len(self.not_attempted)

    @property
    def stopped(self) -> str | None:
        """Why the batch stopped before the end, in English (the command line)."""
        return None if self.why_stopped is None else str(self.why_stopped)


class Pace:
    """At most ``rate`` messages a minute: waits before each message but the first."""

    def __init__(self, rate_per_minute: int, sleep: Sleep, clock: Clock) -> None:
        self._interval = 60.0 / rate_per_minute if rate_per_minute > 0 else 0.0
        self._sleep, self._clock = sleep, clock
        self._last: float | None = None

    def wait(self, cancelled: Cancelled | None = None) -> None:
        if self._last is not None and self._interval > 0:
            due = self._last + self._interval
            while (left := due - self._clock()) > 0:
                if cancelled is not None and cancelled():
                    return
                self._sleep(min(left, 0.25))
        self._last = self._clock()


def published_version(record: MissionRecord) -> int:
    """The version to send: the latest, when nothing changed since it (a MailError if not)."""
    latest = record.latest_publication
    if latest is None:
        raise MailError(msg.PUBLISH_FIRST())
    number = latest.number
    if not diff_of(record).is_empty:
        raise MailError(msg.UNPUBLISHED_CHANGES(number=number, next=number + 1))
    return number


def send_version(
    store: Store,
    mission_id: int,
    settings: MailSettings,
    password: str | None,
    *,
    participant_ids: Iterable[int] | None = None,
    only_changed: bool = False,
    again: bool = False,
    workers: int | None = None,
    progress: SendProgress | None = None,
    cancelled: Cancelled | None = None,
    context: ssl.SSLContext | None = None,
    sleep: Sleep = time.sleep,
    clock: Clock = time.monotonic,
) -> SendReport:
    """Send the latest version to the participants (all, or ``participant_ids``) who need it.

    A :class:`MailError` before anything is sent (settings, no publication, unpublished
    changes, the server unreachable or refusing the login); after that, problems are in the
    report and the sent log.
    """
    settings = settings.validated()
    record = load_mission(store, mission_id)  # the mission read once for the whole batch
    version = published_version(record)
    link = SmtpLink(settings, password, context=context)  # checks the settings first
    report = SendReport(version=version)
    got = sent_log.received(store, mission_id)
    with open_outbox(record) as outbox:
        outbox.with_sender(settings.sender)
        people, report.skipped = outbox.candidates(participant_ids)
        if not again:
            report.already = [p.id for p in people if got.get(p.id, 0) >= version]
            people = [p for p in people if got.get(p.id, 0) < version]
        diffs = _diffs_since(record, version, {got[p.id] for p in people if p.id in got})
        if only_changed:
            keep = [p for p in people if p.id not in got or _changes(diffs, got[p.id], p.id)]
            report.unchanged = [p.id for p in people if p not in keep]
            people = keep
        if not people:
            return report

        def changes_for(pid: int) -> tuple[ParticipantDiff | None, int | None]:
            base = got.get(pid)
            if base is None or base >= version:
                return None, None
            return _changes(diffs, base, pid), base

        def rendered(done: int, total: int) -> None:
            if progress is not None:
                progress(Phase.PREPARING, done, total)

        letters = outbox.letters(
            people, changes_for, draft=False, workers=workers, progress=rendered,
            cancelled=cancelled,
        )  # fmt: skip
        pace = Pace(settings.rate_per_minute, sleep, clock)
        pending = [p.id for p in people]
        try:
            link.open()
            for n, letter in enumerate(letters):
                if cancelled is not None and cancelled():
                    break
                pace.wait(cancelled)
                if cancelled is not None and cancelled():
                    break
                stop = _deliver(store, mission_id, link, letter, version, settings, report)
                pending.remove(letter.participant_id)
                if progress is not None:
                    progress(Phase.SENDING, n + 1, len(people))
                if stop is not None:
                    report.why_stopped = stop
                    break
        except DocumentsCancelled:
            pass
        finally:
            link.close()
        report.not_attempted = pending
        if pending and report.why_stopped is None:
            report.cancelled = True
            report.why_stopped = msg.CANCELLED()
    return report


def _diffs_since(record: MissionRecord, version: int, bases: set[int]) -> dict[int, MissionDiff]:
    return {
        base: version_diff_of(record, version, since=base)
        for base in sorted(bases)
        if base < version
    }


def _changes(diffs: dict[int, MissionDiff], base: int, pid: int) -> ParticipantDiff | None:
    found = diffs.get(base)
    if found is None:
        return None
    changes = found.for_participant(pid)
    return changes if changes is not None and changes.changes else None


def _deliver(
    store: Store,
    mission_id: int,
    link: SmtpLink,
    letter: Letter,
    version: int,
    settings: MailSettings,
    report: SendReport,
) -> Message | None:
    """Send one letter, log the answer; why the batch must stop, or None to go on. The log
    keeps a reason of Ponte's own in English, beside the servers' replies."""
    name = letter.person.latin

    def log(outcome: Outcome, detail: str = "") -> None:
        sent_log.record(
            store, mission_id, letter.participant_id, version=version, address=letter.address,
            outcome=outcome, detail=detail, message_id=str(letter.message["Message-ID"] or ""),
            sent_by=settings.account,
        )  # fmt: skip

    for attempt in (1, 2):
        try:
            link.send(letter.message)
        except smtplib.SMTPRecipientsRefused as exc:
            code, text = next(iter(exc.recipients.values()))
            detail = reply_text(code, text)
            log(Outcome.REFUSED, detail)
            report.refused.append(Failure(letter.participant_id, name, letter.address, detail))
            return None
        except smtplib.SMTPSenderRefused as exc:
            detail = reply_text(exc.smtp_code, exc.smtp_error)
            log(Outcome.FAILED, detail)
            report.failed.append(Failure(letter.participant_id, name, letter.address, detail))
            return msg.SENDER_REFUSED(sender=exc.sender, reply=detail)
        except smtplib.SMTPResponseException as exc:
            detail = reply_text(exc.smtp_code, exc.smtp_error)
            temporary = 400 <= exc.smtp_code < 500
            log(Outcome.FAILED if temporary else Outcome.REFUSED, detail)
            entry = Failure(letter.participant_id, name, letter.address, detail)
            (report.failed if temporary else report.refused).append(entry)
            return None
        except (smtplib.SMTPServerDisconnected, OSError) as exc:
            if attempt == 1:
                try:
                    link.close()
                    link.open()
                    continue
                except MailError as reopen:
                    why = reopen.message
            else:
                why = msg.BROKE_AGAIN(reason=str(exc))
            detail = str(why)
            log(Outcome.FAILED, detail)
            report.failed.append(Failure(letter.participant_id, name, letter.address, detail))
            return msg.CONNECTION_LOST(reason=why)
        else:
            log(Outcome.SENT)
            report.sent.append(letter.participant_id)
            return None
    return None  # pragma: no cover - the loop always returns


def send_test(
    settings: MailSettings,
    password: str | None,
    to: str,
    *,
    context: ssl.SSLContext | None = None,
) -> str:
    """Send a short test message to ``to`` with these settings; its Message-ID. A
    :class:`MailError` says what went wrong (nothing is logged: no participant is involved)."""
    settings = settings.validated()
    address = usable_address(to)
    if address is None:
        raise MailError(msg.BAD_ADDRESS(address=to))
    sender = usable_address(settings.sender) or usable_address(settings.username)
    if sender is None:
        raise MailError(msg.NEED_SENDER())
    test = EmailMessage(policy=policy.SMTP)
    test["From"] = Address("Ponte", addr_spec=sender)
    test["To"] = Address(addr_spec=address)
    test["Subject"] = "Ponte: test message · messaggio di prova · テストメッセージ"
    test["Date"] = format_datetime(datetime.now(UTC))
    test["Message-ID"] = make_msgid("ponte-test", domain=sender.rsplit("@", 1)[1])
    test.set_content(
        "This message was sent by Ponte to check the mail settings.\n"
        "Questo messaggio è stato inviato da Ponte per provare le impostazioni di posta.\n"
        "このメッセージは、メール設定を確認するために Ponte から送信されました。\n",
        charset="utf-8",
    )
    with SmtpLink(settings, password, context=context) as link:
        try:
            link.send(test)
        except smtplib.SMTPRecipientsRefused as exc:
            code, text = next(iter(exc.recipients.values()))
            reply = reply_text(code, text)
            raise MailError(msg.TEST_ADDRESS_REFUSED(address=address, reply=reply)) from exc
        except smtplib.SMTPResponseException as exc:
            reply = reply_text(exc.smtp_code, exc.smtp_error)
            raise MailError(msg.TEST_REFUSED(reply=reply)) from exc
        except (smtplib.SMTPException, OSError) as exc:
            raise MailError(msg.TEST_NOT_SENT(reason=str(exc))) from exc
    return str(test["Message-ID"])
