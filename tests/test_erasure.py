"""Erasure (GDPR Art. 17): after it, nothing of the person is in the database file — not in
its rows, not in the published versions, not in its free pages — nor in documents made
afterwards; backups made before are listed and removed on request; the retention reminder."""

from __future__ import annotations

import io
import json
from datetime import timedelta
from pathlib import Path
from typing import Any

from click.testing import CliRunner
from pypdf import PdfReader
from sqlalchemy import event, func, select

from app.cli import build_cli
from app.common.paths import Paths
from app.core.agenda_data import load_mission_data
from app.demo import write_demo
from app.documents.batch import organisation_agenda_jobs, render_job
from app.model import (
    FollowUp,
    Interpreter,
    Meeting,
    Mission,
    Organisation,
    Participant,
    Publication,
    SentMessage,
)
from app.services.erasure import erase_mission_people, erase_participant, retention_due
from app.services.publications import publish
from app.services.scheduling import schedule_mission
from app.store import Store, open_store
from app.store.backup import backup_sqlite
from tests.demo_support import CopyDemo, LoadDemo
from tests.factories import first_fit


def _interpreting_participant(store: Store, mission_id: int) -> Participant:
    """A participant made the interpreter of the mission's first meeting (publishing then
    names them in the snapshot)."""
    with store.session() as s:
        interpreter = s.scalars(
            select(Interpreter).where(Interpreter.mission_id == mission_id)
        ).first()
        meeting = s.scalars(
            select(Meeting).where(Meeting.mission_id == mission_id).order_by(Meeting.id)
        ).first()
        assert interpreter is not None and meeting is not None
        meeting.interpreter_id = interpreter.id
        person = s.get(Participant, interpreter.participant_id)
        assert person is not None
        s.flush()
        s.expunge(person)
        return person


def _file_bytes(path: Path) -> bytes:
    data = path.read_bytes()
    for extra in (Path(f"{path}-wal"), Path(f"{path}-journal")):
        if extra.exists():
            data += extra.read_bytes()
    return data


def _insecure_connections(store: Store) -> None:
    """Make every new connection leave deleted text in the file, as SQLite does where it is
    not built with SECURE_DELETE (Debian's is; Python's own Windows and macOS builds are not),
    so the test shows that the erasure itself overwrites it."""

    def off(dbapi_connection: Any, _record: Any) -> None:
        dbapi_connection.execute("PRAGMA secure_delete = OFF")

    event.listen(store.engine, "connect", off)
    store.engine.dispose()


def test_nothing_of_an_erased_person_remains(tmp_path: Path, paths: Paths) -> None:
    db = tmp_path / "mission.sqlite"
    with open_store(str(db), paths=paths) as store:
        _insecure_connections(store)
        write_demo(store)
        with store.session() as s:
            mid = s.scalars(select(Mission.id).where(Mission.host_city == "Nagoya")).one()
        schedule_mission(store, mid, solve=first_fit)
        person = _interpreting_participant(store, mid)
        publish(store, mid)
        with store.session() as s:
            s.add(SentMessage(mission_id=mid, participant_id=person.id, version=1,
                              address=person.email or "x@example.com", outcome="sent"))  # fmt: skip
        name = person.family_name
        marks = [m for m in (person.email, person.family_name_kanji, person.phone) if m]
        assert marks, "the demo person should have an e-mail or a kanji name"
        with store.session() as s:
            snapshots = " ".join(s.scalars(select(Publication.snapshot)))
        assert person.latin_name() in snapshots or name in snapshots
        erased = erase_participant(store, person.id)
        assert erased.participants == 1 and erased.snapshots_rewritten >= 1
        with store.session() as s:
            assert s.get(Participant, person.id) is None
            assert s.scalar(select(func.count()).select_from(SentMessage)) == 0
            snapshots = " ".join(s.scalars(select(Publication.snapshot)))
            ids = {
                m["interpreter"]["participant_id"]
                for p in s.scalars(select(Publication.snapshot))
                for m in json.loads(p)["meetings"]
                if m.get("interpreter")
            }
        assert person.latin_name() not in snapshots
        assert person.id in ids  # the id stays (it points at nobody; ids are never reused)
        data = load_mission_data(store, mid)
        assert person.id not in data.people
        for job in organisation_agenda_jobs(data, tmp_path):
            text = "".join(
                p.extract_text() for p in PdfReader(io.BytesIO(render_job(data, job))).pages
            )
            assert person.latin_name() not in text
    raw = _file_bytes(db)
    for mark in [*marks, person.latin_name()]:
        assert mark.encode("utf-8") not in raw, mark


