"""``ponte checkin`` on the demo (a scanner station's command): each answer printed, exit 0
for an arrival and a status of its own for each refusal; --lines, --undo, --old-badges."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner, Result
from sqlalchemy import select

from app.cli import build_cli
from app.cli.check_in import EXIT_CODES
from app.common.paths import Paths
from app.core.check_in_codes import badge_code
from app.model import Mission, Participant
from app.store import open_store
from tests.demo_support import CopyDemo


@pytest.fixture
def demo(tmp_path: Path, copy_demo: CopyDemo, paths: Paths) -> tuple[str, int, dict[str, str]]:
    """The demo file; mission 1's id; codes: Maurizio's badge, another mission's badge."""
    path = tmp_path / "demo.sqlite"
    copy_demo(path)
    with open_store(path, paths=paths) as store, store.session() as s:
        mission = s.scalars(select(Mission.id).where(Mission.host_city == "Nagoya")).one()
        mine = s.scalars(
            select(Participant).where(Participant.mission_id == mission).order_by(Participant.id)
        ).first()
        theirs = s.scalars(select(Participant).where(Participant.mission_id != mission)).first()
        assert mine is not None and theirs is not None
        codes = {
            "mine": badge_code(mine.check_in_token),
            "theirs": badge_code(theirs.check_in_token),
            "old": f"PONTE:{mission}:{mine.id}",
            "id": str(mine.id),
            "family": mine.family_name,
        }
    return str(path), mission, codes


def run(db: str, mission: int, *args: str, stdin: str | None = None) -> Result:
    return CliRunner().invoke(
        build_cli(),
        ["checkin", "--db", db, "--mission", str(mission), *args],
        input=stdin,
        catch_exceptions=False,
    )


def test_a_scan_checks_in_then_says_already(demo: tuple[str, int, dict[str, str]]) -> None:
    db, mission, codes = demo
    first = run(db, mission, codes["mine"])
    assert first.exit_code == 0 and first.output.startswith("checked_in: ")
    again = run(db, mission, codes["mine"].lower())
    assert again.exit_code == 0 and again.output.startswith(("double_read: ", "already: "))


@pytest.mark.parametrize(
    ("code", "kind"),
    [
        ("PNT0000000000AB", "unknown"),
        ("{theirs}", "other_mission"),
        ("{old}", "stale_badge"),  # the demo's missions are new: old codes are refused
        ("PNT12\x00456", "malformed"),
        ("", "empty"),
        ("Nobody Atall", "names"),
    ],
)
def test_each_refusal_has_its_exit_status(
    demo: tuple[str, int, dict[str, str]], code: str, kind: str
) -> None:
    db, mission, codes = demo
    result = run(db, mission, code.format(**codes))
    assert result.output.startswith(f"{kind}: ")
    assert result.exit_code == EXIT_CODES[kind] and result.exit_code not in (0, 1, 2)
    statuses = [s for k, s in EXIT_CODES.items() if s != 0]
    assert len(set(statuses)) == len(statuses)  # one status per refusal


def test_a_name_of_one_person_checks_them_in_and_several_are_listed(
    demo: tuple[str, int, dict[str, str]],
) -> None:
    db, mission, codes = demo
    several = run(db, mission, "Yamada")
    assert several.exit_code == EXIT_CODES["names"] and "people match" in several.output
    assert len(several.output.splitlines()) >= 3  # the answer, then one line per person
    one = run(db, mission, codes["family"], "--language", "it")
    assert one.exit_code == 0 and "registrato" in one.output


def test_lines_from_a_scanner_station_are_each_answered(
    demo: tuple[str, int, dict[str, str]],
) -> None:
    db, mission, codes = demo
    stdin = f"{codes['mine']}\r\n\r\n{codes['theirs']}\r\nPN\x01T\r\n{codes['mine']}\r\n"
    result = run(db, mission, "--lines", stdin=stdin)
    kinds = [line.split(":")[0] for line in result.output.splitlines()]
    assert result.exit_code == 0
    assert kinds[:4] == ["checked_in", "empty", "other_mission", "malformed"]
    assert kinds[4:] in (["double_read"], ["already"])  # already: a very slow machine


def test_undo_and_the_old_badges_switch(demo: tuple[str, int, dict[str, str]]) -> None:
    db, mission, codes = demo
    assert run(db, mission, "--undo", codes["id"]).exit_code == EXIT_CODES["undo_refused"]
    assert run(db, mission, "--old-badges", "accept").exit_code == 0
    assert run(db, mission, codes["old"]).output.startswith("checked_in: ")
    undone = run(db, mission, "--undo", codes["id"])
    assert undone.exit_code == 0 and undone.output.startswith("undone: ")
    assert run(db, mission, "--old-badges", "refuse").exit_code == 0
    assert run(db, mission, codes["old"]).exit_code == EXIT_CODES["stale_badge"]


def test_one_thing_at_a_time(demo: tuple[str, int, dict[str, str]]) -> None:
    db, mission, codes = demo
    assert run(db, mission).exit_code == 2
    assert run(db, mission, codes["mine"], "--undo", "1").exit_code == 2
