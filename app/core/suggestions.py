"""Suggested pairs: organisations of opposite sides worth introducing to each other.

A pure function of the organisations (sides, sectors, profiles in any of it/ja/en, capacity
left) and of the pairs already asked (or refused): no database. Two organisations score

- 3 for each sector they share (both automotive),
- 2 for each pair of complementary sectors (an automotive maker and a materials firm),
- 1 for each keyword both profiles mention, in whichever language each is written
  ("stampaggio" in one, "プレス" in the other is one shared keyword: stamping).

A pair scores only when its sectors or profiles say something (at least one of the above),
and only when both have room for another meeting. The order is by score, then by the pair's
ids, so the same data always gives the same list whatever order it came in.
"""

from __future__ import annotations

import heapq
import re
import unicodedata
from collections.abc import Collection, Iterable, Mapping, Sequence
from dataclasses import dataclass
from functools import cache

from app.common.wording import Message, Wording, listed
from app.core import suggestion_messages as msg
from app.model.enums import Sector, Side

SHARED_SECTOR_POINTS = 3
COMPLEMENT_POINTS = 2
KEYWORD_POINTS = 1

# Sectors whose sharing says nothing about a business match (two chambers, two cities).
NOT_MATCHED = frozenset({Sector.INSTITUTION})

# Unordered pairs of sectors that buy from or build with each other.
COMPLEMENTARY: frozenset[frozenset[Sector]] = frozenset(
    frozenset(pair)
    for pair in (
        (Sector.AUTOMOTIVE, Sector.MATERIALS),
        (Sector.AUTOMOTIVE, Sector.ELECTRONICS),
        (Sector.AUTOMOTIVE, Sector.ROBOTICS),
        (Sector.AUTOMOTIVE, Sector.MACHINERY),
        (Sector.AUTOMOTIVE, Sector.DESIGN),
        (Sector.AUTOMOTIVE, Sector.GREEN_TRANSITION),
        (Sector.AEROSPACE, Sector.MATERIALS),
        (Sector.AEROSPACE, Sector.MACHINERY),
        (Sector.AEROSPACE, Sector.ELECTRONICS),
        (Sector.ROBOTICS, Sector.MACHINERY),
        (Sector.ROBOTICS, Sector.ELECTRONICS),
        (Sector.ROBOTICS, Sector.DIGITAL),
        (Sector.ELECTRONICS, Sector.DIGITAL),
        (Sector.MACHINERY, Sector.MATERIALS),
        (Sector.ENERGY, Sector.GREEN_TRANSITION),
        (Sector.ENERGY, Sector.ELECTRONICS),
        (Sector.DESIGN, Sector.MATERIALS),
    )
)


@dataclass(frozen=True)
class Keyword:
    """One idea a profile may mention, named in the three languages, with the spellings
    that count: Latin ones match at the start of a word (so "composit" finds composites and
    compositi), Japanese ones anywhere."""

    key: str
    en: str
    it: str
    ja: str
    latin: tuple[str, ...]
    japanese: tuple[str, ...] = ()

    def label(self) -> Message:
        return KEYWORD_NAMES[self.key]()


