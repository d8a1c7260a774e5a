"""The contract between the main window (a shell) and its pages."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from ui.context import AppContext


class Page(QWidget):
    """A page of the main window.

    Subclasses set ``page_id`` (stable, used for screenshots and settings), implement
    ``title()`` (translated) and reload themselves on ``ctx.bus`` signals. ``ready()`` is
    True once the page has finished loading what it shows (tests and screenshots wait on it).
    """

    page_id = "page"

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx

    def title(self) -> str:
        raise NotImplementedError

    def ready(self) -> bool:
        return True

    def show_example(self) -> None:
        """Put the page in a state that shows what it does (screenshots call this)."""
