"""Announce changes; let views refresh themselves."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from app.core.changes import Changes


class ChangeBus(QObject):
    """``changed(changes, initiator)`` after every action that wrote to the database;
    ``mission_changed(mission_id or None)`` when another mission or database is opened;
    ``read_only_changed(read_only)`` when the open database's rights are known."""

    changed = Signal(object, object)  # Changes, the object that caused it (or None)
    mission_changed = Signal(object)
    read_only_changed = Signal(bool)  # the open database's user may only read (ui.access)

    def announce(self, changes: Changes, initiator: object | None = None) -> None:
        self.changed.emit(changes, initiator)