def test_backups_made_before_are_listed_and_removed(
    tmp_path: Path, paths: Paths, copy_demo: CopyDemo
) -> None:
    db = copy_demo(tmp_path / "mission.sqlite")
    # backups=False: no backup on open, so the one made here is the only one
    with open_store(str(db), paths=paths, backups=False) as store:
        backup = backup_sqlite(db, paths.backups_dir, label="before")
        with store.session() as s:
            pid = s.scalars(select(Participant.id).order_by(Participant.id)).first()
            assert pid is not None
        kept = erase_participant(store, pid, paths=paths)
        assert kept.backups_holding == (backup,) and backup.exists()
        with store.session() as s:
            other = s.scalars(select(Participant.id).order_by(Participant.id)).first()
            assert other is not None
        removed = erase_participant(store, other, paths=paths, remove_backups=True)
        assert removed.backups_removed == (backup,) and not backup.exists()
        assert not list(paths.backups_dir.iterdir())  # nor its sidecar


def test_a_mission_s_people_on_each_backend(store: Store, load_demo: LoadDemo) -> None:
    """Every participant goes; organisations and the mission stay (SQLite and PostgreSQL)."""
    load_demo(store)
    with store.session() as s:
        mission = s.scalars(select(Mission).order_by(Mission.id)).first()
        assert mission is not None
        mid, end = mission.id, mission.end_date
        orgs = s.scalar(select(func.count()).where(Organisation.mission_id == mid))
    assert [d.mission_id for d in retention_due(store, end + timedelta(days=181), 180)][:1] == [mid]
    assert mid not in {d.mission_id for d in retention_due(store, end + timedelta(days=179), 180)}
    erased = erase_mission_people(store, mid)
    assert erased.participants > 0
    with store.session() as s:
        assert s.scalar(select(func.count()).where(Participant.mission_id == mid)) == 0
        assert s.scalar(select(func.count()).where(Organisation.mission_id == mid)) == orgs
    assert mid not in {d.mission_id for d in retention_due(store, end + timedelta(days=400), 180)}


def test_a_follow_up_no_longer_names_an_erased_owner(tmp_path: Path, paths: Paths) -> None:
    """A follow-up whose owner is the erased person (typed either way round, any case)
    keeps what was agreed and loses the name; one owned by someone else keeps theirs."""
    with open_store(tmp_path / "m.sqlite", paths=paths) as store:
        write_demo(store)
        with store.session() as s:
            person = s.scalars(
                select(Participant).where(Participant.organisation_id.is_not(None))
            ).first()
            assert person is not None
            pid, mid = person.id, person.mission_id
            org = person.organisation_id
            other = s.scalar(
                select(Organisation.id).where(
                    Organisation.mission_id == mid, Organisation.id != org
                )
            )
            assert org is not None and other is not None
            owner = f"  {person.family_name.upper()}   {person.given_name} "
            for who in (owner, "Chiara Bianchi"):
                s.add(
                    FollowUp(
                        mission_id=mid,
                        organisation_a_id=org,
                        organisation_b_id=other,
                        description="samples by March",
                        owner=who,
                    )
                )
        erase_participant(store, pid)
        with store.session() as s:
            owners = sorted(
                (f.owner, f.description)
                for f in s.scalars(select(FollowUp).where(FollowUp.mission_id == mid))
            )
    assert owners == [("", "samples by March"), ("Chiara Bianchi", "samples by March")]


def test_cli_erase(tmp_path: Path, paths: Paths, copy_demo: CopyDemo) -> None:
    db = copy_demo(tmp_path / "mission.sqlite")
    with open_store(str(db), paths=paths) as store, store.session() as s:
        pid = s.scalars(select(Participant.id).order_by(Participant.id)).first()
    runner = CliRunner()
    base = ["erase", "--db", str(db)]
    assert runner.invoke(build_cli(), base).exit_code == 2
    no = runner.invoke(build_cli(), [*base, "--participant", str(pid)], input="n\n")
    assert no.exit_code == 1 and "Aborted" in no.output
    yes = runner.invoke(build_cli(), [*base, "--participant", str(pid), "--yes"])
    assert yes.exit_code == 0 and "Erased 1 participant;" in yes.output, yes.output
    again = runner.invoke(build_cli(), [*base, "--participant", str(pid), "--yes"])
    assert again.exit_code == 1
    assert f"Participant {pid} is not in this database" in again.output
