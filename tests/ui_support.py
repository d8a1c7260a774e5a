"""A page's context for the window tests: a real store and mission, fresh workers; and the
window in another language for a while."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QUndoStack
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from app.common.paths import Paths
from app.common.settings import Settings
from app.store import Store
from ui.bus import ChangeBus
from ui.context import AppContext
from ui.i18n import install_translators
from ui.runner import DbRunner


def make_context(paths: Paths, store: Store, mission_id: int) -> AppContext:
    """What the window gives its pages, on ``store`` with ``mission_id`` open."""
    return AppContext(
        paths=paths,
        settings=Settings(),
        runner=DbRunner(),
        bus=ChangeBus(),
        undo=QUndoStack(),
        store=store,
        mission_id=mission_id,
    )


def close_context(qtbot: QtBot, context: AppContext) -> None:
    """Let the database worker finish, then stop both workers (the store stays open)."""
    qtbot.waitUntil(lambda: not context.runner.is_busy())
    context.undo.clear()
    context.compute.shutdown()
    context.mail.shutdown()
    context.network.shutdown()
    context.runner.shutdown()


@contextmanager
def window_language(lang: str) -> Iterator[None]:
    """The window's catalogue for ``lang`` (e.g. "ja") inside the block; afterwards no
    catalogue at all, so no translator is left behind for other tests."""
    app = QCoreApplication.instance()
    assert app is not None
    install_translators(app, lang)
    try:
        yield
    finally:
        for translator in install_translators(app, "en"):
            app.removeTranslator(translator)


def type_text(widget: QWidget, text: str) -> None:
    """Type any text as key events, kanji and full-width forms included (``qtbot.keyClicks``
    aborts on non-ASCII text in this Qt version)."""
    for ch in text:
        QTest.sendKeyEvent(
            QTest.KeyAction.Click, widget, Qt.Key.Key_unknown, ch, Qt.KeyboardModifier.NoModifier
        )


def type_over(qtbot: QtBot, target: QWidget, text: str) -> None:
    """Focus ``target``, select what it shows (Ctrl+A), type ``text`` over it, press Tab."""
    target.setFocus()

    def focused_inside() -> bool:
        widget = QApplication.focusWidget()
        return widget is not None and (widget is target or target.isAncestorOf(widget))

    qtbot.waitUntil(focused_inside)
    focused = QApplication.focusWidget()
    assert focused is not None
    QTest.keyClick(focused, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    type_text(focused, text)
    QTest.keyClick(focused, Qt.Key.Key_Tab)
