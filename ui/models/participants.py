"""The participants table."""

from __future__ import annotations

from app.services.participants import ParticipantRow
from ui.models.common import Cell, RowTableModel, fold, japanese_first
from ui.models.labels import badge_label, side_label

COL_NAME = 0
COL_NAME_JA = 1  # in Japanese: the name in Latin script (the first column has the kanji)
COL_ORGANISATION = 2
COL_SIDE = 3
COL_BADGE = 4
COL_LANGUAGES = 5
COL_EMAIL = 6


class ParticipantTableModel(RowTableModel[ParticipantRow]):
    """One person per row: the name in the reader's script first (Latin in the person's own
    order, or kanji for a Japanese reader), the other script beside it, organisation, side."""

    def headers(self) -> list[str]:
        return [
            self.tr("Name"),
            self.tr("Name in Latin script") if self.language == "ja" else self.tr("Japanese name"),
            self.tr("Organisation"),
            self.tr("Side"),
            self.tr("Badge"),
            self.tr("Languages"),
            self.tr("E-mail"),
        ]

    def display(self, row: ParticipantRow, column: int) -> Cell:
        if column in (COL_NAME, COL_NAME_JA):
            if self.language == "ja":
                return japanese_first(row.kanji_name, row.latin_name)[column]
            return row.latin_name if column == COL_NAME else row.kanji_name or ""
        if column == COL_ORGANISATION:
            if self.language == "ja":
                return row.organisation_name_ja or row.organisation_name or ""
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
        # Latin names by family name, as lists do; Japanese names by their reading.
        ja = self.language == "ja"
        if column == COL_NAME and not (ja and row.kanji_name):
            return fold(f"{row.family_name} {row.given_name}")
        if column == COL_NAME or (column == COL_NAME_JA and not ja):
            return fold(row.kana_name or row.kanji_name or "") or "\uffff"
        if column == COL_NAME_JA:  # the Latin name beside a Japanese one
            return fold(f"{row.family_name} {row.given_name}") if row.kanji_name else "\uffff"
        return super().sort_key(row, column)

    def own_sort_columns(self) -> frozenset[int]:
        return frozenset({COL_NAME, COL_NAME_JA})

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
        kanji_column = COL_NAME if self.language == "ja" else COL_NAME_JA
        if column == kanji_column and row.kana_name:
            return row.kana_name
        if column == COL_ORGANISATION and row.organisation_name_ja:
            if self.language == "ja":
                return row.organisation_name
            return row.organisation_name_ja
        if column == COL_SIDE and row.delegation_name:
            return row.delegation_name
        return None
