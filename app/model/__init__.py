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
    MeetingStatus,
    NameOrder,
    Sector,
    Side,
)
from app.model.mission import Delegation, Mission, Venue, VenueTravel
from app.model.offline import OfflineOrigin
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
    "Interpreter",
    "InterpreterNeed",
    "InterpreterSession",
    "Meeting",
    "MeetingParticipant",
    "MeetingRequest",
    "MeetingStatus",
    "Mission",
    "NameOrder",
    "OfflineOrigin",
    "Organisation",
    "OrganisationSector",
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
