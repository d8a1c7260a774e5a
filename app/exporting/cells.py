"""What one cell needs before a spreadsheet sees it: formula injection neutralised
(:mod:`app.common.formula_cells`, shared with the import that reads it back), and how wide
it shows (East Asian wide characters take two columns)."""

from __future__ import annotations

import unicodedata

from app.common.formula_cells import FORMULA_TRIGGERS, is_formula_like, neutralise

__all__ = ["FORMULA_TRIGGERS", "display_width", "is_formula_like", "neutralise"]


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
