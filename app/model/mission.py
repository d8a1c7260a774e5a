"""A mission, its venues and its delegations."""

from __future__ import annotations

from datetime import UTC, date, datetime
from typing import TYPE_CHECKING

from sqlalchemy import Boolean, CheckConstraint, Date, ForeignKey, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from app.model.base import Base, Versioned, enum_column
from app.model.enums import Side
from app.model.types import UTCDateTime, ZoneName

if TYPE_CHECKING:
    from app.model.agenda import AgendaItem
    from app.model.b2b import B2BSession, Meeting, MeetingRequest
    from app.model.people import Interpreter, Organisation, Participant
    from app.model.publication import Publication


def utc_now() -> datetime:
    return datetime.now(UTC)


class Mission(Versioned, Base):
    """One trip, e.g. "Torino → Nagoya, October 2027", in its host city's time zone."""

    __tablename__ = "mission"
    __table_args__ = (CheckConstraint("end_date >= start_date", name="dates_in_order"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    # The name in English (the fallback of every reader), and in Italian and Japanese (0006).
    name: Mapped[str] = mapped_column(String(200))
    name_it: Mapped[str | None] = mapped_column(String(200))
    name_ja: Mapped[str | None] = mapped_column(String(200))
    host_city: Mapped[str] = mapped_column(String(100))
    timezone: Mapped[str] = mapped_column(ZoneName)
    start_date: Mapped[date] = mapped_column(Date)
    end_date: Mapped[date] = mapped_column(Date)
    organiser: Mapped[str] = mapped_column(String(200), default="")
    organiser_email: Mapped[str | None] = mapped_column(String(254))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utc_now)
    # Badges printed before 0012 carry a guessable code PONTE:<mission>:<participant>: they are
    # accepted while this is true (missions that existed at the upgrade); once the badges are
    # printed again with tokens the coordinator turns it off and old badges are named stale.
    old_badge_codes: Mapped[bool] = mapped_column(Boolean, default=False)

    venues: Mapped[list[Venue]] = relationship(
        back_populates="mission", cascade="all, delete-orphan", passive_deletes=True
    )
    delegations: Mapped[list[Delegation]] = relationship(
        back_populates="mission", cascade="all, delete-orphan", passive_deletes=True
    )
    organisations: Mapped[list[Organisation]] = relationship(
        back_populates="mission", cascade="all, delete-orphan", passive_deletes=True
    )
    participants: Mapped[list[Participant]] = relationship(
        back_populates="mission", cascade="all, delete-orphan", passive_deletes=True
    )
    interpreters: Mapped[list[Interpreter]] = relationship(
        back_populates="mission", cascade="all, delete-orphan", passive_deletes=True
    )
    agenda_items: Mapped[list[AgendaItem]] = relationship(
        back_populates="mission", cascade="all, delete-orphan", passive_deletes=True
    )
    b2b_sessions: Mapped[list[B2BSession]] = relationship(
        back_populates="mission", cascade="all, delete-orphan", passive_deletes=True
    )
    meeting_requests: Mapped[list[MeetingRequest]] = relationship(
        back_populates="mission", cascade="all, delete-orphan", passive_deletes=True
    )
    meetings: Mapped[list[Meeting]] = relationship(
        back_populates="mission", cascade="all, delete-orphan", passive_deletes=True
    )
    publications: Mapped[list[Publication]] = relationship(
        back_populates="mission", cascade="all, delete-orphan", passive_deletes=True
    )


class Venue(Versioned, Base):
    """A place of the mission, with its own time zone (a visit may cross a border)."""

    __tablename__ = "venue"
    __table_args__ = (UniqueConstraint("mission_id", "name"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    mission_id: Mapped[int] = mapped_column(
        ForeignKey("mission.id", ondelete="CASCADE"), index=True
    )
    name: Mapped[str] = mapped_column(String(200))  # Latin script (English, the fallback)
    name_it: Mapped[str | None] = mapped_column(String(200))  # since 0006
    name_ja: Mapped[str | None] = mapped_column(String(200))
    address: Mapped[str] = mapped_column(Text, default="")
    address_ja: Mapped[str | None] = mapped_column(Text)
    city: Mapped[str] = mapped_column(String(100), default="")
    timezone: Mapped[str] = mapped_column(ZoneName)

    mission: Mapped[Mission] = relationship(back_populates="venues")


class VenueTravel(Versioned, Base):
    """How long it takes to go from one venue to another (the programme checks gaps with it).

    One row per direction: a coach from the hotel to a plant may not take as long back."""

    __tablename__ = "venue_travel"
    __table_args__ = (
        UniqueConstraint("from_venue_id", "to_venue_id"),
        CheckConstraint("from_venue_id <> to_venue_id", name="two_venues"),
        CheckConstraint("minutes BETWEEN 0 AND 1440", name="minutes_sane"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    mission_id: Mapped[int] = mapped_column(
        ForeignKey("mission.id", ondelete="CASCADE"), index=True
    )
    from_venue_id: Mapped[int] = mapped_column(ForeignKey("venue.id", ondelete="CASCADE"))
    to_venue_id: Mapped[int] = mapped_column(ForeignKey("venue.id", ondelete="CASCADE"))
    minutes: Mapped[int] = mapped_column()


class Delegation(Versioned, Base):
    """A group that travels or hosts: the Turin side or the Nagoya side."""

    __tablename__ = "delegation"
    __table_args__ = (UniqueConstraint("mission_id", "name"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    mission_id: Mapped[int] = mapped_column(
        ForeignKey("mission.id", ondelete="CASCADE"), index=True
    )
    side: Mapped[Side] = mapped_column(enum_column(Side, "side"))
    name: Mapped[str] = mapped_column(String(200))  # English, the fallback
    name_it: Mapped[str | None] = mapped_column(String(200))  # since 0006
    name_ja: Mapped[str | None] = mapped_column(String(200))
    head_id: Mapped[int | None] = mapped_column(
        ForeignKey("participant.id", ondelete="SET NULL", use_alter=True)
    )

    mission: Mapped[Mission] = relationship(back_populates="delegations")
    head: Mapped[Participant | None] = relationship(foreign_keys=[head_id], post_update=True)
    organisations: Mapped[list[Organisation]] = relationship(back_populates="delegation")
