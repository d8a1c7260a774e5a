"""``ponte survey`` (the outcome forms, one per organisation), ``ponte outcome`` (one side's
answer about a held meeting) and ``ponte follow-ups`` (the list, or its export). A filled
form is read back with ``ponte import FILE`` (its kind, "outcomes", is recognised from its
headers in Italian, Japanese or English)."""

from __future__ import annotations

from pathlib import Path

import click

from app.cli.context import db_option, mission_option, open_for_cli, plural, resolve_mission


@click.command(
    "survey",
    help="Write the outcome survey: one .xlsx per organisation with held meetings (or only "
    "--organisation), in its delegates' language, listing its held meetings with a drop-down "
    "for the outcome, a note and an optional follow-up. Read filled forms back with "
    "'ponte import FILE'.",
)
@db_option(required=True)
@mission_option()
@click.option(
    "--out",
    "out",
    type=click.Path(file_okay=False, path_type=Path),
    required=True,
    help="The folder to write the forms into (created if missing).",
)
@click.option("--organisation", "organisation_id", type=int, default=None, help="Only this id.")
def survey_command(db: str, mission_id: int | None, out: Path, organisation_id: int | None) -> None:
    from app.services.surveys import write_surveys

    with open_for_cli(db, create=False) as store:
        made = write_surveys(
            store, resolve_mission(store, mission_id), out, organisation_id=organisation_id
        )
    for form, path in zip(made.forms, made.paths, strict=True):
        click.echo(f"  {path.name}: {plural(len(form.rows), 'meeting')} ({form.language.value})")
    if not made.paths:
        click.echo(
            "No survey form written: no meeting is marked held yet "
            "(mark them on the B2B page, or with ponte status)."
        )
        return
    click.echo(f"Wrote {plural(len(made.paths), 'survey form')} to {out}")


@click.command(
    "outcome",
    help="Record side a's or b's OUTCOME of held meeting --meeting: no_interest, interesting, "
    "cooperation_possible, supply, partnership, investment_turin, distribution_japan (or its "
    "key 0-6, or its words in Italian, Japanese or English). --clear takes the answer away.",
)
@db_option(required=True)
@click.option("--meeting", "meeting_id", type=int, required=True, help="The meeting's id.")
@click.option(
    "--side", type=click.Choice(["a", "b"], case_sensitive=False), required=True,
    help="Whose answer: organisation a's or b's.",
)  # fmt: skip
@click.argument("outcome", metavar="OUTCOME", required=False)
@click.option("--note", default="", metavar="TEXT", help="A note (at most 1000 characters).")
@click.option("--clear", is_flag=True, help="Take this side's answer away.")
@mission_option("Refuse a meeting that is not of this mission (default: any mission).")
def outcome_command(
    db: str,
    meeting_id: int,
    side: str,
    outcome: str | None,
    note: str,
    clear: bool,
    mission_id: int | None,
) -> None:
    from app.services.outcomes import clear_outcome, parse_outcome, record_outcome

    if clear == (outcome is not None):
        raise click.UsageError("Give an OUTCOME, or --clear (not both).")
    with open_for_cli(db, create=False) as store:
        if clear:
            done = clear_outcome(store, meeting_id, side.lower(), mission_id=mission_id)
        else:
            assert outcome is not None
            done = record_outcome(
                store,
                meeting_id,
                side.lower(),
                parse_outcome(outcome),
                note,
                mission_id=mission_id,
                source="command line",
            )
    now = done.values.outcome.value if done.values.outcome else "no answer"
    was = done.previous.outcome.value if done.previous.outcome else "no answer"
    line = f"Meeting {meeting_id}, side {done.side.value}: {now}"
    if done.values.note:
        line += f', note "{done.values.note}"'
    if was != now:
        line += f" (was {was})"
    click.echo(line + ".")


@click.command(
    "follow-ups",
    help="List the mission's follow-ups, overdue first; or write them to a spreadsheet with "
    "--xlsx or --csv (formula-looking text is written so that it never runs).",
)
@db_option(required=True)
@mission_option()
@click.option("--xlsx", "xlsx", type=click.Path(dir_okay=False, path_type=Path), default=None)
@click.option("--csv", "csv_out", type=click.Path(dir_okay=False, path_type=Path), default=None)
@click.option("--organisation", "organisation_id", type=int, default=None, help="Only this id.")
def follow_ups_command(
    db: str,
    mission_id: int | None,
    xlsx: Path | None,
    csv_out: Path | None,
    organisation_id: int | None,
) -> None:
    from app.services.follow_ups import export_follow_ups, list_follow_ups

    if xlsx is not None and xlsx.suffix.lower() != ".xlsx":
        raise click.UsageError("--xlsx needs a file name ending in .xlsx.")
    if csv_out is not None and csv_out.suffix.lower() != ".csv":
        raise click.UsageError("--csv needs a file name ending in .csv.")
    with open_for_cli(db, create=False) as store:
        mid = resolve_mission(store, mission_id)
        for out in (xlsx, csv_out):
            if out is not None:
                count = export_follow_ups(store, mid, out)
                click.echo(f"Wrote {plural(count, 'follow-up')} to {out}")
        if xlsx is not None or csv_out is not None:
            return
        rows = list_follow_ups(store, mid, organisation_id=organisation_id)
    for r in rows:
        mark = "done" if r.data.done else ("OVERDUE" if r.overdue else "open")
        due = f" by {r.data.due_date.isoformat()}" if r.data.due_date else ""
        who = f" ({r.data.owner})" if r.data.owner else ""
        pair = f"{r.organisation_a.en} ↔ {r.organisation_b.en}"
        click.echo(f"{r.id:>5} [{mark}] {pair}: {r.data.description}{due}{who}")
    click.echo(plural(len(rows), "follow-up"))
