"""The translation catalogues (resources/translations/ponte_<lang>.ts): every message the window
shows is there, translated, with its placeholders and accelerators kept, and Qt loads them.

When a test here fails after you added or changed a string in ui/: run
``scripts/translations.sh update``, translate the entries marked type="unfinished" in each .ts
(Qt Linguist, or any text editor), and run ``scripts/translations.sh compile``.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator
from PySide6.QtWidgets import QApplication

from app.common.paths import Paths
from app.common.settings import Settings

ROOT = Path(__file__).resolve().parent.parent
TS_DIR = ROOT / "resources" / "translations"
LANGUAGES = ("en", "it", "ja")
NUMERUS_FORMS = {"en": 2, "it": 2, "ja": 1}  # Qt's plural rules for each language
HOW_TO_FIX = (
    "run scripts/translations.sh update, translate the new entries in "
    "resources/translations/ponte_{en,it,ja}.ts, then scripts/translations.sh compile"
)

# {0}, {name}, {limit}… (str.format after tr), %n (tr's count), %1… (QString::arg).
PLACEHOLDER = re.compile(r"\{[^{}]*\}|%n|%L?\d+")
# A single "&" before a character marks the accelerator; "&&" is a literal ampersand.
ACCELERATOR = re.compile(r"(?<!&)&(?![&\s])")
JAPANESE_ACCELERATOR = re.compile(r"\(&[A-Z0-9]\)")  # ファイル(&F)


Key = tuple[str, str, str, bool]  # context, source, disambiguation comment, numerus


@dataclass(frozen=True)
class Message:
    context: str
    source: str
    comment: str
    numerus: bool
    kind: str  # the translation's type attribute: "" when finished
    forms: tuple[str, ...]  # the translation, or each plural form

    @property
    def key(self) -> Key:
        return (self.context, self.source, self.comment, self.numerus)

    def __str__(self) -> str:
        return f"{self.context}: {self.source!r}"


def read_ts(path: Path) -> list[Message]:
    messages = []
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            numerus = message.get("numerus") == "yes"
            if translation is None:
                kind, forms = "missing", ()
            elif numerus:
                kind = translation.get("type", "")
                forms = tuple(f.text or "" for f in translation.iter("numerusform"))
            else:
                kind, forms = translation.get("type", ""), (translation.text or "",)
            messages.append(
                Message(
                    context=name,
                    source=message.findtext("source") or "",
                    comment=message.findtext("comment") or "",
                    numerus=numerus,
                    kind=kind,
                    forms=forms,
                )
            )
    return messages


def qt_tool(name: str) -> str:
    """pyside6-lupdate / pyside6-lrelease beside this Python (the venv), else on PATH."""
    tool = f"pyside6-{name}"
    found = shutil.which(tool, path=str(Path(sys.executable).parent)) or shutil.which(tool)
    if found is None:
        pytest.fail(f"{tool} not found (it comes with PySide6; run scripts/setup.sh --dev)")
    return found


def run_tool(args: list[str], cwd: Path) -> None:
    result = subprocess.run(args, cwd=cwd, capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, f"{' '.join(args[:1])} failed:\n{result.stdout}{result.stderr}"


@pytest.fixture(scope="module")
def catalogues() -> dict[str, list[Message]]:
    found = {lang: TS_DIR / f"ponte_{lang}.ts" for lang in LANGUAGES}
    missing = [str(p.relative_to(ROOT)) for p in found.values() if not p.is_file()]
    assert not missing, f"missing catalogues {missing}: {HOW_TO_FIX}"
    return {lang: read_ts(path) for lang, path in found.items()}


@pytest.fixture(scope="module")
def compiled(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """Each .ts compiled now into a temp folder (never the .qm a previous build left)."""
    out = tmp_path_factory.mktemp("qm")
    lrelease = qt_tool("lrelease")
    paths = {}
    for lang in LANGUAGES:
        qm = out / f"ponte_{lang}.qm"
        run_tool([lrelease, "-silent", str(TS_DIR / f"ponte_{lang}.ts"), "-qm", str(qm)], ROOT)
        assert qm.is_file() and qm.stat().st_size > 0, qm
        paths[lang] = qm
    return paths


@pytest.fixture(scope="module")
def in_code(tmp_path_factory: pytest.TempPathFactory) -> set[Key]:
    """What lupdate finds in the code now: every tr()/translate() of ui/ (and app/, if any)."""
    files = sorted(
        str(p.relative_to(ROOT))
        for folder in ("ui", "app")
        for p in (ROOT / folder).rglob("*.py")
        if "__pycache__" not in p.parts
    )
    scan = tmp_path_factory.mktemp("lupdate") / "scan.ts"
    run_tool([qt_tool("lupdate"), "-silent", "-locations", "none", *files, "-ts", str(scan)], ROOT)
    keys = {m.key for m in read_ts(scan)}
    assert len(keys) > 100, f"lupdate found only {len(keys)} messages in ui/; is it reading .py?"
    return keys


def listing(items: list[str] | set[str]) -> str:
    return "\n  " + "\n  ".join(sorted(items))


# --- (a) finished ------------------------------------------------------------------------


@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_message_is_translated(catalogues: dict[str, list[Message]], lang: str) -> None:
    """No entry is unfinished, vanished, obsolete or empty; plurals have the language's forms."""
    messages = catalogues[lang]
    assert messages, f"ponte_{lang}.ts has no messages"
    problems = []
    for m in messages:
        if m.kind:
            problems.append(f"{m} is type={m.kind!r}")
        elif not m.forms or any(not form.strip() for form in m.forms):
            problems.append(f"{m} has an empty translation")
        elif m.numerus and len(m.forms) != NUMERUS_FORMS[lang]:
            problems.append(f"{m} has {len(m.forms)} plural forms, not {NUMERUS_FORMS[lang]}")
    assert not problems, f"ponte_{lang}.ts:{listing(problems)}\nTo fix: {HOW_TO_FIX}"


