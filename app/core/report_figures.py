"""The figures of the chambers' report on a mission (issue 18): pure arithmetic on the mission
read once, its organisations' sectors, both sides' outcomes, the follow-ups and why the last
scheduler run left requests out. No database, no Qt: the PDF, the .xlsx and the window's
dashboard all draw the same :class:`MissionFigures`.

Rules the boards read in the report, decided here once:

* **Meetings are counted by pair.** Two organisations meet at most once a mission, and two
  requests between them (one each way) are one requested meeting. A pair with a "no thanks"
  is not requested.
* **Scheduled** means placed on the grid: every meeting except one cancelled while planning
  (cancelled without an on-the-day mark). A meeting cancelled on the day was scheduled; it
  counts as *cancelled late*. **Held** is marked held on the day.
* **An organisation with several sectors counts in each of them** (participants, meetings,
  outcomes): an automotive and aerospace supplier meeting a robotics maker is one meeting in
  both rows. Cells of a sector table may so add up to more than the total; the totals are
  given beside them. An organisation with no sector counts under "no sector" (None).
* **Sides** are their delegation's (Turin, Nagoya); a meeting between organisations that are
  not one of each is left out of the sector-pair matrix only.
* **Interpreter utilisation**: the meetings (scheduled) an interpreter sits at, against the
  slots of the sessions they work in which they are not away (unavailable, at a programme
  item they attend).
* **The most promising pairs** are the held meetings ranked by: how many sides answered a
  concrete follow-up (supply, partnership, investment in Turin, distribution in Japan: 2, 1,
  0), then the follow-ups the pair agreed, then the sum of both answers' strength (no
  interest 0, interesting 1, cooperation possible 2, concrete 3; no answer 0), then the
  weaker answer's strength; ties by the Turin, then the Nagoya organisation's name. A pair
  with nothing better than "no interest" on both sides and no follow-up is not listed.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from app.core.mission_record import MeetingRecord, MissionRecord, away_slots
from app.core.names import Names
from app.core.pairs import pair_key
from app.model.enums import (
    CONCRETE_FOLLOW_UPS,
    DocumentLanguage,
    MeetingSide,
    MeetingStatus,
    Outcome,
    Sector,
    Side,
)

OUTCOMES: tuple[Outcome, ...] = tuple(Outcome)  # weakest first, as the enum declares them
SIDES: tuple[Side, Side] = (Side.TURIN, Side.NAGOYA)
PROMISING_LIMIT = 10  # pairs listed in the report
_SectorsOf = Callable[[int], "tuple[Sector | None, ...]"]  # an organisation's sectors


class WhyNot(StrEnum):
    """Why a requested meeting has no place on the grid, in the report's three words."""

    NO_SLOT = "no_slot"  # no common free slot, teams or tables full, others weighed more
    NO_INTERPRETER = "no_interpreter"  # none speaks both languages, or none free then
    OTHER = "other"  # a team at its maximum, requested after the last run, not run yet…


def strength(outcome: Outcome | None) -> int:
    """0 for no answer or no interest, 1 interesting, 2 cooperation possible, 3 concrete."""
    if outcome is None or outcome is Outcome.NO_INTEREST:
        return 0
    if outcome in CONCRETE_FOLLOW_UPS:
        return 3
    return 1 if outcome is Outcome.INTERESTING else 2


# --- inputs besides the mission record --------------------------------------------------------


@dataclass(frozen=True)
class OutcomeAnswer:
    """One side's answer about a meeting (a row of ``meeting_outcome``)."""

    meeting_id: int
    side: MeetingSide
    outcome: Outcome


@dataclass(frozen=True)
class FollowUpFact:
    """A follow-up two organisations agreed (a row of ``follow_up``)."""

    organisation_a: int
    organisation_b: int
    done: bool


# --- the figures ------------------------------------------------------------------------------


@dataclass(frozen=True)
class OrgName:
    """An organisation's name in Latin script and, where known, in Japanese."""

    name: str
    name_ja: str | None = None

    def in_(self, lang: DocumentLanguage | str) -> str:
        """The name in the reader's script: Japanese for a Japanese reader when known."""
        if DocumentLanguage(lang) is DocumentLanguage.JA and self.name_ja:
            return self.name_ja
        return self.name


@dataclass(frozen=True)
class PersonName:
    latin: str
    kanji: str | None = None

    def in_(self, lang: DocumentLanguage | str) -> str:
        if DocumentLanguage(lang) is DocumentLanguage.JA and self.kanji:
            return self.kanji
        return self.latin


