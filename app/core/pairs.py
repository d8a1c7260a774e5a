"""The key of the meeting between two organisations: "M<lo>-<hi>".

A pair of organisations meets at most once per mission, so this key names its meeting for
the scheduler (problem and SCHEDULE.json ids), the kept runs, the publications and the
calendar UIDs — across re-scheduling, which writes new meeting rows, and across SQLite
handing a deleted row's id to another pair.
"""

from __future__ import annotations


def pair_key(organisation_a: int, organisation_b: int) -> str:
    """'M3-17' for organisations 17 and 3 (in either order)."""
    lo, hi = sorted((organisation_a, organisation_b))
    return f"M{lo}-{hi}"


def pair_of(key: str) -> tuple[int, int] | None:
    """The two organisation ids of a key made by :func:`pair_key` (None if it is not one)."""
    if not key.startswith("M"):
        return None
    try:
        lo, hi = (int(part) for part in key[1:].split("-"))
    except ValueError:
        return None
    return lo, hi
