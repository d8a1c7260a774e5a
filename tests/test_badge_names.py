"""A badge's name never loses the family name: the name shrinks, then breaks anywhere (one
word longer than a line), then the given name is shortened, and only then does the family
name alone go below the element's minimum size. Checked on fitted lines and on real badge
PDFs read back with pdfplumber."""

from __future__ import annotations

import re
import string
from pathlib import Path

import pdfplumber
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.documents.badge_data import BadgeBatch, BadgePerson
from app.documents.badge_layouts import MM, Cut, ElementKind, load_layout
from app.documents.badges import KEEP_FLOOR, LEADING, family_part, fit_text, render_badges
from app.documents.fonts import register_fonts, string_width
from app.model import BadgeCategory, NameOrder, Side

# 100 letters, no space: what an import of a hostile file put in a family name.
LONG_FAMILY = ("Wolfeschlegelsteinhausenbergerdorff" * 3)[:100]
LAYOUTS = ("a4-90x54", "a4-60x90", "a4-a6x4", "a6")


def _squash(text: str) -> str:
    return re.sub(r"\s+", "", text)


def _person(given: str, family: str, order: NameOrder, **kw: object) -> BadgePerson:
    latin = f"{family} {given}" if order is NameOrder.FAMILY_FIRST else f"{given} {family}"
    base: dict[str, object] = dict(
        participant_id=1,
        given_name=given,
        family_name=family,
        latin_name=latin,
        kanji_name=None,
        kana_name=None,
        name_order=order,
        title="Buyer",
        title_ja=None,
        organisation="Officine Rossi",
        organisation_ja=None,
        side=Side.TURIN,
        category=BadgeCategory.DELEGATE,
        email=None,
        phone=None,
        check_in_token="0123456789AB",
    )
    base.update(kw)
    return BadgePerson(**base)  # type: ignore[arg-type]


def _name_box(layout_name: str) -> tuple[float, float, float, int]:
    element = next(e for e in load_layout(layout_name).elements if e.kind is ElementKind.NAME)
    return element.width * MM, element.height * MM, element.size, element.lines


@pytest.mark.parametrize("layout_name", LAYOUTS)
@pytest.mark.parametrize("order", [NameOrder.GIVEN_FIRST, NameOrder.FAMILY_FIRST])
def test_a_100_letter_family_name_survives_on_the_badge(
    layout_name: str, order: NameOrder, tmp_path: Path
) -> None:
    """The whole family name comes back from the PDF, inside the label, with the given name."""
    person = _person("Giulia", LONG_FAMILY, order)
    path = render_badges(
        BadgeBatch(1, "M", (person,)), load_layout(layout_name), tmp_path / "b.pdf"
    ).path
    sheet = load_layout(layout_name).sheet
    left, top = sheet.label_origin(0)
    with pdfplumber.open(path) as pdf:
        page = pdf.pages[0]
        text = _squash(page.extract_text() or "")
        for char in page.chars:
            assert (
                left * MM - 0.5 <= char["x0"]
                and char["x1"] <= (left + sheet.label_width) * MM + 0.5
            )
            assert (
                top * MM - 0.5 <= char["top"]
                and char["bottom"] <= (top + sheet.label_height) * MM + 0.5
            )
    assert LONG_FAMILY in text
    assert "Giulia" in text


def test_the_long_family_name_breaks_anywhere_and_keeps_the_given_name() -> None:
    register_fonts()
    width, height, size, lines = _name_box("a4-90x54")
    fitted = fit_text(
        f"Giulia {LONG_FAMILY}", width, height, size=size, min_size=9, lines=lines,
        bold=True, cut=Cut.MIDDLE, keep=LONG_FAMILY,
    )  # fmt: skip
    assert len(fitted.lines) == 2 and fitted.lines[0].startswith("Giulia Wolfe")
    assert "".join(fitted.lines) == f"Giulia {LONG_FAMILY}"
    assert KEEP_FLOOR <= fitted.size < 9
    assert all(string_width(line, fitted.face, fitted.size) <= width for line in fitted.lines)


