"""A numbered release of the schedule that was sent out."""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING

from sqlalchemy import CheckConstraint, ForeignKey, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from app.model.base import Base, Versioned
from app.model.mission import utc_now
from app.model.types import UTCDateTime

if TYPE_CHECKING:
    from app.model.mission import Mission


class Publication(Versioned, Base):
    """Version ``number`` of a mission's schedule and programme, frozen as a JSON snapshot."""

    __tablename__ = "publication"
    __table_args__ = (
        UniqueConstraint("mission_id", "number"),
        CheckConstraint("number >= 1", name="number_positive"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    mission_id: Mapped[int] = mapped_column(
        ForeignKey("mission.id", ondelete="CASCADE"), index=True
    )
    number: Mapped[int] = mapped_column()
    published_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utc_now)
    published_by: Mapped[str] = mapped_column(String(200), default="")
    note: Mapped[str] = mapped_column(Text, default="")
    snapshot: Mapped[str] = mapped_column(Text, default="{}")

    mission: Mapped[Mission] = relationship(back_populates="publications")
