"""``ponte erase``: a participant, or every participant of a finished mission, erased as
GDPR Art. 17 asks. Registered by ``app.cli``."""

from __future__ import annotations

import click

from app.cli_support import db_option, open_for_cli


@click.command(
    "erase",
    help="Erase a participant (--participant ID), or every participant of a mission "
    "(--mission-people ID), so that nothing of them remains in the database or in documents "
    "made afterwards: their record and all that hangs on it, their name in published "
    "versions, and on SQLite the freed space in the file. Backups made before still hold "
    "them: they are listed, and removed with --remove-backups. This cannot be undone.",
)
@db_option(required=True)
@click.option("--participant", "participant_id", type=int, help="The participant to erase.")
@click.option(
    "--mission-people", "mission_id", type=int,
    help="Erase every participant of this mission (organisations and schedule stay).",
)  # fmt: skip
@click.option("--remove-backups", is_flag=True, help="Also delete the backups that hold them.")
@click.option("--yes", is_flag=True, help="Do not ask for confirmation.")
def erase_command(
    db: str, participant_id: int | None, mission_id: int | None, remove_backups: bool, yes: bool
) -> None:
    from app.paths import Paths
    from app.services.erasure import erase_mission_people, erase_participant
    from app.services.validation import NotFound

    if (participant_id is None) == (mission_id is None):
        raise click.UsageError("Name one: --participant ID or --mission-people ID.")
    what = (
        f"participant {participant_id}"
        if participant_id is not None
        else f"every participant of mission {mission_id}"
    )
    if not yes:
        click.confirm(f"Erase {what}? This cannot be undone.", abort=True)
    with open_for_cli(db, create=False) as store:
        try:
            if participant_id is not None:
                erased = erase_participant(
                    store, participant_id, paths=Paths.for_user(), remove_backups=remove_backups
                )
            else:
                assert mission_id is not None
                erased = erase_mission_people(
                    store, mission_id, paths=Paths.for_user(), remove_backups=remove_backups
                )
        except NotFound as exc:
            raise click.ClickException(f"There is no {exc} in this database.") from exc
    click.echo(
        f"Erased {erased.participants} participant{'s' if erased.participants != 1 else ''}; "
        f"{erased.snapshots_rewritten} published versions rewritten"
    )
    for backup in erased.backups_removed:
        click.echo(f"  removed backup {backup}")
    for backup in erased.backups_holding:
        click.echo(f"  this backup still holds them: {backup} (--remove-backups deletes it)")
