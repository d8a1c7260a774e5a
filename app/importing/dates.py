"""Dates and times as the chambers' spreadsheets hold them, read strictly.

Day first is the rule for numeric dates (Italy writes 12/10/2027); Japan writes year first
(2027/10/12), which starts with four digits and so cannot be mistaken. Month-first dates
(10/12/2027 for 12 October) are never guessed. Two-digit years are this century: every date
of a trade mission or its registration is.
"""

from __future__ import annotations

import math
import re
import unicodedata
from datetime import date, datetime, time, timedelta

from app.importing import messages as msg
from app.importing.normalise import strip_accents
from app.importing.problems import CellError

_MONTHS: dict[str, int] = {}
for _number, _names in enumerate(
    (
        ("gennaio", "gen", "january", "jan"),
        ("febbraio", "feb", "february"),
        ("marzo", "mar", "march"),
        ("aprile", "apr", "april"),
        ("maggio", "mag", "may"),
        ("giugno", "giu", "june", "jun"),
        ("luglio", "lug", "july", "jul"),
        ("agosto", "ago", "august", "aug"),
        ("settembre", "set", "sett", "september", "sep", "sept"),
        ("ottobre", "ott", "october", "oct"),
        ("novembre", "nov", "november"),
        ("dicembre", "dic", "december", "dec"),
    ),
    start=1,
):
    for _name in _names:
        _MONTHS[_name] = _number

# Monday is 0, as date.weekday() counts.
_WEEKDAYS: dict[str, int] = {}
for _number, _names in enumerate(
    (
        ("lunedi", "lun", "monday", "mon", "月"),
        ("martedi", "mar", "tuesday", "tue", "tues", "火"),
        ("mercoledi", "mer", "wednesday", "wed", "水"),
        ("giovedi", "gio", "thursday", "thu", "thur", "thurs", "木"),
        ("venerdi", "ven", "friday", "fri", "金"),
        ("sabato", "sab", "saturday", "sat", "土"),
        ("domenica", "dom", "sunday", "sun", "日"),
    )
):
    for _name in _names:
        _WEEKDAYS[_name] = _number

# Japanese eras: the first day of each, and the letter used in short forms (R9.10.12).
_ERAS: dict[str, tuple[str, date]] = {
    "令和": ("r", date(2019, 5, 1)),
    "平成": ("h", date(1989, 1, 8)),
    "昭和": ("s", date(1926, 12, 25)),
    "大正": ("t", date(1912, 7, 30)),
    "明治": ("m", date(1868, 10, 23)),
}
_ERA_BY_LETTER = {letter: name for name, (letter, _) in _ERAS.items()}

_EXCEL_EPOCH = date(1899, 12, 30)  # serial 61 is 1900-03-01, counting Excel's 1900-02-29
_EXCEL_MAX = 2958465  # 9999-12-31

