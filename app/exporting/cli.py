"""``ponte export`` (a spreadsheet of a mission's data) and ``ponte personal-data`` (one
participant's data, GDPR Art. 20). Registered by ``app.cli``."""

from __future__ import annotations

from pathlib import Path

import click

from app.cli_support import db_option, mission_option, open_for_cli, plural, resolve_mission
from app.exporting.errors import ExportError
from app.exporting.tables import WHATS


@click.command(
    "export",
    help="Write a mission's participants, organisations, meeting requests or B2B schedule to "
    "a spreadsheet: OUT.xlsx (bold frozen header, filters, real dates) or OUT.csv (UTF-8 "
    "with BOM, as Excel needs). The columns are listed in app/exporting/tables.py. Text that "
    "a spreadsheet would run as a formula is written so that it never is. The file holds "
    "personal data: it is readable by you only.",
)
@db_option(required=True)
@mission_option()
@click.argument("out", type=click.Path(dir_okay=False, path_type=Path))
@click.option(
    "--what", "what", type=click.Choice([*WHATS, "all"]), default="participants",
    show_default=True,
    help="What to export; 'all' writes one .xlsx with a sheet for each.",
)  # fmt: skip
def export_command(db: str, mission_id: int | None, out: Path, what: str) -> None:
    from app.exporting.export import export_format, export_to

    try:
        suffix = export_format(out)
    except ExportError as exc:
        raise click.UsageError(str(exc)) from exc
    if what == "all" and suffix == ".csv":
        raise click.UsageError("--what all needs an .xlsx file (a CSV file holds one table).")
    whats = list(WHATS) if what == "all" else [what]
    with open_for_cli(db, create=False) as store:
        mid = resolve_mission(store, mission_id)
        try:
            sheets = export_to(out, store, mid, whats)
        except ExportError as exc:
            raise click.ClickException(str(exc)) from exc
    counts = ", ".join(f"{plural(len(s.rows), 'row')} of {s.name.lower()}" for s in sheets)
    click.echo(f"Wrote {counts} to {out}")


@click.command(
    "personal-data",
    help="Write everything Ponte holds about one participant as JSON (GDPR Art. 20, data "
    "portability): their record, organisation, languages, unavailability, their "
    "organisation's meeting requests, their meetings and programme, and the sent log about "
    "them. Other people are not named. Publication snapshots are not included.",
)
@db_option(required=True)
@click.option("--participant", "participant_id", type=int, required=True, help="Participant id.")
@click.option(
    "--out", "out", required=True, type=click.Path(dir_okay=False, path_type=Path),
    help="The JSON file to write (readable by you only).",
)  # fmt: skip
def personal_data_command(db: str, participant_id: int, out: Path) -> None:
    from app.exporting.personal_data import personal_data, write_personal_data

    with open_for_cli(db, create=False) as store:
        try:
            document = personal_data(store, participant_id)
        except ExportError as exc:
            raise click.ClickException(str(exc)) from exc
    try:
        write_personal_data(out, document)
    except ExportError as exc:
        raise click.ClickException(str(exc)) from exc
    person = document["participant"]
    click.echo(
        f"Wrote the personal data of {person['given_name']} {person['family_name']} "
        f"({participant_id}) to {out}"
    )
