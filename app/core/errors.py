"""The core's errors: a record that is not there."""

from __future__ import annotations

from app.common.errors import UserError
from app.common.wording import Message, Wording
from app.core import messages as msg


class NotFound(UserError, LookupError):
    """A record that is not (or no longer) there: an id that names nothing in this database,
    or a record deleted meanwhile, perhaps by another coordinator."""

    def __init__(self, message: Message) -> None:
        super().__init__(message)


def gone(record: Wording, record_id: int) -> NotFound:
    """The error for ``record`` (a kind of record, e.g. ``messages.PARTICIPANT``) ``record_id``
    not being there."""
    return NotFound(msg.RECORD_GONE(record=record(), id=record_id))
