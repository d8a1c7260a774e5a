"""The window and durable files: File › Restore from a backup… lists the backups with time
and counts and restores the chosen one; a damaged file is set aside and the newest good
backup offered; a busy file is announced in the status bar; closing backs a changed file up."""

from __future__ import annotations

import sqlite3
import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot
from sqlalchemy import text

from app.common.paths import Paths
from app.common.settings import load_settings
from app.services.backups import backups, make_backup
from app.store import open_store
from tests.demo_support import CopyDemo
from tests.sqlite_support import sqlite_dump
from tests.test_durable_files import _damage
from ui.application import Shell, build_shell
from ui.dialogs.restore_backup import RestoreBackupDialog
from ui.pages import registry


@pytest.fixture
def make_shell(
    qapp: QApplication, paths: Paths, monkeypatch: pytest.MonkeyPatch
) -> Iterator[Callable[[], Shell]]:
    monkeypatch.setattr(registry, "page_entries", lambda: [])  # the shell alone: quick
    shells: list[Shell] = []

    def make() -> Shell:
        shell = build_shell(paths, load_settings(paths))
        shells.append(shell)
        shell.window.show()
        return shell

    yield make
    for shell in shells:
        if not shell.controller._closed:  # a test may have closed it itself
            shell.close()


def _wait_open(qtbot: QtBot, shell: Shell) -> None:
    qtbot.waitUntil(lambda: shell.controller.location() is not None, timeout=20000)
    qtbot.waitUntil(lambda: not shell.ctx.runner.is_busy(), timeout=20000)


def _participants(path: Path) -> int:
    con = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)
    try:
        return int(con.execute("SELECT count(*) FROM participant").fetchone()[0])
    finally:
        con.close()


def test_restore_dialog_lists_backups_and_restores_the_chosen_one(
    qtbot: QtBot,
    make_shell: Callable[[], Shell],
    paths: Paths,
    tmp_path: Path,
    copy_demo: CopyDemo,
) -> None:
    db = copy_demo(tmp_path / "mission.sqlite")
    manual = make_backup(db, paths)
    wanted = sqlite_dump(manual)
    count = _participants(db)
    with open_store(db, paths=paths) as store, store.session() as s:
        s.execute(text("UPDATE mission SET organiser = 'changed'"))
    shell = make_shell()
    shell.controller.open_database(str(db))
    _wait_open(qtbot, shell)
    assert shell.window.restore_backup_action.isEnabled()

    dialog = shell.window.open_restore_backup_dialog()
    assert isinstance(dialog, RestoreBackupDialog)
    rows = backups(db, paths)
    assert dialog.tree.topLevelItemCount() == len(rows) >= 1
    texts = [
        [dialog.tree.topLevelItem(i).text(c) for c in range(5)]  # type: ignore[union-attr]
        for i in range(dialog.tree.topLevelItemCount())
    ]
    [by_hand] = [t for t in texts if t[1] == "made by hand"]
    assert by_hand[2] == str(count) and by_hand[4] == "yes" and by_hand[0]
    # choose the manual one
    for i in range(dialog.tree.topLevelItemCount()):
        item = dialog.tree.topLevelItem(i)
        assert item is not None
        if item.text(1) == "made by hand":
            dialog.tree.setCurrentItem(item)
    assert dialog.chosen() == manual
    assert dialog.restore_button.isEnabled()
    dialog.restore_button.click()
    qtbot.waitUntil(lambda: "restored from" in shell.window.statusBar().currentMessage())
    _wait_open(qtbot, shell)
    qtbot.waitUntil(lambda: shell.ctx.store is not None and not shell.ctx.runner.is_busy())
    assert sqlite_dump(db) == wanted
    kept = [p for p in tmp_path.iterdir() if ".before-restore-" in p.name and p.suffix != ""]
    assert kept, "the replaced file is kept aside"


def test_a_damaged_file_offers_the_newest_good_backup(
    qtbot: QtBot,
    make_shell: Callable[[], Shell],
    paths: Paths,
    tmp_path: Path,
    copy_demo: CopyDemo,
) -> None:
    db = copy_demo(tmp_path / "mission.sqlite")
    good = make_backup(db, paths)
    _damage(db)
    shell = make_shell()
    shell.controller.open_database(str(db))
    qtbot.waitUntil(lambda: bool(shell.window.open_messages()), timeout=20000)
    box = shell.window.open_messages()[-1]
    assert "damaged" in box.text() and str(good) in box.text()
    assert (tmp_path / "mission.sqlite.damaged").exists() and not db.exists()
    restore = next(b for b in box.buttons() if b.text().replace("&", "") == "Restore")
    restore.click()
    _wait_open(qtbot, shell)
    assert shell.controller.location() is not None
    assert db.exists() and sqlite_dump(db) == sqlite_dump(good)


def test_a_damaged_file_can_be_left_aside(
    qtbot: QtBot,
    make_shell: Callable[[], Shell],
    paths: Paths,
    tmp_path: Path,
    copy_demo: CopyDemo,
) -> None:
    db = copy_demo(tmp_path / "mission.sqlite")
    make_backup(db, paths)
    _damage(db)
    shell = make_shell()
    shell.controller.open_database(str(db))
    qtbot.waitUntil(lambda: bool(shell.window.open_messages()), timeout=20000)
    box = shell.window.open_messages()[-1]
    box.button(QMessageBox.StandardButton.Cancel).click()
    qtbot.waitUntil(lambda: not shell.ctx.runner.is_busy())
    assert not db.exists() and shell.ctx.store is None


def test_a_busy_file_is_announced_in_the_status_bar(
    qtbot: QtBot,
    make_shell: Callable[[], Shell],
    paths: Paths,
    tmp_path: Path,
    copy_demo: CopyDemo,
) -> None:
    db = copy_demo(tmp_path / "mission.sqlite")
    shell = make_shell()
    shell.controller.open_database(str(db))
    _wait_open(qtbot, shell)
    store = shell.ctx.store
    assert store is not None
    started = threading.Event()

    def hold() -> None:
        other = sqlite3.connect(db, isolation_level=None, check_same_thread=False)
        other.execute("BEGIN IMMEDIATE")
        started.set()
        time.sleep(2.0)
        other.execute("ROLLBACK")
        other.close()

    holder = threading.Thread(target=hold)
    holder.start()
    started.wait(10)

    def write() -> None:
        with store.session() as s:
            s.execute(text("UPDATE mission SET organiser = organiser"))

    shell.ctx.runner.run(write)
    qtbot.waitUntil(
        lambda: "Waiting for another program" in shell.window.statusBar().currentMessage(),
        timeout=5000,
    )
    holder.join()
    qtbot.waitUntil(lambda: not shell.ctx.runner.is_busy())


def test_closing_the_window_backs_a_changed_file_up(
    qtbot: QtBot,
    make_shell: Callable[[], Shell],
    paths: Paths,
    tmp_path: Path,
    copy_demo: CopyDemo,
) -> None:
    db = copy_demo(tmp_path / "mission.sqlite")
    shell = make_shell()
    shell.controller.open_database(str(db))
    _wait_open(qtbot, shell)
    before = len(backups(db, paths))  # the one made as it opened
    store = shell.ctx.store
    assert store is not None
    with store.session() as s:
        s.execute(text("UPDATE mission SET organiser = 'Camera'"))
    shell.close()
    rows = backups(db, paths)
    assert len(rows) == before + 1 and rows[0].checked
