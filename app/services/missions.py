"""Missions: list them, and create one after checking what the coordinator typed."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from enum import StrEnum
from zoneinfo import available_timezones

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.common.errors import UserError
from app.common.timezones import check_zone_name, to_local
from app.common.wording import FALLBACK, Message, join, listed
from app.core.conflicts import Loaded
from app.core.names import NamedInThree
from app.core.records import refuse_if_changed
from app.core.text import trimmed
from app.model import AgendaItem, B2BSession, Mission
from app.services import messages as msg
from app.services import setup_messages as setup_msg
from app.store import Store

# The two host zones of the Turin–Nagoya missions come first wherever a zone is chosen.
PREFERRED_ZONES = ("Asia/Tokyo", "Europe/Rome")

NAME_MAX = 200
CITY_MAX = 100
ORGANISER_MAX = 200


@dataclass(frozen=True)
class MissionRow(NamedInThree):
    """A mission as the shell lists it (a plain copy: safe to hand to the UI thread)."""

    id: int
    name: str
    name_ja: str | None
    host_city: str
    timezone: str
    start_date: date
    end_date: date
    organiser: str
    name_it: str | None = None


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
    name_it: str | None = None

    def normalised(self) -> MissionDraft:
        """Trimmed, NFC text; an empty Italian or Japanese name becomes None."""
        name_ja = trimmed(self.name_ja or "")
        name_it = trimmed(self.name_it or "")
        return MissionDraft(
            name=trimmed(self.name),
            host_city=trimmed(self.host_city),
            timezone=self.timezone.strip(),
            start_date=self.start_date,
            end_date=self.end_date,
            name_ja=name_ja or None,
            organiser=trimmed(self.organiser),
            name_it=name_it or None,
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
    NAME_IT_TOO_LONG = "name_it_too_long"
    # only when editing: sessions or programme items would fall outside the new dates
    DATES_LEAVE_OUT = "dates_leave_out"


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
    Problem.NAME_IT_TOO_LONG: "name_it",
    Problem.DATES_LEAVE_OUT: "start_date",
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
        Problem.NAME_IT_TOO_LONG: setup_msg.MISSION_NAME_IT_TOO_LONG(limit=NAME_MAX),
        Problem.DATES_LEAVE_OUT: setup_msg.DATES_LEAVE_OUT(items="…"),
    }[problem]


class MissionInvalid(UserError, ValueError):
    """A draft was refused; ``problems`` says why, ``str(error)`` in plain English, each
    problem's sentence in turn."""

    def __init__(
        self, problems: list[Problem], worded: Mapping[Problem, Message] | None = None
    ) -> None:
        if not problems:
            raise ValueError("a refused draft has at least one problem")
        self.problems = problems
        # ``worded``: a problem's own sentence when it names things (the items left out)
        self.worded = dict(worded or {})
        self.messages = tuple(self.worded.get(p) or problem_message(p) for p in problems)
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
    if d.name_it is not None and len(d.name_it) > NAME_MAX:
        problems.append(Problem.NAME_IT_TOO_LONG)
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
    with store.session() as session:
        return add_mission(session, draft).id


def add_mission(session: Session, draft: MissionDraft) -> Mission:
    """Check ``draft`` and add it to ``session`` as a new mission, flushed (it has its id).
    Raises :class:`MissionInvalid`."""
    problems = validate_mission(draft)
    if problems:
        raise MissionInvalid(problems)
    d = draft.normalised()
    mission = Mission(
        name=d.name,
        name_it=d.name_it,
        name_ja=d.name_ja,
        host_city=d.host_city,
        timezone=d.timezone,
        start_date=d.start_date,
        end_date=d.end_date,
        organiser=d.organiser,
    )
    session.add(mission)
    session.flush()
    return mission