@pytest.mark.parametrize("lang", LANGUAGES)
def test_no_message_twice(catalogues: dict[str, list[Message]], lang: str) -> None:
    keys = [m.key for m in catalogues[lang]]
    assert len(keys) == len(set(keys)), f"ponte_{lang}.ts lists a message twice"


# --- (b) placeholders, accelerators, ellipses ------------------------------------------------


@pytest.mark.parametrize("lang", LANGUAGES)
def test_placeholders_are_kept(catalogues: dict[str, list[Message]], lang: str) -> None:
    """Each translation (each plural form) has exactly the source's {…}, %n and %1 markers."""
    problems = []
    for m in catalogues[lang]:
        wanted = sorted(PLACEHOLDER.findall(m.source))
        for form in m.forms:
            got = sorted(PLACEHOLDER.findall(form))
            if got != wanted:
                problems.append(f"{m}: {form!r} has {got}, the source has {wanted}")
    assert not problems, f"ponte_{lang}.ts:{listing(problems)}"


@pytest.mark.parametrize("lang", LANGUAGES)
def test_accelerators_and_ellipses_are_kept(
    catalogues: dict[str, list[Message]], lang: str
) -> None:
    """A menu text keeps one accelerator (Japanese style "ファイル(&F)") and its "…"."""
    problems = []
    for m in catalogues[lang]:
        wanted = len(ACCELERATOR.findall(m.source))
        for form in m.forms:
            got = len(ACCELERATOR.findall(form))
            if got != wanted:
                problems.append(f"{m}: {form!r} has {got} accelerator(s), the source {wanted}")
            elif lang == "ja" and wanted and not JAPANESE_ACCELERATOR.search(form):
                problems.append(f"{m}: {form!r} should end its label with (&X)")
            if m.source.endswith("…") and "…" not in form:
                problems.append(f"{m}: {form!r} lost the ellipsis")
    assert not problems, f"ponte_{lang}.ts:{listing(problems)}"


def test_english_is_the_source(catalogues: dict[str, list[Message]]) -> None:
    """The English catalogue repeats the source (only plurals differ, without "(s)")."""
    problems = []
    for m in catalogues["en"]:
        if not m.numerus and m.forms != (m.source,):
            problems.append(f"{m}: {m.forms[0]!r}")
        if m.numerus and any("(s)" in form for form in m.forms):
            problems.append(f"{m}: plural forms still say (s): {m.forms}")
    assert not problems, f"ponte_en.ts:{listing(problems)}"


# --- (c) complete ----------------------------------------------------------------------------


@pytest.mark.parametrize("lang", LANGUAGES)
def test_catalogue_has_every_string_of_the_code(
    catalogues: dict[str, list[Message]], in_code: set[Key], lang: str
) -> None:
    """Every (context, source) lupdate finds in ui/ now is in the committed catalogue."""
    present = {m.key for m in catalogues[lang]}
    missing = [f"{context}: {source!r}" for context, source, _c, _n in in_code - present]
    assert not missing, (
        f"ponte_{lang}.ts lacks {len(missing)} message(s) of the code:{listing(missing)}\n"
        f"To fix: {HOW_TO_FIX}"
    )


@pytest.mark.parametrize("lang", LANGUAGES)
def test_catalogue_has_no_stale_strings(
    catalogues: dict[str, list[Message]], in_code: set[Key], lang: str
) -> None:
    """Strings the code no longer has are dropped (update runs lupdate with -no-obsolete)."""
    stale = [f"{m}" for m in catalogues[lang] if m.key not in in_code]
    assert not stale, f"ponte_{lang}.ts has strings the code lost:{listing(stale)}\n{HOW_TO_FIX}"


