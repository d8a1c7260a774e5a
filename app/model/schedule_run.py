"""What the scheduler's last runs found: so the coordinator still sees, after a restart, how
good the schedule is and why each request was left out."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Boolean, CheckConstraint, Float, ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from app.model.base import Base, Versioned
from app.model.mission import utc_now
from app.model.types import UTCDateTime


class ScheduleRun(Versioned, Base):
    """One run of the scheduler over a mission, as stored (or refused: ``stored`` is 0)."""

    __tablename__ = "schedule_run"
    __table_args__ = (
        CheckConstraint("status IN ('optimal', 'feasible', 'infeasible')", name="run_status"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    mission_id: Mapped[int] = mapped_column(
        ForeignKey("mission.id", ondelete="CASCADE"), index=True
    )
    finished_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utc_now)
    status: Mapped[str] = mapped_column(String(16))
    cancelled: Mapped[bool] = mapped_column(Boolean, default=False)
    time_limit_s: Mapped[float] = mapped_column(Float, default=60.0)
    weight: Mapped[int] = mapped_column(Integer, default=0)
    upper_bound: Mapped[float] = mapped_column(Float, default=0.0)
    breaks: Mapped[int] = mapped_column(Integer, default=0)
    # proven: no schedule of the same meetings has fewer breaks (None: no floor was found)
    breaks_floor: Mapped[int | None] = mapped_column(Integer, default=None)
    breaks_spread: Mapped[int] = mapped_column(Integer, default=0)
    moved_from_published: Mapped[int] = mapped_column(Integer, default=0)
    solve_seconds: Mapped[float] = mapped_column(Float, default=0.0)
    stored: Mapped[int] = mapped_column(Integer, default=0)  # meetings written
    scheduled: Mapped[str] = mapped_column(Text, default="[]")  # JSON: the pair ids placed
    unscheduled: Mapped[str] = mapped_column(Text, default="[]")  # JSON: pair id, reason …
