"""The chambers' report (issue 18): every figure checked against counts made here with plain
SQL on the demo missions after the mission (scheduled by the greedy baseline, outcomes
invented), the PDF read back in each language, the .xlsx's numbers, pdfcheck, ponte report."""

from __future__ import annotations

import json
import shutil
import sqlite3
import subprocess
import sys
from collections import Counter, defaultdict
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import pytest
from click.testing import CliRunner
from openpyxl import load_workbook
from pypdf import PdfReader
from sqlalchemy import select

from app.cli import build_cli
from app.common.paths import Paths
from app.core import report_messages as w
from app.core.mission_record import load_mission
from app.core.report_figures import CONCRETE_FOLLOW_UPS, OUTCOMES, MissionFigures, WhyNot
from app.core.slots import session_slots
from app.demo.after_the_mission import invent_outcomes
from app.model import (
    AgendaAttendee,
    AgendaItem,
    B2BSession,
    Interpreter,
    Mission,
    Participant,
)
from app.model.enums import AgendaKind, Audience, DocumentLanguage, Outcome, Sector
from app.scheduler.greedy import greedy
from app.services.demo import DEMO_MISSION_NAMES, after_the_mission
from app.services.report import load_figures, write_report
from app.services.scheduling import schedule_mission
from app.store import Store, open_store
from tests.demo_support import copy_sqlite

PDFCHECK = Path(__file__).resolve().parents[2] / "shared" / "tools" / "pdfcheck" / "check_pdf.py"
LANGS = (DocumentLanguage.IT, DocumentLanguage.JA, DocumentLanguage.EN)
STRENGTH = {
    None: 0,
    "no_interest": 0,
    "interesting": 1,
    "cooperation_possible": 2,
    **{o.value: 3 for o in CONCRETE_FOLLOW_UPS},
}
KIND_GROUP = {  # the scheduler's reasons as the report groups them (its documented rule)
    "no_common_slot": "no_slot",
    "fully_booked": "no_slot",
    "no_table": "no_slot",
    "higher_value": "no_slot",
    "pair_meets_already": "no_slot",
    "no_interpreter_languages": "no_interpreter",
    "no_interpreter_free": "no_interpreter",
}


@dataclass(frozen=True)
class Demo:
    store: Store
    db: Path
    turin_host: int  # Nagoya → Torino, March 2028 (the later one)
    nagoya_host: int  # Torino → Nagoya, October 2027

    def sql(self) -> sqlite3.Connection:
        return sqlite3.connect(f"{self.db.as_uri()}?mode=ro", uri=True)


@pytest.fixture(scope="module")
def demo(demo_sqlite_template: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Demo]:
    """Both demo missions scheduled (greedy, with its reasons) and after the mission."""
    folder = tmp_path_factory.mktemp("report")
    db = copy_sqlite(demo_sqlite_template, folder / "demo.sqlite")
    with open_store(db, paths=Paths.under(folder / "home")) as store:
        with store.session() as s:
            ids = {h: i for h, i in s.execute(select(Mission.host_city, Mission.id))}
        invented = after_the_mission(store, solve=greedy)
        assert sorted(name for name, _ in invented) == sorted(DEMO_MISSION_NAMES)
        yield Demo(store, db, ids["Torino"], ids["Nagoya"])


@pytest.fixture(scope="module")
def figures(demo: Demo) -> dict[int, MissionFigures]:
    return {m: load_figures(demo.store, m) for m in (demo.turin_host, demo.nagoya_host)}


MISSIONS = ("turin_host", "nagoya_host")


# each delegate (interpreters apart) with their side and organisation
PEOPLE_BY_SIDE = """
        SELECT p.id, d.side, p.organisation_id FROM participant p
        LEFT JOIN organisation o ON o.id = p.organisation_id
        JOIN delegation d ON d.id = COALESCE(p.delegation_id, o.delegation_id)
        WHERE p.mission_id = ? AND p.id NOT IN (SELECT participant_id FROM interpreter)
    """