def problem_messages(error: MissionInvalid) -> dict[str, Message]:
    """The problems of a refused draft by the field they belong to (for a form's inline
    errors); two problems of one field are said one after the other."""
    fields: dict[str, list[Message]] = {}
    for problem, message in zip(error.problems, error.messages, strict=True):
        fields.setdefault(PROBLEM_FIELD[problem], []).append(message)
    return {f: listed(ms, setup_msg.LIST_LINK) for f, ms in fields.items()}


def mission_draft(m: MissionRow | Mission) -> MissionDraft:
    """A mission as saved, as a draft: what a form showed (the base its save names)."""
    return MissionDraft(
        name=m.name,
        host_city=m.host_city,
        timezone=m.timezone,
        start_date=m.start_date,
        end_date=m.end_date,
        name_ja=m.name_ja,
        organiser=m.organiser,
        name_it=m.name_it,
    )


def update_mission(
    store: Store, mission_id: int, draft: MissionDraft, *, base: Loaded[MissionDraft]
) -> None:
    """Check and save what a coordinator changed in a mission, all at once or not at all,
    over the mission as the coordinator saw it (``base``): a field someone else changed since
    refuses the save with :class:`~app.core.conflicts.StaleRecord`.

    Raises :class:`MissionInvalid` (with :attr:`Problem.DATES_LEAVE_OUT` naming the B2B
    sessions and programme items the new dates would leave out), or a :class:`UserError`
    when there is no such mission."""
    problems = validate_mission(draft)
    d = draft.normalised()
    with store.session(write=True) as session:
        mission = session.get(Mission, mission_id)
        if mission is None:
            raise UserError(setup_msg.MISSION_NOT_FOUND(mission=mission_id))
        worded: dict[Problem, Message] = {}
        if Problem.DATES_REVERSED not in problems:
            left_out = _left_out(session, mission_id, d.start_date, d.end_date)
            if left_out:
                problems.append(Problem.DATES_LEAVE_OUT)
                worded[Problem.DATES_LEAVE_OUT] = setup_msg.DATES_LEAVE_OUT(items=_some(left_out))
        if problems:
            raise MissionInvalid(problems, worded)
        refuse_if_changed(session, mission, base, mission_draft(mission), d)
        mission.name = d.name
        mission.name_it = d.name_it
        mission.name_ja = d.name_ja
        mission.host_city = d.host_city
        mission.timezone = d.timezone
        mission.start_date = d.start_date
        mission.end_date = d.end_date
        mission.organiser = d.organiser


def _left_out(session: Session, mission_id: int, start: date, end: date) -> list[Message]:
    """The sessions and programme items whose local days fall outside ``start``–``end``."""
    found: list[Message] = []
    sessions = session.scalars(
        select(B2BSession)
        .where(B2BSession.mission_id == mission_id)
        .order_by(B2BSession.start_utc, B2BSession.id)
    )
    for s in sessions:
        first, last = _local_days(s.start_utc, s.end_utc, s.timezone)
        if first < start or last > end:
            found.append(setup_msg.SESSION_ON(name=s.name, day=first.isoformat()))
    items = session.scalars(
        select(AgendaItem)
        .where(AgendaItem.mission_id == mission_id)
        .order_by(AgendaItem.start_utc, AgendaItem.id)
    )
    for item in items:
        first, last = _local_days(item.start_utc, item.end_utc, item.timezone)
        if first < start or last > end:
            found.append(setup_msg.ITEM_ON(name=item.title, day=first.isoformat()))
    return found


def _local_days(start_utc: datetime, end_utc: datetime, zone: str) -> tuple[date, date]:
    """The first and last local day of a period (an end at midnight belongs to the day before)."""
    first = to_local(start_utc, zone)
    last = to_local(end_utc - timedelta(microseconds=1), zone)
    return first.date(), max(first.date(), last.date())


def _some(items: list[Message], most: int = 5) -> Message:
    """The first few items as one list, "and N more" for the rest."""
    shown = listed(items[:most], setup_msg.LIST_LINK)
    if len(items) > most:
        return setup_msg.AND_MORE(items=shown, count=len(items) - most)
    return shown


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
        name_it=m.name_it,
    )
