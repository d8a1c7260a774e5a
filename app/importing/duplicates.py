"""People who are probably registered twice, found by keys: no database, no pair-by-pair scan.

Each record is filed under its e-mail key, its name keys (Latin and kanji, read both ways
round) and its kana keys; only records filed under the same key are compared, so 10,000
records take well under a second. A match by name counts only within one organisation (or
when one of the two gives none): two Hiroshi Tanaka of two companies are two people.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from enum import StrEnum

from app.importing.normalise import (
    email_key,
    match_key,
    name_keys,
    person_key,
    strip_accents,
)


class DuplicateReason(StrEnum):
    """Why two records look like one person (the value is the English text to show)."""

    SAME_EMAIL = "same e-mail"
    SAME_NAME = "same name and organisation"
    SWAPPED = "same name, family and given swapped"
    SAME_KANA = "same name in kana"


@dataclass(frozen=True)
class PersonRecord:
    """A person as read from a file or the database, with the fields that tell people apart."""

    key: int | str  # the row number or participant id: how the caller finds the person again
    family: str
    given: str = ""
    family_kanji: str | None = None
    given_kanji: str | None = None
    family_kana: str | None = None
    given_kana: str | None = None
    email: str | None = None
    organisation: str | None = None  # the organisation's name as written


@dataclass(frozen=True)
class DuplicateLink:
    """Two records of a group and why they look like one person."""

    a: int | str
    b: int | str
    reason: DuplicateReason


@dataclass(frozen=True)
class DuplicateGroup:
    """Records that are probably one person, in input order, and every reason seen."""

    records: tuple[PersonRecord, ...]
    reasons: tuple[DuplicateReason, ...]
    links: tuple[DuplicateLink, ...]


# Legal forms, as tokens once dots are dropped and punctuation is a space ("S.p.A." -> "spa",
# "Co., Ltd." -> "co ltd"); stripped from the end of a Latin name, repeatedly.
_LEGAL_TOKENS = {
    # Italian
    "spa", "srl", "srls", "sas", "snc", "ss", "sapa", "scarl", "scrl", "scpa", "soc", "coop",
    "societa", "cooperativa",
    # Japanese companies' English names
    "kk", "co", "ltd", "limited", "inc", "incorporated", "corp", "corporation", "company",
    "llc", "gk", "yk", "kabushiki", "kaisha", "godo", "yugen", "plc",
    # other Europeans met in the chambers' files
    "gmbh", "ag", "sa", "sarl", "bv", "nv", "sl",
}  # fmt: skip
# Every beginning of a legal abbreviation, to join "S p A" back into "spa".
_ABBREVIATION_STARTS = {abbr[:n] for abbr in _LEGAL_TOKENS for n in range(1, len(abbr))}
_LEGAL_PHRASES = (
    ("per", "azioni"),
    ("a", "responsabilita", "limitata"),
    ("in", "accomandita", "semplice"),
    ("in", "nome", "collettivo"),
    ("semplificata",),
)
# Japanese legal forms, wherever they stand (株式会社デンソー, デンソー株式会社), after NFKC
# (㈱ -> (株)).
_JAPANESE_LEGAL = re.compile(
    r"株式会社|有限会社|合同会社|合資会社|合名会社|相互会社"
    r"|(?:一般|公益)(?:社団|財団)法人|特定非営利活動法人|NPO法人|社会福祉法人|学校法人"
    r"|\((?:株|有|同|資|名|社|財)\)",
    re.IGNORECASE,
)


@functools.lru_cache(maxsize=65536)  # pure, and a file repeats its names
def organisation_key(name: str | None) -> str:
    """A key to compare organisations by: legal forms, case, punctuation and spaces ignored.

    "Rossi S.p.A." = "ROSSI SPA" = "Rossi Spa"; "株式会社デンソー" = "デンソー株式会社" =
    "(株)デンソー" = "㈱デンソー". "" for no name. A name that is nothing but a legal form
    keeps it ("S.p.A." is not "").
    """
    if not name:
        return ""
    text = strip_accents(unicodedata.normalize("NFKC", name).casefold())
    text = _JAPANESE_LEGAL.sub(" ", text)
    text = re.sub(r"['’`´.]", "", text)
    tokens = re.split(r"[\W_]+", text)
    tokens = [t for t in tokens if t]
    # "S p A", "K K": runs of single letters are one abbreviation.
    merged: list[str] = []
    for token in tokens:
        if len(token) == 1 and merged and merged[-1] in _ABBREVIATION_STARTS:
            merged[-1] += token
        else:
            merged.append(token)
    stripped = _strip_legal(merged)
    key = match_key("".join(stripped or merged))
    return key or match_key(name)


def _strip_legal(tokens: list[str]) -> list[str]:
    tokens = list(tokens)
    changed = True
    while tokens and changed:
        changed = False
        if tokens[-1] in _LEGAL_TOKENS:
            tokens.pop()
            changed = True
            continue
        for phrase in _LEGAL_PHRASES:
            if tuple(tokens[-len(phrase) :]) == phrase:
                del tokens[-len(phrase) :]
                changed = True
                break
    return tokens


class _UnionFind:
    def __init__(self, n: int) -> None:
        self.parent = list(range(n))

    def find(self, i: int) -> int:
        while self.parent[i] != i:
            self.parent[i] = self.parent[self.parent[i]]
            i = self.parent[i]
        return i

    def union(self, a: int, b: int) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            self.parent[max(ra, rb)] = min(ra, rb)


@dataclass(frozen=True)
class _Keys:
    email: str | None
    organisation: str
    names: tuple[tuple[str, str], ...]  # (family, given) match keys: Latin, then kanji
    name_keys: frozenset[str]
    kana_keys: frozenset[str]


def _keys(record: PersonRecord) -> _Keys:
    names = []
    keys: set[str] = set()
    for family, given in (
        (record.family, record.given),
        (record.family_kanji or "", record.given_kanji or ""),
    ):
        pair = (match_key(family), match_key(given))
        if pair[0] or pair[1]:
            names.append(pair)
            keys |= name_keys(*pair)
    return _Keys(
        email=email_key(record.email),
        organisation=organisation_key(record.organisation),
        names=tuple(names),
        name_keys=frozenset(keys),
        kana_keys=person_key(record.family_kana or "", record.given_kana or ""),
    )


def _name_reason(a: _Keys, b: _Keys) -> DuplicateReason:
    """Same name as written, or family and given swapped: which one two names sharing a key are."""
    swapped = False
    for fa, ga in a.names:
        for fb, gb in b.names:
            if (fa, ga) == (gb, fb) and (fa, ga) != (fb, gb) and fa and ga:
                swapped = True
            elif name_keys(fa, ga) & name_keys(fb, gb):
                return DuplicateReason.SAME_NAME
    return DuplicateReason.SWAPPED if swapped else DuplicateReason.SAME_NAME


def suspected_duplicates(records: Sequence[PersonRecord]) -> list[DuplicateGroup]:
    """Groups of records that are probably the same person, each with its reasons.

    Same e-mail address, whatever else; or, within one organisation (a record without one
    matches any): the same Latin or kanji name, also written whole in one column or with
    family and given swapped, or the same kana reading. Groups come in input order.
    """
    keys = [_keys(r) for r in records]
    links: list[tuple[int, int, DuplicateReason]] = []

    by_email: dict[str, list[int]] = defaultdict(list)
    by_name: dict[str, list[int]] = defaultdict(list)
    by_kana: dict[str, list[int]] = defaultdict(list)
    for i, k in enumerate(keys):
        if k.email:
            by_email[k.email].append(i)
        for name_key in k.name_keys:
            by_name[name_key].append(i)
        for kana_key in k.kana_keys:
            by_kana[kana_key].append(i)

    for members in by_email.values():
        links.extend((members[0], j, DuplicateReason.SAME_EMAIL) for j in members[1:])
    for members in by_name.values():
        for a, b in _same_organisation_pairs(members, keys):
            links.append((a, b, _name_reason(keys[a], keys[b])))
    for members in by_kana.values():
        for a, b in _same_organisation_pairs(members, keys):
            links.append((a, b, DuplicateReason.SAME_KANA))

    groups = _UnionFind(len(records))
    for a, b, _ in links:
        groups.union(a, b)
    members_of: dict[int, list[int]] = defaultdict(list)
    for i in range(len(records)):
        members_of[groups.find(i)].append(i)
    links_of: dict[int, dict[tuple[int, int, DuplicateReason], None]] = defaultdict(dict)
    for a, b, reason in links:
        links_of[groups.find(a)][(min(a, b), max(a, b), reason)] = None

    result = []
    for root, members in sorted(members_of.items(), key=lambda item: item[1][0]):
        if len(members) < 2:
            continue
        group_links = sorted(links_of[root], key=lambda link: (link[0], link[1], link[2]))
        reasons = tuple(r for r in DuplicateReason if any(link[2] is r for link in group_links))
        result.append(
            DuplicateGroup(
                records=tuple(records[i] for i in members),
                reasons=reasons,
                links=tuple(
                    DuplicateLink(records[a].key, records[b].key, r) for a, b, r in group_links
                ),
            )
        )
    return result


def _same_organisation_pairs(members: Iterable[int], keys: list[_Keys]) -> list[tuple[int, int]]:
    """Pairs that join every record of a key's bucket to the others of its organisation (and
    a record without an organisation to all): linear in the bucket, not quadratic."""
    first_of: dict[str, int] = {}
    pairs: list[tuple[int, int]] = []
    for i in members:
        org = keys[i].organisation
        if org in first_of:
            pairs.append((first_of[org], i))
            continue
        first_of[org] = i
        if org == "":
            pairs.extend((first, i) for o, first in first_of.items() if o != "")
        elif "" in first_of:
            pairs.append((first_of[""], i))
    return pairs
