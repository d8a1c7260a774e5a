"""The participants table."""

from __future__ import annotations

from app.services.participants import ParticipantRow
from ui.models.common import Cell, RowTableModel, fold
from ui.models.labels import badge_label, side_label

COL_NAME = 0
COL_NAME_JA = 1
COL_ORGANISATION = 2
COL_SIDE = 3
COL_BADGE = 4
COL_LANGUAGES = 5
COL_EMAIL = 6


class ParticipantTableModel(RowTableModel[ParticipantRow]):
    """One person per row: Latin name in their own order, kanji name, organisation, side."""

    def headers(self) -> list[str]:
        return [
            self.tr("Name"),
            self.tr("Japanese name"),
            self.tr("Organisation"),
            self.tr("Side"),
            self.tr("Badge"),
            self.tr("Languages"),
            self.tr("E-mail"),
        ]

    def display(self, row: ParticipantRow, column: int) -> Cell:
        if column == COL_NAME:
            return row.latin_name
        if column == COL_NAME_JA:
            return row.kanji_name or ""
        if column == COL_ORGANISATION:
            return row.organisation_name or ""
        if column == COL_SIDE:
            return side_label(row.side)
        if column == COL_BADGE:
            return badge_label(row.badge_category)
        if column == COL_LANGUAGES:
            return ", ".join(row.languages)
        if column == COL_EMAIL:
            return row.email or ""
        return None

    def sort_key(self, row: ParticipantRow, column: int) -> Cell:
        if column == COL_NAME:
            return fold(f"{row.family_name} {row.given_name}")  # by family name, as lists do
        if column == COL_NAME_JA:
            return fold(row.kana_name or row.kanji_name or "") or "\uffff"
        return super().sort_key(row, column)

    def search_text(self, row: ParticipantRow) -> str:
        parts = [
            row.latin_name,
            row.kanji_name,
            row.kana_name,
            row.organisation_name,
            row.organisation_name_ja,
            row.email,
            row.title,
        ]
        return " ".join(p for p in parts if p)

    def side_column(self) -> int:
        return COL_SIDE

    def tooltip(self, row: ParticipantRow, column: int) -> str | None:
        if column == COL_NAME_JA and row.kana_name:
            return row.kana_name
        if column == COL_ORGANISATION and row.organisation_name_ja:
            return row.organisation_name_ja
        if column == COL_SIDE and row.delegation_name:
            return row.delegation_name
        return None
