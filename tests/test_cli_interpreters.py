"""``ponte interpreter`` and ``ponte unavailable`` on a real database (SQLite and PostgreSQL),
and their bad input: a message and exit status 1 or 2, never a traceback."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from app.cli import build_cli
from app.common.paths import Paths
from app.services.availability import list_unavailability
from app.services.interpreters import get_interpreter, list_interpreters
from app.store import Store
from tests.test_cli_bad_input import assert_refused
from tests.test_services_interpreters import Setup, _mission


def invoke(*args: str) -> Result:
    return CliRunner().invoke(build_cli(), list(args), catch_exceptions=False)


@pytest.fixture
def mission(store: Store, db_target: str) -> tuple[Store, str, Setup]:
    return store, db_target, _mission(store, pairs=2)


def test_interpreter_add_list_edit_remove(mission: tuple[Store, str, Setup], paths: Paths) -> None:
    store, db, setup = mission
    m = str(setup.mission_id)
    s1, s2 = (str(x) for x in setup.sessions)
    added = invoke(
        "interpreter", "add", "--db", db, "--mission", m,
        "--family-name", "Rossi", "--given-name", "Chiara",
        "--family-kanji", "露志", "--given-kanji", "千明",
        "--family-kana", "ろっし", "--given-kana", "ちあき",
        "--language", "it", "--language", "ja", "--session", s1,
    )  # fmt: skip
    assert added.exit_code == 0, added.output
    (row,) = list_interpreters(store, setup.mission_id)
    assert (row.kanji_name, row.languages, row.session_ids) == (
        "露志 千明",
        ("it", "ja"),
        (setup.sessions[0],),
    )
    listed = invoke("interpreter", "list", "--db", db, "--mission", m)
    assert "Chiara Rossi (露志 千明 / ろっし ちあき)" in listed.output
    assert f"sessions: {s1} B2B" in listed.output

    edited = invoke(
        "interpreter", "edit", "--db", db, str(row.id), "--session", s2, "--language", "ja,it,en"
    )
    assert edited.exit_code == 0, edited.output
    data = get_interpreter(store, row.id)
    assert (data.session_ids, data.languages, data.family_name_kanji) == (
        (setup.sessions[1],),
        ("ja", "it", "en"),
        "露志",
    )
    assert invoke("interpreter", "edit", "--db", db, str(row.id), "--all-sessions").exit_code == 0
    assert get_interpreter(store, row.id).session_ids == ()

    removed = invoke("interpreter", "remove", "--db", db, str(row.id))
    assert removed.exit_code == 0 and list_interpreters(store, setup.mission_id) == []


def test_interpreter_warning_goes_to_stderr(
    mission: tuple[Store, str, Setup], paths: Paths
) -> None:
    _store, db, setup = mission
    result = CliRunner().invoke(
        build_cli(),
        ["interpreter", "add", "--db", db, "--mission", str(setup.mission_id),
         "--family-name", "Brun", "--language", "it", "--language", "fr"],
        catch_exceptions=False,
    )  # fmt: skip
    assert result.exit_code == 0
    assert "Warning: Nobody of the Nagoya side speaks it, fr" in result.stderr


def test_unavailable_add_list_remove(mission: tuple[Store, str, Setup], paths: Paths) -> None:
    store, db, setup = mission
    person = setup.people[setup.turin[0]]
    add = ["unavailable", "add", "--db", db, "--participant", str(person)]
    first = invoke(*add, "--from", "2027-10-14 14:00", "--to", "2027-10-14 15:30",
                   "--reason", "plant visit")  # fmt: skip
    assert first.exit_code == 0, first.output
    joined = invoke(*add, "--from", "2027-10-14 15:30", "--to", "2027-10-14 16:00",
                    "--reason", "plant visit")  # fmt: skip
    assert "merged with the saved period" in joined.output
    night = invoke(*add, "--from", "2027-10-13 22:00", "--to", "2027-10-14 07:00",
                   "--reason", "flight", "--zone", "Asia/Tokyo")  # fmt: skip
    assert night.exit_code == 0, night.output
    listed = invoke("unavailable", "list", "--db", db, "--participant", str(person))
    lines = [line.strip() for line in listed.output.splitlines()]
    assert "times in Asia/Tokyo:" in listed.output
    assert "2027-10-12 Tue  available" in lines
    periods = list_unavailability(store, person)
    visit = next(p for p in periods if p.reason == "plant visit")
    assert f"{visit.id}\t14:00–16:00\tplant visit" in lines
    assert any(line.endswith("22:00–24:00\tflight") for line in lines)
    assert any(line.endswith("00:00–07:00\tflight") for line in lines)
    moved = invoke("unavailable", "edit", "--db", db, str(visit.id), "--from", "2027-10-14 9:00",
                   "--to", "2027-10-14 10:00", "--reason", "plant visit")  # fmt: skip
    assert moved.exit_code == 0, moved.output
    assert invoke("unavailable", "remove", "--db", db, str(visit.id)).exit_code == 0
    assert [p.reason for p in list_unavailability(store, person)] == ["flight"]


@pytest.mark.parametrize(
    ("args", "said"),
    [
        (["interpreter", "add", "--family-name", "Rossi", "--language", "it"], "two languages"),
        (["interpreter", "add", "--family-name", "Rossi", "--language", "xx", "--language", "it"],
         '"xx" is not a two-letter'),
        (["interpreter", "add", "--family-name", "Rossi", "--language", "fr", "--language", "de"],
         "Nobody in the mission's organisations speaks fr, de"),
        (["interpreter", "add", "--family-name", "Rossi", "--language", "it", "--language", "ja",
          "--session", "4242"], "There is no B2B session 4242"),
        (["interpreter", "add", "--language", "it"], "--family-name"),
        (["interpreter", "add", "--family-name", "Rossi", "--session", "one"], "one"),
        (["interpreter", "edit", "4242", "--language", "it"], "Interpreter 4242 is not"),
        (["interpreter", "edit", "x1"], "x1"),
        (["interpreter", "remove", "4242"], "Interpreter 4242 is not"),
        (["interpreter", "list", "--mission", "999"], "999"),
        (["unavailable", "add", "--participant", "{person}", "--from", "2027-10-14 15:00",
          "--to", "2027-10-14 14:00"], "must come after the start"),
        (["unavailable", "add", "--participant", "{person}", "--from", "14:00",
          "--to", "2027-10-14 15:00"], "'14:00' is not a date and time"),
        (["unavailable", "add", "--participant", "{person}", "--from", "2027-02-31 14:00",
          "--to", "2027-10-14 15:00"], "is not a date and time"),
        (["unavailable", "add", "--participant", "{person}", "--from", "2027-10-20 14:00",
          "--to", "2027-10-20 15:00"], "within the mission's dates"),
        (["unavailable", "add", "--participant", "{person}", "--from", "2027-10-14 14:00",
          "--to", "2027-10-14 15:00", "--zone", "Tokyo"], "'Tokyo' is not an IANA"),
        (["unavailable", "add", "--participant", "4242", "--from", "2027-10-14 14:00",
          "--to", "2027-10-14 15:00"], "Participant 4242 is not"),
        (["unavailable", "add", "--participant", "{person}", "--from", "2027-10-14 14:00"],
         "--to"),
        (["unavailable", "list", "--participant", "4242"], "Participant 4242 is not"),
        (["unavailable", "remove", "4242"], "Unavailability 4242 is not"),
        (["unavailable", "edit", "4242", "--from", "2027-10-14 14:00", "--to",
          "2027-10-14 15:00"], "Unavailability 4242 is not"),
    ],
    ids=lambda v: v if isinstance(v, str) else "-".join(a.strip("-") for a in v[:3]),
)  # fmt: skip
def test_bad_input(
    args: list[str], said: str, mission: tuple[Store, str, Setup], paths: Paths
) -> None:
    store, db, setup = mission
    group, action, *rest = args
    person = str(setup.people[setup.turin[0]])
    rest = [a.format(person=person) for a in rest]
    scoped = (
        ["--mission", str(setup.mission_id)] if action == "add" and group == "interpreter" else []
    )
    assert_refused(invoke(group, action, "--db", db, *scoped, *rest), said)
    assert list_interpreters(store, setup.mission_id) == []
    assert list_unavailability(store, int(person)) == []


def test_missing_database(tmp_path: Path, paths: Paths) -> None:
    missing = str(tmp_path / "typo.sqlite")
    assert_refused(invoke("interpreter", "list", "--db", missing), "There is no database at")
    assert_refused(
        invoke("unavailable", "list", "--db", missing, "--participant", "1"),
        "There is no database at",
    )
