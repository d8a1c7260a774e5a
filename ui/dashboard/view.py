"""What the dashboard shows, made from the report's figures (``MissionFigures``) and worded
with the report's own labels (``app.services.report.words``), so the page and the PDF say
the same thing in the same words: the headline tiles, the charts' rows, the sector-pair
matrix, the most promising pairs and the comparison with the previous mission. Pure (no
widget): the page hands each part to its widget, and a test reads what it was given."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication

from app.common.wording import Wording
from app.model.enums import Outcome, Side
from app.services.report import MissionFigures, WhyNot, words
from ui.dashboard.bars import BarRow, ChartData, Series
from ui.dashboard.headline import Figure
from ui.dashboard.matrix import Matrix
from ui.models.labels import SIDE_COLOURS

translate = QCoreApplication.translate  # lupdate finds calls named "translate"

FUNNEL_COLOUR = "#2f6f8f"
NOT_COLOUR = "#9a6b4f"  # the meetings that did not happen, and why
# outcomes, strongest first in the stacked bars: concrete, cooperation, interesting, none
OUTCOME_COLOURS = ("#1b7f3b", "#6fb36f", "#d2b84a", "#b9b9b9")

# the tiles at the top of the page, in order (the comparison lists every headline field)
TILES = (
    "turin_participants",
    "nagoya_participants",
    "turin_organisations",
    "nagoya_organisations",
    "follow_ups",
    "requested",
    "scheduled",
    "held",
    "no_shows",
    "concrete_answers",
)
NOT_HELD = ("no_show_turin", "no_show_nagoya", "no_show_both", "cancelled_late", "not_marked")


@dataclass(frozen=True)
class DashboardView:
    headline: tuple[Figure, ...]
    funnel: ChartData  # requested, scheduled, held
    not_scheduled: ChartData  # why requested meetings were not scheduled
    not_held: ChartData  # why scheduled meetings were not held
    participants: ChartData
    outcomes: ChartData
    matrix: Matrix
    interpreters: ChartData
    promising: tuple[tuple[str, ...], ...]  # Turin, Nagoya, their answers, follow-ups
    previous: str | None  # the previous mission's name, when there is one
    comparison: tuple[tuple[str, str, str, str], ...]  # figure, now, then, change
    requested: int
    scheduled: int
    answers: int


def say(wording: Wording, language: str, **params: object) -> str:
    """A label of the report in ``language`` (it, ja, en)."""
    return wording(**params).text(language)


def outcome_label(outcome: Outcome | None, language: str) -> str:
    return say(words.OUTCOME_NAMES[outcome], language)


def view_of(figures: MissionFigures, language: str) -> DashboardView:
    """The dashboard of ``figures`` in ``language`` (it, ja, en)."""
    return DashboardView(
        headline=_headline(figures, language),
        funnel=_funnel(figures, language),
        not_scheduled=_not_scheduled(figures, language),
        not_held=_not_held(figures, language),
        participants=_participants(figures, language),
        outcomes=_outcomes(figures, language),
        matrix=_matrix(figures, language),
        interpreters=_interpreters(figures, language),
        promising=_promising(figures, language),
        previous=figures.previous.mission.in_(language) if figures.previous else None,
        comparison=_comparison(figures, language),
        requested=figures.funnel.requested,
        scheduled=figures.funnel.scheduled,
        answers=figures.headline.answers,
    )


def _headline(figures: MissionFigures, language: str) -> tuple[Figure, ...]:
    h = figures.headline
    tips = {
        "held": translate("Dashboard", "{held} of {scheduled} scheduled meetings").format(
            held=h.held, scheduled=h.scheduled
        ),
        "concrete_answers": translate(
            "Dashboard", "{concrete} of {answers} answers (each side answers for itself)"
        ).format(concrete=h.concrete_answers, answers=h.answers),
        "follow_ups": translate("Dashboard", "{done} done").format(done=h.follow_ups_done),
    }
    return tuple(
        Figure(
            key,
            str(getattr(h, key)),
            say(words.HEADLINE_NAMES[key], language),
            tips.get(key, ""),
        )
        for key in TILES
    )


def _one_series(name: str, colour: str, rows: list[tuple[str, int]], scale: int = 0) -> ChartData:
    bars = tuple(BarRow(label, (n,)) for label, n in rows)
    return ChartData((Series(name, colour),), bars, scale=scale)


def _funnel(figures: MissionFigures, language: str) -> ChartData:
    f = figures.funnel
    rows = [
        (say(words.REQUESTED, language), f.requested),
        (say(words.SCHEDULED, language), f.scheduled),
        (say(words.HELD, language), f.held),
    ]
    return _one_series(say(words.MEETINGS, language), FUNNEL_COLOUR, rows, _top(figures))


def _top(figures: MissionFigures) -> int:
    """The scale of the funnel and its reasons: the largest of its figures."""
    f = figures.funnel
    return max(f.requested, f.scheduled, f.held, 1)


def _not_scheduled(figures: MissionFigures, language: str) -> ChartData:
    f = figures.funnel
    counts = {WhyNot.NO_SLOT: f.no_slot, WhyNot.NO_INTERPRETER: f.no_interpreter}
    counts[WhyNot.OTHER] = f.other_reason
    rows = [(say(words.WHY_NOT_NAMES[why], language), n) for why, n in counts.items()]
    # drawn against the meetings requested: a part of them, not a chart of its own scale
    return _one_series(say(words.MEETINGS, language), NOT_COLOUR, rows, _top(figures))


def _not_held(figures: MissionFigures, language: str) -> ChartData:
    rows = [
        (say(words.NOT_HELD_NAMES[field], language), getattr(figures.funnel, field))
        for field in NOT_HELD
    ]
    return _one_series(say(words.MEETINGS, language), NOT_COLOUR, rows, _top(figures))


def _participants(figures: MissionFigures, language: str) -> ChartData:
    series = tuple(
        Series(say(words.SIDE_NAMES[side], language), SIDE_COLOURS[side])
        for side in (Side.TURIN, Side.NAGOYA)
    )
    rows = tuple(
        BarRow(
            say(words.SECTOR_NAMES[s.sector], language),
            (s.turin_participants, s.nagoya_participants),
            translate("Dashboard", "Organisations: Turin {turin}, Nagoya {nagoya}").format(
                turin=s.turin_organisations, nagoya=s.nagoya_organisations
            ),
        )
        for s in figures.attendance.by_sector
    )
    return ChartData(series, rows)


def _outcomes(figures: MissionFigures, language: str) -> ChartData:
    names = (
        translate("Dashboard", "Concrete follow-up"),
        outcome_label(Outcome.COOPERATION_POSSIBLE, language),
        outcome_label(Outcome.INTERESTING, language),
        outcome_label(Outcome.NO_INTEREST, language),
    )
    series = tuple(Series(n, c) for n, c in zip(names, OUTCOME_COLOURS, strict=True))
    rows = []
    for o in figures.outcomes:
        if not o.answers:
            continue
        values = (
            o.concrete,
            o.count(Outcome.COOPERATION_POSSIBLE),
            o.count(Outcome.INTERESTING),
            o.count(Outcome.NO_INTEREST),
        )
        side = say(words.SIDE_NAMES[o.side], language)
        label = f"{side} · {say(words.SECTOR_NAMES[o.sector], language)}"
        tip = translate("Dashboard", "{answers} answers; {unanswered} held meetings not answered")
        rows.append(BarRow(label, values, tip.format(answers=o.answers, unanswered=o.unanswered)))
    return ChartData(series, tuple(rows), stacked=True)


def _matrix(figures: MissionFigures, language: str) -> Matrix:
    """Held meetings, the scheduled ones in brackets (as the report's table)."""
    pairs = figures.sector_pairs
    held, texts, tips = [], [], []
    for turin in pairs.turin_sectors:
        row, row_texts, row_tips = [], [], []
        for nagoya in pairs.nagoya_sectors:
            cell = pairs.cell(turin, nagoya)
            row.append(cell.held)
            row_texts.append(f"{cell.held} ({cell.scheduled})" if cell.scheduled else "")
            row_tips.append(
                translate(
                    "Dashboard", "{turin} × {nagoya}: {held} held of {scheduled} scheduled"
                ).format(
                    turin=say(words.SECTOR_NAMES[turin], language),
                    nagoya=say(words.SECTOR_NAMES[nagoya], language),
                    scheduled=cell.scheduled,
                    held=cell.held,
                )
            )
        held.append(tuple(row))
        texts.append(tuple(row_texts))
        tips.append(tuple(row_tips))
    return Matrix(
        tuple(say(words.SECTOR_NAMES[s], language) for s in pairs.turin_sectors),
        tuple(say(words.SECTOR_NAMES[s], language) for s in pairs.nagoya_sectors),
        tuple(held),
        tuple(texts),
        tuple(tips),
    )


def _interpreters(figures: MissionFigures, language: str) -> ChartData:
    series = (Series(say(words.UTILISATION, language), FUNNEL_COLOUR),)
    rows = tuple(
        BarRow(
            u.name.in_(language),
            (round(100 * u.utilisation),),
            translate(
                "Dashboard", "{meetings} meetings in {slots} slots available, {held} held"
            ).format(meetings=u.meetings, slots=u.available_slots, held=u.held),
        )
        for u in figures.interpreters
    )
    return ChartData(series, rows, percent=True)


def promising_headings(language: str) -> list[str]:
    return [
        say(w, language)
        for w in (
            words.TURIN_ORGANISATION,
            words.NAGOYA_ORGANISATION,
            words.TURIN_ANSWER,
            words.NAGOYA_ANSWER,
            words.FOLLOW_UPS,
        )
    ]


def _promising(figures: MissionFigures, language: str) -> tuple[tuple[str, ...], ...]:
    return tuple(
        (
            p.turin.in_(language),
            p.nagoya.in_(language),
            outcome_label(p.turin_outcome, language),
            outcome_label(p.nagoya_outcome, language),
            str(p.follow_ups),
        )
        for p in figures.promising
    )


def _comparison(figures: MissionFigures, language: str) -> tuple[tuple[str, str, str, str], ...]:
    previous = figures.previous
    if previous is None:
        return ()
    rows = []
    for key, wording in words.HEADLINE_NAMES.items():
        now, then = getattr(figures.headline, key), getattr(previous.headline, key)
        change = now - then
        rows.append(
            (say(wording, language), str(now), str(then), f"{change:+d}" if change else "=")
        )
    return tuple(rows)