_WEEKDAY_WORD = r"(?P<wd>[a-z]+)\.?,?\s+"
_WEEKDAY_PAREN = r"\s*\((?P<wdp>[^)]*)\)"
_SEP = r"(?P<sep>[/.\-])"
_PATTERNS: tuple[tuple[str, re.Pattern[str]], ...] = tuple(
    (kind, re.compile(pattern))
    for kind, pattern in (
        # 2027-10-12, 2027/10/12, 2027.10.12, with a time after it from a CSV export
        ("ymd", r"(?P<y>\d{4})" + _SEP + r"(?P<m>\d{1,2})(?P=sep)(?P<d>\d{1,2})"
         r"(?:[t\s]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?)?"),
        # 20271012
        ("ymd", r"(?P<y>\d{4})(?P<m>\d{2})(?P<d>\d{2})"),
        # 12/10/2027, 12-10-2027, 12.10.2027, 12/10/27, and 12/10/2027 09:30 from a CSV export
        ("dmy", r"(?P<d>\d{1,2})" + _SEP + r"(?P<m>\d{1,2})(?P=sep)(?P<y>\d{4}|\d{2})"
         r"(?:\s\d{1,2}[:.]\d{2}(?:[:.]\d{2})?)?"),
        # 2027年10月12日
        ("ymd", r"(?P<y>\d{4})\s*年\s*(?P<m>\d{1,2})\s*月\s*(?P<d>\d{1,2})\s*日"),
        # 令和9年10月12日, 令和元年5月1日, R9年10月12日
        ("era", r"(?P<era>令和|平成|昭和|大正|明治|[rhstm])\s*(?P<y>\d{1,2}|元)\s*年"
         r"\s*(?P<m>\d{1,2})\s*月\s*(?P<d>\d{1,2})\s*日"),
        # R9.10.12, H31/4/30
        ("era", r"(?P<era>[rhstm])\s*(?P<y>\d{1,2})" + _SEP
         + r"(?P<m>\d{1,2})(?P=sep)(?P<d>\d{1,2})"),
        # 12 ottobre 2027, martedì 12 ottobre 2027, 12-ott-27, 1° ottobre 2027
        ("dMy", r"(?:" + _WEEKDAY_WORD + r")?(?P<d>\d{1,2})(?:°|o(?=[\s\-/.]))?"
         r"[\s\-/.]*(?P<mon>[a-z]+)\.?[\s\-/.,]*(?P<y>\d{4}|\d{2})"),
        # October 12, 2027
        ("Mdy", r"(?:" + _WEEKDAY_WORD + r")?(?P<mon>[a-z]+)\.?\s+(?P<d>\d{1,2}),?\s+(?P<y>\d{4})"),
    )
)  # fmt: skip


def _fold(text: str) -> str:
    """NFKC (full-width digits, ㋿ -> 令和, （火） -> (火)), accents off, lower case."""
    return " ".join(strip_accents(unicodedata.normalize("NFKC", text).casefold()).split())


def _from_excel_serial(value: float, shown: str) -> date:
    if math.isnan(value) or not 1 <= value < _EXCEL_MAX + 1:
        raise CellError(msg.NOT_A_DATE(value=shown))
    days = int(value)
    if days == 60:
        raise CellError(msg.EXCEL_29_FEBRUARY_1900(value=shown))
    if days < 60:  # Excel counts a 29 February 1900 that never was: shift the days before it
        days += 1
    return _EXCEL_EPOCH + timedelta(days=days)


def _year(text: str) -> int:
    return 2000 + int(text) if len(text) == 2 else int(text)


def parse_date(value: object) -> date:
    """A date from a spreadsheet cell: a date or datetime, an Excel serial number, or text in
    the Italian, Japanese (also era) or ISO forms. Raises CellError with a message for the
    user ("'31/02/2027' is not a date")."""
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if isinstance(value, bool):  # a bool is an int to Python, never a date to us
        raise CellError(msg.NOT_A_DATE(value=value))
    if isinstance(value, int | float):
        if isinstance(value, int) and 19000101 <= value <= 99991231:
            return parse_date(str(value))  # 20271012 typed as a number: too big for a serial
        return _from_excel_serial(float(value), str(value))
    if not isinstance(value, str):
        raise CellError(msg.NOT_A_DATE(value=value))
    shown = " ".join(value.split())
    text = _fold(value)
    weekday_hint: str | None = None
    paren = re.fullmatch(r"(.*?)" + _WEEKDAY_PAREN, text)
    if paren:
        text, weekday_hint = paren.group(1).strip(), paren.group("wdp").strip()
    found = _match_text(text)
    if found is not None:
        result, weekday_word = found
        for hint in (weekday_word, weekday_hint):
            if hint is None:
                continue
            weekday = _WEEKDAYS.get(hint.removesuffix("曜日").removesuffix("曜"))
            if weekday is None:
                break  # "(済)" or some other note: not a date we can vouch for
            if weekday != result.weekday():
                day_name = msg.WEEKDAYS[result.weekday()]()
                raise CellError(
                    msg.WRONG_WEEKDAY(value=shown, date=f"{result:%d/%m/%Y}", weekday=day_name)
                )
        else:
            return result
    swapped = re.fullmatch(r"(\d{1,2})([/.\-])(\d{1,2})\2(\d{4}|\d{2})", text)
    if swapped and int(swapped.group(1)) <= 12 < int(swapped.group(3)) <= 31:
        raise CellError(msg.DAY_FIRST(value=shown))
    raise CellError(msg.NOT_A_DATE(value=shown))


