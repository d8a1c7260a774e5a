"""``ponte duplicates`` and ``ponte merge``: suspected duplicate participants listed, and two
of them merged when the coordinator says so. Registered by ``app.cli``."""

from __future__ import annotations

import click

from app.cli_support import db_option, mission_option, open_for_cli, resolve_mission


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
    from app.services.validation import NotFound, ValidationError

    with open_for_cli(db, create=False) as store:
        try:
            merged = merge_participants(store, keep_id, other_id)
        except (NotFound, ValidationError, ValueError) as exc:
            raise click.ClickException(str(exc)) from exc
    filled = ", ".join(merged.filled) or "nothing"
    click.echo(f"Merged {other_id} into {keep_id}; filled from it: {filled}")
