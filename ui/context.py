"""What a page needs to work, passed down explicitly (no global main window)."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from PySide6.QtGui import QUndoStack

from app.common.paths import Paths
from app.common.settings import Settings
from ui.bus import ChangeBus
from ui.runner import DbRunner

if TYPE_CHECKING:  # only named: SQLAlchemy loads with the first database, after the first paint
    from app.services.database import Store


@dataclass
class AppContext:
    """The open database and mission, the workers, the change bus and the undo stack.

    ``store`` and ``mission_id`` are None until a database and a mission are open; pages
    hear about changes to them through ``bus.mission_changed``.
    """

    paths: Paths
    settings: Settings
    runner: DbRunner  # every database read and write
    bus: ChangeBus
    undo: QUndoStack
    store: Store | None = None
    mission_id: int | None = None
    # the open database lets this user read (print, check in) but not change records: a
    # reader's account on a server (ui.access sets it, bus.read_only_changed announces it)
    read_only: bool = False
    extras: dict[str, object] = field(default_factory=dict)
    # long computations that touch no database (the scheduler's solve)
    compute: DbRunner = field(default_factory=lambda: DbRunner(name="ponte-compute"))
    # sending mail: waits on the network, writes the sent log as each answer comes
    mail: DbRunner = field(default_factory=lambda: DbRunner(name="ponte-mail"))
    # waiting on a server that touches no open database (a shared database's connection test)
    network: DbRunner = field(default_factory=lambda: DbRunner(name="ponte-network"))
