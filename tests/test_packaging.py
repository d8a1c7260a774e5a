"""Light checks of the scripts and the PyInstaller spec (the real proof is CI running them)."""

from __future__ import annotations

import ast
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SCRIPT_NAMES = ("setup.sh", "test.sh", "pg.sh", "run-demo.sh", "build.sh", "own-mission.sh")
SCRIPTS = [ROOT / ".ci" / "run", *(ROOT / "scripts" / name for name in SCRIPT_NAMES)]


@pytest.mark.parametrize("script", SCRIPTS, ids=lambda p: str(p.relative_to(ROOT)))
def test_script_is_strict_bash(script: Path) -> None:
    text = script.read_text(encoding="utf-8")
    assert text.startswith("#!/usr/bin/env bash\n")
    assert "set -euo pipefail" in text
    assert script.stat().st_mode & 0o111, f"{script} is not executable"
    subprocess.run(["bash", "-n", str(script)], check=True)


def test_scripts_pass_shellcheck() -> None:
    shellcheck = shutil.which("shellcheck")
    if shellcheck is None:
        pytest.skip("shellcheck is not installed")
    subprocess.run([shellcheck, "-x", *map(str, SCRIPTS)], check=True, cwd=ROOT)


def test_ci_runs_the_readme_test_command() -> None:
    assert "scripts/test.sh" in (ROOT / ".ci" / "run").read_text(encoding="utf-8")


def test_spec_bundles_migrations_where_migrate_looks_for_them() -> None:
    from app.store import migrate

    spec = (ROOT / "build.spec").read_text(encoding="utf-8")
    ast.parse(spec)
    relative = migrate.MIGRATIONS_DIR.relative_to(ROOT).as_posix()
    assert relative == "app/store/migrations"
    assert f'"{relative}"' in spec
    assert '"resources"' in spec
    assert (migrate.MIGRATIONS_DIR / "env.py").is_file()


def test_pyinstaller_entry_runs_the_ponte_main() -> None:
    result = subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "pyinstaller_entry.py"), "--help"],
        capture_output=True,
        text=True,
        check=True,
        cwd=ROOT,
    )
    assert "Usage: ponte" in result.stdout


def test_qt_xcb_plugin_finds_its_system_libraries() -> None:
    """scripts/setup.sh installs what Qt's X11 plugin links against."""
    if not sys.platform.startswith("linux") or shutil.which("ldd") is None:
        pytest.skip("Linux only")
    import PySide6

    plugin = Path(PySide6.__file__).parent / "Qt" / "plugins" / "platforms" / "libqxcb.so"
    if not plugin.exists():
        pytest.skip(f"no {plugin}")
    out = subprocess.run(["ldd", str(plugin)], capture_output=True, text=True, check=True).stdout
    missing = [line.split()[0] for line in out.splitlines() if "not found" in line]
    assert not missing, f"libraries missing for Qt's xcb plugin: {missing}"


def test_the_quick_start_writes_the_demo_then_opens_ponte(tmp_path: Path) -> None:
    """scripts/run-demo.sh, the README's first command, on an empty home: the demo goes into
    the default database, then `ponte` starts on it (here with --help, which returns)."""
    env = {
        **os.environ,
        "PONTE_HOME": str(tmp_path / "home"),
        "QT_QPA_PLATFORM": "offscreen",
        "PONTE_SKIP_APT": "1",
    }
    script = ROOT / "scripts" / "run-demo.sh"
    first = subprocess.run(
        [str(script), "--help"], env=env, capture_output=True, text=True, timeout=300
    )
    assert first.returncode == 0, first.stdout + first.stderr
    assert "writing the demo missions into" in first.stdout
    assert "Usage: ponte" in first.stdout
    assert "Traceback" not in first.stdout + first.stderr
    again = subprocess.run(
        [str(script), "--help"], env=env, capture_output=True, text=True, timeout=300
    )
    assert again.returncode == 0, again.stdout + again.stderr
    assert "already holds 2 mission(s)" in again.stdout


def _spec_hermax_modules() -> set[str]:
    tree = ast.parse((ROOT / "build.spec").read_text(encoding="utf-8"))
    for node in tree.body:
        if isinstance(node, ast.Assign) and any(
            isinstance(t, ast.Name) and t.id == "HERMAX_MODULES" for t in node.targets
        ):
            value = ast.literal_eval(node.value)
            assert isinstance(value, set)
            return value
    raise AssertionError("build.spec names no HERMAX_MODULES")


def test_spec_bundles_every_maxsat_engine_ponte_can_run() -> None:
    """Each hermax engine of app.scheduler.maxsat_engines, its native module, and what Loandra's
    subprocess loads by name are hidden imports of the spec, and they exist."""
    import importlib.util

    from app.scheduler.maxsat_engines import ENGINE_NAMES, _hermax_class

    named = _spec_hermax_modules()
    missing = sorted(name for name in named if importlib.util.find_spec(name) is None)
    assert not missing, f"build.spec names modules that do not exist: {missing}"
    for engine in ENGINE_NAMES:
        if engine == "rc2":  # PySAT's, imported statically
            continue
        cls = _hermax_class(engine)
        assert cls.__module__ in named, f"{engine}: {cls.__module__} is not in HERMAX_MODULES"
    assert "hermax.internal.solver_worker_main" in named  # Loandra's worker, run with -m
    assert "hermax.core.urmaxsat_py" in named  # UWrMaxSat's native module, the default engine


def test_bundle_entry_runs_hermax_worker_module() -> None:
    """In the bundle sys.executable is ponte, and hermax starts Loandra's worker as
    `sys.executable -m hermax.internal.solver_worker_main`: the entry script must run that
    module (here, given no request, it answers with an error frame and status 1), not the CLI."""
    result = subprocess.run(
        [
            sys.executable,
            str(ROOT / "scripts" / "pyinstaller_entry.py"),
            "-m",
            "hermax.internal.solver_worker_main",
        ],
        input=b"",
        capture_output=True,
        check=False,
        cwd=ROOT,
        timeout=120,
    )
    assert result.returncode == 1, result.stderr
    assert b"Usage" not in result.stdout + result.stderr
    assert b"No such option" not in result.stderr
    assert len(result.stderr) > 8  # a length-prefixed pickled answer


def test_build_smoke_test_proves_the_idle_gap_phase() -> None:
    """scripts/build.sh solves the fixture with the frozen program and wants a proven optimum,
    and runs the engines in workers started from the bundle."""
    from app.scheduler.io import load_problem

    script = (ROOT / "scripts" / "build.sh").read_text(encoding="utf-8")
    fixture = ROOT / "tests" / "fixtures" / "gap_phase_problem.json"
    assert '"$app" solve "$ROOT/tests/fixtures/gap_phase_problem.json"' in script
    assert "'^optimal: weight 140 / bound 140, 140 meetings, 0 unscheduled, 1 breaks'" in script
    assert "scripts/check_frozen_workers.py" in script
    assert (ROOT / "scripts" / "check_frozen_workers.py").is_file()
    problem = load_problem(fixture)
    assert len(problem.meetings) == 140
    assert all(m.mandatory for m in problem.meetings)
    assert len(problem.sessions) == 2
