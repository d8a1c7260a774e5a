"""Programme items from a spreadsheet, one per row: day, start, end (wall times in the venue's
zone, else the zone given, else the mission's), kind, title and description in English,
Italian and Japanese, venue, zone, and audience.

Each row is checked by the Programme page's own rule, :func:`app.core.programme_items.
check_item`, and written through :func:`~app.core.programme_items.write_item`, all rows or
none (:mod:`app.importing.apply`).

**Cells.**

- kind: a word in any of the three languages ("plenaria", "視察", "cena" and "昼食会" are
  meals, "tempo libero", "移動" …; see :data:`~app.core.programme_items.KIND_WORDS`); blank:
  "other" for a new item, the saved kind for an update.
- venue: its name in any language, or its id (:func:`app.core.names.find_named`).
- start, end: "14:00", "9.30", "午後2時" …; an hour the clocks show twice (the night summer
  time ends) must say which with the zone's abbreviation: "02:30 CEST" (the first, summer
  time) or "02:30 CET" (the second); without it the row is refused with both readings. An
  hour the clocks skip is refused.
- audience: blank or "everyone" ("tutti", "全員"); "delegation: Nagoya delegation";
  "organisation: Hatcho Jozo"; "participants: a@x.com; Mario Rossi" (e-mail addresses or
  names, separated by ";" or new lines). The prefixes are understood in Italian
  ("delegazione:", "organizzazione:"/"azienda:", "partecipanti:") and Japanese ("代表団：",
  "組織："/"企業："/"団体：", "参加者："); a name without a prefix is taken as a delegation's,
  else an organisation's.

**Matching a saved item.** A row updates the saved item of the same day, start and English
title (case aside); failing that, the only saved item of that day with that title, so a row
whose time changed moves the item instead of adding a second one. Otherwise the row is a new
item: a changed English title is a new item. Re-importing a file changes nothing. As
elsewhere, a blank cell never erases what is saved.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import date, datetime, time

from sqlalchemy.orm import Session, selectinload

from app.common.timezones import NonexistentLocalTime, check_zone_name, to_local
from app.core import programme_item_messages as item_msg
from app.core.errors import gone
from app.core.mission_record import ItemRecord, MissionRecord, load_mission, read_mission
from app.core.names import find_named
from app.core.programme_items import (
    ItemDraft,
    ItemInvalid,
    check_item,
    checked,
    draft_of,
    item_zone,
    kind_from_word,
    later_of_mark,
    write_item,
    zone_marks,
)
from app.importing import messages as import_msg
from app.importing import messages_programme as msg
from app.importing.dates import parse_date, parse_time
from app.importing.duplicates import organisation_key
from app.importing.fields import ImportKind
from app.importing.mapping import ColumnMapping
from app.importing.normalise import person_key
from app.importing.people_index import PeopleIndex
from app.importing.rows import Action, Row, RowPlan, outcome, rows_of
from app.importing.table import Cell, Table
from app.model import AgendaItem
from app.model.enums import AgendaKind, Audience
from app.store import Store

# "02:30 CEST": a time, then the zone's abbreviation (am/pm are the time's own)
_MARKED = re.compile(r"^(?P<time>.*?\d.*?)\s*(?P<mark>[A-Za-z]{2,5})$")
_NOT_MARKS = frozenset({"am", "pm", "h"})
_LIST = re.compile(r"[;；\n、]+")


def _time_and_mark(cell: Cell) -> tuple[time, str | None]:
    """A wall time, and the zone abbreviation written after it (None: none)."""
    if isinstance(cell, str):
        m = _MARKED.match(" ".join(cell.split()))
        if m is not None and m.group("mark").casefold() not in _NOT_MARKS:
            return parse_time(m.group("time")), m.group("mark").upper()
    return parse_time(cell), None


# --- the audience ---------------------------------------------------------------------------

_EVERYONE = frozenset({"everyone", "everybody", "all", "tutti", "tutte", "全員", "全体", "皆様"})
_PREFIXES: dict[str, Audience] = {
    **dict.fromkeys(("delegation", "delegazione", "代表団"), Audience.DELEGATION),
    **dict.fromkeys(
        ("organisation", "organization", "organizzazione", "azienda", "company", "組織", "企業",
         "団体", "会社"),
        Audience.ORGANISATION,
    ),
    **dict.fromkeys(
        ("participants", "participant", "partecipanti", "partecipante", "people", "参加者"),
        Audience.PARTICIPANTS,
    ),
}  # fmt: skip


@dataclass(frozen=True)
class _Audience:
    audience: Audience
    delegation_id: int | None = None
    organisation_id: int | None = None
    attendee_ids: frozenset[int] = frozenset()


class _Mission:
    """The mission's delegations, organisations and participants, to find what a cell names."""

    def __init__(self, record: MissionRecord) -> None:
        self.record = record
        self.orgs: dict[str, int] = {}
        for o in record.organisations.values():
            for name in (o.name, o.name_ja):
                if name:
                    self.orgs.setdefault(organisation_key(name), o.id)
        self.people = PeopleIndex()
        for p in record.people.values():
            self.people.add(
                p.id,
                p.email,
                person_key(p.family_name, p.given_name) | person_key(p.kanji_name or "", ""),
            )

    def audience(self, row: Row, text: str) -> _Audience | None:
        """What the audience cell says; None (and an issue) when it names nothing known."""
        label = row.label("audience")
        said = text.strip()
        head, colon, rest = said.replace("：", ":").partition(":")
        if said.casefold() in _EVERYONE:
            return _Audience(Audience.EVERYONE)
        kind = _PREFIXES.get(head.strip().casefold()) if colon else None
        if kind is None and colon:
            row.issue("audience", msg.AUDIENCE_FORM(label=label, value=said))
            return None
        value = rest.strip() if colon else said
        if kind is None:  # a name alone: a delegation's, else an organisation's
            delegation = find_named(self.record.delegations.values(), value)
            if delegation is not None:
                return _Audience(Audience.DELEGATION, delegation_id=delegation)
            org = self.orgs.get(organisation_key(value))
            if org is not None:
                return _Audience(Audience.ORGANISATION, organisation_id=org)
            row.issue("audience", msg.AUDIENCE_FORM(label=label, value=said))
            return None
        if kind is Audience.DELEGATION:
            delegation = find_named(self.record.delegations.values(), value)
            if delegation is None:
                row.issue("audience", msg.DELEGATION_UNKNOWN(label=label, name=value))
                return None
            return _Audience(kind, delegation_id=delegation)
        if kind is Audience.ORGANISATION:
            org = self.orgs.get(organisation_key(value))
            if org is None:
                row.issue("audience", import_msg.ORGANISATION_UNKNOWN(label=label, name=value))
                return None
            return _Audience(kind, organisation_id=org)
        found: set[int] = set()
        ok = True
        for part in (p.strip() for p in _LIST.split(value)):
            if part:
                person = self.people.find(row, "audience", part)
                ok = ok and person is not None
                if person is not None:
                    found.add(person)
        if not ok:
            return None
        return _Audience(kind, attendee_ids=frozenset(found))  # none named: check_item says


