"""What one cell needs before a spreadsheet sees it: formula injection neutralised, and how
wide it shows (East Asian wide characters take two columns)."""

from __future__ import annotations

import unicodedata

# A cell starting with one of these is run as a formula (or a DDE call) by Excel, LibreOffice
# or Google Sheets when the file is opened or the cell is edited. Tab, CR and LF because
# some readers strip them first; the full-width forms because some spreadsheets (and IMEs
# typing Japanese) normalise "＝" to "=" (NFKC).
FORMULA_TRIGGERS = frozenset("=+-@\t\r\n\uff1d\uff0b\uff0d\uff20")


def is_formula_like(text: str) -> bool:
    """True when a spreadsheet could take ``text`` for a formula: its first character, or the
    first after leading spaces (LibreOffice trims them), is a trigger."""
    if not text:
        return False
    if text[0] in FORMULA_TRIGGERS:
        return True
    stripped = text.lstrip(" \u3000")
    return bool(stripped) and stripped[0] in FORMULA_TRIGGERS


def neutralise(text: str) -> str:
    """``text`` made inert for a CSV file: an apostrophe in front when it is formula-like
    (OWASP's advice; Excel hides the apostrophe and shows the text)."""
    return f"'{text}" if is_formula_like(text) else text


def display_width(text: str) -> int:
    """Columns ``text`` takes in a spreadsheet's grid: wide and full-width characters (kanji,
    kana, "＝") count two, combining marks none; the longest line of a multi-line text."""
    best = 0
    for line in text.split("\n"):
        width = 0
        for ch in line:
            if unicodedata.combining(ch):
                continue
            width += 2 if unicodedata.east_asian_width(ch) in ("W", "F") else 1
        best = max(best, width)
    return best
