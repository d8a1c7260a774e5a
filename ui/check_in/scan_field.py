"""The desk's input: what a badge scanner types (a keyboard to the computer, ending with
Enter) or a name typed in either script.

Nothing acts on the text as it changes: a Japanese input method composes a name in several
steps, and its Enter commits the composition without ``returnPressed``. Only Enter (or a Tab
a scanner may be set to send) submits. Control characters, which a line edit drops as they are
typed, are kept, so that a scan that carried them is answered as malformed rather than as some
other code made of what was left."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QFont, QKeyEvent, QKeySequence
from PySide6.QtWidgets import QLineEdit, QWidget

MAX_LENGTH = 200  # a badge code is 12 characters, a name a few dozen


_EDITING = (
    QKeySequence.StandardKey.Paste,
    QKeySequence.StandardKey.Copy,
    QKeySequence.StandardKey.Cut,
    QKeySequence.StandardKey.SelectAll,
    QKeySequence.StandardKey.Redo,
    QKeySequence.StandardKey.DeleteStartOfWord,
    QKeySequence.StandardKey.DeleteEndOfWord,
    QKeySequence.StandardKey.MoveToStartOfLine,
    QKeySequence.StandardKey.MoveToEndOfLine,
)


def has_control_character(text: str) -> bool:
    return any(ord(ch) < 32 or ord(ch) == 127 for ch in text)


class ScanField(QLineEdit):
    """A large line edit: ``submitted(text)`` on Enter (then empty), ``moved(step)`` on the
    arrow keys (to pick among several people), ``undo_requested`` on Ctrl+Z (the field's own
    text undo is of no use: it is emptied after every Enter), ``escaped`` on Esc."""

    submitted = Signal(str)
    moved = Signal(int)
    undo_requested = Signal()
    escaped = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("scanField")
        self.setMaxLength(MAX_LENGTH)
        font = QFont(self.font())
        font.setPointSizeF(font.pointSizeF() * 2.2)
        self.setFont(font)
        self.setMinimumHeight(self.fontMetrics().height() + 24)
        self.setAttribute(Qt.WidgetAttribute.WA_InputMethodEnabled, True)
        self.returnPressed.connect(self._submit)

    def _submit(self) -> None:
        text = self.text()
        self.clear()
        self.submitted.emit(text)

    def event(self, event: QEvent) -> bool:
        # Ctrl+Z is the page's undo here, not the window's Edit > Undo nor the text's own
        if (
            event.type() == QEvent.Type.ShortcutOverride
            and isinstance(event, QKeyEvent)
            and (event.matches(QKeySequence.StandardKey.Undo) or event.key() == Qt.Key.Key_Escape)
        ):
            event.accept()
            return True
        return super().event(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if event.matches(QKeySequence.StandardKey.Undo):
            self.undo_requested.emit()
        elif key in (Qt.Key.Key_Up, Qt.Key.Key_Down):
            self.moved.emit(-1 if key == Qt.Key.Key_Up else 1)
        elif key == Qt.Key.Key_Escape:
            self.escaped.emit()
        elif key == Qt.Key.Key_Tab and event.modifiers() == Qt.KeyboardModifier.NoModifier:
            if self.text():
                self._submit()  # a scanner set to end its codes with Tab
        elif has_control_character(event.text()) and not self._editing_key(event):
            self.insert(event.text())  # kept: the scan is answered as malformed
        else:
            super().keyPressEvent(event)

    @staticmethod
    def _editing_key(event: QKeyEvent) -> bool:
        """Enter, Backspace, Delete and the editing shortcuts (Ctrl+V makes "\x16" too)."""
        if event.key() in (
            Qt.Key.Key_Return,
            Qt.Key.Key_Enter,
            Qt.Key.Key_Backspace,
            Qt.Key.Key_Delete,
        ):
            return True
        return any(event.matches(key) for key in _EDITING)

    def focusNextPrevChild(self, next: bool) -> bool:
        return False  # Tab never takes the focus away from the desk's field
