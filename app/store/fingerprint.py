"""A cheap fingerprint of what an import matches its rows against: a mission's people,
organisations and the records the other sheets update. Taken when the preview is matched
and again once the import holds the mission lock; if they differ, someone changed the
mission in between (another import, a coordinator's edit) and the rows are matched again.

It is made of counts, sums of ids and sums of record versions (every ORM change moves a
version, migration 0009), one query, no personal data read.

The mission's creation time comes first: a mission deleted and another created with its
id (SQLite reuses ids) is told apart, and an import planned for the first is refused.

Its blind spot: on SQLite, where most tables lack AUTOINCREMENT (all but organisation,
participant and agenda_item at schema 0009), a record deleted and another created with the
same, reused, id and version (within the mission) leave the same figures; the mission
lock still keeps two imports apart, and the id reuse itself is the lead's migration to
make (strict xfails in tests/test_shared_concurrency.py).
"""

from __future__ import annotations

from sqlalchemy import text
from sqlalchemy.orm import Session

# The tables an import matches against, each reached from the mission: (table, join).
_TABLES: tuple[tuple[str, str], ...] = (
    ("participant", "t.mission_id = :m"),
    ("organisation", "t.mission_id = :m"),
    ("meeting_request", "t.mission_id = :m"),
    ("interpreter", "t.mission_id = :m"),
    ("venue", "t.mission_id = :m"),
    ("delegation", "t.mission_id = :m"),
    ("b2b_session", "t.mission_id = :m"),
    ("agenda_item", "t.mission_id = :m"),
    (
        "unavailability",
        "t.participant_id IN (SELECT id FROM participant WHERE mission_id = :m)",
    ),
    # a filled outcome survey (issue 18) matches held meetings, their answers, follow-ups
    ("meeting", "t.mission_id = :m"),
    ("meeting_outcome", "t.meeting_id IN (SELECT id FROM meeting WHERE mission_id = :m)"),
    ("follow_up", "t.mission_id = :m"),
)


def _part(table: str, where: str) -> str:
    return (
        f"(SELECT count(*) || ':' || coalesce(sum(t.id), 0) || ':' || coalesce(max(t.id), 0)"
        f" || ':' || coalesce(sum(t.row_version), 0) FROM {table} t WHERE {where})"
    )


# The mission itself first: when it was created tells it from another that took its id.
_MISSION = "coalesce((SELECT CAST(created_at AS TEXT) FROM mission WHERE id = :m), '')"
_QUERY = text(f"SELECT {_MISSION} || '#' || " + " || '/' || ".join(_part(t, w) for t, w in _TABLES))


def mission_fingerprint(session: Session, mission_id: int) -> str:
    """What the mission's records look like now, as one short string to compare."""
    return str(session.scalar(_QUERY, {"m": mission_id}))


def same_mission(before: str, now: str) -> bool:
    """Whether two fingerprints are of one mission (its records may differ): not so when
    the mission was deleted and another given its id (SQLite reuses a deleted row's id)."""
    return before.partition("#")[0] == now.partition("#")[0]
