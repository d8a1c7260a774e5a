"""A new participant's name order and document language follow their names and languages
until the coordinator chooses; the form says what saving without consent means."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QUndoStack
from pytestqt.qtbot import QtBot

from app.common.paths import Paths
from app.common.settings import Settings
from app.core.participant_defaults import default_document_language, default_name_order
from app.model.enums import DocumentLanguage, NameOrder
from app.services import participants as people_service
from app.store import Store, open_store
from tests.test_ui_people_pages import Seeded, open_page, seed, select
from tests.ui_support import type_text
from ui.bus import ChangeBus
from ui.context import AppContext
from ui.pages.participants import ParticipantsPage
from ui.runner import DbRunner


@pytest.fixture
def db(paths: Paths, sqlite_path: Path) -> Iterator[tuple[Store, Seeded]]:
    store = open_store(sqlite_path, paths=paths)
    try:
        yield store, seed(store)
    finally:
        store.close()


@pytest.fixture
def ctx(qtbot: QtBot, paths: Paths, db: tuple[Store, Seeded]) -> Iterator[AppContext]:
    store, seeded = db
    runner = DbRunner()
    context = AppContext(
        paths=paths,
        settings=Settings(),
        runner=runner,
        bus=ChangeBus(),
        undo=QUndoStack(),
        store=store,
        mission_id=seeded.mission_id,
    )
    try:
        yield context
    finally:
        qtbot.waitUntil(lambda: not runner.is_busy())
        context.undo.clear()
        runner.shutdown()


def test_rule_kanji_orders_family_first_and_kana_alone_does_not() -> None:
    """Kanji make a Japanese name; a kana transcription of "Rossi" does not."""
    assert default_name_order(["Hiroshi", "Tanaka", "田中", "博"]) is NameOrder.FAMILY_FIRST
    assert default_name_order(["Marco", "Rossi", "ロッシ", None]) is NameOrder.GIVEN_FIRST
    assert default_name_order(["", None]) is NameOrder.GIVEN_FIRST


def test_rule_documents_in_the_first_supported_language() -> None:
    """ "ko, ja, en" writes documents in Japanese; nothing supported falls back to English."""
    assert default_document_language(["ko", "ja", "en"]) is DocumentLanguage.JA
    assert default_document_language(["IT-it"]) is DocumentLanguage.IT
    assert default_document_language(["ko"]) is DocumentLanguage.EN
    assert default_document_language([]) is DocumentLanguage.EN


def test_new_participant_with_kanji_name_and_japanese_follows_the_person(
    qtbot: QtBot, ctx: AppContext, db: tuple[Store, Seeded]
) -> None:
    """Kanji name and "ja, en" give family name first and documents in Japanese, saved so."""
    store, seeded = db
    page = open_page(qtbot, ParticipantsPage(ctx))
    page.add_new()
    form = page.participant_form
    form.organisation.set_current_id(seeded.toyota_id)
    qtbot.keyClicks(form.given_name, "Aiko")
    qtbot.keyClicks(form.family_name, "Yamada")
    assert form.name_order.value() is NameOrder.GIVEN_FIRST
    type_text(form.family_name_kanji, "山田")
    type_text(form.given_name_kanji, "愛子")
    qtbot.keyClicks(form.languages, "ja, en")
    assert form.name_order.value() is NameOrder.FAMILY_FIRST
    assert form.document_language.value() is DocumentLanguage.JA
    qtbot.mouseClick(page.editor.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.current_row() is not None and not page.editor.is_busy())
    saved = people_service.get_participant(store, page.current_row().id)
    assert (saved.name_order, saved.document_language) == (
        NameOrder.FAMILY_FIRST,
        DocumentLanguage.JA,
    )


def test_the_coordinators_choice_stops_the_following(qtbot: QtBot, ctx: AppContext) -> None:
    """Once the coordinator picks a document language, typing languages no longer changes it."""
    page = open_page(qtbot, ParticipantsPage(ctx))
    page.add_new()
    form = page.participant_form
    qtbot.keyClicks(form.languages, "ja")
    assert form.document_language.value() is DocumentLanguage.JA
    form.document_language.setFocus()
    qtbot.keyClick(form.document_language, Qt.Key.Key_Down)  # the coordinator's own choice
    chosen = form.document_language.value()
    assert chosen is not DocumentLanguage.JA
    form.languages.clear()
    qtbot.keyClicks(form.languages, "it")
    assert form.document_language.value() is chosen
    assert form.follows_person() == (True, False)
    type_text(form.family_name_kanji, "山田")
    assert form.name_order.value() is NameOrder.FAMILY_FIRST  # the order still follows


def test_an_italian_with_a_katakana_name_keeps_given_name_first(
    qtbot: QtBot, ctx: AppContext, db: tuple[Store, Seeded]
) -> None:
    """Rossi's name in katakana does not turn his name round."""
    _store, seeded = db
    page = open_page(qtbot, ParticipantsPage(ctx))
    select(qtbot, page, seeded.rossi_id)
    form = page.participant_form
    type_text(form.family_name_kanji, "ロッシ")
    assert form.name_order.value() is NameOrder.GIVEN_FIRST


def test_consent_note_says_what_saving_without_it_means(qtbot: QtBot, ctx: AppContext) -> None:
    """Without consent the form says contact data stays out of documents; ticking hides it."""
    page = open_page(qtbot, ParticipantsPage(ctx))
    page.add_new()
    form = page.participant_form
    note = form.consent_note
    assert note.isVisibleTo(form) and "kept out of printed documents" in note.text()
    form.consent.setChecked(True)
    assert not note.isVisibleTo(form)


def test_organisation_picker_finds_by_any_part_in_either_script(
    qtbot: QtBot, ctx: AppContext, db: tuple[Store, Seeded]
) -> None:
    """Typing "トヨタ" or "torino" lists only the organisations containing it; choosing one
    from the list sets it; a search that leads nowhere leaves the choice as it was."""
    _store, seeded = db
    page = open_page(qtbot, ParticipantsPage(ctx))
    page.add_new()
    combo = page.participant_form.organisation
    assert combo.isEditable()
    line = combo.lineEdit()
    assert line is not None
    line.setFocus()
    line.selectAll()
    type_text(line, "トヨタ")
    search = combo.completer()
    assert search is not None
    qtbot.waitUntil(lambda: search.popup().isVisible())
    assert search.completionCount() == 1
    assert "Toyota Motor / トヨタ自動車" in search.currentCompletion()
    qtbot.keyClick(search.popup(), Qt.Key.Key_Down)
    qtbot.keyClick(search.popup(), Qt.Key.Key_Return)
    assert combo.current_id() == seeded.toyota_id
    line.selectAll()
    qtbot.keyClicks(line, "torino")
    qtbot.waitUntil(lambda: search.popup().isVisible())
    shown = [search.completionModel().index(i, 0).data() for i in range(search.completionCount())]
    assert shown and all("torino" in s.lower() for s in shown)
    qtbot.keyClick(search.popup(), Qt.Key.Key_Escape)
    line.selectAll()
    qtbot.keyClicks(line, "zzz")
    combo.show_chosen()  # as leaving the field does
    assert combo.current_id() == seeded.toyota_id
    assert line.text().startswith("Toyota Motor")
