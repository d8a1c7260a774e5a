"""The contract between the main window (a shell) and its pages."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QWidget

from ui.context import AppContext


def hidden_behind(widget: QWidget) -> bool:
    """Whether ``widget`` sits hidden in a window the coordinator sees (a page behind the
    current one). A widget alone, or in a window not shown (tests, a window being built), is
    not: it loads at once as it always did."""
    window = widget.window()
    return window is not widget and window.isVisible() and not widget.isVisible()


class ShowGate(QObject):
    """Holds work for a widget while it is hidden behind another page of a shown window, and
    does it when the widget is next shown: a page the coordinator is not looking at does not
    reload after every change (ten pages reloading a 10,000-person mission after one save
    queued ~190 statements ahead of the saved row and stalled the window for seconds).

    Work is held by key: the latest action of a key replaces an earlier one (three changes
    while hidden are one reload when shown)."""

    def __init__(self, widget: QWidget) -> None:
        super().__init__(widget)
        self._widget = widget
        self._held: dict[str, Callable[[], object]] = {}
        widget.installEventFilter(self)

    def run(self, key: str, action: Callable[[], object]) -> bool:
        """Do ``action`` now (True) or, the widget being hidden, when it is shown (False)."""
        if hidden_behind(self._widget):
            self._held[key] = action
            return False
        self._held.pop(key, None)
        action()
        return True

    def holds(self, key: str | None = None) -> bool:
        """Whether work (of ``key``, or any) waits for the widget to be shown."""
        return bool(self._held) if key is None else key in self._held

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._widget and event.type() == QEvent.Type.Show and self._held:
            held, self._held = self._held, {}
            for action in held.values():
                action()
        return False


class Page(QWidget):
    """A page of the main window.

    Subclasses set ``page_id`` (stable, used for screenshots and settings), implement
    ``title()`` (translated) and reload themselves on ``ctx.bus`` signals. ``ready()`` is
    True once the page has finished loading what it shows (tests and screenshots wait on it).

    A page hidden behind another one does not reload: its reloads go through
    :meth:`when_shown` (its ``RowsLoader`` does so by itself) and happen when it is shown.
    """

    page_id = "page"

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.show_gate = ShowGate(self)

    def when_shown(self, key: str, action: Callable[[], object]) -> bool:
        """Do ``action`` now if the page can be seen (True), else when it is next shown."""
        return self.show_gate.run(key, action)

    def title(self) -> str:
        raise NotImplementedError

    def ready(self) -> bool:
        return True

    def show_example(self) -> None:
        """Put the page in a state that shows what it does (screenshots call this)."""
