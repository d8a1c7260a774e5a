"""A programme item as a coordinator types it (a draft), checked against the mission as read.

An item is a kind, a title and a description in English (the fallback), Italian and
Japanese, a venue (or, for a transfer or a flight, just a zone), a start and an end as wall
times in the venue's zone, and an audience: everyone, a delegation, one organisation's
delegates, or named participants.

Every check is a pure function of a draft and the mission as read (:func:`check_item`), so
the Programme page shows problems next to their fields as they are typed, and the import
of a programme applies the same rules; the save checks again inside its own transaction.

Wall times are read in the item's zone. One the clocks skip (the spring-forward hour) is
refused; one they show twice (the autumn hour) is *asked*: the check reports it in
``ambiguous`` until the draft says which of the two it means (``start_later``/``end_later``).
"""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from datetime import datetime, timedelta

from sqlalchemy.orm import Session

from app.common.errors import UserError
from app.common.timezones import NonexistentLocalTime, check_zone_name, to_local, to_utc
from app.common.wording import FALLBACK, Message, listed
from app.core import programme_item_messages as msg
from app.core.changes import Changes
from app.core.conflicts import Loaded
from app.core.mission_record import ItemRecord, MissionRecord
from app.core.names import Names
from app.core.text import trimmed
from app.model import AgendaAttendee, AgendaItem
from app.model.enums import AgendaKind, Audience

TITLE_MAX = 300
DESCRIPTION_MAX = 4000
LONGEST = timedelta(hours=24)

# The kinds a coordinator chooses from, in the order the page offers them (B2B entries are
# the sessions' own; older data may still carry the kind).
KINDS: tuple[AgendaKind, ...] = (
    AgendaKind.PLENARY,
    AgendaKind.COMPANY_VISIT,
    AgendaKind.SIGNING_CEREMONY,
    AgendaKind.DINNER,
    AgendaKind.TRANSFER,
    AgendaKind.FREE,
    AgendaKind.OTHER,
)


# --- what a coordinator types -----------------------------------------------------------------


@dataclass(frozen=True)
class ItemDraft:
    """What a coordinator typed for an item, before it is checked.

    ``start`` and ``end`` are wall times (no zone) in the item's zone: its venue's, else
    ``timezone``, else the mission's. ``start_later``/``end_later`` answer the question an
    hour shown twice asks (True: the second, after the clocks went back); None: not asked.
    """

    kind: AgendaKind
    title: str
    start: datetime
    end: datetime
    title_it: str | None = None
    title_ja: str | None = None
    description: str = ""
    description_it: str | None = None
    description_ja: str | None = None
    venue_id: int | None = None
    timezone: str | None = None
    audience: Audience = Audience.EVERYONE
    audience_delegation_id: int | None = None
    audience_organisation_id: int | None = None
    attendee_ids: frozenset[int] = frozenset()
    start_later: bool | None = None
    end_later: bool | None = None

    @property
    def titles(self) -> Names:
        return Names(self.title, self.title_it, self.title_ja)

    @property
    def descriptions(self) -> Names:
        return Names(self.description, self.description_it, self.description_ja)

    def normalised(self) -> ItemDraft:
        """Text trimmed (an empty translation is None), the audience's other fields cleared."""
        audience = self.audience
        return replace(
            self,
            title=trimmed(self.title),
            title_it=trimmed(self.title_it or "") or None,
            title_ja=trimmed(self.title_ja or "") or None,
            description=_paragraphs(self.description),
            description_it=_paragraphs(self.description_it) or None,
            description_ja=_paragraphs(self.description_ja) or None,
            timezone=trimmed(self.timezone or "") or None,
            start=self.start.replace(tzinfo=None, second=0, microsecond=0),
            end=self.end.replace(tzinfo=None, second=0, microsecond=0),
            audience_delegation_id=(
                self.audience_delegation_id if audience is Audience.DELEGATION else None
            ),
            audience_organisation_id=(
                self.audience_organisation_id if audience is Audience.ORGANISATION else None
            ),
            attendee_ids=(
                frozenset(self.attendee_ids) if audience is Audience.PARTICIPANTS else frozenset()
            ),
        )

    def moved(self, start: datetime, end: datetime) -> ItemDraft:
        """The same item at other wall times (a drag, a resize, a key press): the answers to
        an hour shown twice no longer apply."""
        return replace(self, start=start, end=end, start_later=None, end_later=None)


