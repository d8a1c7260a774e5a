"""``ponte absent``: a delegate who does not arrive, marked absent; the rest of the day
re-planned around them and, once accepted and published, the updates for the people affected."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING

import click

from app.cli.context import db_option, open_for_cli, plural
from app.cli.scheduling import ctrl_c_cancels
from app.common.timezones import format_local
from app.services.command_choices import REPLAN_TIME_LIMIT_S

if TYPE_CHECKING:  # the services load the model and the solvers: only when the command runs
    from app.services.replan import MeetingMove, ReplanPreview


def _when(move: MeetingMove, zone: str, after: bool) -> str:
    place = move.after if after else move.before
    return format_local(place.start_utc, zone) if place is not None else "—"


def describe(preview: ReplanPreview) -> list[str]:
    """The re-plan as lines: what moves, what is dropped, what the waiting list gains."""
    zone, lines = preview.timezone, []
    for move in preview.moved:
        lines.append(
            f"  moves:   {move.organisations[0]} ↔ {move.organisations[1]}: "
            f"{_when(move, zone, False)} → {_when(move, zone, True)}"
        )
    for move in preview.dropped:
        lines.append(
            f"  dropped: {move.organisations[0]} ↔ {move.organisations[1]} "
            f"({_when(move, zone, False)})"
        )
    for move in preview.placed:
        lines.append(
            f"  placed:  {move.organisations[0]} ↔ {move.organisations[1]} "
            f"({_when(move, zone, True)}, from the waiting list)"
        )
    for move in preview.released:
        lines.append(
            f"  stays:   {move.organisations[0]} ↔ {move.organisations[1]} "
            f"({_when(move, zone, False)}), without {preview.absence.name}"
        )
    lines.append(
        f"{len(preview.moved)} moved, {len(preview.dropped)} dropped, {len(preview.placed)} "
        f"placed from the waiting list, {len(preview.released)} kept without them; "
        f"other people affected: {len(preview.affected)}."
    )
    return lines


@click.command(
    "absent",
    help="Mark a participant absent for a day (--day) or from a time to the end of that day "
    "(--from, in the mission's zone), or take the mark back (--undo). With --replan, the rest "
    "of that day is re-planned around them and shown; with --yes it is stored and published, "
    "and with --updates FOLDER each affected person's new agenda, calendar and e-mail draft "
    "are written there.",
)
@db_option()
@click.option("--participant", "participant_id", type=int, required=True, help="Their id.")
@click.option("--day", type=click.DateTime(["%Y-%m-%d"]), help="Absent all of YYYY-MM-DD.")
@click.option(
    "--from",
    "from_",
    type=click.DateTime(["%Y-%m-%d %H:%M"]),
    help='Absent from "YYYY-MM-DD HH:MM" to the end of that day.',
)
@click.option("--reason", default="", help="Why (e.g. flight cancelled).")
@click.option("--undo", is_flag=True, help="Remove their latest absence instead.")
@click.option("--replan", "do_replan", is_flag=True, help="Re-plan the rest of the day.")
@click.option("--yes", is_flag=True, help="Store and publish the re-plan without asking.")
@click.option(
    "--updates",
    type=click.Path(file_okay=False, path_type=Path),
    help="Write the affected people's agendas, calendars and drafts into FOLDER.",
)
@click.option(
    "--time-limit",
    type=click.FloatRange(min=1),
    default=REPLAN_TIME_LIMIT_S,
    show_default=True,
    help="Seconds the re-plan may use.",
)
def absent_command(
    db: str,
    participant_id: int,
    day: datetime | None,
    from_: datetime | None,
    reason: str,
    undo: bool,
    do_replan: bool,
    yes: bool,
    updates: Path | None,
    time_limit: float,
) -> None:
    from app.services.absence import mark_absent, undo_absence
    from app.services.absence_updates import write_updates
    from app.services.replan import accept_replan, replan
    from app.services.scheduling import Control

    if undo:
        if day or from_ or do_replan or updates:
            raise click.UsageError("--undo takes only --participant.")
        with open_for_cli(db, create=False) as store:
            gone = undo_absence(store, participant_id)
        click.echo(f"{gone.name} is no longer marked absent from {gone.since}.")
        return
    if (day is None) == (from_ is None):
        raise click.UsageError("Give either --day or --from.")
    if (yes or updates) and not do_replan:
        raise click.UsageError("--yes and --updates come with --replan.")
    on: date = (day or from_).date()  # type: ignore[union-attr]
    with open_for_cli(db, create=False) as store:
        absence = mark_absent(
            store,
            participant_id,
            day=on,
            from_time=from_.time() if from_ is not None else None,
            reason=reason,
        )
        click.echo(f"{absence.name} marked absent from {absence.since} ({absence.reason}).")
        if not do_replan:
            return
        control = Control(time_limit_s=time_limit)
        with ctrl_c_cancels(control):
            result = replan(store, absence.id, time_limit_s=time_limit, control=control)
        click.echo(f"Re-planned in {result.schedule.stats.solve_seconds:.1f} s:")
        for line in describe(result.preview):
            click.echo(line)
        if result.preview.is_empty:
            click.echo("Nothing else changes.")
            return
        if not yes and not click.confirm("Store and publish this re-plan?", default=False):
            click.echo("Not stored.")
            return
        accepted = accept_replan(store, result)
        if accepted.publication is not None:
            click.echo(
                f"Stored; published version {accepted.publication.number} "
                f"(schedules changed: {accepted.publication.changed_participants})."
            )
        if updates is None:
            return
        made = write_updates(store, absence.mission_id, updates, leave_out=(participant_id,))
        click.echo(
            f"Wrote {plural(len(made.paths), 'file')} for {len(made.people)} affected "
            f"into {updates}"
            + (
                f" ({len(made.skipped)} without an e-mail address: no draft)"
                if made.skipped
                else ""
            )
            + f"; nothing for {absence.name}."
        )
