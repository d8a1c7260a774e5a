"""``ponte backup``: list, make and restore the backups of a database file."""

from __future__ import annotations

from pathlib import Path

import click

from app.cli.context import cli_context, plural


@click.group("backup")
def backup_group() -> None:
    """The backups of a database file: Ponte makes one when the file opens or the window
    closes and the file changed since the last one; each is reopened and checked before it
    counts. Kept: the newest 3, one a day for 7 days, one a week for 5 weeks, one a month
    for 12 months, every manual backup, and the newest good copy made before an upgrade."""


_DB = click.option("--db", "db", required=True, metavar="FILE", help="A Ponte database file.")


@backup_group.command("list")
@_DB
def list_command(db: str) -> None:
    """List the backups of FILE, newest first."""
    from app.services.backups import backups

    rows = backups(Path(db), cli_context().paths)
    if not rows:
        click.echo(f"No backups of {db}.")
        return
    for row in rows:
        local = row.made.astimezone().strftime("%Y-%m-%d %H:%M:%S")
        counts = ", ".join(
            plural(n, word)
            for n, word in (
                (row.participants, "participant"),
                (row.meetings, "meeting"),
            )
            if n is not None
        )
        checked = "checked" if row.checked else "NOT checked"
        schema = f"schema {row.revision}" if row.revision else "schema ?"
        click.echo(f"{local}  {row.kind:<14} {schema}  {counts or '-'}  {checked}")
        click.echo(f"    {row.path}")


@backup_group.command("make")
@_DB
def make_command(db: str) -> None:
    """Back FILE up now (a manual backup: never removed by the rotation)."""
    from app.services.backups import make_backup

    made = make_backup(Path(db), cli_context().paths)
    click.echo(f"Backed up {db} to {made} (checked)")


@backup_group.command("restore")
@_DB
@click.argument(
    "backup", required=False, type=click.Path(exists=True, dir_okay=False, path_type=Path)
)
@click.option("--newest", is_flag=True, help="Restore the newest good backup.")
@click.option("--yes", is_flag=True, help="Do not ask for confirmation.")
def restore_command(db: str, backup: Path | None, newest: bool, yes: bool) -> None:
    """Put BACKUP (or --newest) in place of FILE. The backup is checked first; the file it
    replaces is kept aside (FILE.before-restore-…), never deleted. Close the window on FILE
    first."""
    from app.services.backups import newest_backup, restore_backup

    paths = cli_context().paths
    if (backup is None) == (not newest):
        raise click.UsageError("Name one: a BACKUP file (see ponte backup list) or --newest.")
    if backup is None:
        backup = newest_backup(Path(db), paths)
        if backup is None:
            raise click.ClickException(f"There is no good backup of {db}.")
    if not yes:
        click.confirm(f"Replace {db} with {backup}?", abort=True)
    kept = restore_backup(backup, Path(db), paths)
    click.echo(f"Restored {db} from {backup}")
    if kept is not None:
        click.echo(f"  the file it replaced is kept as {kept}")