@dataclass(frozen=True)
class SideCount:
    """Participants (delegates: interpreters not included) and organisations of one side."""

    side: Side
    participants: int
    organisations: int


@dataclass(frozen=True)
class SectorCount:
    """Participants and organisations of each side in one sector (None: no sector)."""

    sector: Sector | None
    turin_organisations: int
    nagoya_organisations: int
    turin_participants: int
    nagoya_participants: int


@dataclass(frozen=True)
class Attendance:
    by_side: tuple[SideCount, ...]  # Turin, Nagoya
    by_sector: tuple[SectorCount, ...]  # sectors in catalogue order, "no sector" last

    def side(self, side: Side) -> SideCount:
        return next(x for x in self.by_side if x.side is side)


@dataclass(frozen=True)
class Funnel:
    """Requested meetings, how many were scheduled and held, and why the others were not."""

    requests: int  # request rows (one per asking organisation), "no thanks" not counted
    requested: int  # pairs asked for (two requests of one pair: one meeting)
    scheduled: int  # meetings placed on the grid (cancelled late included)
    held: int
    scheduled_unrequested: int  # placed by hand without a request (in ``scheduled``)
    # requested pairs with no meeting on the grid, by reason (they add up to the not scheduled)
    no_slot: int
    no_interpreter: int
    other_reason: int
    # scheduled meetings that were not held, by what was marked
    no_show_turin: int  # the Turin side did not come
    no_show_nagoya: int
    no_show_both: int
    cancelled_late: int
    not_marked: int  # still "scheduled": nobody marked it on the day (yet)

    @property
    def not_scheduled(self) -> int:
        return self.no_slot + self.no_interpreter + self.other_reason

    @property
    def no_shows(self) -> int:
        return self.no_show_turin + self.no_show_nagoya + self.no_show_both


@dataclass(frozen=True)
class SectorPairCell:
    turin: Sector | None
    nagoya: Sector | None
    scheduled: int
    held: int


@dataclass(frozen=True)
class SectorPairs:
    """Meetings by the Turin organisation's sector × the Nagoya organisation's sector."""

    turin_sectors: tuple[Sector | None, ...]  # rows: the sectors that have a meeting
    nagoya_sectors: tuple[Sector | None, ...]  # columns
    cells: tuple[SectorPairCell, ...]  # only the non-empty ones

    def cell(self, turin: Sector | None, nagoya: Sector | None) -> SectorPairCell:
        found = next((c for c in self.cells if c.turin == turin and c.nagoya == nagoya), None)
        return found or SectorPairCell(turin, nagoya, 0, 0)


@dataclass(frozen=True)
class InterpreterUse:
    interpreter_id: int
    name: PersonName
    available_slots: int  # slots of the sessions they work in which they are not away
    meetings: int  # scheduled meetings they interpret (cancelled ones not counted)
    held: int

    @property
    def utilisation(self) -> float:
        """Meetings over available slots, 0 to 1 (0 with no slot available)."""
        return self.meetings / self.available_slots if self.available_slots else 0.0


@dataclass(frozen=True)
class SectorOutcomes:
    """The answers of one side's organisations of one sector about their held meetings."""

    side: Side
    sector: Sector | None
    counts: tuple[int, ...]  # per outcome, in :data:`OUTCOMES` order
    unanswered: int  # held meetings of the sector with no answer from this side

    def count(self, outcome: Outcome) -> int:
        return self.counts[OUTCOMES.index(outcome)]

    @property
    def answers(self) -> int:
        return sum(self.counts)

    @property
    def concrete(self) -> int:
        return sum(self.count(o) for o in CONCRETE_FOLLOW_UPS)


@dataclass(frozen=True)
class PromisingPair:
    meeting_id: int
    turin_id: int
    nagoya_id: int
    turin: OrgName
    nagoya: OrgName
    turin_outcome: Outcome | None
    nagoya_outcome: Outcome | None
    follow_ups: int  # agreed between the two (done or not)

    @property
    def concrete_sides(self) -> int:
        return sum(o in CONCRETE_FOLLOW_UPS for o in (self.turin_outcome, self.nagoya_outcome))

    @property
    def score(self) -> tuple[int, int, int, int]:
        """The ranking key (higher first): see the module's rule."""
        a, b = strength(self.turin_outcome), strength(self.nagoya_outcome)
        return (self.concrete_sides, self.follow_ups, a + b, min(a, b))


