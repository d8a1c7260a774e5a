"""``ponte import``: a spreadsheet of organisations or participants into a mission, with a
report row by row; nothing is written unless every row is right (or ``--skip-invalid``).
Registered by ``app.cli``."""

from __future__ import annotations

from pathlib import Path

import click

from app.cli_support import db_option, mission_option, open_for_cli, plural, resolve_mission
from app.importing.fields import FIELDS, ImportKind


@click.command(
    "import",
    help="Import organisations, participants, meeting requests, availability or interpreters "
    "from a .xlsx or .csv file (UTF-8, Shift_JIS "
    "or Windows-1252; ',' or ';'). The columns are recognised from their headers in Italian, "
    "Japanese or English, or named in a --mapping file. Every row is checked first and a "
    "report printed; nothing is written when a row has errors (unless --skip-invalid), and "
    "then everything in one transaction. People already in the mission are updated, matched "
    "by e-mail, then by name and organisation. The exit status is 1 when nothing was "
    "imported.",
)
@db_option(required=True)
@mission_option()
@click.argument("path", type=click.Path(dir_okay=False, path_type=Path))
@click.option(
    "--kind", type=click.Choice([k.value for k in ImportKind]),
    help="What the file holds (default: guessed from its headers).",
)  # fmt: skip
@click.option("--sheet", help="The .xlsx sheet to read (default: the first with data).")
@click.option(
    "--mapping", "mapping_file", type=click.Path(dir_okay=False, path_type=Path),
    help='A JSON file {"kind": "participants", "columns": {"email": "Posta"}} naming the '
    "column of each field (default: guessed from the headers).",
)  # fmt: skip
@click.option(
    "--save-mapping", type=click.Path(dir_okay=False, path_type=Path),
    help="Write the mapping used to this JSON file, to correct and pass back with --mapping.",
)  # fmt: skip
@click.option("--dry-run", is_flag=True, help="Check and report only; write nothing.")
@click.option(
    "--skip-invalid", is_flag=True, help="Import the rows without errors and leave the others."
)
def import_command(
    db: str,
    mission_id: int | None,
    path: Path,
    kind: str | None,
    sheet: str | None,
    mapping_file: Path | None,
    save_mapping: Path | None,
    dry_run: bool,
    skip_invalid: bool,
) -> None:
    from app.importing.apply import ImportRefused, apply_import
    from app.importing.errors import ImportFileError
    from app.importing.mapping import guess_kind, guess_mapping, load_mapping
    from app.importing.plan import Action, MappingError, plan_import
    from app.importing.readers import read_table

    try:
        table = read_table(path, sheet=sheet)
        chosen = ImportKind(kind) if kind else None
        if mapping_file is not None:
            mapping = load_mapping(mapping_file, chosen)
        else:
            mapping = guess_mapping(chosen or guess_kind(table.headers), table.headers)
    except ImportFileError as exc:
        raise click.ClickException(str(exc)) from exc
    if save_mapping is not None:
        save_mapping.write_text(mapping.to_json() + "\n", encoding="utf-8")
    click.echo(f"{table.source}: {plural(len(table.rows), 'row')} of {mapping.kind.value}")
    for note in table.notes:
        click.echo(f"  note: {note}")
    for f in FIELDS[mapping.kind]:
        header = mapping.header(f.key)
        if header is not None:
            click.echo(f"  {f.label:<45} ← {header}")
    with open_for_cli(db, create=False) as store:
        mid = resolve_mission(store, mission_id)
        try:
            plan = plan_import(store, mid, table, mapping)
        except MappingError as exc:
            for problem in exc.problems:
                click.echo(f"  mapping: {problem}", err=True)
            raise click.ClickException(
                "The columns could not be matched to fields; name them with --mapping "
                "(--save-mapping writes the guess to start from)."
            ) from exc
        for column in plan.ignored_columns:
            click.echo(f"  ignored column: {column}")
        for row in plan.rows:
            for issue in row.issues:
                click.echo(f"  row {row.row_number} ({row.label}): {issue.message}")
            for warning in row.warnings:
                click.echo(f"  row {row.row_number}: check: {warning}")
        click.echo(
            f"To create {plan.count(Action.CREATE)}, to update {plan.count(Action.UPDATE)}, "
            f"unchanged {plan.count(Action.UNCHANGED)}, with errors {plan.count(Action.ERROR)}"
        )
        if dry_run:
            if plan.errors:
                raise click.ClickException("The file has errors (dry run: nothing written).")
            click.echo("Dry run: nothing written.")
            return
        try:
            result = apply_import(store, plan, skip_invalid=skip_invalid)
        except ImportRefused as exc:
            raise click.ClickException(str(exc)) from exc
    click.echo(
        f"Imported: {result.created} created, {result.updated} updated"
        + (f", {result.skipped} rows with errors left out" if result.skipped else "")
    )
    if result.created + result.updated == 0 and result.unchanged == 0:
        raise click.ClickException("Nothing was imported.")
