"""Others' changes shown as they happen: the open database's notifications (another
coordinator's save, an import from the command line) become the window's usual change
announcements on ``ctx.bus``, so the open pages reload their lists and views.

A form the coordinator is editing keeps their text: the record pages reload a form only when
it holds no unsaved change (ui.pages.records), and the bus carries nothing else. The status
bar says "Updated by {who} at {time}". The window's own changes are not announced back (the
store knows its own, see app.store.audit).
"""

from __future__ import annotations

import logging
from datetime import datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal

from app.core.changes import Changes
from ui.context import AppContext

if TYPE_CHECKING:  # the database's libraries load with the first database, not at start-up
    from app.services.live import Notice, Watcher

log = logging.getLogger(__name__)

# Which of the window's kinds of data each table feeds.
_KINDS: dict[str, str] = {
    "mission": "missions",
    "venue": "missions",
    "venue_travel": "missions",
    "delegation": "missions",
    "organisation": "organisations",
    "organisation_sector": "organisations",
    "participant": "participants",
    "participant_language": "participants",
    "interpreter": "participants",
    "interpreter_session": "participants",
    "unavailability": "participants",
    "agenda_item": "agenda",
    "agenda_attendee": "agenda",
    "b2b_session": "b2b",
    "b2b_break": "b2b",
    "b2b_table": "b2b",
    "session_delegation": "b2b",
    "meeting_request": "b2b",
    "meeting": "b2b",
    "meeting_participant": "b2b",
    "schedule_run": "b2b",
    "publication": "b2b",
    "sent_message": "b2b",
    "meeting_outcome": "b2b",  # what the meetings produced (issue 18): the Outcomes page
    "follow_up": "b2b",
}
# A burst of notices (an import's tables, one after the other) is one reload.
GATHER_MS = 250


def changes_for(tables: set[str]) -> Changes:
    """What the window must reload for changes to ``tables`` (an unknown one: everything)."""
    if any(t not in _KINDS for t in tables):
        return Changes.everything()
    return Changes(**{kind: True for kind in {_KINDS[t] for t in tables}})


class LiveUpdates(QObject):
    """Watches the database open in ``ctx`` (again whenever another is opened) and announces
    others' changes to the open mission on ``ctx.bus``; ``updated(text)`` for the status bar."""

    updated = Signal(str)
    _heard = Signal(object, object)  # (watcher's number, Notice), from its thread to this one

    def __init__(self, ctx: AppContext, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._watcher: Watcher | None = None
        self._watched: object | None = None
        self._generation = 0  # which watcher a notice comes from: an old one's are dropped
        self._tables: set[str] = set()
        self._who: list[str] = []
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(GATHER_MS)
        self._timer.timeout.connect(self._announce)
        self._heard.connect(self._on_notice)
        ctx.bus.mission_changed.connect(lambda _id: self.follow())

    def follow(self) -> None:
        """Watch the database open now (nothing if it is the one watched)."""
        store = self.ctx.store
        if store is self._watched:
            return
        self.stop()
        if store is None:
            return
        from app.services.live import watch_changes

        try:
            self._generation += 1
            generation = self._generation
            self._watcher = watch_changes(store, lambda n: self._heard.emit(generation, n))
            self._watched = store
        except Exception:  # live updates are a convenience: the window works without them
            log.exception("cannot watch %s for others' changes", store.location.display())

    def is_watching(self) -> bool:
        return self._watcher is not None

    def stop(self) -> None:
        watcher, self._watcher, self._watched = self._watcher, None, None
        if watcher is not None:  # told, not waited for: it ends within half a second
            watcher.stop(timeout=0)

    def _on_notice(self, generation: int, notice: Notice) -> None:
        if self._watcher is None or generation != self._generation:
            return
        other_mission = notice.mission_id not in (None, self.ctx.mission_id)
        if other_mission and notice.table != "mission":  # not shown here (its name is)
            return
        self._tables.add(notice.table)
        if notice.who and notice.who not in self._who:
            self._who.append(notice.who)
        self._timer.start()

    def _announce(self) -> None:
        tables, who = self._tables, self._who
        self._tables, self._who = set(), []
        if not tables:
            return
        self.ctx.bus.announce(changes_for(tables), self)
        names = ", ".join(who) if who else self.tr("another coordinator")
        when = datetime.now().astimezone().strftime("%H:%M")
        self.updated.emit(self.tr("Updated by {who} at {time}").format(who=names, time=when))
