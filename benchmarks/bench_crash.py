"""Crash benchmark (issue 16): kill Ponte with SIGKILL at random moments while it creates,
upgrades, imports, schedules and saves, and check every file it leaves. Run by hand:

    nice .venv/bin/python benchmarks/bench_crash.py [--kills 100] [--phases create,upgrade,…]
        [--seed 0] [--jobs 2] [--keep DIR] [--json OUT]

Each phase starts the real process on a fresh copy of its file:

* create: ``ponte demo`` on a new file;
* upgrade: ``ponte info`` on a copy of tests/fixtures/ponte-0008-demo.sqlite (opening it
  upgrades it, after a backup);
* import: ``ponte import`` of a registration sheet of IMPORT_ROWS new participants;
* schedule: ``ponte schedule`` of the Torino → Nagoya demo mission;
* save: benchmarks/crash_save_driver.py, edits through the services layer, one transaction
  each, with markers.

Each phase is first run once to the end (its duration and its final state are the
reference), then killed --kills times after a delay drawn uniformly within that duration. The
files left (database, -wal, -shm, -journal) are copied twice as they are; on one copy:
``PRAGMA integrity_check`` is "ok", ``foreign_key_check`` is empty, the schema is exactly
the one before or after the phase (tables and columns; revision head, or 0008 for the upgrade,
or nothing yet for the creation), and the transaction is all or nothing (create and upgrade:
every table's row count as before or as after; import: none or all of the sheet's rows, the
whole file as before or after; schedule: no run and no meetings, or the run and exactly the
meetings it says it stored; save: the markers of a whole number of transactions, in order).
The other copy is opened by Ponte (``open_store``), then must pass integrity_check and be at
the head revision.
"""

from __future__ import annotations

import argparse
import json
import multiprocessing
import os
import random
import shutil
import signal
import sqlite3
import subprocess
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Callable, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

import crash_save_driver as save_driver  # noqa: E402

PHASES = ("create", "upgrade", "import", "schedule", "save")
FIXTURE_0008 = ROOT / "tests" / "fixtures" / "ponte-0008-demo.sqlite"
OLD_REVISION = "0008"
IMPORT_ROWS = 400
IMPORT_EMAIL = "crash-import-{n:04d}@example.com"
MISSION_ID = 1
DB = "ponte.sqlite"
SIDE_FILES = ("-wal", "-shm", "-journal")
# The kinds of failure, in the order the table shows them.
KINDS = ("unreadable", "integrity", "foreign keys", "schema", "half-written", "open", "after open")


def _ponte() -> list[str]:
    """The ``ponte`` command of this interpreter's environment (scripts/setup.sh makes it)."""
    path = Path(sys.executable).parent / "ponte"
    if not path.exists():
        raise SystemExit(f"no {path}: run scripts/setup.sh first")
    return [str(path)]


# --- what a file holds ---------------------------------------------------------------------


def _connect(path: Path) -> sqlite3.Connection:
    return sqlite3.connect(path, isolation_level=None)


def schema_of(con: sqlite3.Connection) -> tuple[tuple[str, str, tuple[str, ...]], ...]:
    """Tables, indexes and each table's columns (name, type, not null, key), sorted."""
    rows = con.execute(
        "SELECT type, name FROM sqlite_master WHERE name NOT LIKE 'sqlite_%' ORDER BY type, name"
    ).fetchall()
    out = []
    for kind, name in rows:
        cols: tuple[str, ...] = ()
        if kind == "table":
            cols = tuple(
                f"{c[1]} {c[2]} {c[3]} {c[5]}"
                for c in con.execute(f'PRAGMA table_info("{name}")').fetchall()
            )
        out.append((kind, name, cols))
    return tuple(out)


def counts_of(con: sqlite3.Connection) -> dict[str, int]:
    names = [
        r[0]
        for r in con.execute(
            "SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%'"
        )
    ]
    return {n: con.execute(f'SELECT count(*) FROM "{n}"').fetchone()[0] for n in sorted(names)}


def revision_of(con: sqlite3.Connection) -> str | None:
    try:
        row = con.execute("SELECT version_num FROM alembic_version").fetchone()
    except sqlite3.OperationalError:
        return None
    return str(row[0]) if row else None


