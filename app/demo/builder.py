"""A small helper that assembles one demo mission from specs, with one seeded random source."""

from __future__ import annotations

import random
from collections.abc import Sequence
from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

from app.demo.companies import SEEKING, Company
from app.demo.names import DIETARY_NOTES
from app.demo.people import (
    EMAIL_STYLES,
    TITLES_JA,
    PeopleMaker,
    Person,
    domain_for,
    email_for,
    phone_for,
)
from app.model import (
    AgendaAttendee,
    AgendaItem,
    AgendaKind,
    Audience,
    B2BBreak,
    B2BSession,
    B2BTable,
    Delegation,
    Interpreter,
    MeetingRequest,
    Mission,
    Organisation,
    Participant,
    Side,
    Unavailability,
    Venue,
)

Clock = tuple[date, str]  # a day and a wall-clock "HH:MM" in the mission's zone
# Names both missions share, (en, it, ja).
COFFEE_BREAK = ("Coffee break", "Pausa caffè", "コーヒーブレイク")
TURIN_DELEGATION = ("Turin delegation", "Delegazione di Torino", "トリノ代表団")
NAGOYA_DELEGATION = ("Nagoya delegation", "Delegazione di Nagoya", "名古屋代表団")


class MissionBuilder:
    """Builds a :class:`Mission` graph in memory; nothing touches a database here."""

    def __init__(self, mission: Mission, seed: int, registration_opens: datetime) -> None:
        self.mission = mission
        self.rng = random.Random(seed)
        self.zone = ZoneInfo(mission.timezone)
        self.orgs: dict[str, Organisation] = {}
        self._people = PeopleMaker(self.rng)
        self._emails: set[str] = set()
        self._registration_opens = registration_opens

    def reserve(self, people: Sequence[Person]) -> None:
        """Keep these names away from the randomly drawn delegates."""
        self._people.taken.update(p.key for p in people)

    # --- time ---------------------------------------------------------------------------

    def at(self, day: date, hhmm: str) -> datetime:
        """The UTC instant of a wall-clock time on ``day`` in the mission's zone."""
        hour, minute = (int(part) for part in hhmm.split(":"))
        local = datetime(day.year, day.month, day.day, hour, minute, tzinfo=self.zone)
        return local.astimezone(UTC)

    def registration_time(self) -> datetime:
        """A moment in the four weeks registration was open."""
        return self._registration_opens + timedelta(minutes=self.rng.randrange(28 * 24 * 60))

    # --- places and groups --------------------------------------------------------------

    def venue(
        self,
        name: str,
        name_ja: str,
        address: str,
        address_ja: str | None,
        city: str,
        name_it: str | None = None,
    ) -> Venue:
        """A venue; ``name`` is English (or the proper name every language uses)."""
        return Venue(
            mission=self.mission,
            name=name,
            name_it=name_it,
            name_ja=name_ja,
            address=address,
            address_ja=address_ja,
            city=city,
            timezone=self.mission.timezone,
        )

    def delegation(self, side: Side, names: tuple[str, str, str]) -> Delegation:
        """A delegation named (en, it, ja)."""
        en, it, ja = names
        return Delegation(mission=self.mission, side=side, name=en, name_it=it, name_ja=ja)

    # --- organisations and people -------------------------------------------------------

    def organisation(
        self,
        company: Company,
        delegation: Delegation,
        people: Sequence[Person] = (),
        size: int | None = None,
    ) -> Organisation:
        """Add ``company`` with the named ``people`` and random delegates up to ``size``."""
        org = Organisation(
            mission=self.mission,
            delegation=delegation,
            name=company.name,
            name_ja=company.name_ja,
            name_kana=company.name_kana,
            city=company.city,
            parallel_meetings=1,
        )
        org.sectors = list(company.sectors)
        org.profile, org.profile_ja = self._profiles(company, delegation.side)
        domain = company.domain or domain_for(company.name)
        org.website = f"https://www.{domain}"
        self.orgs[company.name] = org
        style = self.rng.choice(EMAIL_STYLES)
        italian_side = delegation.side is Side.TURIN
        for i, person in enumerate(people):
            self.participant(person, domain, style, italian_side, org, delegation, first=i == 0)
        total = len(people) if size is None else max(size, len(people))
        for i in range(len(people), total):
            make = self._people.italian if italian_side else self._people.japanese
            person = make(senior=i == 0)
            self.participant(person, domain, style, italian_side, org, delegation, first=i == 0)
        return org

    def _profiles(self, company: Company, side: Side) -> tuple[str, str | None]:
        if not company.b2b:
            return company.profile, company.profile_ja
        staff = self.rng.choice((12, 25, 40, 60, 85, 120, 180, 260, 400, 650, 1200, 2400))
        market, market_ja = ("Japan", "日本") if side is Side.TURIN else ("Italy", "イタリア")
        seeking_en, seeking_ja = (
            text.format(market=market, market_ja=market_ja) for text in SEEKING[company.sectors[0]]
        )
        profile = f"{company.profile} {staff} employees. {seeking_en}"
        profile_ja = None
        if company.profile_ja:
            profile_ja = f"{company.profile_ja}従業員{staff}名。{seeking_ja}"
        return profile, profile_ja

    def participant(
        self,
        person: Person,
        domain: str,
        email_style: str,
        italian_number: bool,
        org: Organisation | None = None,
        delegation: Delegation | None = None,
        first: bool = False,
    ) -> Participant:
        self._people.taken.add(person.key)
        consent = self.rng.random() < 0.93
        p = Participant(
            mission=self.mission,
            organisation=org,
            delegation=delegation,
            given_name=person.given,
            family_name=person.family,
            given_name_kanji=person.given_kanji,
            family_name_kanji=person.family_kanji,
            given_name_kana=person.given_kana,
            family_name_kana=person.family_kana,
            name_order=person.name_order,
            title=person.title,
            title_ja=TITLES_JA.get(person.title) if person.family_kanji else None,
            document_language=person.document_language,
            badge_category=person.badge,
            email=email_for(person, domain, email_style, self._emails),
            phone=phone_for(self.rng, italian_number) if self.rng.random() < 0.9 else None,
            consent=consent,
            consent_at=self.registration_time() if consent else None,
            notes=person.notes or self._dietary_note(),
        )
        p.languages = list(person.languages)
        return p

    def _dietary_note(self) -> str:
        return self.rng.choice(DIETARY_NOTES) if self.rng.random() < 0.08 else ""

    def interpreter(
        self, person: Person, domain: str, italian_number: bool, notes: str
    ) -> Participant:
        """An interpreter: a participant of no organisation, plus its interpreter record."""
        p = self.participant(person, domain, "{g}.{f}", italian_number)
        Interpreter(mission=self.mission, participant=p, notes=notes)
        return p

    def constrain(self, max_meetings: dict[str, int], parallel: Sequence[str]) -> None:
        """Cap some organisations' meetings; let some sit at two tables at once."""
        for name, cap in max_meetings.items():
            self.orgs[name].max_meetings = cap
        for name in parallel:
            self.orgs[name].parallel_meetings = 2

    # --- programme ----------------------------------------------------------------------

    def agenda(
        self,
        kind: AgendaKind,
        titles: tuple[str, str, str],
        venue: Venue,
        start: Clock,
        end: Clock,
        audience: Delegation | Sequence[Participant] | None = None,
        description: str | tuple[str, str, str] = "",
    ) -> AgendaItem:
        """An item for everyone, a delegation, or named participants; titles are (en, it, ja),
        and so is the description (or English only)."""
        descriptions = (description, "", "") if isinstance(description, str) else description
        item = AgendaItem(
            mission=self.mission,
            kind=kind,
            title=titles[0],
            title_it=titles[1],
            title_ja=titles[2],
            description=descriptions[0],
            description_it=descriptions[1] or None,
            description_ja=descriptions[2] or None,
            venue=venue,
            start_utc=self.at(*start),
            end_utc=self.at(*end),
            timezone=venue.timezone,
            audience=Audience.EVERYONE,
        )
        if isinstance(audience, Delegation):
            item.audience = Audience.DELEGATION
            item.audience_delegation = audience
        elif audience is not None:
            item.audience = Audience.PARTICIPANTS
            item.attendee_links = [AgendaAttendee(participant=p) for p in audience]
        return item

    def b2b_session(
        self,
        names: tuple[str, str, str],
        venue: Venue,
        day: date,
        window: tuple[str, str],
        tables: int,
        breaks: Sequence[tuple[str, str]] = (),
    ) -> B2BSession:
        """A session named (en, it, ja) of 20-minute slots, tables "T1".."Tn" and coffee
        breaks (start, end), labelled in the three languages."""
        return B2BSession(
            mission=self.mission,
            name=names[0],
            name_it=names[1],
            name_ja=names[2],
            venue=venue,
            start_utc=self.at(day, window[0]),
            end_utc=self.at(day, window[1]),
            timezone=venue.timezone,
            slot_minutes=20,
            breaks=[
                B2BBreak(
                    start_utc=self.at(day, s),
                    end_utc=self.at(day, e),
                    label=COFFEE_BREAK[0],
                    label_it=COFFEE_BREAK[1],
                    label_ja=COFFEE_BREAK[2],
                )
                for s, e in breaks
            ],
            tables=[B2BTable(name=f"T{i}", position=i) for i in range(1, tables + 1)],
        )

    def unavailable(self, participant: Participant, start: Clock, end: Clock, reason: str) -> None:
        participant.unavailability.append(
            Unavailability(start_utc=self.at(*start), end_utc=self.at(*end), reason=reason)
        )

    # --- matchmaking --------------------------------------------------------------------

    def requests(
        self,
        eager: Sequence[Organisation],
        others: Sequence[Organisation],
        *,
        eager_picks: tuple[int, int],
        mutual: float,
        other_picks: tuple[int, int],
        no_thanks: int,
    ) -> list[MeetingRequest]:
        """Requests across the two sides: the travelling (``eager``) side asks first, some
        are returned (mutual pairs), the hosts add their own, and a few answer "no thanks"."""
        made: dict[tuple[str, str], MeetingRequest] = {}

        def add(a: Organisation, b: Organisation, refused: bool = False) -> None:
            made[(a.name, b.name)] = MeetingRequest(
                mission=self.mission,
                requester=a,
                requested=b,
                priority=self.rng.choices((1, 2, 3, 4, 5), (20, 25, 30, 15, 10))[0],
                no_thanks=refused,
                created_at=self.registration_time(),
            )

        for a in eager:
            for b in self._choose(a, others, self.rng.randint(*eager_picks)):
                add(a, b)
        for first in list(made.values()):
            if self.rng.random() < mutual:
                add(first.requested, first.requester)
        for b in others:
            fresh = [a for a in eager if (b.name, a.name) not in made]
            for a in self._choose(b, fresh, self.rng.randint(*other_picks)):
                add(b, a)
        one_way = [r for (x, y), r in made.items() if (y, x) not in made]
        for r in self.rng.sample(one_way, no_thanks):
            add(r.requested, r.requester, refused=True)
        return list(made.values())

    def _choose(
        self, org: Organisation, candidates: Sequence[Organisation], k: int
    ) -> list[Organisation]:
        """``k`` candidates drawn without replacement, favouring shared sectors."""
        mine = set(org.sectors)
        keyed = []
        for i, other in enumerate(candidates):
            weight = 1 + 3 * len(mine.intersection(other.sectors))
            keyed.append((self.rng.random() ** (1 / weight), i, other))
        keyed.sort(key=lambda t: (-t[0], t[1]))
        return [other for _, _, other in keyed[:k]]
