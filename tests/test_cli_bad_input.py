"""Every `ponte` command given bad input: a missing database file, a file that is not a
database, a mission or participant that is not there, a malformed option value, a database
another program is writing to. Each ends with a message and exit status 1 or 2, never a
Python traceback.

Most cases run in-process with click's CliRunner (``catch_exceptions=False``, so an exception
the one handler misses fails the test with its traceback); the missing-file and locked cases
also run through the real ``ponte`` entry point as a user would start it.
"""

from __future__ import annotations

import functools
import shutil
import sqlite3
import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from app.cli import build_cli
from app.common.paths import Paths
from app.demo import write_demo
from app.services import database as database_service
from app.services.database import open_database
from app.store import open_store

PONTE = str(Path(sys.executable).with_name("ponte"))
BUSY = "Another program is writing to"
ENTRY_POINT_TIMEOUT_S = 120  # above the store's 15 s busy timeout, with room for a slow start

# A participants file every import reads (the database is opened after the file is read).
PARTICIPANTS_CSV = "Cognome,Nome,E-mail\nBianchi,Ugo,ugo.bianchi@example.com\n"


# --- what every case shares -----------------------------------------------------------------


@pytest.fixture(scope="module")
def demo_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The demo missions (1: Torino → Nagoya, 2: Nagoya → Torino), written once."""
    root = tmp_path_factory.mktemp("demo")
    path = root / "demo.sqlite"
    with open_store(path, paths=Paths.under(root)) as store:
        write_demo(store)
    return path


@pytest.fixture
def db(demo_file: Path, tmp_path: Path, paths: Paths) -> Path:
    """A copy of the demo for one test (a command may change it)."""
    target = tmp_path / "mission.sqlite"
    shutil.copyfile(demo_file, target)
    return target


@pytest.fixture
def files(tmp_path: Path) -> dict[str, str]:
    """Paths a command names: a file that is not a database, a missing one, a CSV …"""
    not_a_db = tmp_path / "notes.txt"
    not_a_db.write_text("Appunti della riunione\n", encoding="utf-8")
    csv = tmp_path / "participants.csv"
    csv.write_text(PARTICIPANTS_CSV, encoding="utf-8")
    return {
        "missing": str(tmp_path / "typo.sqlite"),
        "not_a_db": str(not_a_db),
        "under_a_file": str(not_a_db / "ponte.sqlite"),
        "csv": str(csv),
        "out": str(tmp_path / "out"),
        "xlsx": str(tmp_path / "out.xlsx"),
        "json": str(tmp_path / "out.json"),
    }


def invoke(*args: str) -> Result:
    """Run ``ponte ARGS`` in this process; an exception nobody handled fails the test."""
    return CliRunner().invoke(build_cli(), list(args), catch_exceptions=False)


def assert_refused(result: Result | subprocess.CompletedProcess[str], *said: str) -> None:
    """Exit status 1 or 2, a message ("Error: …", as click and the one handler word it),
    the expected words in it, and no traceback anywhere."""
    if isinstance(result, Result):
        status, output = result.exit_code, result.output
    else:
        status, output = result.returncode, result.stdout + result.stderr
    assert "Traceback" not in output, output
    assert status in (1, 2), (status, output)
    assert "Error" in output, output
    for words in said:
        assert words in output, output


# Each command, with the rest of what it needs to get as far as the database (keys of
# ``files`` in braces). demo creates a missing file, so it is not in MISSING.
COMMANDS: dict[str, list[str]] = {
    "info": [],
    "schedule": ["--mission", "1", "--time-limit", "1"],
    "badges": ["--out", "{out}"],
    "agendas": ["--out", "{out}"],
    "sheets": ["--out", "{out}"],
    "ics": ["--out", "{out}"],
    "publish": ["--mission", "1"],
    "send": ["--eml", "{out}"],
    "sent-log": [],
    "import": ["{csv}"],
    "export": ["{xlsx}"],
    "personal-data": ["--participant", "1", "--out", "{json}"],
    "erase": ["--participant", "1", "--yes"],
    "duplicates": [],
    "merge": ["--keep", "1", "--remove", "2"],
    "checkin": ["PNT0000000000AB"],
}


def command(name: str, db: str, files: dict[str, str], extra: list[str] | None = None) -> list[str]:
    rest = COMMANDS.get(name, []) if extra is None else extra
    return [name, "--db", db, *(arg.format(**files) for arg in rest)]


# --- no database where one was named ---------------------------------------------------------


@pytest.mark.parametrize("name", list(COMMANDS))
def test_a_missing_database_file(name: str, files: dict[str, str], paths: Paths) -> None:
    """Nothing is created: a database that is not there is said to be missing."""
    assert_refused(invoke(*command(name, files["missing"], files)), "There is no database at")
    assert not Path(files["missing"]).exists()


def test_demo_where_no_file_can_be_made(files: dict[str, str], paths: Paths) -> None:
    assert_refused(invoke("demo", "--db", files["under_a_file"]), "Cannot create")


def test_solve_a_missing_problem_file(files: dict[str, str], paths: Paths) -> None:
    result = invoke("solve", files["missing"], "--out", files["json"])
    assert_refused(result)


@pytest.mark.parametrize("name", ["demo", *COMMANDS])
def test_a_file_that_is_not_a_database(name: str, files: dict[str, str], paths: Paths) -> None:
    """A text file named by mistake is refused and left as it was."""
    before = Path(files["not_a_db"]).read_bytes()
    result = invoke(*command(name, files["not_a_db"], files, [] if name == "demo" else None))
    assert_refused(result, "is not a Ponte database")
    assert Path(files["not_a_db"]).read_bytes() == before


def test_solve_a_file_that_is_not_a_problem(files: dict[str, str], paths: Paths) -> None:
    assert_refused(invoke("solve", files["not_a_db"], "--out", files["json"]))


def test_info_on_an_unsupported_url(paths: Paths) -> None:
    assert_refused(invoke("info", "--db", "mysql://u@h/db"), "Ponte works with SQLite files")


# --- a mission or a participant that is not there ---------------------------------------------

WITH_MISSION = [
    "schedule",
    "badges",
    "agendas",
    "sheets",
    "ics",
    "publish",
    "send",
    "sent-log",
    "import",
    "export",
    "duplicates",
    "checkin",
]


@pytest.mark.parametrize("name", WITH_MISSION)
def test_a_wrong_mission_id(name: str, db: Path, files: dict[str, str]) -> None:
    rest = COMMANDS[name]
    rest = rest[2:] if rest[:2] == ["--mission", "1"] else rest
    assert_refused(invoke(*command(name, str(db), files, ["--mission", "999", *rest])), "999")


@pytest.mark.parametrize(
    "extra",
    [
        ["erase", "--participant", "99999", "--yes"],
        ["erase", "--mission-people", "999", "--yes"],
        ["personal-data", "--participant", "99999", "--out", "{json}"],
        ["merge", "--keep", "99999", "--remove", "1"],
        ["merge", "--keep", "1", "--remove", "1"],
    ],
    ids=lambda extra: "-".join(extra[:2]),
)
def test_a_wrong_participant_or_mission(extra: list[str], db: Path, files: dict[str, str]) -> None:
    name, *rest = extra
    assert_refused(invoke(*command(name, str(db), files, rest)))


# --- malformed option values -----------------------------------------------------------------


@pytest.mark.parametrize(
    "args",
    [
        ["schedule", "--mission", "1", "--time-limit", "-1"],
        ["schedule", "--mission", "abc"],
        ["badges", "--out", "{out}", "--participants", "a,b"],
        ["badges", "--out", "{out}", "--start-at", "0"],
        ["badges", "--out", "{out}", "--qr", "barcode"],
        ["agendas", "--out", "{out}", "--participants", "a,b"],
        ["agendas", "--out", "{out}", "--workers", "-1"],
        ["agendas", "--out", "{out}", "--no-personal"],
        ["sheets", "--out", "{out}", "--paper", "A5"],
        ["sheets", "--out", "{out}", "--language", "fr"],
        ["ics", "--out", "{out}", "--participants", "a,b"],
        ["publish", "--mission", "abc"],
        ["send", "--eml", "{out}", "--participants", "a,b"],
        ["send"],
        ["send", "--eml", "{out}", "--again"],
        ["sent-log", "--limit", "0"],
        ["import", "{csv}", "--kind", "nonsense"],
        ["export", "{xlsx}", "--what", "nothing"],
        ["export", "{out}.pdf"],
        ["personal-data", "--participant", "abc", "--out", "{json}"],
        ["erase", "--yes"],
        ["erase", "--participant", "1", "--mission-people", "1", "--yes"],
        ["duplicates", "--mission", "abc"],
        ["merge", "--keep", "abc", "--remove", "1"],
    ],
    ids=lambda args: "-".join(a.strip("-{}") for a in args[:1] + args[-2:]),
)
def test_a_malformed_option(args: list[str], db: Path, files: dict[str, str]) -> None:
    name, *rest = args
    assert_refused(invoke(*command(name, str(db), files, rest)))


@pytest.mark.parametrize(
    "args",
    [
        ["solve", "{json}", "--out", "{out}.json", "--time-limit", "-1"],
        ["mail-settings", "--port", "0"],
        ["mail-settings", "--security", "bogus"],
        ["mail-settings", "--rate", "1000"],
        ["info", "--db"],
        ["demo", "--replace", "--db"],
    ],
    ids=lambda args: "-".join(a.strip("-{}") for a in args[:1] + args[-2:]),
)
def test_a_malformed_option_without_a_database(
    args: list[str], files: dict[str, str], paths: Paths
) -> None:
    assert_refused(invoke(*(a.format(**files) for a in args)))


# --- a database another program is writing to ------------------------------------------------


@contextmanager
def another_writer(path: Path) -> Iterator[None]:
    """Another program in the middle of writing to ``path``: SQLite's write lock held."""
    other = sqlite3.connect(path, isolation_level=None)
    try:
        other.execute("BEGIN IMMEDIATE")
        other.execute("UPDATE mission SET organiser = organiser")
        yield
    finally:
        other.close()


