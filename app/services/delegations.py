"""Delegations of a mission: side, names in English, Italian and Japanese, the head of
delegation (a participant) and the members (organisations and participants assigned to it)."""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass, field, replace
from enum import StrEnum

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from app.common.errors import UserError
from app.common.wording import FALLBACK, Message, join, listed
from app.core.conflicts import Loaded
from app.core.names import NamedInThree, find_named
from app.core.records import refuse_if_changed
from app.core.text import trimmed
from app.model import Delegation, Mission, Organisation, Participant
from app.model.enums import Side
from app.services import setup_messages as msg
from app.store import Store

NAME_MAX = 200


@dataclass(frozen=True)
class DelegationRow(NamedInThree):
    """A delegation as a page or a command shows it (a plain copy)."""

    id: int
    side: Side
    name: str  # English, the fallback
    name_it: str | None
    name_ja: str | None
    head_id: int | None
    organisation_ids: tuple[int, ...]
    participant_ids: tuple[int, ...]  # people assigned to it directly


@dataclass(frozen=True)
class DelegationDraft:
    """What a coordinator typed for a delegation. ``organisation_ids``/``participant_ids``
    are the whole list of members; None leaves the members as they are (when editing)."""

    name: str
    side: Side | str
    name_it: str | None = None
    name_ja: str | None = None
    head_id: int | None = None
    organisation_ids: tuple[int, ...] | None = field(default=None)
    participant_ids: tuple[int, ...] | None = field(default=None)


@dataclass(frozen=True)
class PersonChoice:
    """A participant to choose as head or member: id and a label in both scripts."""

    id: int
    label: str
    organisation_id: int | None


@dataclass(frozen=True)
class OrganisationChoice:
    id: int
    label: str
    delegation_id: int | None


class DelegationProblem(StrEnum):
    NAME_MISSING = "name_missing"
    NAME_TOO_LONG = "name_too_long"
    NAME_IT_TOO_LONG = "name_it_too_long"
    NAME_JA_TOO_LONG = "name_ja_too_long"
    NAME_TAKEN = "name_taken"
    SIDE_UNKNOWN = "side_unknown"
    HEAD_UNKNOWN = "head_unknown"
    MEMBER_UNKNOWN = "member_unknown"


DELEGATION_PROBLEM_FIELD: dict[DelegationProblem, str] = {
    DelegationProblem.NAME_MISSING: "name",
    DelegationProblem.NAME_TOO_LONG: "name",
    DelegationProblem.NAME_IT_TOO_LONG: "name_it",
    DelegationProblem.NAME_JA_TOO_LONG: "name_ja",
    DelegationProblem.NAME_TAKEN: "name",
    DelegationProblem.SIDE_UNKNOWN: "side",
    DelegationProblem.HEAD_UNKNOWN: "head",
    DelegationProblem.MEMBER_UNKNOWN: "members",
}


class DelegationInvalid(UserError, ValueError):
    """A delegation draft was refused; ``problems`` with their ``messages`` (by field:
    :meth:`by_field`)."""

    def __init__(self, problems: list[tuple[DelegationProblem, Message]]) -> None:
        if not problems:
            raise ValueError("a refused draft has at least one problem")
        self.problems = [p for p, _ in problems]
        self.messages = tuple(m for _, m in problems)
        super().__init__(self.messages[0])
        self.args = (self.text(FALLBACK),)

    def text(self, lang: str = FALLBACK) -> str:
        return join(self.messages, lang, "" if lang == "ja" else " ")

    def by_field(self) -> dict[str, Message]:
        fields: dict[str, list[Message]] = {}
        for problem, message in zip(self.problems, self.messages, strict=True):
            fields.setdefault(DELEGATION_PROBLEM_FIELD[problem], []).append(message)
        return {f: listed(ms, msg.LIST_LINK) for f, ms in fields.items()}


def parse_side(value: Side | str) -> Side | None:
    """A side from its code or a usual word for it (Turin/Torino/トリノ, Nagoya/名古屋)."""
    if isinstance(value, Side):
        return value
    text = unicodedata.normalize("NFKC", value).strip().casefold()
    words = {
        Side.TURIN: {"turin", "torino", "トリノ", "it", "italy", "italia", "turin side"},
        Side.NAGOYA: {"nagoya", "名古屋", "なごや", "ナゴヤ", "jp", "japan", "giappone", "日本"},
    }
    for side, spellings in words.items():
        if text in spellings:
            return side
    return None


