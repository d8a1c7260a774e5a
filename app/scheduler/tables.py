"""Tables for meetings whose slots are chosen: any injective mapping per slot is valid.

Preferences, in order, slot by slot (slots in time order):

1. a *locked* published meeting keeps its published table (it never moves);
2. a published meeting still in its published slot keeps its published table if it is free;
3. a meeting keeps its table from ``previous`` (e.g. the grid before a re-run) if free;
4. a team stays at the table it used in its last meeting of the same session (people stay
   seated; the other side comes to them), if free;
5. otherwise the first free table, in the problem's table order.

Deterministic: the same input gives the same tables.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Mapping

from app.scheduler.problem import Problem


class TableError(ValueError):
    """More meetings in a slot than tables, or two locked meetings on one table."""


def assign_tables(
    problem: Problem,
    slot_of: Mapping[str, str],
    previous: Mapping[str, str] | None = None,
) -> dict[str, str]:
    """A table for every meeting of ``slot_of`` (meeting id → slot id); one meeting per table
    and slot."""
    tables = problem.tables
    order = {t: k for k, t in enumerate(tables)}
    published = problem.published_of
    previous = previous or {}
    by_slot: dict[str, list[str]] = defaultdict(list)
    for mid, s in slot_of.items():
        by_slot[s].append(mid)
    out: dict[str, str] = {}
    last_table: dict[str, str] = {}  # team -> its table in its latest meeting of the session
    current_session: str | None = None
    for s in problem.slots:
        session = problem.session_of[s]
        if session != current_session:
            last_table.clear()
            current_session = session
        mids = sorted(by_slot.get(s, ()))
        if len(mids) > len(tables):
            raise TableError(f"Slot {s!r} has {len(mids)} meetings but only {len(tables)} tables.")
        taken: dict[str, str] = {}  # table -> meeting

        def take(mid: str, table: str | None, taken: dict[str, str] = taken) -> bool:
            if table is None or table not in order or table in taken or mid in out:
                return False
            taken[table] = mid
            out[mid] = table
            return True

        for mid in mids:  # 1. locked
            p = published.get(mid)
            if (
                p is not None
                and p.locked
                and p.slot == s
                and not take(mid, p.table)
                and p.table in taken
            ):
                raise TableError(
                    f"Locked meetings {taken[p.table]!r} and {mid!r} share table {p.table!r} "
                    f"in slot {s!r}."
                )
        for mid in mids:  # 2. published, same slot
            p = published.get(mid)
            if p is not None and p.slot == s:
                take(mid, p.table)
        for mid in mids:  # 3. previous
            take(mid, previous.get(mid))
        for mid in mids:  # 4. a team stays seated
            m = problem.meeting[mid]
            for team in (m.a, m.b):
                if take(mid, last_table.get(team)):
                    break
        free = (t for t in tables if t not in taken)
        for mid in mids:  # 5. the first free table
            if mid not in out:
                take(mid, next(free))
        for mid in mids:
            m = problem.meeting[mid]
            last_table[m.a] = out[mid]
            last_table[m.b] = out[mid]
    return out
