"""``ponte interpreter add|edit|list|remove`` (interpreters: names in both scripts, languages,
the B2B sessions they work) and ``ponte unavailable add|edit|list|remove`` (the times a
participant or an interpreter cannot meet, as wall times in the mission's zone)."""

from __future__ import annotations

import dataclasses
from typing import TYPE_CHECKING, Any

import click

from app.cli.context import db_option, mission_option, open_for_cli, resolve_mission, with_options
from app.common.wording import Message

if TYPE_CHECKING:  # annotations only: the services load when a command runs
    from app.services.availability import PeriodData
    from app.services.interpreters import InterpreterData


def _warn(warnings: tuple[Message, ...]) -> None:
    for warning in warnings:
        click.echo(f"Warning: {warning}", err=True)


_person_options = with_options(
    # The interpreter's values; on ``edit`` only those given change.
    click.option("--family-name", help="Family name in Latin letters (required to add)."),
    click.option("--given-name", help="Given name in Latin letters."),
    click.option("--family-kanji", help="Family name in kanji (or katakana), e.g. 露志."),
    click.option("--given-kanji", help="Given name in kanji."),
    click.option("--family-kana", help="Family name's reading in kana, e.g. ろっし."),
    click.option("--given-kana", help="Given name's reading in kana."),
    click.option(
        "--family-first/--given-first",
        "family_first",
        default=None,
        help="How the Latin name is written: TANAKA Hiroshi or Mario Rossi.",
    ),
    click.option(
        "--language",
        "languages",
        multiple=True,
        metavar="CODE",
        help="A language spoken (ISO 639-1: it, ja, en …), most fluent first; repeat it.",
    ),
    click.option(
        "--session",
        "sessions",
        multiple=True,
        type=int,
        metavar="ID",
        help="A B2B session worked (see 'ponte interpreter list'); repeat it. None: every session.",
    ),
    click.option("--email", help="E-mail address."),
    click.option("--phone", help="Phone number."),
    click.option("--notes", help="Notes (language pairs, who booked them …)."),
)


def _changed(base: InterpreterData, given: dict[str, Any]) -> InterpreterData:
    from app.model.enums import NameOrder

    names = {
        "family_name": "family_name",
        "given_name": "given_name",
        "family_kanji": "family_name_kanji",
        "given_kanji": "given_name_kanji",
        "family_kana": "family_name_kana",
        "given_kana": "given_name_kana",
        "email": "email",
        "phone": "phone",
        "notes": "notes",
    }
    changes: dict[str, Any] = {
        field: given[option] for option, field in names.items() if given.get(option) is not None
    }
    if given.get("family_first") is not None:
        changes["name_order"] = (
            NameOrder.FAMILY_FIRST if given["family_first"] else NameOrder.GIVEN_FIRST
        )
    if given.get("languages"):
        changes["languages"] = tuple(
            code.strip() for item in given["languages"] for code in item.split(",")
        )
    if given.get("sessions"):
        changes["session_ids"] = tuple(given["sessions"])
    if given.get("all_sessions"):
        changes["session_ids"] = ()
    return dataclasses.replace(base, **changes)


@click.group("interpreter", help="Add, edit, list or remove a mission's interpreters.")
def interpreter_group() -> None:
    pass


@interpreter_group.command("add", help="Add an interpreter (a participant who interprets).")
@db_option()
@mission_option()
@_person_options
def interpreter_add(db: str, mission_id: int | None, **given: Any) -> None:
    from app.services.interpreters import InterpreterData, create_interpreter

    if not given.get("family_name"):
        raise click.UsageError("Name the interpreter with --family-name (in Latin letters).")
    store = open_for_cli(db, create=False)
    with store:
        mission = resolve_mission(store, mission_id)
        saved = create_interpreter(store, mission, _changed(InterpreterData(family_name=""), given))
    _warn(saved.warnings)
    click.echo(f"Added interpreter {saved.id} (participant {saved.participant_id}).")


@interpreter_group.command("edit", help="Change an interpreter; only the options given change.")
@db_option()
@click.argument("interpreter_id", type=int, metavar="ID")
@_person_options
@click.option("--all-sessions", is_flag=True, help="Works every session (clears --session).")
def interpreter_edit(db: str, interpreter_id: int, **given: Any) -> None:
    from app.services.interpreters import load_interpreter, update_interpreter

    store = open_for_cli(db, create=False)
    with store:
        # Read and written in two units of work: the base refuses the save if someone else
        # changed the interpreter in between, instead of writing their old values back.
        base = load_interpreter(store, interpreter_id)
        data = _changed(base.values, given)
        saved = update_interpreter(store, interpreter_id, data, base=base)
    _warn(saved.warnings)
    click.echo(f"Changed interpreter {saved.id}.")


