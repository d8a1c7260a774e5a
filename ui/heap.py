"""Keeps Python's garbage collector off what the window holds once its pages have loaded.

A 10,000-participant mission holds about a million long-lived objects (rows, prepared
sort keys and search texts, pages' widgets' wrappers). Python's full collections walk all of
them: 0.1–2 s each, during which the window cannot repaint (the collector holds the GIL, so a
collection on the database worker stalls the UI thread as well). Each time the database
worker has finished what was asked of it and the answers have been shown, :func:`gc.freeze`
moves every object alive into the permanent generation, which collections skip: they walk
only what was made since. Objects freed later by their reference count are freed as before,
and what the pages load has next to no reference cycles (measured on a 10,000-person mission:
0 to 48 objects in cycles per page's load, out of hundreds of thousands), so the cycles left
in the permanent generation when those answers are replaced cost next to nothing.
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QObject, QTimer

from ui.context import AppContext


class HeapKeeper(QObject):
    """Freezes the heap when a mission is opened (the window as it is, before the pages load)
    and each time the database worker falls idle (what the pages have just shown)."""

    def __init__(self, ctx: AppContext, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self.freezes = 0  # how many times the heap was frozen (tests read it)
        ctx.bus.mission_changed.connect(lambda _mission: self._freeze())
        ctx.runner.busy_changed.connect(self._busy_changed)

    def _busy_changed(self, busy: object) -> None:
        if not busy:
            # after the callback of the last answer has run (it runs after this signal)
            QTimer.singleShot(0, self._when_idle)

    def _when_idle(self) -> None:
        if not self._ctx.runner.is_busy():
            self._freeze()

    def _freeze(self) -> None:
        gc.freeze()
        self.freezes += 1


def unfreeze_heap() -> None:
    """Give the frozen objects back to the collector (a window closed: what it held goes)."""
    gc.unfreeze()