@dataclass(frozen=True)
class State:
    """A reference state of a file: its schema, revision and row counts."""

    schema: tuple[tuple[str, str, tuple[str, ...]], ...]
    revision: str | None
    counts: dict[str, int]

    @classmethod
    def of(cls, path: Path) -> State:
        if not path.exists() or path.stat().st_size == 0:
            return cls((), None, {})
        con = _connect(path)
        try:
            return cls(schema_of(con), revision_of(con), counts_of(con))
        finally:
            con.close()


@dataclass
class Reference:
    """What a phase's file may hold after a kill: the state before or after the phase."""

    phase: str
    before: State
    after: State
    duration_s: float
    writes_at_s: float  # when the run first changed the database's files
    base: Path | None  # the file each run starts from (None: a new file)
    argv: list[str]
    kill_argv: list[str] | None = None  # what is killed, when not argv


# --- the checks ----------------------------------------------------------------------------


@dataclass
class Verdict:
    phase: str
    delay_s: float
    killed: bool
    after_write: bool = False  # delay_s counted from the first write, not the start
    outcome: str = ""  # "before", "after" or "between" (the save phase: rounds done)
    failures: dict[str, str] = field(default_factory=dict)  # kind -> what was seen


def check_file(path: Path, ref: Reference, verdict: Verdict) -> None:
    """The crash-state checks of the module's docstring, on ``path`` (a copy, may be changed
    by SQLite's recovery)."""
    if not path.exists() or path.stat().st_size == 0:
        if ref.before.schema:  # the phase starts from a file: it cannot vanish
            verdict.failures["unreadable"] = "the file is gone or empty"
        verdict.outcome = "before"
        return
    try:
        con = _connect(path)
        try:
            (ok,) = con.execute("PRAGMA integrity_check").fetchone()
            if ok != "ok":
                verdict.failures["integrity"] = str(ok)
            broken = con.execute("PRAGMA foreign_key_check").fetchall()
            if broken:
                verdict.failures["foreign keys"] = f"{len(broken)} rows, e.g. {broken[0]}"
            state = State(schema_of(con), revision_of(con), counts_of(con))
            _check_state(con, state, ref, verdict)
        finally:
            con.close()
    except sqlite3.DatabaseError as exc:
        verdict.failures["unreadable"] = str(exc)


def _check_state(con: sqlite3.Connection, state: State, ref: Reference, v: Verdict) -> None:
    at = [
        name for name, s in (("before", ref.before), ("after", ref.after)) if _same_schema(state, s)
    ]
    if not at:
        v.failures["schema"] = (
            f"revision {state.revision}, not the schema before ({ref.before.revision}) "
            f"nor after ({ref.after.revision}): {_schema_diff(state, ref)}"
        )
        return
    if ref.phase == "create":
        # Two transactions: the schema (a new file, then at head with no rows), then the demo.
        rows = {t: n for t, n in state.counts.items() if t != "alembic_version"}
        full = {t: n for t, n in ref.after.counts.items() if t != "alembic_version"}
        v.outcome = "after" if any(rows.values()) else "before"
        if any(rows.values()) and rows != full:
            diff = {t: (rows.get(t), n) for t, n in full.items() if rows.get(t) != n}
            v.failures["half-written"] = f"row counts (seen, expected): {diff}"
    elif ref.phase == "upgrade":
        # One transaction; both revisions hold the same rows (0009 adds columns and a table).
        v.outcome = at[-1]
        kept = {t: n for t, n in ref.before.counts.items() if t != "alembic_version"}
        seen = {t: state.counts.get(t) for t in kept}
        if seen != kept:
            diff = {t: (seen[t], n) for t, n in kept.items() if seen[t] != n}
            v.failures["half-written"] = f"row counts (seen, expected): {diff}"
    elif ref.phase == "import":
        (n,) = con.execute(
            "SELECT count(*) FROM participant WHERE email LIKE 'crash-import-%'"
        ).fetchone()
        v.outcome = "before" if n == 0 else "after" if n == IMPORT_ROWS else "between"
        expected = ref.before.counts if n == 0 else ref.after.counts
        if v.outcome == "between" or state.counts != expected:
            diff = {
                t: (state.counts.get(t), c) for t, c in expected.items() if state.counts.get(t) != c
            }
            v.failures["half-written"] = f"{n} of {IMPORT_ROWS} rows; counts {diff}"
    elif ref.phase == "schedule":
        runs = con.execute(
            "SELECT count(*), coalesce(sum(stored), 0) FROM schedule_run WHERE mission_id = ?",
            (MISSION_ID,),
        ).fetchone()
        (meetings,) = con.execute(
            "SELECT count(*) FROM meeting WHERE mission_id = ?", (MISSION_ID,)
        ).fetchone()
        (seats,) = con.execute(
            "SELECT count(*) FROM meeting_participant mp JOIN meeting m ON m.id = mp.meeting_id "
            "WHERE m.mission_id = ?",
            (MISSION_ID,),
        ).fetchone()
        v.outcome = "before" if runs[0] == 0 else "after"
        whole = (runs[0] == 0 and meetings == 0 and seats == 0) or (
            runs[0] == 1 and meetings == runs[1] and (seats > 0) == (meetings > 0)
        )
        if not whole:
            v.failures["half-written"] = (
                f"{runs[0]} runs saying {runs[1]} meetings; {meetings} meetings, {seats} seats"
            )
    elif ref.phase == "save":
        a, b, c = save_driver.markers(con)
        v.outcome = "before" if (a, b, c) == (0, 0, 0) else f"round {a}"
        if not save_driver.in_order(a, b, c):
            v.failures["half-written"] = f"markers (requests, participant, created) = {(a, b, c)}"


