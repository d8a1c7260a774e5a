"""The window's shell: opening databases, choosing and creating missions, menus, language."""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtGui import QUndoCommand
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from app.common.paths import Paths
from app.common.settings import Settings, load_settings
from app.core.changes import Changes
from app.services.missions import (
    MissionDraft,
    MissionInvalid,
    Problem,
    create_mission,
    list_missions,
    validate_mission,
    zone_choices,
)
from app.store import open_store, parse_location
from ui.application import Shell, build_shell
from ui.context import AppContext
from ui.dialogs.new_mission import NewMissionDialog, date_format
from ui.i18n import available_languages, choose_language, install_translators
from ui.mission_controller import remembered_target
from ui.pages import registry
from ui.pages.base import Page

TURIN_TO_NAGOYA = MissionDraft(
    name="Torino → Nagoya, October 2027",
    name_ja="トリノ→名古屋 経済ミッション",
    host_city="Nagoya",
    timezone="Asia/Tokyo",
    start_date=date(2027, 10, 4),
    end_date=date(2027, 10, 8),
    organiser="Camera di commercio di Torino",
)
NAGOYA_TO_TURIN = MissionDraft(
    name="Nagoya → Torino, May 2028",
    host_city="Torino",
    timezone="Europe/Rome",
    start_date=date(2028, 5, 15),
    end_date=date(2028, 5, 19),
)


class FakePage(Page):
    """A stand-in page: records the missions it was told about."""

    page_id = "fake-one"

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.seen: list[int | None] = []
        ctx.bus.mission_changed.connect(self.seen.append)

    def title(self) -> str:
        return "Fake one"


class OtherFakePage(FakePage):
    page_id = "fake-two"

    def title(self) -> str:
        return "Fake two"


@pytest.fixture
def make_shell(
    qapp: QApplication, paths: Paths, monkeypatch: pytest.MonkeyPatch
) -> Iterator[Callable[..., Shell]]:
    """Build shells on fake pages; each is closed (worker joined, window deleted) afterwards."""
    monkeypatch.setattr(
        registry,
        "page_entries",
        lambda: [
            registry.PageEntry.of(FakePage, "Fake one"),
            registry.PageEntry.of(OtherFakePage, "Fake two"),
        ],
    )
    shells: list[Shell] = []

    def make(settings: Settings | None = None) -> Shell:
        shell = build_shell(paths, settings if settings is not None else load_settings(paths))
        shells.append(shell)
        shell.window.show()
        return shell

    yield make
    for shell in shells:
        shell.close()
    assert not [t for t in threading.enumerate() if t.name.startswith("ponte-db")]


def make_db(path: Path, paths: Paths, *drafts: MissionDraft) -> list[int]:
    with open_store(path, paths=paths) as store:
        return [create_mission(store, d) for d in drafts]


def wait_open(qtbot: QtBot, shell: Shell) -> None:
    qtbot.waitUntil(lambda: shell.controller.location() is not None)
    qtbot.waitUntil(lambda: not shell.ctx.runner.is_busy())


def wait_message(qtbot: QtBot, shell: Shell) -> str:
    qtbot.waitUntil(lambda: bool(shell.window.open_messages()))
    return shell.window.open_messages()[-1].text()


# --- opening ------------------------------------------------------------------------------


def test_window_opens_on_a_database(
    qtbot: QtBot, make_shell: Callable[..., Shell], paths: Paths, tmp_path: Path
) -> None:
    """The named database opens in the background; status bar and pages show it."""
    db = tmp_path / "missions.sqlite"
    make_db(db, paths, TURIN_TO_NAGOYA)
    shell = make_shell()
    shell.controller.open_startup(str(db))
    wait_open(qtbot, shell)
    window = shell.window
    assert str(db.resolve()) in window.database_label.text()
    assert "Torino → Nagoya" in window.mission_label.text()
    assert "Asia/Tokyo (UTC+09:00)" in window.mission_label.text()
    assert [window.navigation.item(i).text() for i in range(window.navigation.count())] == [
        "Fake one",
        "Fake two",
    ]
    window.show_page(1)
    assert window.stack.currentWidget() is window.pages()[1]
    assert window.new_mission_action.isEnabled()
    assert shell.ctx.store is not None and shell.ctx.mission_id is not None


