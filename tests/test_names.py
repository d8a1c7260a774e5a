"""Names in three languages: each reader gets their form, else a written one, never empty."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from app.core.names import Names
from app.model.enums import DocumentLanguage


def test_each_reader_gets_their_own_form() -> None:
    """Italian, Japanese and English readers each read their language's form."""
    n = Names("Nagoya → Turin, March 2028", "Nagoya → Torino, marzo 2028", "名古屋 → トリノ")
    assert n.in_("it") == "Nagoya → Torino, marzo 2028"
    assert n.in_(DocumentLanguage.JA) == "名古屋 → トリノ"
    assert n.in_("en") == "Nagoya → Turin, March 2028"


def test_a_missing_form_falls_back_to_english_and_says_so() -> None:
    """Without an Italian form the Italian reader gets the English one, and the form knows."""
    n = Names("B2B session 1", None, "  ")
    assert n.in_("it") == "B2B session 1"
    assert n.in_("ja") == "B2B session 1"
    assert n.falls_back("it") and n.falls_back("ja") and not n.falls_back("en")


@given(st.text(min_size=1).filter(str.strip), st.none() | st.text(), st.none() | st.text())
def test_every_reader_reads_a_written_name(en: str, it: str | None, ja: str | None) -> None:
    """Whatever is written, no reader gets an empty name."""
    n = Names(en, it, ja)
    for lang in DocumentLanguage:
        assert n.in_(lang).strip()
