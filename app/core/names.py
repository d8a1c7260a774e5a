"""A name a delegate reads, in English, Italian and Japanese, with the fallback every reader
gets when their language's form is not written.

Missions, venues, delegations, B2B sessions and breaks carry one: ``name`` (English, always
there) plus optional ``name_it`` and ``name_ja``. An Italian reader gets the Italian form, else
the English one; a Japanese reader the Japanese form, else the English one. A form that is
missing is never an empty string in a document: :meth:`Names.in_` always answers.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Protocol

from app.core.text import trimmed
from app.model.enums import DocumentLanguage

# What each reader falls back to, in order, when their own form is missing.
FALLBACKS: dict[DocumentLanguage, tuple[DocumentLanguage, ...]] = {
    DocumentLanguage.EN: (DocumentLanguage.EN, DocumentLanguage.IT, DocumentLanguage.JA),
    DocumentLanguage.IT: (DocumentLanguage.IT, DocumentLanguage.EN, DocumentLanguage.JA),
    DocumentLanguage.JA: (DocumentLanguage.JA, DocumentLanguage.EN, DocumentLanguage.IT),
}


@dataclass(frozen=True)
class Names:
    """One name in up to three languages; ``en`` is the one always written."""

    en: str
    it: str | None = None
    ja: str | None = None

    def written(self, lang: DocumentLanguage | str) -> str | None:
        """The form written for ``lang`` (None when it is not)."""
        value = {"en": self.en, "it": self.it, "ja": self.ja}[DocumentLanguage(lang).value]
        return value.strip() if value and value.strip() else None

    def in_(self, lang: DocumentLanguage | str) -> str:
        """The name a reader of ``lang`` sees: their form, else the fallbacks in order."""
        for candidate in FALLBACKS[DocumentLanguage(lang)]:
            value = self.written(candidate)
            if value is not None:
                return value
        return self.en

    def falls_back(self, lang: DocumentLanguage | str) -> bool:
        """True when a reader of ``lang`` gets another language's form (a form shows it)."""
        return self.written(lang) is None


class NamedInThree:
    """A record named ``name`` (English), ``name_it`` and ``name_ja``; ``names`` reads them
    as one :class:`Names`."""

    name: str
    name_it: str | None
    name_ja: str | None

    @property
    def names(self) -> Names:
        return Names(self.name, self.name_it, self.name_ja)


class NamedRecord(Protocol):
    @property
    def id(self) -> int: ...
    @property
    def name(self) -> str: ...
    @property
    def name_it(self) -> str | None: ...
    @property
    def name_ja(self) -> str | None: ...


def find_named(records: Iterable[NamedRecord], key: str) -> int | None:
    """The id of the record ``key`` names: its id, or its name in any of the three languages
    (case aside), as a command line names venues and delegations; None when none is."""
    rows = list(records)
    wanted = trimmed(key).casefold()
    if wanted.isdigit() and int(wanted) in {r.id for r in rows}:
        return int(wanted)
    for r in rows:
        if wanted in {n.casefold() for n in (r.name, r.name_it, r.name_ja) if n}:
            return r.id
    return None


def names(en: str, it: str | None = None, ja: str | None = None) -> Names:
    return Names(en, it or None, ja or None)
