"""Personal data at rest (issue 16, item 5): every file Ponte writes that names people is its
owner's only (0600) in a folder that is its owner's only (0700) — run through the real
commands, as the probe did: demo, agendas, badges, sheets, calendars, e-mail drafts, exports,
personal data, settings, mail settings, the log. A folder the user chose and that existed
before keeps its mode; the folders Ponte made (now or earlier) are tightened."""

from __future__ import annotations

import logging
import os
import stat
from pathlib import Path

import pytest
from click.testing import CliRunner

from app.cli import build_cli
from app.common import files
from app.common.logs import configure_logging
from app.common.paths import Paths
from app.common.settings import Settings, save_settings


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def _run(*args: str) -> str:
    result = CliRunner().invoke(build_cli(), list(args), catch_exceptions=False)
    assert result.exit_code == 0, result.output
    return result.output


def _modes_under(root: Path) -> tuple[dict[str, int], dict[str, int]]:
    """Every folder's and file's mode under ``root`` (root itself excluded)."""
    folders, written = {}, {}
    for path in root.rglob("*"):
        name = str(path.relative_to(root))
        (folders if path.is_dir() else written)[name] = _mode(path)
    return folders, written


@pytest.fixture(autouse=True)
def _loose_umask() -> object:
    """The common umask (022): what Ponte does must not depend on a careful one."""
    old = os.umask(0o022)
    yield
    os.umask(old)
    files.keep_register(None)


def test_every_file_a_command_writes_is_private(tmp_path: Path, paths: Paths) -> None:
    out = tmp_path / "out"  # none of it exists: every folder below is Ponte's
    db = str(paths.data_dir / "mission.sqlite")
    _run("demo", "--db", db)
    few = "1,2,3"
    _run("agendas", "--db", db, "--mission", "1", "--out", str(out / "agendas"),
         "--participants", few)  # fmt: skip
    _run("badges", "--db", db, "--mission", "1", "--out", str(out / "badges" / "badges.pdf"))
    _run("sheets", "--db", db, "--mission", "1", "--out", str(out / "sheets"))
    _run("ics", "--db", db, "--mission", "1", "--out", str(out / "calendars"),
         "--participants", few)  # fmt: skip
    _run("send", "--db", db, "--mission", "1", "--eml", str(out / "drafts" / "october"),
         "--participants", few)  # fmt: skip
    _run("export", "--db", db, "--mission", "1", "--what", "all", str(out / "x" / "all.xlsx"))
    _run("export", "--db", db, "--mission", "1", str(out / "csv" / "people.csv"))
    _run("personal-data", "--db", db, "--participant", "1", "--out", str(out / "pd" / "1.json"))
    _run("mail-settings", "--host", "smtp.example.com")
    save_settings(paths, Settings(coordinator_name="Anna Rossi"))
    log_file = configure_logging(paths)
    try:
        logging.getLogger("ponte.test").warning("a line naming Luca Gribaudo")
    finally:
        for handler in list(logging.getLogger().handlers):
            if getattr(handler, "baseFilename", None) == str(log_file):
                logging.getLogger().removeHandler(handler)
                handler.close()

    folders, written = _modes_under(tmp_path)
    kinds = {Path(name).suffix for name in written}
    assert {".pdf", ".ics", ".eml", ".xlsx", ".csv", ".json", ".log", ".sqlite"} <= kinds
    assert {name: m for name, m in written.items() if m != 0o600} == {}
    assert {name: m for name, m in folders.items() if m != 0o700 and name != "home"} == {}
    assert (paths.logs_dir / "ponte.log").exists()
    # the register names where the documents went, not the scratch folders of sending
    noted = {p.name for p in files.written_folders(paths.written_folders_file)}
    assert {"agendas", "badges", "sheets", "calendars", "october", "x", "csv", "pd"} <= noted
    assert not any(name.startswith("ponte-") for name in noted)


def test_folders_an_older_ponte_made_are_tightened(tmp_path: Path, paths: Paths) -> None:
    for folder in (paths.data_dir, paths.config_dir, paths.documents_dir, paths.logs_dir):
        folder.mkdir(parents=True)
        folder.chmod(0o755)
    old_log = paths.logs_dir / "ponte.log"
    old_log.write_text("an old line\n")
    old_log.chmod(0o644)
    mine = tmp_path / "my-documents"  # the user's own, chosen folder: left as it is
    mine.mkdir()
    mine.chmod(0o755)
    db = str(paths.data_dir / "mission.sqlite")
    _run("demo", "--db", db)
    _run("sheets", "--db", db, "--mission", "1", "--out", str(mine))
    _run("sheets", "--db", db, "--mission", "1", "--out", str(mine / "sheets"))
    (mine / "sheets").chmod(0o755)  # as an older Ponte left it; the register says it is ours
    _run("sheets", "--db", db, "--mission", "1", "--out", str(mine / "sheets"))
    save_settings(paths, Settings())
    log_file = configure_logging(paths)
    for handler in list(logging.getLogger().handlers):
        if getattr(handler, "baseFilename", None) == str(log_file):
            logging.getLogger().removeHandler(handler)
            handler.close()
    for folder in (paths.data_dir, paths.config_dir, paths.documents_dir, paths.logs_dir):
        assert _mode(folder) == 0o700, folder
    assert _mode(old_log) == 0o600
    assert _mode(mine) == 0o755
    assert _mode(mine / "sheets") == 0o700
    assert {_mode(p) for p in mine.rglob("*.pdf")} == {0o600}
    assert _mode(paths.written_folders_file) == 0o600


def test_a_new_database_in_a_new_folder(tmp_path: Path, paths: Paths) -> None:
    _run("demo", "--db", str(tmp_path / "new" / "missions" / "m.sqlite"))
    assert (_mode(tmp_path / "new"), _mode(tmp_path / "new" / "missions")) == (0o700, 0o700)
    assert _mode(tmp_path / "new" / "missions" / "m.sqlite") == 0o600


def test_a_folder_made_by_the_atomic_writer_is_private(tmp_path: Path) -> None:
    target = tmp_path / "a" / "b" / "c.txt"
    files.write_file(target, "Luca Gribaudo")
    assert (_mode(tmp_path / "a"), _mode(tmp_path / "a" / "b"), _mode(target)) == (
        0o700,
        0o700,
        0o600,
    )
    assert files.make_private_folder(tmp_path / "a") == tmp_path / "a"
    shared = files.write_file(tmp_path / "ids.json", "[1, 2]", shared=True)
    assert _mode(shared) == 0o644  # no personal data: may be shared
