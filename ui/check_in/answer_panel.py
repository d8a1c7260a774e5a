"""The answer to the last scan, large: a coloured word, the person's names in both scripts,
their organisation and delegation, and the sentence of the check-in service."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFont, QPalette
from PySide6.QtWidgets import QFrame, QLabel, QSizePolicy, QVBoxLayout, QWidget

from app.services.check_in import Arrival
from ui.check_in.outcomes import Outcome, Tone
from ui.models.labels import side_label


def scaled_label(parent: QWidget, name: str, scale: float, *, bold: bool = False) -> QLabel:
    """A label whose type is ``scale`` times the window's, wrapping, white on the panel."""
    label = QLabel(parent)
    label.setObjectName(name)
    font = QFont(label.font())
    font.setPointSizeF(font.pointSizeF() * scale)
    font.setBold(bold)
    label.setFont(font)
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
    label.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
    return label


def where_from(person: Arrival) -> str:
    """Organisation and delegation (the side when there is no delegation), those there are."""
    group = person.delegation or side_label(person.side)
    return " · ".join(part for part in (person.organisation, group) if part)


class AnswerPanel(QFrame):
    """Set by :meth:`show_answer`; the colour is the panel's background (a palette, not a
    style sheet: re-styling on every scan costs more than the scan)."""

    def __init__(self, parent: QWidget | None = None, *, scale: float = 1.0) -> None:
        super().__init__(parent)
        self.setObjectName("answerPanel")
        self.setAutoFillBackground(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.word = scaled_label(self, "answerWord", 3.2 * scale, bold=True)
        self.latin = scaled_label(self, "answerLatin", 3.0 * scale, bold=True)
        self.kanji = scaled_label(self, "answerKanji", 3.0 * scale, bold=True)
        self.kana = scaled_label(self, "answerKana", 1.5 * scale)
        self.origin = scaled_label(self, "answerOrigin", 1.7 * scale)
        self.detail = scaled_label(self, "answerDetail", 1.3 * scale)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 18, 24, 18)
        layout.setSpacing(6)
        for label in (self.word, self.latin, self.kana, self.kanji, self.origin, self.detail):
            layout.addWidget(label)
        layout.addStretch(1)
        self.tone: Tone = Tone.QUIET
        self._paint(Tone.QUIET)
        self.clear()

    def clear(self, prompt: str = "") -> None:
        self.word.setText(prompt)
        for label in (self.latin, self.kanji, self.kana, self.origin, self.detail):
            label.clear()
            label.hide()
        self._paint(Tone.QUIET)

    def show_answer(self, answer: Outcome, person: Arrival | None) -> None:
        self.word.setText(answer.word)
        self._set(self.latin, person.latin_name if person else None)
        self._set(self.kanji, person.kanji_name if person else None)
        self._set(self.kana, person.kana_name if person else None)
        self._set(self.origin, where_from(person) if person else None)
        self._set(self.detail, answer.detail)
        self._paint(answer.tone)

    @staticmethod
    def _set(label: QLabel, text: str | None) -> None:
        label.setText(text or "")
        label.setVisible(bool(text))

    def _paint(self, tone: Tone) -> None:
        self.tone = tone
        palette = self.palette()
        palette.setColor(QPalette.ColorRole.Window, QColor(tone.value))
        palette.setColor(QPalette.ColorRole.WindowText, QColor("white"))
        self.setPalette(palette)
