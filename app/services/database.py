"""Opening a database: the first action of the window and of every command.

A file path or a PostgreSQL URL; a file that is not Ponte's, or from a newer Ponte, is
refused with a :class:`StoreError` and left as it was. The :class:`Store` returned is the
handle every other action takes.
"""

from __future__ import annotations

from pathlib import Path

from app.common.paths import Paths
from app.store import BUSY_TIMEOUT_S, Location, Store, StoreError, open_store, parse_location

__all__ = ["Location", "Store", "StoreError", "open_database", "parse_location"]


def open_database(
    target: str | Path, *, paths: Paths, create: bool = True, busy_timeout: float = BUSY_TIMEOUT_S
) -> Store:
    """Open (creating or upgrading as needed) the database at ``target``; a change waits
    ``busy_timeout`` seconds for another program's lock before it is refused."""
    return open_store(target, paths=paths, create=create, busy_timeout=busy_timeout)