def _paragraphs(text: str | None) -> str:
    """A description: each line trimmed, no blank lines at either end."""
    lines = [trimmed(line) for line in (text or "").replace("\r\n", "\n").split("\n")]
    return "\n".join(lines).strip("\n")


@dataclass(frozen=True)
class ItemProblem:
    """One thing wrong with a draft, for the field it belongs to: "kind", "title",
    "title_it", "title_ja", "description", "description_it", "description_ja", "venue",
    "timezone", "start", "end", "audience"."""

    field: str
    message: Message

    def text(self, lang: str = FALLBACK) -> str:
        return self.message.text(lang)


@dataclass(frozen=True)
class AmbiguousTime:
    """A wall time the clocks show twice (the night summer time ends): which one is meant?"""

    field: str  # "start" or "end"
    wall: datetime  # no zone
    zone: str
    earlier_utc: datetime  # before the clocks go back (summer time)
    later_utc: datetime  # after

    def choice(self, later: bool) -> str:
        """'02:30 CEST' or '02:30 CET': each reading with its zone's abbreviation."""
        local = to_local(self.later_utc if later else self.earlier_utc, self.zone)
        return f"{local:%H:%M} {local.tzname()}"

    @property
    def message(self) -> Message:
        return msg.ITEM_TIME_TWICE(
            time=f"{self.wall:%Y-%m-%d %H:%M}",
            zone=self.zone,
            first=self.choice(False),
            second=self.choice(True),
        )


class ItemInvalid(UserError, ValueError):
    """A draft was refused; ``problems`` says why, each for its field."""

    def __init__(self, problems: Sequence[ItemProblem]) -> None:
        if not problems:
            raise ValueError("a refused draft has at least one problem")
        self.problems = tuple(problems)
        super().__init__(
            msg.ITEM_INVALID(problems=listed([p.message for p in self.problems], msg.PROBLEMS))
        )


@dataclass(frozen=True)
class ItemCheck:
    problems: tuple[ItemProblem, ...]
    ambiguous: tuple[AmbiguousTime, ...]  # to ask; the draft cannot be saved until answered
    zone: str
    start_utc: datetime | None  # None when the times cannot be read
    end_utc: datetime | None

    @property
    def ok(self) -> bool:
        return not self.problems and not self.ambiguous

    def for_field(self, name: str) -> list[ItemProblem]:
        return [p for p in self.problems if p.field == name]


@dataclass(frozen=True)
class ItemSaved:
    item_id: int
    changes: Changes = field(default_factory=lambda: Changes(agenda=True))
    # After an edit: the item as stored and its version (what an undo is checked against).
    saved: Loaded[ItemDraft] | None = None


# --- reading ----------------------------------------------------------------------------------


@dataclass(frozen=True)
class ItemRow:
    """An item as the Programme page and the CLI show it."""

    id: int
    kind: AgendaKind
    titles: Names
    descriptions: Names
    venue_id: int | None
    venue: Names | None
    zone: str
    start_utc: datetime
    end_utc: datetime
    audience: Audience
    audience_delegation_id: int | None
    audience_organisation_id: int | None
    attendee_ids: frozenset[int]
    attendee_count: int  # how many participants its audience holds now
    draft: ItemDraft  # the item as a draft, to edit it

    @property
    def start_local(self) -> datetime:
        return to_local(self.start_utc, self.zone)

    @property
    def end_local(self) -> datetime:
        return to_local(self.end_utc, self.zone)


def item_rows(record: MissionRecord) -> list[ItemRow]:
    """The mission's items by start, then id."""
    out = []
    for item in sorted(record.items, key=lambda i: (i.start_utc, i.id)):
        venue = record.venues.get(item.venue_id) if item.venue_id is not None else None
        out.append(
            ItemRow(
                id=item.id,
                kind=item.kind,
                titles=item.titles,
                descriptions=item.descriptions,
                venue_id=item.venue_id,
                venue=venue.names if venue is not None else None,
                zone=item.timezone,
                start_utc=item.start_utc,
                end_utc=item.end_utc,
                audience=item.audience,
                audience_delegation_id=item.audience_delegation_id,
                audience_organisation_id=item.audience_organisation_id,
                attendee_ids=item.attendees,
                attendee_count=len(record.attendees_of(item)),
                draft=draft_of(item),
            )
        )
    return out


