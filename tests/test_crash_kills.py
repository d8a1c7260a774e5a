"""The crash benchmark (benchmarks/bench_crash.py), short: about 25 SIGKILLs over creation,
upgrade, import, schedule and save, and every file left must open, be sound and hold whole
transactions only. And the checker itself: each kind of broken file it exists to catch is
made by hand here and must be reported (a checker that passes everything proves nothing)."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest

from app.common.paths import Paths
from app.demo import write_demo
from app.store import open_store
from benchmarks import bench_crash as bench
from benchmarks import crash_save_driver as driver

pytestmark = pytest.mark.filterwarnings("ignore::DeprecationWarning")


def test_killed_processes_leave_sound_whole_files() -> None:
    results = bench.main(
        ["--kills", "5", "--jobs", "2", "--time-limit", "1", "--rounds", "100", "--seed", "16"]
    )
    assert [r.phase for r in results] == list(bench.PHASES)
    assert all(r.kills >= 4 for r in results), bench.table(results)
    failed = [v for r in results for v in r.failed]
    assert not failed, bench.table(results) + "\n" + bench.details(results)


# --- the checker ---------------------------------------------------------------------------


@pytest.fixture(scope="module")
def files(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """A demo file at head, the same after a whole import and after the save driver's
    prepared round, and the 0008 fixture upgraded by Ponte."""
    root = tmp_path_factory.mktemp("crash-checker")
    home = Paths.under(root / "home")
    demo = root / "demo.sqlite"
    with open_store(demo, paths=home) as store:
        write_demo(store)
    imported = root / "imported.sqlite"
    shutil.copyfile(demo, imported)
    con = sqlite3.connect(imported)
    with con:
        for n in range(bench.IMPORT_ROWS):
            # a check-in token of its own: the column is unique (schema 0012)
            _clone(
                con,
                "participant",
                email=bench.IMPORT_EMAIL.format(n=n),
                check_in_token=f"CRASH{n:07d}",
            )
    con.close()
    saved = root / "saved.sqlite"
    shutil.copyfile(demo, saved)
    con = sqlite3.connect(saved)
    with con:
        first = con.execute(
            "SELECT id FROM meeting_request WHERE mission_id = 1 ORDER BY id LIMIT ?",
            (driver.MARKED_REQUESTS,),
        ).fetchall()
        con.executemany("UPDATE meeting_request SET note = 'crash-0' WHERE id = ?", first)
        con.execute(
            "UPDATE participant SET title = 'crash-0', phone = '+39 011 0000000' WHERE id = "
            "(SELECT min(id) FROM participant WHERE mission_id = 1)"
        )
    con.close()
    upgraded = root / "upgraded.sqlite"
    shutil.copyfile(bench.FIXTURE_0008, upgraded)
    open_store(upgraded, paths=home).close()
    return {"demo": demo, "imported": imported, "saved": saved, "upgraded": upgraded}


def _clone(con: sqlite3.Connection, table: str, **values: object) -> None:
    """A copy of ``table``'s first row with ``values`` (and a new id)."""
    cols = [r[1] for r in con.execute(f"PRAGMA table_info({table})") if r[1] != "id"]
    kept = [c for c in cols if c not in values]
    con.execute(
        f"INSERT INTO {table} ({', '.join([*kept, *values])}) SELECT {', '.join(kept)}, "
        f"{', '.join('?' * len(values))} FROM {table} ORDER BY id LIMIT 1",
        list(values.values()),
    )


def _reference(phase: str, files: dict[str, Path]) -> bench.Reference:
    states = {
        "create": (bench.State((), None, {}), bench.State.of(files["demo"])),
        "upgrade": (bench.State.of(bench.FIXTURE_0008), bench.State.of(files["upgraded"])),
        "import": (bench.State.of(files["demo"]), bench.State.of(files["imported"])),
        "schedule": (bench.State.of(files["demo"]), bench.State.of(files["demo"])),
        "save": (bench.State.of(files["saved"]), bench.State.of(files["saved"])),
    }
    before, after = states[phase]
    return bench.Reference(phase, before, after, 1.0, 0.5, None, [])


def _checked(phase: str, path: Path, files: dict[str, Path], tmp_path: Path) -> bench.Verdict:
    verdict = bench.Verdict(phase, 0.0, True)
    bench.check_file(path, _reference(phase, files), verdict)
    return verdict


def _opened(path: Path, tmp_path: Path) -> bench.Verdict:
    verdict = bench.Verdict("any", 0.0, True)
    bench.check_open(path, tmp_path / "check-home", verdict)
    return verdict


def _copy(src: Path, tmp_path: Path, name: str = "copy.sqlite") -> Path:
    target = tmp_path / name
    shutil.copyfile(src, target)
    return target


