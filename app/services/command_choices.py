"""The values the commands' options take and their help texts show, without the libraries
behind them: ``ponte badges --help`` lists the QR contents and the default layout without
loading reportlab, ``ponte import --help`` names the kinds without loading the readers, and
no command's ``--help`` or usage error opens SQLAlchemy (issue 14, item 8).

It imports nothing of Ponte but its folders.
Each tuple copies a closed vocabulary defined lower down (the enum or table named beside it);
``tests/test_startup.py`` checks that the two agree, so the copy cannot drift.
"""

from __future__ import annotations

from pathlib import Path

from app.common.paths import resources_dir

# app.documents.badge_layouts.DEFAULT_LAYOUT and QrContent
DEFAULT_BADGE_LAYOUT = "a4-90x54"
QR_CONTENTS = ("vcard", "checkin")

# app.model.enums.DocumentLanguage, in the order the commands list them
DOCUMENT_LANGUAGES = ("en", "it", "ja")

# app.model.enums.InterpreterNeed
INTERPRETER_NEEDS = ("auto", "required", "none")
INTERPRETER_NEED_DEFAULT = "auto"

# app.importing.fields.ImportKind
IMPORT_KINDS = (
    "organisations",
    "participants",
    "requests",
    "availability",
    "interpreters",
    "sessions",
    "venues",
    "delegations",
    "programme",
    "outcomes",
)

# app.exporting.tables.WHATS (the --what words, in an all-in-one workbook's order)
EXPORT_WHATS = ("participants", "organisations", "requests", "schedule")

# app.distribution.mail_settings.Security
MAIL_SECURITIES = ("starttls", "tls", "none")

# The encodings app.importing.encoding tells apart in a CSV file without a --encoding: by its
# byte-order mark, then by rules (UTF-16 without a mark, UTF-7, UTF-8), then the legacy
# encodings of its LEGACY tuple (their codecs in CSV_LEGACY_CODECS, in the same order).
CSV_ENCODINGS_TOLD = (
    "UTF-8",
    "UTF-16/32",
    "UTF-7",
    "Windows-1252",
    "Mac Roman",
    "Shift_JIS (CP932)",
    "EUC-JP",
    "GB18030",
)
CSV_LEGACY_CODECS = ("cp1252", "mac_roman", "cp932", "euc_jp", "gb18030")


def _badge_layouts_dir() -> Path:
    return resources_dir() / "badges"  # app.documents.badge_layouts.layouts_dir


def is_badge_layout(name: str) -> bool:
    """Whether the badge layout file ``name`` is among Ponte's own: a quick yes for
    ``--layout``; any other name is left to app.documents.badge_layouts, the one place that
    knows where layouts are and lists them in its refusal."""
    safe = "/" not in name and "\\" not in name
    return safe and (_badge_layouts_dir() / f"{name}.json").is_file()


# app.services.replan.DEFAULT_TIME_LIMIT_S: the seconds a re-plan around an absence may use
# (the demo mission's day re-plans in a few)
REPLAN_TIME_LIMIT_S = 10.0
