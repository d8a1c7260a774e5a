"""Start-up: a command imports what it needs when it needs it. ``ponte --help`` loads none of
the command modules; ``ponte info`` never loads the solvers, reportlab, the calendar or
spreadsheet libraries, nor Qt. Checked by what a real run leaves in ``sys.modules``, not by
timing (the machine's load would make a timing test flaky)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import click
import click.testing
import pytest
from pytestqt.qtbot import QtBot

from app.cli import COMMANDS, build_cli
from app.common.paths import Paths
from app.common.settings import load_settings
from tests.demo_support import CopyDemo
from ui.application import EXIT_AFTER_FIRST_PAINT, MODULES_AT_FIRST_PAINT
from ui.pages.base import Page

ROOT = Path(__file__).resolve().parent.parent

# What a light command must not load: the B2B solvers, the documents' and the calendar's
# libraries, the spreadsheets', Qt.
HEAVY = (
    "ortools",
    "highspy",
    "pysat",
    "numpy",
    "reportlab",
    "icalendar",
    "xlsxwriter",
    "python_calamine",
    "PySide6",
    "app.scheduler",
    "app.documents",
    "app.calendar",
    "app.importing",
    "app.exporting",
)


# What the window waits for until a page or dialog needs it.
HEAVY_FOR_THE_WINDOW = (
    "ortools",
    "highspy",
    "pysat",
    "reportlab",
    "icalendar",
    "xlsxwriter",
    "python_calamine",
    "PySide6.QtPdf",
    "PySide6.QtPdfWidgets",
    "app.scheduler",
    "app.documents",
    "app.importing",
)


def modules_after(*args: str) -> set[str]:
    """The modules loaded once ``ponte ARGS`` has run to its end (in a fresh interpreter)."""
    code = (
        "import json, sys\n"
        "from ui.entry import main\n"
        f"sys.argv = ['ponte', *{list(args)!r}]\n"
        "try:\n    main()\nexcept SystemExit as exc:\n    assert not exc.code, exc.code\n"
        "print('\\nMODULES' + json.dumps(sorted(sys.modules)))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, result.stderr
    return set(json.loads(result.stdout.rsplit("\nMODULES", 1)[1]))


def loaded(modules: set[str], roots: tuple[str, ...]) -> set[str]:
    return {m for m in modules if any(m == r or m.startswith(r + ".") for r in roots)}


def test_help_loads_no_command_module_and_no_database(paths: Paths) -> None:
    """`ponte --help` lists every command from its summary: no command module, no SQLAlchemy."""
    modules = modules_after("--help")
    commands = {m for m in modules if m.startswith("app.cli.")} - {"app.cli.context"}
    assert commands == set()
    assert loaded(modules, ("sqlalchemy", "alembic", *HEAVY)) == set()


def test_info_loads_nothing_heavy(paths: Paths, copy_demo: CopyDemo, tmp_path: Path) -> None:
    """`ponte info --db demo.sqlite` opens the database and loads nothing it does not use."""
    db = copy_demo(tmp_path / "demo.sqlite")
    modules = modules_after("info", "--db", str(db))
    assert "sqlalchemy" in modules  # it did open the database
    assert loaded(modules, HEAVY) == set()
    # a current file needs neither the server's driver, nor the keyring, nor alembic
    assert loaded(modules, ("psycopg", "keyring", "alembic", "mako")) == set()


# What no command's --help or usage error may load: its start is parsing and explaining.
HEAVY_FOR_HELP = (
    "sqlalchemy",
    "alembic",
    "app.store",
    "app.model",
    "app.services.database",
    *HEAVY,
)

# Runs ``ponte ARGS`` for each ARGS in turn in one interpreter; after each, prints which of the
# modules in HEAVY it had loaded so far (json: [args, exit status, [modules]]).
EVERY_START = """
import json, sys
from ui.entry import main
heavy = tuple(json.loads(sys.argv[1]))
for args in json.loads(sys.argv[2]):
    sys.argv = ['ponte', *args]
    try:
        main()
        status = 0
    except SystemExit as exc:
        status = exc.code
    loaded = sorted(
        m for m in sys.modules
        if any(m == h or m.startswith(h + '.') for h in heavy)
    )
    print('\\nSTART' + json.dumps([args, status, loaded]), flush=True)
