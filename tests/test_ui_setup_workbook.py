"""The Set-up workbook dialog: the template saved in the window's language by a click, a filled
workbook imported off the UI thread, and a wrong sheet said in the window's language."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
import xlsxwriter
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from app.common.paths import Paths
from app.importing.readers import sheet_names
from app.model import Organisation
from app.store import open_store
from tests.demo_support import CopyDemo
from tests.ui_support import close_context, make_context, window_language
from ui.context import AppContext
from ui.dialogs.setup_workbook import SetupWorkbookDialog


@pytest.fixture
def ctx(qtbot: QtBot, paths: Paths, sqlite_path: Path, copy_demo: CopyDemo) -> Iterator[AppContext]:
    store = open_store(copy_demo(sqlite_path), paths=paths)
    context = make_context(paths, store, 1)
    try:
        yield context
    finally:
        close_context(qtbot, context)
        store.close()


def _dialog(qtbot: QtBot, ctx: AppContext) -> SetupWorkbookDialog:
    dialog = SetupWorkbookDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_the_template_is_saved_in_the_window_s_language(
    qtbot: QtBot, ctx: AppContext, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Japanese window: the saved template's sheets are named in Japanese."""
    target = tmp_path / "テンプレート.xlsx"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    with window_language("ja"):
        dialog = _dialog(qtbot, ctx)
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert "企業・団体" in sheet_names(target) and "参加者" in sheet_names(target)
    assert str(target) in dialog.result_label.text()


def test_a_filled_workbook_imports_and_a_wrong_one_is_said(
    qtbot: QtBot, ctx: AppContext, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Organisations import; then a sheet with a wrong row is refused, worded in Italian."""
    good, bad = tmp_path / "good.xlsx", tmp_path / "bad.xlsx"
    for path, rows in (
        (good, [["Name (Latin script)", "Delegation (Turin or Nagoya)"], ["Nuova Srl", "Turin"]]),
        (bad, [["Name (Latin script)", "Delegation (Turin or Nagoya)"], ["", "Turin"]]),
    ):
        book = xlsxwriter.Workbook(str(path))
        ws = book.add_worksheet("Organizzazioni")
        for r, row in enumerate(rows):
            ws.write_row(r, 0, row)
        book.close()
    assert ctx.store is not None
    with ctx.store.session() as s:
        before = s.scalar(select(func.count()).select_from(Organisation)) or 0
    dialog = _dialog(qtbot, ctx)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(good), ""))
    with qtbot.waitSignal(dialog.imported, timeout=30_000):
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    assert "Organizzazioni: 1 created" in dialog.result_label.text()
    with ctx.store.session() as s:
        assert s.scalar(select(func.count()).select_from(Organisation)) == before + 1
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(bad), ""))
    with window_language("it"):
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(
            lambda: dialog.import_button.isEnabled() and bool(dialog.result_label.text())
        )
    assert dialog.result_label.text().startswith('Il foglio "Organizzazioni" non è stato importato')
