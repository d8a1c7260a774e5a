"""Reading PROBLEM.json: every malformed or contradictory file names its culprit."""

from __future__ import annotations

import copy
import random
from collections.abc import Callable
from typing import Any

import pytest
from hypothesis import given, settings

from app.scheduler.problem import InterpreterMode, Problem, ProblemError, parse_problem
from tests.scheduler_strategies import problem_to_raw, problems, random_raw

GOOD: dict[str, Any] = {
    "sessions": [{"id": "d2-pm", "slots": ["d2-1", "d2-2", "d2-3"]}],
    "tables": ["T1", "T2"],
    "interpreters": [{"id": "i1", "languages": ["it", "ja"], "unavailable_slots": []}],
    "participants": [
        {
            "id": "org-12",
            "side": "turin",
            "languages": ["it", "en"],
            "capacity": 1,
            "unavailable_slots": ["d2-3"],
        },
        {"id": "org-40", "side": "nagoya", "languages": ["ja"], "capacity": 1},
        {"id": "org-41", "side": "nagoya", "languages": ["ja", "en"]},
    ],
    "meetings": [
        {
            "id": "r-1",
            "a": "org-12",
            "b": "org-40",
            "weight": 3,
            "mandatory": False,
            "allowed_slots": None,
            "fixed_slot": None,
            "interpreter": "auto",
        },
        {"id": "r-2", "a": "org-12", "b": "org-41"},
    ],
    "published": [
        {"meeting": "r-1", "slot": "d2-2", "table": "T1", "interpreter": "i1", "locked": False}
    ],
    "options": {"time_limit_s": 60, "max_breaks_spread": None, "min_meetings_per_participant": 0},
}

Edit = Callable[[dict[str, Any]], object]


def edited(edit: Edit) -> dict[str, Any]:
    raw = copy.deepcopy(GOOD)
    edit(raw)
    return raw


def test_the_issue_example_parses() -> None:
    p = parse_problem(copy.deepcopy(GOOD))
    assert p.slots == ("d2-1", "d2-2", "d2-3")
    assert p.needs_interpreter(p.meeting["r-1"]) and not p.needs_interpreter(p.meeting["r-2"])
    assert p.candidate_slots(p.meeting["r-1"]) == ("d2-1", "d2-2")
    assert p.meeting["r-2"].interpreter is InterpreterMode.AUTO
    assert p.published_of["r-1"].interpreter == "i1"


def _set(path: str, value: Any) -> Edit:
    """An edit setting raw[a][i][b]… (ints index lists) to value."""

    def edit(raw: dict[str, Any]) -> None:
        keys: list[Any] = [int(k) if k.isdigit() else k for k in path.split(".")]
        target: Any = raw
        for k in keys[:-1]:
            target = target[k]
        target[keys[-1]] = value

    return edit


def _append(key: str, value: Any) -> Edit:
    def edit(raw: dict[str, Any]) -> None:
        raw[key].append(value)

    return edit