"""


# Usage errors that come after an option's value was checked by its callback (a wrong layout,
# times and breaks parsed, then a missing --db): the checks are light too.
CHECKED_VALUES = [
    ["badges", "--layout", "a6", "--out", "b.pdf"],
    ["session", "add", "--day", "2027-10-12", "--start", "14:00", "--break", "16:00-16:20 Tea"],
    ["session", "add", "--start", "25:00"],
    ["session", "edit", "1", "--break", "16:00"],
    ["unavailable", "add", "--participant", "1", "--start", "2027-10-12 10:00"],
    ["mission", "new", "--starts", "2027-02-30"],
]


def every_command() -> list[tuple[str, ...]]:
    """Every command and group of the registry, and every command of each group."""
    names: list[tuple[str, ...]] = []
    for name, entry in sorted(COMMANDS.items()):
        names.append((name,))
        command = entry.load()
        if isinstance(command, click.Group):
            names.extend((name, sub) for sub in sorted(command.commands))
    return names


def test_every_commands_help_and_usage_error_loads_nothing_heavy(paths: Paths) -> None:
    """Each command's and group's --help, and a usage error of each, parses and explains
    without SQLAlchemy, the model, reportlab, the solvers, the importing, exporting or
    documents packages (issue 14, item 8: a command starts in ≤ 0.3 s; what it imports is
    counted here, not timed). Run one after another in one interpreter: the first that
    loads something heavy is the one named."""
    runs = [[*name, "--help"] for name in every_command()]
    runs += [[*name, "--no-such-option"] for name in every_command()]
    runs += CHECKED_VALUES
    result = subprocess.run(
        [sys.executable, "-c", EVERY_START, *map(json.dumps, (HEAVY_FOR_HELP, runs))],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    reports = [json.loads(part.split("\n", 1)[0]) for part in result.stdout.split("\nSTART")[1:]]
    assert [r[0] for r in reports] == runs
    for args, status, heavy in reports:
        expected = 0 if args[-1] == "--help" else 2
        assert status == expected, (args, status)
        roots = sorted({".".join(m.split(".")[: 2 if m.startswith("app.") else 1]) for m in heavy})
        assert roots == [], f"ponte {' '.join(args)} loaded {roots}"


def test_the_light_choices_agree_with_their_vocabularies() -> None:
    """The values the commands' options offer (app.services.command_choices) are those of the
    enums and tables they copy, so a --help that names them loads none of those."""
    from app.distribution.mail_settings import Security
    from app.documents.badge_layouts import DEFAULT_LAYOUT, QrContent, layout_names
    from app.exporting.tables import WHATS
    from app.importing.encoding import LEGACY
    from app.importing.fields import ImportKind
    from app.model.enums import DocumentLanguage, InterpreterNeed
    from app.services import command_choices as choices

    assert choices.DEFAULT_BADGE_LAYOUT == DEFAULT_LAYOUT
    assert tuple(q.value for q in QrContent) == choices.QR_CONTENTS
    assert set(choices.DOCUMENT_LANGUAGES) == {d.value for d in DocumentLanguage}
    assert tuple(n.value for n in InterpreterNeed) == choices.INTERPRETER_NEEDS
    assert InterpreterNeed.AUTO.value == choices.INTERPRETER_NEED_DEFAULT
    assert tuple(k.value for k in ImportKind) == choices.IMPORT_KINDS
    assert tuple(WHATS) == choices.EXPORT_WHATS
    assert tuple(s.value for s in Security) == choices.MAIL_SECURITIES
    assert tuple(e.codec for e in LEGACY) == choices.CSV_LEGACY_CODECS
    assert all(choices.is_badge_layout(name) for name in layout_names())
    assert not choices.is_badge_layout("no-such-layout")
    assert not choices.is_badge_layout("../badges/a4-90x54")


def test_import_help_names_the_encodings_it_tells_apart(paths: Paths) -> None:
    """`ponte import --help` names what the reader detects and the --encoding option, not the
    three encodings it knew before (issue 14, items 8 and 12)."""
    result = click.testing.CliRunner().invoke(build_cli(), ["import", "--help"], terminal_width=200)
    assert result.exit_code == 0, result.output
    text = " ".join(result.output.split())
    for name in ("Windows-1252", "Mac Roman", "CP932", "EUC-JP", "GB18030", "UTF-7", "UTF-16"):
        assert name in text, name
    assert "--encoding" in text
    assert "UTF-8, Shift_JIS or Windows-1252" not in text


def test_every_lazy_command_loads_under_its_name() -> None:
    """Each entry of the registry names a command of that name, and no command of app/cli is
    left out of it."""
    for name, entry in COMMANDS.items():
        command = entry.load()
        assert command.name == name, (name, command.name)
        assert entry.summary and len(entry.summary) <= 60, name
    registered = {(e.module, e.attribute) for e in COMMANDS.values()}
    for path in sorted((ROOT / "app" / "cli").glob("*.py")):
        module = f"app.cli.{path.stem}"
        source = path.read_text()
        for line_no, line in enumerate(source.splitlines()):
            if line.startswith(("@click.command(", "@click.group(")):
                following = source.splitlines()[line_no:]
                definition = next(x for x in following if x.startswith("def "))
                function = definition.removeprefix("def ").split("(")[0]
                assert (module, function) in registered, f"{module}.{function} not in COMMANDS"


def test_group_help_lists_every_command(paths: Paths) -> None:
    """`ponte --help` names every command with its summary, as click would list it."""
    cli = build_cli()
    result = click.testing.CliRunner().invoke(cli, ["--help"], terminal_width=120)
    assert result.exit_code == 0
    for name, entry in COMMANDS.items():
        assert f"{name} " in result.output
        assert entry.summary in result.output, name


@pytest.mark.parametrize("name", ["info", "badges", "schedule"])
def test_a_command_runs_through_the_lazy_group(name: str, paths: Paths) -> None:
    """A lazily loaded command parses and shows its own help (its module loaded on demand)."""
    result = click.testing.CliRunner().invoke(build_cli(), [name, "--help"])
    assert result.exit_code == 0, result.output
    assert f"Usage: cli {name}" in result.output


# --- the window -----------------------------------------------------------------------------


def modules_at_first_paint(db: Path) -> set[str]:
    """The modules the window had imported when it painted for the first time (a fresh
    ``ponte --db DB``, offscreen, which quits after that paint)."""
    code = (
        "import sys\n"
        "from ui.entry import main\n"
        f"sys.argv = ['ponte', '--db', {str(db)!r}]\n"
        "main()\n"
    )
    env = {**os.environ, EXIT_AFTER_FIRST_PAINT: "modules", "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, env=env, capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, result.stderr
    line = next(x for x in result.stdout.splitlines() if x.startswith(MODULES_AT_FIRST_PAINT))
    return set(json.loads(line.removeprefix(MODULES_AT_FIRST_PAINT)))


def test_window_first_paint_loads_neither_the_database_nor_the_pages(
    paths: Paths, copy_demo: CopyDemo, tmp_path: Path
) -> None:
    """The window paints before any page is built and before the database opens: no page's
    module, no SQLAlchemy, no model, no actions on a database (issue 14, item 8: the window
    shows in ≤ 1 s). The first page and the database follow, on a timer after that paint."""
    db = copy_demo(tmp_path / "demo.sqlite")
    modules = modules_at_first_paint(db)
    assert "ui.main_window" in modules
    pages = {m for m in modules if m.startswith("ui.pages.")}
    assert pages <= {"ui.pages", "ui.pages.base", "ui.pages.registry"}
    assert loaded(modules, ("sqlalchemy", "alembic", "app.model", "app.store")) == set()
    assert loaded(modules, ("app.services.database", "app.services.missions")) == set()
    assert loaded(modules, ("ui.dialogs.import_wizard", "ui.dialogs.setup_workbook")) == set()
    assert loaded(modules, HEAVY_FOR_THE_WINDOW) == set()


def test_window_opens_the_mission_after_its_first_paint(
    qtbot: QtBot, paths: Paths, copy_demo: CopyDemo, tmp_path: Path
) -> None:
    """What the window does once painted: the first page is built and the database opened,
    its mission shown (as the window did before it deferred them)."""
    from ui.application import build_shell

    db = copy_demo(tmp_path / "demo.sqlite")
    shell = build_shell(paths, load_settings(paths), persist=False, first_page_later=True)
    try:
        window = shell.window
        stack = window.stack
        assert not any(isinstance(stack.widget(i), Page) for i in range(stack.count()))
        window.build_current_page()
        shell.controller.open_startup(str(db))
        first = window.stack.currentWidget()
        assert isinstance(first, Page) and first.page_id == "mission"
        qtbot.waitUntil(lambda: shell.ctx.mission_id is not None, timeout=10000)
        assert window.navigation.currentRow() == 0
    finally:
        shell.close()


def test_pages_are_built_on_their_first_visit(qtbot: QtBot, paths: Paths, japanese: None) -> None:
    """Only the first page is built with the window; a page is built when shown, once, and
    the navigation reads the same titles before and after (in Japanese too)."""
    from ui.application import build_shell
    from ui.pages import registry
    from ui.pages.base import Page

    shell = build_shell(paths, load_settings(paths), persist=False)
    try:
        window = shell.window
        stack = window.stack
        titles = [window.navigation.item(i).text() for i in range(stack.count())]
        assert isinstance(stack.widget(0), Page)
        assert not any(isinstance(stack.widget(i), Page) for i in range(1, stack.count()))
        window.show_page_id("documents")
        documents = stack.currentWidget()
        assert isinstance(documents, Page) and documents.page_id == "documents"
        window.show_page(0)
        window.show_page_id("documents")
        assert stack.currentWidget() is documents
        pages = window.pages()
        assert [p.page_id for p in pages] == [e.page_id for e in registry.page_entries()]
        assert [p.title() for p in pages] == titles
        assert titles[0] == "ミッション"
        assert [window.navigation.item(i).text() for i in range(stack.count())] == titles
    finally:
        shell.close()


# --- the schema's versions, read without alembic ------------------------------------------


def test_scanned_revisions_agree_with_alembic() -> None:
    """The revisions and the head read from the migration files are alembic's own."""
    from alembic.script import ScriptDirectory

    from app.store import migrate

    script = ScriptDirectory.from_config(migrate.alembic_config())
    scanned = migrate.scanned_revisions()
    assert scanned is not None
    assert scanned == (
        frozenset(r.revision for r in script.walk_revisions()),
        script.get_current_head(),
    )


