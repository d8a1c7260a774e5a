"""A page's context for the window tests: a real store and mission, fresh workers; and the
window in another language for a while."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoStack
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
