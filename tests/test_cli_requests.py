"""``ponte request`` and ``ponte suggest`` on the demo, on SQLite and PostgreSQL: add, no
thanks, remove, list, suggest and accept; bad input ends with "Error: …" and status 1."""

from __future__ import annotations

import pytest
from click.testing import CliRunner, Result
from sqlalchemy import select

from app.cli import build_cli
from app.model import Mission
from app.services import requests as service
from app.store import Store
from tests.demo_support import LoadDemo


@pytest.fixture
def demo(store: Store, load_demo: LoadDemo, db_target: str) -> tuple[Store, str, str]:
    load_demo(store)
    with store.session() as s:
        mission_id = s.scalars(select(Mission.id).where(Mission.host_city == "Nagoya")).one()
    return store, db_target, str(mission_id)


def run(db: str, *args: str) -> Result:
    return CliRunner().invoke(build_cli(), [*args, "--db", db], catch_exceptions=False)


def names(store: Store, mission: str) -> tuple[service.RequestBook, str, str, str]:
    book = service.load_book(store, int(mission))
    turin = next(o for o in book.organisations if o.side and o.side.value == "turin" and o.room)
    nagoya = next(
        o for o in book.organisations
        if o.side and o.side.value == "nagoya" and (turin.id, o.id) not in book.requests
        and (o.id, turin.id) not in book.requests
    )  # fmt: skip
    other_turin = next(o for o in book.organisations if o.side == turin.side and o.id != turin.id)
    return book, turin.name, nagoya.name_ja or nagoya.name, other_turin.name


def test_add_list_no_thanks_remove(demo: tuple[Store, str, str]) -> None:
    store, db, mission = demo
    book, turin, nagoya, _ = names(store, mission)
    m = ["--mission", mission]
    added = run(
        db, "request", "add", *m, "--from", turin, "--to", nagoya, "--priority", "5", "--mandatory"
    )
    assert added.exit_code == 0, added.output
    assert "priority 5, mandatory" in added.output
    listed = run(db, "request", "list", *m, "--organisation", turin)
    assert listed.exit_code == 0 and "priority 5 M" in listed.output
    back = run(db, "request", "add", *m, "--from", nagoya, "--to", turin)
    assert back.exit_code == 0
    assert "⇄" in run(db, "request", "list", *m, "--organisation", turin).output
    refused = run(db, "request", "no-thanks", *m, "--from", nagoya, "--to", turin)
    assert refused.exit_code == 0 and "No thanks" in refused.output
    whole = run(db, "request", "list", *m)
    assert f"{len(book.requests) + 2} requests" in whole.output and "✕ no thanks" in whole.output
    assert run(db, "request", "remove", *m, "--from", nagoya, "--to", turin).exit_code == 0
    assert run(db, "request", "remove", *m, "--from", turin, "--to", nagoya).exit_code == 0
    assert len(service.load_book(store, int(mission)).requests) == len(book.requests)


@pytest.mark.parametrize(
    ("args", "said"),
    [
        (
            ["--from", "{turin}", "--to", "{nagoya}", "--priority", "7"],
            "The priority must be from 1",
        ),
        (["--from", "{turin}", "--to", "{turin}"], "cannot ask to meet itself"),
        (["--from", "{turin}", "--to", "{other}"], "are both of the Turin side"),
        (
            ["--from", "{turin}", "--to", "No Such Company"],
            "'No Such Company' is not an organisation",
        ),
        (["--from", "999999", "--to", "{nagoya}"], "'999999' is not an organisation"),
    ],
)
def test_bad_requests_exit_1_with_an_error(
    demo: tuple[Store, str, str], args: list[str], said: str
) -> None:
    store, db, mission = demo
    _, turin, nagoya, other = names(store, mission)
    filled = [a.format(turin=turin, nagoya=nagoya, other=other) for a in args]
    before = len(service.load_book(store, int(mission)).requests)
    result = run(db, "request", "add", "--mission", mission, *filled)
    assert result.exit_code == 1
    assert result.output.startswith("Error: ") and said in result.output
    assert "Traceback" not in result.output
    assert len(service.load_book(store, int(mission)).requests) == before


def test_remove_what_is_not_there(demo: tuple[Store, str, str]) -> None:
    store, db, mission = demo
    _, turin, nagoya, _ = names(store, mission)
    result = run(db, "request", "remove", "--mission", mission, "--from", turin, "--to", nagoya)
    assert result.exit_code == 1 and "has not asked to meet" in result.output


def test_suggest_and_accept(demo: tuple[Store, str, str]) -> None:
    store, db, mission = demo
    before = service.load_book(store, int(mission))
    listed = run(db, "suggest", "--mission", mission, "--limit", "5")
    assert listed.exit_code == 0, listed.output
    lines = [line for line in listed.output.splitlines() if line[:4].strip().rstrip(".").isdigit()]
    assert len(lines) == 5 and "→" in lines[0] and ("Both" in lines[0] or "meets" in lines[0])
    accepted = run(
        db, "suggest", "--mission", mission, "--limit", "5", "--accept", "1", "--accept", "3"
    )
    assert accepted.exit_code == 0 and accepted.output.count("Accepted") == 2
    after = service.load_book(store, int(mission))
    assert len(after.requests) == len(before.requests) + 2
    expected = before.suggestions(limit=5)
    for s in (expected[0], expected[2]):
        assert (s.requester, s.requested) in after.requests
    bad = run(db, "suggest", "--mission", mission, "--limit", "5", "--accept", "9")
    assert bad.exit_code == 1 and bad.output.startswith(
        "Error: There is no suggested pair number 9"
    )
    assert run(db, "suggest", "--mission", mission, "--limit", "0").exit_code == 1
