"""The Suspected duplicates dialog: groups shown with their reasons, nothing merged until the
coordinator chooses the record to keep."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from app.common.paths import Paths
from app.model import Participant
from app.store import open_store
from tests.demo_support import CopyDemo
from tests.ui_support import close_context, make_context
from ui.context import AppContext
from ui.dialogs.duplicates import DuplicatesDialog


@pytest.fixture
def ctx(qtbot: QtBot, paths: Paths, sqlite_path: Path, copy_demo: CopyDemo) -> Iterator[AppContext]:
    store = open_store(copy_demo(sqlite_path), paths=paths)
    context = make_context(paths, store, 1)
    try:
        yield context
    finally:
        close_context(qtbot, context)
        store.close()


def test_merge_a_twin_by_choice(
    qtbot: QtBot, ctx: AppContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert ctx.store is not None
    with ctx.store.session() as s:
        p = s.scalars(
            select(Participant).where(Participant.mission_id == 1).order_by(Participant.id)
        ).first()
        assert p is not None
        twin = Participant(mission_id=1, family_name=p.given_name, given_name=p.family_name,
                           organisation_id=p.organisation_id, phone="+39 011 000 0000")  # fmt: skip
        s.add(twin)
        s.flush()
        keep, twin_id = p.id, twin.id
    dialog = DuplicatesDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(dialog.ready)
    assert dialog.tree.topLevelItemCount() == 1
    group = dialog.tree.topLevelItem(0)
    assert group is not None and "swapped" in group.text(0)
    assert {group.child(i).text(3) for i in range(group.childCount())} == {str(keep), str(twin_id)}
    assert not dialog.merge_button.isEnabled()
    asked: list[str] = []

    def yes(_parent: object, _title: str, text: str, *_a: object) -> object:
        asked.append(text)
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", yes)
    chosen = next(
        group.child(i) for i in range(group.childCount()) if group.child(i).text(3) == str(keep)
    )
    dialog.tree.setCurrentItem(chosen)
    assert chosen.data(0, Qt.ItemDataRole.UserRole)[1] == keep
    assert dialog.merge_button.isEnabled()
    dialog.merge_button.click()
    qtbot.waitUntil(lambda: dialog.ready() and dialog.tree.topLevelItemCount() == 0)
    assert asked and f"into participant {keep}" in asked[0]
    with ctx.store.session() as s:
        assert s.get(Participant, twin_id) is None
        kept = s.get(Participant, keep)
        assert kept is not None
    assert dialog.message.text() == "No suspected duplicates in this mission."