def list_delegations(store: Store, mission_id: int) -> list[DelegationRow]:
    """The delegations of a mission, Turin side first, then by name."""
    with store.session() as session:
        delegations = session.scalars(
            select(Delegation).where(Delegation.mission_id == mission_id).order_by(Delegation.id)
        ).all()
        orgs: dict[int, list[int]] = {}
        for oid, did in session.execute(
            select(Organisation.id, Organisation.delegation_id)
            .where(Organisation.mission_id == mission_id, Organisation.delegation_id.is_not(None))
            .order_by(Organisation.name)
        ):
            if did is not None:
                orgs.setdefault(did, []).append(oid)
        people: dict[int, list[int]] = {}
        for pid, did in session.execute(
            select(Participant.id, Participant.delegation_id)
            .where(Participant.mission_id == mission_id, Participant.delegation_id.is_not(None))
            .order_by(Participant.family_name, Participant.id)
        ):
            if did is not None:
                people.setdefault(did, []).append(pid)
        rows = [
            DelegationRow(
                id=d.id,
                side=d.side,
                name=d.name,
                name_it=d.name_it,
                name_ja=d.name_ja,
                head_id=d.head_id,
                organisation_ids=tuple(orgs.get(d.id, ())),
                participant_ids=tuple(people.get(d.id, ())),
            )
            for d in delegations
        ]
        order = {Side.TURIN: 0, Side.NAGOYA: 1}
        return sorted(rows, key=lambda r: (order[r.side], r.name.casefold(), r.id))


def person_choices(store: Store, mission_id: int) -> list[PersonChoice]:
    """The participants of a mission, for choosing a head or members ("Rossi Mario · 田中")."""
    with store.session() as session:
        people = session.scalars(
            select(Participant)
            .where(Participant.mission_id == mission_id)
            .order_by(Participant.family_name, Participant.given_name, Participant.id)
        ).all()
        return [
            PersonChoice(
                id=p.id,
                label=" · ".join(n for n in (p.latin_name(), p.kanji_name()) if n),
                organisation_id=p.organisation_id,
            )
            for p in people
        ]


def organisation_choices(store: Store, mission_id: int) -> list[OrganisationChoice]:
    with store.session() as session:
        orgs = session.scalars(
            select(Organisation)
            .where(Organisation.mission_id == mission_id)
            .order_by(Organisation.name, Organisation.id)
        ).all()
        return [
            OrganisationChoice(
                id=o.id,
                label=" · ".join(n for n in (o.name, o.name_ja) if n),
                delegation_id=o.delegation_id,
            )
            for o in orgs
        ]


def create_delegation(store: Store, mission_id: int, draft: DelegationDraft) -> int:
    """Check and store a new delegation with its members; returns its id."""
    with store.session() as session:
        _mission(session, mission_id)
        side = _check(session, mission_id, draft, None)
        delegation = Delegation(mission_id=mission_id, side=side)
        _fill(delegation, draft)
        session.add(delegation)
        session.flush()
        _assign(session, mission_id, delegation.id, draft)
        return delegation.id


def delegation_draft(row: DelegationRow) -> DelegationDraft:
    """A delegation as listed, as a draft: what a form showed (the base its save names)."""
    return DelegationDraft(
        name=row.name,
        side=row.side,
        name_it=row.name_it,
        name_ja=row.name_ja,
        head_id=row.head_id,
        organisation_ids=tuple(sorted(row.organisation_ids)),
        participant_ids=tuple(sorted(row.participant_ids)),
    )


def update_delegation(
    store: Store,
    mission_id: int,
    delegation_id: int,
    draft: DelegationDraft,
    *,
    base: Loaded[DelegationDraft],
) -> None:
    """Check and save a changed delegation and its members, all at once, over the delegation
    as the coordinator saw it (``base``): a field someone else changed since refuses it with
    :class:`~app.core.conflicts.StaleRecord`."""
    with store.session() as session:
        delegation = _delegation(session, mission_id, delegation_id)
        side = _check(session, mission_id, draft, delegation_id)
        theirs = _draft_now(session, mission_id, delegation)
        yours = DelegationDraft(
            name=trimmed(draft.name),
            side=side,
            name_it=trimmed(draft.name_it) or None,
            name_ja=trimmed(draft.name_ja) or None,
            head_id=draft.head_id,
            organisation_ids=theirs.organisation_ids
            if draft.organisation_ids is None
            else tuple(sorted(draft.organisation_ids)),
            participant_ids=theirs.participant_ids
            if draft.participant_ids is None
            else tuple(sorted(draft.participant_ids)),
        )
        refuse_if_changed(session, delegation, _comparable(base), theirs, yours)
        delegation.side = side
        _fill(delegation, draft)
        _assign(session, mission_id, delegation_id, draft)


def delete_delegation(store: Store, mission_id: int, delegation_id: int) -> None:
    """Remove a delegation; its organisations and people stay, without a delegation."""
    with store.session() as session:
        delegation = _delegation(session, mission_id, delegation_id)
        for model in (Organisation, Participant):
            session.execute(
                update(model).where(model.delegation_id == delegation_id).values(delegation_id=None)
            )
        session.delete(delegation)


def find_delegation(store: Store, mission_id: int, key: str) -> int:
    """A delegation by id or by its name in any language."""
    found = find_named(list_delegations(store, mission_id), key)
    if found is None:
        raise UserError(msg.DELEGATION_NOT_FOUND(delegation=key))
    return found


# --- inside ----------------------------------------------------------------------------------


