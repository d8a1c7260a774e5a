"""The companies a participants' sheet names, one person a row *with their company*: each row's
company found among the mission's organisations by any of its names (Latin, Japanese), with
the folding of :func:`~app.importing.duplicates.organisation_key` (width, case, accents,
kana, legal forms: "株式会社デンソー" = "デンソー", "Rossi S.p.A." = "ROSSI SPA"), or gathered
as a new organisation from the rows that name it, to be added by the same import.

A new organisation takes its names and sectors from every row that names it (a blank cell
says nothing); two rows that disagree (two Latin names, two sets of sectors) are a problem on
the later row. It needs a name in Latin letters, as the form does; it joins the Nagoya
delegation when it has a Japanese name, else the Turin one (when the mission has them).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from sqlalchemy import select
from sqlalchemy.orm import selectinload

from app.core.organisation_record import OrganisationData, clean_organisation
from app.core.validation import Collector
from app.importing import messages as msg
from app.importing import values
from app.importing.duplicates import organisation_key
from app.importing.normalise import has_japanese
from app.importing.problems import FieldLabel
from app.importing.rows import Org, Row, RowIssue
from app.model import Delegation, Organisation, Sector, Side
from app.store import Store

# The participant fields that name a row's company.
COMPANY_FIELDS = ("organisation", "organisation_latin", "organisation_ja", "organisation_kana")

_LABELS = {
    "name": "Organisation (Latin script)",
    "name_ja": "Organisation (Japanese)",
    "name_kana": "Organisation (kana)",
    "sectors": "Organisation's sectors",
}
_FIELD_OF = {
    "name": "organisation_latin",
    "name_ja": "organisation_ja",
    "name_kana": "organisation_kana",
    "sectors": "sectors",
}


@dataclass(frozen=True)
class NewOrganisation:
    """An organisation the import adds: ``key`` is the same for every row that names it."""

    key: str
    data: OrganisationData
    first_row: int


@dataclass
class _Draft:
    key: str
    first_row: int
    latin: str | None = None
    latin_row: int = 0
    ja: str | None = None
    ja_row: int = 0
    kana: str | None = None
    sectors: tuple[Sector, ...] = ()
    sectors_row: int = 0
    rows: list[int] = field(default_factory=list)

    @property
    def shown(self) -> str:
        return self.latin or self.ja or self.key


@dataclass(frozen=True)
class Company:
    """What a row's company comes to: one of the mission's, a new one (by its key), or none."""

    existing: Org | None = None
    new_key: str | None = None
    side: Side | None = None  # a new one's delegation


class CompanyBook:
    """The mission's organisations by name, and the new ones the rows gather."""

    def __init__(self, store: Store, mission_id: int, index: dict[str, Org]) -> None:
        self._index = index
        self._drafts: dict[str, _Draft] = {}  # every name key of a draft → the draft
        self._order: list[_Draft] = []
        with store.session() as s:
            self._sectors = {
                o.id: tuple(o.sectors)
                for o in s.scalars(
                    select(Organisation)
                    .where(Organisation.mission_id == mission_id)
                    .options(selectinload(Organisation.sector_links))
                )
            }
            self._delegations: dict[Side, int] = {}
            for d in s.scalars(
                select(Delegation)
                .where(Delegation.mission_id == mission_id)
                .order_by(Delegation.id)
            ):
                self._delegations.setdefault(d.side, d.id)

    def company(self, row: Row, number: int) -> Company:
        """The company ``row`` names (problems go on the row)."""
        written = {key: row.text(key) for key in COMPANY_FIELDS}
        if not any(written.values()):
            if row.text("sectors"):
                row.issue("sectors", msg.SECTORS_WITHOUT_COMPANY(label=row.label("sectors")))
            return Company()
        general = written["organisation"]
        latin = written["organisation_latin"] or (
            general if general and not has_japanese(general) else None
        )
        ja = written["organisation_ja"] or (general if general and has_japanese(general) else None)
        names = [
            n for n in (general, written["organisation_latin"], written["organisation_ja"]) if n
        ]
        keys = list(dict.fromkeys(k for k in (organisation_key(n) for n in names) if k))
        sectors: tuple[Sector, ...] | None = None
        if row.text("sectors"):
            sectors = row.parse("sectors", values.sectors) or None
        existing = {self._index[k].id: self._index[k] for k in keys if k in self._index}
        drafts = {id(self._drafts[k]): self._drafts[k] for k in keys if k in self._drafts}
        found = [o.name for o in existing.values()] + [d.shown for d in drafts.values()]
        if len(found) > 1:
            row.issue("", msg.ORGANISATION_TWO_NAMES(first=found[0], second=found[1]))
            return Company()
        if existing:
            org = next(iter(existing.values()))
            saved = self._sectors.get(org.id, ())
            if sectors and set(sectors) != set(saved) and saved:
                row.notice(
                    msg.ORGANISATION_SAVED_SECTORS(
                        name=org.name, saved=_sectors(saved), this=_sectors(sectors)
                    )
                )
            return Company(existing=org)
        if drafts:
            draft = next(iter(drafts.values()))
        else:
            draft = _Draft(key=keys[0], first_row=number)
            self._order.append(draft)
        for k in keys:
            self._drafts.setdefault(k, draft)
        self._merge(row, number, draft, latin, ja, written["organisation_kana"], sectors)
        return Company(new_key=draft.key, side=Side.NAGOYA if draft.ja else Side.TURIN)

    def _merge(self, row: Row, number: int, draft: _Draft, latin: str | None, ja: str | None,
               kana: str | None, sectors: tuple[Sector, ...] | None) -> None:  # fmt: skip
        """The row's names and sectors of ``draft`` added to it; a disagreement is a
        problem on the row."""
        issues = len(row.issues)
        for name, attr in ((latin, "latin"), (ja, "ja")):
            if name is None:
                continue
            had = getattr(draft, attr)
            if had is None:
                setattr(draft, attr, name)
                setattr(draft, f"{attr}_row", number)
            elif organisation_key(had) != organisation_key(name):
                key = "organisation_latin" if attr == "latin" else "organisation_ja"
                field_key = key if row.mapped(key) else "organisation"
                row.issue(
                    field_key,
                    msg.ORGANISATION_OTHER_NAME(
                        label=row.label(field_key), row=getattr(draft, f"{attr}_row"),
                        name=draft.shown, other=had, this=name,
                    ),
                )  # fmt: skip
        if kana and draft.kana is None:
            draft.kana = kana
        if sectors:
            if not draft.sectors:
                draft.sectors, draft.sectors_row = sectors, number
            elif set(draft.sectors) != set(sectors):
                row.issue(
                    "sectors",
                    msg.ORGANISATION_OTHER_SECTORS(
                        label=row.label("sectors"), row=draft.sectors_row, name=draft.shown,
                        other=_sectors(draft.sectors), this=_sectors(sectors),
                    ),
                )  # fmt: skip
        if len(row.issues) == issues:
            draft.rows.append(number)

    def new_organisations(self) -> tuple[dict[str, NewOrganisation], dict[str, list[RowIssue]]]:
        """The new organisations by key, and for those that cannot be added (no Latin
        name, a name too long …) the problems to put on each row that names them."""
        made: dict[str, NewOrganisation] = {}
        refused: dict[str, list[RowIssue]] = {}
        for draft in self._order:
            if draft.latin is None:
                said = msg.ORGANISATION_NO_LATIN_NAME(
                    label=_label("organisation_latin"), name=draft.shown
                )
                refused[draft.key] = [RowIssue("organisation", said)]
                continue
            side = Side.NAGOYA if draft.ja else Side.TURIN
            data = OrganisationData(
                name=draft.latin, name_ja=draft.ja, name_kana=draft.kana,
                delegation_id=self._delegations.get(side), sectors=draft.sectors,
            )  # fmt: skip
            errors = Collector()
            clean = clean_organisation(errors, data)
            if errors.errors:
                refused[draft.key] = [
                    RowIssue(
                        _FIELD_OF.get(e.field, "organisation"),
                        msg.ORGANISATION_PROBLEM(
                            name=draft.shown,
                            row=draft.first_row,
                            problem=msg.FIELD_PROBLEM(
                                label=_label(_FIELD_OF.get(e.field, "organisation")),
                                problem=e.message,
                            ),
                        ),
                    )
                    for e in errors.errors
                ]
                continue
            made[draft.key] = NewOrganisation(draft.key, clean, draft.first_row)
        return made, refused


def _label(key: str) -> FieldLabel:
    english = {"organisation": "Organisation", **{_FIELD_OF[k]: v for k, v in _LABELS.items()}}
    return FieldLabel(key, english.get(key, key))


def _sectors(sectors: Sequence[Sector]) -> str:
    return ", ".join(s.value for s in sectors)
