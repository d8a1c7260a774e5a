"""``ponte agendas`` and ``ponte sheets``: the printed documents from the command line.

Registered by ``app.cli``.
"""

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

out_option = out_folder_option("Folder to write the PDFs into (created if missing).")


@click.command(
    "agendas",
    help="Write a personal agenda PDF for each participant, in their document language "
    "(and, with --organisations, one agenda per organisation).",
)
@db_option(required=True)
@mission_option()
@out_option
@participants_option()
@click.option(
    "--organisations", "organisations", is_flag=True,
    help="Also write one agenda per organisation (all its delegates' meetings).",
)  # fmt: skip
@click.option(
    "--no-personal", "no_personal", is_flag=True,
    help="With --organisations: write only the organisation agendas.",
)  # fmt: skip
@click.option(
    "--workers", type=click.IntRange(min=0), default=0, show_default=True,
    help="Processes that render in parallel; 0 chooses from the number of CPUs.",
)  # fmt: skip
def agendas_command(
    db: str,
    mission_id: int | None,
    out: Path,
    participants: list[int] | None,
    organisations: bool,
    no_personal: bool,
    workers: int,
) -> None:
    from app.documents.agenda_data import load_mission_data
    from app.documents.batch import (
        organisation_agenda_jobs,
        personal_agenda_jobs,
        write_documents,
    )

    if no_personal and not organisations:
        raise click.UsageError("--no-personal writes nothing without --organisations.")
    with open_for_cli(db, create=False) as store:
        mid = resolve_mission(store, mission_id)
        try:
            data = load_mission_data(store, mid)
        except DocumentError as exc:
            raise click.ClickException(str(exc)) from exc
    try:
        jobs = [] if no_personal else personal_agenda_jobs(data, out, participants)
        org_jobs = organisation_agenda_jobs(data, out) if organisations else []
        if not jobs and not org_jobs:
            raise DocumentError(f"The mission {data.mission.name!r} has nobody to write for.")
        written = write_documents(data, [*jobs, *org_jobs], workers=workers or None)
    except DocumentError as exc:
        raise click.ClickException(str(exc)) from exc
    parts = []
    if jobs:
        parts.append(f"{len(jobs)} personal agenda{'s' if len(jobs) != 1 else ''}")
    if org_jobs:
        parts.append(f"{len(org_jobs)} organisation agenda{'s' if len(org_jobs) != 1 else ''}")
    click.echo(f"Wrote {' and '.join(parts)} to {out}")
    if len(written) <= 5:
        for path in written:
            click.echo(f"  {path.name}")


@click.command(
    "sheets",
    help="Write the table sheets (one page per table and session: who sits there when) "
    "and the B2B master grid (slots × tables, landscape).",
)
@db_option(required=True)
@mission_option()
@out_option
@click.option(
    "--paper", type=click.Choice(["A4", "A3"], case_sensitive=False), default="A4",
    show_default=True, help="Paper size of the master grid.",
)  # fmt: skip
@click.option(
    "--language", type=click.Choice(["en", "it", "ja"], case_sensitive=False), default="en",
    show_default=True, help="Language of the labels and dates.",
)  # fmt: skip
def sheets_command(db: str, mission_id: int | None, out: Path, paper: str, language: str) -> None:
    from app.documents.agenda_data import load_mission_data
    from app.documents.batch import sheet_jobs, write_documents
    from app.documents.language import language_of

    with open_for_cli(db, create=False) as store:
        mid = resolve_mission(store, mission_id)
        try:
            data = load_mission_data(store, mid)
        except DocumentError as exc:
            raise click.ClickException(str(exc)) from exc
    try:
        jobs = sheet_jobs(data, out, paper.upper(), language_of(language))
        written = write_documents(data, jobs)
    except DocumentError as exc:
        raise click.ClickException(str(exc)) from exc
    click.echo(f"Wrote {', '.join(p.name for p in written)} to {out}")
