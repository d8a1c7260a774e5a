"""Reading dates and times from the chambers' spreadsheets: Italian, Japanese, Excel."""

from collections.abc import Callable
from datetime import date, datetime, time, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.importing.dates import parse_date, parse_time

OCT_12 = date(2027, 10, 12)  # a Tuesday


@pytest.mark.parametrize(
    "value",
    [
        date(2027, 10, 12),
        datetime(2027, 10, 12, 9, 30),
        46672,  # Excel serial
        46672.375,  # Excel serial with a time of day
        20271012,  # yyyymmdd typed as a number
        "20271012",
        "2027-10-12",
        "2027-10-12 09:30:00",
        "2027-10-12T09:30",
        "12/10/2027",
        "12-10-2027",
        "12.10.2027",
        "12/10/27",
        "12/10/2027 09:30",
        "12/10/2027 9.30.00",
        "12 ottobre 2027",
        "12 Ottobre 2027",
        "12 ott 2027",
        "12 ott. 2027",
        "12-ott-27",
        "12-OTT-2027",
        "martedì 12 ottobre 2027",
        "Martedì, 12 ottobre 2027",
        "mar 12 ott 2027",
        "12 October 2027",
        "October 12, 2027",
        "Tuesday, 12 October 2027",
        "2027年10月12日",
        "2027年 10月 12日",
        "2027/10/12",
        "2027.10.12",
        "２０２７年１０月１２日",
        "２０２７／１０／１２",
        "１２／１０／２０２７",
        "令和9年10月12日",
        "㋿9年10月12日",
        "R9.10.12",
        "R9/10/12",
        "r9年10月12日",
        "2027年10月12日（火）",
        "2027年10月12日(火)",
        "2027年10月12日 (火曜日)",
        "令和9年10月12日（火）",
        "2027/10/12(火)",
        " 12/10/2027 ",
    ],
)
def test_parse_date_reads_every_form_in_the_files(value: object) -> None:
    """Each form the chambers' files use gives 12 October 2027."""
    assert parse_date(value) == OCT_12


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("1° ottobre 2027", date(2027, 10, 1)),
        ("1º ottobre 2027", date(2027, 10, 1)),
        ("3/4/2027", date(2027, 4, 3)),  # day first, never April's fourth... or March's
        ("10/12/2027", date(2027, 12, 10)),
        ("1 gen 2028", date(2028, 1, 1)),
        ("29 febbraio 2028", date(2028, 2, 29)),
        ("令和元年5月1日", date(2019, 5, 1)),
        ("平成31年4月30日", date(2019, 4, 30)),
        ("H31.4.30", date(2019, 4, 30)),
        ("昭和64年1月7日", date(1989, 1, 7)),
        ("平成元年1月8日", date(1989, 1, 8)),
        (1, date(1900, 1, 1)),
        (59, date(1900, 2, 28)),
        (61, date(1900, 3, 1)),  # after Excel's 29 February 1900
        (45292, date(2024, 1, 1)),
        (45292.99, date(2024, 1, 1)),
    ],
)
def test_parse_date_other_dates(value: object, expected: date) -> None:
    """Ordinal marks, day-first slashes, era boundaries and Excel's 1900 calendar."""
    assert parse_date(value) == expected