def test_first_start_creates_the_default_database(
    qtbot: QtBot, make_shell: Callable[..., Shell], paths: Paths
) -> None:
    """With nothing named and nothing remembered, the default file is created and opened."""
    shell = make_shell()
    shell.controller.open_startup(None)
    wait_open(qtbot, shell)
    assert paths.default_database.is_file()
    assert shell.ctx.mission_id is None
    assert not shell.window.mission_combo.isEnabled()
    assert load_settings(paths).database == str(paths.default_database)


def test_last_database_and_mission_are_restored(
    qtbot: QtBot, make_shell: Callable[..., Shell], paths: Paths, tmp_path: Path
) -> None:
    """Without --db the last database opens on the mission last shown."""
    db = tmp_path / "last.sqlite"
    _first, second = make_db(db, paths, TURIN_TO_NAGOYA, NAGOYA_TO_TURIN)
    settings = Settings(database=str(db.resolve()), mission_id=second)
    shell = make_shell(settings)
    shell.controller.open_startup(None)
    wait_open(qtbot, shell)
    assert shell.ctx.mission_id == second
    assert shell.window.mission_combo.currentData() == second


def test_mission_named_on_the_command_line_wins(
    qtbot: QtBot, make_shell: Callable[..., Shell], paths: Paths, tmp_path: Path
) -> None:
    """``ponte --db F --mission N`` shows mission N."""
    db = tmp_path / "m.sqlite"
    first, _second = make_db(db, paths, TURIN_TO_NAGOYA, NAGOYA_TO_TURIN)
    shell = make_shell()
    shell.controller.open_startup(str(db), first)
    wait_open(qtbot, shell)
    assert shell.ctx.mission_id == first


def test_last_database_gone_is_reported_not_recreated(
    qtbot: QtBot, make_shell: Callable[..., Shell], tmp_path: Path
) -> None:
    """A remembered database that has gone gives a message and no new empty file."""
    gone = tmp_path / "usb" / "gone.sqlite"
    shell = make_shell(Settings(database=str(gone)))
    shell.controller.open_startup(None)
    assert "There is no database" in wait_message(qtbot, shell)
    assert not gone.exists()
    assert shell.ctx.store is None
    assert shell.window.database_label.text() == "No database open"


@pytest.mark.parametrize("kind", ["text", "foreign-sqlite", "newer-ponte"])
def test_bad_file_gives_a_message_and_stays_byte_identical(
    qtbot: QtBot,
    make_shell: Callable[..., Shell],
    paths: Paths,
    tmp_path: Path,
    kind: str,
) -> None:
    """A file Ponte cannot use is reported, left as it was, and the window stays usable."""
    bad = tmp_path / "bad.sqlite"
    if kind == "text":
        bad.write_bytes(b"Name;Company\nMario;Fiat\n")
        expected = "not a Ponte database"
    elif kind == "foreign-sqlite":
        con = sqlite3.connect(bad)
        con.execute("CREATE TABLE contacts (name TEXT)")
        con.commit()
        con.close()
        expected = "another program"
    else:
        make_db(bad, paths)
        con = sqlite3.connect(bad)
        con.execute("PRAGMA journal_mode = DELETE")
        con.execute("UPDATE alembic_version SET version_num = '9999_from_the_future'")
        con.commit()
        con.close()
        expected = "newer version of Ponte"
    before = bad.read_bytes()

    shell = make_shell()
    shell.controller.open_database(str(bad))
    assert expected in wait_message(qtbot, shell)
    qtbot.waitUntil(lambda: not shell.ctx.runner.is_busy())
    assert bad.read_bytes() == before
    assert shell.ctx.store is None
    assert not shell.window.new_mission_action.isEnabled()
    shell.window.show_page(1)
    assert shell.window.stack.currentIndex() == 1
    assert str(bad) not in load_settings(shell.ctx.paths).recent


