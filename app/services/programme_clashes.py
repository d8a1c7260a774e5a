"""The clashes in a mission's programme (app/core/programme_clashes.py), read from a store:
what the Programme page shows and ``ponte clashes`` prints, recomputed after every edit."""

from __future__ import annotations

from app.core.mission_record import load_mission
from app.core.programme_clashes import Clash, ClashKind, programme_clashes
from app.store import Store

__all__ = ["Clash", "ClashKind", "list_clashes"]


def list_clashes(store: Store, mission_id: int) -> tuple[Clash, ...]:
    """Every clash in the programme of ``mission_id``, by start (read in one snapshot);
    :class:`~app.core.errors.NotFound` when there is no such mission."""
    return programme_clashes(load_mission(store, mission_id))