# --- matching saved items -------------------------------------------------------------------


def _title_key(title: str) -> str:
    return " ".join(title.split()).casefold()


class _Saved:
    """The mission's items by (day, start, title) and by (day, title), in their own zone."""

    def __init__(self, items: tuple[ItemRecord, ...]) -> None:
        self.exact: dict[tuple[date, time, str], ItemRecord] = {}
        self.by_day: dict[tuple[date, str], list[ItemRecord]] = defaultdict(list)
        for item in items:
            local = to_local(item.start_utc, item.timezone)
            title = _title_key(item.title)
            self.exact.setdefault((local.date(), local.time().replace(tzinfo=None), title), item)
            self.by_day[(local.date(), title)].append(item)
        self.claimed: dict[int, int] = {}  # saved item id → the row that updates it

    def match(self, row: Row, number: int, day: date, start: time, title: str
              ) -> ItemRecord | None:  # fmt: skip
        key = _title_key(title)
        found = self.exact.get((day, start.replace(second=0, microsecond=0), key))
        if found is None:
            same_day = self.by_day.get((day, key), [])
            if len(same_day) == 1 and same_day[0].id not in self.claimed:
                found = same_day[0]
        if found is None:
            return None
        if found.id in self.claimed:
            row.issue("", msg.SAME_SAVED_ITEM_AS_ROW(row=self.claimed[found.id], title=found.title))
            return None
        self.claimed[found.id] = number
        return found


