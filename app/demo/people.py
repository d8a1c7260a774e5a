"""Invented people: a named person spec, random Italians and Japanese, e-mails and phones."""

from __future__ import annotations

import random
import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Generic, TypeVar

from app.demo.names import (
    ITALIAN_FAMILY_NAMES,
    ITALIAN_GIVEN_NAMES,
    JAPANESE_FAMILY_NAMES,
    JAPANESE_GIVEN_NAMES_F,
    JAPANESE_GIVEN_NAMES_M,
)
from app.model import BadgeCategory, DocumentLanguage, NameOrder

T = TypeVar("T")

JA = DocumentLanguage.JA
IT = DocumentLanguage.IT
EN = DocumentLanguage.EN


@dataclass(frozen=True)
class Person:
    """A participant before it joins a mission."""

    given: str
    family: str
    title: str
    languages: tuple[str, ...]
    document_language: DocumentLanguage
    badge: BadgeCategory = BadgeCategory.DELEGATE
    family_kanji: str | None = None
    given_kanji: str | None = None
    family_kana: str | None = None
    given_kana: str | None = None
    notes: str = ""

    @property
    def name_order(self) -> NameOrder:
        return NameOrder.FAMILY_FIRST if self.family_kanji else NameOrder.GIVEN_FIRST

    @property
    def key(self) -> tuple[str, str]:
        return (self.given, self.family)


def japanese(
    family: str,
    given: str,
    title: str,
    languages: tuple[str, ...] = ("ja",),
    document_language: DocumentLanguage = JA,
    badge: BadgeCategory = BadgeCategory.DELEGATE,
    *,
    kanji: tuple[str, str],
    kana: tuple[str, str],
) -> Person:
    """A named Japanese person; ``kanji`` and ``kana`` are (family, given)."""
    return Person(
        given, family, title, languages, document_language, badge,
        kanji[0], kanji[1], kana[0], kana[1],
    )  # fmt: skip


def italian(
    given: str,
    family: str,
    title: str,
    languages: tuple[str, ...] = ("it", "en"),
    document_language: DocumentLanguage = IT,
    badge: BadgeCategory = BadgeCategory.DELEGATE,
) -> Person:
    """A named Italian (or any Latin-script-only) person."""
    return Person(given, family, title, languages, document_language, badge)


SENIOR_TITLES_IT = (
    "Amministratore delegato", "CEO", "Direttore generale", "Titolare", "Managing Director",
    "Presidente", "Founder & CEO", "General Manager",
)  # fmt: skip
OTHER_TITLES_IT = (
    "Export Manager", "Responsabile commerciale estero", "Business Development Manager",
    "Responsabile R&D", "Key Account Manager", "Sales Manager Asia", "Responsabile acquisti",
    "Project Engineer", "Responsabile qualità", "Technical Director", "Area Manager Far East",
)  # fmt: skip
SENIOR_TITLES_JA = (
    "President", "President & CEO", "Representative Director", "Managing Director",
    "Executive Officer", "General Manager, Overseas Business Division",
)  # fmt: skip
OTHER_TITLES_JA = (
    "Manager, Business Development", "Deputy General Manager, Sales",
    "Section Manager, International Sales", "Chief Engineer", "Manager, Procurement",
    "Engineer, R&D Center", "Assistant Manager, Overseas Sales", "Manager, Corporate Planning",
    "Manager, Technology Planning",
)  # fmt: skip

# How the Japanese delegates' titles read on their own business cards.
TITLES_JA: dict[str, str] = {
    "President": "社長",
    "President & CEO": "代表取締役社長",
    "Representative Director": "代表取締役",
    "Managing Director": "常務取締役",
    "Executive Officer": "執行役員",
    "General Manager, Overseas Business Division": "海外事業本部 本部長",
    "Manager, Business Development": "事業開発部 課長",
    "Deputy General Manager, Sales": "営業部 副部長",
    "Section Manager, International Sales": "海外営業課 課長",
    "Chief Engineer": "主任技師",
    "Manager, Procurement": "調達部 課長",
    "Engineer, R&D Center": "技術研究所 技師",
    "Assistant Manager, Overseas Sales": "海外営業部 係長",
    "Manager, Corporate Planning": "経営企画部 課長",
    "Manager, Technology Planning": "技術企画部 課長",
    "Chairman": "会頭",
    "Vice Chairman": "副会頭",
    "Chief Designer": "チーフデザイナー",
    "Director General, Economic Affairs Bureau": "経済局長",
    "Export Manager": "輸出担当マネージャー",
    "International Division": "国際部",
    "Manager, International Division": "国際部 課長",
    "Interpreter (Italian–Japanese)": "通訳（イタリア語・日本語）",
    "Photographer": "カメラマン",
    "Reporter": "記者",
}

