"""The mission programme: plenaries, visits, ceremonies, dinners, transfers."""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING

from sqlalchemy import CheckConstraint, ForeignKey, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from app.model.base import Base, Versioned, enum_column
from app.model.enums import AgendaKind, Audience
from app.model.types import UTCDateTime, ZoneName

if TYPE_CHECKING:
    from app.model.mission import Delegation, Mission, Venue
    from app.model.people import Organisation, Participant


class AgendaItem(Versioned, Base):
    """A programme entry; start and end are UTC instants shown in ``timezone``.

    ``timezone`` is the zone the item is shown in — normally its venue's, kept on the item
    so that an item without a venue (a transfer, a flight) still has one.
    """

    __tablename__ = "agenda_item"
    __table_args__ = (
        CheckConstraint("end_utc > start_utc", name="ends_after_start"),
        CheckConstraint(
            "audience <> 'delegation' OR audience_delegation_id IS NOT NULL",
            name="delegation_audience_named",
        ),
        CheckConstraint(
            "audience <> 'organisation' OR audience_organisation_id IS NOT NULL",
            name="organisation_audience_named",
        ),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    mission_id: Mapped[int] = mapped_column(
        ForeignKey("mission.id", ondelete="CASCADE"), index=True
    )
    kind: Mapped[AgendaKind] = mapped_column(enum_column(AgendaKind, "agenda_kind"))
    title: Mapped[str] = mapped_column(String(300))
    title_it: Mapped[str | None] = mapped_column(String(300))
    title_ja: Mapped[str | None] = mapped_column(String(300))
    description: Mapped[str] = mapped_column(Text, default="")  # English (the fallback)
    description_it: Mapped[str | None] = mapped_column(Text)
    description_ja: Mapped[str | None] = mapped_column(Text)
    venue_id: Mapped[int | None] = mapped_column(ForeignKey("venue.id", ondelete="SET NULL"))
    start_utc: Mapped[datetime] = mapped_column(UTCDateTime)
    end_utc: Mapped[datetime] = mapped_column(UTCDateTime)
    timezone: Mapped[str] = mapped_column(ZoneName)
    audience: Mapped[Audience] = mapped_column(
        enum_column(Audience, "audience"), default=Audience.EVERYONE
    )
    audience_delegation_id: Mapped[int | None] = mapped_column(
        ForeignKey("delegation.id", ondelete="CASCADE")
    )
    audience_organisation_id: Mapped[int | None] = mapped_column(
        ForeignKey("organisation.id", ondelete="CASCADE")
    )

    mission: Mapped[Mission] = relationship(back_populates="agenda_items")
    venue: Mapped[Venue | None] = relationship()
    audience_delegation: Mapped[Delegation | None] = relationship()
    audience_organisation: Mapped[Organisation | None] = relationship()
    attendee_links: Mapped[list[AgendaAttendee]] = relationship(
        cascade="all, delete-orphan", passive_deletes=True
    )


class AgendaAttendee(Versioned, Base):
    """A named participant of an item whose audience is ``participants``."""

    __tablename__ = "agenda_attendee"

    agenda_item_id: Mapped[int] = mapped_column(
        ForeignKey("agenda_item.id", ondelete="CASCADE"), primary_key=True
    )
    participant_id: Mapped[int] = mapped_column(
        ForeignKey("participant.id", ondelete="CASCADE"), primary_key=True, index=True
    )

    participant: Mapped[Participant] = relationship()
