"""The audit log: who changed which record of a mission, how and when.

One entry per row inserted, updated or deleted by a unit of work, written in the same
transaction as the change (so an entry exists exactly when its change does). It names the
record by table and id and the fields that changed, never their values: the log holds no
one's personal data beyond the coordinator's own name, and erasing a person leaves nothing
of them here.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import CheckConstraint, ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from app.model.base import Base
from app.model.mission import utc_now
from app.model.types import UTCDateTime


class AuditEntry(Base):
    """``who`` (the coordinator's name from settings, and the database user on a server)
    did ``action`` to row ``record_id`` of ``table_name`` at ``at``; ``fields`` is a JSON
    list of the changed columns' names (empty for inserts and deletes)."""

    __tablename__ = "audit_entry"
    __table_args__ = (
        CheckConstraint("action IN ('insert', 'update', 'delete')", name="audit_action"),
        Index("ix_audit_entry_mission_id_at", "mission_id", "at"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[datetime] = mapped_column(UTCDateTime, default=utc_now)
    mission_id: Mapped[int | None] = mapped_column(
        Integer, ForeignKey("mission.id", ondelete="CASCADE")
    )
    who: Mapped[str] = mapped_column(String(100), default="")
    db_user: Mapped[str] = mapped_column(String(63), default="")
    table_name: Mapped[str] = mapped_column(String(40))
    record_id: Mapped[int | None] = mapped_column(Integer)
    action: Mapped[str] = mapped_column(String(8))
    fields: Mapped[str] = mapped_column(Text, default="[]")