def _same_schema(state: State, ref: State) -> bool:
    return state.schema == ref.schema and state.revision == ref.revision


def _schema_diff(state: State, ref: Reference) -> str:
    near = min((ref.before, ref.after), key=lambda s: len(set(s.schema) ^ set(state.schema)))
    extra = sorted({(k, n) for k, n, _c in state.schema} - {(k, n) for k, n, _c in near.schema})
    gone = sorted({(k, n) for k, n, _c in near.schema} - {(k, n) for k, n, _c in state.schema})
    changed = sorted(
        n for k, n, c in state.schema if k == "table" and (k, n, c) not in set(near.schema)
    )
    return f"extra {extra[:4]}, missing {gone[:4]}, other columns in {changed[:4]}"


def check_open(path: Path, home: Path, verdict: Verdict) -> None:
    """Ponte opens ``path`` (creating or upgrading it as it would); the result is sound."""
    from app.common.paths import Paths
    from app.store import migrate, open_store

    try:
        store = open_store(path, paths=Paths.under(home))
    except Exception as exc:  # a StoreError is the expected kind; anything else is one too
        said = getattr(exc, "message", None) or str(exc)
        cause = exc.__cause__
        verdict.failures["open"] = f"{type(exc).__name__}: {said}" + (
            f" ({cause})" if cause is not None else ""
        )
        return
    store.close()
    try:
        con = _connect(path)
        try:
            (ok,) = con.execute("PRAGMA integrity_check").fetchone()
            revision = revision_of(con)
            broken = con.execute("PRAGMA foreign_key_check").fetchall()
        finally:
            con.close()
    except sqlite3.DatabaseError as exc:
        verdict.failures["after open"] = str(exc)
        return
    if ok != "ok" or revision != migrate.head_revision() or broken:
        verdict.failures["after open"] = f"integrity {ok}, revision {revision}, {len(broken)} keys"


# --- one kill ------------------------------------------------------------------------------


def _copy_files(src_dir: Path, dst_dir: Path) -> None:
    dst_dir.mkdir(parents=True)
    for suffix in ("", *SIDE_FILES):
        src = src_dir / (DB + suffix)
        if src.exists():
            shutil.copyfile(src, dst_dir / src.name)


