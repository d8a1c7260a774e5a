"""Document languages: labels, dates with weekdays, times with their zone, names."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from app.common.timezones import to_local
from app.core.language import (
    Label,
    both_names,
    city_name,
    format_date,
    format_span,
    format_time,
    label,
    language_of,
    person_name,
)
from app.model import DocumentLanguage

IT, JA, EN = DocumentLanguage.IT, DocumentLanguage.JA, DocumentLanguage.EN


@pytest.mark.parametrize("key", list(Label))
def test_every_label_exists_in_the_three_languages(key: Label) -> None:
    """No label is missing in Italian, Japanese or English."""
    for lang in (IT, JA, EN):
        assert label(
            key, lang, page=1, total=2, number=1, date="x", city="c", zone="z",
            who="w", organisation="o", tables=10, minutes=20, time="02:00", before="CET",
            after="CEST", heading="h",  # the booklet's; "(continued)"
        )  # fmt: skip


@pytest.mark.parametrize(
    ("lang", "expected"),
    [
        (IT, "martedì 12 ottobre 2027"),
        (JA, "2027年10月12日（火）"),
        (EN, "Tuesday 12 October 2027"),
    ],
)
def test_dates_have_the_weekday_in_the_language(lang: DocumentLanguage, expected: str) -> None:
    """12 October 2027 is a Tuesday, in each language's own form."""
    assert format_date(date(2027, 10, 12), lang) == expected


def test_date_without_weekday() -> None:
    """The publication date is written without the weekday."""
    assert format_date(date(2028, 3, 26), IT, weekday=False) == "26 marzo 2028"
    assert format_date(date(2028, 3, 26), JA, weekday=False) == "2028年3月26日"


def test_every_weekday_and_month_is_named() -> None:
    """Seven weekdays and twelve months come out of the tables, never the OS locale."""
    days = {format_date(date(2027, 10, d), IT).split()[0] for d in range(11, 18)}
    assert days == {"lunedì", "martedì", "mercoledì", "giovedì", "venerdì", "sabato", "domenica"}
    months = {format_date(date(2027, m, 1), EN, weekday=False).split()[1] for m in range(1, 13)}
    assert len(months) == 12


def test_times_carry_the_zone_on_both_sides_of_the_rome_dst_change() -> None:
    """Rome is CET before 26 March 2028 02:00 and CEST after it."""
    before = to_local(datetime(2028, 3, 25, 15, 40, tzinfo=UTC), "Europe/Rome")
    after = to_local(datetime(2028, 3, 26, 8, 0, tzinfo=UTC), "Europe/Rome")
    assert format_time(before) == "16:40 CET"
    assert format_time(after) == "10:00 CEST"
    tokyo = to_local(datetime(2027, 10, 12, 1, 30, tzinfo=UTC), "Asia/Tokyo")
    assert format_time(tokyo) == "10:30 JST"


def test_span_names_both_zones_only_across_a_change() -> None:
    """'14:00–14:20 JST'; a span across the DST night shows each end's zone."""
    start = to_local(datetime(2027, 10, 13, 5, 0, tzinfo=UTC), "Asia/Tokyo")
    end = to_local(datetime(2027, 10, 13, 5, 20, tzinfo=UTC), "Asia/Tokyo")
    assert format_span(start, end) == "14:00–14:20 JST"
    night_start = to_local(datetime(2028, 3, 26, 0, 30, tzinfo=UTC), "Europe/Rome")
    night_end = to_local(datetime(2028, 3, 26, 1, 30, tzinfo=UTC), "Europe/Rome")
    assert format_span(night_start, night_end) == "01:30 CET–03:30 CEST"


def test_naive_time_is_refused() -> None:
    """A time without a zone is never printed."""
    with pytest.raises(ValueError):
        format_time(datetime(2027, 10, 12, 10, 30))


def test_japanese_reader_gets_the_kanji_name_first() -> None:
    """Kanji for a Japanese document when known; the Latin name otherwise."""
    assert person_name("Tanaka Hiroshi", "田中 浩", JA) == "田中 浩"
    assert person_name("Tanaka Hiroshi", "田中 浩", IT) == "Tanaka Hiroshi"
    assert person_name("Mario Rossi", None, JA) == "Mario Rossi"
    assert both_names("Hatcho Jozo", "八丁醸造") == "Hatcho Jozo (八丁醸造)"
    assert both_names("X", None) == "X"


def test_unknown_language_falls_back_to_english() -> None:
    """A code Ponte has no documents in (e.g. 'fr') gives English."""
    assert language_of("fr") is EN
    assert language_of("JA") is JA
    assert language_of(None) is EN


@pytest.mark.parametrize(
    ("city", "lang", "expected"),
    [
        ("Nagoya", DocumentLanguage.JA, "名古屋"),
        ("Torino", DocumentLanguage.JA, "トリノ"),
        ("Torino", DocumentLanguage.EN, "Turin"),
        ("torino", DocumentLanguage.IT, "Torino"),
        ("Osaka", DocumentLanguage.JA, "Osaka"),
    ],
)
def test_the_twinned_cities_are_named_in_the_readers_language(
    city: str, lang: DocumentLanguage, expected: str
) -> None:
    assert city_name(city, lang) == expected
