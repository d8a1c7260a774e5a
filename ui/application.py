"""Start the window: the Qt application, fonts, language, and the shell around the pages."""

from __future__ import annotations

import json
import logging
import os
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer
from PySide6.QtGui import QFontDatabase, QIcon, QUndoStack
from PySide6.QtWidgets import QApplication, QWidget

from app import __version__
from app.common.files import keep_private
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
from ui.pages.base import Page
from ui.runner import DbRunner

log = logging.getLogger(__name__)

FONT_SUFFIXES = (".ttf", ".otf")
# Set by benchmarks/bench_startup.py: the window prints FIRST_PAINT_LINE on stdout once it has
# painted for the first time, then quits; set to "modules", it also prints the modules imported
# at that paint; set to "mission", it waits and prints MISSION_SHOWN_LINE once a mission is open
# and the page shown has loaded it.
EXIT_AFTER_FIRST_PAINT = "PONTE_EXIT_AFTER_FIRST_PAINT"
FIRST_PAINT_LINE = "ponte: first paint"
MODULES_AT_FIRST_PAINT = "ponte: modules at first paint: "
MISSION_SHOWN_LINE = "ponte: mission shown"


class _FirstPaint(QObject):
    """Watches a window for its first paint; once that paint is done, runs ``then``."""

    def __init__(self, window: QWidget, then: Callable[[], object]) -> None:
        super().__init__(window)
        self._then = then
        self._seen = False
        window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and not self._seen:
            self._seen = True
            self.painted()
            QTimer.singleShot(0, self._then)  # after this paint has been done
        return False

    def painted(self) -> None:
        """Called during the first paint (before ``then``)."""


class _ReportFirstPaint(_FirstPaint):
    """The benchmark's probe (see EXIT_AFTER_FIRST_PAINT): says that the window painted, then
    quits the application, or waits for the mission to be shown."""

    def __init__(self, shell: Shell, app: QApplication, how: str) -> None:
        super().__init__(shell.window, self._report)
        self._shell = shell
        self._app = app
        self._how = how
        self._modules: list[str] = []

    def painted(self) -> None:
        if self._how == "modules":
            self._modules = sorted(sys.modules)

    def _report(self) -> None:
        print(FIRST_PAINT_LINE, flush=True)
        if self._modules:
            print(MODULES_AT_FIRST_PAINT + json.dumps(self._modules), flush=True)
        if self._how == "mission":
            self._wait_for_mission()
        else:
            self._app.quit()

    def _wait_for_mission(self) -> None:
        page = self._shell.window.stack.currentWidget()
        shown = isinstance(page, Page) and page.ready()
        if self._shell.ctx.mission_id is not None and shown:
            print(MISSION_SHOWN_LINE, flush=True)
            self._app.quit()
        else:
            QTimer.singleShot(10, self._wait_for_mission)


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


def build_shell(
    paths: Paths, settings: Settings, *, persist: bool = True, first_page_later: bool = False
) -> Shell:
    """The context, the controller and the main window, wired; nothing is opened yet.
    ``first_page_later``: the first page is built by ``window.build_current_page()``."""
    ctx = AppContext(
        paths=paths, settings=settings, runner=DbRunner(), bus=ChangeBus(), undo=QUndoStack()
    )
    controller = MissionController(ctx, persist=persist)
    HeapKeeper(ctx, parent=controller)  # full collections skip a loaded mission's objects
    window = MainWindow(ctx, controller, first_page_later=first_page_later)
    return Shell(ctx=ctx, controller=controller, window=window)


def run_window(
    db: str | None = None, mission_id: int | None = None, actor: str | None = None
) -> int:
    """Show the window on ``db`` (else the last or the default database); returns the exit code.
    Its changes are by ``actor`` (``ponte --as``) or else the coordinator the settings name.

    A database that cannot be opened is reported in a message; the window stays usable with
    nothing open and the file is left as it was.
    """
    paths = Paths.for_user()
    log_file = configure_logging(paths)
    keep_private(paths)  # Ponte's folders 0700; the register of written folders
    log.info("Ponte %s starting", __version__)
    settings = load_settings(paths)
    app = prepare_application(choose_language(settings.ui_language))
    # The window shows first; its first page (whose actions load SQLAlchemy and the model)
    # is built and the database opened once it has painted (issue 14, item 8).
    shell = build_shell(paths, settings, first_page_later=True)
    shell.ctx.actor = actor
    previous_hook = install_error_hook(shell.window.show_problem, log_file)

    def start() -> None:
        shell.window.build_current_page()
        shell.controller.open_startup(db, mission_id)

    _FirstPaint(shell.window, start)
    if how := os.environ.get(EXIT_AFTER_FIRST_PAINT):
        _ReportFirstPaint(shell, app, how)
    shell.window.show()
    try:
        return app.exec()
    finally:
        shell.close()
        sys.excepthook = previous_hook
