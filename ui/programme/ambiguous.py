"""The question an hour shown twice asks (the night the clocks go back): which of the two?"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QMessageBox, QPushButton, QWidget

from app.services.programme import AmbiguousTime
from ui.i18n import current_language


class AmbiguousTimeBox(QMessageBox):
    """Two readings of one wall time, e.g. "02:30 CEST (before the clocks go back)" and
    "02:30 CET (after)"; ``answer(later)`` is called with the one chosen (not on Cancel)."""

    def __init__(
        self, question: AmbiguousTime, answer: Callable[[bool], object], parent: QWidget
    ) -> None:
        super().__init__(parent)
        self.setObjectName("ambiguous_time")
        self.setIcon(QMessageBox.Icon.Question)
        self.setWindowTitle(self.tr("Which time?"))
        self.setText(question.message.text(current_language()))
        self.earlier: QPushButton = self.addButton(
            self.tr("{time} (before the clocks go back)").format(time=question.choice(False)),
            QMessageBox.ButtonRole.AcceptRole,
        )
        self.earlier.setObjectName("earlier")
        self.later: QPushButton = self.addButton(
            self.tr("{time} (after)").format(time=question.choice(True)),
            QMessageBox.ButtonRole.AcceptRole,
        )
        self.later.setObjectName("later")
        self.addButton(QMessageBox.StandardButton.Cancel)

        def finished(_result: int) -> None:
            clicked = self.clickedButton()
            if clicked is self.earlier:
                answer(False)
            elif clicked is self.later:
                answer(True)

        self.finished.connect(finished)
