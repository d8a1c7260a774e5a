"""Others' changes to the open database, as they commit (see app.store.notifications): what
the window listens to so its pages show them without a restart."""

from __future__ import annotations

from app.store import Store
from app.store.notifications import Notice, OnChange, Watcher, watch

__all__ = ["Notice", "OnChange", "Watcher", "watch_changes"]


def watch_changes(store: Store, on_change: OnChange) -> Watcher:
    """A started watcher calling ``on_change(Notice)``, on its own thread, for each change
    another store (another coordinator, another window, a command) commits; stop it before
    closing ``store``."""
    return watch(store, on_change)