def _sectors(c: sqlite3.Connection, mission: int) -> dict[int, list[str | None]]:
    out: dict[int, list[str | None]] = defaultdict(list)
    for org, sector in c.execute(
        "SELECT o.id, s.sector FROM organisation o LEFT JOIN organisation_sector s"
        " ON s.organisation_id = o.id WHERE o.mission_id = ?",
        (mission,),
    ):
        out[org].append(sector)
    return out


def _org_sides(c: sqlite3.Connection, mission: int) -> dict[int, str | None]:
    return dict(
        c.execute(
            "SELECT o.id, d.side FROM organisation o LEFT JOIN delegation d"
            " ON d.id = o.delegation_id WHERE o.mission_id = ?",
            (mission,),
        ).fetchall()
    )


def _val(x: object) -> object:
    return None if x is None else getattr(x, "value", x)


@pytest.mark.parametrize("which", MISSIONS)
def test_attendance_by_side_and_sector(
    demo: Demo, figures: dict[int, MissionFigures], which: str
) -> None:
    """Participants (interpreters apart) and organisations by side and by sector."""
    mission = getattr(demo, which)
    f = figures[mission].attendance
    with demo.sql() as c:
        people = c.execute(PEOPLE_BY_SIDE, (mission,)).fetchall()
        sides = _org_sides(c, mission)
        sectors = _sectors(c, mission)
    assert {(x.side.value, x.participants) for x in f.by_side} == {
        (s, sum(1 for _, side, _ in people if side == s)) for s in ("turin", "nagoya")
    }
    assert {(x.side.value, x.organisations) for x in f.by_side} == {
        (s, sum(1 for side in sides.values() if side == s)) for s in ("turin", "nagoya")
    }
    orgs: Counter[tuple[str, str | None]] = Counter()
    for org, side in sides.items():
        for sector in sectors[org]:
            orgs[(side, sector)] += 1
    heads: Counter[tuple[str, str | None]] = Counter()
    for _, side, org in people:
        for sector in sectors[org] if org else [None]:
            heads[(side, sector)] += 1
    got = {
        _val(x.sector): (
            x.turin_organisations,
            x.nagoya_organisations,
            x.turin_participants,
            x.nagoya_participants,
        )
        for x in f.by_sector
    }
    want = {
        s: (orgs[("turin", s)], orgs[("nagoya", s)], heads[("turin", s)], heads[("nagoya", s)])
        for s in {s for _, s in orgs + heads}
    }
    assert got == want


@pytest.mark.parametrize("which", MISSIONS)
def test_requested_scheduled_held_and_why_not(
    demo: Demo, figures: dict[int, MissionFigures], which: str
) -> None:
    """Requested pairs, scheduled and held meetings, why the rest were not, from SQL."""
    mission = getattr(demo, which)
    fu = figures[mission].funnel
    with demo.sql() as c:
        requests = c.execute(
            "SELECT requester_id, requested_id, no_thanks FROM meeting_request"
            " WHERE mission_id = ?",
            (mission,),
        ).fetchall()
        meetings = c.execute(
            "SELECT organisation_a_id, organisation_b_id, status, status_at FROM meeting"
            " WHERE mission_id = ?",
            (mission,),
        ).fetchall()
        (unscheduled,) = c.execute(
            "SELECT unscheduled FROM schedule_run WHERE mission_id = ? ORDER BY id DESC LIMIT 1",
            (mission,),
        ).fetchone()
        sides = _org_sides(c, mission)
    refused = {frozenset((a, b)) for a, b, no in requests if no}
    requested = {frozenset((a, b)) for a, b, no in requests if not no} - refused
    on_grid = [m for m in meetings if m[2] != "cancelled" or m[3] is not None]
    placed = {frozenset(m[:2]) for m in on_grid}
    kinds = {u["meeting"]: u["kind"] for u in json.loads(unscheduled)}
    why: Counter[str] = Counter()
    for pair in requested - placed:
        lo, hi = sorted(pair)
        why[KIND_GROUP.get(kinds.get(f"M{lo}-{hi}", ""), "other")] += 1
    status = Counter(m[2] for m in on_grid)
    missed = Counter(
        sides[m[0] if m[2] == "no_show_a" else m[1]]
        for m in on_grid
        if m[2] in ("no_show_a", "no_show_b")
    )
    assert fu.requested == len(requested) and fu.requested > 0
    assert fu.requests == sum(
        1 for a, b, no in requests if not no and frozenset((a, b)) not in refused
    )
    assert (fu.scheduled, fu.held) == (len(on_grid), status["held"])
    assert (fu.no_slot, fu.no_interpreter, fu.other_reason) == (
        why["no_slot"],
        why["no_interpreter"],
        why["other"],
    )
    assert (fu.no_show_turin, fu.no_show_nagoya, fu.no_show_both) == (
        missed["turin"],
        missed["nagoya"],
        status["no_show"],
    )
    assert (fu.cancelled_late, fu.not_marked) == (status["cancelled"], status["scheduled"])
    assert fu.scheduled_unrequested == len(placed - requested)