def kill_once(
    ref: Reference, delay_s: float, folder: Path, keep_failed: bool, after_write: bool = False
) -> Verdict:
    """Run the phase in ``folder``, SIGKILL it ``delay_s`` after it started (or, with
    ``after_write``, after its first write to the database), check what it left."""
    folder.mkdir(parents=True)
    run_dir = folder / "run"
    run_dir.mkdir()
    db = run_dir / DB
    if ref.base is not None:
        shutil.copyfile(ref.base, db)
    env = dict(os.environ, PONTE_HOME=str(folder / "home"), QT_QPA_PLATFORM="offscreen")
    argv = [str(db) if a == "{db}" else a for a in ref.kill_argv or ref.argv]
    proc = subprocess.Popen(
        argv, env=env, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
    )
    if after_write:  # the run's own pace, whatever the load: wait for its first write
        first = _files_now(db)
        while proc.poll() is None and _files_now(db) == first:
            time.sleep(0.002)
    try:
        proc.wait(timeout=delay_s)
        killed = False
    except subprocess.TimeoutExpired:
        proc.send_signal(signal.SIGKILL)
        proc.wait()
        killed = True
    verdict = Verdict(ref.phase, delay_s, killed, after_write)
    _copy_files(run_dir, folder / "as-left")
    _copy_files(run_dir, folder / "opened")
    try:
        check_file(folder / "as-left" / DB, ref, verdict)
        check_open(folder / "opened" / DB, folder / "check-home", verdict)
    except Exception as exc:  # the checker itself broke: reported, never hidden
        verdict.failures["checker"] = f"{type(exc).__name__}: {exc}"
    if not (keep_failed and verdict.failures):
        shutil.rmtree(folder, ignore_errors=True)
    return verdict


def _kill_task(args: tuple[Reference, float, Path, bool, bool]) -> Verdict:
    return kill_once(*args)


# --- the phases ----------------------------------------------------------------------------


def _files_now(db: Path) -> tuple[object, ...]:
    """What changes when something is written: the file itself, a -wal growing past empty
    (a reader's connection makes an empty one), a -journal appearing."""

    def stat(suffix: str) -> tuple[int, int]:
        try:
            st = (db.parent / (db.name + suffix)).stat()
        except FileNotFoundError:
            return (-1, 0)
        return (st.st_size, st.st_mtime_ns)

    return (stat(""), max(stat("-wal")[0], 0), stat("-journal")[0] >= 0)


def _timed_run(argv: list[str], db: Path, home: Path) -> tuple[float, float]:
    """Run to the end: how long it took, and when the database's files first changed."""
    env = dict(os.environ, PONTE_HOME=str(home), QT_QPA_PLATFORM="offscreen")
    first = _files_now(db)
    started = time.perf_counter()
    proc = subprocess.Popen(
        [str(db) if a == "{db}" else a for a in argv],
        env=env,
        cwd=ROOT,
        stdout=subprocess.DEVNULL,
    )
    writes_at = None
    while proc.poll() is None:
        if writes_at is None and _files_now(db) != first:
            writes_at = time.perf_counter() - started
        time.sleep(0.005)
    took = time.perf_counter() - started
    if proc.returncode != 0:
        raise SystemExit(f"{' '.join(argv)} failed ({proc.returncode}) on {db}")
    return took, took if writes_at is None else writes_at


def write_sheet(demo: Path, sheet: Path, rows: int = IMPORT_ROWS) -> None:
    """A registration sheet of ``rows`` new participants of the demo's organisations."""
    import openpyxl

    con = _connect(demo)
    try:
        orgs = [
            r[0]
            for r in con.execute(
                "SELECT name FROM organisation WHERE mission_id = ? ORDER BY id", (MISSION_ID,)
            )
        ]
    finally:
        con.close()
    rng = random.Random(16)
    wb = openpyxl.Workbook()
    ws = wb.active
    assert ws is not None
    ws.title = "Iscritti"
    ws.append(["Cognome", "Nome", "Azienda", "E-mail", "Telefono", "Lingua"])
    for n in range(rows):
        ws.append(
            [
                rng.choice(["Rossi", "Bianchi", "Tanaka", "Suzuki", "Ferrero", "Itō"]),
                rng.choice(["Anna", "Marco", "Hiroshi", "Yuki", "Giulia", "Kenji"]),
                rng.choice(orgs),
                IMPORT_EMAIL.format(n=n),
                f"+39 011 555 {n:04d}",
                rng.choice(["it", "ja", "en"]),
            ]
        )
    wb.save(sheet)


