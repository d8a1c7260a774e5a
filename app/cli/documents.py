"""``ponte badges``, ``ponte agendas``, ``ponte sheets`` and ``ponte ics``: the printed
documents and the calendar files."""

from __future__ import annotations

from pathlib import Path

import click

from app.cli.context import (
    db_option,
    mission_option,
    open_for_cli,
    out_folder_option,
    out_pdf_option,
    participants_option,
    plural,
    resolve_mission,
)
from app.services.command_choices import (
    DEFAULT_BADGE_LAYOUT,
    DOCUMENT_LANGUAGES,
    QR_CONTENTS,
    is_badge_layout,
)

# The documents' libraries (reportlab, the calendar's) load when a command runs, not for its
# --help or a usage error: each command imports app.services.documents in its body.


def _layout(_ctx: click.Context, _param: click.Parameter, name: str) -> str:
    """--layout: a wrong name is a usage error that lists the layouts."""
    if is_badge_layout(name):
        return name  # read and checked with the badges
    from app.services.documents import DocumentError, check_layout

    try:
        check_layout(name)
    except DocumentError as exc:
        raise click.BadParameter(str(exc), param_hint="--layout") from exc
    return name


@click.command(
    "badges", help="Print badges on label sheets (one PDF) for a mission's participants."
)
@db_option(required=True)
@mission_option()
@out_pdf_option("badges.pdf")
@click.option(
    "--layout",
    "layout_name",
    default=DEFAULT_BADGE_LAYOUT,
    callback=_layout,
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
@click.option(
    "--crop-marks",
    is_flag=True,
    help="Print marks where the sheet is cut, in the printable area (refused on a layout of "
    "one badge per sheet, which has nothing to cut).",
)
@click.option(
    "--qr",
    "qr",
    type=click.Choice(QR_CONTENTS),
    default=None,
    help="QR content: a vCard for contact exchange or a check-in id (default: the layout's).",
)
def badges_command(
    db: str,
    mission_id: int | None,
    out: Path,
    layout_name: str,
    participants: tuple[int, ...] | None,
    start_at: int,
    crop_marks: bool,
    qr: str | None,
) -> None:
    from app.services.documents import (
        DocumentKind,
        DocumentOrder,
        QrContent,
        layout_notes,
        make_documents,
    )

    with open_for_cli(db, create=False) as store:
        order = DocumentOrder(
            DocumentKind.BADGES,
            resolve_mission(store, mission_id),
            out.parent,
            participant_ids=participants,
            layout=layout_name,
            qr=QrContent(qr) if qr else None,
            start_at=start_at,
            crop_marks=crop_marks,
            file_name=out.name,
        )
        made = make_documents(store, order)
    badges = made.badges
    assert badges is not None
    click.echo(
        f"{badges.badges} badges on {badges.pages} "
        f"{'page' if badges.pages == 1 else 'pages'} ({layout_name}) for "
        f"'{made.mission_name}': {badges.path}"
    )
    for note in layout_notes(layout_name):
        click.echo(str(note))


out_option = out_folder_option("Folder to write the PDFs into (created if missing).")


@click.command(
    "agendas",
    help="Write a personal agenda PDF for each participant, in their document language "
    "(and, with --organisations, one agenda per organisation).",
)
@db_option(required=True)
@mission_option()
@out_option
@participants_option()
@click.option(
    "--organisations", "organisations", is_flag=True,
    help="Also write one agenda per organisation (all its delegates' meetings).",
)  # fmt: skip
@click.option(
    "--no-personal", "no_personal", is_flag=True,
    help="With --organisations: write only the organisation agendas.",
)  # fmt: skip
@click.option(
    "--workers", type=click.IntRange(min=0), default=0, show_default=True,
    help="Processes that render in parallel; 0 chooses from the number of CPUs.",
)  # fmt: skip
def agendas_command(
    db: str,
    mission_id: int | None,
    out: Path,
    participants: tuple[int, ...] | None,
    organisations: bool,
    no_personal: bool,
    workers: int,
) -> None:
    if no_personal and not organisations:
        raise click.UsageError("--no-personal writes nothing without --organisations.")
    from app.services.documents import DocumentKind, DocumentOrder, make_documents

    kind = DocumentKind.ORGANISATION_AGENDAS if no_personal else DocumentKind.PERSONAL_AGENDAS
    with open_for_cli(db, create=False) as store:
        order = DocumentOrder(
            kind,
            resolve_mission(store, mission_id),
            out,
            participant_ids=participants,
            with_organisations=organisations,
            workers=workers or None,
        )
        made = make_documents(store, order)
    parts = []
    if made.personal:
        parts.append(plural(made.personal, "personal agenda"))
    if made.organisations:
        parts.append(plural(made.organisations, "organisation agenda"))
    click.echo(f"Wrote {' and '.join(parts)} to {out}")
    if len(made.paths) <= 5:
        for path in made.paths:
            click.echo(f"  {path.name}")


@click.command(
    "sheets",
    help="Write the table sheets (one page per table and session: who sits there when) "
    "and the B2B master grid (slots × tables, landscape).",
)
@db_option(required=True)
@mission_option()
@out_option
@click.option(
    "--paper", type=click.Choice(["A4", "A3"], case_sensitive=False), default="A4",
    show_default=True, help="Paper size of the master grid.",
)  # fmt: skip
@click.option(
    "--language", type=click.Choice(DOCUMENT_LANGUAGES, case_sensitive=False), default="en",
    show_default=True, help="Language of the labels and dates.",
)  # fmt: skip
def sheets_command(db: str, mission_id: int | None, out: Path, paper: str, language: str) -> None:
    from app.model.enums import DocumentLanguage
    from app.services.documents import DocumentKind, DocumentOrder, make_documents

    with open_for_cli(db, create=False) as store:
        order = DocumentOrder(
            DocumentKind.SHEETS,
            resolve_mission(store, mission_id),
            out,
            paper=paper.upper(),
            language=DocumentLanguage(language.lower()),
        )
        made = make_documents(store, order)
    click.echo(f"Wrote {', '.join(p.name for p in made.paths)} to {out}")


@click.command(
    "ics",
    help="Write calendar files (.ics) for each participant, in their document language: "
    "programme items and B2B meetings (cancelled ones as cancelled). Optionally one per "
    "organisation and one for the whole mission.",
)
@db_option(required=True)
@mission_option()
@out_folder_option("Folder to write the .ics files into (created if missing).")
@participants_option()
@click.option(
    "--organisations", "organisations", is_flag=True,
    help="Also write one calendar per organisation (all its delegates' items and meetings).",
)  # fmt: skip
@click.option(
    "--whole-mission", "whole_mission", is_flag=True,
    help="Also write one calendar with every item and meeting of the mission (in English).",
)  # fmt: skip
def ics_command(
    db: str,
    mission_id: int | None,
    out: Path,
    participants: tuple[int, ...] | None,
    organisations: bool,
    whole_mission: bool,
) -> None:
    from app.services.documents import DocumentKind, DocumentOrder, make_documents

    with open_for_cli(db, create=False) as store:
        order = DocumentOrder(
            DocumentKind.CALENDARS,
            resolve_mission(store, mission_id),
            out,
            participant_ids=participants,
            with_organisations=organisations,
            whole_mission=whole_mission,
        )
        made = make_documents(store, order)
    click.echo(f"Wrote {plural(len(made.paths), 'calendar file')} to {out}")
    if len(made.paths) <= 5:
        for path in made.paths:
            click.echo(f"  {path.name}")
