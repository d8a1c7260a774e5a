"""The badge layouts as a coordinator chooses them: "A4 sheet, 10 badges 90 × 54 mm" rather
than the file name "a4-90x54" (which stays the value ``ponte documents --layout`` takes)."""

from __future__ import annotations

from dataclasses import dataclass

from app.common.wording import Message, Wording
from app.documents.badge_layouts import PAGES, Sheet, layout_names, load_layout

SHEET_OF_BADGES = Wording(
    "documents.layout.sheet_of_badges",
    en="{paper} sheet, {count} badges {width} × {height} mm",
    it="Foglio {paper}, {count} badge {width} × {height} mm",
    ja="{paper} 用紙に {width} × {height} mm の名札 {count} 枚",
)
ONE_BADGE = Wording(
    "documents.layout.one_badge",
    en="{paper} card, one badge {width} × {height} mm",
    it="Cartoncino {paper}, un badge {width} × {height} mm",
    ja="{paper} カードに {width} × {height} mm の名札 1 枚",
)


@dataclass(frozen=True)
class LayoutChoice:
    """One badge layout: its file name and what it prints."""

    name: str  # "a4-90x54"
    label: Message  # "A4 sheet, 10 badges 90 × 54 mm"
    cuts: bool = True  # False: one badge the size of the paper, nothing to cut, no crop marks
    per_page: int = 1  # badges on one sheet: the last label printing may start at


def _mm(value: float) -> str:
    return f"{value:.1f}".rstrip("0").rstrip(".")


def _paper(sheet: Sheet) -> str:
    for name, (width, height) in PAGES.items():
        if abs(width - sheet.page_width) < 1 and abs(height - sheet.page_height) < 1:
            return name
    return f"{_mm(sheet.page_width)} × {_mm(sheet.page_height)} mm"


def layout_label(sheet: Sheet) -> Message:
    """What a sheet prints, said with its paper, its count and the badges' size."""
    values = {
        "paper": _paper(sheet),
        "width": _mm(sheet.label_width),
        "height": _mm(sheet.label_height),
    }
    if sheet.per_page == 1:
        return ONE_BADGE(**values)
    return SHEET_OF_BADGES(count=sheet.per_page, **values)


def layout_choices() -> list[LayoutChoice]:
    """Every badge layout there is, by file name, with its label."""
    choices = []
    for name in layout_names():
        sheet = load_layout(name).sheet
        cuts = any(sheet.cut_lines())
        choices.append(LayoutChoice(name, layout_label(sheet), cuts, sheet.per_page))
    return choices