def test_the_given_name_is_shortened_before_the_family_name() -> None:
    register_fonts()
    given = "Maria Vittoria Benedetta Ludovica Carolina Filiberta di Savoia-Carignano della Rocca"
    width, height, size, lines = _name_box("a4-90x54")
    for text in (f"{given} Dell'Acqua Bianchi", f"Dell'Acqua Bianchi {given}"):
        fitted = fit_text(
            text, width, height, size=size, min_size=9, lines=lines, bold=True,
            cut=Cut.MIDDLE, keep="Dell'Acqua Bianchi",
        )  # fmt: skip
        joined = " ".join(fitted.lines)
        assert "Dell'Acqua Bianchi" in joined and "…" in joined
        assert fitted.size >= 9  # shortening, not shrinking, when the family name is short
        assert joined.replace(" …", "").startswith("Maria Vittoria") or joined.startswith(
            "Dell'Acqua Bianchi Maria Vittoria"
        )
        assert not re.search(r"\w-?\n?\w+…", joined)  # whole given names, never a cut word


def test_the_family_name_of_a_japanese_name_comes_first() -> None:
    person = _person("Mayumi", "Yamamoto", NameOrder.FAMILY_FIRST, kanji_name="山本 真由美")
    assert family_part(ElementKind.NAME, person) == "山本"
    assert family_part(ElementKind.SECOND_NAME, person) == "Yamamoto"
    assert family_part(ElementKind.ORGANISATION, person) == ""


_letters = st.text(alphabet=st.sampled_from(string.ascii_letters + "àèìòùçß'-"), min_size=1)


@settings(max_examples=150, deadline=None)
@given(
    given_words=st.lists(_letters.map(lambda w: w[:30]), min_size=1, max_size=6),
    family=st.text(alphabet=st.sampled_from(string.ascii_letters), min_size=1, max_size=130),
    layout_name=st.sampled_from(LAYOUTS),
    family_first=st.booleans(),
)
def test_any_family_name_survives_whole_or_keeps_both_ends(
    given_words: list[str], family: str, layout_name: str, family_first: bool
) -> None:
    """Any given name and family name in any layout's name box: every line inside the box,
    and the family name whole, unless even alone at the floor size it cannot fit (then both
    its ends stay, around an ellipsis)."""
    register_fonts()
    given_name = " ".join(given_words)
    text = f"{family} {given_name}" if family_first else f"{given_name} {family}"
    width, height, size, lines = _name_box(layout_name)
    fitted = fit_text(
        text, width, height, size=size, min_size=9, lines=lines, bold=True,
        cut=Cut.MIDDLE, keep=family,
    )  # fmt: skip
    for line in fitted.lines:
        assert string_width(line, fitted.face, fitted.size) <= width + 1e-6
    assert len(fitted.lines) * fitted.size * LEADING <= height + 1e-6
    joined = _squash("".join(fitted.lines))
    if family in joined:
        return
    assert fitted.size == min(KEEP_FLOOR, 9)
    assert joined.startswith(family[:3]) and joined.endswith(family[-3:]) and "…" in joined


_HOSTILE = (
    list("aàBçZ '-")
    + list("山本真由美あア")
    + list("😀🎌🍣🚄")
    + [
        "\u200f",  # right-to-left mark
        "\u202b",  # right-to-left embedding
        "\u200d",  # zero-width joiner
        "\ufe0f",  # variation selector
        "\ue000",  # private use: no font has it
    ]
)


@settings(max_examples=150, deadline=None)
@given(
    given_name=st.text(alphabet=st.sampled_from(_HOSTILE), min_size=1, max_size=40),
    family=st.text(alphabet=st.sampled_from(_HOSTILE), min_size=1, max_size=60),
    layout_name=st.sampled_from(LAYOUTS),
)
def test_hostile_names_stay_inside_the_name_box(
    given_name: str, family: str, layout_name: str
) -> None:
    """Emoji, kanji, bidi marks and characters no font has, measured as drawn (fallback
    faces, marks left out): every line inside the box."""
    register_fonts()
    text = f"{given_name} {family}".strip()
    width, height, size, lines = _name_box(layout_name)
    fitted = fit_text(
        text, width, height, size=size, min_size=9, lines=lines, bold=True,
        cut=Cut.MIDDLE, keep=family.strip(),
    )  # fmt: skip
    for line in fitted.lines:
        assert string_width(line, fitted.face, fitted.size) <= width + 1e-6
    assert len(fitted.lines) * fitted.size * LEADING <= height + 1e-6
