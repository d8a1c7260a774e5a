"""The window's language: which one to use, and the Qt translators that carry it."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from app.common.paths import resources_dir
from app.common.settings import UI_LANGUAGES

log = logging.getLogger(__name__)

TRANSLATOR_NAME = "ponte-translator"
DEFAULT_LANGUAGE = "en"  # the language the source strings are written in

# Each language named in itself, so a coordinator can find theirs whatever is shown now.
NATIVE_NAMES = {"en": "English", "it": "Italiano", "ja": "日本語"}


@dataclass(frozen=True)
class Language:
    """A language the window can be shown in."""

    code: str
    native_name: str
    has_catalogue: bool  # False while its translations are not written yet (English needs none)


def translations_dir() -> Path:
    return resources_dir() / "translations"


def available_languages(folder: Path | None = None) -> list[Language]:
    """The window's languages (en, it, ja), saying which have a Ponte catalogue installed."""
    folder = folder or translations_dir()
    return [
        Language(
            code=code,
            native_name=NATIVE_NAMES[code],
            has_catalogue=code == DEFAULT_LANGUAGE or (folder / f"ponte_{code}.qm").is_file(),
        )
        for code in UI_LANGUAGES
    ]


def choose_language(preferred: str | None, system: QLocale | None = None) -> str:
    """The settings' language if set, else the first of the system's languages Ponte speaks."""
    if preferred in UI_LANGUAGES:
        return preferred
    locale = system if system is not None else QLocale.system()
    for tag in [*locale.uiLanguages(), locale.name()]:
        code = tag.replace("_", "-").split("-")[0].lower()
        if code in UI_LANGUAGES:
            return code
    return DEFAULT_LANGUAGE


def install_translators(
    app: QCoreApplication, language: str, folder: Path | None = None
) -> list[QTranslator]:
    """Install Ponte's catalogue and Qt's own (dialog buttons …) for ``language``.

    A missing catalogue is not an error: the window then shows the English source strings.
    The translators are parented to ``app`` so they live as long as it does; those installed
    by an earlier call are removed first.
    """
    folder = folder or translations_dir()
    for old in app.findChildren(QTranslator, TRANSLATOR_NAME):
        app.removeTranslator(old)
        old.setParent(None)
        old.deleteLater()
    installed: list[QTranslator] = []
    # English has a catalogue too: it carries the plural forms ("1 participant", "2 participants").
    candidates = [(folder, f"ponte_{language}.qm")]
    if language != DEFAULT_LANGUAGE:
        candidates.append(
            (
                Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)),
                f"qtbase_{language}.qm",
            )
        )
    for directory, name in candidates:
        path = directory / name
        if not path.is_file():
            log.info("no translation catalogue %s", path)
            continue
        translator = QTranslator(app)
        translator.setObjectName(TRANSLATOR_NAME)
        if translator.load(str(path)) and app.installTranslator(translator):
            installed.append(translator)
        else:
            log.warning("could not load translation catalogue %s", path)
            translator.deleteLater()
    return installed


def current_language(app: QCoreApplication | None = None) -> str:
    """The language the window speaks now: that of Ponte's installed catalogue ("it", "ja",
    "en"), English when none is installed."""
    app = app or QCoreApplication.instance()
    if app is not None:
        for translator in app.findChildren(QTranslator, TRANSLATOR_NAME):
            code = translator.language().replace("-", "_").split("_")[0].lower()
            if code in UI_LANGUAGES:
                return code
    return DEFAULT_LANGUAGE
