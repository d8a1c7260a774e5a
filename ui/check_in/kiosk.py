"""The kiosk: a full-screen window on a second screen, facing the arrivals. It shows the last
answer in large type — the welcome in the person's language and the name in both scripts — and
has nothing to edit. The desk's field keeps the keyboard: the kiosk never takes the focus when
shown, and hands on any key it gets (a click on it, then a scan) to the desk."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import (
    QCloseEvent,
    QColor,
    QFont,
    QGuiApplication,
    QKeyEvent,
    QPalette,
    QResizeEvent,
)
from PySide6.QtWidgets import QVBoxLayout, QWidget

from app.model.enums import Side
from app.services.check_in import Arrival, ScanKind, ScanResult
from ui.check_in.answer_panel import scaled_label
from ui.check_in.outcomes import Tone

# Each language's words in itself (as ui.i18n.NATIVE_NAMES): an arrival reads their own, not
# the coordinator's. Italian's is the formal one that fits anyone.
WELCOME = {"it": "Le diamo il benvenuto", "ja": "ようこそ", "en": "Welcome"}
SEE_THE_DESK = {
    "it": "Si rivolga al banco, per favore",
    "ja": "受付係にお声がけください",
    "en": "Please see the desk",
}
LANGUAGE_OF_SIDE = {Side.TURIN: "it", Side.NAGOYA: "ja"}
WELCOMED = (ScanKind.CHECKED_IN, ScanKind.ALREADY, ScanKind.DOUBLE_READ)
TURNED_AWAY = (
    ScanKind.UNKNOWN,
    ScanKind.OTHER_MISSION,
    ScanKind.STALE_BADGE,
    ScanKind.MALFORMED,
)
IDLE_AFTER_MS = 30_000  # back to the plain welcome when nobody has come for a while


def languages_for(person: Arrival | None) -> list[str]:
    """The person's language first, then English (all three when the side is not known)."""
    first = LANGUAGE_OF_SIDE.get(person.side) if person is not None and person.side else None
    return [first, "en"] if first else ["it", "ja", "en"]


def guest_organisation(person: Arrival, desk_language: str) -> str | None:
    """The organisation as the guest reads it: the service words it in the desk's language,
    so a Japanese desk gives a Turin company in katakana, which its delegate would not
    recognise; then none."""
    if desk_language == "ja" and person.side is not Side.NAGOYA:
        return None
    return person.organisation


def honorific(person: Arrival) -> str | None:
    """The kanji name with 様, as a Japanese welcome names a guest."""
    return f"{person.kanji_name} 様" if person.kanji_name else None


class KioskWindow(QWidget):
    """``show_result(result)`` shows a scan's answer; ``closed`` when the coordinator leaves
    it (Esc or F11 on it, or the desk's button)."""

    closed = Signal()

    def __init__(self, forward: Callable[[QKeyEvent], None], parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setObjectName("kioskWindow")
        self.setWindowTitle("Ponte")
        self.setAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating, True)
        self.setAutoFillBackground(True)
        self.setCursor(Qt.CursorShape.BlankCursor)
        self._forward = forward
        self.greeting = scaled_label(self, "kioskGreeting", 4.0, bold=True)
        self.second = scaled_label(self, "kioskSecond", 2.4)
        self.kanji = scaled_label(self, "kioskKanji", 5.0, bold=True)
        self.latin = scaled_label(self, "kioskLatin", 4.0, bold=True)
        self.origin = scaled_label(self, "kioskOrigin", 2.2)
        # each line's height as a share of the screen's: read from across the hall
        self._shares = {
            self.greeting: 1 / 11,
            self.second: 1 / 20,
            self.kanji: 1 / 8,
            self.latin: 1 / 10,
            self.origin: 1 / 20,
        }
        layout = QVBoxLayout(self)
        layout.setContentsMargins(60, 40, 60, 40)
        layout.addStretch(1)
        for label in (self.greeting, self.second, self.kanji, self.latin, self.origin):
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
            layout.addWidget(label)
        layout.addStretch(1)
        self._idle = QTimer(self)
        self._idle.setSingleShot(True)
        self._idle.setInterval(IDLE_AFTER_MS)
        self._idle.timeout.connect(self.show_idle)
        self.result: ScanResult | None = None
        self.show_idle()

    # --- what it shows ---------------------------------------------------------------------

    def show_idle(self) -> None:
        self.result = None
        self._lines(" · ".join(WELCOME[lang] for lang in ("it", "ja", "en")))
        self._paint(Tone.QUIET)

    def show_result(self, result: ScanResult, desk_language: str = "en") -> None:
        """The answer to a scan, as an arrival reads it (a pick list or an empty line leave
        the screen as it was); ``desk_language``: the one the answer was worded in."""
        person = result.person
        if result.kind in WELCOMED and person is not None:
            first, *rest = languages_for(person)
            self._lines(
                WELCOME[first],
                " · ".join(WELCOME[lang] for lang in rest),
                honorific(person),
                person.latin_name,
                guest_organisation(person, desk_language),
            )
            self._paint(Tone.GOOD)
        elif result.kind in TURNED_AWAY:
            self._lines(SEE_THE_DESK["en"], f"{SEE_THE_DESK['it']} · {SEE_THE_DESK['ja']}")
            self._paint(Tone.BAD)
        else:
            return
        self.result = result
        self._idle.start()

    def _lines(self, *texts: str | None) -> None:
        labels = (self.greeting, self.second, self.kanji, self.latin, self.origin)
        for label, text in zip(labels, (*texts, *([None] * len(labels))), strict=False):
            label.setText(text or "")
            label.setVisible(bool(text))

    def _paint(self, tone: Tone) -> None:
        palette = self.palette()
        palette.setColor(QPalette.ColorRole.Window, QColor(tone.value))
        palette.setColor(QPalette.ColorRole.WindowText, QColor("white"))
        self.setPalette(palette)

    # --- where and how it is shown ---------------------------------------------------------

    def open_on_second_screen(self, desk: QWidget) -> None:
        """Full screen on a screen other than the desk's when there is one; else a large
        window beside the desk (full screen would hide the field the coordinator types in)."""
        screens = QGuiApplication.screens()
        own = desk.screen()
        others = [s for s in screens if s is not own]
        if others:
            target = others[0]
            self.setScreen(target)
            self.move(target.geometry().topLeft())
            self.showFullScreen()
        else:
            area = own.availableGeometry() if own is not None else None
            if area is not None:
                self.resize(int(area.width() * 0.6), int(area.height() * 0.6))
            self.show()
        desk.activateWindow()  # the scanner types into the desk, never into the kiosk

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        height = max(event.size().height(), 300)
        for label, share in self._shares.items():
            font = QFont(label.font())
            font.setPixelSize(max(12, int(height * share * 0.7)))  # the line is ~1.4 × the size
            label.setFont(font)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Escape, Qt.Key.Key_F11):
            self.close()
        else:
            self._forward(event)  # a click on the kiosk must not swallow the next scan

    def closeEvent(self, event: QCloseEvent) -> None:
        self._idle.stop()
        super().closeEvent(event)
        self.closed.emit()
