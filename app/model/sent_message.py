"""The sent log: each message Ponte handed to a mail server, to whom, of which version, and
what the server said. It answers "who got version N?" and lets a stopped batch go on with
only the participants it did not reach."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import CheckConstraint, ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from app.model.base import Base, Versioned
from app.model.mission import utc_now
from app.model.types import UTCDateTime


class SentMessage(Versioned, Base):
    """One attempt to send one participant their agenda and calendar of version ``version``.

    ``outcome``: ``sent`` (the server accepted the message), ``refused`` (it refused the
    recipient or the message: ``detail`` holds its reply) or ``failed`` (the connection broke
    before the server accepted it). Erasing a participant erases their rows.
    """

    __tablename__ = "sent_message"
    __table_args__ = (
        CheckConstraint("outcome IN ('sent', 'refused', 'failed')", name="outcome_known"),
        CheckConstraint("version >= 1", name="version_positive"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    mission_id: Mapped[int] = mapped_column(
        ForeignKey("mission.id", ondelete="CASCADE"), index=True
    )
    participant_id: Mapped[int] = mapped_column(
        ForeignKey("participant.id", ondelete="CASCADE"), index=True
    )
    version: Mapped[int] = mapped_column(Integer)  # the publication's number
    at: Mapped[datetime] = mapped_column(UTCDateTime, default=utc_now)
    address: Mapped[str] = mapped_column(String(254))
    outcome: Mapped[str] = mapped_column(String(16))
    detail: Mapped[str] = mapped_column(Text, default="")  # the server's reply or the error
    message_id: Mapped[str] = mapped_column(String(250), default="")
    sent_by: Mapped[str] = mapped_column(String(200), default="")  # the SMTP account
