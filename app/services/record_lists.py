"""The lines of the big record lists, read as plain tuples in one query (no ORM objects):
the participants table of a 10,000-person mission is read in a fraction of the time the
object graph takes, and one saved line can be read again alone.

The rows are the services' own row dataclasses (:class:`ParticipantRow` …), so a table shows
the same thing whichever function read it.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Collection, Iterable
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import aliased

from app.model import NameOrder, Organisation, Participant, Side
from app.model.mission import Delegation
from app.model.people import ParticipantLanguage
from app.services.interpreters import InterpreterRow, list_interpreters
from app.services.organisations import OrganisationRow, list_organisations
from app.services.participants import ParticipantRow
from app.store import Store

_CHUNK = 500  # ids per IN (...) list


def participant_rows(
    store: Store, mission_id: int, ids: Collection[int] | None = None, *, limit: int | None = None
) -> list[ParticipantRow]:
    """The mission's participants (only ``ids`` when given; only the first ``limit``, e.g. a
    screenful to show while the rest is read), by family and given name."""
    own = aliased(Delegation)
    orgs = aliased(Delegation)
    query = (
        select(
            Participant.id,
            Participant.name_order,
            Participant.family_name,
            Participant.given_name,
            Participant.family_name_kanji,
            Participant.given_name_kanji,
            Participant.family_name_kana,
            Participant.given_name_kana,
            Participant.organisation_id,
            Organisation.name,
            Organisation.name_ja,
            own.name,
            own.side,
            orgs.name,
            orgs.side,
            Participant.title,
            Participant.badge_category,
            Participant.email,
            Participant.consent,
        )
        .outerjoin(Organisation, Organisation.id == Participant.organisation_id)
        .outerjoin(own, own.id == Participant.delegation_id)
        .outerjoin(orgs, orgs.id == Organisation.delegation_id)
        .where(Participant.mission_id == mission_id)
        .order_by(Participant.family_name, Participant.given_name, Participant.id)
    )
    lines: list[Any]
    with store.session() as s:
        if ids is None and limit is None:
            lines = list(s.execute(query))
            languages = _languages(
                s.execute(
                    select(ParticipantLanguage.participant_id, ParticipantLanguage.language)
                    .join(Participant, Participant.id == ParticipantLanguage.participant_id)
                    .where(Participant.mission_id == mission_id)
                    .order_by(ParticipantLanguage.participant_id, ParticipantLanguage.position)
                )
            )
        else:
            lines = []
            pairs: list[Any] = []
            if ids is None:
                lines = list(s.execute(query.limit(limit)))
            wanted = [line[0] for line in lines] if ids is None else list(ids)
            for start in range(0, len(wanted), _CHUNK):
                chunk = wanted[start : start + _CHUNK]
                if ids is not None:
                    lines += s.execute(query.where(Participant.id.in_(chunk)))
                pairs += s.execute(
                    select(ParticipantLanguage.participant_id, ParticipantLanguage.language)
                    .where(ParticipantLanguage.participant_id.in_(chunk))
                    .order_by(ParticipantLanguage.participant_id, ParticipantLanguage.position)
                )
            languages = _languages(pairs)
    return [_participant(line, languages.get(line[0], ())) for line in lines]


def organisation_rows(
    store: Store, mission_id: int, ids: Collection[int] | None = None
) -> list[OrganisationRow]:
    """The mission's organisations (only ``ids`` when given): a few hundred at most."""
    rows = list_organisations(store, mission_id)
    return rows if ids is None else [r for r in rows if r.id in set(ids)]


def interpreter_rows(
    store: Store, mission_id: int, ids: Collection[int] | None = None
) -> list[InterpreterRow]:
    """The mission's interpreters (only ``ids`` when given): a handful."""
    rows = list_interpreters(store, mission_id)
    return rows if ids is None else [r for r in rows if r.id in set(ids)]


def _languages(pairs: Iterable[tuple[int, str]]) -> dict[int, tuple[str, ...]]:
    found: defaultdict[int, list[str]] = defaultdict(list)
    for participant_id, language in pairs:
        found[participant_id].append(language)
    return {k: tuple(v) for k, v in found.items()}


def _participant(line: Any, languages: tuple[str, ...]) -> ParticipantRow:
    (
        id_,
        order,
        family,
        given,
        family_kanji,
        given_kanji,
        family_kana,
        given_kana,
        organisation_id,
        org_name,
        org_name_ja,
        own_name,
        own_side,
        org_delegation_name,
        org_side,
        title,
        badge,
        email,
        consent,
    ) = line
    if order is NameOrder.FAMILY_FIRST:
        latin = f"{family} {given}".strip()
    else:
        latin = f"{given} {family}".strip()
    side: Side | None = own_side if own_name is not None else org_side
    return ParticipantRow(
        id=id_,
        latin_name=latin,
        family_name=family,
        given_name=given,
        kanji_name=f"{family_kanji} {given_kanji or ''}".strip() if family_kanji else None,
        kana_name=f"{family_kana} {given_kana or ''}".strip() if family_kana else None,
        organisation_id=organisation_id,
        organisation_name=org_name,
        organisation_name_ja=org_name_ja,
        delegation_name=own_name if own_name is not None else org_delegation_name,
        side=side,
        title=title,
        languages=languages,
        badge_category=badge,
        email=email,
        consent=consent,
    )
