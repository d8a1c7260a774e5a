"""The Import dialog driven in the real window: a file read off the UI thread, the columns
guessed and corrected, the preview row by row, the import in one transaction, and files
that are refused with a message and leave the mission as it was."""

from __future__ import annotations

import contextlib
import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from app.common.paths import Paths
from app.core.changes import Changes
from app.model import Participant
from app.store import Store, open_store
from tests.demo_support import CopyDemo
from tests.ui_support import close_context, make_context, window_language
from ui.context import AppContext
from ui.dialogs.import_wizard import ImportDialog
from ui.i18n import install_translators

MISSION = 1


@pytest.fixture
def ctx(qtbot: QtBot, paths: Paths, sqlite_path: Path, copy_demo: CopyDemo) -> Iterator[AppContext]:
    """The window's context, in English with its catalogue (the plural forms)."""
    store = open_store(copy_demo(sqlite_path), paths=paths)
    app = QCoreApplication.instance()
    assert app is not None
    translators = install_translators(app, "en")
    context = make_context(paths, store, MISSION)
    try:
        yield context
    finally:
        close_context(qtbot, context)
        store.close()
        for t in translators:
            with contextlib.suppress(RuntimeError):  # a test may have installed others
                app.removeTranslator(t)


def _people(store: Store | None) -> int:
    assert store is not None
    with store.session() as s:
        return s.scalar(select(func.count()).select_from(Participant)) or 0


def open_dialog(qtbot: QtBot, ctx: AppContext, path: Path) -> ImportDialog:
    dialog = ImportDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.path_edit.setText(str(path))
    dialog.read_file()
    qtbot.waitUntil(lambda: not dialog.busy(), timeout=30_000)
    return dialog


def test_import_participants_step_by_step(qtbot: QtBot, ctx: AppContext, tmp_path: Path) -> None:
    path = tmp_path / "iscritti.csv"
    path.write_bytes(
        (
            "Cognome;Nome;Azienda;Posta;Note\r\n"
            "Bertè;Niccolò;Meccanica Subalpina S.p.A.;n.berte@subalpina.example;x\r\n"
            "Rossi;Paola;Città di Torino;p.rossi@comune.example;y\r\n"
        ).encode("cp1252")
    )
    announced: list[Changes] = []
    ctx.bus.changed.connect(lambda changes, _who: announced.append(changes))
    dialog = open_dialog(qtbot, ctx, path)
    assert "2 rows under the header" in dialog.file_info.text()
    assert dialog.next_button.isEnabled()
    dialog.next()
    assert dialog.steps.currentIndex() == dialog.COLUMNS
    # "Posta" is not a known header: the e-mail is not mapped until the coordinator says so
    assert dialog.mapping().header("email") is None
    assert "Not imported: Posta, Note" in dialog.mapping_info.text()
    combo = dialog.column_combo("email")
    combo.setCurrentIndex(combo.findData("Posta"))
    assert dialog.mapping().header("email") == "Posta"
    dialog.path_edit.editingFinished.emit()  # the field losing focus must not read it again
    assert not dialog.busy() and dialog.mapping().header("email") == "Posta"
    dialog.next()
    qtbot.waitUntil(lambda: not dialog.busy(), timeout=30_000)
    assert dialog.summary.text() == "New: 2. Updated: 0. Unchanged: 0. With errors: 0."
    assert dialog.rows.rowCount() == 2
    before = _people(ctx.store)
    assert dialog.import_button.isEnabled()
    dialog.import_button.click()
    qtbot.waitUntil(lambda: not dialog.busy(), timeout=30_000)
    assert dialog.message.text() == "Imported: 2 new, 0 updated."
    assert _people(ctx.store) == before + 2
    assert announced and announced[-1].participants
    assert not dialog.import_button.isEnabled() and not dialog.back_button.isEnabled()


