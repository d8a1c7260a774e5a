"""What badges need from the database, read once into plain frozen records.

No ORM object leaves this module: the renderer may run on any thread, after the session is
closed. Contact data (e-mail, phone) is copied only for people who consented to share it, so
no later step can print it by mistake.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import selectinload

from app.core import messages as core_msg
from app.core.text import clean
from app.documents import messages as msg
from app.documents.errors import DocumentError
from app.model import Mission, Organisation, Participant
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
    """The badges of a mission: everyone (by side, organisation, family name), or the people
    in ``participant_ids`` in that order. Unknown ids are a :class:`DocumentError` naming them."""
    with store.session() as session:
        mission = session.get(Mission, mission_id)
        if mission is None:
            raise DocumentError(core_msg.NO_MISSION(mission=mission_id))
        query = (
            select(Participant)
            .where(Participant.mission_id == mission_id)
            .options(
                selectinload(Participant.organisation).selectinload(Organisation.delegation),
                selectinload(Participant.delegation),
            )
        )
        if participant_ids is not None:
            query = query.where(Participant.id.in_(set(participant_ids)))
        found = {p.id: p for p in session.scalars(query)}
        if participant_ids is not None:
            missing = [i for i in dict.fromkeys(participant_ids) if i not in found]
            if missing:
                listed = ", ".join(str(i) for i in missing)
                said = (
                    msg.NO_PARTICIPANT_WITH_ID
                    if len(missing) == 1
                    else msg.NO_PARTICIPANTS_WITH_IDS
                )
                raise DocumentError(said(mission=mission_id, ids=listed))
            chosen = [found[i] for i in dict.fromkeys(participant_ids)]
        else:
            chosen = sorted(found.values(), key=_sort_key)
        if not chosen:
            raise DocumentError(msg.NO_PARTICIPANTS_TO_PRINT(mission=mission.name))
        return BadgeBatch(mission.id, mission.name, tuple(_person(p) for p in chosen))


def _sort_key(p: Participant) -> tuple[int, str, str, str, int]:
    # Turin first, then Nagoya, then people of no side: badges come out ready to hand out.
    side_rank = {Side.TURIN: 0, Side.NAGOYA: 1}.get(p.side, 2) if p.side else 2
    organisation = p.organisation.name.casefold() if p.organisation else "\uffff"
    return (side_rank, organisation, p.family_name.casefold(), p.given_name.casefold(), p.id)


def _optional(text: str | None) -> str | None:
    return clean(text) or None


def _person(p: Participant) -> BadgePerson:
    organisation = p.organisation
    return BadgePerson(
        participant_id=p.id,
        given_name=clean(p.given_name),
        family_name=clean(p.family_name),
        latin_name=clean(p.latin_name()),
        kanji_name=_optional(p.kanji_name()),
        kana_name=_optional(p.kana_name()),
        name_order=p.name_order,
        title=clean(p.title),
        title_ja=_optional(p.title_ja),
        organisation=_optional(organisation.name) if organisation else None,
        organisation_ja=_optional(organisation.name_ja) if organisation else None,
        side=p.side,
        category=p.badge_category,
        email=_optional(p.email) if p.consent else None,
        phone=_optional(p.phone) if p.consent else None,
    )
