"""``ponte send``: each participant's agenda and calendar as an e-mail draft (.eml).
Registered by ``app.cli``."""

from __future__ import annotations

from pathlib import Path

import click

from app.cli_support import (
    db_option,
    mission_option,
    open_for_cli,
    participants_option,
    resolve_mission,
)
from app.documents.errors import DocumentError


@click.command(
    "send",
    help="Write one e-mail per participant, in their document language, with their agenda "
    "PDF and calendar (.ics) attached, as .eml drafts to send from your own mail client. "
    "Participants without an e-mail address are listed and skipped.",
)
@db_option(required=True)
@mission_option()
@click.option(
    "--eml", "eml", required=True, type=click.Path(file_okay=False, path_type=Path),
    help="Folder to write the .eml drafts into (created if missing).",
)  # fmt: skip
@click.option(
    "--only-changed", "only_changed", is_flag=True,
    help="Only the participants whose schedule the latest version changed (publish first); "
    "their message says what changed.",
)  # fmt: skip
@participants_option()
def send_command(
    db: str,
    mission_id: int | None,
    eml: Path,
    only_changed: bool,
    participants: list[int] | None,
) -> None:
    from app.distribution.drafts import write_drafts
    from app.services.publications import PublicationError

    with open_for_cli(db, create=False) as store:
        mid = resolve_mission(store, mission_id)
        try:
            report = write_drafts(
                store, mid, eml, participant_ids=participants, only_changed=only_changed
            )
        except (DocumentError, PublicationError) as exc:
            raise click.ClickException(str(exc)) from exc
    n = len(report.written)
    click.echo(f"Wrote {n} e-mail draft{'s' if n != 1 else ''} to {eml}")
    if only_changed:
        since = f"version {report.base}" if report.base is not None else "no publication yet"
        click.echo(f"Unchanged since {since}: {len(report.unchanged)} participants, no message")
    for skipped in report.skipped:
        click.echo(f"  skipped {skipped.name} ({skipped.participant_id}): {skipped.reason}")