# --- the rows -------------------------------------------------------------------------------

# The fields of a check's problems, as the columns of the file name them.
_COLUMN_OF = {"timezone": "zone"}


def _column(field: str, wording: object) -> str:
    if wording is item_msg.ITEM_OUTSIDE_MISSION:
        return "day"
    return _COLUMN_OF.get(field, field)


def _later(row: Row, key: str, wall: datetime, zone: str | None, mark: str | None) -> bool | None:
    """The reading a zone abbreviation written after a time picks (None: none picked)."""
    if mark is None or zone is None:
        return None
    try:
        return later_of_mark(wall, zone, mark)
    except NonexistentLocalTime:
        return None  # the check says the clocks skip it
    except ValueError:
        row.issue(
            key,
            msg.ZONE_MARK_WRONG(
                label=row.label(key), day=f"{wall:%Y-%m-%d}", time=f"{wall:%H:%M}", zone=zone,
                marks="/".join(zone_marks(wall, zone)), mark=mark,
            ),
        )  # fmt: skip
        return None


def _valid_zone(name: str | None) -> str | None:
    if name is None:
        return None
    try:
        return check_zone_name(name)
    except ValueError:
        return None


def plan_programme(
    store: Store,
    mission_id: int,
    table: Table,
    mapping: ColumnMapping,
    cancelled: Callable[[], bool] | None,
) -> list[RowPlan]:
    """One plan per row: a new item, a saved one changed or left, or what is wrong."""
    record = load_mission(store, mission_id)
    mission = _Mission(record)
    saved = _Saved(record.items)
    seen: dict[tuple[date, time, str], int] = {}
    plans = []
    for number, row in rows_of(ImportKind.PROGRAMME, table, mapping, cancelled):
        for key in ("day", "start", "end", "title"):
            if row.text(key) is None:
                row.issue(key, import_msg.REQUIRED(label=row.label(key)))
        title = " ".join((row.text("title") or "").split())
        day = row.parse("day", parse_date) if row.text("day") else None
        start = row.parse("start", _time_and_mark) if row.text("start") else None
        end = row.parse("end", _time_and_mark) if row.text("end") else None
        kind: AgendaKind | None = None
        if (word := row.text("kind")) is not None:
            kind = kind_from_word(word)
            if kind is None:
                row.issue("kind", msg.KIND_UNKNOWN(label=row.label("kind"), value=word))
        venue_id: int | None = None
        if (venue := row.text("venue")) is not None:
            venue_id = find_named(record.venues.values(), venue)
            if venue_id is None:
                row.issue("venue", msg.VENUE_UNKNOWN(label=row.label("venue"), name=venue))
        audience = None
        if (who := row.text("audience")) is not None:
            audience = mission.audience(row, who)
        target: ItemRecord | None = None
        if day is not None and start is not None and title:
            once = (day, start[0].replace(second=0, microsecond=0), _title_key(title))
            if once in seen:
                row.issue("", msg.SAME_ITEM_AS_ROW(row=seen[once]))
            else:
                seen[once] = number
                target = saved.match(row, number, day, start[0], title)
        old = draft_of(target).normalised() if target is not None else None
        new: ItemDraft | None = None
        if day is not None and start is not None and end is not None and title:
            given = row.text
            base = old or ItemDraft(AgendaKind.OTHER, title, datetime.min, datetime.min)
            if audience is None:
                audience = _Audience(
                    base.audience,
                    base.audience_delegation_id,
                    base.audience_organisation_id,
                    base.attendee_ids,
                )
            draft = replace(
                base,
                kind=kind or base.kind,
                title=title,
                title_it=given("title_it") or base.title_it,
                title_ja=given("title_ja") or base.title_ja,
                description=given("description") or base.description,
                description_it=given("description_it") or base.description_it,
                description_ja=given("description_ja") or base.description_ja,
                venue_id=venue_id if given("venue") else base.venue_id,
                timezone=(given("zone") or "").strip() or base.timezone,
                start=datetime.combine(day, start[0]),
                end=datetime.combine(day, end[0]),
                audience=audience.audience,
                audience_delegation_id=audience.delegation_id,
                audience_organisation_id=audience.organisation_id,
                attendee_ids=audience.attendee_ids,
                start_later=None,
                end_later=None,
            ).normalised()
            if draft.venue_id is not None:
                draft = replace(draft, timezone=None)  # the venue's zone
            zone = (
                item_zone(record, draft.venue_id, _valid_zone(draft.timezone))
                if draft.venue_id is None or draft.venue_id in record.venues
                else None
            )
            draft = replace(
                draft,
                start_later=_later(row, "start", draft.start, zone, start[1]),
                end_later=_later(row, "end", draft.end, zone, end[1]),
            )
            check = check_item(record, draft)
            for p in check.problems:
                column = _column(p.field, p.message.wording)
                row.issue(
                    column, import_msg.FIELD_PROBLEM(label=row.label(column), problem=p.message)
                )
            for a in check.ambiguous:
                row.issue(
                    a.field,
                    msg.TIME_TWICE(
                        label=row.label(a.field), problem=a.message,
                        first=a.choice(False), second=a.choice(True),
                    ),
                )  # fmt: skip
            new = draft
        label = f"{title or '?'} ({day or '?'} {start[0].strftime('%H:%M') if start else '?'})"
        # compared as a stored item reads back (the later reading True, else None); written
        # with the reading the row chose
        compared = new and replace(
            new, start_later=new.start_later or None, end_later=new.end_later or None
        )
        plan = outcome(row, number, label, target.id if target else None, old, compared)
        plans.append(replace(plan, data=new) if plan.data is not None else plan)
    return plans