@dataclass(frozen=True)
class Headline:
    """The few numbers compared with the previous mission, side by side."""

    turin_participants: int
    nagoya_participants: int
    turin_organisations: int
    nagoya_organisations: int
    requested: int
    scheduled: int
    held: int
    no_shows: int
    cancelled_late: int
    interpreted: int  # scheduled meetings with an interpreter
    answers: int  # outcome answers, both sides
    concrete_answers: int
    follow_ups: int
    follow_ups_done: int


HEADLINE_FIELDS: tuple[str, ...] = tuple(Headline.__dataclass_fields__)


@dataclass(frozen=True)
class MissionFigures:
    """Every figure of the report on one mission (and, when there is one, the previous)."""

    mission_id: int
    mission: Names
    host_city: str
    start_date: date | None
    end_date: date | None
    scheduler_ran: bool  # a run of the scheduler is kept for the mission
    attendance: Attendance
    funnel: Funnel
    sector_pairs: SectorPairs
    interpreters: tuple[InterpreterUse, ...]  # by name
    outcomes: tuple[SectorOutcomes, ...]  # Turin sectors then Nagoya's, catalogue order
    promising: tuple[PromisingPair, ...]  # best first, at most PROMISING_LIMIT
    headline: Headline
    previous: MissionFigures | None = None

    @property
    def nothing_scheduled(self) -> bool:
        return self.funnel.scheduled == 0


# --- computing --------------------------------------------------------------------------------


def _sector_order(sectors: Iterable[Sector | None]) -> tuple[Sector | None, ...]:
    present = set(sectors)
    return tuple(s for s in Sector if s in present) + ((None,) if None in present else ())


def was_scheduled(m: MeetingRecord) -> bool:
    """Placed on the grid: not cancelled while planning (see the module's rule)."""
    return m.status is not MeetingStatus.CANCELLED or m.status_at is not None


def mission_figures(
    record: MissionRecord,
    sectors: Mapping[int, Sequence[Sector]],
    answers: Sequence[OutcomeAnswer],
    follow_ups: Sequence[FollowUpFact],
    reasons: Mapping[str, WhyNot] | None,
    previous: MissionFigures | None = None,
) -> MissionFigures:
    """The figures of ``record``'s mission. ``sectors``: each organisation's sectors;
    ``reasons``: why the last scheduler run left each pair out, by pair key (None: the
    scheduler never ran on the mission); ``previous``: the figures to compare with."""

    def sectors_of(org_id: int) -> tuple[Sector | None, ...]:
        return tuple(sectors.get(org_id, ())) or (None,)

    interpreter_people = {i.participant_id for i in record.interpreters.values()}
    attendance = _attendance(record, sectors_of, interpreter_people)
    on_grid = [m for m in record.meetings if was_scheduled(m)]
    funnel = _funnel(record, on_grid, reasons)
    sector_pairs = _sector_pairs(record, on_grid, sectors_of)
    interpreters = _interpreters(record, on_grid)
    held = [m for m in on_grid if m.status is MeetingStatus.HELD]
    held_ids = {m.id for m in held}
    answer_of = {(a.meeting_id, a.side): a.outcome for a in answers if a.meeting_id in held_ids}
    outcomes = _outcomes(record, held, answer_of, sectors_of)
    agreed: Counter[str] = Counter(pair_key(f.organisation_a, f.organisation_b) for f in follow_ups)
    promising = _promising(record, held, answer_of, agreed)
    headline = Headline(
        turin_participants=attendance.side(Side.TURIN).participants,
        nagoya_participants=attendance.side(Side.NAGOYA).participants,
        turin_organisations=attendance.side(Side.TURIN).organisations,
        nagoya_organisations=attendance.side(Side.NAGOYA).organisations,
        requested=funnel.requested,
        scheduled=funnel.scheduled,
        held=funnel.held,
        no_shows=funnel.no_shows,
        cancelled_late=funnel.cancelled_late,
        interpreted=sum(1 for m in on_grid if m.interpreter_id is not None),
        answers=len(answer_of),
        concrete_answers=sum(1 for o in answer_of.values() if o in CONCRETE_FOLLOW_UPS),
        follow_ups=len(follow_ups),
        follow_ups_done=sum(1 for f in follow_ups if f.done),
    )
    m = record.mission
    return MissionFigures(
        mission_id=m.id,
        mission=Names(m.name, m.name_it, m.name_ja),
        host_city=m.host_city,
        start_date=m.start_date,
        end_date=m.end_date,
        scheduler_ran=reasons is not None,
        attendance=attendance,
        funnel=funnel,
        sector_pairs=sector_pairs,
        interpreters=interpreters,
        outcomes=outcomes,
        promising=promising,
        headline=headline,
        previous=previous,
    )


