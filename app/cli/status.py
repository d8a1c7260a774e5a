"""``ponte status`` (mark what happened to a meeting on the day) and ``ponte host-sheets``
(the sheets a table's host ticks by hand)."""

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

# The words of the command line, and the status each stands for (app.model's values).
STATUS_WORDS: dict[str, str] = {
    "held": "held",
    "no-show-a": "no_show_a",
    "no-show-b": "no_show_b",
    "no-show": "no_show",
    "cancelled": "cancelled",
    "scheduled": "scheduled",
}
SAID: dict[str, str] = {
    "held": "held",
    "no_show_a": "missed by A ({a})",
    "no_show_b": "missed by B ({b})",
    "no_show": "missed by both",
    "cancelled": "cancelled",
    "scheduled": "scheduled",
}


@click.command(
    "status",
    help="Mark what happened to meeting --meeting on the day: held, no-show-a (organisation A "
    "did not come), no-show-b, no-show (neither came), cancelled (late: off the grid and the "
    "agendas) or scheduled (back as planned). A reader's account may do it.",
)
@db_option(required=True)
@click.option("--meeting", "meeting_id", type=int, required=True, help="The meeting's id.")
@click.argument(
    "status", metavar="STATUS", type=click.Choice(list(STATUS_WORDS), case_sensitive=False)
)
@click.option(
    "--note",
    default="",
    metavar="TEXT",
    help="A short note (at most 200 characters), e.g. 'arrived 20 min late'. Without it, the "
    "note is cleared.",
)
@mission_option("Refuse a meeting that is not of this mission (default: any mission).")
def status_command(
    db: str, meeting_id: int, status: str, note: str, mission_id: int | None
) -> None:
    from app.model.enums import MeetingStatus
    from app.services.meeting_status import set_meeting_status

    with open_for_cli(db, create=False) as store:
        done = set_meeting_status(
            store,
            meeting_id,
            MeetingStatus(STATUS_WORDS[status.lower()]),
            note,
            mission_id=mission_id,
        )
    a, _, b = done.pair.partition(" ↔ ")
    said = SAID[done.mark.status.value].format(a=a, b=b)
    was = SAID[done.previous.status.value].format(a=a, b=b)
    line = f"Meeting {done.meeting_id} ({done.pair}): {said}"
    if done.mark.note:
        line += f', note "{done.mark.note}"'
    if done.previous.status is not done.mark.status:
        line += f" (was {was})"
    click.echo(line + ".")


@click.command(
    "host-sheets",
    help="Write the table host sheets (one page per table and session: the meetings in time "
    "order, numbered, with boxes to tick and a note line) for desks without a laptop.",
)
@db_option(required=True)
@mission_option()
@out_pdf_option("host-sheets.pdf")
@click.option(
    "--language", type=click.Choice(DOCUMENT_LANGUAGES, case_sensitive=False), default="en",
    show_default=True, help="Language of the sheets.",
)  # fmt: skip
@click.option("--session", "session_id", type=int, default=None, help="Only this session's id.")
@click.option(
    "--table", "table_id", type=int, default=None, help="Only this table's id (with --session)."
)
def host_sheets_command(
    db: str,
    mission_id: int | None,
    out: Path,
    language: str,
    session_id: int | None,
    table_id: int | None,
) -> None:
    if table_id is not None and session_id is None:
        raise click.UsageError("--table needs --session (a table belongs to one session).")
    from app.model.enums import DocumentLanguage
    from app.services.meeting_status import write_host_sheets

    with open_for_cli(db, create=False) as store:
        made = write_host_sheets(
            store,
            resolve_mission(store, mission_id),
            out,
            DocumentLanguage(language.lower()),
            session_id=session_id,
            table_id=table_id,
        )
    click.echo(f"Wrote the host sheets of '{made.mission_name}' to {made.path}")