def prepare(
    work: Path,
    phases: Sequence[str],
    time_limit_s: float,
    rounds: int,
    say: Callable[[str], None],
    jobs: int = 2,
) -> dict[str, Reference]:
    """Run each phase once to the end: its duration and its before/after states (the demo
    first, then the others ``jobs`` at a time, as their kills will run)."""
    ponte = _ponte()
    home = work / "home"
    demo = work / "demo.sqlite"
    argv = [*ponte, "demo", "--db", "{db}"]
    took, writes = _timed_run(argv, demo, home)
    create = Reference("create", State((), None, {}), State.of(demo), took, writes, None, argv)
    demo_state = State.of(demo)

    def upgrade() -> Reference:
        upgraded = work / "upgraded.sqlite"
        shutil.copyfile(FIXTURE_0008, upgraded)
        argv = [*ponte, "info", "--db", "{db}"]
        took, writes = _timed_run(argv, upgraded, home / "upgrade")
        before = State.of(FIXTURE_0008)
        return Reference("upgrade", before, State.of(upgraded), took, writes, FIXTURE_0008, argv)

    def import_() -> Reference:
        sheet = work / "iscritti.xlsx"
        write_sheet(demo, sheet)
        done = work / "imported.sqlite"
        shutil.copyfile(demo, done)
        argv = [
            *ponte, "import", "--db", "{db}", "--mission", str(MISSION_ID),
            "--kind", "participants", str(sheet),
        ]  # fmt: skip
        took, writes = _timed_run(argv, done, home / "import")
        return Reference("import", demo_state, State.of(done), took, writes, demo, argv)

    def schedule() -> Reference:
        done = work / "scheduled.sqlite"
        shutil.copyfile(demo, done)
        argv = [
            *ponte, "schedule", "--db", "{db}", "--mission", str(MISSION_ID),
            "--time-limit", f"{time_limit_s:g}",
        ]  # fmt: skip
        took, writes = _timed_run(argv, done, home / "schedule")
        return Reference("schedule", demo_state, State.of(done), took, writes, demo, argv)

    def save() -> Reference:
        base = work / "save-base.sqlite"
        shutil.copyfile(demo, base)
        driver = [sys.executable, str(ROOT / "benchmarks" / "crash_save_driver.py"), "{db}"]
        _timed_run([*driver, "--prepare"], base, home / "save")
        done = work / "saved.sqlite"
        shutil.copyfile(base, done)
        argv = [*driver, "--rounds", str(rounds)]
        took, writes = _timed_run(argv, done, home / "save")
        return Reference(
            "save", State.of(base), State.of(done), took, writes, base, argv,
            [*driver, "--rounds", "0"],  # saves until killed: every run is killed
        )  # fmt: skip

    makers = {"upgrade": upgrade, "import": import_, "schedule": schedule, "save": save}
    with ThreadPoolExecutor(max(1, jobs)) as pool:
        futures = {name: pool.submit(makers[name]) for name in phases if name in makers}
        refs = {"create": create} | {name: f.result() for name, f in futures.items()}
    for name in phases:
        ref = refs[name]
        say(
            f"{name}: one whole run took {ref.duration_s:.2f} s, "
            f"writing to the database from {ref.writes_at_s:.2f} s"
        )
    return {name: refs[name] for name in phases}


@dataclass
class PhaseResult:
    phase: str
    verdicts: list[Verdict]
    seconds: float

    @property
    def kills(self) -> int:
        return sum(v.killed for v in self.verdicts)

    @property
    def failed(self) -> list[Verdict]:
        return [v for v in self.verdicts if v.failures]

    def by_kind(self) -> Counter[str]:
        return Counter(kind for v in self.verdicts for kind in v.failures)

    def outcomes(self) -> Counter[str]:
        return Counter(
            "before" if v.outcome == "before" else "after" if v.outcome else "?"
            for v in self.verdicts
            if v.killed and not v.failures
        )


def _delay(ref: Reference, n: int, rng: random.Random) -> tuple[float, bool]:
    """Every other kill anywhere in the run (delay from its start), the others while it
    writes to the database (delay from its first write): most of a run is starting Python,
    reading and solving, which a kill cannot harm."""
    if n % 2 == 0:
        return rng.uniform(0.0, ref.duration_s), False
    return rng.uniform(0.0, max(ref.duration_s - ref.writes_at_s, 0.01)), True


