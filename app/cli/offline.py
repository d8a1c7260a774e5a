"""``ponte offline take`` and ``ponte offline return``: a mission to the venue in a local file,
and back to the server."""

from __future__ import annotations

from pathlib import Path

import click

from app.cli.context import cli_context


@click.group(
    "offline",
    help="Take a mission from a server into a local file (for a venue without network) and "
    "bring it back: check-ins and meeting statuses merge; records changed on both sides are "
    "listed for you to decide, never overwritten.",
)
def offline_group() -> None:
    pass


@offline_group.command(
    "take",
    help="Copy mission --mission of server --from (every record, the same ids) into the new "
    "local file --to.",
)
@click.option("--from", "server", required=True, metavar="URL", help="The server database.")
@click.option("--mission", "mission_id", type=int, required=True, help="Mission id.")
@click.option(
    "--to", "path", required=True, type=click.Path(dir_okay=False, path_type=Path),
    help="The new SQLite file (it must not exist yet).",
)  # fmt: skip
def take_command(server: str, mission_id: int, path: Path) -> None:
    from app.services.offline import take_offline

    report = take_offline(server, mission_id, path, paths=cli_context().paths)
    click.echo(report.message().text())
    click.echo(f"({report.seconds:.1f} s)")


@offline_group.command(
    "return",
    help="Bring the changes made in --file back to the server it was taken from (--to). "
    "The exit status is 3 when some conflicts are listed for you to decide.",
)
@click.option(
    "--file", "path", required=True, type=click.Path(dir_okay=False, path_type=Path),
    help="The file made by ponte offline take.",
)  # fmt: skip
@click.option("--to", "server", required=True, metavar="URL", help="The server database.")
def return_command(path: Path, server: str) -> None:
    from app.common.settings import load_settings
    from app.services.offline import return_offline

    actor = load_settings(cli_context().paths).actor()
    report = return_offline(path, server, paths=cli_context().paths, actor=actor)
    click.echo(report.message().text())
    for line in report.conflict_lines():
        indent = "  " if line.wording.key != "offline.field_values" else "      "
        click.echo(f"{indent}{line.text()}")
    click.echo(f"({report.seconds:.1f} s)")
    if report.conflicts:
        raise SystemExit(3)
