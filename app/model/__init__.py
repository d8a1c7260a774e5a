"""The domain model (SQLAlchemy 2 typed mappings) for the words of PRODUCT.md."""

from app.model.agenda import AgendaAttendee, AgendaItem
from app.model.audit import AuditEntry
from app.model.b2b import (
    B2BBreak,
    B2BSession,
    B2BTable,
    Meeting,
    MeetingParticipant,
    MeetingRequest,
    SessionDelegation,
    Unavailability,
)
from app.model.base import Base
from app.model.enums import (
    AgendaKind,
    Audience,
    BadgeCategory,
    DocumentLanguage,
    InterpreterNeed,
    MeetingSide,
    MeetingStatus,
    NameOrder,
    Outcome,
    Sector,
    Side,
)
from app.model.mission import Delegation, Mission, Venue, VenueTravel
from app.model.offline import OfflineOrigin
from app.model.outcomes import FollowUp, MeetingOutcome
from app.model.people import (
    Interpreter,
    InterpreterSession,
    Organisation,
    OrganisationSector,
    Participant,
    ParticipantLanguage,
)
from app.model.publication import Publication
from app.model.schedule_run import ScheduleRun
from app.model.sent_message import SentMessage


def _ids_never_reused() -> None:
    """On SQLite every table keyed by one integer id gets AUTOINCREMENT (migrations 0005 and
    0011): calendar UIDs, publication keys, the audit log, badges' check-in codes and mission
    locks name records by id, so a deleted record's id must never go to a new one."""
    for table in Base.metadata.tables.values():
        if [column.name for column in table.primary_key.columns] == ["id"]:
            table.dialect_kwargs["sqlite_autoincrement"] = True


_ids_never_reused()

__all__ = [
    "AgendaAttendee",
    "AgendaItem",
    "AgendaKind",
    "Audience",
    "AuditEntry",
    "B2BBreak",
    "B2BSession",
    "B2BTable",
    "BadgeCategory",
    "Base",
    "Delegation",
    "DocumentLanguage",
    "FollowUp",
    "Interpreter",
    "InterpreterNeed",
    "InterpreterSession",
    "Meeting",
    "MeetingOutcome",
    "MeetingParticipant",
    "MeetingRequest",
    "MeetingSide",
    "MeetingStatus",
    "Mission",
    "NameOrder",
    "OfflineOrigin",
    "Organisation",
    "OrganisationSector",
    "Outcome",
    "Participant",
    "ParticipantLanguage",
    "Publication",
    "ScheduleRun",
    "Sector",
    "SentMessage",
    "SessionDelegation",
    "Side",
    "Unavailability",
    "Venue",
    "VenueTravel",
]
