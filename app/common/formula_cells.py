"""Formula injection in CSV cells: what a spreadsheet would run as a formula, the apostrophe
Ponte's export puts in front of it, and taking that apostrophe off again when such a file is
imported (an exported sheet must import back as it was)."""

from __future__ import annotations

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
    (OWASP's advice; Excel hides the apostrophe and shows the text), or when it already
    looks made inert (``'=x`` becomes ``''=x``), so that :func:`restore_neutralised` gives
    back exactly what was written."""
    return f"'{text}" if is_formula_like(text) or _looks_neutralised(text) else text


def _looks_neutralised(text: str) -> bool:
    return text.startswith("'") and is_formula_like(text[1:])


def restore_neutralised(text: str) -> str:
    """``text`` as it was before :func:`neutralise`: an apostrophe in front of a formula-like
    text (``'+39 011 …``, what the export writes, and what Excel shows as ``+39 011 …``) is
    taken off; any other text is left as it is."""
    return text[1:] if _looks_neutralised(text) else text
