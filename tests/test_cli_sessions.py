"""``ponte session add|edit|list|remove`` on a fresh mission, with bad input refused worded and
placed meetings kept unless --confirm, on SQLite and PostgreSQL."""

from __future__ import annotations

from datetime import date

import pytest
from click.testing import CliRunner, Result
from sqlalchemy import func, select

from app.cli import build_cli
from app.common.paths import Paths
from app.model import B2BSession, Meeting, MeetingRequest, Mission, Side, Venue
from app.services.scheduling import schedule_mission
from app.store import Store
from tests import factories as f


def invoke(*args: str) -> Result:
    return CliRunner().invoke(build_cli(), list(args), catch_exceptions=False)


def _count(store: Store, model: type) -> int:
    with store.session() as s:
        return int(s.scalar(select(func.count()).select_from(model)) or 0)


@pytest.fixture
def target(store: Store, db_target: str, paths: Paths) -> str:
    """The store's database named as --db (a file or a URL), with one mission."""
    with store.session() as s:
        m = f.mission(s)
        m.start_date, m.end_date = date(2027, 10, 12), date(2027, 10, 14)
        s.add(
            Venue(
                mission=m,
                name="Nagoya Congress Center",
                name_ja="名古屋国際会議場",
                address="",
                city="Nagoya",
                timezone="Asia/Tokyo",
            )
        )
        turin, nagoya = f.delegation(s, m, Side.TURIN), f.delegation(s, m, Side.NAGOYA)
        turin.name, nagoya.name = "Torino", "Nagoya"
        orgs = [f.organisation(s, m, turin), f.organisation(s, m, nagoya)]
        for org in orgs:
            person = f.participant(s, m, organisation=org)
            person.languages = ["en"]
        s.add(MeetingRequest(mission=m, requester_id=orgs[0].id, requested_id=orgs[1].id))
    return db_target


ADD = [
    "session", "add", "--day", "2027-10-14", "--venue", "Nagoya Congress Center",
    "--start", "14:00", "--end", "18:00", "--slot", "20", "--break", "16:00-16:20",
    "--tables", "10", "--name", "B2B meetings", "--name-it", "Incontri B2B",
    "--name-ja", "B2B商談会", "--delegation", "Torino", "--delegation", "Nagoya",
]  # fmt: skip


def test_add_list_edit_remove(target: str, store: Store) -> None:
    result = invoke(*ADD, "--db", target)
    assert result.exit_code == 0, result.output
    assert "Added B2B session" in result.output
    assert "11 slots of 20 min, 10 tables: up to 110 meetings" in result.output
    assert "break 16:00–16:20 Coffee break" in result.output
    assert "taking part: Nagoya, Torino" in result.output or "Torino, Nagoya" in result.output
    with store.session() as s:
        sid = s.scalars(select(B2BSession.id)).one()
    listed = invoke("session", "list", "--db", target)
    assert "ja: B2B商談会" in listed.output and "JST (Asia/Tokyo)" in listed.output
    edited = invoke(
        "session", "edit", str(sid), "--db", target, "--end", "18:10", "--break", "none"
    )
    assert edited.exit_code == 1
    assert "20-minute slots leave 10 minutes over at the end" in edited.output
    edited = invoke(
        "session", "edit", str(sid), "--db", target, "--table-names", "A,B,C", "--delegation",
        "all",
    )  # fmt: skip
    assert edited.exit_code == 0, edited.output
    assert "tables: A, B, C" in edited.output and "every delegation" in edited.output
    removed = invoke("session", "remove", str(sid), "--db", target)
    assert removed.exit_code == 0 and _count(store, B2BSession) == 0


@pytest.mark.parametrize(
    ("args", "said"),
    [
        (["--start", "25:00"], "'25:00' is not a time"),
        (["--day", "2027-02-31"], "'2027-02-31' is not a date"),
        (["--day", "2027-11-01"], "outside the mission's dates"),
        (["--end", "13:00"], "ends before it starts"),
        (["--break", "19:00-19:20"], "outside the session"),
        (["--break", "tea"], "'tea' is not a break"),
        (["--venue", "Torino Incontra"], "is not one venue of this mission"),
        (["--delegation", "Milano"], "is not one delegation"),
        (["--tables", "0"], "at least one table"),
        (["--slot", "25"], "25-minute slots leave"),
    ],
)
def test_bad_input_is_refused_and_nothing_is_written(
    target: str, store: Store, args: list[str], said: str
) -> None:
    command = list(ADD)
    for option, value in zip(args[::2], args[1::2], strict=True):
        if option in command and option not in ("--break", "--delegation"):
            command[command.index(option) + 1] = value
        else:
            command += [option, value]
    result = invoke(*command, "--db", target)
    assert result.exit_code in (1, 2), result.output
    assert "Traceback" not in result.output and said in result.output, result.output
    assert _count(store, B2BSession) == 0


def test_meetings_that_no_longer_fit_need_confirm(target: str, store: Store) -> None:
    short = [a for a in ADD if a not in ("--break", "16:00-16:20")]
    assert invoke(*short, "--db", target, "--end", "14:20").exit_code == 0
    with store.session() as s:
        sid = s.scalars(select(B2BSession.id)).one()
        mid = s.scalars(select(Mission.id)).one()
    assert schedule_mission(store, mid, time_limit_s=10).stored == 1
    refused = invoke("session", "edit", str(sid), "--db", target, "--start", "15:00",
                     "--end", "15:20")  # fmt: skip
    assert refused.exit_code == 1
    assert "no longer fits:" in refused.output and "no slot starts at 14:00" in refused.output
    assert "--confirm" in refused.output and _count(store, Meeting) == 1
    done = invoke("session", "edit", str(sid), "--db", target, "--start", "15:00",
                  "--end", "15:20", "--confirm")  # fmt: skip
    assert done.exit_code == 0, done.output
    assert "removed:" in done.output and _count(store, Meeting) == 0
    assert schedule_mission(store, mid, time_limit_s=10).stored == 1
    refused = invoke("session", "remove", str(sid), "--db", target)
    assert refused.exit_code == 1 and "--confirm" in refused.output
    done = invoke("session", "remove", str(sid), "--db", target, "--confirm")
    assert done.exit_code == 0 and _count(store, Meeting) == 0
    assert _count(store, MeetingRequest) == 1


def test_list_on_an_empty_mission_says_what_is_missing(target: str) -> None:
    result = invoke("session", "list", "--db", target)
    assert "No B2B session yet: add one" in result.output


def test_a_refused_session_is_one_error_line_naming_every_problem(
    target: str, store: Store
) -> None:
    """Two problems (a slot that leaves minutes over, no English name) come back as one
    "Error: …" line on stderr, each said once, as every other command says its error."""
    swap = {"18:00": "18:10", "B2B meetings": " "}
    command = [swap.get(a, a) for a in ADD]
    result = invoke(*command, "--db", target)
    assert result.exit_code == 1, result.output
    lines = result.stderr.splitlines()
    assert len(lines) == 1 and lines[0].startswith("Error: "), result.stderr
    assert lines[0].count("leave 10 minutes over") == 1, lines[0]
    assert lines[0].count("needs a name in English") == 1, lines[0]
    assert result.stdout == "" and _count(store, B2BSession) == 0
