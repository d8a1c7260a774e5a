"""The Publish page: the changes since the last version, publishing, the versions so far."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from app.common.paths import Paths
from app.common.settings import load_settings
from app.core.changes import Changes
from app.core.publications import list_publications
from app.model import Meeting, Mission
from app.services.scheduling import schedule_mission
from app.store import open_store
from tests.demo_support import CopyDemo
from tests.factories import first_fit
from tests.ui_support import close_context, make_context
from ui.context import AppContext
from ui.pages import registry
from ui.pages.publish import PublishPage


@pytest.fixture
def ctx(qtbot: QtBot, paths: Paths, sqlite_path: Path, copy_demo: CopyDemo) -> Iterator[AppContext]:
    store = open_store(copy_demo(sqlite_path), paths=paths)
    with store.session() as s:
        mission_id = s.scalars(select(Mission.id).where(Mission.host_city == "Torino")).one()
    schedule_mission(store, mission_id, solve=first_fit)
    context = make_context(paths, store, mission_id)
    try:
        yield context
    finally:
        close_context(qtbot, context)
        store.close()


def open_page(qtbot: QtBot, ctx: AppContext) -> PublishPage:
    page = PublishPage(ctx)
    qtbot.addWidget(page)
    page.resize(1200, 700)
    page.show()
    qtbot.waitUntil(page.ready)
    return page


def test_page_is_registered() -> None:
    assert PublishPage in registry.page_classes()


def answer(monkeypatch: pytest.MonkeyPatch, button: QMessageBox.StandardButton) -> list[str]:
    """Answer the confirmation with ``button``; what it asked is kept."""
    asked: list[str] = []

    def question(_parent: object, _title: str, text: str, *_a: object) -> object:
        asked.append(text)
        return button

    monkeypatch.setattr(QMessageBox, "question", question)
    return asked


def test_publish_then_a_moved_meeting_shows_for_its_people(
    qtbot: QtBot, ctx: AppContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    answer(monkeypatch, QMessageBox.StandardButton.Yes)
    page = open_page(qtbot, ctx)
    assert page.heading.text().startswith("Not published yet")
    assert page.changes_model.person_count() > 20  # everyone with a schedule is new
    assert page.publish_button.text() == "Publish version 1"
    page.note.setText("first send")
    qtbot.mouseClick(page.publish_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.ready() and page.history.count() == 1)
    assert page.message.text().startswith("Published version 1:")
    assert page.heading.text() == "Nothing changed since version 1."
    assert not page.publish_button.isEnabled() and page.changes_model.person_count() == 0
    store, mission_id = ctx.store, ctx.mission_id
    assert store is not None and mission_id is not None
    assert [(v.number, v.note) for v in list_publications(store, mission_id)] == [(1, "first send")]

    with store.session() as s:
        m = s.scalars(
            select(Meeting).where(Meeting.mission_id == mission_id).order_by(Meeting.id)
        ).first()
        assert m is not None
        m.start_utc += timedelta(minutes=20)
        m.end_utc += timedelta(minutes=20)
        people = len(m.participant_links)
    ctx.bus.announce(Changes(b2b=True), None)
    qtbot.waitUntil(lambda: page.changes_model.person_count() == people)
    assert page.publish_button.isEnabled() and page.publish_button.text() == "Publish version 2"
    lines = page.changes_model.changes_of(0)
    assert lines and all(line.startswith("Meeting with ") and " moved: " in line for line in lines)


def test_publish_asks_first_saying_what_and_for_whom(
    qtbot: QtBot, ctx: AppContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Publish asks with the counts; Cancel publishes nothing, Yes publishes."""
    store, mission_id = ctx.store, ctx.mission_id
    assert store is not None and mission_id is not None
    asked = answer(monkeypatch, QMessageBox.StandardButton.Cancel)
    page = open_page(qtbot, ctx)
    qtbot.mouseClick(page.publish_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(asked) == 1 and page.ready())
    with store.session() as s:
        meetings = len(s.scalars(select(Meeting).where(Meeting.mission_id == mission_id)).all())
    question = asked[0]
    assert question.startswith("Publish version 1 of the schedule?")
    assert f"{meetings} B2B meetings and " in question
    assert "This is the first version for all 29 participants." in question
    assert "Nobody is e-mailed yet" in question
    assert list_publications(store, mission_id) == []
    assert page.publish_button.isEnabled()


def test_versions_show_the_coordinator_and_the_mission_s_time(
    qtbot: QtBot, ctx: AppContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    """ "Version 1, 2026-… CET — Giulia Bianchi", not UTC and the OS user."""
    answer(monkeypatch, QMessageBox.StandardButton.Yes)
    monkeypatch.setenv("TZ", "UTC")
    page = open_page(qtbot, ctx)
    page.coordinator.setText("Giulia Bianchi")
    page.coordinator.editingFinished.emit()
    assert load_settings(ctx.paths).coordinator_name == "Giulia Bianchi"
    qtbot.mouseClick(page.publish_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.ready() and page.history.count() == 1)
    line = page.history.item(0).text()
    assert line.endswith(" — Giulia Bianchi"), line
    assert " UTC" not in line and (" CET" in line or " CEST" in line), line


def test_changes_are_worded_off_the_ui_thread_and_shown_through_a_model(
    qtbot: QtBot, ctx: AppContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Issue 14, item 7: a first version of a big mission is tens of thousands of changes;
    the UI thread words none of them and makes no tree item per change (counts, not time)."""
    import threading

    from ui.pages import publish

    on_ui: list[int] = []
    worded = publish.change_text

    def counted(*args: object) -> str:
        if threading.current_thread() is threading.main_thread():
            on_ui.append(1)
        return worded(*args)  # type: ignore[arg-type]

    monkeypatch.setattr(publish, "change_text", counted)
    page = open_page(qtbot, ctx)
    assert not on_ui, len(on_ui)
    people = page.changes_model.person_count()
    assert people > 20
    assert page.changes.model().rowCount() == people  # a model: no item per change
    first = page.changes_model.index(0, 0)
    assert page.changes_model.rowCount(first) == len(page.changes_model.changes_of(0)) > 0
