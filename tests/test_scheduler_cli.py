"""`ponte solve` on files, run as a user would run it (a subprocess of the installed script)."""

from __future__ import annotations

import json
import os
import random
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner, Result

from app.cli import build_cli
from app.common.files import FileWriteError, write_json
from app.scheduler.checker import check
from app.scheduler.control import Control
from app.scheduler.io import load_problem, schedule_from_json
from app.scheduler.problem import Problem, ProblemError
from app.scheduler.schedule import Schedule, Stats, Status
from tests.scheduler_strategies import random_raw

PONTE = str(Path(sys.executable).with_name("ponte"))


def run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [PONTE, "solve", *args], capture_output=True, text=True, check=False, timeout=120
    )


def write(path: Path, raw: Any) -> Path:
    path.write_text(json.dumps(raw, ensure_ascii=False), encoding="utf-8")
    return path


def small_raw() -> dict[str, Any]:
    return random_raw(random.Random(5), 12, 30, 6, 3, 2, n_sessions=2, published_p=0.3)


def test_good_file_gives_the_issue_shape(tmp_path: Path) -> None:
    """Exit 0, a one-line summary, and SCHEDULE.json of exactly the documented shape."""
    problem_path = write(tmp_path / "problem.json", small_raw())
    out = tmp_path / "schedule.json"
    result = run(str(problem_path), "--out", str(out), "--time-limit", "5")
    assert result.returncode == 0, result.stderr
    line = result.stdout.strip()
    assert "\n" not in line and "weight" in line and "bound" in line and "breaks" in line
    assert "moved" in line and line.endswith(" s")
    raw = json.loads(out.read_text(encoding="utf-8"))
    assert set(raw) == {"status", "assignments", "unscheduled", "stats"}
    assert raw["status"] in ("optimal", "feasible")
    assert raw["assignments"] and raw["unscheduled"]
    for a in raw["assignments"]:
        assert set(a) == {"meeting", "slot", "table", "interpreter"}
    for u in raw["unscheduled"]:
        assert set(u) == {"meeting", "reason"} and u["reason"]
    assert set(raw["stats"]) == {
        "weight",
        "upper_bound",
        "breaks",
        "breaks_spread",
        "moved_from_published",
        "solve_seconds",
    }
    problem = load_problem(problem_path)
    assert check(problem, schedule_from_json(raw)) == []
    assert line.startswith(raw["status"])


def test_malformed_json_says_where(tmp_path: Path) -> None:
    bad = tmp_path / "bad.json"
    bad.write_text('{"sessions": [\n  {"id": "s",}\n]}', encoding="utf-8")
    out = tmp_path / "out.json"
    result = run(str(bad), "--out", str(out))
    assert result.returncode == 1
    assert "line 2, column" in result.stderr and "bad.json" in result.stderr
    assert not out.exists()


def test_unknown_participant_is_named(tmp_path: Path) -> None:
    raw = small_raw()
    raw["meetings"][0]["b"] = "org-ghost"
    result = run(str(write(tmp_path / "p.json", raw)), "--out", str(tmp_path / "o.json"))
    assert result.returncode == 1
    assert "org-ghost" in result.stderr and raw["meetings"][0]["id"] in result.stderr


def test_mandatory_meetings_that_cannot_all_fit_exit_2_with_the_file(tmp_path: Path) -> None:
    """Two mandatory meetings of one team fixed to the same slot: infeasible, file written."""
    raw = {
        "sessions": [{"id": "s", "slots": ["1", "2"]}],
        "tables": ["T1", "T2"],
        "participants": [
            {"id": "to", "side": "turin", "languages": ["en"]},
            {"id": "na1", "side": "nagoya", "languages": ["en"]},
            {"id": "na2", "side": "nagoya", "languages": ["en"]},
        ],
        "meetings": [
            {"id": "m1", "a": "to", "b": "na1", "mandatory": True, "fixed_slot": "1"},
            {"id": "m2", "a": "to", "b": "na2", "mandatory": True, "fixed_slot": "1"},
        ],
    }
    out = tmp_path / "o.json"
    result = run(str(write(tmp_path / "p.json", raw)), "--out", str(out), "--time-limit", "5")
    assert result.returncode == 2, (result.stdout, result.stderr)
    assert "mandatory" in result.stderr
    saved = json.loads(out.read_text(encoding="utf-8"))
    assert saved["status"] == "infeasible"


