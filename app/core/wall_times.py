"""Wall times as a command or a spreadsheet writes them ("14:00", "9.30", "16:00-16:20").

Apart from :mod:`app.core.b2b_sessions` (which uses them) so that a command parses its
options without loading the database's libraries (issue 14, item 8)."""

from __future__ import annotations

import re
import unicodedata
from datetime import time

_TIME = re.compile(r"^\s*(\d{1,2})[:.h](\d{2})\s*$")
_SPAN = re.compile(r"^\s*(\d{1,2}[:.h]\d{2})\s*[-–—~〜]\s*(\d{1,2}[:.h]\d{2})\s*$")


def parse_wall_time(text: str) -> time | None:
    """'14:00', '9.30', '14h00' → a wall time; None when it is not one."""
    m = _TIME.match(unicodedata.normalize("NFKC", text))
    if m is None:
        return None
    hour, minute = int(m.group(1)), int(m.group(2))
    if hour > 23 or minute > 59:
        return None
    return time(hour, minute)


def parse_span(text: str) -> tuple[time, time] | None:
    """'16:00-16:20' (also with – or 〜) → (start, end); None when it is not one."""
    m = _SPAN.match(unicodedata.normalize("NFKC", text))
    if m is None:
        return None
    start, end = parse_wall_time(m.group(1)), parse_wall_time(m.group(2))
    return (start, end) if start is not None and end is not None else None
