"""``ponte request add|no-thanks|remove|list`` and ``ponte suggest``: meeting requests and
suggested pairs, headless. An organisation is named by its id or its exact name (Latin or
Japanese); a refused request is an "Error: …" with exit status 1."""

from __future__ import annotations

import click

from app.cli.context import db_option, mission_option, open_for_cli, plural, resolve_mission
from app.services.command_choices import INTERPRETER_NEED_DEFAULT, INTERPRETER_NEEDS

ORG_HELP = "An organisation: its id or its exact name (Latin or Japanese)."


@click.group("request", help="Meeting requests: who asks to meet whom, and who said no thanks.")
def request_group() -> None:
    pass


@request_group.command(
    "add",
    help="The --from organisation asks to meet the --to one (replacing what that pair said "
    "before). Both must be of the mission, of opposite sides; priority 1 (nice to have) to "
    "5 (essential).",
)
@db_option(required=True)
@mission_option()
@click.option("--from", "requester", required=True, metavar="ORG", help=ORG_HELP)
@click.option("--to", "requested", required=True, metavar="ORG", help=ORG_HELP)
@click.option("--priority", type=int, default=3, show_default=True, help="From 1 to 5.")
@click.option("--mandatory", is_flag=True, help="The scheduler must place this meeting.")
@click.option(
    "--interpreter", "interpreter_need", type=click.Choice(INTERPRETER_NEEDS),
    default=INTERPRETER_NEED_DEFAULT, show_default=True,
    help="Whether the meeting needs an interpreter (auto: from the languages).",
)  # fmt: skip
@click.option("--note", default="", help="A note for the coordinators.")
def add_command(
    db: str,
    mission_id: int | None,
    requester: str,
    requested: str,
    priority: int,
    mandatory: bool,
    interpreter_need: str,
    note: str,
) -> None:
    from app.model.enums import InterpreterNeed
    from app.services import requests as service

    with open_for_cli(db, create=False) as store:
        mid = resolve_mission(store, mission_id)
        book = service.load_book(store, mid)
        a, b = (service.find_organisation(book, x) for x in (requester, requested))
        written = service.set_request(
            store, mid, a, b, priority=priority, mandatory=mandatory,
            interpreter_need=InterpreterNeed(interpreter_need), note=note,
        )  # fmt: skip
    verb = "Set" if written.changed else "Unchanged"
    extra = ", mandatory" if mandatory else ""
    click.echo(f"{verb}: {book.name(a)} → {book.name(b)}, priority {priority}{extra}")


@request_group.command(
    "no-thanks", help="The --from organisation does not want to meet the --to one."
)
@db_option(required=True)
@mission_option()
@click.option("--from", "requester", required=True, metavar="ORG", help=ORG_HELP)
@click.option("--to", "requested", required=True, metavar="ORG", help=ORG_HELP)
def no_thanks_command(db: str, mission_id: int | None, requester: str, requested: str) -> None:
    from app.services import requests as service

    with open_for_cli(db, create=False) as store:
        mid = resolve_mission(store, mission_id)
        book = service.load_book(store, mid)
        a, b = (service.find_organisation(book, x) for x in (requester, requested))
        service.mark_no_thanks(store, mid, a, b)
    click.echo(f"No thanks: {book.name(a)} → {book.name(b)}")


@request_group.command("remove", help="Take away the request (or no thanks) of --from to --to.")
@db_option(required=True)
@mission_option()
@click.option("--from", "requester", required=True, metavar="ORG", help=ORG_HELP)
@click.option("--to", "requested", required=True, metavar="ORG", help=ORG_HELP)
def remove_command(db: str, mission_id: int | None, requester: str, requested: str) -> None:
    from app.services import requests as service

    with open_for_cli(db, create=False) as store:
        mid = resolve_mission(store, mission_id)
        book = service.load_book(store, mid)
        a, b = (service.find_organisation(book, x) for x in (requester, requested))
        service.remove_request(store, mid, a, b)
    click.echo(f"Removed: {book.name(a)} → {book.name(b)}")


@request_group.command(
    "list",
    help="The mission's requests, one a line: requester → requested, priority, and marks "
    "(⇄ mutual, M mandatory, ✕ no thanks).",
)
@db_option(required=True)
@mission_option()
@click.option("--organisation", "organisation", metavar="ORG", help="Only the requests it made.")
def list_command(db: str, mission_id: int | None, organisation: str | None) -> None:
    from app.services import requests as service

    with open_for_cli(db, create=False) as store:
        mid = resolve_mission(store, mission_id)
        book = service.load_book(store, mid)
    if organisation is not None:
        entries = list(book.wish_list(service.find_organisation(book, organisation)))
    else:
        entries = sorted(
            book.requests.values(),
            key=lambda e: (book.name(e.requester).casefold(), book.name(e.requested).casefold()),
        )
    for e in entries:
        v = e.values
        marks = "✕ no thanks" if v.no_thanks else f"priority {v.priority}"
        if book.mutual(e.requester, e.requested):
            marks += " ⇄"
        if v.mandatory:
            marks += " M"
        click.echo(f"{book.name(e.requester)} → {book.name(e.requested)}: {marks}")
    click.echo(plural(len(entries), "request"))


@click.command(
    "suggest",
    help="Suggested pairs: organisations of opposite sides not yet asked, whose sectors and "
    "profiles complement each other, best first, with the reason. --accept K (repeatable) "
    "turns suggestion number K of the list into a request, priority 3, from the organisation "
    "that asked for fewer meetings.",
)
@db_option(required=True)
@mission_option()
@click.option("--limit", type=int, default=20, show_default=True, help="How many to list.")
@click.option("--accept", "accept", type=int, multiple=True, metavar="K",
              help="Accept suggestion number K (1 = the first listed).")  # fmt: skip
def suggest_command(db: str, mission_id: int | None, limit: int, accept: tuple[int, ...]) -> None:
    from app.common.errors import UserError
    from app.services import messages as msg
    from app.services import requests as service

    if limit < 1:
        raise click.ClickException(f"--limit must be at least 1, not {limit}.")
    with open_for_cli(db, create=False) as store:
        mid = resolve_mission(store, mission_id)
        book = service.load_book(store, mid)
        listed = book.suggestions(limit=limit)
        for k in accept:
            if not 1 <= k <= len(listed):
                raise UserError(msg.REQUEST_NO_SUGGESTION(number=k, count=len(listed)))
        for number, s in enumerate(listed, 1):
            click.echo(
                f"{number:>3}. {book.name(s.requester)} → {book.name(s.requested)} "
                f"[{s.score}]: {s.reason.text('en')}"
            )
        for k in dict.fromkeys(accept):
            s = listed[k - 1]
            service.accept_suggestion(store, mid, s)
            click.echo(f"Accepted {k}: {book.name(s.requester)} → {book.name(s.requested)}")
    if not listed:
        click.echo("No suggestions: every pair worth a meeting is asked already.")
