"""The domain runs without a screen: nothing under app/ imports Qt or the UI."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


def test_import_contract_holds() -> None:
    """import-linter's contract (pyproject.toml) passes: app never imports PySide6 or ui."""
    result = subprocess.run(
        [str(Path(sys.executable).with_name("lint-imports")), "--no-cache"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "1 kept, 0 broken" in result.stdout


def test_import_contract_catches_a_violation(tmp_path: Path) -> None:
    """The same contract fails on a copy of app/ where one module imports PySide6."""
    copy = tmp_path / "tree"
    copy.mkdir()
    for name in ("app", "ui"):
        subprocess.run(["cp", "-r", str(ROOT / name), str(copy / name)], check=True)
    (copy / "app" / "sneaky.py").write_text("from PySide6.QtWidgets import QWidget\n")
    (copy / "pyproject.toml").write_text((ROOT / "pyproject.toml").read_text())
    result = subprocess.run(
        [str(Path(sys.executable).with_name("lint-imports")), "--no-cache"],
        cwd=copy,
        capture_output=True,
        text=True,
        check=False,
        env={"PYTHONPATH": str(copy), "PATH": "/usr/bin:/bin"},
    )
    assert result.returncode != 0
    assert "app.sneaky" in result.stdout


@pytest.mark.parametrize(
    "module", ["app.cli", "app.demo", "app.store", "app.services.info", "app.model"]
)
def test_domain_modules_load_without_qt(module: str) -> None:
    """Importing any part of the domain leaves PySide6 unloaded."""
    code = f"import sys, {module}; assert 'PySide6' not in sys.modules, 'Qt was loaded'"
    subprocess.run([sys.executable, "-c", code], cwd=ROOT, check=True)


def test_headless_commands_do_not_load_qt() -> None:
    """`ponte info` goes through the same entry point as the window without starting Qt."""
    code = (
        "import sys; from ui.entry import main; sys.argv=['ponte','info','--help'];\n"
        "try:\n    main()\nexcept SystemExit as e:\n    assert e.code == 0\n"
        "assert 'PySide6' not in sys.modules, 'Qt was loaded'"
    )
    subprocess.run([sys.executable, "-c", code], cwd=ROOT, check=True)
