"""The idle gaps in a coordinator's words: "as few as possible" only when the gap phase
proved it; otherwise the floor it proved, or that fewer may be possible."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime

import pytest

from app.services.schedule_runs import RunSummary
from app.services.schedule_summary import run_summary

RUN = RunSummary(
    finished_at=datetime(2027, 10, 4, 9, 0, tzinfo=UTC),
    status="optimal",  # the selection proven best: says nothing of the idle gaps
    cancelled=False,
    time_limit_s=60,
    weight=883,
    upper_bound=883.0,
    breaks=14,
    breaks_spread=2,
    moved_from_published=0,
    solve_seconds=60.2,
    stored=205,
    unscheduled_count=0,
)

PROVEN = {
    "en": "Idle gaps between meetings: 9, as few as possible.",
    "it": "Attese tra un incontro e l'altro: 9, il minimo possibile.",
    "ja": "商談の合間の待ち時間: 9 回（最少）。",
}
FLOOR = {
    "en": "Idle gaps between meetings: 14; at least 9 cannot be avoided.",
    "it": "Attese tra un incontro e l'altro: 14; non possono essere meno di 9.",
    "ja": "商談の合間の待ち時間: 14 回（少なくとも 9 回は避けられません）。",
}
NO_FLOOR = {
    "en": "Idle gaps between meetings: 14 (fewer may be possible with more time).",
    "it": "Attese tra un incontro e l'altro: 14 (con più tempo potrebbero essere meno).",
    "ja": "商談の合間の待ち時間: 14 回（時間を延ばせば減る可能性があります）。",
}
LANGUAGES = ("en", "it", "ja")


@pytest.mark.parametrize("lang", LANGUAGES)
def test_proven_minimal_when_the_breaks_reach_the_floor(lang: str) -> None:
    """9 idle gaps against a proven floor of 9: as few as possible (even when stopped)."""
    run = replace(RUN, breaks=9, breaks_floor=9)
    assert run_summary(run).idle_gaps.text(lang) == PROVEN[lang]
    stopped = replace(run, status="feasible", cancelled=True)
    assert run_summary(stopped).idle_gaps.text(lang) == PROVEN[lang]


@pytest.mark.parametrize("lang", LANGUAGES)
def test_a_floor_below_the_breaks_is_said_not_proven(lang: str) -> None:
    """14 idle gaps against a floor of 9: the floor is said, never "as few as possible" —
    whatever the run's status (the selection's proof is not the gap phase's)."""
    words = run_summary(replace(RUN, breaks_floor=9)).idle_gaps.text(lang)
    assert words == FLOOR[lang]
    assert words != PROVEN[lang].replace("9", "14")


@pytest.mark.parametrize("lang", LANGUAGES)
@pytest.mark.parametrize("floor", [None, 0])
def test_no_floor_says_fewer_may_be_possible(lang: str, floor: int | None) -> None:
    """No floor known (or only the trivial 0): fewer may be possible, even for an "optimal"
    run stored before the floor was kept."""
    assert run_summary(replace(RUN, breaks_floor=floor)).idle_gaps.text(lang) == NO_FLOOR[lang]


@pytest.mark.parametrize("floor", [None, 0, 3])
def test_no_idle_gap_needs_no_proof(floor: int | None) -> None:
    assert run_summary(replace(RUN, breaks=0, breaks_floor=floor)).idle_gaps.text("en") == (
        "No one waits between meetings."
    )
