"""A reader's account in the window: a banner says what they may do, the actions that
change records are greyed; taking the mission offline (a read) stays. On a real server."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from pytestqt.qtbot import QtBot

from app.common.paths import Paths
from app.common.settings import load_settings
from tests.test_server_roles import Server, server
from tests.test_ui_shell import make_shell, wait_open
from ui.application import Shell

__all__ = ["make_shell", "server"]  # the fixtures, used by name

pytestmark = pytest.mark.postgres


def _editing(shell: Shell) -> list[bool]:
    w = shell.window
    return [
        a.isEnabled()
        for a in (
            w.new_mission_action,
            w.import_action,
            w.setup_workbook_action,
            w.duplicates_action,
            w.erase_action,
        )
    ]


def test_a_reader_sees_the_banner_and_no_editing(
    qtbot: QtBot, make_shell: Callable[..., Shell], server: Server
) -> None:
    _, reader = server.user("reader")
    shell = make_shell()
    seen: list[bool] = []
    shell.ctx.bus.read_only_changed.connect(seen.append)
    shell.controller.open_startup(reader)
    wait_open(qtbot, shell)
    qtbot.waitUntil(lambda: shell.ctx.read_only)
    banner = shell.window.read_only_banner
    assert banner.isVisible() and "check people in" in banner.text.text()
    assert _editing(shell) == [False] * 5
    assert shell.window.offline.take_action.isEnabled()  # a copy for the venue is a read
    assert seen[-1] is True

    # the owner's account on the same server: everything back
    shell.controller.open_database(server.owner_url)
    qtbot.waitUntil(lambda: not shell.ctx.read_only)
    wait_open(qtbot, shell)
    assert not banner.isVisible()
    assert _editing(shell) == [True] * 5


def test_a_file_is_never_read_only(
    qtbot: QtBot, make_shell: Callable[..., Shell], tmp_path: object
) -> None:
    from pathlib import Path

    assert isinstance(tmp_path, Path)
    shell = make_shell()
    shell.controller.open_database(str(tmp_path / "own.sqlite"), create=True)
    wait_open(qtbot, shell)
    assert not shell.ctx.read_only and not shell.window.read_only_banner.isVisible()
    assert all(_editing(shell))


def test_a_readers_save_is_refused_in_words_on_the_page(
    qtbot: QtBot, server: Server, paths: Paths
) -> None:
    """Whatever the window lets through, the server refuses, and the page says why."""
    from ui.application import build_shell
    from ui.pages.mission import MissionPage

    _, reader = server.user("reader")
    shell = build_shell(paths, load_settings(paths), persist=False)
    try:
        shell.window.show()
        shell.controller.open_startup(reader, 1)
        wait_open(qtbot, shell)
        qtbot.waitUntil(lambda: shell.ctx.read_only)
        shell.window.show_page_id("mission")
        page = shell.window.stack.currentWidget()
        assert isinstance(page, MissionPage)
        form = page.form
        qtbot.waitUntil(lambda: form.organiser_edit.text() != "")
        form.organiser_edit.setText("Someone else")
        form.save()
        qtbot.waitUntil(lambda: form.general_error.text() != "", timeout=10000)
        assert "check people in and mark meetings" in form.general_error.text()
    finally:
        shell.close()