@pytest.mark.parametrize(
    ("phase", "source", "outcome"),
    [
        ("create", "demo", "after"),
        ("upgrade", "fixture", "before"),
        ("upgrade", "upgraded", "after"),
        ("import", "demo", "before"),
        ("import", "imported", "after"),
        ("schedule", "demo", "before"),
        ("save", "saved", "before"),
    ],
)
def test_whole_states_pass(
    phase: str, source: str, outcome: str, files: dict[str, Path], tmp_path: Path
) -> None:
    path = _copy(bench.FIXTURE_0008 if source == "fixture" else files[source], tmp_path)
    verdict = _checked(phase, path, files, tmp_path)
    assert verdict.failures == {}
    assert verdict.outcome == outcome
    assert _opened(path, tmp_path).failures == {}


def test_a_new_file_not_yet_written_passes(files: dict[str, Path], tmp_path: Path) -> None:
    path = tmp_path / "new.sqlite"
    path.touch()
    verdict = _checked("create", path, files, tmp_path)
    assert verdict.failures == {} and verdict.outcome == "before"


def test_damaged_pages_are_reported(files: dict[str, Path], tmp_path: Path) -> None:
    path = _copy(files["demo"], tmp_path)
    con = sqlite3.connect(path)
    (root,) = con.execute(
        "SELECT rootpage FROM sqlite_master WHERE name = 'ix_participant_email'"
        " OR (type = 'index' AND tbl_name = 'participant') ORDER BY name LIMIT 1"
    ).fetchone()
    (page_size,) = con.execute("PRAGMA page_size").fetchone()
    con.close()
    with path.open("r+b") as f:  # an index's root page: the header torn, the cells garbage
        f.seek((root - 1) * page_size)
        f.write(b"\x0d\xff\xff\x00" + b"\xa5" * (page_size - 4))
    verdict = _checked("import", path, files, tmp_path)
    assert {"integrity", "unreadable"} & set(verdict.failures), verdict.failures


def test_broken_foreign_keys_are_reported(files: dict[str, Path], tmp_path: Path) -> None:
    path = _copy(files["demo"], tmp_path)
    con = sqlite3.connect(path)
    with con:
        con.execute("UPDATE participant SET organisation_id = 999999 WHERE id = 1")
    con.close()
    verdict = _checked("import", path, files, tmp_path)
    assert "foreign keys" in verdict.failures
    assert "participant" in verdict.failures["foreign keys"]


def test_half_created_schema_is_reported(files: dict[str, Path], tmp_path: Path) -> None:
    """What a kill in the middle of creating the schema left when DDL ran outside a
    transaction: some tables, no revision."""
    path = _copy(files["demo"], tmp_path)
    con = sqlite3.connect(path, isolation_level=None)
    con.execute("PRAGMA foreign_keys = OFF")
    for table in ("alembic_version", "audit_entry", "meeting_participant", "meeting"):
        con.execute(f"DROP TABLE {table}")
    con.execute("VACUUM")
    con.close()
    verdict = _checked("create", path, files, tmp_path)
    assert "schema" in verdict.failures, verdict.failures
    assert "open" in _opened(path, tmp_path).failures


def test_half_upgraded_schema_is_reported(tmp_path: Path, files: dict[str, Path]) -> None:
    """What a kill in the middle of 0009 left when each ALTER TABLE committed alone."""
    path = _copy(bench.FIXTURE_0008, tmp_path)
    con = sqlite3.connect(path, isolation_level=None)
    con.execute("ALTER TABLE mission ADD COLUMN row_version INTEGER NOT NULL DEFAULT 1")
    con.close()
    verdict = _checked("upgrade", path, files, tmp_path)
    assert "schema" in verdict.failures
    assert "mission" in verdict.failures["schema"]
    assert "open" in _opened(path, tmp_path).failures


def test_rows_lost_in_an_upgrade_are_reported(tmp_path: Path, files: dict[str, Path]) -> None:
    path = _copy(files["upgraded"], tmp_path)
    con = sqlite3.connect(path)
    with con:
        con.execute(
            "DELETE FROM meeting_request WHERE id IN (SELECT id FROM meeting_request LIMIT 3)"
        )
    con.close()
    verdict = _checked("upgrade", path, files, tmp_path)
    assert "meeting_request" in verdict.failures.get("half-written", "")


def test_half_an_import_is_reported(files: dict[str, Path], tmp_path: Path) -> None:
    path = _copy(files["imported"], tmp_path)
    con = sqlite3.connect(path)
    with con:
        con.execute("DELETE FROM participant WHERE email LIKE 'crash-import-01%'")
    con.close()
    verdict = _checked("import", path, files, tmp_path)
    assert verdict.outcome == "between"
    assert "half-written" in verdict.failures