def test_a_file_not_of_ponte_is_refused_in_the_window_s_language(
    qtbot: QtBot, make_shell: Callable[..., Shell], tmp_path: Path, japanese: None
) -> None:
    """The store's refusal reaches a Japanese window in Japanese, naming the file."""
    bad = tmp_path / "iscritti.csv"
    bad.write_bytes(b"Name;Company\nMario;Fiat\n")
    shell = make_shell()
    shell.controller.open_database(str(bad))
    text = wait_message(qtbot, shell)
    assert text == (
        f"{bad} は Ponte のデータベースではありません（SQLite ファイルではありません）。"
        "ファイルは変更していません。"
    )
    qtbot.waitUntil(lambda: not shell.ctx.runner.is_busy())


def test_failed_open_keeps_the_database_already_open(
    qtbot: QtBot, make_shell: Callable[..., Shell], paths: Paths, tmp_path: Path
) -> None:
    """Choosing a bad file does not close the good one."""
    good = tmp_path / "good.sqlite"
    make_db(good, paths, TURIN_TO_NAGOYA)
    bad = tmp_path / "notes.txt"
    bad.write_text("not a database")
    shell = make_shell()
    shell.controller.open_database(str(good))
    wait_open(qtbot, shell)
    shell.controller.open_database(str(bad))
    wait_message(qtbot, shell)
    assert shell.controller.location() is not None
    assert shell.controller.location().path == good.resolve()  # type: ignore[union-attr]
    assert shell.window.mission_combo.count() == 1


def test_no_other_database_while_a_sending_runs(
    qtbot: QtBot, make_shell: Callable[..., Shell], paths: Paths, tmp_path: Path
) -> None:
    """The mail worker sends from the open database: another one waits until it is done."""
    import threading

    good, other = tmp_path / "good.sqlite", tmp_path / "other.sqlite"
    make_db(good, paths, TURIN_TO_NAGOYA)
    make_db(other, paths, TURIN_TO_NAGOYA)
    shell = make_shell()
    shell.controller.open_database(str(good))
    wait_open(qtbot, shell)
    release = threading.Event()
    shell.ctx.mail.run(lambda: release.wait(10))
    try:
        shell.controller.open_database(str(other))
        assert "sending e-mails" in wait_message(qtbot, shell)
        assert shell.controller.location().path == good.resolve()  # type: ignore[union-attr]
    finally:
        release.set()
    qtbot.waitUntil(lambda: not shell.ctx.mail.is_busy())
    shell.controller.open_database(str(other))
    qtbot.waitUntil(
        lambda: (
            shell.controller.location() is not None
            and shell.controller.location().path == other.resolve()
        )  # type: ignore[union-attr]
    )


def test_new_database_never_overwrites_a_file(
    qtbot: QtBot, make_shell: Callable[..., Shell], tmp_path: Path
) -> None:
    """File ▸ New database on an existing file says so and leaves it alone."""
    existing = tmp_path / "taken.sqlite"
    existing.write_bytes(b"precious")
    shell = make_shell()
    shell.controller.new_database(str(existing))
    assert "already exists" in wait_message(qtbot, shell)
    assert existing.read_bytes() == b"precious"
    fresh = tmp_path / "fresh.sqlite"
    shell.controller.new_database(str(fresh))
    wait_open(qtbot, shell)
    assert fresh.is_file()


def test_status_bar_never_shows_a_password(qtbot: QtBot, make_shell: Callable[..., Shell]) -> None:
    """A server URL is shown and remembered without its password."""
    location = parse_location("postgresql+psycopg://ponte:s3cret@db.example:5432/ponte")
    shell = make_shell()
    shell.controller.database_opened.emit(location)
    assert "s3cret" not in shell.window.database_label.text()
    assert "db.example" in shell.window.database_label.text()
    assert "s3cret" not in remembered_target(location)
    assert remembered_target(location).startswith("postgresql+psycopg://ponte@db.example")


