"""The floors of the house hold (pyproject.toml's import-linter contracts): app/ never imports
Qt or the UI, each floor of app/ only looks down, the window and the commands reach the domain
only through the actions, and the scheduler stays pure. Each contract is shown to fail when
a module breaks it."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
LINT_IMPORTS = str(Path(sys.executable).with_name("lint-imports"))
CONTRACTS = (
    "floors",
    "ui-through-actions",
    "commands-through-actions",
    "headless",
    "pure-scheduler",
)


def lint_imports(tree: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [LINT_IMPORTS, "--no-cache"],
        cwd=tree,
        capture_output=True,
        text=True,
        check=False,
        env={"PYTHONPATH": str(tree), "PATH": "/usr/bin:/bin"},
    )


def test_every_contract_holds() -> None:
    """import-linter passes on the code as it is, with every contract of the README."""
    result = lint_imports(ROOT)
    assert result.returncode == 0, result.stdout + result.stderr
    assert f"{len(CONTRACTS)} kept, 0 broken" in result.stdout
    listed = (ROOT / "pyproject.toml").read_text()
    for contract in CONTRACTS:
        assert f'id = "{contract}"' in listed


@pytest.fixture(scope="module")
def tree(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A copy of app/, ui/ and pyproject.toml to break on purpose."""
    copy = tmp_path_factory.mktemp("tree")
    for name in ("app", "ui"):
        shutil.copytree(ROOT / name, copy / name, ignore=shutil.ignore_patterns("__pycache__"))
    shutil.copy(ROOT / "pyproject.toml", copy / "pyproject.toml")
    return copy


@pytest.mark.parametrize(
    ("module", "source", "broken"),
    [
        # a feature uses the actions floor above it
        ("app/documents/sneaky.py", "import app.services.scheduling\n", "The floors"),
        # a lower floor looks up
        ("app/core/sneaky.py", "import app.documents.badges\n", "The floors"),
        # two features on one floor that the contract keeps apart
        ("app/calendar/sneaky.py", "import app.documents.badges\n", "The floors"),
        # the window reaches past the actions into a feature, or the database
        ("ui/sneaky.py", "import app.importing.readers\n", "The window reaches"),
        ("ui/sneaky.py", "from app.store import open_store\n", "The window reaches"),
        # a command does the work itself
        ("app/cli/sneaky.py", "import app.documents.batch\n", "A command calls actions"),
        # the domain needs a screen
        ("app/sneaky.py", "from PySide6.QtWidgets import QWidget\n", "runs headless"),
        # the scheduler grows a command line or a database
        ("app/scheduler/sneaky.py", "import click\n", "The scheduler is pure"),
        ("app/scheduler/sneaky.py", "import app.model\n", "The scheduler is pure"),
    ],
)
def test_a_broken_floor_fails_the_check(tree: Path, module: str, source: str, broken: str) -> None:
    """One module that breaks a contract makes lint-imports fail, naming it."""
    path = tree / module
    path.write_text(source)
    try:
        result = lint_imports(tree)
    finally:
        path.unlink()
    assert result.returncode != 0, result.stdout
    name = module.removesuffix(".py").replace("/", ".")
    assert name in result.stdout
    assert broken in result.stdout.split("Broken contracts", 1)[1]


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