def draft_of(item: ItemRecord) -> ItemDraft:
    """A stored item as a draft (the editor starts from it): wall times in its zone, with
    the answer to an hour shown twice kept (its fold)."""
    start, end = to_local(item.start_utc, item.timezone), to_local(item.end_utc, item.timezone)
    return ItemDraft(
        kind=item.kind,
        title=item.title,
        start=start.replace(tzinfo=None, fold=0),
        end=end.replace(tzinfo=None, fold=0),
        title_it=item.title_it,
        title_ja=item.title_ja,
        description=item.description,
        description_it=item.description_it,
        description_ja=item.description_ja,
        venue_id=item.venue_id,
        timezone=item.timezone if item.venue_id is None else None,
        audience=item.audience,
        audience_delegation_id=item.audience_delegation_id,
        audience_organisation_id=item.audience_organisation_id,
        attendee_ids=item.attendees,
        start_later=bool(start.fold) or None,
        end_later=bool(end.fold) or None,
    )


def item_zone(record: MissionRecord, venue_id: int | None, timezone: str | None = None) -> str:
    """The zone an item is entered and shown in: its venue's, else the one given, else the
    mission's."""
    venue = record.venues.get(venue_id) if venue_id is not None else None
    if venue is not None and venue.timezone:
        return venue.timezone
    return timezone or record.zone


# --- checking -------------------------------------------------------------------------------


def check_item(record: MissionRecord, draft: ItemDraft) -> ItemCheck:
    """Every problem with ``draft``, and the wall times it must ask about. Pure."""
    d = draft.normalised()
    problems: list[ItemProblem] = []
    if d.kind is AgendaKind.B2B:
        problems.append(ItemProblem("kind", msg.ITEM_KIND_B2B()))
    if not d.title:
        problems.append(ItemProblem("title", msg.ITEM_TITLE_MISSING()))
    for name, value in (("title", d.title), ("title_it", d.title_it), ("title_ja", d.title_ja)):
        if value and len(value) > TITLE_MAX:
            problems.append(ItemProblem(name, msg.ITEM_TITLE_TOO_LONG(limit=TITLE_MAX)))
    for name, value in (
        ("description", d.description),
        ("description_it", d.description_it),
        ("description_ja", d.description_ja),
    ):
        if value and len(value) > DESCRIPTION_MAX:
            problems.append(ItemProblem(name, msg.ITEM_DESCRIPTION_TOO_LONG(limit=DESCRIPTION_MAX)))
    if d.venue_id is not None and d.venue_id not in record.venues:
        problems.append(ItemProblem("venue", msg.ITEM_VENUE_UNKNOWN(venue=d.venue_id)))
    zone_ok = True
    if d.venue_id is None and d.timezone is not None:
        try:
            check_zone_name(d.timezone)
        except ValueError:
            zone_ok = False
            problems.append(ItemProblem("timezone", msg.ITEM_ZONE_UNKNOWN(zone=d.timezone)))
    problems.extend(_audience_problems(record, d))
    zone = item_zone(record, d.venue_id, d.timezone if zone_ok else None)
    start, end, ambiguous, time_problems = _times(d, zone)
    problems.extend(time_problems)
    if start is not None and end is not None:
        if end <= start:
            problems.append(ItemProblem("end", msg.ITEM_ENDS_BEFORE_START()))
        elif end - start > LONGEST:
            problems.append(ItemProblem("end", msg.ITEM_TOO_LONG(hours=24)))
    problems.extend(_outside_mission(record, d))
    return ItemCheck(tuple(problems), tuple(ambiguous), zone, start, end)


def checked(record: MissionRecord, draft: ItemDraft) -> ItemCheck:
    """:func:`check_item`, raising :class:`ItemInvalid` for problems or a question unanswered
    (the question is then the problem: the caller asks and sends the draft again)."""
    check = check_item(record, draft)
    problems = list(check.problems) + [ItemProblem(a.field, a.message) for a in check.ambiguous]
    if problems:
        raise ItemInvalid(problems)
    return check