CASES: list[tuple[str, Edit, tuple[str, ...]]] = [
    # unknown ids
    ("meeting names unknown participant", _set("meetings.0.b", "org-99"), ("r-1", "org-99")),
    (
        "participant away in unknown slot",
        _set("participants.1.unavailable_slots", ["d9"]),
        ("org-40", "d9"),
    ),
    (
        "interpreter away in unknown slot",
        _set("interpreters.0.unavailable_slots", ["zz"]),
        ("i1", "zz"),
    ),
    ("allowed slot unknown", _set("meetings.0.allowed_slots", ["d2-1", "x"]), ("r-1", "'x'")),
    ("fixed slot unknown", _set("meetings.0.fixed_slot", "x"), ("r-1", "'x'")),
    ("published unknown meeting", _set("published.0.meeting", "r-9"), ("r-9",)),
    ("published unknown slot", _set("published.0.slot", "d7"), ("r-1", "d7")),
    ("published unknown table", _set("published.0.table", "T9"), ("r-1", "T9")),
    ("published unknown interpreter", _set("published.0.interpreter", "i9"), ("r-1", "i9")),
    # contradictions
    (
        "fixed slot outside allowed",
        lambda r: r["meetings"][0].update(allowed_slots=["d2-1"], fixed_slot="d2-2"),
        ("r-1", "d2-2", "allowed"),
    ),
    (
        "mandatory with no common slot",
        lambda r: r["meetings"][0].update(mandatory=True, fixed_slot="d2-3"),
        ("r-1", "mandatory", "org-12", "org-40"),
    ),
    (
        "mandatory needing an interpreter nobody can be",
        lambda r: (r["meetings"][0].update(mandatory=True), r.update(interpreters=[])),
        ("r-1", "mandatory", "interpreter"),
    ),
    ("meeting with itself", _set("meetings.0.b", "org-12"), ("r-1", "org-12")),
    (
        "both of one side",
        _set("participants.2.side", "turin"),
        ("r-2", "org-12", "org-41", "turin"),
    ),
    (
        "sessions names an unknown session",
        _set("meetings.0.sessions", ["d2-pm", "evening"]),
        ("r-1", "'evening'", "'d2-pm'"),
    ),
    ("sessions an empty list", _set("meetings.0.sessions", []), ("r-1", "sessions")),
    ("sessions not a list", _set("meetings.0.sessions", "d2-pm"), ("r-1", "sessions")),
    (
        "fixed slot outside its sessions",
        lambda r: (
            r["sessions"].append({"id": "d3-am", "slots": ["d3-1"]}),
            r["meetings"][0].update(sessions=["d3-am"], fixed_slot="d2-1"),
        ),
        ("r-1", "d2-1", "sessions"),
    ),
    (
        "mandatory with no common slot in its session",
        lambda r: (
            r["sessions"].append({"id": "d3-am", "slots": ["d3-1"]}),
            r["participants"][0]["unavailable_slots"].append("d3-1"),
            r["meetings"][0].update(sessions=["d3-am"], mandatory=True),
        ),
        ("r-1", "mandatory", "org-12", "org-40"),
    ),
    ("no tables", _set("tables", []), ("tables",)),
    ("session without slots", _set("sessions.0.slots", []), ("d2-pm",)),
    # duplicates
    ("duplicate table", _set("tables", ["T1", "T1"]), ("tables", "T1")),
    ("duplicate slot", _set("sessions.0.slots", ["d2-1", "d2-1"]), ("slots", "d2-1")),
    (
        "duplicate session",
        _append("sessions", {"id": "d2-pm", "slots": ["x"]}),
        ("sessions", "d2-pm"),
    ),
    (
        "duplicate participant",
        _append("participants", {"id": "org-40", "side": "nagoya", "languages": ["ja"]}),
        ("participants", "org-40"),
    ),
    (
        "duplicate meeting",
        _append("meetings", {"id": "r-1", "a": "org-41", "b": "org-12"}),
        ("meetings", "r-1"),
    ),
    (
        "duplicate interpreter",
        _append("interpreters", {"id": "i1", "languages": ["en", "ja"]}),
        ("interpreters", "i1"),
    ),
    (
        "duplicate published",
        _append("published", {"meeting": "r-1", "slot": "d2-1", "table": "T2"}),
        ("published", "r-1"),
    ),
    # wrong types
    ("weight a string", _set("meetings.0.weight", "3"), ("r-1", "weight")),
    ("weight negative", _set("meetings.0.weight", -1), ("r-1", "weight")),
    ("weight a boolean", _set("meetings.0.weight", True), ("r-1", "weight")),
    ("capacity zero", _set("participants.1.capacity", 0), ("org-40", "capacity")),
    ("mandatory a string", _set("meetings.0.mandatory", "yes"), ("r-1", "mandatory")),
    ("interpreter mode unknown", _set("meetings.0.interpreter", "maybe"), ("r-1", "maybe")),
    ("locked not a boolean", _set("published.0.locked", 1), ("r-1", "locked")),
    ("languages not a list", _set("participants.0.languages", "it"), ("org-12", "languages")),
    ("interpreter one language", _set("interpreters.0.languages", ["it"]), ("i1", "two")),
    ("participant id missing", _set("participants.0.id", None), ("participants[0].id",)),
    ("meeting id a number", _set("meetings.1.id", 7), ("meetings[1].id",)),
    ("meetings not a list", _set("meetings", {"r-1": {}}), ("meetings",)),
    ("participant not an object", _set("participants.2", "org-41"), ("participants[2]",)),
    ("time limit negative", _set("options.time_limit_s", -5), ("time_limit_s",)),
    ("spread a float", _set("options.max_breaks_spread", 1.5), ("max_breaks_spread",)),
    ("minimum negative", _set("options.min_meetings_per_participant", -1), ("min_meetings",)),
    ("no sessions", lambda r: r.pop("sessions"), ("sessions",)),
]


