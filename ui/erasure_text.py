"""How the window reports an erasure (GDPR Art. 17): what went, and the backups made before
that still hold the people erased."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication

from app.services.erasure import Erased
from ui.i18n import current_language

translate = QCoreApplication.translate


def erased_text(erased: Erased, backups_dir: Path) -> str:
    text = translate("Erasure", "Erased %n participant(s).", "", erased.participants)
    if erased.backups_holding:
        text += " " + translate(
            "Erasure",
            "%n backup(s) made before still hold them, in {folder}.",
            "",
            len(erased.backups_holding),
        ).format(folder=backups_dir)
    lang = current_language()
    for note in erased.cleanup.notes:  # the file or server cleaned, or who keeps it from it
        text += " " + note.text(lang)
    return text