def test_rows_with_errors_block_the_import_until_chosen(
    qtbot: QtBot, ctx: AppContext, tmp_path: Path
) -> None:
    path = tmp_path / "bad.csv"
    path.write_text(
        "Cognome,Nome,E-mail\nVerdi,Luca,l.verdi@example.com\nBianchi,Ugo,not-an-address\n",
        encoding="utf-8",
    )
    dialog = open_dialog(qtbot, ctx, path)
    dialog.next()
    dialog.next()
    qtbot.waitUntil(lambda: not dialog.busy(), timeout=30_000)
    assert "With errors: 1" in dialog.summary.text()
    assert dialog.rows.item(0, 1).text() == "error"  # errors come first
    assert "E-mail: This is not an e-mail address" in dialog.rows.item(0, 3).text()
    assert not dialog.import_button.isEnabled()
    before = _people(ctx.store)
    dialog.skip_invalid.setChecked(True)
    assert dialog.import_button.isEnabled()
    dialog.import_button.click()
    qtbot.waitUntil(lambda: not dialog.busy(), timeout=30_000)
    assert _people(ctx.store) == before + 1


def test_a_file_that_is_not_a_spreadsheet(qtbot: QtBot, ctx: AppContext, tmp_path: Path) -> None:
    path = tmp_path / "photo.xlsx"
    path.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(200))
    dialog = open_dialog(qtbot, ctx, path)
    assert dialog.message.text().startswith("This file cannot be imported:")
    assert not dialog.next_button.isEnabled()


def test_a_refused_file_in_a_japanese_window(qtbot: QtBot, ctx: AppContext, tmp_path: Path) -> None:
    """Why the file is refused reads in Japanese, inside the page's own Japanese sentence."""
    with window_language("ja"):
        path = tmp_path / "photo.xlsx"
        path.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(200))
        dialog = open_dialog(qtbot, ctx, path)
        assert dialog.message.text() == (
            "このファイルは取り込めません："
            "photo.xlsx は PNG 画像で、表計算ファイル（.xlsx または CSV）ではありません。"
        )
        assert not dialog.next_button.isEnabled()


def test_hostile_files_are_refused_with_the_reader_s_reason(
    qtbot: QtBot, ctx: AppContext, tmp_path: Path
) -> None:
    """The window shows the reader's own sentence (issue 14): a NUL byte is a binary file, a
    web page named .xls is said to be one, in the window's language."""
    nul = tmp_path / "iscritti.csv"
    nul.write_bytes(b"Nome,Cognome\r\nMario,Rossi\r\nLuca,Bian\x00chi\r\n")
    dialog = open_dialog(qtbot, ctx, nul)
    assert dialog.message.text() == (
        "This file cannot be imported: iscritti.csv looks like a binary file, not CSV text: "
        "it holds NUL (zero) bytes, the first at byte 37. If it is a spreadsheet, open it in "
        "Excel and save it as .xlsx or as CSV UTF-8, then import that"
    )
    assert not dialog.next_button.isEnabled()
    with window_language("ja"):
        page = tmp_path / "名簿.xls"
        page.write_bytes(b"<html><body><table><tr><td>x</td></tr></table></body></html>")
        dialog = open_dialog(qtbot, ctx, page)
        assert "名簿.xls は .xls という名前のWeb ページ（HTML）で" in dialog.message.text()
        assert not dialog.next_button.isEnabled()


def test_organisations_need_their_name_column(
    qtbot: QtBot, ctx: AppContext, tmp_path: Path
) -> None:
    path = tmp_path / "aziende.csv"
    path.write_text("Ditta,Settore\nOfficine Lingotto,Automotive\n", encoding="utf-8")
    dialog = open_dialog(qtbot, ctx, path)
    dialog.kind_combo.setCurrentIndex(dialog.kind_combo.findData("organisations"))
    dialog.next()
    assert "Choose the column that holds Name (Latin script)." in dialog.mapping_info.text()
    assert not dialog.next_button.isEnabled()
    combo = dialog.column_combo("name")
    combo.setCurrentIndex(combo.findData("Ditta"))
    assert dialog.mapping_info.text() == "", dialog.mapping_info.text()
    assert dialog.next_button.isEnabled()