def _check(
    session: Session, mission_id: int, draft: DelegationDraft, delegation_id: int | None
) -> Side:
    problems: list[tuple[DelegationProblem, Message]] = []
    name = trimmed(draft.name)
    if not name:
        problems.append((DelegationProblem.NAME_MISSING, msg.DELEGATION_NAME_MISSING()))
    elif len(name) > NAME_MAX:
        problems.append((DelegationProblem.NAME_TOO_LONG, msg.NAME_TOO_LONG(limit=NAME_MAX)))
    else:
        others = session.scalars(
            select(Delegation.name).where(
                Delegation.mission_id == mission_id, Delegation.id != (delegation_id or -1)
            )
        )
        if any(o.casefold() == name.casefold() for o in others):
            problems.append((DelegationProblem.NAME_TAKEN, msg.DELEGATION_NAME_TAKEN(name=name)))
    if len(trimmed(draft.name_it)) > NAME_MAX:
        problems.append((DelegationProblem.NAME_IT_TOO_LONG, msg.NAME_IT_TOO_LONG(limit=NAME_MAX)))
    if len(trimmed(draft.name_ja)) > NAME_MAX:
        problems.append((DelegationProblem.NAME_JA_TOO_LONG, msg.NAME_JA_TOO_LONG(limit=NAME_MAX)))
    side = parse_side(draft.side)
    if side is None:
        problems.append(
            (DelegationProblem.SIDE_UNKNOWN, msg.DELEGATION_SIDE_UNKNOWN(side=str(draft.side)))
        )
    people = set(
        session.scalars(select(Participant.id).where(Participant.mission_id == mission_id))
    )
    if draft.head_id is not None and draft.head_id not in people:
        problems.append((DelegationProblem.HEAD_UNKNOWN, msg.HEAD_UNKNOWN(head=draft.head_id)))
    orgs = set(
        session.scalars(select(Organisation.id).where(Organisation.mission_id == mission_id))
    )
    for oid in draft.organisation_ids or ():
        if oid not in orgs:
            problems.append(
                (DelegationProblem.MEMBER_UNKNOWN, msg.MEMBER_ORG_UNKNOWN(organisation=oid))
            )
    for pid in draft.participant_ids or ():
        if pid not in people:
            problems.append(
                (DelegationProblem.MEMBER_UNKNOWN, msg.MEMBER_PERSON_UNKNOWN(participant=pid))
            )
    if problems or side is None:
        raise DelegationInvalid(problems)
    return side


def _draft_now(session: Session, mission_id: int, d: Delegation) -> DelegationDraft:
    """The delegation with its members as stored now, as :func:`delegation_draft` gives it."""
    orgs = session.scalars(
        select(Organisation.id).where(
            Organisation.mission_id == mission_id, Organisation.delegation_id == d.id
        )
    )
    people = session.scalars(
        select(Participant.id).where(
            Participant.mission_id == mission_id, Participant.delegation_id == d.id
        )
    )
    return DelegationDraft(
        name=d.name,
        side=d.side,
        name_it=d.name_it,
        name_ja=d.name_ja,
        head_id=d.head_id,
        organisation_ids=tuple(sorted(orgs)),
        participant_ids=tuple(sorted(people)),
    )


def _comparable(base: Loaded[DelegationDraft]) -> Loaded[DelegationDraft]:
    """``base`` with its side a member and its member lists sorted, as stored drafts are."""
    v = base.values
    return Loaded(
        replace(
            v,
            side=Side(v.side),
            organisation_ids=None
            if v.organisation_ids is None
            else tuple(sorted(v.organisation_ids)),
            participant_ids=None if v.participant_ids is None else tuple(sorted(v.participant_ids)),
        ),
        base.version,
    )


def _fill(delegation: Delegation, draft: DelegationDraft) -> None:
    delegation.name = trimmed(draft.name)
    delegation.name_it = trimmed(draft.name_it) or None
    delegation.name_ja = trimmed(draft.name_ja) or None
    delegation.head_id = draft.head_id


def _assign(session: Session, mission_id: int, delegation_id: int, draft: DelegationDraft) -> None:
    """Make the members listed (and only them) belong to the delegation."""
    for model, ids in (
        (Organisation, draft.organisation_ids),
        (Participant, draft.participant_ids),
    ):
        if ids is None:
            continue
        session.execute(
            update(model)
            .where(model.mission_id == mission_id, model.delegation_id == delegation_id)
            .values(delegation_id=None)
        )
        if ids:
            session.execute(
                update(model)
                .where(model.mission_id == mission_id, model.id.in_(ids))
                .values(delegation_id=delegation_id)
            )


def _mission(session: Session, mission_id: int) -> Mission:
    mission = session.get(Mission, mission_id)
    if mission is None:
        raise UserError(msg.MISSION_NOT_FOUND(mission=mission_id))
    return mission


def _delegation(session: Session, mission_id: int, delegation_id: int) -> Delegation:
    delegation = session.get(Delegation, delegation_id)
    if delegation is None or delegation.mission_id != mission_id:
        raise UserError(msg.DELEGATION_NOT_FOUND(delegation=delegation_id))
    return delegation