def test_the_demo_after_the_mission_has_every_kind_of_figure(
    demo: Demo, figures: dict[int, MissionFigures]
) -> None:
    """The invented day is not empty in any figure the report draws (so the checks bite)."""
    big = figures[demo.nagoya_host]
    assert big.funnel.no_interpreter > 0 and big.funnel.no_shows > 0
    assert big.funnel.cancelled_late > 0 and big.funnel.held > 0
    assert big.headline.concrete_answers > 0 and big.headline.follow_ups > 0
    assert 0.8 < big.funnel.held / big.funnel.scheduled < 0.99
    outcomes = Counter(
        o for x in big.outcomes for o, n in zip(OUTCOMES, x.counts, strict=True) for _ in range(n)
    )
    assert set(outcomes) == set(Outcome)  # every answer occurs, none dominates
    assert max(outcomes.values()) < 0.5 * sum(outcomes.values())


@pytest.mark.parametrize("which", MISSIONS)
def test_meetings_by_sector_pair(
    demo: Demo, figures: dict[int, MissionFigures], which: str
) -> None:
    """Turin sector × Nagoya sector, each sector of an organisation counted."""
    mission = getattr(demo, which)
    with demo.sql() as c:
        meetings = c.execute(
            "SELECT organisation_a_id, organisation_b_id, status FROM meeting"
            " WHERE mission_id = ? AND (status != 'cancelled' OR status_at IS NOT NULL)",
            (mission,),
        ).fetchall()
        sides, sectors = _org_sides(c, mission), _sectors(c, mission)
    scheduled: Counter[tuple[str | None, str | None]] = Counter()
    held: Counter[tuple[str | None, str | None]] = Counter()
    for a, b, status in meetings:
        turin, nagoya = (a, b) if sides[a] == "turin" else (b, a)
        assert {sides[turin], sides[nagoya]} == {"turin", "nagoya"}
        for t in sectors[turin]:
            for n in sectors[nagoya]:
                scheduled[(t, n)] += 1
                held[(t, n)] += status == "held"
    got = {
        (_val(x.turin), _val(x.nagoya)): (x.scheduled, x.held)
        for x in figures[mission].sector_pairs.cells
    }
    assert got == {k: (v, held[k]) for k, v in scheduled.items()}


def _interpreter_slots(store: Store, mission: int) -> dict[int, int]:
    """Slots of the sessions each interpreter works, less those they are away in."""
    out = {}
    with store.session() as s:
        sessions = list(s.scalars(select(B2BSession).where(B2BSession.mission_id == mission)))
        items = list(s.scalars(select(AgendaItem).where(AgendaItem.mission_id == mission)))
        attendees = select(AgendaAttendee.agenda_item_id, AgendaAttendee.participant_id)
        named = {(item, person) for item, person in s.execute(attendees)}
        for i in s.scalars(select(Interpreter).where(Interpreter.mission_id == mission)):
            p = s.get(Participant, i.participant_id)
            assert p is not None
            own = p.delegation_id or (p.organisation.delegation_id if p.organisation else None)
            works = {link.session_id for link in i.session_links} or {x.id for x in sessions}
            busy = [(u.start_utc, u.end_utc) for u in p.unavailability] + [
                (it.start_utc, it.end_utc)
                for it in items
                if it.kind not in (AgendaKind.FREE, AgendaKind.B2B)
                and (
                    it.audience is Audience.EVERYONE
                    or (it.audience is Audience.DELEGATION and it.audience_delegation_id == own)
                    or (
                        it.audience is Audience.ORGANISATION
                        and it.audience_organisation_id == p.organisation_id
                    )
                    or (it.audience is Audience.PARTICIPANTS and (it.id, p.id) in named)
                )
            ]
            out[i.id] = sum(
                1
                for x in sessions
                if x.id in works
                for slot in session_slots(x)
                if not any(slot.start_utc < end and start < slot.end_utc for start, end in busy)
            )
    return out


