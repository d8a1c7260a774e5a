"""``ponte survey``, ``ponte outcome``, ``ponte follow-ups`` and a filled form read back by
``ponte import`` (issue 18): each calls its action and says what it did; refusals are
"Error: …" lines, never tracebacks."""

from __future__ import annotations

import csv
from pathlib import Path

import openpyxl
from click.testing import CliRunner, Result

from app.cli import build_cli
from app.common.paths import Paths
from app.core.outcomes import OUTCOME_WORDS
from app.model import MeetingSide, Outcome
from app.services.follow_ups import FollowUpData, add_follow_up
from app.services.outcomes import load_outcome
from app.store import open_store
from tests.demo_support import CopyDemo
from tests.outcome_support import mark_held, parties


def run(db: Path, *args: str) -> Result:
    return CliRunner().invoke(build_cli(), [*args, "--db", str(db)], catch_exceptions=False)


def test_outcome_survey_import_and_follow_ups_from_the_command_line(
    tmp_path: Path, paths: Paths, copy_demo: CopyDemo
) -> None:
    db = copy_demo(tmp_path / "demo.sqlite")
    with open_store(db, paths=paths) as store:
        held = mark_held(store, 4)
        a, b = parties(store, held.held[0])
        add_follow_up(store, held.mission_id, FollowUpData(a, b, "=2+2", None, "Rossi"))
    m = held.held[0]
    done = run(db, "outcome", "--meeting", str(m), "--side", "a", "partnership", "--note", "ok")
    assert done.exit_code == 0, done.output
    assert f"Meeting {m}, side a: partnership" in done.output
    changed = run(db, "outcome", "--meeting", str(m), "--side", "a", "協力の可能性あり")
    assert "cooperation_possible" in changed.output and "(was partnership)" in changed.output
    refused = run(db, "outcome", "--meeting", str(held.not_held[0]), "--side", "b", "supply")
    assert refused.exit_code == 1 and refused.output.startswith("Error: Meeting")
    assert "not marked as held" in refused.output and "Traceback" not in refused.output
    bad = run(db, "outcome", "--meeting", str(m), "--side", "b", "perhaps")
    assert bad.exit_code == 1 and "is not an outcome" in bad.output

    out = tmp_path / "forms"
    written = run(db, "survey", "--out", str(out), "--mission", str(held.mission_id))
    assert written.exit_code == 0, written.output
    forms = sorted(out.glob("survey-*.xlsx"))
    assert forms and f"Wrote {len(forms)} survey form" in written.output
    form = next(p for p in forms if f"-{b:04d}-" in p.name)
    book = openpyxl.load_workbook(form)
    ws = book.worksheets[0]
    row = next(r for r in range(2, ws.max_row + 1) if ws.cell(r, 1).value == f"M-{m}")
    lang = "ja" if ws.cell(1, 1).value == "商談番号" else "it"
    ws.cell(row, 6).value = OUTCOME_WORDS[Outcome.SUPPLY].template(lang)
    book.save(form)
    imported = run(db, "import", str(form), "--mission", str(held.mission_id))
    assert imported.exit_code == 0, imported.output
    assert "of outcomes" in imported.output and "1 created" in imported.output
    with open_store(db, paths=paths) as store:
        assert load_outcome(store, m, MeetingSide.B).values.outcome is Outcome.SUPPLY

    listed = run(db, "follow-ups", "--mission", str(held.mission_id))
    assert "[open]" in listed.output and "=2+2 (Rossi)" in listed.output
    target = tmp_path / "fu.csv"
    exported = run(db, "follow-ups", "--mission", str(held.mission_id), "--csv", str(target))
    assert exported.exit_code == 0 and "Wrote 1 follow-up" in exported.output
    with open(target, encoding="utf-8-sig", newline="") as handle:
        assert list(csv.reader(handle))[1][6] == "'=2+2"


def test_no_survey_form_before_any_meeting_is_held(tmp_path: Path, copy_demo: CopyDemo) -> None:
    """Before the day (nothing marked held) the command says why it wrote nothing."""
    db = copy_demo(tmp_path / "demo.sqlite")
    out = tmp_path / "forms"
    said = run(db, "survey", "--out", str(out), "--mission", "1")
    assert said.exit_code == 0, said.output
    assert "no meeting is marked held yet" in said.output
    assert not list(out.glob("*.xlsx"))
