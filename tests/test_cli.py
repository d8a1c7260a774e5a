"""The `ponte` command line, run as a user would run it."""

from __future__ import annotations

import hashlib
import subprocess
import sys
from dataclasses import replace
from pathlib import Path

import click
import pytest
from click.testing import CliRunner

from app.cli import build_cli
from app.common.paths import Paths
from app.scheduler.breaks import total_breaks
from app.scheduler.control import Control
from app.scheduler.problem import Problem
from app.scheduler.schedule import Schedule
from app.services import scheduling
from app.services.gap_floor import floor_of
from app.services.scheduling import Solve
from tests.demo_support import CopyDemo
from tests.factories import first_fit

PONTE = str(Path(sys.executable).with_name("ponte"))


def run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([PONTE, *args], capture_output=True, text=True, check=False, timeout=120)


def test_every_command_has_help(paths: Paths) -> None:
    """`--help` works for the group and for each command."""
    cli = build_cli()
    runner = CliRunner()
    result = runner.invoke(cli, ["--help"])
    assert result.exit_code == 0
    for name in cli.list_commands(click.Context(cli)):
        sub = runner.invoke(cli, [name, "--help"])
        assert sub.exit_code == 0, name
        assert "Usage:" in sub.output


def test_entry_point_lists_the_window_commands(paths: Paths) -> None:
    """The installed `ponte` script has the headless commands and screenshots."""
    result = run("--help")
    assert result.returncode == 0
    for name in ("demo", "info", "screenshots"):
        assert name in result.stdout


def test_info_on_a_file_that_is_not_ponte_fails_clearly(tmp_path: Path, paths: Paths) -> None:
    """A clear message, a non-zero status, and the file unchanged."""
    target = tmp_path / "iscritti.xlsx"
    target.write_bytes(b"PK\x03\x04 not a database")
    before = hashlib.sha256(target.read_bytes()).hexdigest()
    result = run("info", "--db", str(target))
    assert result.returncode != 0
    assert "is not a Ponte database" in result.stderr
    assert "Traceback" not in result.stderr
    assert hashlib.sha256(target.read_bytes()).hexdigest() == before


def test_info_on_a_missing_file_creates_nothing(tmp_path: Path, paths: Paths) -> None:
    target = tmp_path / "typo.sqlite"
    result = run("info", "--db", str(target))
    assert result.returncode != 0
    assert "no database" in result.stderr
    assert not target.exists()


def test_info_on_an_unreachable_server_fails_clearly(paths: Paths) -> None:
    result = run(
        "info", "--db", "postgresql+psycopg://ponte:secret@127.0.0.1:9/ponte?connect_timeout=2"
    )
    assert result.returncode != 0
    assert "Cannot reach a database server at 127.0.0.1, port 9" in result.stderr
    assert "secret" not in result.stderr


def test_demo_then_info(db_target: str, paths: Paths) -> None:
    """`ponte demo` writes both missions; `ponte info` lists them with counts."""
    result = run("demo", "--db", db_target)
    assert result.returncode == 0, result.stderr
    info = run("info", "--db", db_target)
    assert info.returncode == 0, info.stderr
    assert "Torino → Nagoya" in info.stdout
    assert "Nagoya → Torino" in info.stdout
    assert "Asia/Tokyo" in info.stdout and "Europe/Rome" in info.stdout


def test_demo_twice_asks_for_replace(tmp_path: Path, paths: Paths) -> None:
    """Writing the demo again without --replace refuses instead of duplicating."""
    target = str(tmp_path / "demo.sqlite")
    assert run("demo", "--db", target).returncode == 0
    again = run("demo", "--db", target)
    assert again.returncode != 0
    assert "--replace" in again.stderr
    assert run("demo", "--db", target, "--replace").returncode == 0


@pytest.mark.parametrize("args", [["info"], ["nonsense"]])
def test_usage_errors_are_reported(args: list[str], paths: Paths) -> None:
    result = run(*args)
    assert result.returncode == 2
    assert "Usage:" in result.stderr


