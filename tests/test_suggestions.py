"""Suggested pairs (pure): properties over any organisations and requests, and the keywords
found in profiles written in Italian, Japanese or English."""

from __future__ import annotations

import random

from hypothesis import given, settings
from hypothesis import strategies as st

from app.core.suggestions import KEYWORDS, Candidate, keywords_of, suggest_pairs
from app.model.enums import Sector, Side

PHRASES = [
    "stamping dies", "stampaggio lamiera", "車体プレス部品", "die casting", "fonderia",
    "鋳造", "composites", "compositi", "複合材", "EV", "電動化", "powertrain", "gears",
    "automation", "ロボット", "every event", "welding", "溶接", "sensori", "",
]  # fmt: skip

candidates = st.builds(
    Candidate,
    id=st.integers(1, 40),
    side=st.sampled_from([Side.TURIN, Side.NAGOYA, None]),
    sectors=st.frozensets(st.sampled_from(list(Sector)), max_size=3),
    profiles=st.lists(st.sampled_from(PHRASES), max_size=3).map(lambda x: (" ".join(x),)),
    room=st.one_of(st.none(), st.integers(0, 3)),
)
orgs_lists = st.lists(candidates, max_size=25, unique_by=lambda c: c.id)


@st.composite
def missions(draw: st.DrawFn) -> tuple[list[Candidate], list[tuple[int, int]]]:
    orgs = draw(orgs_lists)
    ids = [c.id for c in orgs] or [1]
    asked = draw(st.lists(st.tuples(st.sampled_from(ids), st.sampled_from(ids)), max_size=30))
    return orgs, [(a, b) for a, b in asked if a != b]


@settings(max_examples=200, deadline=None)
@given(missions())
def test_never_same_side_nor_asked_and_sorted(
    mission: tuple[list[Candidate], list[tuple[int, int]]],
) -> None:
    orgs, asked = mission
    by_id = {c.id: c for c in orgs}
    taken = {frozenset(p) for p in asked}
    found = suggest_pairs(orgs, asked)
    for s in found:
        a, b = by_id[s.requester], by_id[s.requested]
        assert a.side is not None and b.side is not None and a.side is not b.side
        assert s.pair not in taken
        assert a.room != 0 and b.room != 0
        assert s.score > 0
        assert s.reason.text("en") and s.reason.text("ja") and s.reason.text("it")
    assert [s.score for s in found] == sorted((s.score for s in found), reverse=True)
    assert len({s.pair for s in found}) == len(found)


@settings(max_examples=100, deadline=None)
@given(missions(), st.randoms(use_true_random=False))
def test_stable_whatever_the_order(
    mission: tuple[list[Candidate], list[tuple[int, int]]], rnd: random.Random
) -> None:
    orgs, asked = mission
    made = {c.id: c.id % 3 for c in orgs}
    first = suggest_pairs(orgs, asked, requests_made=made)
    shuffled, shuffled_asked = list(orgs), list(asked)
    rnd.shuffle(shuffled)
    rnd.shuffle(shuffled_asked)
    assert suggest_pairs(shuffled, shuffled_asked, requests_made=made) == first
    assert suggest_pairs(orgs, asked, requests_made=made, limit=3) == first[:3]


def test_keywords_in_three_languages_are_one() -> None:
    assert (
        keywords_of(["Stampaggio lamiera per veicoli elettrici"])
        == keywords_of(["Body stampings for EVs"])
        == keywords_of(["車体プレス部品（電動化）"])
        == {"stamping", "ev"}
    )
    assert keywords_of(["Ｃｏｍｐｏｓｉｔｅｓ"]) == {"composites"}  # full width
    assert keywords_of(["every event, evidently"]) == frozenset()  # EV is a whole word
    assert keywords_of([""]) == frozenset()


def test_every_keyword_matches_its_own_spellings() -> None:
    for k in KEYWORDS:
        for spelling in (*k.latin, *k.japanese):
            assert k.key in keywords_of([f"({spelling})"]), (k.key, spelling)


def test_a_turin_supplier_and_a_nagoya_tier1() -> None:
    turin = Candidate(1, Side.TURIN, frozenset({Sector.AUTOMOTIVE}), ("Stampaggio lamiera, EV",))
    tier1 = Candidate(2, Side.NAGOYA, frozenset({Sector.AUTOMOTIVE}), ("プレス部品、電動化",))
    food = Candidate(3, Side.NAGOYA, frozenset({Sector.FOOD}), ("Miso",))
    composites = Candidate(
        4, Side.TURIN, frozenset({Sector.AEROSPACE, Sector.MATERIALS}), ("compositi",)
    )
    airframe = Candidate(5, Side.NAGOYA, frozenset({Sector.AEROSPACE}), ("機体、複合材",))
    found = suggest_pairs([turin, tier1, food, composites, airframe], [])
    pairs = [(s.requester, s.requested, s.score) for s in found]
    assert pairs == [(1, 2, 5), (4, 5, 4), (2, 4, 2)]  # the food firm matches nobody
    assert found[0].reason.text("en") == "Both automotive; profiles share: stamping, EV"
    assert found[1].reason.text("en") == "Both aerospace; profiles share: composites"
    assert found[2].reason.text("en") == "automotive meets materials"
    assert found[2].reason.text("ja") == "自動車と素材が補完"
    assert suggest_pairs([turin, tier1], [(2, 1)]) == []
