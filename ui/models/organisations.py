"""The organisations table."""

from __future__ import annotations

from app.services.organisations import OrganisationRow
from ui.models.common import Cell, RowTableModel, fold, japanese_first
from ui.models.labels import sector_label, side_label

COL_NAME = 0
COL_NAME_JA = 1  # in Japanese: the name in Latin script (the first column has the Japanese)
COL_SIDE = 2
COL_SECTORS = 3
COL_CITY = 4
COL_PARTICIPANTS = 5


class OrganisationTableModel(RowTableModel[OrganisationRow]):
    """One organisation per row: Latin and Japanese names, side, sectors, people."""

    def headers(self) -> list[str]:
        return [
            self.tr("Name"),
            self.tr("Name in Latin script") if self.language == "ja" else self.tr("Japanese name"),
            self.tr("Side"),
            self.tr("Sectors"),
            self.tr("City"),
            self.tr("Participants"),
        ]

    def display(self, row: OrganisationRow, column: int) -> Cell:
        if column in (COL_NAME, COL_NAME_JA):
            if self.language == "ja":
                return japanese_first(row.name_ja, row.name)[column]
            return row.name if column == COL_NAME else row.name_ja or ""
        if column == COL_SIDE:
            return side_label(row.side)
        if column == COL_SECTORS:
            # Japanese lists are joined with the ideographic comma.
            return self.tr(", ").join(sector_label(s) for s in row.sectors)
        if column == COL_CITY:
            return row.city
        if column == COL_PARTICIPANTS:
            return row.participant_count
        return None

    def sort_key(self, row: OrganisationRow, column: int) -> Cell:
        if column == COL_PARTICIPANTS:
            return row.participant_count
        reading = fold(row.name_kana or row.name_ja or "")  # Japanese names by reading
        if column == COL_NAME and self.language == "ja":
            return reading or fold(row.name)
        if column == COL_NAME_JA:
            if self.language == "ja":
                return fold(row.name) if row.name_ja else "\uffff"
            return reading or "\uffff"  # those without a Japanese name go last
        return super().sort_key(row, column)

    def own_sort_columns(self) -> frozenset[int]:
        return frozenset({COL_NAME, COL_NAME_JA, COL_PARTICIPANTS})

    def search_text(self, row: OrganisationRow) -> str:
        parts = [row.name, row.name_ja, row.name_kana, row.city, row.delegation_name]
        return " ".join(p for p in parts if p)

    def side_column(self) -> int:
        return COL_SIDE

    def tooltip(self, row: OrganisationRow, column: int) -> str | None:
        kanji_column = COL_NAME if self.language == "ja" else COL_NAME_JA
        if column == kanji_column and row.name_kana:
            return row.name_kana
        if column == COL_SIDE and row.delegation_name:
            return self.tr("Delegation: {name}").format(name=row.delegation_name)
        return None