@pytest.mark.parametrize(("name", "edit", "words"), CASES, ids=[c[0] for c in CASES])
def test_bad_problem_names_its_culprit(name: str, edit: Edit, words: tuple[str, ...]) -> None:
    with pytest.raises(ProblemError) as info:
        parse_problem(edited(edit))
    message = str(info.value)
    for w in words:
        assert w in message, (name, message)


@pytest.mark.parametrize("raw", [[], "x", None, 3])
def test_problem_must_be_an_object(raw: Any) -> None:
    with pytest.raises(ProblemError, match="JSON object"):
        parse_problem(raw)


def test_the_same_two_participants_may_meet_twice() -> None:
    """Real fairs have them: a second meeting of org-12 and org-40 is read, not refused (the
    one-meeting-per-organisation-pair rule is the mission's, not the solver's)."""
    raw = edited(_append("meetings", {"id": "r-3", "a": "org-40", "b": "org-12"}))
    p = parse_problem(raw)
    assert p.meeting["r-3"].pair == p.meeting["r-1"].pair == frozenset({"org-12", "org-40"})


def _two_sessions(raw: dict[str, Any]) -> None:
    raw["sessions"] = [
        {"id": "am", "slots": ["d2-1", "d2-2"]},
        {"id": "pm", "slots": ["d2-3", "d2-4", "d2-5"]},
    ]
    raw["participants"][0]["unavailable_slots"] = ["d2-4"]
    raw["published"] = []


def test_sessions_restrict_a_meetings_slots() -> None:
    """A meeting's sessions give it their slots, intersected with its allowed slots."""
    raw = edited(_two_sessions)
    raw["meetings"][0]["sessions"] = ["pm"]  # afternoon only; org-12 is away in d2-4
    raw["meetings"][1].update(sessions=["am", "pm"], allowed_slots=["d2-2", "d2-3"])
    raw["meetings"].append({"id": "r-3", "a": "org-41", "b": "org-12", "sessions": ["am"]})
    p = parse_problem(raw)
    assert p.meeting["r-1"].sessions == frozenset({"pm"})
    assert p.candidate_slots(p.meeting["r-1"]) == ("d2-3", "d2-5")
    assert p.candidate_slots(p.meeting["r-2"]) == ("d2-2", "d2-3")
    assert p.candidate_slots(p.meeting["r-3"]) == ("d2-1", "d2-2")
    assert p.allowed_slots_of(p.meeting["r-3"]) == frozenset({"d2-1", "d2-2"})


def test_optional_parts_may_be_missing() -> None:
    """interpreters, published and options may be left out; side may be null."""
    raw = edited(lambda r: [r.pop(k) for k in ("interpreters", "published", "options")])
    raw["participants"][0]["side"] = None
    p = parse_problem(raw)
    assert p.interpreters == () and p.published == () and p.options.time_limit_s == 60


@settings(max_examples=60, deadline=None)
@given(problems(mandatory=True))
def test_generated_problems_round_trip(p: Problem) -> None:
    """The strategies' problems are valid and survive a trip through the JSON form."""
    assert parse_problem(problem_to_raw(p)) == p


def test_random_raw_is_deterministic_and_valid() -> None:
    a = random_raw(random.Random(3), 30, 120, 10, 6, 2, n_sessions=2, published_p=0.4)
    b = random_raw(random.Random(3), 30, 120, 10, 6, 2, n_sessions=2, published_p=0.4)
    assert a == b
    p = parse_problem(a)
    assert len(p.meetings) == 120 and len(p.sessions) == 2 and p.published
