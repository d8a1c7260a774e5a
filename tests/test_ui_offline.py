"""File › Take this mission offline… and Bring it back to the server…, off the UI thread,
on a real server."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from app.common.paths import Paths
from app.model import Participant
from app.services.check_in import check_in
from app.store import open_store
from tests.test_offline import MISSION, server
from tests.test_ui_shell import make_shell, wait_open
from ui.application import Shell

__all__ = ["make_shell", "server"]  # the fixtures, used by name

pytestmark = pytest.mark.postgres


def _box(qtbot: QtBot, shell: Shell, name: str) -> str:
    offline = shell.window.offline
    qtbot.waitUntil(lambda: offline.last_box is not None and offline.last_box.objectName() == name)
    assert offline.last_box is not None
    return offline.last_box.text()


def test_take_then_bring_back_from_the_window(
    qtbot: QtBot, make_shell: Callable[..., Shell], server: str, paths: Paths, tmp_path: Path
) -> None:
    shell = make_shell()
    offline = shell.window.offline
    shell.controller.open_database(server, mission_id=MISSION)
    wait_open(qtbot, shell)
    qtbot.waitUntil(lambda: shell.ctx.mission_id == MISSION)
    assert offline.take_action.isEnabled() and not offline.return_action.isEnabled()
    counted: list[tuple[int, int]] = []
    offline.progressed.connect(lambda done, total: counted.append((done, total)))

    path = tmp_path / "venue.sqlite"
    offline.take(path)
    assert "taken from" in _box(qtbot, shell, "offline_taken")
    assert path.exists() and counted and counted[-1][0] == counted[-1][1]

    shell.controller.open_database(str(path))
    qtbot.waitUntil(lambda: offline.return_action.isEnabled())
    assert not offline.take_action.isEnabled()
    with open_store(path, paths=paths) as local:
        check_in(local, 3)
        with local.session() as s:  # and a change the office made too: a conflict
            person = s.get(Participant, 4)
            assert person is not None
            person.email = "venue@example.org"
    with open_store(server, paths=paths) as remote, remote.session() as s:
        other = s.get(Participant, 4)
        assert other is not None
        other.email = "office@example.org"

    offline.last_box = None
    offline.bring_back()
    text = _box(qtbot, shell, "offline_returned")
    assert "applied: 1;" in text and "to decide: 1." in text
    assert offline.last_box is not None
    details = offline.last_box.detailedText()
    assert "'venue@example.org'" in details and "'office@example.org'" in details


def test_taking_needs_a_shared_database(
    qtbot: QtBot, make_shell: Callable[..., Shell], tmp_path: Path
) -> None:
    shell = make_shell()
    shell.controller.open_database(str(tmp_path / "own.sqlite"), create=True)
    wait_open(qtbot, shell)
    offline = shell.window.offline
    assert not offline.take_action.isEnabled() and not offline.return_action.isEnabled()
    offline.ask_take()
    assert "shared database" in _box(qtbot, shell, "offline_problem")
