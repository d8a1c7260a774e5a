"""What a database holds, for ``ponte info`` and the status bar."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.model import (
    AgendaItem,
    B2BSession,
    Delegation,
    Interpreter,
    Meeting,
    MeetingRequest,
    Mission,
    Organisation,
    Participant,
    Publication,
)
from app.store import Store
from app.store.migrate import current_revision


@dataclass(frozen=True)
class MissionCounts:
    id: int
    name: str
    host_city: str
    timezone: str
    dates: str
    counts: dict[str, int]


@dataclass(frozen=True)
class DatabaseReport:
    location: str
    schema: str | None
    missions: list[MissionCounts]

    def render(self) -> str:
        lines = [f"Database: {self.location}", f"Schema:   {self.schema}"]
        if not self.missions:
            lines.append("No missions yet.")
        for m in self.missions:
            lines.append("")
            lines.append(f"Mission {m.id}: {m.name}")
            lines.append(f"  {m.host_city}, {m.dates} ({m.timezone})")
            lines.extend(f"  {label:<18}{n:>6}" for label, n in m.counts.items())
        return "\n".join(lines)


_COUNTED: tuple[tuple[str, type], ...] = (
    ("delegations", Delegation),
    ("organisations", Organisation),
    ("participants", Participant),
    ("interpreters", Interpreter),
    ("agenda items", AgendaItem),
    ("B2B sessions", B2BSession),
    ("meeting requests", MeetingRequest),
    ("meetings", Meeting),
    ("publications", Publication),
)


def _counts(session: Session, mission_id: int) -> dict[str, int]:
    counts: dict[str, int] = {}
    for label, entity in _COUNTED:
        stmt = select(func.count()).select_from(entity).where(entity.mission_id == mission_id)  # type: ignore[attr-defined]
        counts[label] = session.scalar(stmt) or 0
    return counts


def describe_database(store: Store) -> DatabaseReport:
    """The missions of ``store`` with how many of each thing they hold."""
    with store.session() as session:
        schema = current_revision(session.connection())
        missions = [
            MissionCounts(
                id=m.id,
                name=m.name,
                host_city=m.host_city,
                timezone=m.timezone,
                dates=f"{m.start_date.isoformat()} – {m.end_date.isoformat()}",
                counts=_counts(session, m.id),
            )
            for m in session.scalars(select(Mission).order_by(Mission.start_date, Mission.id))
        ]
    return DatabaseReport(location=store.location.display(), schema=schema, missions=missions)
