"""Missions: list them, and create one after checking what the coordinator typed."""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from zoneinfo import available_timezones

from sqlalchemy import select

from app.common.errors import UserError
from app.common.timezones import check_zone_name
from app.common.wording import FALLBACK, Message, join
from app.model import Mission
from app.services import messages as msg
from app.store import Store

# The two host zones of the Turin–Nagoya missions come first wherever a zone is chosen.
PREFERRED_ZONES = ("Asia/Tokyo", "Europe/Rome")

NAME_MAX = 200
CITY_MAX = 100
ORGANISER_MAX = 200


@dataclass(frozen=True)
class MissionRow:
    """A mission as the shell lists it (a plain copy: safe to hand to the UI thread)."""

    id: int
    name: str
    name_ja: str | None
    host_city: str
    timezone: str
    start_date: date
    end_date: date
    organiser: str


@dataclass(frozen=True)
class MissionDraft:
    """What a coordinator typed for a new mission, before it is checked."""

    name: str
    host_city: str
    timezone: str
    start_date: date
    end_date: date
    name_ja: str | None = None
    organiser: str = ""

    def normalised(self) -> MissionDraft:
        """Trimmed, NFC text; an empty Japanese name becomes None."""
        name_ja = _clean(self.name_ja or "")
        return MissionDraft(
            name=_clean(self.name),
            host_city=_clean(self.host_city),
            timezone=self.timezone.strip(),
            start_date=self.start_date,
            end_date=self.end_date,
            name_ja=name_ja or None,
            organiser=_clean(self.organiser),
        )


class Problem(StrEnum):
    """Why a draft cannot become a mission (:func:`problem_message` words each)."""

    NAME_MISSING = "name_missing"
    NAME_TOO_LONG = "name_too_long"
    NAME_JA_TOO_LONG = "name_ja_too_long"
    CITY_MISSING = "city_missing"
    CITY_TOO_LONG = "city_too_long"
    ZONE_UNKNOWN = "zone_unknown"
    DATES_REVERSED = "dates_reversed"
    ORGANISER_TOO_LONG = "organiser_too_long"


# The draft field each problem belongs to, so a dialog can show it next to that field.
PROBLEM_FIELD: dict[Problem, str] = {
    Problem.NAME_MISSING: "name",
    Problem.NAME_TOO_LONG: "name",
    Problem.NAME_JA_TOO_LONG: "name_ja",
    Problem.CITY_MISSING: "host_city",
    Problem.CITY_TOO_LONG: "host_city",
    Problem.ZONE_UNKNOWN: "timezone",
    Problem.DATES_REVERSED: "end_date",
    Problem.ORGANISER_TOO_LONG: "organiser",
}


def problem_message(problem: Problem) -> Message:
    """The sentence for a problem, in any language (the dialog shows it by its field)."""
    return {
        Problem.NAME_MISSING: msg.MISSION_NAME_MISSING(),
        Problem.NAME_TOO_LONG: msg.MISSION_NAME_TOO_LONG(limit=NAME_MAX),
        Problem.NAME_JA_TOO_LONG: msg.MISSION_NAME_JA_TOO_LONG(limit=NAME_MAX),
        Problem.CITY_MISSING: msg.MISSION_CITY_MISSING(),
        Problem.CITY_TOO_LONG: msg.MISSION_CITY_TOO_LONG(limit=CITY_MAX),
        Problem.ZONE_UNKNOWN: msg.MISSION_ZONE_UNKNOWN(),
        Problem.DATES_REVERSED: msg.MISSION_DATES_REVERSED(),
        Problem.ORGANISER_TOO_LONG: msg.MISSION_ORGANISER_TOO_LONG(limit=ORGANISER_MAX),
    }[problem]


class MissionInvalid(UserError, ValueError):
    """A draft was refused; ``problems`` says why, ``str(error)`` in plain English, each
    problem's sentence in turn."""

    def __init__(self, problems: list[Problem]) -> None:
        if not problems:
            raise ValueError("a refused draft has at least one problem")
        self.problems = problems
        self.messages = tuple(problem_message(p) for p in problems)
        super().__init__(self.messages[0])
        self.args = (self.text(FALLBACK),)  # str(): every problem, not only the first

    def text(self, lang: str = FALLBACK) -> str:
        return join(self.messages, lang, "" if lang == "ja" else " ")  # 。 ends a sentence


def zone_choices() -> list[str]:
    """IANA zone names for a chooser: Asia/Tokyo and Europe/Rome first, then the rest sorted."""
    rest = sorted(z for z in available_timezones() if z not in PREFERRED_ZONES)
    return [*PREFERRED_ZONES, *rest]


def validate_mission(draft: MissionDraft) -> list[Problem]:
    """Every problem with a draft (empty when it can be created); looks at the draft only."""
    d = draft.normalised()
    problems: list[Problem] = []
    if not d.name:
        problems.append(Problem.NAME_MISSING)
    elif len(d.name) > NAME_MAX:
        problems.append(Problem.NAME_TOO_LONG)
    if d.name_ja is not None and len(d.name_ja) > NAME_MAX:
        problems.append(Problem.NAME_JA_TOO_LONG)
    if not d.host_city:
        problems.append(Problem.CITY_MISSING)
    elif len(d.host_city) > CITY_MAX:
        problems.append(Problem.CITY_TOO_LONG)
    try:
        check_zone_name(d.timezone)
    except ValueError:
        problems.append(Problem.ZONE_UNKNOWN)
    if d.end_date < d.start_date:
        problems.append(Problem.DATES_REVERSED)
    if len(d.organiser) > ORGANISER_MAX:
        problems.append(Problem.ORGANISER_TOO_LONG)
    return problems


def list_missions(store: Store) -> list[MissionRow]:
    """All missions, the latest first (by start date, then newest id)."""
    with store.session() as session:
        missions = session.scalars(
            select(Mission).order_by(Mission.start_date.desc(), Mission.id.desc())
        ).all()
        return [_row(m) for m in missions]


def default_mission(missions: list[MissionRow], today: date) -> MissionRow | None:
    """The mission to show when none was asked for: the next one that has not ended (the
    one a coordinator is preparing), else the most recent."""
    coming = [m for m in missions if m.end_date >= today]
    if coming:
        return min(coming, key=lambda m: (m.start_date, m.id))
    return max(missions, key=lambda m: (m.start_date, m.id), default=None)


def get_mission(store: Store, mission_id: int) -> MissionRow | None:
    """One mission, or None when there is no mission with that id."""
    with store.session() as session:
        mission = session.get(Mission, mission_id)
        return _row(mission) if mission is not None else None


def create_mission(store: Store, draft: MissionDraft) -> int:
    """Check and store a new mission; returns its id. Raises :class:`MissionInvalid`."""
    problems = validate_mission(draft)
    if problems:
        raise MissionInvalid(problems)
    d = draft.normalised()
    with store.session() as session:
        mission = Mission(
            name=d.name,
            name_ja=d.name_ja,
            host_city=d.host_city,
            timezone=d.timezone,
            start_date=d.start_date,
            end_date=d.end_date,
            organiser=d.organiser,
        )
        session.add(mission)
        session.flush()
        return mission.id


def _clean(text: str) -> str:
    return unicodedata.normalize("NFC", text).strip()


def _row(m: Mission) -> MissionRow:
    return MissionRow(
        id=m.id,
        name=m.name,
        name_ja=m.name_ja,
        host_city=m.host_city,
        timezone=m.timezone,
        start_date=m.start_date,
        end_date=m.end_date,
        organiser=m.organiser,
    )
