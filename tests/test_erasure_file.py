"""Erasure on a SQLite file another program holds (issue 16, item 5): the erasure waits for
it, then names it and says the file still holds traces — never "erased" while the e-mail is
in the file's bytes — and ``ponte erase --finish`` completes it once the other has closed.
Then the files Ponte made before that still name the person are found (agendas, badges,
calendars, drafts, exports, PDFs read by our own reader) and deleted on request."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner, Result
from pypdf import PdfReader
from sqlalchemy import select

from app.cli import build_cli
from app.common import files
from app.common.paths import Paths
from app.model import Participant
from app.services import erasure
from app.services.erasure_traces import file_text, pdf_text
from app.store import open_store

HOLD = """
import sqlite3, sys, time
con = sqlite3.connect(sys.argv[1], isolation_level=None)
con.execute("BEGIN")
con.execute("SELECT count(*) FROM participant").fetchone()  # a read snapshot, held
print("holding", flush=True)
sys.stdin.readline()
con.close()
"""


def _cli(*args: str) -> Result:
    return CliRunner().invoke(build_cli(), list(args), catch_exceptions=False)


def _raw(db: Path) -> bytes:
    return b"".join(p.read_bytes() for p in (db, Path(f"{db}-wal")) if p.exists())


@pytest.fixture(autouse=True)
def _forget_register() -> object:
    yield
    files.keep_register(None)


@pytest.fixture
def demo_db(paths: Paths, tmp_path: Path) -> Path:
    db = tmp_path / "mission.sqlite"
    assert _cli("demo", "--db", str(db)).exit_code == 0
    return db


def _person(db: Path, participant_id: int = 7) -> Participant:
    with open_store(str(db)) as store, store.session() as s:
        person = s.get(Participant, participant_id)
        assert person is not None and person.email
        s.expunge(person)
        return person


def test_another_connection_is_waited_for_named_and_finished_later(
    demo_db: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(erasure, "WAIT_FOR_OTHERS_S", 1.0)
    person = _person(demo_db)
    email = (person.email or "").encode()
    holder = subprocess.Popen(
        [sys.executable, "-c", HOLD, str(demo_db)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "holding"
        result = _cli("erase", "--db", str(demo_db), "--participant", str(person.id), "--yes")
        assert result.exit_code == 3, result.output
        assert "Erased 1 participant" in result.output
        assert "still holds traces" in result.output
        assert f"(process {holder.pid})" in result.output  # named, by program and id
        assert "ponte erase --finish" in result.output
        assert email in _raw(demo_db)  # what the message says is true: the bytes are there
        refused = _cli("erase", "--db", str(demo_db), "--finish")
        assert refused.exit_code == 3 and "still holds traces" in refused.output
    finally:
        assert holder.stdin is not None
        holder.stdin.write("\n")
        holder.stdin.close()
        holder.wait(timeout=30)
        assert holder.stdout is not None
        holder.stdout.close()
    finished = _cli("erase", "--db", str(demo_db), "--finish")
    assert finished.exit_code == 0, finished.output
    assert "no longer holds the erased people" in finished.output
    assert email not in _raw(demo_db)


def test_without_another_connection_the_file_is_clean_at_once(demo_db: Path) -> None:
    person = _person(demo_db, 12)
    result = _cli("erase", "--db", str(demo_db), "--participant", str(person.id), "--yes")
    assert result.exit_code == 0, result.output
    assert "no longer holds the erased people" in result.output
    assert (person.email or "").encode() not in _raw(demo_db)


def test_files_made_before_are_found_and_deleted(
    demo_db: Path, paths: Paths, tmp_path: Path
) -> None:
    person = _person(demo_db)
    out = tmp_path / "documents"
    db = str(demo_db)
    for args in (
        ("agendas", "--out", str(out / "agendas"), "--participants", f"{person.id},8"),
        ("badges", "--out", str(out / "badges.pdf"), "--participants", f"8,{person.id}"),
        ("ics", "--out", str(out / "calendars"), "--participants", f"{person.id},8"),
        ("send", "--eml", str(out / "drafts"), "--participants", f"{person.id},8"),
        ("export", str(out / "export" / "people.xlsx")),
    ):
        assert _cli(args[0], "--db", db, "--mission", "1", *args[1:]).exit_code == 0
    moved = tmp_path / "usb-stick" / "deep" / "er"  # a copy Ponte did not write there
    moved.mkdir(parents=True)
    agenda = next((out / "agendas").glob(f"agenda-{person.id:04d}-*.pdf"))
    (moved / "copy.pdf").write_bytes(agenda.read_bytes())
    (moved / "notes.txt").write_text(f"call {person.email}\n")

    listed = _cli("erase", "--db", db, "--participant", str(person.id), "--yes",
                  "--look-in", str(tmp_path / "usb-stick"))  # fmt: skip
    assert listed.exit_code == 0, listed.output
    named = set(re.findall(r"^  (/.*)$", listed.output, re.M))
    expected = {
        str(agenda.resolve()),
        str((out / "badges.pdf").resolve()),
        *(str(p.resolve()) for p in (out / "calendars").glob(f"calendar-{person.id:04d}-*")),
        *(str(p.resolve()) for p in (out / "drafts").glob(f"mail-{person.id:04d}-*")),
        str((out / "export" / "people.xlsx").resolve()),
        str((moved / "copy.pdf").resolve()),
        str((moved / "notes.txt").resolve()),
    }
    assert named == expected
    assert all(Path(p).exists() for p in named)  # listed only

    other = _person(demo_db, 8)
    again = _cli("erase", "--db", db, "--participant", "8", "--yes", "--delete-files")
    assert again.exit_code == 0, again.output
    deleted = set(re.findall(r"^  deleted (/.*)$", again.output, re.M))
    assert deleted and not any(Path(p).exists() for p in deleted)
    assert str(agenda.resolve()) not in deleted  # it names 7, not 8
    assert any(f"{other.family_name}" in p for p in deleted)
    assert agenda.exists()


def test_our_pdf_reader_reads_what_pypdf_reads(demo_db: Path, tmp_path: Path) -> None:
    db = str(demo_db)
    assert (
        _cli("badges", "--db", db, "--mission", "1", "--out", str(tmp_path / "b.pdf")).exit_code
        == 0
    )
    assert _cli("agendas", "--db", db, "--mission", "2", "--out", str(tmp_path / "a"),
                "--participants", "160,161").exit_code == 0  # fmt: skip
    squash = lambda text: re.sub(r"\s+", "", text)  # noqa: E731
    pdfs = [tmp_path / "b.pdf", *sorted((tmp_path / "a").glob("*.pdf"))]
    assert len(pdfs) >= 2
    for pdf in pdfs:
        theirs = squash("".join(p.extract_text() for p in PdfReader(pdf).pages))
        ours = squash(pdf_text(pdf.read_bytes()))
        assert (theirs and ours == theirs) or theirs in ours, pdf
    kanji = [p for p in pdfs if re.search(r"[\u3040-\u30ff\u4e00-\u9fff]", file_text(p))]
    assert kanji  # Japanese names are read too (their own subset fonts)


def test_the_documents_of_others_naming_her_as_interpreter_are_found(
    demo_db: Path, tmp_path: Path
) -> None:
    """The probe's case: agendas and drafts of other people that name the erased person as
    the interpreter of their meeting."""
    from app.model import Interpreter, Meeting, MeetingParticipant
    from app.services.scheduling import schedule_mission
    from tests.factories import first_fit

    with open_store(str(demo_db)) as store:
        schedule_mission(store, 1, solve=first_fit)
        with store.session() as s:
            interpreter = s.scalars(select(Interpreter).where(Interpreter.mission_id == 1)).first()
            meeting = s.scalars(
                select(Meeting).where(Meeting.mission_id == 1).order_by(Meeting.id)
            ).first()
            assert interpreter is not None and meeting is not None
            meeting.interpreter_id = interpreter.id
            her = interpreter.participant_id
            others = sorted(
                s.scalars(
                    select(MeetingParticipant.participant_id).where(
                        MeetingParticipant.meeting_id == meeting.id
                    )
                )
            )
    assert others and her not in others
    ids = ",".join(str(i) for i in others)
    out = tmp_path / "docs"
    db = str(demo_db)
    assert _cli("agendas", "--db", db, "--mission", "1", "--out", str(out / "a"),
                "--participants", ids).exit_code == 0  # fmt: skip
    assert _cli("send", "--db", db, "--mission", "1", "--eml", str(out / "m"),
                "--participants", ids).exit_code == 0  # fmt: skip
    result = _cli("erase", "--db", db, "--participant", str(her), "--yes")
    assert result.exit_code == 0, result.output
    listed = set(re.findall(r"^  (/.*)$", result.output, re.M))
    theirs = {str(p.resolve()) for p in out.rglob("*") if p.is_file()}
    assert theirs and theirs <= listed  # every agenda and draft of that meeting names her
