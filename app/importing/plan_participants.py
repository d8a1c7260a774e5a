"""Participants from a spreadsheet: each row matched to the participant it updates (by
e-mail, then by name within the organisation) or a new one, checked as the form checks a
participant; a new row that looks like someone already in the mission is flagged, never
merged."""

from __future__ import annotations

import dataclasses
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import selectinload

from app.common.wording import listed
from app.core.participant_defaults import default_document_language
from app.core.participant_record import RECORD_KIND as PARTICIPANT_KIND
from app.core.participant_record import ParticipantData, clean_participant
from app.core.validation import Collector, clean_text
from app.importing import messages as msg
from app.importing import values
from app.importing.duplicates import PersonRecord, suspected_duplicates
from app.importing.fields import ImportKind
from app.importing.mapping import ColumnMapping
from app.importing.normalise import (
    email_key,
    has_japanese,
    match_key,
    person_key,
    split_full_name,
)
from app.importing.plan_companies import CompanyBook, NewOrganisation
from app.importing.plan_stay import StayBook, StayWrite
from app.importing.romaji import order_by_reading
from app.importing.rows import Action, Row, RowPlan, organisation_index, outcome, rows_of
from app.importing.table import Table
from app.model import DocumentLanguage, NameOrder, Participant, Side
from app.store import Store

_NAME_FIELDS = (
    "family_name",
    "given_name",
    "family_name_kanji",
    "given_name_kanji",
    "family_name_kana",
    "given_name_kana",
)

_PARTICIPANT_LABELS = {
    "family_name": "Family name",
    "given_name": "Given name",
    "family_name_kanji": "Family name (kanji)",
    "given_name_kanji": "Given name (kanji)",
    "family_name_kana": "Family name (kana)",
    "given_name_kana": "Given name (kana)",
    "title": "Title",
    "title_ja": "Title (Japanese)",
    "email": "E-mail",
    "phone": "Phone",
    "languages": "Languages spoken",
    "document_language": "Document language",
    "badge_category": "Badge category",
    "name_order": "Name order",
}


@dataclass(frozen=True)
class ParticipantExtra:
    """What a participant's row writes beside the participant: the organisation it adds
    (shared by every row that names it), the periods its arrival and departure come to."""

    organisation: NewOrganisation | None = None
    stay: StayWrite | None = None
    organisation_key: str | None = None  # while planning: the new organisation's key


