"""What the open database lets this user do, shown before they try.

A reader's account on a server (``ponte server user add NAME --role reader``) reads,
prints and checks people in; the server refuses its other changes anyway (SQLSTATE 42501,
worded as NotPermitted). When a database opens, :class:`AccessWatcher` asks it (off the UI
thread), sets ``ctx.read_only`` and announces ``bus.read_only_changed``; the widgets given
to :meth:`AccessWatcher.editing` are disabled while it is read-only, and enabled again as
they were when another database opens. Check-in and printing are never given to it."""

from __future__ import annotations

from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QObject

from ui.context import AppContext

if TYPE_CHECKING:
    from app.services.database import Location, Store


class _Enablable(Protocol):
    def setEnabled(self, enabled: bool) -> None: ...

    def isEnabled(self) -> bool: ...


def _read_only(store: Store) -> bool:
    from app.services.server_roles import is_read_only

    return is_read_only(store)


class AccessWatcher(QObject):
    def __init__(self, ctx: AppContext, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._editing: list[_Enablable] = []
        ctx.bus.read_only_changed.connect(self._apply)

    def editing(self, *widgets: _Enablable) -> None:
        """These change records: disabled while the database is read-only."""
        self._editing += widgets
        if self.ctx.read_only:
            for widget in widgets:
                widget.setEnabled(False)

    def database_opened(self, location: Location | None) -> None:
        """Ask the newly open database (None: closed) whether this user may change it."""
        store = self.ctx.store
        if location is None or store is None or location.is_sqlite:
            self._set(False)
            return
        self.ctx.runner.run(lambda: _read_only(store), on_done=self._set, on_error=self._unknown)

    def _unknown(self, _exc: BaseException) -> None:
        self._set(False)  # the server will say it if a change is refused

    def _set(self, read_only: bool) -> None:
        # announced even when unchanged: the window re-enables some actions for each database
        self.ctx.read_only = read_only
        self.ctx.bus.read_only_changed.emit(read_only)

    def _apply(self, read_only: bool) -> None:
        for widget in self._editing:
            if read_only:
                widget.setEnabled(False)
            elif not widget.isEnabled():
                widget.setEnabled(True)