def apply_programme(s: Session, mission_id: int, rows: tuple[RowPlan, ...]) -> tuple[int, int]:
    """Write the rows' items in the caller's transaction, each checked again against the
    mission as this transaction reads it; (created, updated)."""
    from app.importing.apply import ImportRefused  # apply imports this module

    record = read_mission(s, mission_id)
    created = updated = 0
    for row in rows:
        if row.action not in (Action.CREATE, Action.UPDATE):
            continue
        draft: ItemDraft = row.data
        try:
            check = checked(record, draft)
        except ItemInvalid as exc:
            problem = import_msg.FIELD_PROBLEM(label=row.label, problem=exc.message)
            raise ImportRefused(problem) from exc
        if row.action is Action.CREATE:
            item = AgendaItem(mission_id=mission_id)
            s.add(item)
            created += 1
        else:
            found = s.get(
                AgendaItem, row.target_id, options=[selectinload(AgendaItem.attendee_links)]
            )
            if found is None:
                raise gone(item_msg.PROGRAMME_ITEM, row.target_id or 0)
            if found.mission_id != mission_id:
                raise ImportRefused(import_msg.RECORD_OF_ANOTHER_MISSION(row=row.row_number))
            item = found
            updated += 1
        write_item(s, item, draft, check)
        s.flush()
    return created, updated


__all__ = ["apply_programme", "plan_programme"]
