"""The interpreters table."""

from __future__ import annotations

from collections.abc import Mapping

from app.services.interpreters import InterpreterRow
from ui.models.common import Cell, RowTableModel, fold

COL_NAME = 0
COL_NAME_JA = 1
COL_LANGUAGES = 2
COL_SESSIONS = 3
COL_BREAKS = 4


class InterpreterTableModel(RowTableModel[InterpreterRow]):
    """One interpreter per row: names in both scripts, languages, sessions worked, breaks."""

    def __init__(self) -> None:
        self.session_names: Mapping[int, str] = {}
        super().__init__()

    def headers(self) -> list[str]:
        return [
            self.tr("Name"),
            self.tr("Japanese name"),
            self.tr("Languages"),
            self.tr("Sessions worked"),
            self.tr("Unavailable"),
        ]

    def display(self, row: InterpreterRow, column: int) -> Cell:
        if column == COL_NAME:
            return row.latin_name
        if column == COL_NAME_JA:
            return row.kanji_name or row.kana_name or ""
        if column == COL_LANGUAGES:
            return ", ".join(row.languages)
        if column == COL_SESSIONS:
            if not row.session_ids:
                return self.tr("All")
            return ", ".join(self.session_names.get(i, f"#{i}") for i in row.session_ids)
        if column == COL_BREAKS:
            return row.breaks
        return None

    def sort_key(self, row: InterpreterRow, column: int) -> Cell:
        if column == COL_NAME_JA:
            return fold(row.kana_name or row.kanji_name or "") or "\uffff"
        return super().sort_key(row, column)

    def search_text(self, row: InterpreterRow) -> str:
        return " ".join(
            x for x in (row.latin_name, row.kanji_name, row.kana_name, *row.languages) if x
        )

    def side_column(self) -> int:
        return -1
