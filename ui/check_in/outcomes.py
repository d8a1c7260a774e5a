"""What each answer to a scan looks like: a colour and a word, in the window's language."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime
from enum import Enum

from PySide6.QtCore import QCoreApplication

from app.common.timezones import to_local
from app.services.check_in import ScanKind, ScanResult

translate = QCoreApplication.translate  # lupdate finds calls named "translate"


class Tone(Enum):
    GOOD = "#1e7b34"  # green: checked in
    CAUTION = "#9a5b00"  # amber: already in, read twice, pick one
    BAD = "#b3261e"  # red: nobody to let in
    QUIET = "#4a5563"  # grey: nothing scanned, a check-in undone


TONES: dict[ScanKind, Tone] = {
    ScanKind.CHECKED_IN: Tone.GOOD,
    ScanKind.ALREADY: Tone.CAUTION,
    ScanKind.DOUBLE_READ: Tone.CAUTION,
    ScanKind.NAMES: Tone.CAUTION,
    ScanKind.UNKNOWN: Tone.BAD,
    ScanKind.OTHER_MISSION: Tone.BAD,
    ScanKind.STALE_BADGE: Tone.BAD,
    ScanKind.MALFORMED: Tone.BAD,
    ScanKind.EMPTY: Tone.QUIET,
    ScanKind.UNDONE: Tone.QUIET,
    ScanKind.UNDO_REFUSED: Tone.CAUTION,
}


@dataclass(frozen=True)
class Outcome:
    """The answer as the desk shows it: the word, its colour, the service's sentence."""

    word: str
    tone: Tone
    detail: str


def clock(instant: datetime | None, zone: str | None, now: datetime | None = None) -> str:
    """08:52 in the mission's zone (this computer's when the mission has none); with the
    date when it was another day (08:52 alone would read as this morning's)."""
    if instant is None:
        return ""
    local = to_local(instant, zone) if zone else instant.astimezone()
    today = now or datetime.now(UTC)
    day = (to_local(today, zone) if zone else today.astimezone()).date()
    return f"{local:%H:%M}" if local.date() == day else f"{local:%Y-%m-%d %H:%M}"


def outcome(result: ScanResult, zone: str | None) -> Outcome:
    """The word and colour of ``result`` (``zone``: the mission's, for "already at 08:52")."""
    kind = result.kind
    arrived = result.person.checked_in_at if result.person is not None else None
    words = {
        ScanKind.CHECKED_IN: translate("CheckInOutcome", "Checked in"),
        ScanKind.ALREADY: translate("CheckInOutcome", "Already checked in at {time}"),
        ScanKind.DOUBLE_READ: translate("CheckInOutcome", "Read twice: counted once"),
        ScanKind.NAMES: translate("CheckInOutcome", "Several people: pick one"),
        ScanKind.UNDONE: translate("CheckInOutcome", "Check-in undone"),
        ScanKind.UNDO_REFUSED: translate("CheckInOutcome", "Not undone"),
        ScanKind.UNKNOWN: translate("CheckInOutcome", "Unknown code"),
        ScanKind.OTHER_MISSION: translate("CheckInOutcome", "Badge of another mission"),
        ScanKind.STALE_BADGE: translate("CheckInOutcome", "Old badge"),
        ScanKind.MALFORMED: translate("CheckInOutcome", "Unreadable scan"),
        ScanKind.EMPTY: translate("CheckInOutcome", "Nothing scanned"),
    }
    tone = TONES.get(kind, Tone.QUIET)
    if kind is ScanKind.NAMES and result.matched == 0:
        words[kind] = translate("CheckInOutcome", "No such name")
        tone = Tone.BAD
    elif kind is ScanKind.NAMES and result.matched == 1:
        words[kind] = translate("CheckInOutcome", "Enter to check in")
    word = words.get(kind, str(kind)).format(time=clock(arrived, zone))
    return Outcome(word, tone, result.message)
