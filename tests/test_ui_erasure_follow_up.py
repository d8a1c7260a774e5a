"""The window after an erasure (issue 16, item 5): the follow-up dialog lists the files
Ponte made before that still name the erased person and deletes the checked ones; when the
database file could not be cleaned it says so and its Finish erasure button completes it."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from click.testing import CliRunner
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from app.cli import build_cli
from app.common import files
from app.common.paths import Paths
from app.model import Participant
from app.services import erasure_messages as em
from app.services.erasure import Cleanup, ErasedPerson
from app.services.erasure_traces import Trace
from app.store import Store, open_store
from tests.ui_support import close_context, make_context
from ui.context import AppContext
from ui.erasure_follow_up import ErasureFollowUp
from ui.pages.participants import ParticipantsPage


def _cli(*args: str) -> None:
    result = CliRunner().invoke(build_cli(), list(args), catch_exceptions=False)
    assert result.exit_code == 0, result.output


@pytest.fixture
def demo(paths: Paths, tmp_path: Path) -> Iterator[Store]:
    db = tmp_path / "mission.sqlite"
    _cli("demo", "--db", str(db))
    with open_store(str(db), paths=paths) as store:
        yield store
    files.keep_register(None)


@pytest.fixture
def ctx(qtbot: QtBot, paths: Paths, demo: Store) -> Iterator[AppContext]:
    context = make_context(paths, demo, 1)
    yield context
    close_context(qtbot, context)


def _dialogs() -> list[ErasureFollowUp]:
    return [w for w in QApplication.topLevelWidgets() if isinstance(w, ErasureFollowUp)]


def test_erasing_on_the_participants_page_offers_to_delete_the_files(
    qtbot: QtBot, ctx: AppContext, paths: Paths
) -> None:
    assert ctx.store is not None
    db = str(ctx.store.location.path)
    agendas = paths.documents_dir / "agendas"
    _cli("agendas", "--db", db, "--mission", "1", "--out", str(agendas), "--participants", "7,8")
    _cli("send", "--db", db, "--mission", "1", "--eml", str(paths.documents_dir / "drafts"),
         "--participants", "7,8")  # fmt: skip
    hers = sorted(p for p in paths.documents_dir.rglob("*-0007-*"))
    assert len(hers) == 2
    page = ParticipantsPage(ctx)
    qtbot.addWidget(page)
    page.show()
    qtbot.waitUntil(page.ready, timeout=30_000)
    page.erase(7)
    qtbot.waitUntil(lambda: bool(_dialogs()), timeout=30_000)
    dialog = _dialogs()[0]
    qtbot.addWidget(dialog)
    listed = [dialog.files.item(r).text() for r in range(dialog.files.count())]
    assert listed == [str(p.resolve()) for p in hers]
    # "file(s)" until the catalogues carry the new plurals (translations update on main)
    assert dialog.files_label.text().startswith("2 file")
    assert not dialog.finish_button.isVisible()  # the file was cleaned at once
    assert "no longer holds" in dialog.state.text()
    dialog.files.item(1).setCheckState(Qt.CheckState.Unchecked)  # kept, on purpose
    qtbot.mouseClick(dialog.delete_button, Qt.MouseButton.LeftButton)
    assert not hers[0].exists() and hers[1].exists()
    assert dialog.files.count() == 1 and dialog.notice.text().startswith("Deleted 1 file")
    assert len(list(paths.documents_dir.rglob("*-0008-*"))) == 2  # the others' stay


def test_finish_erasure_in_the_dialog(qtbot: QtBot, ctx: AppContext, tmp_path: Path) -> None:
    assert ctx.store is not None and ctx.store.location.path is not None
    path = ctx.store.location.path
    unfinished = Cleanup(
        done=False,
        notes=(em.FILE_HOLDS_TRACES(path=path, holders="sqlite3 (process 4242)"),),
        holders=("sqlite3 (process 4242)",),
    )
    person = ErasedPerson(7, ("Luca Gribaudo", "Gribaudo Luca"), "gribaudo-l@example.com")
    note = tmp_path / "note.txt"
    note.write_text("Luca Gribaudo")
    dialog = ErasureFollowUp(ctx, unfinished, [person], [Trace(note, (7,))])
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.finish_button.isVisible()
    assert "process 4242" in dialog.state.text()
    qtbot.mouseClick(dialog.finish_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "no longer holds" in dialog.state.text(), timeout=30_000)
    assert not dialog.finish_button.isVisible()
    elsewhere = tmp_path / "elsewhere" / "deeper"
    elsewhere.mkdir(parents=True)
    (elsewhere / "mail.eml").write_text("To: gribaudo-l@example.com\n\nHello\n")
    dialog.look_in(tmp_path / "elsewhere")
    qtbot.waitUntil(lambda: dialog.files.count() == 2, timeout=30_000)
    assert dialog.notice.text().startswith("1 file")


def test_the_people_stay_unnamed_by_the_register(paths: Paths, demo: Store) -> None:
    """The register holds folders, never a name or an address."""
    assert demo.location.path is not None
    _cli("ics", "--db", str(demo.location.path), "--mission", "1",
         "--out", str(paths.documents_dir / "ics"), "--participants", "7")  # fmt: skip
    with demo.session() as s:
        person = s.get(Participant, 7)
        assert person is not None and person.email
        email, family = person.email, person.family_name
    text = paths.written_folders_file.read_text(encoding="utf-8")
    assert "ics" in text and email not in text and family not in text


def test_finish_erasure_from_the_file_menu(
    qtbot: QtBot, paths: Paths, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """File ▸ Finish erasure: refused with the holder named while another program reads an
    old state of the file, done once it has closed."""
    import subprocess
    import sys

    from app.common.settings import Settings
    from app.services import erasure
    from tests.test_erasure_file import HOLD
    from tests.test_ui_shell import FakePage
    from ui.application import build_shell
    from ui.pages import registry

    monkeypatch.setattr(erasure, "WAIT_FOR_OTHERS_S", 0.5)
    monkeypatch.setattr(registry, "page_entries", lambda: [registry.PageEntry.of(FakePage, "F")])
    db = tmp_path / "held.sqlite"
    _cli("demo", "--db", str(db))
    shell = build_shell(paths, Settings())
    holder = subprocess.Popen(
        [sys.executable, "-c", HOLD, str(db)], stdin=subprocess.PIPE, stdout=subprocess.PIPE,
        text=True,
    )  # fmt: skip
    try:
        shell.window.show()
        shell.controller.open_startup(str(db))
        qtbot.waitUntil(lambda: shell.controller.location() is not None, timeout=30_000)
        qtbot.waitUntil(lambda: not shell.ctx.runner.is_busy(), timeout=30_000)
        assert holder.stdout is not None and holder.stdout.readline().strip() == "holding"
        with open_store(str(db), paths=paths) as store:
            erased = erasure.erase_participant(store, 7)
        assert not erased.cleanup.done
        shell.window.finish_erasure_action.trigger()
        qtbot.waitUntil(lambda: bool(shell.window.open_messages()), timeout=30_000)
        said = shell.window.open_messages()[-1].text()
        assert f"(process {holder.pid})" in said and "still holds traces" in said
        shell.window.open_messages()[-1].done(0)
    finally:
        assert holder.stdin is not None and holder.stdout is not None
        holder.stdin.write("\n")
        holder.stdin.close()
        holder.wait(timeout=30)
        holder.stdout.close()
    try:
        qtbot.waitUntil(lambda: not shell.window.open_messages())
        shell.window.finish_erasure_action.trigger()
        qtbot.waitUntil(lambda: bool(shell.window.open_messages()), timeout=30_000)
        assert "no longer holds" in shell.window.open_messages()[-1].text()
    finally:
        shell.close()
