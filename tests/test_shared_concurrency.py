"""Two clients on one mission at once (issue 16, Done when): an import racing another import,
an import racing ``demo --replace``, a scheduler run while another client edits, a connection
dropped mid-transaction. Nothing lost, nothing half-written, every refusal worded.

Each client is a store of its own (its own pool of connections, as two computers would have)
driven from a thread of its own; events force the interleaving: one holds the mission lock
(app.store.mission_lock) until the other is seen waiting for it. Run on real PostgreSQL
(PONTE_TEST_PG_URL) and, where it means something, on SQLite.
"""

from __future__ import annotations

import dataclasses
import threading
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select, text
from sqlalchemy.orm import Session

from app.common.paths import Paths
from app.common.wording import Message
from app.demo.writer import DEMO_MISSION_NAMES, write_demo
from app.importing import apply as apply_module
from app.importing.apply import ImportResult, apply_import
from app.importing.mapping import guess_kind, guess_mapping
from app.importing.plan import Action, ImportPlan, plan_import
from app.importing.readers import read_table
from app.model import Meeting, MeetingRequest, Mission, Participant
from app.scheduler.control import Control
from app.services.scheduling import SchedulingError, prepare_run, store_run
from app.store import DatabaseUnavailable, Store, open_store
from app.store.mission_lock import (
    MissionBusy,
    MissionGone,
    Operation,
    application_name,
    lock_mission,
    read_application_name,
)
from tests import demo_support
from tests.demo_support import LoadDemo
from tests.factories import first_fit, mission

ROWS = 300
MARIO = "Mario Rossi"
HANAKO = "山田 花子"
WAIT_S = 20.0  # an event not seen by then is a failure, not a hang


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def target(request: pytest.FixtureRequest, tmp_path: Path, empty_sqlite_template: Path) -> str:
    if request.param == "sqlite":
        return str(demo_support.copy_sqlite(empty_sqlite_template, tmp_path / "shared.sqlite"))
    return str(request.getfixturevalue("pg_url"))


def _client(target: str, paths: Paths, actor: str, busy_timeout: float = 15.0) -> Store:
    store = open_store(target, paths=paths, busy_timeout=busy_timeout)
    store.actor = actor
    return store


@pytest.fixture
def clients(target: str, paths: Paths) -> Iterator[tuple[Store, Store]]:
    """Two coordinators on one database: Mario Rossi and 山田 花子."""
    a, b = _client(target, paths, MARIO), _client(target, paths, HANAKO)
    try:
        yield a, b
    finally:
        a.close()
        b.close()


@pytest.fixture
def mission_id(clients: tuple[Store, Store]) -> int:
    with clients[0].session() as s:
        return mission(s).id


@pytest.fixture
def no_emails(tmp_path: Path) -> Path:
    """The probe's file: 300 participants, no e-mails (matched by name and company only)."""
    path = tmp_path / "no-emails.csv"
    lines = ["Cognome,Nome,Azienda"]
    lines += [f"Cognome{i:03d},Nome{i:03d},Officine {i % 7}" for i in range(ROWS)]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def _plan(store: Store, mission_id: int, path: Path) -> ImportPlan:
    table = read_table(path)
    return plan_import(
        store, mission_id, table, guess_mapping(guess_kind(table.headers), table.headers)
    )


def _people(store: Store, mission_id: int) -> int:
    with store.session() as s:
        return (
            s.scalar(
                select(func.count())
                .select_from(Participant)
                .where(Participant.mission_id == mission_id)
            )
            or 0
        )


class Worker(threading.Thread):
    """Runs ``job`` on a thread of its own; ``join_result`` gives what it returned or raised."""

    def __init__(self, name: str, job: Callable[[], Any]) -> None:
        super().__init__(name=name, daemon=True)
        self.job = job
        self.result: Any = None
        self.error: BaseException | None = None

    def run(self) -> None:
        try:
            self.result = self.job()
        except BaseException as exc:  # handed to the test
            self.error = exc

    def join_result(self) -> Any:
        self.join(WAIT_S * 2)
        assert not self.is_alive(), f"{self.name} did not finish"
        return self.result


def _hold_while_writing(
    monkeypatch: pytest.MonkeyPatch, thread_name: str, locked: threading.Event, go: threading.Event
) -> None:
    """The import on thread ``thread_name``, once it holds the mission lock, sets ``locked``
    and writes only when ``go`` is set (others' imports run as they would)."""
    real = apply_module._writer

    def writer(plan: ImportPlan) -> Any:
        write, changes = real(plan)
        if threading.current_thread().name != thread_name:
            return write, changes

        def held(s: Session) -> tuple[int, int]:
            locked.set()
            assert go.wait(WAIT_S), "the other client never came"
            return write(s)

        return held, changes

    monkeypatch.setattr(apply_module, "_writer", writer)