@pytest.fixture
def short_busy_timeout(monkeypatch: pytest.MonkeyPatch) -> None:
    """The commands wait 0.3 s for the lock instead of 15 (the same refusal, sooner)."""
    # app.cli.context imports open_database when a command opens a database: patched here
    monkeypatch.setattr(
        database_service, "open_database", functools.partial(open_database, busy_timeout=0.3)
    )


WRITERS: dict[str, list[str]] = {
    "demo": ["--replace"],
    "schedule": COMMANDS["schedule"],
    "publish": COMMANDS["publish"],
    "import": ["{csv}", "--mission", "1"],
    "erase": COMMANDS["erase"],
    "merge": COMMANDS["merge"],
}


@pytest.mark.parametrize("name", list(WRITERS))
def test_a_change_while_another_program_writes(
    name: str, db: Path, files: dict[str, str], short_busy_timeout: None
) -> None:
    """The command that would write says the database is busy; the other writer's work and
    the file are left alone."""
    with another_writer(db):
        result = invoke(*command(name, str(db), files, WRITERS[name]))
    assert_refused(result, f"{BUSY} {db}", "try again in a moment")


@pytest.mark.parametrize("name", ["info", "sent-log", "duplicates", "export"])
def test_reading_while_another_program_writes(
    name: str, db: Path, files: dict[str, str], short_busy_timeout: None
) -> None:
    """Reading is never blocked by a writer (write-ahead log): these just work."""
    with another_writer(db):
        result = invoke(*command(name, str(db), files))
    assert result.exit_code == 0, result.output


