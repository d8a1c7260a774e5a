"""The report's figures as an .xlsx for the chambers' own analysis (issue 18): one sheet per
figure, numbers as numbers, headers in the chosen language."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from app.common.wording import Wording
from app.core import report_messages as w
from app.core.report_figures import HEADLINE_FIELDS, OUTCOMES, SIDES, MissionFigures, WhyNot
from app.exporting.tables import Cell, Column, Kind, Sheet
from app.exporting.xlsx import write_xlsx
from app.model.enums import DocumentLanguage

N = Kind.INTEGER


def report_sheets(f: MissionFigures, lang: DocumentLanguage) -> list[Sheet]:
    """The sheets, in the report's order."""
    code = DocumentLanguage(lang).value

    def t(wording: Wording) -> str:
        return wording.template(code)

    def sheet(
        name: Wording, heads: Sequence[tuple[Wording | str, Kind]], rows: list[tuple[Cell, ...]]
    ) -> Sheet:
        columns = tuple(Column(h if isinstance(h, str) else t(h), k) for h, k in heads)
        return Sheet(t(name)[:31], columns, tuple(rows))

    a, fu = f.attendance, f.funnel
    sheets = [
        sheet(
            w.S_ATTENDANCE,
            [(w.SIDE, Kind.TEXT), (w.PARTICIPANTS, N), (w.ORGANISATIONS, N)],
            [(t(w.SIDE_NAMES[x.side]), x.participants, x.organisations) for x in a.by_side],
        ),
        sheet(
            w.S_BY_SECTOR,
            [
                (w.SECTOR, Kind.TEXT),
                (w.TURIN_ORGANISATIONS, N),
                (w.NAGOYA_ORGANISATIONS, N),
                (w.TURIN_PARTICIPANTS, N),
                (w.NAGOYA_PARTICIPANTS, N),
            ],
            [
                (
                    t(w.SECTOR_NAMES[x.sector]),
                    x.turin_organisations,
                    x.nagoya_organisations,
                    x.turin_participants,
                    x.nagoya_participants,
                )
                for x in a.by_sector
            ],
        ),
        sheet(
            w.S_FUNNEL,
            [(w.STAGE, Kind.TEXT), (w.MEETINGS, N)],
            [
                (t(w.REQUESTS), fu.requests),
                (t(w.REQUESTED), fu.requested),
                (t(w.SCHEDULED), fu.scheduled),
                (t(w.HELD), fu.held),
            ],
        ),
        sheet(
            w.S_NOT_SCHEDULED,
            [(w.REASON, Kind.TEXT), (w.MEETINGS, N)],
            [
                (t(w.WHY_NOT_NAMES[WhyNot.NO_SLOT]), fu.no_slot),
                (t(w.WHY_NOT_NAMES[WhyNot.NO_INTERPRETER]), fu.no_interpreter),
                (t(w.WHY_NOT_NAMES[WhyNot.OTHER]), fu.other_reason),
            ],
        ),
        sheet(
            w.S_NOT_HELD,
            [(w.REASON, Kind.TEXT), (w.MEETINGS, N)],
            [(t(name), int(getattr(fu, key))) for key, name in w.NOT_HELD_NAMES.items()],
        ),
        sheet(
            w.S_SECTOR_PAIRS,
            [
                (w.TURIN_SECTOR, Kind.TEXT),
                (w.NAGOYA_SECTOR, Kind.TEXT),
                (w.SCHEDULED, N),
                (w.HELD, N),
            ],
            [
                (t(w.SECTOR_NAMES[c.turin]), t(w.SECTOR_NAMES[c.nagoya]), c.scheduled, c.held)
                for c in f.sector_pairs.cells
            ],
        ),
        sheet(
            w.S_INTERPRETERS,
            [
                (w.INTERPRETER, Kind.TEXT),
                (w.AVAILABLE_SLOTS, N),
                (w.SCHEDULED, N),
                (w.HELD, N),
                (w.UTILISATION, N),
            ],
            [
                (u.name.in_(lang), u.available_slots, u.meetings, u.held, round(u.utilisation, 4))
                for u in f.interpreters
            ],
        ),
        sheet(
            w.S_OUTCOMES,
            [(w.SIDE, Kind.TEXT), (w.SECTOR, Kind.TEXT)]
            + [(w.OUTCOME_NAMES[o], N) for o in OUTCOMES]
            + [(w.UNANSWERED, N)],
            [
                (t(w.SIDE_NAMES[o.side]), t(w.SECTOR_NAMES[o.sector]), *o.counts, o.unanswered)
                for side in SIDES
                for o in f.outcomes
                if o.side is side
            ],
        ),
        sheet(
            w.S_PROMISING,
            [
                (w.RANK, N),
                (w.TURIN_ORGANISATION, Kind.TEXT),
                (w.NAGOYA_ORGANISATION, Kind.TEXT),
                (w.TURIN_ANSWER, Kind.TEXT),
                (w.NAGOYA_ANSWER, Kind.TEXT),
                (w.FOLLOW_UPS, N),
            ],
            [
                (
                    i,
                    p.turin.in_(lang),
                    p.nagoya.in_(lang),
                    t(w.OUTCOME_NAMES[p.turin_outcome]),
                    t(w.OUTCOME_NAMES[p.nagoya_outcome]),
                    p.follow_ups,
                )
                for i, p in enumerate(f.promising, start=1)
            ],
        ),
    ]
    prev = f.previous
    heads: list[tuple[Wording | str, Kind]] = [(w.FIGURE, Kind.TEXT), (w.THIS_MISSION, N)]
    if prev is not None:
        heads.append((w.PREVIOUS_MISSION, N))
    sheets.append(
        sheet(
            w.S_COMPARISON,
            heads,
            [
                (t(w.HEADLINE_NAMES[k]), getattr(f.headline, k))
                + ((getattr(prev.headline, k),) if prev is not None else ())
                for k in HEADLINE_FIELDS
            ],
        )
    )
    return sheets


def write_report_xlsx(path: Path, f: MissionFigures, lang: DocumentLanguage) -> Path:
    """Write the figures' sheets to ``path`` atomically."""
    return write_xlsx(path, report_sheets(f, lang), title=f.mission.in_(lang))
