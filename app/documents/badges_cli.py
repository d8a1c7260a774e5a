"""``ponte badges``: print a mission's badges to one PDF on label sheets."""

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
from app.documents.badge_layouts import DEFAULT_LAYOUT, QrContent, load_layout
from app.documents.errors import DocumentError


@click.command(
    "badges", help="Print badges on label sheets (one PDF) for a mission's participants."
)
@db_option(required=True)
@mission_option()
@click.option(
    "--out",
    "out",
    type=click.Path(dir_okay=False, path_type=Path),
    required=True,
    help="The PDF to write, e.g. badges.pdf (replaced only once the new one is complete).",
)
@click.option(
    "--layout",
    "layout_name",
    default=DEFAULT_LAYOUT,
    show_default=True,
    help="Label sheet and badge design (a layout file's name; a wrong name lists them).",
)
@participants_option("Only these participant ids, comma-separated (e.g. 3,5,8), in that order.")
@click.option(
    "--start-at",
    "start_at",
    type=click.IntRange(min=1),
    default=1,
    show_default=True,
    help="First free label on the sheet (a partly used sheet: 4 skips labels 1-3).",
)
@click.option("--crop-marks", is_flag=True, help="Print cutting marks in the page margins.")
@click.option(
    "--qr",
    "qr",
    type=click.Choice([q.value for q in QrContent]),
    default=None,
    help="QR content: a vCard for contact exchange or a check-in id (default: the layout's).",
)
def badges_command(
    db: str,
    mission_id: int | None,
    out: Path,
    layout_name: str,
    participants: list[int] | None,
    start_at: int,
    crop_marks: bool,
    qr: str | None,
) -> None:
    from app.documents.badge_data import load_badges
    from app.documents.badges import BadgeOptions, render_badges

    try:
        layout = load_layout(layout_name)
    except DocumentError as exc:
        raise click.BadParameter(str(exc), param_hint="--layout") from exc
    with open_for_cli(db, create=False) as store:
        mission_id = resolve_mission(store, mission_id)
        try:
            batch = load_badges(store, mission_id, participants)
        except DocumentError as exc:
            raise click.ClickException(str(exc)) from exc
    options = BadgeOptions(
        qr=QrContent(qr) if qr else None, start_at=start_at, crop_marks=crop_marks
    )
    try:
        result = render_badges(batch, layout, out, options)
    except DocumentError as exc:
        raise click.ClickException(str(exc)) from exc
    click.echo(
        f"{result.badges} badges on {result.pages} "
        f"{'page' if result.pages == 1 else 'pages'} ({layout.name}) for "
        f"'{batch.mission_name}': {result.path}"
    )
