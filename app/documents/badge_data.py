"""What badges print: plain frozen records, a pure function of the mission's record
(:mod:`app.core.mission_record`, read once).

No ORM object reaches this module: the renderer may run on any thread. Contact data (e-mail,
phone) is copied only for people who consented to share it, so no later step can print it by
mistake.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from app.core.mission_record import MissionRecord, PersonRecord, load_mission
from app.core.text import clean
from app.documents import messages as msg
from app.documents.errors import DocumentError
from app.model.enums import BadgeCategory, NameOrder, Side
from app.store import Store


@dataclass(frozen=True)
class BadgePerson:
    """One participant as a badge shows them; text already cleaned (NFC, one line)."""

    participant_id: int
    given_name: str
    family_name: str
    latin_name: str  # in the person's own order
    kanji_name: str | None
    kana_name: str | None
    name_order: NameOrder
    title: str
    title_ja: str | None
    organisation: str | None
    organisation_ja: str | None
    side: Side | None
    category: BadgeCategory
    email: str | None  # only when the person consented
    phone: str | None  # only when the person consented
    check_in_token: str = ""  # the secret the check-in QR code carries (since 0012)

    @property
    def japanese_name(self) -> str | None:
        """The name in Japanese script: kanji if known, else kana."""
        return self.kanji_name or self.kana_name


@dataclass(frozen=True)
class BadgeBatch:
    mission_id: int
    mission_name: str
    people: tuple[BadgePerson, ...]


def load_badges(
    store: Store, mission_id: int, participant_ids: Sequence[int] | None = None
) -> BadgeBatch:
    """The badges of a mission (see :func:`badges_of`), read in one snapshot."""
    return badges_of(load_mission(store, mission_id), participant_ids)


def badges_of(record: MissionRecord, participant_ids: Sequence[int] | None = None) -> BadgeBatch:
    """The badges of the mission in ``record``: everyone (by side, organisation, family
    name), or the people in ``participant_ids`` in that order. Unknown ids are a
    :class:`DocumentError` naming them."""
    found = record.people
    if participant_ids is not None:
        missing = [i for i in dict.fromkeys(participant_ids) if i not in found]
        if missing:
            listed = ", ".join(str(i) for i in missing)
            said = msg.NO_PARTICIPANT_WITH_ID if len(missing) == 1 else msg.NO_PARTICIPANTS_WITH_IDS
            raise DocumentError(said(mission=record.id, ids=listed))
        chosen = [found[i] for i in dict.fromkeys(participant_ids)]
    else:
        chosen = sorted(found.values(), key=lambda p: _sort_key(record, p))
    if not chosen:
        raise DocumentError(msg.NO_PARTICIPANTS_TO_PRINT(mission=record.mission.name))
    return BadgeBatch(record.id, record.mission.name, tuple(_person(record, p) for p in chosen))


def _sort_key(record: MissionRecord, p: PersonRecord) -> tuple[int, str, str, str, int]:
    # Turin first, then Nagoya, then people of no side: badges come out ready to hand out.
    side = record.side_of(p)
    side_rank = {Side.TURIN: 0, Side.NAGOYA: 1}.get(side, 2) if side else 2
    org = record.organisations.get(p.organisation_id) if p.organisation_id else None
    organisation = org.name.casefold() if org else "\uffff"
    return (side_rank, organisation, p.family_name.casefold(), p.given_name.casefold(), p.id)


def _optional(text: str | None) -> str | None:
    return clean(text) or None


def _person(record: MissionRecord, p: PersonRecord) -> BadgePerson:
    organisation = record.organisations.get(p.organisation_id) if p.organisation_id else None
    return BadgePerson(
        participant_id=p.id,
        given_name=clean(p.given_name),
        family_name=clean(p.family_name),
        latin_name=clean(p.latin_name),
        kanji_name=_optional(p.kanji_name),
        kana_name=_optional(p.kana_name),
        name_order=p.name_order,
        title=clean(p.title),
        title_ja=_optional(p.title_ja),
        organisation=_optional(organisation.name) if organisation else None,
        organisation_ja=_optional(organisation.name_ja) if organisation else None,
        side=record.side_of(p),
        category=p.badge_category,
        email=_optional(p.email) if p.consent else None,
        phone=_optional(p.phone) if p.consent else None,
        check_in_token=p.check_in_token,
    )
