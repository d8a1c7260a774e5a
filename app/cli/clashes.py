"""``ponte clashes``: the clashes in a mission's programme, one line each, in the user's
language (--lang; else the window's language in the settings; else the system's; else
English). A report: it exits 0 whether or not there are clashes."""

from __future__ import annotations

import os

import click

from app.cli.context import cli_context, db_option, mission_option, open_for_cli, resolve_mission
from app.common.settings import UI_LANGUAGES, load_settings
from app.core import programme_messages as pm


def user_language(chosen: str | None) -> str:
    """``chosen`` if given; else the language the window speaks (the settings), else the
    first of the system's locale variables that names one Ponte speaks, else English."""
    if chosen:
        return chosen.lower()
    preferred = load_settings(cli_context().paths).ui_language
    if preferred in UI_LANGUAGES:
        return preferred
    for var in ("LC_ALL", "LC_MESSAGES", "LANG", "LANGUAGE"):
        for tag in os.environ.get(var, "").split(":"):
            code = tag.replace("-", "_").split("_")[0].split(".")[0].lower()
            if code in UI_LANGUAGES:
                return code
    return "en"


@click.command(
    "clashes",
    help="List the clashes in a mission's programme: people expected in two places at once, "
    "meetings during programme items, travel between venues longer than the time between, "
    "interpreters needed in two places.",
)
@db_option(required=True)
@mission_option()
@click.option(
    "--lang",
    type=click.Choice(list(UI_LANGUAGES), case_sensitive=False),
    default=None,
    help="The language to write in (default: the window's, else the system's, else en).",
)
def clashes_command(db: str, mission_id: int | None, lang: str | None) -> None:
    from app.services.programme_clashes import list_clashes

    language = user_language(lang)
    with open_for_cli(db, create=False) as store:
        mission_id = resolve_mission(store, mission_id)
        clashes = list_clashes(store, mission_id)
    if not clashes:
        click.echo(pm.NO_CLASHES().text(language))
    for clash in clashes:
        click.echo(pm.CLASH_LINE(label=clash.label, text=clash.message).text(language))