@pytest.mark.parametrize("which", MISSIONS)
def test_interpreter_utilisation(
    demo: Demo, figures: dict[int, MissionFigures], which: str
) -> None:
    """Meetings with each interpreter against the slots they were available."""
    mission = getattr(demo, which)
    with demo.sql() as c:
        rows = c.execute(
            "SELECT interpreter_id, count(*), sum(status = 'held') FROM meeting"
            " WHERE mission_id = ? AND interpreter_id IS NOT NULL AND status != 'cancelled'"
            " GROUP BY interpreter_id",
            (mission,),
        ).fetchall()
    meetings = {i: (n, h) for i, n, h in rows}
    slots = _interpreter_slots(demo.store, mission)
    got = {
        u.interpreter_id: (u.available_slots, u.meetings, u.held)
        for u in figures[mission].interpreters
    }
    assert got == {i: (slots[i], *meetings.get(i, (0, 0))) for i in slots}
    assert any(u.meetings for u in figures[mission].interpreters)
    for u in figures[mission].interpreters:
        assert u.utilisation == pytest.approx(u.meetings / u.available_slots)


def _answers(c: sqlite3.Connection, mission: int) -> dict[tuple[int, str], str]:
    return {
        (m, side): outcome
        for m, side, outcome in c.execute(
            "SELECT o.meeting_id, o.side, o.outcome FROM meeting_outcome o JOIN meeting m"
            " ON m.id = o.meeting_id WHERE m.mission_id = ? AND m.status = 'held'",
            (mission,),
        )
    }


@pytest.mark.parametrize("which", MISSIONS)
def test_outcomes_by_sector(demo: Demo, figures: dict[int, MissionFigures], which: str) -> None:
    """Each side's answers about held meetings, by the answering organisation's sectors."""
    mission = getattr(demo, which)
    with demo.sql() as c:
        held = c.execute(
            "SELECT id, organisation_a_id, organisation_b_id FROM meeting"
            " WHERE mission_id = ? AND status = 'held'",
            (mission,),
        ).fetchall()
        answers = _answers(c, mission)
        sides, sectors = _org_sides(c, mission), _sectors(c, mission)
    counts: Counter[tuple[str, str | None, str | None]] = Counter()
    for m, a, b in held:
        for side, org in (("a", a), ("b", b)):
            for sector in sectors[org]:
                counts[(str(sides[org]), sector, answers.get((m, side)))] += 1
    got = {}
    for x in figures[mission].outcomes:
        for outcome, n in zip(OUTCOMES, x.counts, strict=True):
            if n:
                got[(x.side.value, _val(x.sector), outcome.value)] = n
        if x.unanswered:
            got[(x.side.value, _val(x.sector), None)] = x.unanswered
    assert got == dict(counts)


