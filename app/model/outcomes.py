"""What the meetings produced (schema 0013): each side's outcome of a held meeting, and the
follow-ups agreed between two organisations, with a due date and an owner."""

from __future__ import annotations

from datetime import date, datetime
from typing import TYPE_CHECKING

from sqlalchemy import CheckConstraint, Date, ForeignKey, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from app.model.base import Base, Versioned, enum_column
from app.model.enums import MeetingSide, Outcome
from app.model.mission import utc_now
from app.model.types import UTCDateTime

if TYPE_CHECKING:
    from app.model.b2b import Meeting


class MeetingOutcome(Versioned, Base):
    """One side's answer about one held meeting: both sides' answers are kept, each its own
    row (never merged into one verdict)."""

    __tablename__ = "meeting_outcome"
    __table_args__ = (UniqueConstraint("meeting_id", "side"),)  # one answer per side

    id: Mapped[int] = mapped_column(primary_key=True)
    meeting_id: Mapped[int] = mapped_column(
        ForeignKey("meeting.id", ondelete="CASCADE"), index=True
    )
    side: Mapped[MeetingSide] = mapped_column(enum_column(MeetingSide, "meeting_side"))
    outcome: Mapped[Outcome] = mapped_column(enum_column(Outcome, "outcome"))
    note: Mapped[str] = mapped_column(Text, default="")
    recorded_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utc_now)
    source: Mapped[str] = mapped_column(String(200), default="")  # "window", a survey file name

    meeting: Mapped[Meeting] = relationship()


class FollowUp(Versioned, Base):
    """Something two organisations agreed to do after the mission: what, by when, who."""

    __tablename__ = "follow_up"
    __table_args__ = (
        CheckConstraint("organisation_a_id <> organisation_b_id", name="two_parties"),
        CheckConstraint("description <> ''", name="description_present"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    mission_id: Mapped[int] = mapped_column(
        ForeignKey("mission.id", ondelete="CASCADE"), index=True
    )
    organisation_a_id: Mapped[int] = mapped_column(
        ForeignKey("organisation.id", ondelete="CASCADE"), index=True
    )
    organisation_b_id: Mapped[int] = mapped_column(
        ForeignKey("organisation.id", ondelete="CASCADE"), index=True
    )
    meeting_id: Mapped[int | None] = mapped_column(ForeignKey("meeting.id", ondelete="SET NULL"))
    description: Mapped[str] = mapped_column(Text)
    due_date: Mapped[date | None] = mapped_column(Date)
    owner: Mapped[str] = mapped_column(String(200), default="")
    done_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utc_now)