def plan_participants(
    store: Store,
    mission_id: int,
    table: Table,
    mapping: ColumnMapping,
    cancelled: Callable[[], bool] | None,
) -> list[RowPlan]:
    orgs, listed = organisation_index(store, mission_id)
    orgs_by_id = {o.id: o.name for o in listed}
    book = CompanyBook(store, mission_id, orgs)
    stays = (
        StayBook(store, mission_id) if {"arrival", "departure"} & mapping.columns.keys() else None
    )
    with store.session() as s:
        people = s.scalars(
            select(Participant)
            .where(Participant.mission_id == mission_id)
            .options(selectinload(Participant.language_links))
        ).all()
        existing = {p.id: PARTICIPANT_KIND.data_of(p) for p in people}
    by_email: dict[str, int] = {}
    by_name: dict[tuple[str, int | None], list[int]] = defaultdict(list)
    for pid, data in existing.items():
        key = email_key(data.email)
        if key:
            by_email[key] = pid
        for k in person_key(data.family_name, data.given_name):
            by_name[(k, data.organisation_id)].append(pid)
    seen_email: dict[str, int] = {}
    seen_target: dict[int, int] = {}
    plans = []
    for number, row in rows_of(ImportKind.PARTICIPANTS, table, mapping, cancelled):
        names = _read_names(row)
        family, given = names.family, names.given
        kanji_f, kanji_g = names.family_kanji, names.given_kanji
        kana_f, kana_g = names.family_kana, names.given_kana
        japanese_in_latin = names.japanese_in_latin
        company = book.company(row, number)
        org = company.existing
        email_text = row.text("email")
        email = email_key(email_text) if email_text else None
        if email_text and email is None:
            email = email_text  # clean_participant words the problem
        # the record this row updates: by e-mail, then by name within the organisation
        target = by_email.get(email) if email else None
        if target is None and family and company.new_key is None:  # a new company: nobody's in it
            org_id = org.id if org else None
            candidates = {
                pid for k in person_key(family, given) for pid in by_name.get((k, org_id), [])
            }
            if len(candidates) == 1:
                target = candidates.pop()
            elif len(candidates) > 1:
                row.issue("", msg.NAME_AMBIGUOUS())
        if target is not None and target in seen_target:
            row.issue("", msg.SAME_PARTICIPANT_AS_ROW(row=seen_target[target]))
        elif target is not None:
            seen_target[target] = number
        if email and email in seen_email:
            row.issue("email", msg.SAME_AS_ROW(label=row.label("email"), row=seen_email[email]))
        elif email:
            seen_email[email] = number
        old = existing.get(target) if target is not None else None
        side = org.side if org else company.side
        japanese = bool(kanji_f) or side is Side.NAGOYA
        spoken: tuple[str, ...] | None = None
        if row.mapped("languages"):
            spoken = row.parse("languages", values.languages) or None
        elif values.is_list(row.text("document_language")):  # "日本語、英語" in the one column
            spoken = row.parse("document_language", values.languages) or None
        base = old or ParticipantData(
            family_name="",
            name_order=NameOrder.FAMILY_FIRST if japanese else NameOrder.GIVEN_FIRST,
            # the first language they speak that documents are written in; else their side's
            document_language=default_document_language(
                spoken or (),
                fallback=(
                    DocumentLanguage.JA if japanese
                    else DocumentLanguage.IT if side is Side.TURIN
                    else DocumentLanguage.EN
                ),
            ),
        )  # fmt: skip
        updates: dict[str, Any] = {
            "family_name": family or None,
            "given_name": given or None,
            "family_name_kanji": kanji_f,
            "given_name_kanji": kanji_g,
            "family_name_kana": kana_f,
            "given_name_kana": kana_g,
            "title": row.text("title"),
            "title_ja": row.text("title_ja"),
            "organisation_id": org.id if org else None,
            "email": email,
            "phone": row.text("phone"),
            "document_language": row.parse("document_language", values.document_language),
            "badge_category": row.parse("badge_category", values.badge_category),
        }
        if spoken is not None:
            updates["languages"] = spoken
        if row.text("consent") is not None:
            updates["consent"] = row.parse("consent", values.consent)
        if old is not None:  # "BERTÈ" or "D’Amico" in a file do not rewrite "Bertè", "D'Amico"
            for key in _NAME_FIELDS:
                was, now = getattr(old, key), updates.get(key)
                if was and now and match_key(was) == match_key(now):
                    updates[key] = was
        merged = dataclasses.replace(base, **{k: v for k, v in updates.items() if v is not None})
        errors = Collector()
        clean = clean_participant(errors, merged)
        if japanese_in_latin:  # said above, more plainly than "required" or "Latin letters"
            errors.errors[:] = [
                e for e in errors.errors if e.field not in ("family_name", "given_name")
            ]
        row.add_errors(errors, _PARTICIPANT_LABELS)
        if clean.email and target is None:
            other = by_email.get(email_key(clean.email) or "")
            if other is not None:
                row.issue("email", msg.EMAIL_OF_ANOTHER(label=row.label("email")))
        stay = None
        if stays is not None:
            stay = stays.plan(row, target, clean.document_language.value)
        label = " ".join(x for x in (family, given) if x) or (kanji_f or "") or f"row {number}"
        plan = outcome(row, number, label, target, old, clean)
        if company.new_key is not None or stay is not None:
            extra = ParticipantExtra(stay=stay, organisation_key=company.new_key)
            plan = dataclasses.replace(plan, extra=extra)
            if plan.action is Action.UNCHANGED:
                changed: tuple[str, ...] = ("organisation_id",) if company.new_key else ()
                changed += ("unavailability",) if stay else ()
                plan = dataclasses.replace(plan, action=Action.UPDATE, changed=changed)
        plans.append(plan)
    plans = _with_new_organisations(plans, book)
    return _flag_lookalikes(plans, existing, orgs_by_id)


@dataclass(frozen=True)
class _Names:
    """A row's names in the three scripts, however its columns give them."""

    family: str
    given: str
    family_kanji: str | None
    given_kanji: str | None
    family_kana: str | None
    given_kana: str | None
    japanese_in_latin: str  # kanji found in a Latin column ("" if none): said on the row