KEYWORDS: tuple[Keyword, ...] = (
    Keyword("stamping", "stamping", "stampaggio", "プレス",
            ("stamping", "stampings", "stampaggi", "stampi", "sheet-metal", "sheet metal",
             "lamiera", "hot-formed", "hot stamping"), ("プレス", "板金", "スタンプ")),
    Keyword("casting", "casting", "fonderia", "鋳造",
            ("casting", "die cast", "die-cast", "fonderi", "pressofusion", "foundry"),
            ("鋳造", "ダイカスト", "鋳物")),
    Keyword("composites", "composites", "compositi", "複合材",
            ("composite", "compositi", "carbon fibre", "carbon fiber", "fibra di carbonio",
             "cfrp"), ("複合材", "炭素繊維")),
    Keyword("powertrain", "powertrain", "powertrain", "パワートレイン",
            ("powertrain", "drivetrain", "transmission", "trasmission", "gear", "ingranagg",
             "e-axle"), ("パワートレイン", "変速機", "トランスミッション", "ギア", "ギヤ",
                                  "電動アクスル")),
    Keyword("ev", "EV", "veicoli elettrici", "電動化",
            ("ev", "evs", "electric vehicle", "electrification", "elettrificazion",
             "veicoli elettrici", "veicolo elettrico", "e-mobility", "hybrid", "ibrid"),
            ("電動化", "電気自動車", "ハイブリッド")),
    Keyword("battery", "batteries", "batterie", "電池",
            ("batter", "battery cell"), ("電池", "バッテリー")),
    Keyword("machining", "machining", "lavorazioni meccaniche", "機械加工",
            ("machining", "cnc", "lavorazion", "milling", "fresatur", "grinding", "rettific"),
            ("機械加工", "切削", "研削")),
    Keyword("moulding", "moulding", "stampaggio plastico", "成形",
            ("moulding", "molding", "injection", "iniezion"), ("成形", "射出")),
    Keyword("automation", "automation", "automazione", "自動化",
            ("automation", "automazion", "robot", "cobot"), ("自動化", "ロボット")),
    Keyword("sensors", "sensors", "sensori", "センサー",
            ("sensor", "sensori", "lidar", "radar"), ("センサ", "レーダー")),
    Keyword("avionics", "avionics", "avionica", "アビオニクス",
            ("avionic", "flight-test", "flight test"), ("アビオニクス", "航空電子", "飛行試験")),
    Keyword("aircraft", "aircraft structures", "aerostrutture", "機体",
            ("aircraft", "airframe", "aerostruttur", "fuselage", "fusoliera", "velivol",
             "aerostructure"), ("機体", "航空機", "胴体")),
    Keyword("hydrogen", "hydrogen", "idrogeno", "水素",
            ("hydrogen", "idrogeno", "fuel cell"), ("水素", "燃料電池")),
    Keyword("lightweight", "lightweighting", "alleggerimento", "軽量化",
            ("lightweight", "alleggeriment", "high-strength", "aluminium", "aluminum",
             "alluminio"), ("軽量", "高張力", "アルミ")),
    Keyword("welding", "welding", "saldatura", "溶接",
            ("welding", "saldatur", "joining"), ("溶接", "接合")),
    Keyword("software", "software", "software", "ソフトウェア",
            ("software", "embedded", "artificial intelligence", "intelligenza artificiale",
             "machine learning"), ("ソフトウェア", "組込み", "人工知能")),
    Keyword("semiconductors", "semiconductors", "semiconduttori", "半導体",
            ("semiconductor", "semicondutt", "power electronics", "elettronica di potenza",
             "chip"), ("半導体", "パワー半導体")),
    Keyword("testing", "testing", "collaudo", "試験",
            ("testing", "test bench", "collaud", "inspection", "metrolog"),
            ("試験", "検査", "計測")),
    Keyword("tier1", "Tier-1 supply", "fornitura Tier-1", "ティア1",
            ("tier 1", "tier-1", "tier1", "primo livello", "oem", "carmaker",
             "casa automobilistic"),
            ("ティア1", "一次サプライヤー", "完成車メーカー")),
    Keyword("design", "vehicle design", "design di veicoli", "車両デザイン",
            ("styling", "concept car", "car design"), ("デザイン", "スタイリング")),
)  # fmt: skip


@dataclass(frozen=True)
class Candidate:
    """An organisation as the suggestions see it."""

    id: int
    side: Side | None
    sectors: frozenset[Sector]
    profiles: tuple[str, ...]  # its profile in each language it has one
    room: int | None = None  # meetings it can still take (None: no limit); 0: full


@dataclass(frozen=True)
class Suggestion:
    """``requester`` and ``requested`` should meet: ``requester`` is the one that asked for
    fewer meetings so far (accepting the suggestion fills the shorter wish list)."""

    requester: int
    requested: int
    score: int
    shared_sectors: tuple[Sector, ...]
    complementary: tuple[tuple[Sector, Sector], ...]  # (requester's, requested's)
    keywords: tuple[str, ...]  # Keyword.key, in KEYWORDS order

    @property
    def pair(self) -> frozenset[int]:
        return frozenset((self.requester, self.requested))

    @property
    def reason(self) -> Message:
        """'Both automotive; profiles share: stamping, EV', in the reader's language."""
        parts: list[Message] = []
        if self.shared_sectors:
            names = [msg.SECTOR_NAMES[s]() for s in self.shared_sectors]
            parts.append(msg.BOTH_IN(sectors=listed(names, msg.SLASH)))
        for a, b in self.complementary:
            parts.append(msg.COMPLEMENT(a=msg.SECTOR_NAMES[a](), b=msg.SECTOR_NAMES[b]()))
        if self.keywords:
            labels = [_KEYWORD_BY_KEY[k].label() for k in self.keywords]
            parts.append(msg.PROFILES_SHARE(keywords=listed(labels, msg.COMMA)))
        return listed(parts, msg.PARTS)


_KEYWORD_BY_KEY = {k.key: k for k in KEYWORDS}
KEYWORD_NAMES: dict[str, Wording] = {
    k.key: Wording(f"suggestions.keyword.{k.key}", en=k.en, it=k.it, ja=k.ja) for k in KEYWORDS
}


def normalise(text: str) -> str:
    """NFKC (full-width Latin and half-width kana become ordinary), case-folded, with
    accents kept (Italian words keep their meaning)."""
    return unicodedata.normalize("NFKC", text).casefold()