@interpreter_group.command("list", help="The interpreters, their languages and sessions.")
@db_option()
@mission_option()
def interpreter_list(db: str, mission_id: int | None) -> None:
    from app.services.interpreters import list_interpreters, list_session_choices

    store = open_for_cli(db, create=False)
    with store:
        mission = resolve_mission(store, mission_id)
        rows = list_interpreters(store, mission)
        sessions = list_session_choices(store, mission)
    names = {s.id: s.names.in_("en") for s in sessions}
    for s in sessions:
        click.echo(f"session {s.id}: {s.names.in_('en')}")
    if not rows:
        click.echo("No interpreters yet (ponte interpreter add).")
    for row in rows:
        japanese = " / ".join(x for x in (row.kanji_name, row.kana_name) if x)
        worked = ", ".join(f"{sid} {names.get(sid, '?')}" for sid in row.session_ids)
        click.echo(
            f"{row.id}\t{row.latin_name}{f' ({japanese})' if japanese else ''}\t"
            f"{', '.join(row.languages)}\tsessions: {worked or 'all'}\t"
            f"participant {row.participant_id}, {row.breaks} unavailable"
        )


@interpreter_group.command("remove", help="Remove an interpreter (the person and their breaks).")
@db_option()
@click.argument("interpreter_id", type=int, metavar="ID")
def interpreter_remove(db: str, interpreter_id: int) -> None:
    from app.services.interpreters import delete_interpreter

    store = open_for_cli(db, create=False)
    with store:
        delete_interpreter(store, interpreter_id)
    click.echo(f"Removed interpreter {interpreter_id}.")


# --- unavailability ------------------------------------------------------------------------

_WHEN = 'e.g. "2027-10-14 14:00", in the mission\'s time zone (or --zone)'


@click.group(
    "unavailable", help="The times a participant or interpreter cannot meet (a visit, a flight)."
)
def unavailable_group() -> None:
    pass


_period_options = with_options(
    click.option("--from", "start", required=True, help=f"Start, {_WHEN}."),
    click.option("--to", "end", required=True, help=f"End, {_WHEN}."),
    click.option("--reason", default="", help='Why, e.g. "plant visit" or "break".'),
    click.option("--zone", default=None, help="The zone of the times (default: the mission's)."),
)


def _period(start: str, end: str, reason: str, zone: str | None) -> PeriodData:
    from app.services.availability import PeriodData, parse_wall_time

    return PeriodData(parse_wall_time(start, "start"), parse_wall_time(end, "end"), reason, zone)


@unavailable_group.command("add", help="Add a time the person cannot meet.")
@db_option()
@click.option("--participant", "participant_id", type=int, required=True, help="Participant id.")
@_period_options
def unavailable_add(
    db: str, participant_id: int, start: str, end: str, reason: str, zone: str | None
) -> None:
    from app.services.availability import add_unavailability

    data = _period(start, end, reason, zone)
    store = open_for_cli(db, create=False)
    with store:
        saved = add_unavailability(store, participant_id, data)
    with_ = ", ".join(str(i) for i in saved.merged)
    merged = f" (merged with the saved period {with_})" if saved.merged else ""
    click.echo(f"Unavailable: period {saved.id}{merged}.")


@unavailable_group.command("edit", help="Change a period (see 'ponte unavailable list').")
@db_option()
@click.argument("period_id", type=int, metavar="ID")
@_period_options
def unavailable_edit(
    db: str, period_id: int, start: str, end: str, reason: str, zone: str | None
) -> None:
    from app.services.availability import load_period, update_unavailability

    data = _period(start, end, reason, zone)
    store = open_for_cli(db, create=False)
    with store:
        # every field is given: the period as it is now is what the command replaces
        saved = update_unavailability(store, period_id, data, base=load_period(store, period_id))
    click.echo(f"Changed period {saved.id}.")


@unavailable_group.command("list", help="The person's unavailability, day by day.")
@db_option()
@click.option("--participant", "participant_id", type=int, required=True, help="Participant id.")
def unavailable_list(db: str, participant_id: int) -> None:
    from app.services.availability import person_availability

    store = open_for_cli(db, create=False)
    with store:
        view = person_availability(store, participant_id)
    click.echo(f"{view.name} (participant {view.participant_id}), times in {view.zone}:")
    for day in view.days():
        parts = view.on(day)
        click.echo(f"  {day:%Y-%m-%d %a}{'' if parts else '  available'}")
        for period, a, b in parts:
            until = "24:00" if b.date() > day else f"{b:%H:%M}"
            click.echo(f"    {period.id}\t{a:%H:%M}–{until}\t{period.reason}")


@unavailable_group.command("remove", help="Remove a period (see 'ponte unavailable list').")
@db_option()
@click.argument("period_id", type=int, metavar="ID")
def unavailable_remove(db: str, period_id: int) -> None:
    from app.services.availability import delete_unavailability

    store = open_for_cli(db, create=False)
    with store:
        delete_unavailability(store, period_id)
    click.echo(f"Removed period {period_id}.")