def run_phase(
    ref: Reference,
    kills: int,
    rng: random.Random,
    work: Path,
    pool: multiprocessing.pool.Pool,
    keep_failed: bool,
) -> PhaseResult:
    """Kill the phase ``kills`` times (runs that ended before their kill are run again, up
    to three times as many runs in all)."""
    started = time.perf_counter()
    verdicts: list[Verdict] = []
    n = 0
    while sum(v.killed for v in verdicts) < kills and n < 3 * kills:
        missing = kills - sum(v.killed for v in verdicts)
        tasks = []
        for _ in range(missing):
            delay, after_write = _delay(ref, n, rng)
            tasks.append((ref, delay, work / f"{ref.phase}-{n}", keep_failed, after_write))
            n += 1
        verdicts.extend(pool.imap_unordered(_kill_task, tasks))
    return PhaseResult(ref.phase, verdicts, time.perf_counter() - started)


def table(results: Sequence[PhaseResult]) -> str:
    head = f"{'phase':<9} {'kills':>5} {'ended':>5} {'before':>6} {'after':>5}  failures by kind"
    lines = [head, "-" * 78]
    total_kills = total_failed = 0
    total_s = 0.0
    for r in results:
        out = r.outcomes()
        kinds = r.by_kind()
        said = ", ".join(f"{k} {kinds[k]}" for k in (*KINDS, "checker") if kinds[k]) or "none"
        failed = len(r.failed)
        lines.append(
            f"{r.phase:<9} {r.kills:>5} {len(r.verdicts) - r.kills:>5} {out['before']:>6} "
            f"{out['after']:>5}  {failed} files: {said}  ({r.seconds / 60:.1f} min)"
        )
        total_kills += r.kills
        total_failed += failed
        total_s += r.seconds
    lines.append("-" * 78)
    lines.append(
        f"{'all':<9} {total_kills:>5}  {total_failed} failed files, {total_s / 60:.1f} min"
    )
    return "\n".join(lines)


def details(results: Sequence[PhaseResult], most: int = 3) -> str:
    lines = []
    for r in results:
        seen: Counter[str] = Counter()
        for v in r.failed:
            for kind, what in v.failures.items():
                seen[kind] += 1
                if seen[kind] <= most:
                    when = "after its first write" if v.after_write else "after its start"
                    lines.append(
                        f"  {r.phase} (kill {v.delay_s:.2f} s {when}) {kind}: {what[:300]}"
                    )
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> list[PhaseResult]:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--kills", type=int, default=100, help="kills per phase")
    parser.add_argument("--phases", default=",".join(PHASES))
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--time-limit", type=float, default=2.0, help="the solver's, s")
    parser.add_argument("--rounds", type=int, default=200, help="the save driver's rounds")
    parser.add_argument("--keep", type=Path, default=None, help="keep failed files here")
    parser.add_argument("--json", type=Path, default=None, help="write the verdicts here")
    args = parser.parse_args(argv)
    phases = [p.strip() for p in args.phases.split(",") if p.strip()]
    unknown = set(phases) - set(PHASES)
    if unknown:
        parser.error(f"unknown phases {sorted(unknown)}; known: {', '.join(PHASES)}")
    work = args.keep or Path(tempfile.mkdtemp(prefix="ponte-bench-crash-"))
    work.mkdir(parents=True, exist_ok=True)
    rng = random.Random(args.seed)
    load = os.getloadavg()[0]
    say = lambda line: print(line, flush=True)  # noqa: E731
    refs = prepare(work, phases, args.time_limit, args.rounds, say, args.jobs)
    results = []
    context = multiprocessing.get_context("spawn")  # alembic's context is per process
    with context.Pool(args.jobs) as pool:
        for name in phases:
            results.append(run_phase(refs[name], args.kills, rng, work, pool, bool(args.keep)))
            said = details(results[-1:])  # as each phase ends: a cut-short run still tells
            say(
                f"{name}: {results[-1].kills} kills, {len(results[-1].failed)} failed files, "
                f"{results[-1].seconds / 60:.1f} min, load {os.getloadavg()[0]:.1f}"
                + (f"\n{said}" if said else "")
            )
            if args.json:
                args.json.write_text(
                    json.dumps([v.__dict__ for r in results for v in r.verdicts], indent=1)
                )
    say(table(results))
    said = details(results)
    if said:
        say("first failures of each kind:\n" + said)
    say(f"load average {load:.1f} at the start, {os.getloadavg()[0]:.1f} at the end; "
        f"{args.jobs} jobs; seed {args.seed}")  # fmt: skip
    if not args.keep:
        shutil.rmtree(work, ignore_errors=True)
    return results


if __name__ == "__main__":
    main()