def test_busy_indicator_follows_the_runner(qtbot: QtBot, make_shell: Callable[..., Shell]) -> None:
    """The busy indicator shows while the worker has jobs."""
    shell = make_shell()
    indicator = shell.window.busy_indicator
    assert indicator.isHidden()
    release = threading.Event()
    shell.ctx.runner.run(lambda: release.wait(5))
    assert not indicator.isHidden()
    release.set()
    qtbot.waitUntil(indicator.isHidden)


# --- missions -----------------------------------------------------------------------------


def test_mission_chooser_lists_and_switches(
    qtbot: QtBot, make_shell: Callable[..., Shell], paths: Paths, tmp_path: Path
) -> None:
    """The chooser lists the missions (latest first); choosing one tells the pages."""
    db = tmp_path / "m.sqlite"
    first, second = make_db(db, paths, TURIN_TO_NAGOYA, NAGOYA_TO_TURIN)
    shell = make_shell()
    shell.controller.open_database(str(db))
    wait_open(qtbot, shell)
    combo = shell.window.mission_combo
    assert [combo.itemData(i) for i in range(combo.count())] == [second, first]
    assert combo.itemText(1) == "Torino → Nagoya, October 2027 · トリノ→名古屋 経済ミッション"
    # Until the October 2027 mission is over, it is the one being prepared: shown first.
    assert shell.ctx.mission_id == (first if date.today() <= date(2027, 10, 14) else second)

    if shell.ctx.mission_id != second:
        with qtbot.waitSignal(shell.ctx.bus.mission_changed) as blocker:
            combo.setCurrentIndex(0)
            combo.activated.emit(0)
        assert blocker.args == [second]
    with qtbot.waitSignal(shell.ctx.bus.mission_changed) as blocker:
        combo.setCurrentIndex(1)
        combo.activated.emit(1)
    assert blocker.args == [first]
    assert shell.ctx.mission_id == first
    assert "Asia/Tokyo" in shell.window.mission_label.text()
    assert load_settings(paths).mission_id == first
    page = shell.window.pages()[0]
    assert isinstance(page, FakePage)
    assert page.seen[-2:] == [second, first]


@pytest.mark.parametrize(
    ("lang", "expected"),
    [("en", "Torino → Nagoya, October 2027 — "), ("ja", "トリノ→名古屋 経済ミッション — ")],
)
def test_status_bar_names_the_mission_in_the_window_s_language(
    qtbot: QtBot,
    make_shell: Callable[..., Shell],
    paths: Paths,
    tmp_path: Path,
    lang: str,
    expected: str,
) -> None:
    """A Japanese window says the mission's Japanese name; one without a name in the
    window's language says the English one."""
    from tests.ui_support import window_language

    db = tmp_path / "m.sqlite"
    make_db(db, paths, TURIN_TO_NAGOYA)
    with window_language(lang):
        shell = make_shell()
        shell.controller.open_database(str(db))
        wait_open(qtbot, shell)
        qtbot.waitUntil(lambda: shell.ctx.mission_id is not None)
        assert shell.window.mission_label.text().startswith(expected)