@pytest.mark.parametrize(
    ("value", "message"),
    [
        ("31/02/2027", "'31/02/2027' is not a date"),
        ("29/02/2027", "'29/02/2027' is not a date"),
        ("2027-13-01", "'2027-13-01' is not a date"),
        ("12/31/2027", "'12/31/2027' is not a date (dates are read day first: day/month/year)"),
        ("abc", "'abc' is not a date"),
        ("", "'' is not a date"),
        ("12 brumaio 2027", "'12 brumaio 2027' is not a date"),
        ("12/10", "'12/10' is not a date"),
        ("12/10-2027", "'12/10-2027' is not a date"),
        ("2027", "'2027' is not a date"),
        ("令和0年10月12日", "'令和0年10月12日' is not a date"),
        ("令和1年4月30日", "'令和1年4月30日' is not a date"),  # still Heisei then
        (
            "lunedì 12 ottobre 2027",
            "'lunedì 12 ottobre 2027' is not a date: 12/10/2027 is a Tuesday",
        ),
        ("2027年10月12日（月）", "'2027年10月12日（月）' is not a date: 12/10/2027 is a Tuesday"),
        ("2027年10月12日（済）", "'2027年10月12日（済）' is not a date"),
        (60, "'60' is not a date: Excel's 29 February 1900 never existed"),
        (0, "'0' is not a date"),
        (-5, "'-5' is not a date"),
        (float("nan"), "'nan' is not a date"),
        (3_000_000, "'3000000' is not a date"),
        (True, "'True' is not a date"),
        (None, "'None' is not a date"),
    ],
)
def test_parse_date_refuses_with_a_message_for_the_user(value: object, message: str) -> None:
    """What is not a date says so, naming the value; a month-first date is never guessed."""
    with pytest.raises(ValueError) as raised:
        parse_date(value)
    assert str(raised.value) == message


ERAS = ((date(2019, 5, 1), "令和", "R"), (date(1989, 1, 8), "平成", "H"))
IT_MONTHS = [
    "gennaio",
    "febbraio",
    "marzo",
    "aprile",
    "maggio",
    "giugno",
    "luglio",
    "agosto",
    "settembre",
    "ottobre",
    "novembre",
    "dicembre",
]
IT_DAYS = ["lunedì", "martedì", "mercoledì", "giovedì", "venerdì", "sabato", "domenica"]
JA_DAYS = "月火水木金土日"


def _era(d: date) -> tuple[str, str, int]:
    start, name, letter = next(era for era in ERAS if d >= era[0])
    return name, letter, d.year - start.year + 1


def _full_width(s: str) -> str:
    return s.translate({ord(c): ord(c) + 0xFEE0 for c in "0123456789/"})


FORMATS: dict[str, Callable[[date], object]] = {
    "iso": lambda d: d.isoformat(),
    "d/m/y": lambda d: f"{d.day}/{d.month}/{d.year}",
    "dd/mm/yyyy": lambda d: d.strftime("%d/%m/%Y"),
    "dd-mm-yyyy": lambda d: d.strftime("%d-%m-%Y"),
    "dd.mm.yyyy": lambda d: d.strftime("%d.%m.%Y"),
    "dd/mm/yy": lambda d: d.strftime("%d/%m/%y"),
    "y/m/d": lambda d: f"{d.year}/{d.month}/{d.day}",
    "yyyymmdd": lambda d: d.strftime("%Y%m%d"),
    "italian": lambda d: f"{d.day} {IT_MONTHS[d.month - 1]} {d.year}",
    "italian short": lambda d: f"{d.day} {IT_MONTHS[d.month - 1][:3]} {d.year}",
    "italian weekday": lambda d: (
        f"{IT_DAYS[d.weekday()]} {d.day} {IT_MONTHS[d.month - 1]} {d.year}"
    ),
    "excel d-mmm-yy": lambda d: f"{d.day:02}-{IT_MONTHS[d.month - 1][:3]}-{d:%y}",
    "japanese": lambda d: f"{d.year}年{d.month}月{d.day}日",
    "japanese weekday": lambda d: f"{d.year}年{d.month}月{d.day}日（{JA_DAYS[d.weekday()]}）",
    "japanese full-width": lambda d: _full_width(f"{d.year}年{d.month}月{d.day}日"),
    "era": lambda d: f"{_era(d)[0]}{_era(d)[2]}年{d.month}月{d.day}日",
    "era short": lambda d: f"{_era(d)[1]}{_era(d)[2]}.{d.month}.{d.day}",
    "excel serial": lambda d: (d - date(1899, 12, 30)).days,
    "datetime": lambda d: datetime(d.year, d.month, d.day, 23, 59),
}