@pytest.mark.parametrize("which", MISSIONS)
def test_most_promising_pairs_and_headline(
    demo: Demo, figures: dict[int, MissionFigures], which: str
) -> None:
    """The pairs ranked by the documented rule from the answers and follow-ups in the
    database; the headline's answers, concrete answers, follow-ups and interpreted."""
    mission = getattr(demo, which)
    f = figures[mission]
    with demo.sql() as c:
        held = c.execute(
            "SELECT id, organisation_a_id, organisation_b_id FROM meeting"
            " WHERE mission_id = ? AND status = 'held'",
            (mission,),
        ).fetchall()
        answers = _answers(c, mission)
        sides = _org_sides(c, mission)
        names = dict(
            c.execute(
                "SELECT id, name FROM organisation WHERE mission_id = ?", (mission,)
            ).fetchall()
        )
        follow = c.execute(
            "SELECT organisation_a_id, organisation_b_id, done_at FROM follow_up"
            " WHERE mission_id = ?",
            (mission,),
        ).fetchall()
        (interpreted,) = c.execute(
            "SELECT count(*) FROM meeting WHERE mission_id = ? AND interpreter_id IS NOT NULL"
            " AND (status != 'cancelled' OR status_at IS NOT NULL)",
            (mission,),
        ).fetchone()
    agreed = Counter(frozenset((a, b)) for a, b, _ in follow)
    ranked = []
    for m, a, b in held:
        t_side, n_side = ("a", "b") if sides[a] == "turin" else ("b", "a")
        turin, nagoya = (a, b) if t_side == "a" else (b, a)
        ta, na = answers.get((m, t_side)), answers.get((m, n_side))
        st, sn = STRENGTH[ta], STRENGTH[na]
        key = ((st == 3) + (sn == 3), agreed[frozenset((a, b))], st + sn, min(st, sn))
        if key[1] or key[2]:
            ranked.append(
                (
                    tuple(-k for k in key),
                    names[turin].casefold(),
                    names[nagoya].casefold(),
                    m,
                    ta,
                    na,
                )
            )
    ranked.sort()
    want = [(m, ta, na) for *_, m, ta, na in ranked[:10]]
    assert [
        (p.meeting_id, _val(p.turin_outcome), _val(p.nagoya_outcome)) for p in f.promising
    ] == want
    assert f.promising and f.promising[0].concrete_sides == 2
    h = f.headline
    assert h.answers == len(answers)
    assert h.concrete_answers == sum(1 for o in answers.values() if STRENGTH[o] == 3)
    assert (h.follow_ups, h.follow_ups_done) == (len(follow), sum(1 for *_, d in follow if d))
    assert h.interpreted == interpreted


def test_previous_mission_is_the_latest_that_ended_before(
    demo: Demo, figures: dict[int, MissionFigures]
) -> None:
    """March 2028 is compared with October 2027; October 2027 with nothing; named: it."""
    later, earlier = figures[demo.turin_host], figures[demo.nagoya_host]
    assert later.previous is not None and later.previous.mission_id == demo.nagoya_host
    assert later.previous.headline == earlier.headline
    assert earlier.previous is None
    named = load_figures(demo.store, demo.nagoya_host, compare_with=demo.turin_host)
    assert named.previous is not None and named.previous.mission_id == demo.turin_host


# --- the documents ----------------------------------------------------------------------------


@pytest.fixture(scope="module")
def written(
    demo: Demo, tmp_path_factory: pytest.TempPathFactory
) -> dict[DocumentLanguage, tuple[Path, Path]]:
    """The report on the March 2028 mission and its figures, in each language."""
    folder = tmp_path_factory.mktemp("written")
    out = {}
    for lang in LANGS:
        pdf, xlsx = folder / f"report-{lang.value}.pdf", folder / f"figures-{lang.value}.xlsx"
        write_report(demo.store, demo.turin_host, pdf, lang, xlsx=xlsx, today=date(2028, 4, 20))
        out[lang] = (pdf, xlsx)
    return out


def _pdf_text(path: Path) -> str:
    return " ".join(page.extract_text() or "" for page in PdfReader(path).pages)


