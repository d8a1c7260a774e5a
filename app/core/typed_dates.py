"""Dates and times as a person types them into a field, read strictly: a whole date typed at
once in any of the ways the coordinators write one, and a date that does not exist refused in
words instead of quietly turned into another one.

Accepted: ISO ``2027-05-20``, year first ``2027/05/20``, ``2027.05.20``, ``2027年5月20日``;
day first ``20/05/2027`` (Italy; month first only where the field's order says so, as the
United States write it); full-width digits and separators as a Japanese input method types
them (``２０２７−０５−２０``). Two-digit years are this century. Times are ``9:30``, ``09:30``,
``0930``, ``9.30``, ``９：３０``.
"""

from __future__ import annotations

import re
import unicodedata
from datetime import date, time
from enum import Enum

from app.common.errors import UserError
from app.common.wording import Message
from app.core import messages as msg

# Everything a keyboard or an input method may type between the parts of a date.
_DASHES = "\u2010\u2011\u2012\u2013\u2014\u2015\u2212\u30fc\uff0d\u2043\ufe63"
_SEPARATORS = re.compile(rf"[\s/.\-{_DASHES}年月日]+")
_DIGITS = re.compile(r"\d+")


class DayOrder(Enum):
    """Which comes first in a date that does not start with its year."""

    DAY_FIRST = "dmy"  # 20/05/2027: Italy, Japan (whose dates start with the year anyway)
    MONTH_FIRST = "mdy"  # 05/20/2027: the United States


class NotADate(UserError):
    """What was typed is not a date, or names one that does not exist."""


class NotATime(UserError):
    """What was typed is not a time of day."""


def _clean(text: str) -> str:
    # NFKC turns full-width digits and most full-width punctuation into ASCII.
    return unicodedata.normalize("NFKC", text).strip()


def _year(text: str) -> int:
    value = int(text)
    return 2000 + value if len(text) <= 2 else value


def date_words(day: int, month: int, year: int) -> Message:
    """'31 February 2027', '31 febbraio 2027', '2027年2月31日': a date, real or not, in words."""
    return msg.DATE_IN_WORDS(day=day, month=msg.MONTHS[month - 1](), year=year)


def parse_typed_date(text: str, order: DayOrder = DayOrder.DAY_FIRST) -> date | None:
    """The date ``text`` names; None when it is empty; :class:`NotADate`, worded, when it is
    not a date or names one that does not exist (31 February)."""
    cleaned = _clean(text)
    if not cleaned:
        return None
    parts = [p for p in _SEPARATORS.split(cleaned) if p]
    if not parts or not all(p.isdigit() for p in parts):
        raise NotADate(msg.NOT_A_DATE(text=text.strip()))
    if len(parts) == 1 and len(parts[0]) == 8:  # 20270520
        digits = parts[0]
        parts = [digits[:4], digits[4:6], digits[6:]]
    if len(parts) != 3:
        raise NotADate(msg.NOT_A_DATE(text=text.strip()))
    first, second, third = parts
    if len(first) == 4:  # the year first: always year, month, day
        year, month, day = int(first), int(second), int(third)
    elif len(third) in (2, 4) and len(first) <= 2 and len(second) <= 2:
        year = _year(third)
        a, b = int(first), int(second)
        day, month = (a, b) if order is DayOrder.DAY_FIRST else (b, a)
        if month > 12 and day <= 12:  # 20/05/2027 where months come first: no doubt which
            day, month = month, day
    else:
        raise NotADate(msg.NOT_A_DATE(text=text.strip()))
    if not 1 <= month <= 12:
        raise NotADate(msg.NO_SUCH_MONTH(month=month, text=text.strip()))
    if year < 1900 or year > 2199:
        raise NotADate(msg.YEAR_OUT_OF_RANGE(year=year))
    try:
        return date(year, month, day)
    except ValueError:
        raise NotADate(msg.NO_SUCH_DAY(date=date_words(day, month, year))) from None


def parse_typed_time(text: str) -> time | None:
    """The time of day ``text`` names (24-hour clock); None when it is empty; :class:`NotATime`
    when it is not one."""
    cleaned = _clean(text).replace("：", ":")
    if not cleaned:
        return None
    match = re.fullmatch(r"(\d{1,2})\s*[:.hH時]\s*(\d{2})\s*分?", cleaned) or re.fullmatch(
        r"(\d{2})(\d{2})", cleaned
    )
    if match is None:
        match = re.fullmatch(r"(\d{1,2})\s*[hH時]?", cleaned)
        if match is None:
            raise NotATime(msg.NOT_A_TIME(text=text.strip()))
        hour, minute = int(match.group(1)), 0
    else:
        hour, minute = int(match.group(1)), int(match.group(2))
    if hour > 23 or minute > 59:
        raise NotATime(msg.NO_SUCH_TIME(text=text.strip()))
    return time(hour, minute)
