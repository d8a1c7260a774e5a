"""File › History of the mission…: who changed what and when, newest first (the audit log).

Each line shows the time twice, in the mission's time zone and in this computer's, the
coordinator who made the change and what it was, worded in the window's language. Older
lines are read a page at a time.
"""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.services.audit import HistoryPage, mission_history
from app.services.audit_messages import NO_HISTORY, SOMEONE
from ui.context import AppContext
from ui.errors import user_message
from ui.forms.fields import ERROR_STYLE
from ui.i18n import current_language

PAGE = 100


def _when(at: datetime, zone: ZoneInfo | None) -> str:
    shown = at.astimezone(zone) if zone is not None else at.astimezone()
    return shown.strftime("%Y-%m-%d %H:%M")


class HistoryDialog(QDialog):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.mission_id = ctx.mission_id
        self.setWindowTitle(self.tr("History of the mission"))
        self.resize(960, 560)
        self._loaded = 0
        self._zone: ZoneInfo | None = None
        self.table = QTableWidget(0, 4, self)
        self.table.setObjectName("history_table")
        self.table.setHorizontalHeaderLabels(
            [self.tr("When (mission)"), self.tr("When (here)"), self.tr("Who"), self.tr("What")]
        )
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        for column in range(3):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.message = QLabel(self)
        self.message.setObjectName("history_message")
        self.message.setWordWrap(True)
        intro = QLabel(
            self.tr(
                "Every change to this mission, newest first: who made it and which fields it "
                "changed (never their values)."
            ),
            self,
        )
        intro.setWordWrap(True)
        self.more_button = QPushButton(self.tr("Show older changes"), self)
        self.more_button.setEnabled(False)
        self.more_button.clicked.connect(self.load_more)
        self.close_button = QPushButton(self.tr("Close"), self)
        self.close_button.clicked.connect(self.accept)
        buttons = QHBoxLayout()
        buttons.addWidget(self.more_button)
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.message)
        layout.addLayout(buttons)
        self.load_more()

    def load_more(self) -> None:
        store, mission_id, offset = self.ctx.store, self.mission_id, self._loaded
        if store is None or mission_id is None:
            return
        self.more_button.setEnabled(False)
        self.ctx.runner.run(
            lambda: mission_history(store, mission_id, limit=PAGE, offset=offset),
            on_done=self._show,
            on_error=self._failed,
        )

    def _show(self, page: HistoryPage) -> None:
        language = current_language()
        if self._zone is None:
            try:
                self._zone = ZoneInfo(page.zone)
            except (KeyError, ValueError):  # a zone this computer does not know: local only
                self._zone = None
            header = self.table.horizontalHeaderItem(0)
            if header is not None:
                header.setText(self.tr("When ({zone})").format(zone=page.zone))
        for line in page.lines:
            row = self.table.rowCount()
            self.table.insertRow(row)
            cells = [
                _when(line.at, self._zone),
                _when(line.at, None),
                line.who or SOMEONE().text(language),
                line.what.text(language),
            ]
            for column, text in enumerate(cells):
                self.table.setItem(row, column, QTableWidgetItem(text))
        self._loaded += len(page.lines)
        self.more_button.setEnabled(page.has_more)
        self.message.setStyleSheet("")
        if not page.total:
            self.message.setText(NO_HISTORY().text(language))
        else:
            self.message.setText(
                self.tr("{shown} of {total} changes shown.").format(
                    shown=self._loaded, total=page.total
                )
            )

    def _failed(self, exc: BaseException) -> None:
        self.message.setStyleSheet(ERROR_STYLE)
        self.message.setText(self.tr("Could not read the history: {reason}").format(
            reason=user_message(exc)
        ))  # fmt: skip
        self.more_button.setEnabled(self._loaded > 0)