def _attendance(
    record: MissionRecord,
    sectors_of: _SectorsOf,
    interpreter_people: set[int],
) -> Attendance:
    orgs_by: Counter[tuple[Side, Sector | None]] = Counter()
    people_by: Counter[tuple[Side, Sector | None]] = Counter()
    org_side: Counter[Side] = Counter()
    people_side: Counter[Side] = Counter()
    for org in record.organisations.values():
        if org.side is None:
            continue
        org_side[org.side] += 1
        for sector in sectors_of(org.id):
            orgs_by[(org.side, sector)] += 1
    for person in record.people.values():
        side = record.side_of(person)
        if side is None or person.id in interpreter_people:
            continue
        people_side[side] += 1
        org_sectors = sectors_of(person.organisation_id) if person.organisation_id else (None,)
        for sector in org_sectors:
            people_by[(side, sector)] += 1
    order = _sector_order(s for _, s in (orgs_by + people_by))
    return Attendance(
        tuple(SideCount(s, people_side[s], org_side[s]) for s in SIDES),
        tuple(
            SectorCount(
                sector,
                orgs_by[(Side.TURIN, sector)],
                orgs_by[(Side.NAGOYA, sector)],
                people_by[(Side.TURIN, sector)],
                people_by[(Side.NAGOYA, sector)],
            )
            for sector in order
        ),
    )


def _side_missing(record: MissionRecord, m: MeetingRecord) -> Side | None:
    """The side that did not come to a one-sided no-show (None if the side is unknown)."""
    absent = m.organisation_a if m.status is MeetingStatus.NO_SHOW_A else m.organisation_b
    org = record.organisations.get(absent)
    return org.side if org is not None else None


def _funnel(
    record: MissionRecord, on_grid: list[MeetingRecord], reasons: Mapping[str, WhyNot] | None
) -> Funnel:
    asked = [r for r in record.requests if not r.no_thanks]
    refused = {pair_key(r.requester, r.requested) for r in record.requests if r.no_thanks}
    requested = {pair_key(r.requester, r.requested) for r in asked} - refused
    placed = {pair_key(m.organisation_a, m.organisation_b) for m in on_grid}
    why = Counter((reasons or {}).get(p, WhyNot.OTHER) for p in requested - placed)
    status = Counter(m.status for m in on_grid)
    missing = Counter(
        _side_missing(record, m)
        for m in on_grid
        if m.status in (MeetingStatus.NO_SHOW_A, MeetingStatus.NO_SHOW_B)
    )
    return Funnel(
        requests=sum(1 for r in asked if pair_key(r.requester, r.requested) not in refused),
        requested=len(requested),
        scheduled=len(on_grid),
        held=status[MeetingStatus.HELD],
        scheduled_unrequested=len(placed - requested),
        no_slot=why[WhyNot.NO_SLOT],
        no_interpreter=why[WhyNot.NO_INTERPRETER],
        other_reason=why[WhyNot.OTHER],
        no_show_turin=missing[Side.TURIN],
        no_show_nagoya=missing[Side.NAGOYA] + missing[None],
        no_show_both=status[MeetingStatus.NO_SHOW],
        cancelled_late=status[MeetingStatus.CANCELLED],
        not_marked=status[MeetingStatus.SCHEDULED],
    )


def _turin_nagoya(record: MissionRecord, m: MeetingRecord) -> tuple[int, int] | None:
    """The meeting's Turin and Nagoya organisation ids (None unless one of each)."""
    a, b = record.organisations.get(m.organisation_a), record.organisations.get(m.organisation_b)
    if a is None or b is None:
        return None
    if a.side is Side.TURIN and b.side is Side.NAGOYA:
        return a.id, b.id
    if a.side is Side.NAGOYA and b.side is Side.TURIN:
        return b.id, a.id
    return None


