"""``ponte programme``: the programme booklet, one PDF of the whole programme in two languages
side by side, for the welcome pack."""

from __future__ import annotations

from pathlib import Path

import click

from app.cli.context import (
    db_option,
    mission_option,
    open_for_cli,
    out_pdf_option,
    resolve_mission,
)


@click.command(
    "programme",
    help="Write the programme booklet: every programme item and B2B session, day by day, in "
    "two languages side by side (Italian and Japanese unless --languages says otherwise), "
    "with the venues and their addresses.",
)
@db_option(required=True)
@mission_option()
@out_pdf_option("booklet.pdf")
@click.option(
    "--languages",
    "languages",
    default="it,ja",
    show_default=True,
    metavar="A,B",
    help="The left and right column's languages: two different ones of it, ja and en.",
)
def programme_command(db: str, mission_id: int | None, out: Path, languages: str) -> None:
    from app.services.booklet import make_booklet, parse_languages

    pair = parse_languages(languages)  # before the database: a wrong choice fails at once
    with open_for_cli(db, create=False) as store:
        made = make_booklet(store, resolve_mission(store, mission_id), out, pair)
    click.echo(
        f"Programme booklet ({pair[0].value} | {pair[1].value}, {made.size // 1024} KB) for "
        f"'{made.mission_name}': {made.path}"
    )
