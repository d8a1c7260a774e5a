"""Setting up a mission headless: ``ponte mission|venue|travel|delegation``, on SQLite and
the test PostgreSQL, and their bad input (a message and exit status 1 or 2, no traceback)."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest
from click.testing import CliRunner, Result

from app.cli import build_cli
from app.common.paths import Paths
from app.model import B2BBreak, B2BSession, B2BTable
from app.services.delegations import list_delegations
from app.services.missions import get_mission, list_missions
from app.services.venues import list_venues, travel_times
from app.store import Store, open_store
from tests.test_cli_bad_input import assert_refused


def ponte(*args: str) -> Result:
    return CliRunner().invoke(build_cli(), list(args), catch_exceptions=False)


def ok(*args: str) -> str:
    result = ponte(*args)
    assert result.exit_code == 0, result.output
    return result.output


@pytest.fixture
def db(store: Store, paths: Paths) -> str:
    """The target of an empty, migrated database on each backend (the fixture's store)."""
    location = store.location
    return (
        str(location.path)
        if location.path is not None
        else location.url.render_as_string(hide_password=False)
    )


def _new(db: str) -> int:
    out = ok(
        "mission", "new", "--db", db, "--name", "Torino → Nagoya, May 2027",
        "--name-it", "Torino → Nagoya, maggio 2027", "--name-ja", "トリノ→名古屋 2027年5月",
        "--city", "Nagoya", "--zone", "Asia/Tokyo", "--start", "2027-05-20", "--end", "2027-05-22",
    )  # fmt: skip
    return int(out.split("Created mission ")[1].split(":")[0])


def test_set_up_a_mission_headless(db: str, store: Store) -> None:
    mid = _new(db)
    m = str(mid)
    ok("venue", "add", "--db", db, "--mission", m, "--name", "Nagoya Congress Center",
       "--name-ja", "名古屋国際会議場", "--address-ja", "熱田区熱田西町1番1号",
       "--city", "Nagoya")  # fmt: skip
    ok("venue", "add", "--db", db, "--mission", m, "--name", "Hotel", "--zone", "Asia/Tokyo")
    ok(
        "travel",
        "set",
        "--db",
        db,
        "--mission",
        m,
        "Hotel",
        "名古屋国際会議場",
        "20",
        "--both-ways",
    )
    ok("venue", "edit", "--db", db, "--mission", m, "Hotel", "--name", "Hilton Nagoya")
    out = ok("venue", "list", "--db", db, "--mission", m)
    assert "Nagoya Congress Center (名古屋国際会議場)  [Asia/Tokyo]" in out
    assert "Hilton Nagoya" in out
    assert "Hilton Nagoya → Nagoya Congress Center: 20 min" in ok(
        "travel", "list", "--db", db, "--mission", m
    )
    venues = {v.name: v for v in list_venues(store, mid)}
    assert venues["Nagoya Congress Center"].address_ja == "熱田区熱田西町1番1号"
    assert len(travel_times(store, mid)) == 2

    ok("delegation", "add", "--db", db, "--mission", m, "--name", "Turin delegation",
       "--name-it", "Delegazione di Torino", "--side", "torino")  # fmt: skip
    ok("delegation", "add", "--db", db, "--mission", m, "--name", "Nagoya delegation",
       "--name-ja", "名古屋代表団", "--side", "名古屋")  # fmt: skip
    sides = {d.name: d.side.value for d in list_delegations(store, mid)}
    assert sides == {"Turin delegation": "turin", "Nagoya delegation": "nagoya"}
    ok("delegation", "edit", "--db", db, "--mission", m, "名古屋代表団", "--name-it",
       "Delegazione di Nagoya")  # fmt: skip
    out = ok("delegation", "list", "--db", db, "--mission", m)
    assert "[nagoya] Nagoya delegation (Delegazione di Nagoya / 名古屋代表団)" in out

    ok("mission", "edit", "--db", db, "--mission", m, "--name-it", "", "--end", "2027-05-23")
    row = get_mission(store, mid)
    assert row is not None and row.name_it is None and row.end_date == date(2027, 5, 23)
    out = ok("mission", "show", "--db", db, "--mission", m)
    assert "2 venues, 2 delegations, 0 B2B sessions" in out
    assert "No B2B session yet: add one (Sessions page)." in out
    assert "No venue yet" not in out

    ok("delegation", "remove", "--db", db, "--mission", m, "Turin delegation")
    ok("venue", "remove", "--db", db, "--mission", m, "Hilton Nagoya")
    assert [v.name for v in list_venues(store, mid)] == ["Nagoya Congress Center"]
    assert travel_times(store, mid) == {}


def test_copy_a_mission_with_dates_shifted(db: str, store: Store) -> None:
    mid = _new(db)
    ok("venue", "add", "--db", db, "--mission", str(mid), "--name", "Lingotto",
       "--zone", "Europe/Rome")  # fmt: skip
    with store.session() as s:
        session = B2BSession(
            mission_id=mid,
            name="B2B",
            start_utc=datetime(2027, 5, 21, 1, 0, tzinfo=UTC),
            end_utc=datetime(2027, 5, 21, 8, 0, tzinfo=UTC),
            timezone="Asia/Tokyo",
        )
        session.breaks = [
            B2BBreak(
                start_utc=datetime(2027, 5, 21, 3, 0, tzinfo=UTC),
                end_utc=datetime(2027, 5, 21, 3, 20, tzinfo=UTC),
            )
        ]
        session.tables = [B2BTable(name="1", position=1), B2BTable(name="2", position=2)]
        s.add(session)
    dry = ok("mission", "copy", "--db", db, "--from", str(mid), "--start", "2028-05-18",
             "--dry-run")  # fmt: skip
    assert "+364 days: 2028-05-18 to 2028-05-20; 1 venue" in dry
    assert "1 B2B session (1 break, 2 tables)" in dry and "nothing written" in dry
    assert len(list_missions(store)) == 1
    out = ok("mission", "copy", "--db", db, "--from", str(mid), "--start", "2028-05-18",
             "--name", "Torino → Nagoya, May 2028")  # fmt: skip
    new = int(out.rsplit("Created mission ", 1)[1].strip(" .\n"))
    copy = get_mission(store, new)
    assert copy is not None and copy.name == "Torino → Nagoya, May 2028"
    assert copy.name_it is None  # a new English name: last year's translations do not fit
    with store.session() as s:
        (copied,) = s.query(B2BSession).filter_by(mission_id=new).all()
        assert copied.start_utc == datetime(2028, 5, 19, 1, 0, tzinfo=UTC)


# --- bad input -------------------------------------------------------------------------------


@pytest.fixture
def file_db(tmp_path_factory: pytest.TempPathFactory, paths: Paths) -> str:
    path = tmp_path_factory.mktemp("setup") / "m.sqlite"
    with open_store(path, paths=paths):
        pass
    target = str(path)
    _new(target)
    ok("venue", "add", "--db", target, "--name", "Hall")
    ok("delegation", "add", "--db", target, "--name", "Turin", "--side", "turin")
    return target


@pytest.mark.parametrize(
    ("args", "said"),
    [
        (["venue", "add", "--name", "Hotel", "--zone", "Tokyo"], "'Tokyo' is not an IANA"),
        (["venue", "add", "--name", "hall"], "already has a venue named 'hall'"),
        (["venue", "add", "--name", "  "], "needs a name"),
        (["venue", "edit", "Nowhere", "--city", "Nagoya"], "no venue Nowhere"),
        (["venue", "remove", "42"], "no venue 42"),
        (["travel", "set", "Hall", "Hall", "10"], "two different venues"),
        (["travel", "set", "Hall", "Nowhere", "10"], "no venue Nowhere"),
        (["travel", "set", "Hall", "Hall", "-5"], "-5"),
        (["travel", "set", "Hall", "Hall", "3000"], "3000"),
        (["mission", "edit", "--start", "2027-05-30"], "cannot end before it starts"),
        (["mission", "edit", "--start", "2027-02-31"], "'2027-02-31' is not a date"),
        (["mission", "edit", "--zone", "CET+1"], "not an IANA name"),
        (["mission", "edit", "--name", ""], "needs a name"),
        (["mission", "edit", "--mission", "999"], "no mission 999"),
        (["mission", "show", "--mission", "999"], "no mission 999"),
        (["mission", "copy", "--from", "1", "--start", "2028-13-01"], "'2028-13-01' is not a date"),
        (["mission", "copy", "--from", "1", "--start", "20280518"], "'20280518' is not a date"),
        (["mission", "copy", "--from", "999", "--start", "2028-05-18"], "no mission 999"),
        (["mission", "copy", "--from", "1", "--start", "9999-12-31"], "out of the calendar"),
        (["delegation", "add", "--name", "Osaka", "--side", "osaka"], "'osaka' is not a side"),
        (["delegation", "add", "--name", "turin", "--side", "turin"], "already has a delegation"),
        (["delegation", "add", "--name", "N", "--side", "nagoya", "--head", "99"],
         "no participant 99"),
        (["delegation", "add", "--name", "N", "--side", "nagoya", "--head", "Nobody"],
         "'Nobody' names no participant"),
        (["delegation", "add", "--name", "N", "--side", "nagoya", "--member-org", "Fiat"],
         "'Fiat' names no organisation"),
        (["delegation", "add", "--name", "N", "--side", "nagoya", "--member-org", "77"],
         "no organisation 77"),
        (["delegation", "edit", "Osaka", "--side", "nagoya"], "no delegation Osaka"),
        (["delegation", "remove", "5"], "no delegation 5"),
    ],
    ids=lambda v: "-".join(v[:2]) if isinstance(v, list) else None,
)  # fmt: skip
def test_bad_input(file_db: str, paths: Paths, args: list[str], said: str) -> None:
    before = _snapshot(file_db, paths)
    command, sub, *rest = args
    assert_refused(ponte(command, sub, "--db", file_db, *rest), said)
    assert _snapshot(file_db, paths) == before  # nothing half-written


def _snapshot(target: str, paths: Paths) -> object:
    with open_store(target, paths=paths) as store:
        return [
            (m, list_venues(store, m.id), list_delegations(store, m.id), travel_times(store, m.id))
            for m in list_missions(store)
        ]
