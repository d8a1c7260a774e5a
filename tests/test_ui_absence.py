"""Mark a delegate absent in the window: the re-plan's preview, accept, and the updates
folder holding exactly the affected people's files."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import QDate, Qt, QTime
from pytestqt.qtbot import QtBot

from app.common.paths import Paths
from app.core.mission_record import load_mission
from app.scheduler.solver import solve
from app.services.absence import list_absences
from app.store import Store, open_store
from tests.demo_support import copy_sqlite
from tests.test_absence import (  # noqa: F401 (published_demo: a fixture)
    EARLY,
    published_demo,
    single_delegate_with_meetings_around,
)
from tests.ui_support import close_context, make_context, window_language
from ui.context import AppContext
from ui.dialogs.absence import AbsenceDialog
from ui.pages.participants import ParticipantsPage

SHOTS = (
    Path(os.environ.get("PONTE_ABSENCE_SHOTS", ""))
    if os.environ.get("PONTE_ABSENCE_SHOTS")
    else None
)


@pytest.fixture
def ctx(qtbot: QtBot, published_demo: Path, tmp_path: Path, paths: Paths) -> Iterator[AppContext]:  # noqa: F811
    path = copy_sqlite(published_demo, tmp_path / "mission.sqlite")
    store: Store = open_store(path, paths=paths)
    context = make_context(paths, store, 1)
    try:
        yield context
    finally:
        close_context(qtbot, context)
        store.close()


def _single_delegate(ctx: AppContext) -> tuple[int, QTime]:
    """A delegate alone for their organisation with meetings on 13 October, and the local
    start of their last but one that day (a late, small window: a quick re-plan)."""
    assert ctx.store is not None
    pid, _org, since = single_delegate_with_meetings_around(load_mission(ctx.store, 1))
    local = since.astimezone(ZoneInfo("Asia/Tokyo"))
    return pid, QTime(local.hour, local.minute)


def test_mark_absent_preview_accept_and_prepare_updates(
    qtbot: QtBot, ctx: AppContext, tmp_path: Path
) -> None:
    """The dialog marks the absence, shows the re-plan, stores it, and writes the updates for
    exactly the affected people."""
    pid, since = _single_delegate(ctx)
    page = ParticipantsPage(ctx)
    qtbot.addWidget(page)
    page.show()
    qtbot.waitUntil(page.ready, timeout=15000)
    row = page.proxy.row_of_id(pid)
    assert row is not None
    page.table.selectRow(row)
    qtbot.waitUntil(lambda: page.absent_button.isEnabled(), timeout=15000)
    with window_language("ja"):
        dialog = page.open_absence()
        assert isinstance(dialog, AbsenceDialog)
        qtbot.addWidget(dialog)
        dialog.time_limit_s, dialog.now = 3.0, EARLY
        qtbot.waitUntil(dialog.mark_button.isEnabled, timeout=15000)
        dialog.day.setDate(QDate(2027, 10, 13))
        dialog.from_time.setChecked(True)
        dialog.time.setTime(since)
        dialog.reason.setText("flight cancelled")
        qtbot.mouseClick(dialog.mark_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: dialog.pages.currentIndex() == 2, timeout=30000)
        result = dialog.replan_result
        assert result is not None
        preview = result.preview
        assert preview.dropped or preview.moved
        assert dialog.tree.topLevelItemCount() == 5
        if SHOTS is not None:
            SHOTS.mkdir(parents=True, exist_ok=True)
            dialog.resize(900, 600)
            qtbot.wait(200)
            dialog.grab().save(str(SHOTS / "preview-ja.png"), "PNG")
        qtbot.mouseClick(dialog.accept_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: dialog.updates_button.isVisible(), timeout=15000)
        assert str(len(preview.affected)) in dialog.updates_button.text()
        folder = tmp_path / "updates"
        dialog.prepare_updates(folder)
        qtbot.waitUntil(lambda: dialog.updates is not None, timeout=30000)
    affected = {p for p, _name in preview.affected}
    written = {int(p.name.split("-")[1]) for p in folder.iterdir()}
    assert written == affected and pid not in written
    kinds = {p.name.split("-")[0] for p in folder.iterdir()}
    assert kinds == {"agenda", "calendar", "mail"}
    dialog.close()


def test_declined_replan_stores_nothing_and_the_absence_can_be_removed(
    qtbot: QtBot, ctx: AppContext
) -> None:
    """Decline: no meeting changes, no new version; Remove the absence takes the mark back."""
    assert ctx.store is not None
    pid, _since = _single_delegate(ctx)
    before = load_mission(ctx.store, 1)
    dialog = AbsenceDialog(ctx, pid)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.time_limit_s, dialog.now, dialog.solve = 2.0, EARLY, solve
    qtbot.waitUntil(dialog.mark_button.isEnabled, timeout=15000)
    dialog.day.setDate(QDate(2027, 10, 13))
    qtbot.mouseClick(dialog.mark_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.pages.currentIndex() == 2, timeout=30000)
    assert list_absences(ctx.store, pid)
    qtbot.mouseClick(dialog.decline_button, Qt.MouseButton.LeftButton)
    assert dialog.undo_button.isVisible()
    qtbot.mouseClick(dialog.undo_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.absence is None, timeout=15000)
    after = load_mission(ctx.store, 1)
    assert list_absences(ctx.store, pid) == []
    assert after.meetings == before.meetings
    assert len(after.publications) == len(before.publications)
