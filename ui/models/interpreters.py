"""The interpreters table."""

from __future__ import annotations

from collections.abc import Mapping

from app.services.interpreters import InterpreterRow
from ui.models.common import Cell, RowTableModel, fold, japanese_first

COL_NAME = 0
COL_NAME_JA = 1
COL_LANGUAGES = 2
COL_SESSIONS = 3
COL_BREAKS = 4


class InterpreterTableModel(RowTableModel[InterpreterRow]):
    """One interpreter per row: names in both scripts, languages, sessions worked, breaks."""

    def __init__(self, *, language: str = "en") -> None:
        self.session_names: Mapping[int, str] = {}
        super().__init__(language=language)

    def headers(self) -> list[str]:
        return [
            self.tr("Name"),
            self.tr("Name in Latin script") if self.language == "ja" else self.tr("Japanese name"),
            self.tr("Languages"),
            self.tr("Sessions worked"),
            self.tr("Unavailable"),
        ]

    def display(self, row: InterpreterRow, column: int) -> Cell:
        if column in (COL_NAME, COL_NAME_JA):
            japanese = row.kanji_name or row.kana_name
            if self.language == "ja":
                return japanese_first(japanese, row.latin_name)[column]
            return row.latin_name if column == COL_NAME else japanese or ""
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
        reading = fold(row.kana_name or row.kanji_name or "")
        if column == COL_NAME and self.language == "ja":
            return reading or fold(row.latin_name)
        if column == COL_NAME_JA:
            if self.language == "ja":
                return fold(row.latin_name) if reading else "\uffff"
            return reading or "\uffff"
        return super().sort_key(row, column)

    def own_sort_columns(self) -> frozenset[int]:
        return frozenset({COL_NAME, COL_NAME_JA})

    def search_text(self, row: InterpreterRow) -> str:
        return " ".join(
            x for x in (row.latin_name, row.kanji_name, row.kana_name, *row.languages) if x
        )

    def side_column(self) -> int:
        return -1
