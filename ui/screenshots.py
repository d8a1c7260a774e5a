"""``ponte screenshots``: render every page of the window offscreen into PNG files."""

from __future__ import annotations

import os
import time
from collections.abc import Callable
from pathlib import Path

import click
from PySide6.QtCore import QCoreApplication, QEventLoop, QLocale
from PySide6.QtWidgets import QWidget

from app.common.paths import Paths
from app.common.settings import Settings
from ui.i18n import choose_language
from ui.pages.base import Page
from ui.runner import DbRunner

WINDOW_SIZE = (1400, 860)
PAGE_TIMEOUT_S = 30.0
SETTLE_S = 0.3  # a few more event rounds for layout, fonts and repaint after a page is ready


class ScreenshotsFailed(click.ClickException):
    """The screenshots could not be taken; the message says why (shown by the CLI)."""


def take_screenshots(
    db: str, out: str | Path, mission_id: int | None = None, language: str | None = None
) -> list[Path]:
    """Open ``db`` in the main window offscreen and save each page, the New mission dialog,
    the Mail settings dialog and the mission's History as ``<out>/<NN>-<page_id>.png``;
    returns the files written, in order.

    The database must exist; it is opened as the window would open it (upgraded after a
    backup if older) and the user's settings are neither read nor written.
    """
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from ui.application import build_shell, prepare_application

    code = choose_language(language)
    prepare_application(code)
    previous_locale = QLocale()
    if language is not None:
        QLocale.setDefault(QLocale(code))  # dates and numbers in the language asked for

    out_dir = Path(out)
    out_dir.mkdir(parents=True, exist_ok=True)
    shell = build_shell(Paths.for_user(), Settings(ui_language=language), persist=False)
    problems: list[str] = []
    shell.controller.problem.connect(lambda _title, message: problems.append(message))
    window, controller, runner = shell.window, shell.controller, shell.ctx.runner
    written: list[Path] = []
    try:
        window.resize(*WINDOW_SIZE)
        window.show()
        controller.open_database(db, create=False, mission_id=mission_id)
        if not _wait(lambda: controller.location() is not None or bool(problems)):
            raise ScreenshotsFailed(f"Opening {db} took longer than {PAGE_TIMEOUT_S:.0f} s.")
        if problems:
            raise ScreenshotsFailed(problems[0])
        window.resize(*WINDOW_SIZE)

        number = 0
        for index, page in enumerate(window.pages()):
            window.show_page(index)
            if not _wait(_loaded(page, runner)):
                raise ScreenshotsFailed(
                    f"The page {page.page_id!r} was not ready after {PAGE_TIMEOUT_S:.0f} s."
                )
            page.show_example()
            if not _wait(_loaded(page, runner)):
                raise ScreenshotsFailed(f"The page {page.page_id!r} did not settle.")
            number += 1
            written.append(_grab(window, out_dir / f"{number:02d}-{page.page_id}.png"))

        dialog = window.open_new_mission_dialog()
        number += 1
        written.append(_grab(dialog, out_dir / f"{number:02d}-new-mission.png"))
        dialog.reject()

        from app.services.mail import load_mail_settings
        from ui.dialogs.mail_settings import MailSettingsDialog

        mail = MailSettingsDialog(shell.ctx, load_mail_settings(Paths.for_user()), window)
        mail.show()
        number += 1
        written.append(_grab(mail, out_dir / f"{number:02d}-mail-settings.png"))
        mail.reject()

        history = window.open_history_dialog()
        if history is not None:  # a database with no mission has no history to show
            _wait(lambda: history.table.rowCount() > 0 and not runner.is_busy())
            number += 1
            written.append(_grab(history, out_dir / f"{number:02d}-history.png"))
            history.reject()
        if problems:
            raise ScreenshotsFailed(problems[0])
    finally:
        shell.close()
        QLocale.setDefault(previous_locale)
    return written


def _loaded(page: Page, runner: DbRunner) -> Callable[[], bool]:
    """True once ``page`` says it is ready and the worker has nothing left to do."""
    return lambda: page.ready() and not runner.is_busy()


def _wait(condition: Callable[[], bool], timeout_s: float = PAGE_TIMEOUT_S) -> bool:
    """Run the event loop until ``condition()`` holds (True) or the time is up (False)."""
    deadline = time.monotonic() + timeout_s
    while not condition():
        if time.monotonic() > deadline:
            return False
        QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)
        time.sleep(0.005)
    return True


def _settle() -> None:
    end = time.monotonic() + SETTLE_S
    while time.monotonic() < end:
        QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 20)
        time.sleep(0.01)


def _grab(widget: QWidget, path: Path) -> Path:
    _settle()
    if not widget.grab().save(str(path), "PNG"):
        raise ScreenshotsFailed(f"Could not write {path}.")
    return path
