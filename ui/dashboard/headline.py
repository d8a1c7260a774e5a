"""The headline figures: a row of tiles, a large number over its caption."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QVBoxLayout, QWidget

COLUMNS = 5  # tiles in a row before the next row starts


@dataclass(frozen=True)
class Figure:
    """One tile: a stable key (tests find it by it), the number as shown, its caption."""

    key: str
    value: str
    caption: str
    tip: str = ""


class Tile(QFrame):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.value = QLabel(self)
        font = self.value.font()
        font.setPointSizeF(font.pointSizeF() * 1.9)
        font.setBold(True)
        self.value.setFont(font)
        self.value.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.caption = QLabel(self)
        self.caption.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.caption.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 4, 6, 4)
        layout.addWidget(self.value)
        layout.addWidget(self.caption)


class HeadlineFigures(QWidget):
    """``set_figures(figures)``: the tiles are kept while the keys are the same, so a live
    update changes numbers in place."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.grid = QGridLayout(self)
        self.grid.setContentsMargins(0, 0, 0, 0)
        self._tiles: dict[str, Tile] = {}

    def set_figures(self, figures: list[Figure]) -> None:
        keys = [f.key for f in figures]
        if keys != list(self._tiles):
            for tile in self._tiles.values():
                self.grid.removeWidget(tile)
                tile.deleteLater()
            self._tiles = {}
            for index, figure in enumerate(figures):
                tile = Tile(self)
                self.grid.addWidget(tile, index // COLUMNS, index % COLUMNS)
                self._tiles[figure.key] = tile
        for figure in figures:
            tile = self._tiles[figure.key]
            tile.value.setText(figure.value)
            tile.caption.setText(figure.caption)
            tile.setToolTip(figure.tip)

    def values(self) -> dict[str, str]:
        """Each tile's number as shown, by key (tests read them)."""
        return {key: tile.value.text() for key, tile in self._tiles.items()}
