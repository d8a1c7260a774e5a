"""The Outcomes page (issue 18): what each side says its held meetings produced, entered fast
per organisation (or by the survey forms written and read back here), and the follow-ups
the organisations agreed."""

from __future__ import annotations

from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from ui.context import AppContext
from ui.outcomes.entry import OutcomeEntry
from ui.outcomes.follow_ups import FollowUpsWidget
from ui.pages.base import Page


class OutcomesPage(Page):
    page_id = "outcomes"

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.tabs = QTabWidget(self)
        self.entry = OutcomeEntry(ctx, self)
        self.follow_ups = FollowUpsWidget(ctx, self)
        self.tabs.addTab(self.entry, self.tr("Outcomes"))
        self.tabs.addTab(self.follow_ups, self.tr("Follow-ups"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)

    def title(self) -> str:
        return self.tr("Outcomes")

    def ready(self) -> bool:
        """The tab shown has loaded (the other loads when it is shown)."""
        shown = self.tabs.currentWidget()
        return shown.ready() if isinstance(shown, OutcomeEntry | FollowUpsWidget) else True

    def show_example(self) -> None:
        if self.entry.choices:
            self.entry.choose(self.entry.choices[0].organisation_id)
