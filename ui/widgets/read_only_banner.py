"""The strip across the top of the window when the open database lets this user only read:
it says what they may still do (print, check people in, mark meetings) and why the editing is
greyed."""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QWidget


class ReadOnlyBanner(QFrame):
    """Hidden until :meth:`show_read_only` (True); worded in the window's language."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("read_only_banner")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        # a calm amber, readable in light and dark themes (the text colour is set with it)
        self.setStyleSheet(
            "#read_only_banner { background: #fff4ce; border: 1px solid #e0b000; }"
            "#read_only_banner QLabel { color: #3d2e00; }"
        )
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 6, 10, 6)
        self.title = QLabel()
        self.title.setObjectName("read_only_title")
        font = self.title.font()
        font.setBold(True)
        self.title.setFont(font)
        self.text = QLabel()
        self.text.setObjectName("read_only_text")
        self.text.setWordWrap(True)
        layout.addWidget(self.title)
        layout.addWidget(self.text, 1)
        self._retranslate()
        self.setVisible(False)

    def show_read_only(self, read_only: bool) -> None:
        self.setVisible(read_only)

    def _retranslate(self) -> None:
        self.title.setText(self.tr("Read only"))
        self.text.setText(
            self.tr(
                "Your user on this server may read, print, check people in and mark meetings "
                "on the day, but not change other records. Ask the mission's coordinator for "
                "an editor's account."
            )
        )

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)