def test_new_mission_is_created_and_shown(
    qtbot: QtBot, make_shell: Callable[..., Shell], paths: Paths, tmp_path: Path
) -> None:
    """File ▸ New mission creates the mission in the background and switches to it."""
    db = tmp_path / "m.sqlite"
    make_db(db, paths, NAGOYA_TO_TURIN)
    shell = make_shell()
    shell.controller.open_database(str(db))
    wait_open(qtbot, shell)
    dialog = shell.window.open_new_mission_dialog()
    dialog.name_edit.setText(TURIN_TO_NAGOYA.name)
    dialog.name_it_edit.setText("Torino → Nagoya, ottobre 2027")
    dialog.name_ja_edit.setText("名古屋ミッション")
    dialog.city_edit.setText("名古屋")
    with (
        qtbot.waitSignal(shell.controller.mission_created) as created,
        qtbot.waitSignal(shell.ctx.bus.changed) as changed,
    ):
        dialog.start_edit.setDate(date(2027, 10, 4))
        dialog.end_edit.setDate(date(2027, 10, 6))
        dialog.accept()
    assert changed.args[0] == Changes(missions=True)
    new_id = created.args[0]
    qtbot.waitUntil(lambda: shell.ctx.mission_id == new_id)
    assert shell.window.mission_combo.currentData() == new_id
    assert shell.window.mission_combo.count() == 2
    current = shell.controller.current_mission()
    assert current is not None and current.name_ja == "名古屋ミッション"
    assert current.name_it == "Torino → Nagoya, ottobre 2027"


def test_new_mission_needs_an_open_database(qtbot: QtBot, make_shell: Callable[..., Shell]) -> None:
    """Creating a mission with nothing open says what to do first."""
    shell = make_shell()
    shell.controller.create_mission(TURIN_TO_NAGOYA)
    assert "Open or create a database" in wait_message(qtbot, shell)


# --- the New mission dialog ---------------------------------------------------------------


@pytest.fixture
def dialog(qtbot: QtBot) -> NewMissionDialog:
    d = NewMissionDialog(today=date(2027, 10, 4))
    qtbot.addWidget(d)
    d.name_edit.setText("Torino → Nagoya")
    d.city_edit.setText("Nagoya")
    return d


def test_dialog_refuses_end_before_start(qtbot: QtBot, dialog: NewMissionDialog) -> None:
    """An end date before the start is shown next to the end date; the dialog stays open."""
    dialog.show()
    dialog.end_edit.setDate(date(2027, 10, 1))
    with qtbot.assertNotEmitted(dialog.accepted):
        dialog.accept()
    assert dialog.errors() == {"end_date": "The mission cannot end before it starts."}
    assert dialog.isVisible()
    dialog.end_edit.setDate(date(2027, 10, 5))
    assert dialog.errors() == {}


def test_dialog_says_its_problems_in_the_window_s_language(
    qtbot: QtBot, dialog: NewMissionDialog, japanese: None
) -> None:
    """The dialog shows the service's own sentences, in Japanese in a Japanese window."""
    dialog.city_edit.clear()
    dialog.end_edit.setDate(date(2027, 10, 1))
    dialog.accept()
    assert dialog.errors() == {
        "host_city": "開催都市を入力してください。",
        "end_date": "終了日を開始日より前にすることはできません。",
    }


def test_dialog_refuses_unknown_zone(qtbot: QtBot, dialog: NewMissionDialog) -> None:
    """A time zone that is not an IANA name is refused inline."""
    dialog.zone_combo.setEditText("Nagoya/Castle")
    with qtbot.assertNotEmitted(dialog.accepted):
        dialog.accept()
    assert set(dialog.errors()) == {"timezone"}
    assert "Asia/Tokyo" in dialog.errors()["timezone"]


def test_dialog_requires_name_and_city(qtbot: QtBot, dialog: NewMissionDialog) -> None:
    """Blank name and city are both reported at once."""
    dialog.name_edit.setText("   ")
    dialog.city_edit.clear()
    dialog.accept()
    assert set(dialog.errors()) == {"name", "host_city"}
    qtbot.keyClicks(dialog.name_edit, "Visit")
    assert set(dialog.errors()) == {"host_city"}


def test_dialog_offers_host_zones_first_and_accepts_a_valid_mission(
    qtbot: QtBot, dialog: NewMissionDialog
) -> None:
    """Asia/Tokyo and Europe/Rome lead the zones; a valid draft closes the dialog."""
    assert [dialog.zone_combo.itemText(i) for i in range(2)] == ["Asia/Tokyo", "Europe/Rome"]
    dialog.zone_combo.setCurrentIndex(1)
    dialog.name_ja_edit.setText("トリノ")
    with qtbot.waitSignal(dialog.accepted):
        dialog.accept()
    draft = dialog.draft()
    assert (draft.timezone, draft.name_ja, draft.start_date) == (
        "Europe/Rome",
        "トリノ",
        date(2027, 10, 4),
    )