@pytest.mark.parametrize(
    "files",
    [
        {"a.py": 'revision = "1"\ndown_revision = None\n', "b.py": "revision = REV\n"},
        {"a.py": 'revision = "1"\ndown_revision = None\n', "b.py": 'revision = "2"\n'},
        {
            "a.py": 'revision = "1"\ndown_revision = None\n',
            "b.py": 'revision = "2"\ndown_revision = None\n',
        },
        {"a.py": 'revision = "1"\ndown_revision = "0"\n'},
        {},
    ],
)
def test_files_that_do_not_read_plainly_leave_it_to_alembic(
    tmp_path: Path, files: dict[str, str]
) -> None:
    """A name not written plainly, a missing parent line, two heads, an unknown parent, no
    files at all (a frozen build without sources): None, and alembic decides."""
    from app.store import migrate

    for name, text in files.items():
        (tmp_path / name).write_text(text)
    assert migrate.scanned_revisions(tmp_path) is None


def test_plain_files_make_one_line_of_versions(tmp_path: Path) -> None:
    from app.store import migrate

    (tmp_path / "a.py").write_text("revision: str = '1'\ndown_revision: str | None = None\n")
    (tmp_path / "b.py").write_text('revision: str = "2"\ndown_revision: str | None = "1"\n')
    assert migrate.scanned_revisions(tmp_path) == (frozenset({"1", "2"}), "2")