def _read_names(row: Row) -> _Names:
    """The names of ``row``: each full name split (kana and kanji family first; romaji by
    the kana reading, else in the kanji's order, else given first), kanji in a Latin column
    taken as the kanji name, and what is worth a look said on the row."""
    kana_f, kana_g = row.text("family_name_kana"), row.text("given_name_kana")
    if not kana_f and row.text("full_name_kana"):
        split = split_full_name(row.text("full_name_kana") or "", NameOrder.FAMILY_FIRST)
        kana_f, kana_g = split.family, split.given or None
    family, given = row.text("family_name") or "", row.text("given_name") or ""
    kanji_f, kanji_g = row.text("family_name_kanji"), row.text("given_name_kanji")
    full_kanji = row.text("full_name_kanji")
    japanese_in_latin = ""
    if not (kanji_f or full_kanji) and has_japanese(family + given):
        # kanji in the Latin columns: the name in kanji, and no Latin name given
        japanese_in_latin, kanji_f, kanji_g = family, family, given or None
        family = given = ""
    elif not family and row.text("full_name"):
        full = row.text("full_name") or ""
        if not (kanji_f or full_kanji) and has_japanese(full):
            japanese_in_latin, full_kanji = full, full
        else:
            # a Japanese person's romaji name: the order its kana reading shows, else
            # the order of the kanji (family first), said as a guess
            read = order_by_reading(clean_text(full).split(" "), kana_f)
            japanese = bool(kanji_f or full_kanji or kana_f)
            hint = read or (NameOrder.FAMILY_FIRST if japanese else None)
            split = split_full_name(full, hint)
            family, given = split.family, split.given
            if split.guessed or (japanese and read is None and given):
                row.notice(msg.NAME_SPLIT(full=full, family=family, given=given))
    if japanese_in_latin:
        named = "family_name" if row.text("family_name") else "full_name"
        said = msg.NAME_IN_LATIN_COLUMN_IS_JAPANESE(label=row.label(named), name=japanese_in_latin)
        row.issue(named, said)
    if not kanji_f and full_kanji:
        split = split_full_name(full_kanji, NameOrder.FAMILY_FIRST)
        kanji_f, kanji_g = split.family, split.given or None
        if not kanji_g and not japanese_in_latin:  # "山本真由美": no space to split at
            row.notice(msg.KANJI_NOT_SPLIT(full=full_kanji))
    return _Names(family, given, kanji_f, kanji_g, kana_f, kana_g, japanese_in_latin)


def _with_new_organisations(plans: list[RowPlan], book: CompanyBook) -> list[RowPlan]:
    """Each row that names a new organisation given it, or the problems that keep it out."""
    made, refused = book.new_organisations()
    out = []
    for plan in plans:
        extra = plan.extra
        key = extra.organisation_key if isinstance(extra, ParticipantExtra) else None
        if key is not None and key in refused:
            issues = (*plan.issues, *refused[key])
            plan = RowPlan(plan.row_number, Action.ERROR, plan.label, issues, plan.target_id,
                           notices=plan.notices)  # fmt: skip
        elif key is not None and plan.action is not Action.ERROR:
            extra = dataclasses.replace(extra, organisation=made[key], organisation_key=None)
            plan = dataclasses.replace(plan, extra=extra)
        out.append(plan)
    return out


def _flag_lookalikes(
    plans: list[RowPlan], existing: dict[int, ParticipantData], orgs: dict[int, str]
) -> list[RowPlan]:
    """A warning on each new row that looks like someone already in the mission (or like
    another new row): shown for the coordinator to decide, never merged silently."""

    def record(key: int | str, d: ParticipantData, company: str | None = None) -> PersonRecord:
        return PersonRecord(
            key=key, family=d.family_name, given=d.given_name,
            family_kanji=d.family_name_kanji, given_kanji=d.given_name_kanji,
            family_kana=d.family_name_kana, given_kana=d.given_name_kana, email=d.email,
            organisation=company or (orgs.get(d.organisation_id) if d.organisation_id else None),
        )  # fmt: skip

    def company_of(plan: RowPlan) -> str | None:
        extra = plan.extra
        if isinstance(extra, ParticipantExtra) and extra.organisation is not None:
            return extra.organisation.data.name
        return None

    new = {f"row {p.row_number}": i for i, p in enumerate(plans) if p.action is Action.CREATE}
    rows = {f"row {p.row_number}": p.row_number for p in plans}
    if not new:
        return plans
    records = [record(pid, d) for pid, d in existing.items()]
    records += [record(key, plans[i].data, company_of(plans[i])) for key, i in new.items()]
    names = {
        pid: " ".join(x for x in (d.family_name, d.given_name) if x) for pid, d in existing.items()
    }
    out = list(plans)
    for group in suspected_duplicates(records):
        keys = [r.key for r in group.records]
        reasons = listed([msg.DUPLICATE_REASONS[r]() for r in group.reasons], msg.SEMICOLON_LIST)
        for key in keys:
            if key not in new:
                continue
            others = [
                msg.LOOKALIKE_PARTICIPANT(name=names[k], id=k)
                if isinstance(k, int)
                else msg.LOOKALIKE_ROW(row=rows[k])
                for k in keys
                if k != key
            ]
            i = new[key]
            warning = msg.LOOKS_LIKE(others=listed(others, msg.COMMA_LIST), reasons=reasons)
            out[i] = dataclasses.replace(out[i], notices=(*out[i].notices, warning))
    return out