def test_schedule_stores_meetings_for_a_mission(tmp_path: Path, paths: Paths) -> None:
    """`ponte schedule` on the Torino demo mission stores meetings that `ponte info` counts."""
    target = str(tmp_path / "demo.sqlite")
    assert run("demo", "--db", target).returncode == 0
    result = run("schedule", "--db", target, "--mission", "2", "--time-limit", "15")
    assert result.returncode == 0, result.stderr
    assert "Stored" in result.stdout
    stored = int(result.stdout.split("Stored ")[1].split()[0])
    assert stored > 0
    # the B2B page's words first, not the solver's figures (issue 14, item 10)
    first = result.stdout.splitlines()[0]
    assert first == f"All {stored} best meetings placed; every request has its meeting.", first
    assert "weight" not in result.stdout and "bound" not in result.stdout
    info = run("info", "--db", target)
    counts = [
        line.split() for line in info.stdout.splitlines() if line.strip().startswith("meetings")
    ]
    assert ["meetings", "0"] in counts  # the Nagoya mission was not touched
    assert ["meetings", str(stored)] in counts


def test_schedule_verbose_adds_the_solvers_figures(tmp_path: Path, paths: Paths) -> None:
    """--verbose keeps the solver's figures (weight, bound, seconds) on a line of their own."""
    target = str(tmp_path / "demo.sqlite")
    assert run("demo", "--db", target).returncode == 0
    result = run("schedule", "--db", target, "--mission", "2", "--time-limit", "15", "--verbose")
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines[0].startswith("All ") and "best meetings placed" in lines[0]
    figures = next(line for line in lines if line.startswith("Solver: "))
    assert "weight" in figures and "of at most" in figures and figures.endswith("moved")


def gap_phase(floors: list[float | None], seen: list[int]) -> Solve:
    """First fit, reporting a gap phase whose floors are ``floors`` minus its real idle gaps
    (None: no floor) and stating the last in its stats, as the solver does; the idle gaps go
    into ``seen``."""

    def solve(problem: Problem, control: Control) -> Schedule:
        found = first_fit(problem, control)
        breaks = total_breaks(problem, {a.meeting: a.slot for a in found.assignments})
        seen.append(breaks)
        bound = None
        for floor in floors:
            bound = None if floor is None else breaks - floor
            control.report("gaps", 0.5, float(breaks), bound)
        stated = floor_of(bound)
        return replace(found, stats=replace(found.stats, breaks=breaks, breaks_floor=stated))

    return solve


@pytest.mark.parametrize(
    ("floors", "said"),
    [
        ([None, 0.5], "Idle gaps between meetings: {b}, as few as possible."),
        ([None, 7.0], "Idle gaps between meetings: {b}; at least {f} cannot be avoided."),
        ([None], "Idle gaps between meetings: {b} (fewer may be possible with more time)."),
    ],
)
def test_schedule_says_whether_the_idle_gaps_are_proven_fewest(
    tmp_path: Path,
    paths: Paths,
    copy_demo: CopyDemo,
    monkeypatch: pytest.MonkeyPatch,
    floors: list[float | None],
    said: str,
) -> None:
    """The B2B page's words for the idle gaps: "as few as possible" only when the gap phase
    proved it (a floor of 40.5 proves 41), else the floor it proved, else neither."""
    target = copy_demo(tmp_path / "demo.sqlite")
    seen: list[int] = []
    monkeypatch.setattr(scheduling, "_exact_solver", lambda: gap_phase(floors, seen))
    result = CliRunner().invoke(build_cli(), ["schedule", "--db", str(target), "--mission", "1"])
    assert result.exit_code == 0, result.output
    b = seen[0]
    assert b > 7
    assert result.output.splitlines()[1] == said.format(b=b, f=b - 7)


def test_schedule_asks_which_mission(tmp_path: Path, paths: Paths) -> None:
    """With two missions and no --mission, it lists them instead of guessing."""
    target = str(tmp_path / "demo.sqlite")
    assert run("demo", "--db", target).returncode == 0
    result = run("schedule", "--db", target)
    assert result.returncode == 2
    assert "Nagoya → Torino" in result.stderr
