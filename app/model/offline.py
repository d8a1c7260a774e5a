"""Where a mission taken offline came from (migration 0010): kept in the local file only.

``ponte offline take`` copies a mission from a server into a new local file and records here
the server (its URL without a password), when it was taken, and each copied row's
``row_version`` and values at that moment; ``ponte offline return`` compares the local rows,
these, and the server's rows to tell which side changed what. A server's own database has
this table empty."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import ForeignKey, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from app.model.base import Base
from app.model.mission import utc_now
from app.model.types import UTCDateTime


class OfflineOrigin(Base):
    """Mission ``mission_id`` of this file was taken from ``server`` at ``taken_at``.

    ``row_versions`` is JSON ``{table: {key: version}}`` (key: the primary key's values
    joined by ","), ``taken_values`` JSON ``{table: {key: {column: value}}}`` as they were
    taken (values as text); both are moved forward by each return."""

    __tablename__ = "offline_origin"

    id: Mapped[int] = mapped_column(primary_key=True)
    mission_id: Mapped[int] = mapped_column(
        ForeignKey("mission.id", ondelete="CASCADE"), unique=True
    )
    server: Mapped[str] = mapped_column(String(500))
    taken_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utc_now)
    returned_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    row_versions: Mapped[str] = mapped_column(Text, default="{}")
    taken_values: Mapped[str] = mapped_column(Text, default="{}")