def _sector_pairs(
    record: MissionRecord, on_grid: list[MeetingRecord], sectors_of: _SectorsOf
) -> SectorPairs:
    scheduled: Counter[tuple[Sector | None, Sector | None]] = Counter()
    held: Counter[tuple[Sector | None, Sector | None]] = Counter()
    for m in on_grid:
        ids = _turin_nagoya(record, m)
        if ids is None:
            continue
        for t in sectors_of(ids[0]):
            for n in sectors_of(ids[1]):
                scheduled[(t, n)] += 1
                if m.status is MeetingStatus.HELD:
                    held[(t, n)] += 1
    rows = _sector_order(t for t, _ in scheduled)
    cols = _sector_order(n for _, n in scheduled)
    return SectorPairs(
        rows,
        cols,
        tuple(
            SectorPairCell(t, n, scheduled[(t, n)], held[(t, n)])
            for t in rows
            for n in cols
            if scheduled[(t, n)]
        ),
    )


def _interpreters(
    record: MissionRecord, on_grid: list[MeetingRecord]
) -> tuple[InterpreterUse, ...]:
    meetings: Counter[int] = Counter()
    held: Counter[int] = Counter()
    for m in on_grid:
        if m.interpreter_id is not None and m.status is not MeetingStatus.CANCELLED:
            meetings[m.interpreter_id] += 1
            held[m.interpreter_id] += m.status is MeetingStatus.HELD
    out = []
    for interp in record.interpreters.values():
        person = record.people.get(interp.participant_id)
        if person is None:
            continue
        slots = [x for s in record.sessions if interp.works(s.id) for x in s.slots]
        away = away_slots(slots, [person], record)
        out.append(
            InterpreterUse(
                interp.id,
                PersonName(person.latin_name, person.kanji_name),
                sum(1 for x in slots if x.id not in away),
                meetings[interp.id],
                held[interp.id],
            )
        )
    return tuple(sorted(out, key=lambda u: (u.name.latin.casefold(), u.interpreter_id)))


def _outcomes(
    record: MissionRecord,
    held: list[MeetingRecord],
    answer_of: Mapping[tuple[int, MeetingSide], Outcome],
    sectors_of: _SectorsOf,
) -> tuple[SectorOutcomes, ...]:
    counts: dict[tuple[Side, Sector | None], Counter[Outcome]] = defaultdict(Counter)
    unanswered: Counter[tuple[Side, Sector | None]] = Counter()
    for m in held:
        for meeting_side, org_id in (
            (MeetingSide.A, m.organisation_a),
            (MeetingSide.B, m.organisation_b),
        ):
            org = record.organisations.get(org_id)
            if org is None or org.side is None:
                continue
            outcome = answer_of.get((m.id, meeting_side))
            for sector in sectors_of(org_id):
                key = (org.side, sector)
                if outcome is None:
                    unanswered[key] += 1
                else:
                    counts[key][outcome] += 1
    keys = set(counts) | set(unanswered)
    out = []
    for side in SIDES:
        for sector in _sector_order(s for sd, s in keys if sd is side):
            c = counts.get((side, sector), Counter())
            out.append(
                SectorOutcomes(
                    side, sector, tuple(c[o] for o in OUTCOMES), unanswered[(side, sector)]
                )
            )
    return tuple(out)


def _promising(
    record: MissionRecord,
    held: list[MeetingRecord],
    answer_of: Mapping[tuple[int, MeetingSide], Outcome],
    agreed: Counter[str],
) -> tuple[PromisingPair, ...]:
    pairs = []
    for m in held:
        ids = _turin_nagoya(record, m)
        if ids is None:
            continue
        turin, nagoya = (record.organisations[i] for i in ids)
        turin_side = MeetingSide.A if m.organisation_a == turin.id else MeetingSide.B
        nagoya_side = MeetingSide.B if turin_side is MeetingSide.A else MeetingSide.A
        pair = PromisingPair(
            m.id,
            turin.id,
            nagoya.id,
            OrgName(turin.name, turin.name_ja),
            OrgName(nagoya.name, nagoya.name_ja),
            answer_of.get((m.id, turin_side)),
            answer_of.get((m.id, nagoya_side)),
            agreed[pair_key(turin.id, nagoya.id)],
        )
        if pair.score[1:3] != (0, 0):
            pairs.append(pair)
    pairs.sort(
        key=lambda p: (
            tuple(-x for x in p.score),
            p.turin.name.casefold(),
            p.nagoya.name.casefold(),
        )
    )
    return tuple(pairs[:PROMISING_LIMIT])