@pytest.mark.parametrize("lang", LANGS)
def test_pdf_text_has_the_labels_and_key_numbers(
    demo: Demo,
    figures: dict[int, MissionFigures],
    written: dict[DocumentLanguage, tuple[Path, Path]],
    lang: DocumentLanguage,
) -> None:
    """Titles and labels in the reader's language, the key numbers, the previous mission,
    organisation names in the reader's script."""
    f = figures[demo.turin_host]
    text = _pdf_text(written[lang][0])
    squashed = text.replace(" ", "").replace("\n", "")
    code = lang.value
    for wording in (
        w.TITLE,
        w.S_FUNNEL,
        w.S_SECTOR_PAIRS,
        w.S_INTERPRETERS,
        w.S_PROMISING,
        w.S_COMPARISON,
    ):
        assert wording.template(code).replace(" ", "") in squashed, wording.key
    for wording in (
        w.OUTCOME_NAMES[Outcome.SUPPLY],
        w.WHY_NOT_NAMES[WhyNot.NO_INTERPRETER],
        w.SECTOR_NAMES[Sector.AUTOMOTIVE],
    ):
        assert wording.template(code).replace(" ", "") in squashed
    for name in (w.HEADLINE_NAMES["held"], w.HEADLINE_NAMES["follow_ups"]):
        assert name.template(code).replace(" ", "") in squashed
    numbers = {str(f.funnel.requested), str(f.funnel.held), str(f.previous.funnel.held)}  # type: ignore[union-attr]
    tokens = set(text.split())
    assert numbers <= tokens, numbers - tokens
    assert f.previous is not None and f.previous.mission.in_(lang).replace(" ", "") in squashed
    top = f.promising[0]
    assert top.turin.in_(lang).replace(" ", "") in squashed
    assert top.nagoya.in_(lang).replace(" ", "") in squashed
    if lang is DocumentLanguage.JA:
        assert top.nagoya.name_ja and top.nagoya.name_ja.replace(" ", "") in squashed
    else:
        assert top.nagoya.name.replace(" ", "") in squashed


@pytest.mark.parametrize("lang", LANGS)
def test_xlsx_numbers_equal_the_figures(
    demo: Demo,
    figures: dict[int, MissionFigures],
    written: dict[DocumentLanguage, tuple[Path, Path]],
    lang: DocumentLanguage,
) -> None:
    """One sheet per figure, headers in the language, numbers stored as numbers."""
    f = figures[demo.turin_host]
    book = load_workbook(written[lang][1], read_only=True)
    code = lang.value
    sheets = {ws.title: [list(r) for r in ws.iter_rows(values_only=True)] for ws in book.worksheets}
    assert len(sheets) == 10
    funnel = sheets[w.S_FUNNEL.template(code)[:31]]
    assert funnel[0] == [w.STAGE.template(code), w.MEETINGS.template(code)]
    assert [r[1] for r in funnel[1:]] == [
        f.funnel.requests,
        f.funnel.requested,
        f.funnel.scheduled,
        f.funnel.held,
    ]
    assert all(type(r[1]) is int for r in funnel[1:])
    pairs = sheets[w.S_SECTOR_PAIRS.template(code)[:31]][1:]
    assert [tuple(r[2:]) for r in pairs] == [(c.scheduled, c.held) for c in f.sector_pairs.cells]
    outcomes = sheets[w.S_OUTCOMES.template(code)[:31]][1:]
    assert [r[2:] for r in outcomes] == [[*x.counts, x.unanswered] for x in f.outcomes]
    interp = sheets[w.S_INTERPRETERS.template(code)[:31]][1:]
    assert [r[1:] for r in interp] == [
        [u.available_slots, u.meetings, u.held, pytest.approx(u.utilisation, abs=1e-4)]
        for u in f.interpreters
    ]
    comparison = sheets[w.S_COMPARISON.template(code)[:31]]
    assert comparison[0][1:] == [w.THIS_MISSION.template(code), w.PREVIOUS_MISSION.template(code)]
    held = w.HEADLINE_NAMES["held"].template(code)
    assert next(r[1:] for r in comparison if r[0] == held) == [
        f.headline.held,
        f.previous.headline.held,
    ]  # type: ignore[union-attr]
    promising = sheets[w.S_PROMISING.template(code)[:31]][1:]
    assert [r[1] for r in promising] == [p.turin.in_(lang) for p in f.promising]