def test_dialog_dates_have_four_digit_years() -> None:
    """Dates follow the locale, with the full year; plain C falls back to ISO."""
    assert date_format(QLocale("it_IT")) == "dd/MM/yyyy"
    assert date_format(QLocale("ja_JP")) == "yyyy/MM/dd"
    assert date_format(QLocale.c()) == "yyyy-MM-dd"


# --- menus --------------------------------------------------------------------------------


def recent_entries(shell: Shell) -> list[str]:
    return [a.data() for a in shell.window.recent_menu.actions() if a.data()]


def test_recent_files_are_remembered_cleared_and_pruned(
    qtbot: QtBot, make_shell: Callable[..., Shell], paths: Paths, tmp_path: Path
) -> None:
    """Opened databases lead the recent list; a vanished one is reported and dropped."""
    a, b = tmp_path / "a.sqlite", tmp_path / "b.sqlite"
    make_db(a, paths)
    make_db(b, paths)
    shell = make_shell()
    shell.controller.open_database(str(a))
    wait_open(qtbot, shell)
    shell.controller.open_database(str(b))
    qtbot.waitUntil(lambda: recent_entries(shell) == [str(b.resolve()), str(a.resolve())])
    assert load_settings(paths).recent == [str(b.resolve()), str(a.resolve())]

    a.unlink()
    action = next(x for x in shell.window.recent_menu.actions() if x.data() == str(a.resolve()))
    action.trigger()
    assert "no longer exists" in wait_message(qtbot, shell)
    assert recent_entries(shell) == [str(b.resolve())]
    assert load_settings(paths).recent == [str(b.resolve())]

    shell.window.clear_recent_action.trigger()
    assert recent_entries(shell) == []
    assert load_settings(paths).recent == []
    assert not shell.window.clear_recent_action.isEnabled()


class Rename(QUndoCommand):
    def __init__(self, log: list[str]) -> None:
        super().__init__("Rename organisation")
        self.log = log

    def redo(self) -> None:
        self.log.append("redo")

    def undo(self) -> None:
        self.log.append("undo")


def test_undo_and_redo_actions_follow_the_stack(
    qtbot: QtBot, make_shell: Callable[..., Shell], paths: Paths, tmp_path: Path
) -> None:
    """Edit ▸ Undo/Redo drive ctx.undo; opening another database clears it."""
    shell = make_shell()
    undo, redo = shell.window.undo_action, shell.window.redo_action
    assert not undo.isEnabled()
    log: list[str] = []
    shell.ctx.undo.push(Rename(log))
    assert undo.isEnabled()
    assert "Rename organisation" in undo.text()
    undo.trigger()
    assert log == ["redo", "undo"]
    assert redo.isEnabled()
    redo.trigger()
    assert log == ["redo", "undo", "redo"]

    db = tmp_path / "other.sqlite"
    make_db(db, paths)
    shell.controller.open_database(str(db))
    wait_open(qtbot, shell)
    assert shell.ctx.undo.count() == 0


def test_language_choice_is_saved_for_the_next_start(
    qtbot: QtBot, make_shell: Callable[..., Shell], paths: Paths
) -> None:
    """View ▸ Language stores the choice and says it applies after a restart."""
    shell = make_shell()
    shell.window.language_actions["ja"].trigger()
    assert "next time" in wait_message(qtbot, shell)
    assert load_settings(paths).ui_language == "ja"
    assert shell.window.language_actions["ja"].isChecked()
    shell.window.language_actions[None].trigger()
    assert load_settings(paths).ui_language is None


