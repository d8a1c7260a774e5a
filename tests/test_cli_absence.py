"""``ponte absent``: worded refusals, and the whole path from the command line."""

from __future__ import annotations

from pathlib import Path
from zoneinfo import ZoneInfo

from click.testing import CliRunner

from app.cli import build_cli
from app.common.paths import Paths
from app.core.mission_record import load_mission
from app.store import open_store
from tests.demo_support import copy_sqlite
from tests.test_absence import (  # noqa: F401 (published_demo: a fixture)
    published_demo,
    single_delegate_with_meetings_around,
)


def _run(*args: str) -> tuple[int, str]:
    result = CliRunner().invoke(build_cli(), list(args))
    return result.exit_code, result.output


def test_absent_refuses_in_words(published_demo: Path, tmp_path: Path, paths: Paths) -> None:  # noqa: F811
    """Unknown person, a day outside the mission, both --day and --from: a sentence each."""
    db = str(copy_sqlite(published_demo, tmp_path / "m.sqlite"))
    code, out = _run("absent", "--db", db, "--participant", "99999", "--day", "2027-10-13")
    assert code == 1 and "Error: There is no participant 99999" in out
    code, out = _run("absent", "--db", db, "--participant", "1", "--day", "2027-12-01")
    assert code == 1 and "is not a day of the mission" in out and "Traceback" not in out
    code, out = _run(
        "absent", "--db", db, "--participant", "1", "--day", "2027-10-13",
        "--from", "2027-10-13 15:00",
    )  # fmt: skip
    assert code == 2 and "either --day or --from" in out
    code, out = _run("absent", "--db", db, "--participant", "1", "--undo")
    assert code == 1 and "is not marked absent" in out


def test_absent_replans_and_publishes(
    published_demo: Path,  # noqa: F811
    tmp_path: Path,
    paths: Paths,
) -> None:
    """--replan --yes: stored and published as version 2 (the updates: test_absence)."""
    path = copy_sqlite(published_demo, tmp_path / "m.sqlite")
    with open_store(path, paths=paths) as store:
        record = load_mission(store, 1)
    pid, _org, since = single_delegate_with_meetings_around(record)
    at = f"{since.astimezone(ZoneInfo(record.zone)):%Y-%m-%d %H:%M}"
    code, out = _run(
        "absent", "--db", str(path), "--participant", str(pid), "--from", at,
        "--reason", "flight", "--replan", "--yes", "--time-limit", "2",
    )  # fmt: skip
    assert code == 0, out
    assert "published version 2" in out and "dropped:" in out
    with open_store(path, paths=paths) as store:
        assert len(load_mission(store, 1).publications) == 2
