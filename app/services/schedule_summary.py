"""A finished scheduler run in a coordinator's words: how many meetings were placed and
whether they are the best choice, how many requests were left out, and the idle gaps.

The solver's own figures (weight, upper bound, status) stay available for the curious in
:func:`solver_figures`; the sentence a coordinator reads first is :func:`run_summary`.
"""

from __future__ import annotations

from dataclasses import dataclass

from app.common.wording import Message, Wording
from app.services.schedule_runs import RunSummary

OPTIMAL = "optimal"

ALL_BEST_PLACED = Wording(
    "schedule.summary.all_best_placed",
    en="All {count} best meetings placed",
    it="Collocati tutti i {count} incontri migliori",
    ja="最良の商談 {count} 件をすべて配置しました",
)
PLACED_NEAR_BEST = Wording(
    "schedule.summary.placed_near_best",
    en="{count} meetings placed, at least {share}% as good as the best possible choice "
    "(the time ran out before it was proven)",
    it="Collocati {count} incontri, valore almeno il {share}% della scelta migliore possibile "
    "(il tempo è finito prima di dimostrarlo)",
    ja="{count} 件の商談を配置しました。最良の組み合わせの {share}% 以上の価値です"
    "（時間内に最良とは確認できませんでした）",
)
PLACED = Wording(
    "schedule.summary.placed",
    en="{count} meetings placed",
    it="Collocati {count} incontri",
    ja="{count} 件の商談を配置しました",
)
NOTHING_PLACED = Wording(
    "schedule.summary.nothing_placed",
    en="No meeting could be placed",
    it="Non è stato possibile collocare alcun incontro",
    ja="配置できた商談はありません",
)
EVERY_REQUEST_PLACED = Wording(
    "schedule.summary.every_request_placed",
    en="every request has its meeting",
    it="ogni richiesta ha il suo incontro",
    ja="すべての希望に商談が組まれました",
)
ONE_REQUEST_LEFT = Wording(
    "schedule.summary.one_request_left",
    en="1 request could not be placed",
    it="1 richiesta non ha trovato posto",
    ja="1 件の希望は配置できませんでした",
)
REQUESTS_LEFT = Wording(
    "schedule.summary.requests_left",
    en="{count} requests could not be placed",
    it="{count} richieste non hanno trovato posto",
    ja="{count} 件の希望は配置できませんでした",
)
NO_IDLE_GAPS = Wording(
    "schedule.summary.no_idle_gaps",
    en="No one waits between meetings.",
    it="Nessuno resta in attesa tra un incontro e l'altro.",
    ja="商談の合間の待ち時間はありません。",
)
IDLE_GAPS_FEWEST = Wording(
    "schedule.summary.idle_gaps_fewest",
    en="Idle gaps between meetings: {count}, as few as possible.",
    it="Attese tra un incontro e l'altro: {count}, il minimo possibile.",
    ja="商談の合間の待ち時間: {count} 回（最少）。",
)
IDLE_GAPS_FLOOR = Wording(
    "schedule.summary.idle_gaps_floor",
    en="Idle gaps between meetings: {count}; at least {floor} cannot be avoided.",
    it="Attese tra un incontro e l'altro: {count}; non possono essere meno di {floor}.",
    ja="商談の合間の待ち時間: {count} 回（少なくとも {floor} 回は避けられません）。",
)
IDLE_GAPS = Wording(
    "schedule.summary.idle_gaps",
    en="Idle gaps between meetings: {count} (fewer may be possible with more time).",
    it="Attese tra un incontro e l'altro: {count} (con più tempo potrebbero essere meno).",
    ja="商談の合間の待ち時間: {count} 回（時間を延ばせば減る可能性があります）。",
)
STOPPED_EARLY = Wording(
    "schedule.summary.stopped_early",
    en="Stopped early. {summary}",
    it="Interrotto prima del termine. {summary}",
    ja="途中で停止しました。{summary}",
)
SENTENCE = Wording(
    "schedule.summary.sentence",
    en="{placed}; {left}",
    it="{placed}; {left}",
    ja="{placed}。また、{left}",
)
SOLVER_FIGURES = Wording(
    "schedule.summary.solver_figures",
    en="Solver: {status}, weight {weight} of at most {bound}, {gaps} idle gaps, "
    "{stored} meetings stored, {seconds} s",
    it="Risolutore: {status}, peso {weight} su un massimo di {bound}, {gaps} attese, "
    "{stored} incontri salvati, {seconds} s",
    ja="ソルバー: {status}、重み {weight}（上限 {bound}）、待ち時間 {gaps} 回、"
    "保存した商談 {stored} 件、{seconds} 秒",
)


@dataclass(frozen=True)
class RunWords:
    """A run, said plainly: the placed meetings and the requests left (one sentence; the
    window links "see why" after it when ``left`` > 0), then the idle gaps."""

    placed: Message
    left: int
    idle_gaps: Message


def selection_is_best(run: RunSummary) -> bool:
    """Whether the chosen meetings are proven the most valuable set possible."""
    bound = run.upper_bound
    return run.status == OPTIMAL or bool(bound and run.weight >= bound - 1e-6)


def run_summary(run: RunSummary) -> RunWords:
    """What a coordinator reads of ``run`` (an infeasible run is said by the caller)."""
    if run.stored == 0:
        placed = NOTHING_PLACED()
    elif selection_is_best(run):
        placed = ALL_BEST_PLACED(count=run.stored)
    elif run.upper_bound:
        share = int(100 * run.weight / run.upper_bound)  # rounded down: "at least"
        placed = PLACED_NEAR_BEST(count=run.stored, share=share)
    else:
        placed = PLACED(count=run.stored)
    left = run.unscheduled_count
    if left == 0:
        rest = EVERY_REQUEST_PLACED()
    elif left == 1:
        rest = ONE_REQUEST_LEFT()
    else:
        rest = REQUESTS_LEFT(count=left)
    sentence = SENTENCE(placed=placed, left=rest)
    if run.cancelled:
        sentence = STOPPED_EARLY(summary=sentence)
    return RunWords(placed=sentence, left=left, idle_gaps=idle_gaps(run))


def idle_gaps(run: RunSummary) -> Message:
    """The idle gaps, "as few as possible" only when the gap phase proved it; else the floor
    it proved, when there is one above nothing."""
    if run.breaks == 0:
        return NO_IDLE_GAPS()
    if run.breaks_proven_minimal:
        return IDLE_GAPS_FEWEST(count=run.breaks)
    if run.breaks_floor:
        return IDLE_GAPS_FLOOR(count=run.breaks, floor=run.breaks_floor)
    return IDLE_GAPS(count=run.breaks)


def solver_figures(run: RunSummary) -> Message:
    """The solver's own figures, for a tooltip."""
    return SOLVER_FIGURES(
        status=run.status,
        weight=run.weight,
        bound=f"{run.upper_bound:g}" if run.upper_bound else "?",
        gaps=run.breaks,
        stored=run.stored,
        seconds=f"{run.solve_seconds:.1f}",
    )