_ITALIAN_LANGUAGES: tuple[tuple[tuple[str, ...], int], ...] = (
    (("it",), 30),
    (("it", "en"), 55),
    (("it", "en", "fr"), 9),
    (("it", "en", "de"), 6),
)
_JAPANESE_LANGUAGES: tuple[tuple[tuple[str, ...], int], ...] = (
    (("ja",), 45),
    (("ja", "en"), 52),
    (("ja", "en", "zh"), 3),
)


def _pick_languages(
    rng: random.Random, table: tuple[tuple[tuple[str, ...], int], ...]
) -> tuple[str, ...]:
    return rng.choices([langs for langs, _ in table], [w for _, w in table])[0]


class Deck(Generic[T]):
    """Draws items in shuffled rounds, so names spread evenly instead of clustering."""

    def __init__(self, rng: random.Random, items: Sequence[T]) -> None:
        self._rng = rng
        self._items = list(items)
        self._left: list[T] = []

    def draw(self) -> T:
        if not self._left:
            self._left = self._items[:]
            self._rng.shuffle(self._left)
        return self._left.pop()


class PeopleMaker:
    """Random Italian and Japanese delegates, never two with the same name in a mission."""

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self.taken: set[tuple[str, str]] = set()
        self._it_given = Deck(rng, ITALIAN_GIVEN_NAMES)
        self._it_family = Deck(rng, ITALIAN_FAMILY_NAMES)
        self._ja_family = Deck(rng, JAPANESE_FAMILY_NAMES)
        self._ja_given_m = Deck(rng, JAPANESE_GIVEN_NAMES_M)
        self._ja_given_f = Deck(rng, JAPANESE_GIVEN_NAMES_F)

    def italian(self, senior: bool) -> Person:
        rng = self.rng
        while True:
            given, family = self._it_given.draw(), self._it_family.draw()
            if (given, family) not in self.taken:
                break
        languages = _pick_languages(rng, _ITALIAN_LANGUAGES)
        document = EN if "en" in languages and rng.random() < 0.3 else IT
        title = rng.choice(SENIOR_TITLES_IT if senior else OTHER_TITLES_IT)
        return Person(given, family, title, languages, document)

    def japanese(self, senior: bool) -> Person:
        rng = self.rng
        while True:
            family = self._ja_family.draw()
            given = (self._ja_given_f if rng.random() < 0.3 else self._ja_given_m).draw()
            if (given[0], family[0]) not in self.taken:
                break
        languages = _pick_languages(rng, _JAPANESE_LANGUAGES)
        document = EN if "en" in languages and rng.random() < 0.12 else JA
        title = rng.choice(SENIOR_TITLES_JA if senior else OTHER_TITLES_JA)
        return Person(
            given[0], family[0], title, languages, document, BadgeCategory.DELEGATE,
            family[1], given[1], family[2], given[2],
        )  # fmt: skip


def ascii_slug(text: str) -> str:
    """Lower-case ASCII letters and digits only: "Niccolò D'Agostino" -> "niccolodagostino"."""
    folded = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]", "", folded.lower())


_LEGAL_FORMS = re.compile(r"\b(S\.p\.A\.|S\.r\.l\.)", re.IGNORECASE)


def domain_for(name: str) -> str:
    """An invented e-mail domain for an organisation: "chubu-seimitsu.example"."""
    words = [ascii_slug(w) for w in _LEGAL_FORMS.sub("", name).split()]
    words = [w for w in words if w and w not in {"di", "delle", "della", "del"}]
    return "-".join(words[:2]) + ".example"


EMAIL_STYLES = ("{g}.{f}", "{g0}.{f}", "{f}.{g}", "{f}-{g0}")


def email_for(person: Person, domain: str, style: str, taken: set[str]) -> str:
    """A company-style address, unique (case-insensitively) within ``taken``."""
    given = ascii_slug(person.given.split()[0])
    family = ascii_slug(person.family)
    local = style.format(g=given, f=family, g0=given[:1])
    address = f"{local}@{domain}"
    n = 2
    while address.lower() in taken:
        address = f"{local}{n}@{domain}"
        n += 1
    taken.add(address.lower())
    return address


def phone_for(rng: random.Random, italian_number: bool) -> str:
    """A plausible Turin or Nagoya number (landline or mobile) in international format."""
    digits = rng.randrange
    if italian_number:
        if rng.random() < 0.6:
            return f"+39 3{digits(20, 50)} {digits(100, 1000)} {digits(1000, 10000)}"
        return f"+39 011 {digits(100, 1000)} {digits(1000, 10000)}"
    if rng.random() < 0.6:
        return f"+81 {rng.choice(('80', '90'))}-{digits(1000, 10000)}-{digits(1000, 10000)}"
    return f"+81 52-{digits(200, 1000)}-{digits(1000, 10000)}"