def _audience_problems(record: MissionRecord, d: ItemDraft) -> list[ItemProblem]:
    if d.audience is Audience.DELEGATION:
        if d.audience_delegation_id is None:
            return [ItemProblem("audience", msg.ITEM_DELEGATION_MISSING())]
        if d.audience_delegation_id not in record.delegations:
            return [
                ItemProblem(
                    "audience", msg.ITEM_DELEGATION_UNKNOWN(delegation=d.audience_delegation_id)
                )
            ]
    elif d.audience is Audience.ORGANISATION:
        if d.audience_organisation_id is None:
            return [ItemProblem("audience", msg.ITEM_ORGANISATION_MISSING())]
        if d.audience_organisation_id not in record.organisations:
            return [
                ItemProblem(
                    "audience",
                    msg.ITEM_ORGANISATION_UNKNOWN(organisation=d.audience_organisation_id),
                )
            ]
    elif d.audience is Audience.PARTICIPANTS:
        if not d.attendee_ids:
            return [ItemProblem("audience", msg.ITEM_NOBODY_NAMED())]
        unknown = sorted(d.attendee_ids - set(record.people))
        if unknown:
            return [
                ItemProblem(
                    "audience",
                    msg.ITEM_PARTICIPANTS_UNKNOWN(ids=", ".join(str(i) for i in unknown)),
                )
            ]
    return []


def _times(
    d: ItemDraft, zone: str
) -> tuple[datetime | None, datetime | None, list[AmbiguousTime], list[ItemProblem]]:
    problems: list[ItemProblem] = []
    ambiguous: list[AmbiguousTime] = []

    def utc(wall: datetime, name: str, later: bool | None) -> datetime | None:
        try:
            earlier = to_utc(wall, zone)
        except NonexistentLocalTime:
            problems.append(
                ItemProblem(
                    name,
                    msg.ITEM_TIME_SKIPPED(time=f"{wall:%H:%M}", day=f"{wall:%Y-%m-%d}", zone=zone),
                )
            )
            return None
        second = to_utc(wall, zone, later=True)
        if second == earlier:
            return earlier
        if later is None:
            ambiguous.append(AmbiguousTime(name, wall, zone, earlier, second))
            return earlier  # provisional, for the checks that follow
        return second if later else earlier

    start = utc(d.start, "start", d.start_later)
    end = utc(d.end, "end", d.end_later)
    return start, end, ambiguous, problems


def _outside_mission(record: MissionRecord, d: ItemDraft) -> list[ItemProblem]:
    facts = record.mission
    if facts.start_date is None or facts.end_date is None:
        return []
    first, last = facts.start_date, facts.end_date
    if first <= d.start.date() <= last:
        return []
    return [
        ItemProblem(
            "start",
            msg.ITEM_OUTSIDE_MISSION(
                day=d.start.date().isoformat(), first=first.isoformat(), last=last.isoformat()
            ),
        )
    ]


# --- writing -----------------------------------------------------------------------------------


def write_item(s: Session, item: AgendaItem, d: ItemDraft, check: ItemCheck) -> None:
    """Put a checked, normalised draft onto ``item``, in the session ``s`` that holds it (the
    Programme page's actions and the import of a programme both write through here)."""
    assert check.start_utc is not None and check.end_utc is not None
    item.kind = d.kind
    item.title, item.title_it, item.title_ja = d.title, d.title_it, d.title_ja
    item.description = d.description
    item.description_it, item.description_ja = d.description_it, d.description_ja
    item.venue_id = d.venue_id
    item.timezone = check.zone
    item.start_utc, item.end_utc = check.start_utc, check.end_utc
    item.audience = d.audience
    item.audience_delegation_id = d.audience_delegation_id
    item.audience_organisation_id = d.audience_organisation_id
    current = {link.participant_id: link for link in item.attendee_links}
    for pid, link in current.items():
        if pid not in d.attendee_ids:
            item.attendee_links.remove(link)
    for pid in sorted(d.attendee_ids - set(current)):
        item.attendee_links.append(AgendaAttendee(participant_id=pid))


