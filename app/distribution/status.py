"""Where the sending of a mission stands: which version can be sent, how many participants
it has reached, how many could not be reached, and the sent log's latest entries."""

from __future__ import annotations

from dataclasses import dataclass

from app.distribution.messages import participant_emails, usable_address
from app.distribution.sent_log import Outcome, SentEntry, received, sent_log
from app.store import Store


@dataclass(frozen=True)
class SendStatus:
    version: int | None  # the latest publication; None before the first
    participants: int
    without_address: int  # no usable e-mail address: never sent anything
    reached: int  # participants a server accepted the latest version for
    undelivered: int  # the latest version refused or failed for them, and not sent since
    log: list[SentEntry]  # newest first

    @property
    def waiting(self) -> int:
        """Participants with an address who have not received the latest version."""
        if self.version is None:
            return 0
        return self.participants - self.without_address - self.reached


def send_status(
    store: Store, mission_id: int, version: int | None, *, log_limit: int = 500
) -> SendStatus:
    emails = participant_emails(store, mission_id)
    got = received(store, mission_id)
    log = sent_log(store, mission_id, log_limit)
    reached = (
        {pid for pid, v in got.items() if v >= version and pid in emails}
        if version is not None
        else set()
    )
    undelivered = {
        e.participant_id for e in log if e.version == version and e.outcome is not Outcome.SENT
    } - reached
    return SendStatus(
        version=version,
        participants=len(emails),
        without_address=sum(1 for a in emails.values() if usable_address(a) is None),
        reached=len(reached),
        undelivered=len(undelivered),
        log=log,
    )
