"""B2B sessions, their tables, meeting requests, meetings and people's unavailability."""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING

from sqlalchemy import (
    Boolean,
    CheckConstraint,
    ForeignKey,
    SmallInteger,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from app.model.base import Base, Versioned, enum_column
from app.model.enums import InterpreterNeed, MeetingStatus
from app.model.mission import utc_now
from app.model.types import UTCDateTime, ZoneName

if TYPE_CHECKING:
    from app.model.mission import Mission, Venue
    from app.model.people import Interpreter, Organisation, Participant


class B2BSession(Versioned, Base):
    """A block of one-to-one meetings: a window cut into slots, with breaks and tables."""

    __tablename__ = "b2b_session"
    __table_args__ = (
        CheckConstraint("end_utc > start_utc", name="ends_after_start"),
        CheckConstraint("slot_minutes BETWEEN 5 AND 240", name="slot_length_sane"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    mission_id: Mapped[int] = mapped_column(
        ForeignKey("mission.id", ondelete="CASCADE"), index=True
    )
    name: Mapped[str] = mapped_column(String(200))  # English, the fallback
    name_it: Mapped[str | None] = mapped_column(String(200))  # since 0006
    name_ja: Mapped[str | None] = mapped_column(String(200))  # since 0006
    venue_id: Mapped[int | None] = mapped_column(ForeignKey("venue.id", ondelete="SET NULL"))
    start_utc: Mapped[datetime] = mapped_column(UTCDateTime)
    end_utc: Mapped[datetime] = mapped_column(UTCDateTime)
    timezone: Mapped[str] = mapped_column(ZoneName)
    slot_minutes: Mapped[int] = mapped_column(default=20)

    mission: Mapped[Mission] = relationship(back_populates="b2b_sessions")
    venue: Mapped[Venue | None] = relationship()
    breaks: Mapped[list[B2BBreak]] = relationship(
        cascade="all, delete-orphan", passive_deletes=True, order_by="B2BBreak.start_utc"
    )
    tables: Mapped[list[B2BTable]] = relationship(
        cascade="all, delete-orphan", passive_deletes=True, order_by="B2BTable.position"
    )
    # Which delegations take part (0006); none listed: every delegation of the mission.
    delegation_links: Mapped[list[SessionDelegation]] = relationship(
        cascade="all, delete-orphan", passive_deletes=True
    )


class SessionDelegation(Versioned, Base):
    """A delegation that takes part in a B2B session."""

    __tablename__ = "b2b_session_delegation"

    session_id: Mapped[int] = mapped_column(
        ForeignKey("b2b_session.id", ondelete="CASCADE"), primary_key=True
    )
    delegation_id: Mapped[int] = mapped_column(
        ForeignKey("delegation.id", ondelete="CASCADE"), primary_key=True, index=True
    )


class B2BBreak(Versioned, Base):
    __tablename__ = "b2b_break"
    __table_args__ = (CheckConstraint("end_utc > start_utc", name="ends_after_start"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    session_id: Mapped[int] = mapped_column(
        ForeignKey("b2b_session.id", ondelete="CASCADE"), index=True
    )
    start_utc: Mapped[datetime] = mapped_column(UTCDateTime)
    end_utc: Mapped[datetime] = mapped_column(UTCDateTime)
    label: Mapped[str] = mapped_column(String(100), default="")  # English; "" = "Break"
    label_it: Mapped[str | None] = mapped_column(String(100))  # since 0006
    label_ja: Mapped[str | None] = mapped_column(String(100))  # since 0006


class B2BTable(Versioned, Base):
    """A table (or room) where meetings of a session take place."""

    __tablename__ = "b2b_table"
    __table_args__ = (UniqueConstraint("session_id", "name"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    session_id: Mapped[int] = mapped_column(
        ForeignKey("b2b_session.id", ondelete="CASCADE"), index=True
    )
    name: Mapped[str] = mapped_column(String(50))
    position: Mapped[int] = mapped_column(default=0)


class Unavailability(Versioned, Base):
    """A time in which a participant (or interpreter) cannot meet: a visit, a flight."""

    __tablename__ = "unavailability"
    __table_args__ = (CheckConstraint("end_utc > start_utc", name="ends_after_start"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    participant_id: Mapped[int] = mapped_column(
        ForeignKey("participant.id", ondelete="CASCADE"), index=True
    )
    start_utc: Mapped[datetime] = mapped_column(UTCDateTime)
    end_utc: Mapped[datetime] = mapped_column(UTCDateTime)
    reason: Mapped[str] = mapped_column(String(200), default="")
    # Marked on the day (since 0012): the person did not arrive, their meetings were re-planned.
    absent: Mapped[bool] = mapped_column(Boolean, default=False)

    participant: Mapped[Participant] = relationship(back_populates="unavailability")


class MeetingRequest(Versioned, Base):
    """Organisation ``requester`` asks to meet ``requested``; ``no_thanks`` forbids the pair.

    ``priority`` runs from 1 (nice to have) to 5 (essential): higher weighs more.
    """

    __tablename__ = "meeting_request"
    __table_args__ = (
        UniqueConstraint("requester_id", "requested_id"),
        CheckConstraint("requester_id <> requested_id", name="not_self"),
        CheckConstraint("priority BETWEEN 1 AND 5", name="priority_range"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    mission_id: Mapped[int] = mapped_column(
        ForeignKey("mission.id", ondelete="CASCADE"), index=True
    )
    requester_id: Mapped[int] = mapped_column(
        ForeignKey("organisation.id", ondelete="CASCADE"), index=True
    )
    requested_id: Mapped[int] = mapped_column(
        ForeignKey("organisation.id", ondelete="CASCADE"), index=True
    )
    priority: Mapped[int] = mapped_column(SmallInteger, default=3)
    no_thanks: Mapped[bool] = mapped_column(Boolean, default=False)
    # Since schema 0002: a coordinator may insist on a meeting and on (or against) an interpreter.
    mandatory: Mapped[bool] = mapped_column(Boolean, default=False, server_default="0")
    interpreter_need: Mapped[InterpreterNeed] = mapped_column(
        enum_column(InterpreterNeed, "interpreter_need"),
        default=InterpreterNeed.AUTO,
        server_default=InterpreterNeed.AUTO.value,
    )
    note: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utc_now)

    mission: Mapped[Mission] = relationship(back_populates="meeting_requests")
    requester: Mapped[Organisation] = relationship(foreign_keys=[requester_id])
    requested: Mapped[Organisation] = relationship(foreign_keys=[requested_id])


class Meeting(Versioned, Base):
    """A meeting placed in a slot of a session at a table, with an interpreter if needed."""

    __tablename__ = "meeting"
    __table_args__ = (
        CheckConstraint("organisation_a_id <> organisation_b_id", name="two_parties"),
        CheckConstraint("end_utc > start_utc", name="ends_after_start"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    mission_id: Mapped[int] = mapped_column(
        ForeignKey("mission.id", ondelete="CASCADE"), index=True
    )
    request_id: Mapped[int | None] = mapped_column(
        ForeignKey("meeting_request.id", ondelete="SET NULL"), unique=True
    )
    organisation_a_id: Mapped[int] = mapped_column(
        ForeignKey("organisation.id", ondelete="CASCADE"), index=True
    )
    organisation_b_id: Mapped[int] = mapped_column(
        ForeignKey("organisation.id", ondelete="CASCADE"), index=True
    )
    session_id: Mapped[int] = mapped_column(
        ForeignKey("b2b_session.id", ondelete="CASCADE"), index=True
    )
    table_id: Mapped[int] = mapped_column(ForeignKey("b2b_table.id", ondelete="RESTRICT"))
    start_utc: Mapped[datetime] = mapped_column(UTCDateTime)
    end_utc: Mapped[datetime] = mapped_column(UTCDateTime)
    interpreter_id: Mapped[int | None] = mapped_column(
        ForeignKey("interpreter.id", ondelete="SET NULL")
    )
    locked: Mapped[bool] = mapped_column(Boolean, default=False)
    status: Mapped[MeetingStatus] = mapped_column(
        enum_column(MeetingStatus, "meeting_status"), default=MeetingStatus.SCHEDULED
    )
    # Marked on site (since 0012): a short note ("arrived 20 min late") and when it was marked.
    status_note: Mapped[str] = mapped_column(String(200), default="")
    status_at: Mapped[datetime | None] = mapped_column(UTCDateTime)

    mission: Mapped[Mission] = relationship(back_populates="meetings")
    request: Mapped[MeetingRequest | None] = relationship()
    organisation_a: Mapped[Organisation] = relationship(foreign_keys=[organisation_a_id])
    organisation_b: Mapped[Organisation] = relationship(foreign_keys=[organisation_b_id])
    session: Mapped[B2BSession] = relationship()
    table: Mapped[B2BTable] = relationship()
    interpreter: Mapped[Interpreter | None] = relationship()
    participant_links: Mapped[list[MeetingParticipant]] = relationship(
        cascade="all, delete-orphan", passive_deletes=True
    )


class MeetingParticipant(Versioned, Base):
    """A person who sits at a meeting (a team may send some of its delegates)."""

    __tablename__ = "meeting_participant"

    meeting_id: Mapped[int] = mapped_column(
        ForeignKey("meeting.id", ondelete="CASCADE"), primary_key=True
    )
    participant_id: Mapped[int] = mapped_column(
        ForeignKey("participant.id", ondelete="CASCADE"), primary_key=True, index=True
    )

    participant: Mapped[Participant] = relationship()