# --- reading what a spreadsheet or a command line says ---------------------------------------


def _word_key(text: str) -> str:
    folded = unicodedata.normalize("NFKC", text).casefold()
    return "".join(ch for ch in folded if unicodedata.category(ch)[0] in "LN")


# The words for each kind in English, Italian and Japanese (compared without case, spaces or
# punctuation); the enum's own values are understood too.
KIND_WORDS: dict[AgendaKind, tuple[str, ...]] = {
    AgendaKind.PLENARY: ("plenary", "plenary session", "conference", "plenaria",
                         "sessione plenaria", "convegno", "全体会議", "全体会合", "本会議"),
    AgendaKind.COMPANY_VISIT: ("visit", "company visit", "site visit", "plant visit", "tour",
                               "visita", "visita aziendale", "visita guidata", "視察",
                               "企業視察", "工場見学", "見学", "訪問"),
    AgendaKind.SIGNING_CEREMONY: ("ceremony", "signing", "signing ceremony", "cerimonia",
                                  "firma", "cerimonia di firma", "式典", "調印式", "署名式"),
    AgendaKind.DINNER: ("meal", "dinner", "lunch", "breakfast", "reception", "cena", "pranzo",
                        "colazione", "ricevimento", "aperitivo", "食事", "夕食会", "昼食会",
                        "夕食", "昼食", "朝食", "会食", "懇親会", "レセプション"),
    AgendaKind.TRANSFER: ("transfer", "bus", "travel", "trasferimento", "spostamento",
                          "pullman", "移動", "送迎", "バス移動"),
    AgendaKind.FREE: ("free", "free time", "tempo libero", "libero", "自由時間", "自由行動"),
    AgendaKind.OTHER: ("other", "altro", "その他"),
}  # fmt: skip
_KIND_OF_WORD: dict[str, AgendaKind] = {
    _word_key(word): kind for kind, words in KIND_WORDS.items() for word in (*words, kind.value)
}


def kind_from_word(text: str) -> AgendaKind | None:
    """The kind a word names in any of the three languages ("cena" and "昼食会" are meals,
    "visita" a visit); None when it names none (B2B is never one: sessions are set up
    apart)."""
    return _KIND_OF_WORD.get(_word_key(text))


def later_of_mark(wall: datetime, zone: str, mark: str) -> bool | None:
    """Which reading of the wall time ``wall`` in ``zone`` the abbreviation ``mark`` written
    after it ("02:30 CEST", "02:30 CET") means: True the later (after the clocks went back),
    False the earlier, None when the time happens once and ``mark`` is its abbreviation.
    ValueError when ``mark`` is not the abbreviation of any reading (a skipped time raises
    :class:`NonexistentLocalTime`)."""
    first, second = to_utc(wall, zone), to_utc(wall, zone, later=True)
    earlier, later = to_local(first, zone), to_local(second, zone)
    wanted = mark.strip().upper()
    names = {(earlier.tzname() or "").upper(), (later.tzname() or "").upper()}
    if wanted not in names:
        raise ValueError(f"{mark} is not the zone's abbreviation at that time")
    if first == second:  # (aware times of one zone compare as wall times: compare instants)
        return None
    return (later.tzname() or "").upper() == wanted


def zone_marks(wall: datetime, zone: str) -> tuple[str, ...]:
    """The abbreviations ``wall`` may be written with in ``zone`` (two at the hour shown
    twice); () for a skipped time."""
    try:
        earlier = to_local(to_utc(wall, zone), zone)
    except NonexistentLocalTime:
        return ()
    later = to_local(to_utc(wall, zone, later=True), zone)
    return tuple(dict.fromkeys(x.tzname() or "" for x in (earlier, later)))


__all__ = [
    "KINDS",
    "KIND_WORDS",
    "AmbiguousTime",
    "ItemCheck",
    "ItemDraft",
    "ItemInvalid",
    "ItemProblem",
    "ItemRow",
    "ItemSaved",
    "check_item",
    "checked",
    "draft_of",
    "item_rows",
    "item_zone",
    "kind_from_word",
    "later_of_mark",
    "write_item",
    "zone_marks",
]