# --- the other exits, in process (the same click command, faster) ---------------------------


def invoke(*args: str) -> Result:
    return CliRunner().invoke(build_cli(), ["solve", *args])


def test_missing_and_non_utf8_files(tmp_path: Path) -> None:
    result = invoke(str(tmp_path / "nope.json"), "--out", str(tmp_path / "o.json"))
    assert result.exit_code == 1 and "no such file" in result.output
    latin = tmp_path / "latin.json"
    latin.write_bytes('{"tables": ["Sala Città"]}'.encode("latin-1"))
    result = invoke(str(latin), "--out", str(tmp_path / "o.json"))
    assert result.exit_code == 1 and "UTF-8" in result.output


def test_bad_options_are_usage_errors(tmp_path: Path) -> None:
    p = write(tmp_path / "p.json", small_raw())
    assert invoke(str(p)).exit_code == 2  # --out is required
    result = invoke(str(p), "--out", str(tmp_path / "o.json"), "--time-limit", "-1")
    assert result.exit_code == 2 and "time-limit" in result.output


def test_the_command_runs_the_exact_solver_with_the_time_limit(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """`solve` of app.scheduler.solver is called with --time-limit; its schedule is written."""
    import app.scheduler.solver as solver

    seen: list[float] = []

    def fake(problem: Problem, control: Control | None = None) -> Schedule:
        assert control is not None
        seen.append(control.time_limit_s)
        return Schedule(Status.OPTIMAL, stats=Stats(upper_bound=7.0))

    monkeypatch.setattr(solver, "solve", fake)
    out = tmp_path / "o.json"
    result = invoke(
        str(write(tmp_path / "p.json", small_raw())), "--out", str(out), "--time-limit", "3"
    )
    assert result.exit_code == 0, result.output
    assert seen == [3.0]
    assert result.output.startswith("optimal: weight 0 / bound 7,")
    assert json.loads(out.read_text(encoding="utf-8"))["status"] == "optimal"


def test_unwritable_output_is_an_error(tmp_path: Path) -> None:
    p = write(tmp_path / "p.json", small_raw())
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    result = invoke(str(p), "--out", str(blocker / "o.json"))
    assert result.exit_code == 1 and f"{blocker} is not a folder" in result.output
    assert "Traceback" not in result.output


# --- io, in process ---------------------------------------------------------------------------


def test_load_problem_errors(tmp_path: Path) -> None:
    with pytest.raises(ProblemError, match="is a folder"):
        load_problem(tmp_path)
    bom = tmp_path / "bom.json"
    bom.write_bytes(b"\xef\xbb\xbf" + json.dumps(small_raw()).encode())
    assert load_problem(bom).meetings


def test_write_schedule_is_atomic(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A failed write leaves the old file whole and no temporary file behind."""
    out = tmp_path / "s.json"
    write_json(out, Schedule(Status.FEASIBLE).to_json(), shared=True)
    before = out.read_bytes()
    assert json.loads(before)["status"] == "feasible"

    def boom(src: str, dst: str) -> None:
        raise OSError("disk full")

    monkeypatch.setattr(os, "replace", boom)
    with pytest.raises(FileWriteError, match="disk full"):
        write_json(out, Schedule(Status.INFEASIBLE).to_json(), shared=True)
    assert out.read_bytes() == before
    assert [f.name for f in tmp_path.iterdir()] == ["s.json"]