def _latin_spelling(spelling: str) -> str:
    """At the start of a word; a short spelling ("EV", "CNC") is a whole word."""
    word = normalise(spelling)
    end = r"(?![0-9a-zà-ÿ])" if len(word) <= 3 else ""
    return r"(?<![0-9a-zà-ÿ])" + re.escape(word) + end


@cache
def _latin_pattern(key: str) -> re.Pattern[str]:
    """Any Latin spelling of the keyword ``key``."""
    return re.compile("|".join(_latin_spelling(x) for x in _KEYWORD_BY_KEY[key].latin))


def keywords_of(texts: Iterable[str]) -> frozenset[str]:
    """The keys of the keywords the texts mention."""
    found = set()
    joined = "\n".join(normalise(t) for t in texts if t)
    if not joined:
        return frozenset()
    for k in KEYWORDS:
        if any(normalise(j) in joined for j in k.japanese) or _latin_pattern(k.key).search(joined):
            found.add(k.key)
    return frozenset(found)


def suggest_pairs(
    candidates: Sequence[Candidate],
    asked: Collection[tuple[int, int]],
    *,
    requests_made: Mapping[int, int] | None = None,
    limit: int | None = None,
) -> list[Suggestion]:
    """The pairs of opposite sides worth a meeting, best first.

    ``asked`` holds every (requester, requested) already there, "no thanks" included: a pair
    asked either way is never suggested. ``requests_made`` counts the requests each
    organisation made (who becomes the requester). Organisations without a side, or with no
    room left, are left out.
    """
    made = requests_made or {}
    taken = {(min(a, b), max(a, b)) for a, b in asked}
    orgs = sorted(
        (c for c in candidates if c.side is not None and (c.room is None or c.room > 0)),
        key=lambda c: c.id,
    )
    words = {c.id: keywords_of(c.profiles) for c in orgs}
    turin = [c for c in orgs if c.side is Side.TURIN]
    nagoya = [c for c in orgs if c.side is Side.NAGOYA]
    # Scores first (cheap), the suggestions themselves only for the ones listed.
    scored: list[tuple[int, int, int, Candidate, Candidate]] = []
    for a in turin:
        mine = words[a.id]
        for b in nagoya:
            lo, hi = (a.id, b.id) if a.id < b.id else (b.id, a.id)
            if (lo, hi) in taken:
                continue
            shared, complementary = _sector_match(a.sectors, b.sectors)
            score = (
                SHARED_SECTOR_POINTS * len(shared)
                + COMPLEMENT_POINTS * len(complementary)
                + KEYWORD_POINTS * len(mine & words[b.id])
            )
            if score:
                scored.append((-score, lo, hi, a, b))
    best = heapq.nsmallest(limit, scored) if limit is not None else sorted(scored)
    out = []
    for _score_key, _lo, _hi, a, b in best:
        found = _score(a, b, words[a.id] & words[b.id])
        assert found is not None
        out.append(oriented(found, made))
    return out


_ORDER = {sector: i for i, sector in enumerate(Sector)}


def _score(a: Candidate, b: Candidate, common: frozenset[str]) -> Suggestion | None:
    shared, complementary = _sector_match(a.sectors, b.sectors)
    keywords = tuple(k.key for k in KEYWORDS if k.key in common) if common else ()
    score = (
        SHARED_SECTOR_POINTS * len(shared)
        + COMPLEMENT_POINTS * len(complementary)
        + KEYWORD_POINTS * len(keywords)
    )
    if score == 0:
        return None
    return Suggestion(a.id, b.id, score, shared, complementary, keywords)


@cache
def _sector_match(
    a: frozenset[Sector], b: frozenset[Sector]
) -> tuple[tuple[Sector, ...], tuple[tuple[Sector, Sector], ...]]:
    """The sectors shared, and the complementary pairs (a's, b's), in the enum's order."""
    sectors_a, sectors_b = a - NOT_MATCHED, b - NOT_MATCHED
    shared = tuple(sorted(sectors_a & sectors_b, key=_ORDER.__getitem__))
    complementary = tuple(
        sorted(
            (
                (x, y)
                for x in sectors_a - sectors_b
                for y in sectors_b - sectors_a
                if frozenset((x, y)) in COMPLEMENTARY
            ),
            key=lambda p: (_ORDER[p[0]], _ORDER[p[1]]),
        )
    )
    return shared, complementary


def oriented(s: Suggestion, requests_made: Mapping[int, int]) -> Suggestion:
    """The suggestion with the organisation that asked for fewer meetings as the requester
    (ties: the lower id), its complementary sectors turned to match."""
    a, b = s.requester, s.requested
    if (requests_made.get(b, 0), b) < (requests_made.get(a, 0), a):
        return Suggestion(
            b, a, s.score, s.shared_sectors, tuple((y, x) for x, y in s.complementary), s.keywords
        )
    return s
