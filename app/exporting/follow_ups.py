"""The mission's follow-ups as one table (.xlsx or .csv, through the same writers as every
export: formula-looking text is made inert there), overdue ones first."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from sqlalchemy import select

from app.common.timezones import to_local
from app.core import messages as core_msg
from app.exporting.csv_out import write_csv
from app.exporting.errors import ExportError
from app.exporting.export import export_format
from app.exporting.tables import B, Cell, Column, D, N, Sheet, T, text
from app.exporting.xlsx import write_xlsx
from app.model import FollowUp, Mission, Organisation
from app.store import Store

FOLLOW_UP_COLUMNS: tuple[Column, ...] = (
    Column("ID", N),
    Column("Organisation A", T),
    Column("Organisation A (Japanese)", T),
    Column("Organisation B", T),
    Column("Organisation B (Japanese)", T),
    Column("Meeting", N),
    Column("What", T),
    Column("Due", D),
    Column("Owner", T),
    Column("Done", B),
    Column("Done on", D),
    Column("Overdue", B),
)


def follow_up_sheet(store: Store, mission_id: int, today: date) -> Sheet:
    """The follow-ups of the mission: overdue first, then by due date (none last)."""
    with store.session() as s:
        mission = s.get(Mission, mission_id)
        if mission is None:
            raise ExportError(core_msg.NO_MISSION(mission=mission_id))
        orgs = {
            o.id: o
            for o in s.scalars(select(Organisation).where(Organisation.mission_id == mission_id))
        }
        rows: list[tuple[tuple[object, ...], tuple[Cell, ...]]] = []
        for f in s.scalars(select(FollowUp).where(FollowUp.mission_id == mission_id)):
            a, b = orgs.get(f.organisation_a_id), orgs.get(f.organisation_b_id)
            overdue = f.done_at is None and f.due_date is not None and f.due_date < today
            done_on = to_local(f.done_at, mission.timezone).date() if f.done_at else None
            cells: tuple[Cell, ...] = (
                f.id,
                text(a.name) if a else "",
                text(a.name_ja) if a else "",
                text(b.name) if b else "",
                text(b.name_ja) if b else "",
                f.meeting_id,
                text(f.description),
                f.due_date,
                text(f.owner),
                f.done_at is not None,
                done_on,
                overdue,
            )
            key = (not overdue, f.done_at is not None, f.due_date or date.max, f.id)
            rows.append((key, cells))
        rows.sort(key=lambda r: r[0])
        return Sheet("Follow-ups", FOLLOW_UP_COLUMNS, tuple(c for _, c in rows))


def export_follow_ups(path: Path, store: Store, mission_id: int, today: date) -> Sheet:
    """Write the follow-ups to ``path`` (.xlsx or .csv, by its suffix); the table written."""
    suffix = export_format(path)
    sheet = follow_up_sheet(store, mission_id, today)
    if suffix == ".csv":
        write_csv(path, sheet)
    else:
        write_xlsx(path, [sheet], title=f"Ponte: follow-ups of mission {mission_id}")
    return sheet


__all__ = ["FOLLOW_UP_COLUMNS", "export_follow_ups", "follow_up_sheet"]