def test_pdfcheck_passes_in_the_three_languages(
    written: dict[DocumentLanguage, tuple[Path, Path]],
) -> None:
    """The shared pdfcheck: well formed, fonts embedded with their maps, text extractable."""
    if not PDFCHECK.is_file() or shutil.which("qpdf") is None:
        pytest.skip("the shared pdfcheck tool is not installed here")
    needles = {
        DocumentLanguage.IT: ["Relazione sulla missione", "Torino", "Perché"],
        DocumentLanguage.JA: ["ミッション報告書", "名古屋", "トリノ"],
        DocumentLanguage.EN: ["Mission report", "Nagoya", "Turin"],
    }
    for lang, (pdf, _) in written.items():
        check = subprocess.run(
            [sys.executable, str(PDFCHECK), str(pdf), *needles[lang]],
            capture_output=True,
            text=True,
        )
        assert check.returncode == 0, check.stdout + check.stderr


# --- the command ------------------------------------------------------------------------------


def test_command_nothing_scheduled_yet_still_reports(
    demo_sqlite_template: Path, tmp_path: Path, paths: Paths
) -> None:
    """Before any scheduling the report is written and says so; errors are worded."""
    db = copy_sqlite(demo_sqlite_template, tmp_path / "fresh.sqlite")
    with open_store(db, paths=paths) as store:
        mission = load_mission(store, 1).id
    run = CliRunner().invoke(
        build_cli(),
        [
            "report",
            "--db",
            str(db),
            "--mission",
            str(mission),
            "--out",
            str(tmp_path / "r.pdf"),
            "--lang",
            "ja",
            "--xlsx",
            str(tmp_path / "f.xlsx"),
        ],
    )
    assert run.exit_code == 0, run.output
    assert "Nothing has been scheduled yet" in run.output
    assert w.NOTHING_SCHEDULED.template("ja").replace(" ", "")[:20] in _pdf_text(
        tmp_path / "r.pdf"
    ).replace(" ", "").replace("\n", "")
    assert (tmp_path / "f.xlsx").is_file()
    missing = CliRunner().invoke(
        build_cli(),
        ["report", "--db", str(db), "--mission", "999", "--out", str(tmp_path / "x.pdf")],
    )
    assert (
        missing.exit_code == 1 and "Error:" in missing.output and "Traceback" not in missing.output
    )
    blocked = tmp_path / "a-file"
    blocked.write_text("x")
    bad = CliRunner().invoke(
        build_cli(),
        ["report", "--db", str(db), "--mission", str(mission), "--out", str(blocked / "r.pdf")],
    )
    assert bad.exit_code == 1 and "Error:" in bad.output and "Traceback" not in bad.output
    other = CliRunner().invoke(
        build_cli(),
        [
            "report",
            "--db",
            str(db),
            "--mission",
            str(mission),
            "--out",
            str(tmp_path / "y.pdf"),
            "--compare-with",
            "999",
        ],
    )
    assert other.exit_code == 1 and "999" in other.output


def test_invented_outcomes_are_deterministic(
    demo_sqlite_template: Path, tmp_path: Path, paths: Paths
) -> None:
    """The same seed marks the same meetings and records the same answers."""
    seen = []
    for n in (1, 2):
        db = copy_sqlite(demo_sqlite_template, tmp_path / f"d{n}.sqlite")
        with open_store(db, paths=paths) as store:
            with store.session() as s:
                mission = s.scalars(select(Mission.id).where(Mission.host_city == "Torino")).one()
            schedule_mission(store, mission, solve=greedy)
            invent_outcomes(store, mission)
        with sqlite3.connect(db) as c:
            seen.append(
                (
                    c.execute(
                        "SELECT organisation_a_id, organisation_b_id, status FROM meeting"
                        " ORDER BY 1, 2"
                    ).fetchall(),
                    c.execute(
                        "SELECT side, outcome FROM meeting_outcome"
                        " ORDER BY recorded_at, side, outcome"
                    ).fetchall(),
                    c.execute(
                        "SELECT description, due_date FROM follow_up ORDER BY 1, 2"
                    ).fetchall(),
                )
            )
    assert seen[0] == seen[1] and seen[0][1]


def test_every_scheduler_reason_has_its_report_word() -> None:
    """No slot, no interpreter, or other: each of the scheduler's reasons, as documented."""
    from app.scheduler.schedule import ReasonKind
    from app.services.report import why_not

    for kind in ReasonKind:
        assert why_not(kind).value == KIND_GROUP.get(kind.value, "other"), kind
