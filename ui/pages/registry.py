"""The pages of the main window, in navigation order (later issues add theirs here).

A page's module is imported, and the page built, the first time the coordinator visits it
(:meth:`MainWindow` builds only the first at start): the Documents page alone pulls in
reportlab and the PDF preview. The navigation shows each page's title from here until then,
translated in the page's own context, so it reads exactly as the page's ``title()``.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from dataclasses import dataclass, field

from PySide6.QtCore import QCoreApplication

from ui.pages.base import Page


@dataclass(frozen=True)
class PageEntry:
    """One page: its id, where its class lives, and its title before it is built."""

    page_id: str
    module: str
    class_name: str
    title: Callable[[], str]
    _loaded: list[type[Page]] = field(default_factory=list, compare=False, repr=False)

    @classmethod
    def of(cls, page_class: type[Page], title: str | None = None) -> PageEntry:
        """An entry for a class already at hand (tests' stand-in pages)."""
        entry = cls(
            page_id=page_class.page_id,
            module=page_class.__module__,
            class_name=page_class.__name__,
            title=(lambda: title) if title is not None else (lambda: page_class.__name__),
        )
        entry._loaded.append(page_class)
        return entry

    def load(self) -> type[Page]:
        """The page's class (its module imported now if not yet)."""
        if not self._loaded:
            page_class = getattr(importlib.import_module(self.module), self.class_name)
            assert issubclass(page_class, Page), f"{self.module}.{self.class_name}"
            self._loaded.append(page_class)
        return self._loaded[0]


def _entry(page_id: str, module: str, class_name: str, title: str) -> PageEntry:
    # Translated with the page's class as context: the catalogue's entry for the page's own
    # self.tr(title), which is where pyside6-lupdate finds it (a test keeps the two equal).
    return PageEntry(
        page_id, module, class_name, lambda: QCoreApplication.translate(class_name, title)
    )


def page_entries() -> list[PageEntry]:
    """The pages in navigation order, none of them imported yet."""
    return [
        _entry("mission", "ui.pages.mission", "MissionPage", "Mission"),
        _entry("sessions", "ui.pages.sessions", "SessionsPage", "Sessions"),
        _entry("programme", "ui.pages.programme", "ProgrammePage", "Programme"),
        _entry("organisations", "ui.pages.organisations", "OrganisationsPage", "Organisations"),
        _entry("participants", "ui.pages.participants", "ParticipantsPage", "Participants"),
        _entry("interpreters", "ui.pages.interpreters", "InterpretersPage", "Interpreters"),
        _entry("requests", "ui.pages.requests", "RequestsPage", "Requests"),
        _entry("b2b", "ui.pages.b2b", "B2BPage", "B2B meetings"),
        _entry("documents", "ui.pages.documents", "DocumentsPage", "Documents"),
        _entry("publish", "ui.pages.publish", "PublishPage", "Publish"),
        _entry("check_in", "ui.pages.check_in", "CheckInPage", "Check-in"),
        _entry("outcomes", "ui.pages.outcomes", "OutcomesPage", "Outcomes"),
        _entry("dashboard", "ui.pages.dashboard", "DashboardPage", "Dashboard"),
    ]


def page_classes() -> list[type[Page]]:
    """Every page's class, in navigation order (this imports them all)."""
    return [entry.load() for entry in page_entries()]
