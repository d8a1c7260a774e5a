"""``ponte ics``: calendar files from the command line. Registered by ``app.cli``."""

from __future__ import annotations

from pathlib import Path

import click

from app.cli_support import (
    db_option,
    mission_option,
    open_for_cli,
    out_folder_option,
    participants_option,
    resolve_mission,
)
from app.documents.errors import DocumentError


@click.command(
    "ics",
    help="Write calendar files (.ics) for each participant, in their document language: "
    "programme items and B2B meetings (cancelled ones as cancelled). Optionally one per "
    "organisation and one for the whole mission.",
)
@db_option(required=True)
@mission_option()
@out_folder_option("Folder to write the .ics files into (created if missing).")
@participants_option()
@click.option(
    "--organisations", "organisations", is_flag=True,
    help="Also write one calendar per organisation (all its delegates' items and meetings).",
)  # fmt: skip
@click.option(
    "--whole-mission", "whole_mission", is_flag=True,
    help="Also write one calendar with every item and meeting of the mission (in English).",
)  # fmt: skip
def ics_command(
    db: str,
    mission_id: int | None,
    out: Path,
    participants: list[int] | None,
    organisations: bool,
    whole_mission: bool,
) -> None:
    from app.calendar.export import mission_calendars
    from app.calendar.files import write_calendars
    from app.services.publications import PublicationError

    with open_for_cli(db, create=False) as store:
        mid = resolve_mission(store, mission_id)
        try:
            writer = mission_calendars(store, mid)
        except (DocumentError, PublicationError) as exc:
            raise click.ClickException(str(exc)) from exc
    try:
        written = write_calendars(
            writer, out, participants,
            organisations=organisations, whole_mission=whole_mission,
        )  # fmt: skip
    except DocumentError as exc:
        raise click.ClickException(str(exc)) from exc
    click.echo(f"Wrote {len(written)} calendar file{'s' if len(written) != 1 else ''} to {out}")
    if len(written) <= 5:
        for path in written:
            click.echo(f"  {path.name}")