def test_problems_in_the_window_s_language(qtbot: QtBot, ctx: AppContext, tmp_path: Path) -> None:
    """The forms' own problems (here an e-mail that is not one) read in Japanese in a
    Japanese window, with the field's Japanese name."""
    with window_language("ja"):
        path = tmp_path / "bad.csv"
        path.write_text("Cognome,Nome,E-mail\nBianchi,Ugo,not-an-address\n", encoding="utf-8")
        dialog = open_dialog(qtbot, ctx, path)
        dialog.next()
        dialog.next()
        qtbot.waitUntil(lambda: not dialog.busy(), timeout=30_000)
        problem = dialog.rows.item(0, 3).text()
        assert problem.startswith("メール: ") and "name@example.com" in problem, problem
        assert "This is not" not in problem


def test_the_importer_s_own_problems_in_japanese(
    qtbot: QtBot, ctx: AppContext, tmp_path: Path
) -> None:
    """The importer's own problems (an organisation the mission does not have, the same
    e-mail as another row, a name it split by rule) and the column mapping's read in
    Japanese in a Japanese window, each field by its Japanese name."""
    with window_language("ja"):
        path = tmp_path / "iscritti.csv"
        path.write_text(
            "Nome e cognome,Azienda,E-mail\n"
            "Ada Neri,株式会社ミライ,ada.neri@example.com\n"
            "Eva Gialli,,ada.neri@example.com\n",
            encoding="utf-8",
        )
        dialog = open_dialog(qtbot, ctx, path)
        dialog.kind_combo.setCurrentIndex(dialog.kind_combo.findData("requests"))
        dialog.next()
        assert "希望元の組織の列を選んでください。" in dialog.mapping_info.text()
        dialog.back()
        dialog.kind_combo.setCurrentIndex(dialog.kind_combo.findData("participants"))
        dialog.next()
        dialog.next()
        qtbot.waitUntil(lambda: not dialog.busy(), timeout=30_000)
        problems = {
            dialog.rows.item(i, 0).text(): dialog.rows.item(i, 3).text()
            for i in range(dialog.rows.rowCount())
        }
        assert problems["2"].startswith(
            "組織（ローマ字）：「株式会社ミライ」はまだミッションになく、追加に必要なローマ字"
        ), problems["2"]
        assert "メール：2 行目と同じです。" in problems["3"], problems["3"]
        assert "「Eva Gialli」を姓「Gialli」、名「Eva」に分けました。" in problems["3"]
        assert "is not" not in problems["2"] + problems["3"]


def test_a_chamber_sheet_shows_its_new_organisations(
    qtbot: QtBot, ctx: AppContext, tmp_path: Path
) -> None:
    """The preview of a registration sheet says how many companies the import adds, in the
    window's language, and the import adds them with their people."""
    from tests.test_import_registration import JA_HEADER, chamber_rows, write_csv

    path = write_csv(tmp_path / "参加者名簿.csv", JA_HEADER, chamber_rows())
    with window_language("ja"):
        dialog = open_dialog(qtbot, ctx, path)
        dialog.next()
        assert dialog.column_combo("full_name_kanji").currentData() == "氏名"
        assert dialog.column_combo("arrival").currentData() == "到着日"
        dialog.next()
        qtbot.waitUntil(lambda: not dialog.busy(), timeout=30_000)
        assert "新しい組織 12 件：Mizuho Seiki Co., Ltd.、" not in dialog.summary.text()
        assert "新しい組織 12 件：Mizuho Seiki Co., Ltd., " in dialog.summary.text()
        if shots := os.environ.get("PONTE_SHOTS"):
            dialog.grab().save(str(Path(shots) / "import_chamber_ja.png"))
        before = _people(ctx.store)
        dialog.import_button.click()
        qtbot.waitUntil(lambda: not dialog.busy(), timeout=30_000)
    assert _people(ctx.store) == before + 26
