"""Start the window: the Qt application, fonts, language, and the shell around the pages."""

from __future__ import annotations

import logging
import os
import sys
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer
from PySide6.QtGui import QFontDatabase, QIcon, QUndoStack
from PySide6.QtWidgets import QApplication

from app import __version__
from app.common.logs import configure_logging
from app.common.paths import Paths, resources_dir
from app.common.settings import Settings, load_settings
from ui.bus import ChangeBus
from ui.context import AppContext
from ui.errors import install_error_hook
from ui.heap import HeapKeeper, unfreeze_heap
from ui.i18n import choose_language, install_translators
from ui.main_window import MainWindow
from ui.mission_controller import MissionController
from ui.runner import DbRunner

log = logging.getLogger(__name__)

FONT_SUFFIXES = (".ttf", ".otf")
# Set (to anything) by benchmarks/bench_startup.py: the window prints FIRST_PAINT_LINE on
# stdout once it has painted for the first time, then quits.
EXIT_AFTER_FIRST_PAINT = "PONTE_EXIT_AFTER_FIRST_PAINT"
FIRST_PAINT_LINE = "ponte: first paint"


class _FirstPaint(QObject):
    """Watches a window for its first paint; then says so and quits the application."""

    def __init__(self, app: QApplication) -> None:
        super().__init__()
        self._app = app
        self._seen = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and not self._seen:
            self._seen = True
            QTimer.singleShot(0, self._report)  # after this paint has been done
        return False

    def _report(self) -> None:
        print(FIRST_PAINT_LINE, flush=True)
        self._app.quit()


def load_fonts(folder: Path) -> list[str]:
    """Make every .ttf/.otf in ``folder`` available to Qt; returns the families added."""
    families: list[str] = []
    if not folder.is_dir():
        return families
    for path in sorted(folder.iterdir()):
        if path.suffix.lower() not in FONT_SUFFIXES:
            continue
        font_id = QFontDatabase.addApplicationFont(str(path))
        if font_id < 0:
            log.warning("Qt could not load the font %s", path)
            continue
        families.extend(QFontDatabase.applicationFontFamilies(font_id))
    return families


def prepare_application(language: str) -> QApplication:
    """The process's QApplication (made if needed) with Ponte's names, fonts and ``language``."""
    app = QApplication.instance()
    if app is None:
        app = QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setApplicationName("Ponte")
    app.setApplicationDisplayName("Ponte")
    app.setOrganizationName("Ponte")
    app.setApplicationVersion(__version__)
    app.setWindowIcon(QIcon(str(resources_dir() / "icons" / "ponte.svg")))
    if not app.property("ponte_fonts_loaded"):  # fonts are process-wide; add them once
        load_fonts(resources_dir() / "fonts")
        app.setProperty("ponte_fonts_loaded", True)
    install_translators(app, language)
    return app


@dataclass
class Shell:
    """The window with what stands behind it; ``close()`` ends the worker and the database."""

    ctx: AppContext
    controller: MissionController
    window: MainWindow

    def close(self) -> None:
        self.window.close()
        self.controller.shutdown()
        self.window.deleteLater()
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        unfreeze_heap()  # what the window held may be collected again (tests build many)


def build_shell(paths: Paths, settings: Settings, *, persist: bool = True) -> Shell:
    """The context, the controller and the main window, wired; nothing is opened yet."""
    ctx = AppContext(
        paths=paths, settings=settings, runner=DbRunner(), bus=ChangeBus(), undo=QUndoStack()
    )
    controller = MissionController(ctx, persist=persist)
    HeapKeeper(ctx, parent=controller)  # full collections skip a loaded mission's objects
    window = MainWindow(ctx, controller)
    return Shell(ctx=ctx, controller=controller, window=window)


def run_window(db: str | None = None, mission_id: int | None = None) -> int:
    """Show the window on ``db`` (else the last or the default database); returns the exit code.

    A database that cannot be opened is reported in a message; the window stays usable with
    nothing open and the file is left as it was.
    """
    paths = Paths.for_user()
    log_file = configure_logging(paths)
    log.info("Ponte %s starting", __version__)
    settings = load_settings(paths)
    app = prepare_application(choose_language(settings.ui_language))
    shell = build_shell(paths, settings)
    previous_hook = install_error_hook(shell.window.show_problem, log_file)
    probe = _FirstPaint(app) if os.environ.get(EXIT_AFTER_FIRST_PAINT) else None
    if probe is not None:
        shell.window.installEventFilter(probe)
    shell.window.show()
    shell.controller.open_startup(db, mission_id)
    try:
        return app.exec()
    finally:
        shell.close()
        sys.excepthook = previous_hook
