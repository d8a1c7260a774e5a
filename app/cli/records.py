"""Commands on a mission's records: ``ponte import`` and ``ponte export`` (spreadsheets in and
out), ``ponte personal-data`` and ``ponte erase`` (GDPR Art. 20 and 17), ``ponte duplicates``
and ``ponte merge``."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

import click

from app.cli.context import (
    cli_context,
    db_option,
    mission_option,
    open_for_cli,
    plural,
    resolve_mission,
)
from app.services.command_choices import CSV_ENCODINGS_TOLD, EXPORT_WHATS, IMPORT_KINDS

if TYPE_CHECKING:
    from app.common.paths import Paths
    from app.services.erasure import ErasedPerson

# The importing and exporting packages (and the spreadsheets' libraries) load when a command
# runs, not for its --help or a usage error: each command imports its service in its body.


_ENCODINGS = ", ".join(CSV_ENCODINGS_TOLD[:-1]) + f" or {CSV_ENCODINGS_TOLD[-1]}"


@click.command(
    "import",
    help="Import organisations, participants, meeting requests, availability, interpreters, "
    "venues, delegations or the programme from a .xlsx or .csv file (',' or ';'). A CSV "
    f"file's encoding is found from its bytes ({_ENCODINGS}); one that cannot be told apart "
    "is refused, saying what it could be, and --encoding names it. The columns are "
    "recognised from their headers in Italian, "
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
    "--kind", type=click.Choice(IMPORT_KINDS),
    help="What the file holds (default: guessed from its headers).",
)  # fmt: skip
@click.option("--sheet", help="The .xlsx sheet to read (default: the first with data).")
@click.option(
    "--encoding",
    help="The encoding of a CSV file, e.g. euc_jp or mac_roman (default: found from the "
    "bytes; a file whose encoding cannot be told is refused, saying what it could be).",
)
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
    encoding: str | None,
    mapping_file: Path | None,
    save_mapping: Path | None,
    dry_run: bool,
    skip_invalid: bool,
) -> None:
    from app.services.importing import (
        FIELDS,
        Action,
        ImportKind,
        MappingError,
        apply_import,
        guess_kind,
        guess_mapping,
        load_mapping,
        plan_import,
        read_table,
    )

    table = read_table(path, sheet=sheet, encoding=encoding)
    chosen = ImportKind(kind) if kind else None
    if mapping_file is not None:
        mapping = load_mapping(mapping_file, chosen)
    else:
        mapping = guess_mapping(chosen or guess_kind(table.headers), table.headers)
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
        organisations = plan.organisations_message()
        if organisations is not None:
            click.echo(organisations.text())
        if dry_run:
            if plan.errors:
                raise click.ClickException("The file has errors (dry run: nothing written).")
            click.echo("Dry run: nothing written.")
            return
        result = apply_import(
            store,
            plan,
            skip_invalid=skip_invalid,
            waiting=lambda said: click.echo(said.text(), err=True),  # another client's import
        )
    if result.note is not None:
        click.echo(result.note.text())
    added = plural(result.organisations, "organisation")
    click.echo(
        f"Imported: {result.created} created, {result.updated} updated"
        + (f", {added} added" if result.organisations else "")
        + (f", {result.skipped} rows with errors left out" if result.skipped else "")
    )
    if result.created + result.updated == 0 and result.unchanged == 0:
        raise click.ClickException("Nothing was imported.")


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
    "--what", "what", type=click.Choice([*EXPORT_WHATS, "all"]), default="participants",
    show_default=True,
    help="What to export; 'all' writes one .xlsx with a sheet for each.",
)  # fmt: skip
def export_command(db: str, mission_id: int | None, out: Path, what: str) -> None:
    from app.services.exporting import ExportError, export_format, export_to

    try:
        suffix = export_format(out)
    except ExportError as exc:  # a bad file name is a usage error: exit status 2
        raise click.UsageError(str(exc)) from exc
    if what == "all" and suffix == ".csv":
        raise click.UsageError("--what all needs an .xlsx file (a CSV file holds one table).")
    whats = list(EXPORT_WHATS) if what == "all" else [what]
    with open_for_cli(db, create=False) as store:
        mid = resolve_mission(store, mission_id)
        sheets = export_to(out, store, mid, whats)
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
    from app.services.exporting import personal_data, write_personal_data

    with open_for_cli(db, create=False) as store:
        document = personal_data(store, participant_id)
    write_personal_data(out, document)
    person = document["participant"]
    click.echo(
        f"Wrote the personal data of {person['given_name']} {person['family_name']} "
        f"({participant_id}) to {out}"
    )


@click.command(
    "erase",
    help="Erase a participant (--participant ID), or every participant of a mission "
    "(--mission-people ID), so that nothing of them remains in the database or in documents "
    "made afterwards: their record and all that hangs on it, their name in published "
    "versions, and the deleted rows left in the file (SQLite) or the server's tables and "
    "statistics (PostgreSQL). Backups made before still hold them: they are listed, and "
    "removed with --remove-backups. The files Ponte made before that name them (agendas, "
    "badges, calendars, drafts, exports) are listed, and deleted with --delete-files. When "
    "another program kept the file or server from being cleaned, it is named, the exit "
    "status is 3, and --finish completes it later. This cannot be undone.",
)
@db_option(required=True)
@click.option("--participant", "participant_id", type=int, help="The participant to erase.")
@click.option(
    "--mission-people", "mission_id", type=int,
    help="Erase every participant of this mission (organisations and schedule stay).",
)  # fmt: skip
@click.option("--remove-backups", is_flag=True, help="Also delete the backups that hold them.")
@click.option(
    "--delete-files", is_flag=True,
    help="Also delete the files Ponte made before that still name them.",
)  # fmt: skip
@click.option(
    "--look-in", "look_in", multiple=True, metavar="FOLDER",
    type=click.Path(file_okay=False, path_type=Path),
    help="Also look in this folder (and 3 levels below) for files that name them; repeatable.",
)  # fmt: skip
@click.option(
    "--finish", is_flag=True,
    help="Only finish an earlier erasure: clean the file or server tables of deleted rows "
    "once the other program that held them has closed.",
)  # fmt: skip
@click.option("--yes", is_flag=True, help="Do not ask for confirmation.")
def erase_command(
    db: str,
    participant_id: int | None,
    mission_id: int | None,
    remove_backups: bool,
    delete_files: bool,
    look_in: tuple[Path, ...],
    finish: bool,
    yes: bool,
) -> None:
    from app.services.erasure import erase_mission_people, erase_participant, finish_erasure

    if finish:
        if participant_id is not None or mission_id is not None:
            raise click.UsageError("--finish erases nobody: give it only --db.")
        with open_for_cli(db, create=False) as store:
            cleanup = finish_erasure(store)
        for note in cleanup.notes:
            click.echo(str(note))
        if not cleanup.done:
            raise SystemExit(3)
        return
    if (participant_id is None) == (mission_id is None):
        raise click.UsageError("Name one: --participant ID or --mission-people ID.")
    what = (
        f"participant {participant_id}"
        if participant_id is not None
        else f"every participant of mission {mission_id}"
    )
    if not yes:
        click.confirm(f"Erase {what}? This cannot be undone.", abort=True)
    paths = cli_context().paths
    with open_for_cli(db, create=False) as store:
        if participant_id is not None:
            erased = erase_participant(
                store, participant_id, paths=paths, remove_backups=remove_backups
            )
        else:
            assert mission_id is not None
            erased = erase_mission_people(
                store, mission_id, paths=paths, remove_backups=remove_backups
            )
    click.echo(
        f"Erased {erased.participants} participant{'s' if erased.participants != 1 else ''}; "
        f"{erased.snapshots_rewritten} published versions rewritten"
    )
    for note in erased.cleanup.notes:
        click.echo(str(note))
    for backup in erased.backups_removed:
        click.echo(f"  removed backup {backup}")
    for backup in erased.backups_holding:
        click.echo(f"  this backup still holds them: {backup} (--remove-backups deletes it)")
    _files_naming_them(erased.people, paths, look_in, delete_files)
    if not erased.cleanup.done:
        raise SystemExit(3)


def _files_naming_them(
    people: Sequence[ErasedPerson], paths: Paths, look_in: tuple[Path, ...], delete: bool
) -> None:
    """List (and with ``delete`` delete) the files Ponte made before that name ``people``."""
    from app.services.erasure_traces import delete_traces, find_traces, folders_to_search

    folders = folders_to_search(paths, look_in)
    traces = find_traces(people, folders, deep=look_in)
    if not traces:
        if people:
            click.echo(
                f"No file made before names them (looked in {plural(len(folders), 'folder')})."
            )
        return
    if not delete:
        click.echo(
            f"{plural(len(traces), 'file')} made before still name them "
            "(--delete-files deletes them):"
        )
        for trace in traces:
            click.echo(f"  {trace.path}")
        return
    deleted, failed = delete_traces(traces)
    for path in deleted:
        click.echo(f"  deleted {path}")
    for path, why in failed:
        click.echo(f"  could not delete {path}: {why}")


@click.command(
    "duplicates",
    help="List the participants that look like the same person: the same e-mail, the same "
    "name in the same organisation (in either order, in Latin script, kanji or kana). "
    "Nothing is merged: see ponte merge.",
)
@db_option(required=True)
@mission_option()
def duplicates_command(db: str, mission_id: int | None) -> None:
    from app.services.merging import mission_duplicates

    with open_for_cli(db, create=False) as store:
        mid = resolve_mission(store, mission_id)
        groups = mission_duplicates(store, mid)
    if not groups:
        click.echo("No suspected duplicates.")
    for n, group in enumerate(groups, start=1):
        reasons = "; ".join(r.value for r in group.reasons)
        click.echo(f"Group {n} ({reasons}):")
        for r in group.records:
            kanji = " ".join(x for x in (r.family_kanji, r.given_kanji) if x)
            name = " ".join(x for x in (r.family, r.given) if x) + (f" / {kanji}" if kanji else "")
            email = f" <{r.email}>" if r.email else ""
            org = f", {r.organisation}" if r.organisation else ""
            click.echo(f"  {r.key}: {name}{email}{org}")


@click.command(
    "merge",
    help="Merge participant --remove into participant --keep: empty fields of the kept one "
    "are filled, meetings, programme items, availability and the sent log move to it, and "
    "the other is deleted.",
)
@db_option(required=True)
@click.option("--keep", "keep_id", type=int, required=True, help="The participant to keep.")
@click.option("--remove", "other_id", type=int, required=True, help="The one merged into it.")
def merge_command(db: str, keep_id: int, other_id: int) -> None:
    from app.services.merging import merge_participants

    with open_for_cli(db, create=False) as store:
        merged = merge_participants(store, keep_id, other_id)
    filled = ", ".join(merged.filled) or "nothing"
    click.echo(f"Merged {other_id} into {keep_id}; filled from it: {filled}")
