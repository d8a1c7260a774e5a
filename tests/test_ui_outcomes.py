"""The Outcomes page (issue 18), driven by keys as a coordinator would: choose an organisation,
a digit records each outcome and moves down, Enter types the note (Japanese too), Delete
clears, undo and redo; both sides' answers shown; the follow-ups added, marked done with the
space bar, overdue ones first and marked, exported."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from app.common.paths import Paths
from app.model import MeetingSide, Outcome
from app.services.follow_ups import FollowUpData, add_follow_up, list_follow_ups
from app.services.outcomes import load_outcome, record_outcome
from app.store import Store, open_store
from tests.demo_support import CopyDemo
from tests.outcome_support import Held, mark_held, parties
from tests.ui_support import close_context, make_context, type_text
from ui.context import AppContext
from ui.outcomes.entry import COL_NOTE, COL_OWN, COL_THEIRS
from ui.outcomes.follow_ups import COL_DUE
from ui.pages.outcomes import OutcomesPage


@pytest.fixture
def db(paths: Paths, sqlite_path: Path, copy_demo: CopyDemo) -> Iterator[tuple[Store, Held]]:
    store = open_store(copy_demo(sqlite_path), paths=paths)
    try:
        yield store, mark_held(store, 10)
    finally:
        store.close()


@pytest.fixture
def ctx(qtbot: QtBot, paths: Paths, db: tuple[Store, Held]) -> Iterator[AppContext]:
    store, held = db
    context = make_context(paths, store, held.mission_id)
    try:
        yield context
    finally:
        close_context(qtbot, context)


def settle(qtbot: QtBot, page: OutcomesPage) -> None:
    qtbot.waitUntil(lambda: not page.ctx.runner.is_busy() and page.ready(), timeout=15000)


@pytest.fixture
def page(qtbot: QtBot, ctx: AppContext) -> OutcomesPage:
    page = OutcomesPage(ctx)
    qtbot.addWidget(page)
    page.resize(1300, 700)
    page.show()
    settle(qtbot, page)
    return page


def _busiest(page: OutcomesPage) -> int:
    return max(page.entry.choices, key=lambda c: c.held).organisation_id


def test_digits_record_move_on_and_undo(qtbot: QtBot, page: OutcomesPage) -> None:
    """4 on row 1, 0 on row 2 (the cursor moved by itself), Delete on row 1, undo it."""
    entry, store = page.entry, page.ctx.store
    assert store is not None
    entry.choose(_busiest(page))
    settle(qtbot, page)
    rows = list(entry.model.rows)
    assert len(rows) >= 2
    other = MeetingSide.B if rows[0].side is MeetingSide.A else MeetingSide.A
    record_outcome(store, rows[0].meeting_id, other, Outcome.SUPPLY)  # the counterpart's
    entry.view.setFocus()
    entry.view.setCurrentIndex(entry.model.index(0, COL_OWN))
    qtbot.keyClick(entry.view, Qt.Key.Key_4)
    assert entry.view.currentIndex().row() == 1
    qtbot.keyClick(entry.view, Qt.Key.Key_0)
    assert "4 · " in entry.model.index(0, COL_OWN).data()  # shown at once, before the save
    settle(qtbot, page)
    assert (
        load_outcome(store, rows[0].meeting_id, rows[0].side).values.outcome is Outcome.PARTNERSHIP
    )
    assert (
        load_outcome(store, rows[1].meeting_id, rows[1].side).values.outcome is Outcome.NO_INTEREST
    )
    entry.reload()
    settle(qtbot, page)
    assert "Follow-up: supply" in entry.model.index(0, COL_THEIRS).data()  # the other side's
    assert entry.progress.text().startswith("Answered: 2 of")
    page.ctx.undo.undo()
    settle(qtbot, page)
    assert load_outcome(store, rows[1].meeting_id, rows[1].side).values.outcome is None
    page.ctx.undo.redo()
    settle(qtbot, page)
    assert (
        load_outcome(store, rows[1].meeting_id, rows[1].side).values.outcome is Outcome.NO_INTEREST
    )
    entry.view.setCurrentIndex(entry.model.index(0, COL_OWN))
    qtbot.keyClick(entry.view, Qt.Key.Key_Delete)
    settle(qtbot, page)
    assert load_outcome(store, rows[0].meeting_id, rows[0].side).values.outcome is None


def test_enter_types_the_note(qtbot: QtBot, page: OutcomesPage) -> None:
    entry, store = page.entry, page.ctx.store
    assert store is not None
    entry.choose(_busiest(page))
    settle(qtbot, page)
    row = entry.model.rows[0]
    entry.view.setFocus()
    entry.view.setCurrentIndex(entry.model.index(0, COL_OWN))
    qtbot.keyClick(entry.view, Qt.Key.Key_2)
    entry.view.setCurrentIndex(entry.model.index(0, COL_OWN))
    qtbot.keyClick(entry.view, Qt.Key.Key_Return)
    editor = entry.view.findChild(object, "outcome_note_editor")
    assert editor is not None
    type_text(editor, "試作品を送る")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    settle(qtbot, page)
    saved = load_outcome(store, row.meeting_id, row.side).values
    assert saved.outcome is Outcome.COOPERATION_POSSIBLE and saved.note == "試作品を送る"
    assert entry.model.index(0, COL_NOTE).data() == "試作品を送る"


def test_follow_ups_added_done_and_overdue_first(
    qtbot: QtBot, page: OutcomesPage, db: tuple[Store, Held], tmp_path: Path
) -> None:
    store, held = db
    a, b = parties(store, held.held[0])
    add_follow_up(store, held.mission_id, FollowUpData(a, b, "call back", date(2099, 1, 1)))
    add_follow_up(store, held.mission_id, FollowUpData(a, b, "send quote", date(2020, 1, 1)))
    widget = page.follow_ups
    page.tabs.setCurrentWidget(widget)
    widget.loader.reload()
    settle(qtbot, page)
    assert [r.data.description for r in widget.model.rows] == ["send quote", "call back"]
    due = widget.model.index(0, COL_DUE)
    assert "⚠" in due.data() and due.data(Qt.ItemDataRole.BackgroundRole) is not None
    dialog = widget.open_add()
    dialog.what.setText("visit the plant")
    dialog.has_due.setChecked(True)
    dialog.accept()
    settle(qtbot, page)
    assert "visit the plant" in {
        r.data.description for r in list_follow_ups(store, held.mission_id)
    }
    widget.view.setFocus()
    widget.view.setCurrentIndex(widget.model.index(0, 0))
    qtbot.keyClick(widget.view, Qt.Key.Key_Space)
    settle(qtbot, page)
    quote = next(
        r for r in list_follow_ups(store, held.mission_id) if r.data.description == "send quote"
    )
    assert quote.data.done and not quote.overdue
    page.ctx.undo.undo()
    settle(qtbot, page)
    quote = next(
        r for r in list_follow_ups(store, held.mission_id) if r.data.description == "send quote"
    )
    assert not quote.data.done
    widget.export(tmp_path / "fu.xlsx")
    settle(qtbot, page)
    assert (tmp_path / "fu.xlsx").exists() and "Wrote 3" in widget.message.text()


def test_survey_forms_written_and_the_import_dialog_set_for_them(
    qtbot: QtBot, page: OutcomesPage, tmp_path: Path
) -> None:
    """The page writes the forms on the worker and opens the Import dialog set to read one."""
    entry = page.entry
    entry.write_surveys(tmp_path / "forms")
    settle(qtbot, page)
    written = sorted((tmp_path / "forms").glob("survey-*.xlsx"))
    assert written and f"Wrote {len(written)} survey form" in entry.message.text()
    dialog = entry.open_import()
    assert dialog is not None
    qtbot.addWidget(dialog)
    assert dialog.kind_combo.currentData() == "outcomes"  # type: ignore[attr-defined]
    dialog.path_edit.setText(str(written[0]))  # type: ignore[attr-defined]
    dialog.read_file()  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: dialog._table is not None, timeout=15000)  # type: ignore[attr-defined]
    assert dialog.kind().value == "outcomes"  # type: ignore[attr-defined]
    dialog.reject()


def test_a_readers_account_types_no_answer(qtbot: QtBot, page: OutcomesPage) -> None:
    """Read-only (a reader's account): a key says so and writes nothing."""
    entry, store = page.entry, page.ctx.store
    assert store is not None
    entry.choose(_busiest(page))
    settle(qtbot, page)
    row = entry.model.rows[0]
    page.ctx.read_only = True
    page.ctx.bus.read_only_changed.emit(True)
    entry.view.setFocus()
    entry.view.setCurrentIndex(entry.model.index(0, COL_OWN))
    qtbot.keyClick(entry.view, Qt.Key.Key_3)
    settle(qtbot, page)
    assert load_outcome(store, row.meeting_id, row.side).values.outcome is None
    assert "reading only" in entry.message.text()
    assert not page.follow_ups.add_button.isEnabled()