# --- an import racing another import ----------------------------------------------------------


def test_two_imports_of_a_file_without_emails_make_its_rows_once(
    clients: tuple[Store, Store],
    mission_id: int,
    no_emails: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The probe: both previews say "300 new"; the first import writes them, the second
    waits for it (told who holds the mission), matches the rows again and creates none."""
    a, b = clients
    plan_a, plan_b = _plan(a, mission_id, no_emails), _plan(b, mission_id, no_emails)
    assert plan_a.count(Action.CREATE) == plan_b.count(Action.CREATE) == ROWS
    locked, go = threading.Event(), threading.Event()
    _hold_while_writing(monkeypatch, "import-a", locked, go)
    told: list[Message] = []

    def waiting(message: Message) -> None:
        told.append(message)
        go.set()

    first = Worker("import-a", lambda: apply_import(a, plan_a))
    first.start()
    assert locked.wait(WAIT_S)
    second = Worker("import-b", lambda: apply_import(b, plan_b, waiting=waiting))
    second.start()
    if a.location.is_sqlite:  # SQLite's writer waits inside the driver: nobody to tell
        threading.Timer(0.3, go.set).start()
    done_a: ImportResult = first.join_result()
    done_b: ImportResult = second.join_result()
    assert first.error is None and second.error is None, (first.error, second.error)
    assert (done_a.created, done_a.note) == (ROWS, None)
    assert (done_b.created, done_b.updated, done_b.unchanged) == (0, 0, ROWS)
    assert done_b.rematched and done_b.note is not None
    assert "matched again" in done_b.note.text("en") and "300 already there" in done_b.note.text()
    assert "照合し直しました" in done_b.note.text("ja")
    assert _people(a, mission_id) == ROWS
    if not a.location.is_sqlite:
        assert [m.text("en") for m in told] == [
            f"{MARIO} is importing into this mission; waiting for it to finish…"
        ]


def test_two_imports_from_the_command_line_at_once(
    target: str, paths: Paths, mission_id: int, no_emails: Path
) -> None:
    """Two ``ponte import`` processes started together, no forced order: 300 rows, one of
    them says it created them, and no traceback from either."""
    import subprocess
    import sys

    ponte = str(Path(sys.executable).with_name("ponte"))
    command = [ponte, "import", "--db", target, "--mission", str(mission_id), str(no_emails)]
    runs = [
        subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        for _ in range(2)
    ]
    outs = [run.communicate(timeout=120) for run in runs]
    for run, (out, err) in zip(runs, outs, strict=True):
        assert run.returncode == 0, (out, err)
        assert "Traceback" not in err
    said = [out for out, _ in outs]
    assert sum(f"Imported: {ROWS} created" in out for out in said) == 1, said
    assert sum("Imported: 0 created" in out for out in said) == 1, said
    with open_store(target, paths=paths) as store:
        assert _people(store, mission_id) == ROWS


@pytest.mark.postgres
def test_an_import_that_waits_too_long_names_who_holds_the_mission(
    pg_url: str, paths: Paths, no_emails: Path
) -> None:
    holder = _client(pg_url, paths, HANAKO)
    waiter = _client(pg_url, paths, MARIO, busy_timeout=0.5)
    try:
        with holder.session() as s:
            mid = mission(s).id
        plan = _plan(waiter, mid, no_emails)
        with holder.session() as s:
            lock_mission(holder, s, mid, Operation.MERGE)
            with pytest.raises(MissionBusy) as refused:
                apply_import(waiter, plan)
        assert refused.value.holder == HANAKO
        assert str(refused.value) == (
            f"{HANAKO} is merging participants of this mission; try again when it is done."
        )
        assert refused.value.message.text("ja").startswith(f"{HANAKO} さんがこのミッションの")
        assert "unendo partecipanti" in refused.value.message.text("it")
        assert _people(waiter, mid) == 0
        assert apply_import(waiter, plan).created == ROWS  # released with the transaction
    finally:
        holder.close()
        waiter.close()


def test_the_holder_is_marked_in_ascii_whatever_the_name() -> None:
    for actor in (MARIO, HANAKO, "D'Amico, Anna-Maria", "x" * 200, "名" * 40, ""):
        for operation in Operation:
            marked = application_name(operation, actor)
            assert marked.isascii() and len(marked) <= 63
            found = read_application_name(marked)
            assert found is not None and found[0] == operation.value
            assert actor.startswith(found[1])
    assert read_application_name("psql") is None


# --- an import racing demo --replace ------------------------------------------------------------


@pytest.fixture
def demo_clients(target: str, paths: Paths, load_demo: LoadDemo) -> Iterator[tuple[Store, Store]]:
    """Two coordinators on a database holding the demo missions."""
    a = _client(target, paths, MARIO)
    load_demo(a)
    b = _client(target, paths, HANAKO)
    try:
        yield a, b
    finally:
        a.close()
        b.close()


def _demo_ids(store: Store) -> list[int]:
    with store.session() as s:
        return list(s.scalars(select(Mission.id).where(Mission.name.in_(DEMO_MISSION_NAMES))))


def test_an_import_into_a_mission_demo_replace_is_deleting_is_refused_in_words(
    demo_clients: tuple[Store, Store],
    no_emails: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The probe ended in a FOREIGN KEY traceback printing names and e-mails: now the
    import waits for the replacement, finds its mission gone and says so."""
    replacing, importing = demo_clients
    sqlite = replacing.location.is_sqlite  # where the new mission takes the old one's id
    target = min(_demo_ids(replacing))
    plan = _plan(importing, target, no_emails)
    deleted, go = threading.Event(), threading.Event()
    import app.demo.writer as writer

    real_summary = writer.summary

    def summary(m: Mission) -> str:  # called inside the transaction, after the deletion
        deleted.set()
        assert go.wait(WAIT_S)
        return real_summary(m)

    monkeypatch.setattr(writer, "summary", summary)
    demo = Worker("demo", lambda: write_demo(replacing, replace=True))
    demo.start()
    assert deleted.wait(WAIT_S)
    told: list[Message] = []

    def waiting(message: Message) -> None:
        told.append(message)
        go.set()

    imported = Worker("import", lambda: apply_import(importing, plan, waiting=waiting))
    imported.start()
    if sqlite:  # SQLite's writer waits inside the driver: nobody to tell
        threading.Timer(0.3, go.set).start()
    demo.join_result()
    imported.join_result()
    assert demo.error is None, demo.error
    assert isinstance(imported.error, MissionGone), imported.error
    assert "was deleted" in str(imported.error) and "nothing was written" in str(imported.error)
    assert sqlite or [m.text("en") for m in told] == [
        f"{MARIO} is rewriting the demo missions; waiting for it to finish…"
    ]
    new = _demo_ids(importing)
    assert len(new) == 2 and (sqlite or target not in new)
    with importing.session() as s:  # nothing of the file in the new missions
        assert not s.scalar(select(func.count()).where(Participant.family_name.like("Cognome%")))


def test_demo_replace_waits_for_an_import_then_replaces_everything(
    demo_clients: tuple[Store, Store], no_emails: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    importing, replacing = demo_clients
    target = min(_demo_ids(importing))
    plan = _plan(importing, target, no_emails)
    locked, go = threading.Event(), threading.Event()
    _hold_while_writing(monkeypatch, "import", locked, go)
    imported = Worker("import", lambda: apply_import(importing, plan))
    imported.start()
    assert locked.wait(WAIT_S)
    demo = Worker("demo", lambda: write_demo(replacing, replace=True))
    demo.start()
    demo.join(0.5)
    assert demo.is_alive(), "demo --replace did not wait for the import"
    go.set()
    assert imported.join_result().created == ROWS
    demo.join_result()
    assert imported.error is None and demo.error is None, (imported.error, demo.error)
    with importing.session() as s:
        assert not s.scalar(select(func.count()).where(Participant.family_name.like("Cognome%")))
        broken = s.scalar(
            text("SELECT count(*) FROM participant p LEFT JOIN mission m ON m.id = p.mission_id "
                 "WHERE m.id IS NULL")
        )  # fmt: skip
        assert broken == 0


# --- a scheduler run while another client edits ------------------------------------------------


def test_a_run_is_not_stored_over_a_request_edited_while_it_solved(
    demo_clients: tuple[Store, Store],
) -> None:
    """Another coordinator changes a request's priority while the solver runs: the edit is
    kept, the run's schedule is refused with its message (run again), nothing half-stored."""
    running, editing = demo_clients
    target = min(_demo_ids(running))
    with running.session() as s:
        before = s.scalar(select(func.count()).where(Meeting.mission_id == target))
    prepared = prepare_run(running, target, time_limit_s=5)
    schedule = first_fit(prepared.problem, Control(time_limit_s=5))
    with editing.session() as s:
        request = s.scalars(
            select(MeetingRequest)
            .where(MeetingRequest.mission_id == target, MeetingRequest.no_thanks.is_(False))
            .order_by(MeetingRequest.id)
        ).first()
        assert request is not None
        request_id, priority = request.id, request.priority % 5 + 1
        request.priority = priority
    with pytest.raises(SchedulingError) as refused:
        store_run(running, prepared, schedule)
    assert "Run the scheduler again" in str(refused.value)
    with running.session() as s:
        assert s.scalar(select(func.count()).where(Meeting.mission_id == target)) == before
        assert s.get(MeetingRequest, request_id).priority == priority  # type: ignore[union-attr]


def test_an_edit_during_the_store_step_waits_or_comes_after_never_half(
    demo_clients: tuple[Store, Store],
) -> None:
    """The run holds the mission lock from its check to its commit; an import in between
    waits for it and then sees the stored meetings."""
    running, importing = demo_clients
    target = min(_demo_ids(running))
    prepared = prepare_run(running, target, time_limit_s=5)
    schedule = first_fit(prepared.problem, Control(time_limit_s=5))
    with running.session() as s:
        lock_mission(running, s, target, Operation.SCHEDULE)
        waiting = Worker("other run", lambda: store_run(importing, prepared, schedule))
        waiting.start()
        waiting.join(0.5)
        assert waiting.is_alive(), "the store step did not wait for the mission lock"
    outcome = waiting.join_result()
    assert waiting.error is None, waiting.error
    assert outcome.stored > 0


# --- a connection dropped mid-transaction -----------------------------------------------------


@pytest.mark.postgres
def test_a_connection_dropped_mid_import_writes_nothing_and_says_so(
    pg_url: str,
    paths: Paths,
    no_emails: Path,
    monkeypatch: pytest.MonkeyPatch,
    caplog: pytest.LogCaptureFixture,
) -> None:
    store = _client(pg_url, paths, MARIO)
    admin = _client(pg_url, paths, "admin")
    try:
        with store.session() as s:
            mid = mission(s).id
        plan = _plan(store, mid, no_emails)
        real = apply_module._writer
        pids: list[int] = []

        def writer(p: ImportPlan) -> Any:
            write, changes = real(p)

            def cut(s: Session) -> tuple[int, int]:
                done = write(s)
                s.flush()  # every row sent, none committed
                pids.append(s.scalar(text("SELECT pg_backend_pid()")))
                with admin.connection() as c:
                    c.execute(text("SELECT pg_terminate_backend(:p)"), {"p": pids[-1]})
                    c.commit()
                return done

            return cut, changes

        monkeypatch.setattr(apply_module, "_writer", writer)
        with pytest.raises(DatabaseUnavailable) as lost:
            apply_import(store, plan)
        said = str(lost.value)
        assert said.startswith("The connection to ") and "was lost" in said, said
        for shown in (said, lost.value.message.text("ja"), caplog.text):
            assert "Cognome" not in shown and "Nome0" not in shown
        monkeypatch.setattr(apply_module, "_writer", real)
        assert _people(store, mid) == 0  # the next action reconnects (pool_pre_ping)
        assert apply_import(store, _plan(store, mid, no_emails)).created == ROWS
    finally:
        store.close()
        admin.close()


@pytest.mark.postgres
def test_a_connection_dropped_while_waiting_for_the_lock_says_so(
    pg_url: str, paths: Paths, no_emails: Path
) -> None:
    holder, waiter = _client(pg_url, paths, HANAKO), _client(pg_url, paths, MARIO)
    try:
        with holder.session() as s:
            mid = mission(s).id
        plan = _plan(waiter, mid, no_emails)
        told = threading.Event()
        with holder.session() as s:
            lock_mission(holder, s, mid, Operation.IMPORT)
            job = Worker("waiter", lambda: apply_import(waiter, plan, waiting=lambda m: told.set()))
            job.start()
            assert told.wait(WAIT_S)
            s.execute(
                text("SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                     "WHERE application_name LIKE 'Ponte import (Mario%'")
            )  # fmt: skip
            job.join_result()
        assert isinstance(job.error, DatabaseUnavailable), job.error
        assert _people(waiter, mid) == 0
    finally:
        holder.close()
        waiter.close()


# --- what a race leaves for the constraints --------------------------------------------------


def test_no_value_of_a_row_reaches_an_error(target: str, paths: Paths) -> None:
    """hide_parameters: a refused statement's error lists no value it carried (SQLite's
    said the whole row); what is logged and worded is the driver's first line, never
    PostgreSQL's DETAIL, which quotes the row."""
    from sqlalchemy.exc import IntegrityError

    from app.store.failures import race_refused, reason

    with _client(target, paths, MARIO) as store:
        with pytest.raises(IntegrityError) as refused, store.session() as s:
            s.execute(
                text("INSERT INTO participant (mission_id, family_name) VALUES (:m, :f)"),
                {"m": 987654, "f": "Segretissima"},
            )
        assert "[SQL parameters hidden due to hide_parameters=True]" in str(refused.value)
        assert "Segretissima" not in reason(refused.value)
        worded = race_refused(refused.value, store.location.display())
        for lang in ("en", "it", "ja"):
            assert "Segretissima" not in worded.message.text(lang)


def test_a_record_deleted_under_a_form_is_worded(clients: tuple[Store, Store]) -> None:
    """A participant saved into an organisation another coordinator deleted meanwhile: the
    foreign key refuses it, in words, with nothing written."""
    from app.core.participant_record import RECORD_KIND, ParticipantData
    from app.core.records import create_record
    from app.model import Organisation
    from app.store.errors import RaceRefused
    from tests.factories import organisation

    a, b = clients
    if a.location.is_sqlite:
        pytest.skip("on SQLite a save takes the write lock before it checks: the other waits")
    with a.session() as s:
        m = mission(s)
        org = organisation(s, m)
        mid, oid = m.id, org.id
    data = ParticipantData(family_name="Segretissima", organisation_id=oid)
    real = RECORD_KIND.validate

    def validate_then_lose_it(s: Session, *args: Any) -> Any:  # the other deletes it now
        clean = real(s, *args)
        with b.session() as other:
            other.delete(other.get(Organisation, oid))
        return clean

    racing = dataclasses.replace(RECORD_KIND, validate=validate_then_lose_it)
    with pytest.raises(RaceRefused) as refused:
        create_record(a, racing, mid, data)
    assert "nothing of it was written" in str(refused.value)
    assert "Segretissima" not in str(refused.value)
    assert _people(a, mid) == 0


# --- SQLite: no id is reused (schema 0011) ------------------------------------------------------


def test_sqlite_never_gives_a_deleted_missions_id_to_a_new_one(
    tmp_path: Path, paths: Paths, empty_sqlite_template: Path
) -> None:
    """An import planned for a mission that ``demo --replace`` then rewrote must not land in
    the new mission that got the old id."""
    path = demo_support.copy_sqlite(empty_sqlite_template, tmp_path / "reuse.sqlite")
    with open_store(str(path), paths=paths) as store:
        with store.session() as s:
            first = mission(s).id
            s.delete(s.get(Mission, first))
        with store.session() as s:
            second = mission(s).id
    assert second != first


def test_sqlite_never_gives_a_deleted_meetings_id_to_a_new_one(
    tmp_path: Path, paths: Paths, copy_demo: demo_support.CopyDemo
) -> None:
    """A meeting cancelled by a re-run and a new one placed by the next must not share an id:
    a publication's changes and a calendar's event UIDs follow meetings by id."""
    from datetime import UTC, datetime, timedelta

    from app.model import B2BSession, Organisation

    path = copy_demo(tmp_path / "meetings.sqlite")
    with open_store(str(path), paths=paths) as store:

        def place() -> int:
            with store.session() as s:
                b2b = s.scalars(select(B2BSession).order_by(B2BSession.id)).first()
                assert b2b is not None
                a, b = s.scalars(
                    select(Organisation).where(Organisation.mission_id == b2b.mission_id).limit(2)
                ).all()
                start = datetime(2027, 10, 13, 1, 0, tzinfo=UTC)
                meeting = Meeting(
                    mission_id=b2b.mission_id, organisation_a_id=a.id, organisation_b_id=b.id,
                    session_id=b2b.id, table_id=b2b.tables[0].id, start_utc=start,
                    end_utc=start + timedelta(minutes=20),
                )  # fmt: skip
                s.add(meeting)
                s.flush()
                return meeting.id

        first = place()
        with store.session() as s:
            s.delete(s.get(Meeting, first))
        second = place()
    assert second != first