# --- (d) Qt loads and uses them ----------------------------------------------------------------


@pytest.fixture
def install(qapp: QApplication) -> Iterator[Callable[[Path], QTranslator]]:
    """Install a compiled catalogue on the application; removed again after the test."""
    installed: list[QTranslator] = []

    def _install(qm: Path) -> QTranslator:
        translator = QTranslator()
        assert translator.load(str(qm)), f"QTranslator could not load {qm}"
        assert qapp.installTranslator(translator)
        installed.append(translator)
        return translator

    yield _install
    for translator in installed:
        qapp.removeTranslator(translator)


MAIN_WINDOW = {
    "ja": {
        "menus": ["ファイル(&F)", "編集(&E)", "表示(&V)", "ヘルプ(&H)"],
        "pages": [
            "ミッション",
            "商談会",
            "プログラム",
            "組織",
            "参加者",
            "通訳者",
            "商談希望",
            "B2B商談",
            "書類",
            "公開",
            "受付",
            "商談結果",
            "ダッシュボード",
        ],
        "new_mission": "新規ミッション(&M)…",
        "add": "追加",
        "schedule": "スケジュール作成",
    },
    "it": {
        "menus": ["&File", "&Modifica", "&Visualizza", "&Aiuto"],
        "pages": [
            "Missione",
            "Sessioni",
            "Programma",
            "Organizzazioni",
            "Partecipanti",
            "Interpreti",
            "Richieste",
            "Incontri B2B",
            "Documenti",
            "Pubblica",
            "Accrediti",
            "Esiti",
            "Cruscotto",
        ],
        "new_mission": "Nuova &missione…",
        "add": "Aggiungi",
        "schedule": "Pianifica",
    },
}


@pytest.mark.parametrize("lang", sorted(MAIN_WINDOW))
def test_main_window_is_shown_translated(
    install: Callable[[Path], QTranslator], compiled: dict[str, Path], paths: Paths, lang: str
) -> None:
    """With the compiled catalogue installed, the real main window shows its menus, page
    titles and buttons (a text of a base class, RecordPage, too; and the B2B page's run
    button, from a widget of ui/b2b/) in the language."""
    expected = MAIN_WINDOW[lang]
    translator = install(compiled[lang])
    organisations = expected["pages"][3]  # after Mission, Sessions and Programme
    assert translator.translate("OrganisationsPage", "Organisations") == organisations

    from ui.application import build_shell
    from ui.pages.b2b import B2BPage
    from ui.pages.records import RecordPage

    shell = build_shell(paths, Settings(), persist=False)
    try:
        window = shell.window
        assert [a.text() for a in window.menuBar().actions()] == expected["menus"]
        navigation = window.navigation
        assert [navigation.item(i).text() for i in range(navigation.count())] == expected["pages"]
        assert window.new_mission_action.text() == expected["new_mission"]
        pages = window.pages()
        record_pages = [page for page in pages if isinstance(page, RecordPage)]
        assert [page.add_button.text() for page in record_pages] == [expected["add"]] * 3
        (b2b,) = [page for page in pages if isinstance(page, B2BPage)]
        assert b2b.run_panel.run_button.text() == expected["schedule"]
    finally:
        shell.close()


@pytest.mark.parametrize(
    ("lang", "one", "many"),
    [
        ("it", "insieme a 1 partecipante?", "insieme ai suoi 3 partecipanti?"),
        ("ja", "参加者 1 名", "参加者 3 名"),
        ("en", "and its 1 participant?", "and its 3 participants?"),
    ],
)
def test_plural_forms_follow_the_count(
    install: Callable[[Path], QTranslator],
    compiled: dict[str, Path],
    lang: str,
    one: str,
    many: str,
) -> None:
    install(compiled[lang])
    source = "Delete “{name}” and its %n participant(s)?"
    assert one in QCoreApplication.translate("OrganisationsPage", source, "", 1)
    assert many in QCoreApplication.translate("OrganisationsPage", source, "", 3)


@pytest.mark.parametrize(
    ("lang", "expected"),
    [
        ("it", "Acme Srl ha già il massimo di 8 incontri"),
        ("ja", "Acme Srl はすでに上限の 8 件の商談があります"),
        ("en", "Acme Srl already has its maximum of 8 meetings"),
    ],
)
def test_scheduler_reasons_are_shown_in_the_language(
    install: Callable[[Path], QTranslator], compiled: dict[str, Path], lang: str, expected: str
) -> None:
    """The solver's reason (a code and its names) is worded in the window's language."""
    from app.scheduler.schedule import ReasonKind, Unscheduled
    from ui.b2b.lists import reason_text

    install(compiled[lang])
    reason = Unscheduled("M1-2", "(English)", ReasonKind.AT_MAXIMUM, "Acme Srl", count=8)
    assert reason_text(reason) == expected