def _match_text(text: str) -> tuple[date, str | None] | None:
    """The date that folded text is written as, with the weekday word written before it;
    None when it is no date (no form matches, or the day does not exist)."""
    for kind, pattern in _PATTERNS:
        m = pattern.fullmatch(text)
        if m is None:
            continue
        groups = m.groupdict()
        try:
            if kind == "era":
                era = _ERA_BY_LETTER.get(groups["era"], groups["era"])
                start = _ERAS[era][1]
                year_of_era = 1 if groups["y"] == "元" else int(groups["y"])
                if year_of_era < 1:
                    return None
                result = date(start.year + year_of_era - 1, int(groups["m"]), int(groups["d"]))
                if result < start:  # 令和1年4月30日 was still Heisei
                    return None
            elif kind in ("dMy", "Mdy"):
                month = _MONTHS.get(groups["mon"])
                if month is None:
                    continue
                result = date(_year(groups["y"]), month, int(groups["d"]))
            else:
                result = date(_year(groups["y"]), int(groups["m"]), int(groups["d"]))
        except ValueError:  # 31/02/2027
            return None
        return result, groups.get("wd")
    return None


def parse_time(value: object) -> time:
    """A time of day from a cell: a time or datetime, an Excel fraction of a day, or text
    ("9:30", "09.30", "9時30分", "9時半", "午後2時", "2:30 pm"). Raises CellError."""
    if isinstance(value, datetime):
        return value.time().replace(tzinfo=None)
    if isinstance(value, time):
        return value.replace(tzinfo=None)
    if isinstance(value, bool):
        raise CellError(msg.NOT_A_TIME(value=value))
    if isinstance(value, int | float):
        number = float(value)
        # A fraction of a day; a whole serial with a fraction is a date and time: keep the time.
        if math.isnan(number) or number < 0 or (number >= 1 and number.is_integer()):
            raise CellError(msg.NOT_A_TIME(value=value))
        seconds = round((number % 1) * 86400)
        if seconds == 86400:
            raise CellError(msg.NOT_A_TIME(value=value))
        return time(seconds // 3600, seconds // 60 % 60, seconds % 60)
    if not isinstance(value, str):
        raise CellError(msg.NOT_A_TIME(value=value))
    shown = " ".join(value.split())
    text = _fold(value).replace(" ", "")
    pm: bool | None = None
    for prefix, is_pm in (("午前", False), ("午後", True)):
        if text.startswith(prefix):
            text, pm = text[len(prefix) :], is_pm
    for suffix, is_pm in (("a.m.", False), ("p.m.", True), ("am", False), ("pm", True)):
        if text.endswith(suffix):
            text, pm = text[: -len(suffix)], is_pm
    m = (
        re.fullmatch(r"(\d{1,2})(?:[:.h](\d{2})(?:[:.](\d{2}))?)?", text)
        or re.fullmatch(r"(\d{1,2})時(?:(\d{1,2})分(?:(\d{1,2})秒)?)?", text)
        or re.fullmatch(r"(\d{1,2})時(半)", text)
    )
    if m is None:
        raise CellError(msg.NOT_A_TIME(value=shown))
    hour = int(m.group(1))
    minute = 30 if m.group(2) == "半" else int(m.group(2) or 0)
    second = int(m.group(3) or 0) if m.re.groups >= 3 else 0
    if pm is not None:
        if hour > 12:  # 午後0時 is noon, so 0 is allowed
            raise CellError(msg.NOT_A_TIME(value=shown))
        hour = hour % 12 + (12 if pm else 0)
    try:
        return time(hour, minute, second)
    except ValueError:
        raise CellError(msg.NOT_A_TIME(value=shown)) from None