@pytest.mark.parametrize("form", FORMATS)
@given(day=st.dates(min_value=date(2000, 1, 1), max_value=date(2099, 12, 31)))
def test_parse_date_round_trips(form: str, day: date) -> None:
    """Any date of this century, written in any supported form, reads back as itself."""
    assert parse_date(FORMATS[form](day)) == day


@given(day=st.dates(min_value=date(1900, 3, 1), max_value=date(9999, 12, 31)))
def test_parse_date_round_trips_every_excel_serial(day: date) -> None:
    """Excel's serial numbers, from 1 March 1900 (past its phantom 29 February) on."""
    assert parse_date((day - date(1899, 12, 30)).days) == day


@given(day=st.dates(min_value=date(2000, 1, 1), max_value=date(2099, 12, 31)))
def test_parse_date_never_reads_month_first(day: date) -> None:
    """A date written month first is read day first, or refused: never taken as written."""
    text = f"{day.month}/{day.day}/{day.year}"
    try:
        read = parse_date(text)
    except ValueError:
        return
    assert (read.day, read.month) == (day.month, day.day)


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("9:30", time(9, 30)),
        ("09:30", time(9, 30)),
        ("09.30", time(9, 30)),
        ("9.30", time(9, 30)),
        ("9h30", time(9, 30)),
        ("14:05:30", time(14, 5, 30)),
        ("９：３０", time(9, 30)),
        ("9時30分", time(9, 30)),
        ("9時", time(9)),
        ("9時半", time(9, 30)),
        ("１４時０５分", time(14, 5)),
        ("午後2時", time(14)),
        ("午後2時30分", time(14, 30)),
        ("午前0時", time(0)),
        ("午後0時", time(12)),
        ("2:30 pm", time(14, 30)),
        ("2:30 PM", time(14, 30)),
        ("12 am", time(0)),
        ("12:15 p.m.", time(12, 15)),
        ("9", time(9)),
        (0.5, time(12)),
        (0, time(0)),
        (0.395833333333, time(9, 30)),
        (46672.375, time(9)),  # an Excel date and time: the time of day
        (time(9, 30), time(9, 30)),
        (datetime(2027, 10, 12, 9, 30), time(9, 30)),
    ],
)
def test_parse_time_reads_every_form_in_the_files(value: object, expected: time) -> None:
    """Colons, dots, 時/分, 午前/午後, am/pm and Excel fractions of a day."""
    assert parse_time(value) == expected


@pytest.mark.parametrize(
    "value", ["25:00", "9:60", "9:5", "13 pm", "abc", "", "9時61分", 9, 1.0, -0.25, True, None]
)
def test_parse_time_refuses_what_is_not_a_time(value: object) -> None:
    """Out-of-range hours and minutes, whole numbers and text are refused with a message."""
    with pytest.raises(ValueError, match="is not a time"):
        parse_time(value)


@given(st.times().map(lambda t: t.replace(microsecond=0)))
def test_parse_time_round_trips(t: time) -> None:
    """Any time of day, written each way, reads back as itself."""
    assert parse_time(t.strftime("%H:%M:%S")) == t
    assert parse_time(f"{t.hour}時{t.minute}分{t.second}秒") == t
    assert parse_time(f"{t.hour}.{t.minute:02}") == t.replace(second=0)
    seconds = t.hour * 3600 + t.minute * 60 + t.second
    assert parse_time(seconds / 86400) == t
    if seconds:  # a whole serial is a day, not a time: refused (see above)
        assert parse_time(46672 + seconds / 86400) == t


def test_parse_date_accepts_the_right_weekday() -> None:
    """A weekday that fits the date is accepted (a wrong one is refused above)."""
    assert OCT_12 + timedelta(days=6) == parse_date("lunedì 18 ottobre 2027")
