"""Loads what a page shows on the database worker, dropping answers that came too late."""

from __future__ import annotations

import logging
from collections.abc import Callable

import shiboken6
from PySide6.QtCore import QObject, Signal

from app.services.database import Store
from ui.context import AppContext
from ui.pages.base import ShowGate

log = logging.getLogger(__name__)

ROWS = "rows"  # the key under which a hidden page holds the load of its rows


class RowsLoader(QObject):
    """Runs ``fetch(store, mission_id)`` through ``ctx.runner`` and emits ``loaded(result)``.

    Only the answer to the latest ``reload()`` is delivered, so a slow old query never
    overwrites a newer one. With no database or mission open, ``loaded(None)`` is emitted.
    ``key``: what the parent's show gate holds this loader's load under while the parent is
    hidden; two loaders of one parent need two keys, or the one held last would replace
    the other's load and leave it stale (never loaded, never ready).
    """

    loaded = Signal(object)
    failed = Signal(object)  # the exception
    loading_changed = Signal(bool)

    def __init__(
        self,
        ctx: AppContext,
        fetch: Callable[[Store, int], object],
        parent: QObject | None = None,
        *,
        key: str = ROWS,
    ) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._key = key
        self._fetch = fetch
        self._generation = 0
        self._loading = False
        self._has_loaded = False

    def is_loading(self) -> bool:
        return self._loading

    def has_loaded(self) -> bool:
        """True once the latest request was answered (rows or nothing to show)."""
        return self._has_loaded and not self._loading

    def reload(self) -> None:
        """Load again; a page hidden behind another one loads when it is shown (until then
        it is not ready, and an answer still on its way is dropped)."""
        gate = getattr(self.parent(), "show_gate", None)
        if not isinstance(gate, ShowGate):
            self._reload_now()
        elif gate.holds(self._key) or not gate.run(self._key, self._reload_now):
            self.mark_stale()  # (what the page holds under the key loads its rows when shown)

    def mark_stale(self) -> None:
        """What was loaded is out of date and no load is under way: not ready, and an answer
        still on its way is dropped."""
        self._generation += 1
        self._has_loaded = False
        self._set_loading(False)

    def _reload_now(self) -> None:
        self._generation += 1
        generation = self._generation
        store, mission_id = self._ctx.store, self._ctx.mission_id
        if store is None or mission_id is None:
            self._set_loading(False)
            self._has_loaded = True
            self.loaded.emit(None)
            return
        self._set_loading(True)
        fetch = self._fetch
        self._ctx.runner.run(
            lambda: fetch(store, mission_id),
            on_done=lambda result: self._done(generation, result),
            on_error=lambda exc: self._error(generation, exc),
        )

    def _done(self, generation: int, result: object) -> None:
        if not shiboken6.isValid(self) or generation != self._generation:
            return
        self._has_loaded = True
        self._set_loading(False)
        self.loaded.emit(result)

    def _error(self, generation: int, exc: BaseException) -> None:
        if not shiboken6.isValid(self) or generation != self._generation:
            return
        log.error("loading failed: %s", exc, exc_info=exc)
        self._has_loaded = True
        self._set_loading(False)
        self.failed.emit(exc)

    def _set_loading(self, loading: bool) -> None:
        if loading != self._loading:
            self._loading = loading
            self.loading_changed.emit(loading)