def test_a_demo_half_written_is_reported(files: dict[str, Path], tmp_path: Path) -> None:
    path = _copy(files["demo"], tmp_path)
    con = sqlite3.connect(path, isolation_level=None)
    con.execute("PRAGMA foreign_keys = ON")
    con.execute("DELETE FROM mission WHERE id = 2")  # cascades: mission 1 stays whole
    con.close()
    verdict = _checked("create", path, files, tmp_path)
    assert "half-written" in verdict.failures


def test_a_schedule_run_without_its_meetings_is_reported(
    files: dict[str, Path], tmp_path: Path
) -> None:
    path = _copy(files["demo"], tmp_path)
    con = sqlite3.connect(path)
    given = {"mission_id": 1, "status": "feasible", "stored": 5}
    for _cid, name, kind, not_null, default, key in con.execute("PRAGMA table_info(schedule_run)"):
        if not_null and default is None and not key and name not in given:
            given[name] = 0 if kind.upper() in ("INTEGER", "FLOAT", "BOOLEAN") else "[]"
    given["finished_at"] = "2027-01-01 00:00:00.000000"
    with con:  # a run saying it stored 5 meetings, and none there
        con.execute(
            f"INSERT INTO schedule_run ({', '.join(given)}) VALUES ({', '.join('?' * len(given))})",
            list(given.values()),
        )
    con.close()
    verdict = _checked("schedule", path, files, tmp_path)
    assert "5 meetings; 0 meetings" in verdict.failures.get("half-written", "")


@pytest.mark.parametrize(
    ("change", "whole"),
    [
        ("UPDATE meeting_request SET note = 'crash-1' WHERE id IN ({first})", True),
        ("UPDATE meeting_request SET note = 'crash-1' WHERE id = {one}", False),
        ("UPDATE participant SET title = 'crash-1' WHERE id = {person}", False),  # phone: 0
        (
            "clone",
            False,  # created before its round's two other transactions
        ),
    ],
)
def test_save_markers(change: str, whole: bool, files: dict[str, Path], tmp_path: Path) -> None:
    path = _copy(files["saved"], tmp_path)
    con = sqlite3.connect(path)
    ids = [
        str(r[0])
        for r in con.execute(
            "SELECT id FROM meeting_request WHERE mission_id = 1 ORDER BY id LIMIT ?",
            (driver.MARKED_REQUESTS,),
        )
    ]
    (person,) = con.execute("SELECT min(id) FROM participant WHERE mission_id = 1").fetchone()
    with con:
        if change == "clone":
            _clone(
                con,
                "participant",
                family_name="Crash",
                given_name="1",
                email=None,
                check_in_token="CRASHCLONE01",
            )
        else:
            con.execute(change.format(first=",".join(ids), one=ids[3], person=person))
    con.close()
    verdict = _checked("save", path, files, tmp_path)
    assert ("half-written" not in verdict.failures) is whole, verdict.failures


def test_in_order() -> None:
    assert driver.in_order(3, 3, 3) and driver.in_order(3, 2, 2) and driver.in_order(3, 3, 2)
    assert not driver.in_order(3, 2, 3)
    assert not driver.in_order(3, 1, 1)
    assert not driver.in_order(None, 0, 0)


def test_a_file_killed_with_a_hot_journal_opens_as_it_was(tmp_path: Path) -> None:
    """Killed mid-transaction in rollback-journal mode (an older file being switched to WAL
    at the start of its upgrade: found by the benchmark), a file is left with a hot -journal
    that a read-only connection cannot roll back: it read application_id 0, and Ponte
    refused its own file as another program's. Opening must roll it back and go on."""
    live, left = tmp_path / "live", tmp_path / "left"
    live.mkdir()
    left.mkdir()
    shutil.copyfile(bench.FIXTURE_0008, live / bench.DB)
    con = sqlite3.connect(live / bench.DB, isolation_level=None)
    (people,) = con.execute("SELECT count(*) FROM participant").fetchone()
    con.execute("PRAGMA cache_size = 2")  # pages spill into the file before the commit
    con.execute("BEGIN")
    con.execute("UPDATE participant SET family_name = 'Half', email = NULL")
    for suffix in ("", "-journal"):  # the files as a SIGKILL leaves them
        shutil.copyfile(live / (bench.DB + suffix), left / (bench.DB + suffix))
    con.execute("ROLLBACK")
    con.close()
    path = left / bench.DB
    assert (left / (bench.DB + "-journal")).stat().st_size > 0
    ro = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)
    with pytest.raises(sqlite3.OperationalError, match="readonly"):
        ro.execute("SELECT count(*) FROM participant").fetchone()
    ro.close()

    assert _opened(path, tmp_path).failures == {}
    con = sqlite3.connect(path)
    assert con.execute("SELECT count(*) FROM participant").fetchone() == (people,)
    assert con.execute(
        "SELECT count(*) FROM participant WHERE family_name = 'Half'"
    ).fetchone() == (0,)
    con.close()
    assert not (left / (bench.DB + "-journal")).exists()
