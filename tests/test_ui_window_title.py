"""The window's title names the open database once, and Ponte once."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from app.common.paths import Paths
from tests.test_ui_shell import TURIN_TO_NAGOYA, make_db, make_shell, wait_open
from ui.application import Shell

__all__ = ["make_shell"]  # the fixture, used by name


def shown_title(title: str, display_name: str) -> str:
    """The title bar's text: Qt (QPlatformWindow::formatWindowTitle) adds " — <display name>"
    unless the title already ends with it."""
    if not display_name or title.endswith(display_name):
        return title or display_name
    return f"{title} — {display_name}" if title else display_name


def test_the_title_names_ponte_once(
    qtbot: QtBot, make_shell: Callable[..., Shell], paths: Paths, tmp_path: Path
) -> None:
    """ "demo.sqlite — Ponte", not "Ponte — demo.sqlite — Ponte"."""
    db = tmp_path / "demo.sqlite"
    make_db(db, paths, TURIN_TO_NAGOYA)
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    before = app.applicationDisplayName()
    app.setApplicationDisplayName("Ponte")  # as ui.application.prepare_application does
    try:
        shell = make_shell()
        assert shown_title(shell.window.windowTitle(), "Ponte") == "Ponte"
        shell.controller.open_startup(str(db))
        wait_open(qtbot, shell)
        assert shown_title(shell.window.windowTitle(), "Ponte") == "demo.sqlite — Ponte"
    finally:
        app.setApplicationDisplayName(before)