def test_about_box_names_the_version(qtbot: QtBot, make_shell: Callable[..., Shell]) -> None:
    """Help ▸ About shows Ponte's version."""
    shell = make_shell()
    shell.window.about_action.trigger()
    assert "Ponte 0." in wait_message(qtbot, shell)


# --- language -----------------------------------------------------------------------------


def test_language_comes_from_settings_then_system() -> None:
    """The settings' language wins; else the system's, if Ponte speaks it; else English."""
    assert choose_language("it", QLocale("ja_JP")) == "it"
    assert choose_language(None, QLocale("ja_JP")) == "ja"
    assert choose_language(None, QLocale("it_CH")) == "it"
    assert choose_language(None, QLocale("de_DE")) == "en"


def test_available_languages_name_themselves(tmp_path: Path) -> None:
    """en, it and ja are offered in their own names; a catalogue is found when present."""
    (tmp_path / "ponte_it.qm").write_bytes(b"")
    languages = available_languages(tmp_path)
    assert [(lang.code, lang.native_name) for lang in languages] == [
        ("en", "English"),
        ("it", "Italiano"),
        ("ja", "日本語"),
    ]
    assert [lang.has_catalogue for lang in languages] == [True, True, False]


def test_qt_translations_are_installed_and_replaced(qapp: QApplication, tmp_path: Path) -> None:
    """Qt's own catalogue follows the language; choosing again replaces, never stacks."""
    try:
        installed = install_translators(qapp, "it", tmp_path)
        assert len(installed) == 1  # qtbase_it; Ponte's catalogue is not written yet
        assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Annulla"
        assert install_translators(qapp, "en", tmp_path) == []
    finally:
        install_translators(qapp, "en", tmp_path)
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Cancel"


# --- the service behind the shell ---------------------------------------------------------


def test_create_mission_normalises_and_lists_latest_first(paths: Paths, tmp_path: Path) -> None:
    """Created missions come back trimmed, latest start first."""
    with open_store(tmp_path / "s.sqlite", paths=paths) as store:
        first = create_mission(
            store,
            MissionDraft(**{**TURIN_TO_NAGOYA.__dict__, "name": "  Torino  ", "name_ja": " "}),
        )
        second = create_mission(store, NAGOYA_TO_TURIN)
        rows = list_missions(store)
    assert [r.id for r in rows] == [second, first]
    assert (rows[1].name, rows[1].name_ja) == ("Torino", None)


def test_create_mission_refuses_with_clear_messages(paths: Paths, tmp_path: Path) -> None:
    """Invalid drafts raise MissionInvalid naming every problem; nothing is stored."""
    bad = MissionDraft(
        name="",
        host_city="Nagoya",
        timezone="Japan/Nagoya",
        start_date=date(2027, 10, 8),
        end_date=date(2027, 10, 4),
    )
    assert validate_mission(bad) == [
        Problem.NAME_MISSING,
        Problem.ZONE_UNKNOWN,
        Problem.DATES_REVERSED,
    ]
    with open_store(tmp_path / "s.sqlite", paths=paths) as store:
        with pytest.raises(MissionInvalid, match="cannot end before it starts"):
            create_mission(store, bad)
        assert list_missions(store) == []


def test_zone_choices_put_the_host_zones_first() -> None:
    """Asia/Tokyo and Europe/Rome first, each zone once."""
    zones = zone_choices()
    assert zones[:2] == ["Asia/Tokyo", "Europe/Rome"]
    assert len(zones) == len(set(zones))


def test_window_icon_is_the_ponte_bridge(qapp: object) -> None:
    """The icon ships in resources/ and the SVG plugin can draw it."""
    from PySide6.QtWidgets import QApplication

    from ui.application import prepare_application

    app = prepare_application("en")
    assert isinstance(app, QApplication)
    pixmap = app.windowIcon().pixmap(64, 64)
    assert not pixmap.isNull()
    image = pixmap.toImage()
    assert image.pixelColor(32, 4).name() == "#1f3a5f"  # the icon's blue background
