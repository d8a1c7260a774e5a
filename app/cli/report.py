"""``ponte report``: the chambers' report on a mission, a PDF in Italian, Japanese or English,
and its figures as an .xlsx."""

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
from app.services.command_choices import DOCUMENT_LANGUAGES


@click.command(
    "report",
    help="Write the report on a mission for the chambers' boards (PDF): participants and "
    "organisations, requested, scheduled and held meetings and why not, sector pairs, "
    "interpreters, outcomes, the most promising pairs and the previous mission beside it.",
)
@db_option(required=True)
@mission_option()
@out_pdf_option("report.pdf")
@click.option(
    "--lang", "language", type=click.Choice(DOCUMENT_LANGUAGES, case_sensitive=False),
    default="en", show_default=True, help="Language of the report.",
)  # fmt: skip
@click.option(
    "--xlsx",
    "xlsx",
    type=click.Path(dir_okay=False, path_type=Path),
    default=None,
    help="Also write the figures to this .xlsx, one sheet per figure.",
)
@click.option(
    "--compare-with",
    "compare_with",
    type=int,
    default=None,
    help="The mission to compare with (default: the latest that ended before this one began).",
)
def report_command(
    db: str,
    mission_id: int | None,
    out: Path,
    language: str,
    xlsx: Path | None,
    compare_with: int | None,
) -> None:
    from app.model.enums import DocumentLanguage
    from app.services.report import write_report

    with open_for_cli(db, create=False) as store:
        made = write_report(
            store,
            resolve_mission(store, mission_id),
            out,
            DocumentLanguage(language.lower()),
            xlsx=xlsx,
            compare_with=compare_with,
        )
    click.echo(f"Wrote the report on '{made.mission_name}' to {made.pdf} ({made.pdf_bytes} bytes)")
    if made.previous_name:
        click.echo(f"Compared with '{made.previous_name}'")
    if made.nothing_scheduled:
        click.echo("Nothing has been scheduled yet: the report says so.")
    if made.xlsx is not None:
        click.echo(f"Wrote the figures to {made.xlsx}")