# --- through the real entry point ------------------------------------------------------------


def run_ponte_together(commands: list[list[str]]) -> list[subprocess.CompletedProcess[str]]:
    """Start each ``ponte`` command as its own process, all at once, and wait for them all
    (the locked cases each wait out the store's 15 s busy timeout: together, once)."""
    started = [
        subprocess.Popen([PONTE, *args], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        for args in commands
    ]
    done = []
    for process, args in zip(started, commands, strict=True):
        try:
            out, err = process.communicate(timeout=ENTRY_POINT_TIMEOUT_S)
        except subprocess.TimeoutExpired:
            process.kill()
            out, err = process.communicate()
        done.append(subprocess.CompletedProcess(args, process.returncode, out, err))
    return done


def test_the_entry_point_on_missing_files(files: dict[str, str], paths: Paths) -> None:
    """A missing database, spreadsheet or problem file: a message, status 1 or 2, no
    traceback, from the installed `ponte` itself."""
    missing = files["missing"]
    results = run_ponte_together(
        [
            ["info", "--db", missing],
            ["erase", "--db", missing, "--participant", "1", "--yes"],
            ["import", "--db", missing, str(Path(files["csv"]).with_name("absent.csv"))],
            ["solve", missing, "--out", files["json"]],
        ]
    )
    for result in results:
        assert_refused(result)
    assert "There is no database at" in results[0].stderr
    assert not Path(missing).exists()


def test_the_entry_point_while_another_program_writes(db: Path, files: dict[str, str]) -> None:
    """import, schedule and erase on a database another program holds for longer than the
    15 s busy timeout: the installed `ponte` says so, with status 1 and no traceback."""
    with another_writer(db):
        results = run_ponte_together(
            [
                ["import", "--db", str(db), "--mission", "1", files["csv"]],
                ["schedule", "--db", str(db), "--mission", "1", "--time-limit", "1"],
                ["erase", "--db", str(db), "--participant", "1", "--yes"],
            ]
        )
    for result in results:
        assert_refused(result, f"Error: {BUSY} {db}; try again in a moment.")
        assert result.returncode == 1
