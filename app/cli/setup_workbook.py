"""``ponte setup-template`` and ``ponte setup-import``: the set-up workbook a chamber fills in
(venues, delegations, sessions, organisations, participants, interpreters, … one sheet each)."""

from __future__ import annotations

from pathlib import Path

import click

from app.cli.context import db_option, mission_option, open_for_cli, resolve_mission


@click.command(
    "setup-template",
    help="Write the empty set-up workbook (.xlsx): one sheet per kind of record, headed with "
    "the columns the importer recognises, and a first sheet that says how to fill it in.",
)
@click.argument("out", type=click.Path(dir_okay=False, path_type=Path))
@click.option(
    "--lang", type=click.Choice(["en", "it", "ja"]), default="en", show_default=True,
    help="The language of the sheet names and the instructions.",
)  # fmt: skip
def setup_template_command(out: Path, lang: str) -> None:
    from app.services.setup_workbook import write_setup_template

    click.echo(f"Wrote {write_setup_template(out, lang)}")


@click.command(
    "setup-import",
    help="Import a filled set-up workbook sheet by sheet (venues first, meeting requests "
    "last), each sheet all or nothing: a sheet with a wrong row is not imported, nor the "
    "sheets after it; import the workbook again once it is fixed (rows already imported are "
    "matched, not doubled).",
)
@db_option(required=True)
@mission_option()
@click.argument("path", type=click.Path(dir_okay=False, path_type=Path))
def setup_import_command(db: str, mission_id: int | None, path: Path) -> None:
    from app.services.setup_workbook import import_setup_workbook

    with open_for_cli(db, create=False) as store:
        mid = resolve_mission(store, mission_id)
        done = import_setup_workbook(store, mid, path, progress=lambda s: click.echo(f"{s}…"))
    for sheet in done:
        click.echo(
            f"  {sheet.sheet}: {sheet.created} created, {sheet.updated} updated, "
            f"{sheet.unchanged} unchanged"
        )
