"""``ponte session add|edit|list|remove``: a mission's B2B sessions, headless.

Times are wall times in the session's zone (its venue's, else the mission's). A change that
leaves placed meetings without a place lists them and exits with status 1, unless --confirm
accepts removing them (their requests go back to the unscheduled list).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from datetime import date, time
from typing import TYPE_CHECKING, Any

import click

from app.cli.context import (
    Decorator,
    db_option,
    mission_option,
    open_for_cli,
    plural,
    resolve_mission,
    with_options,
)
from app.core.wall_times import parse_span, parse_wall_time

if TYPE_CHECKING:  # annotations only: the services load when a command runs
    from app.core.mission_record import MissionRecord
    from app.services.sessions import BreakDraft, MeetingsNoLongerFit, SessionDraft, TableDraft


def _time(_ctx: click.Context, param: click.Parameter, value: str | None) -> time | None:
    if value is None:
        return None
    parsed = parse_wall_time(value)
    if parsed is None:
        raise click.BadParameter(f"'{value}' is not a time such as 14:00.", param=param)
    return parsed


def _day(_ctx: click.Context, param: click.Parameter, value: str | None) -> date | None:
    if value is None:
        return None
    try:
        return date.fromisoformat(value.strip())
    except ValueError:
        raise click.BadParameter(
            f"'{value}' is not a date such as 2027-10-14.", param=param
        ) from None


Break = tuple[time, time, str]  # start, end, label: a BreakDraft once the command runs


def _breaks(
    _ctx: click.Context, param: click.Parameter, values: Sequence[str]
) -> tuple[Break, ...] | None:
    if not values:
        return None
    out = []
    for value in values:
        if value.strip().lower() == "none":
            continue
        span, _, label = value.strip().partition(" ")
        parsed = parse_span(span)
        if parsed is None:
            raise click.BadParameter(
                f"'{value}' is not a break such as 16:00-16:20 (a label may follow).",
                param=param,
            )
        out.append((parsed[0], parsed[1], label.strip()))
    return tuple(out)


def _break_drafts(breaks: tuple[Break, ...] | None) -> tuple[BreakDraft, ...] | None:
    from app.services.sessions import BreakDraft

    return None if breaks is None else tuple(BreakDraft(*b) for b in breaks)


def session_options(required: bool) -> Decorator:
    """The options of ``add`` (some required) and ``edit`` (all optional)."""
    return with_options(
        click.option("--name", required=required, help="The session's name in English."),
        click.option("--name-it", help="Its name in Italian (default: the English one)."),
        click.option("--name-ja", help="Its name in Japanese (default: the English one)."),
        click.option("--day", callback=_day, required=required, help="The day, e.g. 2027-10-14."),
        click.option(
            "--venue",
            help="A venue of the mission, by name or id (its zone is the session's); "
            "'none' for no venue (the mission's zone).",
        ),
        click.option("--start", callback=_time, required=required, help="e.g. 14:00"),
        click.option("--end", callback=_time, required=required, help="e.g. 18:00"),
        click.option("--slot", "slot_minutes", type=int, help="Slot length in minutes (20)."),
        click.option(
            "--break",
            "breaks",
            multiple=True,
            callback=_breaks,
            help="A break, e.g. 16:00-16:20 or '12:30-13:30 Lunch' (repeat for more; "
            "'none' for no break). Without a label: Coffee break.",
        ),
        click.option("--tables", "table_count", type=int, help="How many tables."),
        click.option(
            "--table-names",
            help="The tables' names, comma-separated (default: those of the "
            "mission's other sessions, else T1, T2…).",
        ),
        click.option(
            "--delegation",
            "delegations",
            multiple=True,
            help="A delegation that takes part, by name or id (repeat; none named: "
            "every delegation; 'all' to go back to every delegation).",
        ),
    )


def _find(record_names: dict[int, tuple[str, ...]], value: str, what: str) -> int:
    text = value.strip()
    if text.isdigit() and int(text) in record_names:
        return int(text)
    folded = text.casefold()
    found = [i for i, names in record_names.items() if folded in (n.casefold() for n in names)]
    if len(found) != 1:
        known = ", ".join(f"{i} ({names[0]})" for i, names in record_names.items()) or "none"
        raise click.BadParameter(
            f"'{value}' is not one {what} of this mission (it has: {known}).",
            param_hint=f"--{what}",
        )
    return found[0]


def _venue(record: MissionRecord, value: str | None, current: int | None) -> int | None:
    if value is None:
        return current
    if value.strip().lower() == "none":
        return None
    names = {
        v.id: tuple(n for n in (v.name, v.name_it, v.name_ja) if n) for v in record.venues.values()
    }
    return _find(names, value, "venue")


def _delegations(
    record: MissionRecord, values: Sequence[str], current: frozenset[int]
) -> frozenset[int]:
    if not values:
        return current
    if [v.strip().lower() for v in values] == ["all"]:
        return frozenset()
    names = {
        d.id: tuple(n for n in (d.name, d.name_it, d.name_ja) if n)
        for d in record.delegations.values()
    }
    return frozenset(_find(names, v, "delegation") for v in values)


def _tables(
    current: tuple[TableDraft, ...], count: int | None, names: str | None, template: list[str]
) -> tuple[TableDraft, ...]:
    from app.services.sessions import TableDraft, default_table_names, resize_tables

    if names is not None:
        typed = [n.strip() for n in names.split(",")]
        if count is not None and count != len(typed):
            raise click.BadParameter(
                f"{plural(len(typed), 'name')} for {plural(count, 'table')}.",
                param_hint="--table-names",
            )
        kept = list(current[: len(typed)])
        return tuple(
            TableDraft(name, kept[i].id if i < len(kept) else None) for i, name in enumerate(typed)
        )
    if count is None:
        return current
    if count < 0:
        raise click.BadParameter("a number of tables is 0 or more.", param_hint="--tables")
    if not current:
        return tuple(TableDraft(n) for n in default_table_names(count, template))
    return resize_tables(current, count, template)


def _save(
    store: Any,
    mission_id: int,
    draft: SessionDraft,
    session_id: int | None,
    confirm: bool,
    base: SessionDraft | None = None,
) -> None:
    from app.core.conflicts import Loaded
    from app.services.sessions import MeetingsNoLongerFit, check_session, load_setup, save_session

    record = load_setup(store, mission_id)
    confirmed: list[int] = []
    if confirm and session_id is not None:
        confirmed = [m.id for m in check_session(record, draft, session_id).displaced]
    try:
        # A refused draft (SessionInvalid) is one "Error: …" line that lists every problem.
        # read and written in two units of work: the session as read is the base, so a
        # field someone else changed in between refuses the save instead of going back
        saved = save_session(
            store,
            mission_id,
            draft,
            session_id,
            confirm=confirmed,
            base=Loaded(base) if base is not None else None,
        )
    except MeetingsNoLongerFit as exc:
        _say_displaced(exc)
        raise click.ClickException(
            f"{plural(len(exc.meetings), 'placed meeting')} would no longer fit; nothing "
            "was changed. Run again with --confirm to remove them."
        ) from exc
    verb = "Added" if session_id is None else "Changed"
    click.echo(f"{verb} B2B session {saved.session_id}.")
    for m in saved.removed:
        click.echo(f"  removed: {m.text('en')}")
    _show(store, mission_id, saved.session_id)


def _say_displaced(exc: MeetingsNoLongerFit) -> None:
    for m in exc.meetings:
        click.echo(f"  no longer fits: {m.text('en')}", err=True)


def _show(store: Any, mission_id: int, only: int | None = None) -> None:
    from app.services.sessions import load_setup, session_rows

    record = load_setup(store, mission_id)
    rows = session_rows(record)
    if not rows and only is None:
        click.echo("No B2B session yet: add one with ponte session add.")
    for row in rows:
        if only is not None and row.id != only:
            continue
        venue = row.venue.en if row.venue else "no venue"
        click.echo(
            f"{row.id}: {row.names.en} — {row.start_local:%Y-%m-%d %H:%M}–"
            f"{row.end_local:%H:%M} {row.start_local.tzname()} ({row.timezone}), {venue}"
        )
        if row.names.it or row.names.ja:
            click.echo(f"    it: {row.names.in_('it')}   ja: {row.names.in_('ja')}")
        click.echo(
            f"    {plural(row.slot_count, 'slot')} of {row.slot_minutes} min, "
            f"{plural(len(row.table_names), 'table')}: up to "
            f"{plural(row.slot_count * len(row.table_names), 'meeting')}; "
            f"{plural(row.meetings, 'meeting')} placed"
        )
        for start, end, label in row.breaks:
            click.echo(f"    break {start:%H:%M}–{end:%H:%M} {label.en}")
        click.echo(f"    tables: {', '.join(row.table_names)}")
        taking_part = (
            ", ".join(record.delegations[d].name for d in sorted(row.delegation_ids))
            if row.delegation_ids
            else "every delegation"
        )
        click.echo(f"    taking part: {taking_part}")


@click.group("session", help="A mission's B2B sessions: add, edit, list, remove.")
def session_group() -> None:
    pass


@session_group.command("list", help="The mission's B2B sessions with their slots and tables.")
@db_option(required=True)
@mission_option()
def list_command(db: str, mission_id: int | None) -> None:
    with open_for_cli(db, create=False) as store:
        _show(store, resolve_mission(store, mission_id))


@session_group.command(
    "add",
    help="Add a B2B session, e.g. --day 2027-10-14 --venue 'Nagoya Congress Center' --start "
    "14:00 --end 18:00 --slot 20 --break 16:00-16:20 --tables 10 --name 'B2B meetings'.",
)
@db_option(required=True)
@mission_option()
@session_options(required=True)
def add_command(db: str, mission_id: int | None, **typed: Any) -> None:
    from app.services.sessions import SessionDraft, load_setup, table_template

    with open_for_cli(db, create=False) as store:
        mid = resolve_mission(store, mission_id)
        record = load_setup(store, mid)
        count = typed["table_count"]
        if count is None and typed["table_names"] is None:
            count = len(table_template(record)) or 10
        draft = SessionDraft(
            name=typed["name"],
            name_it=typed["name_it"],
            name_ja=typed["name_ja"],
            day=typed["day"],
            start=typed["start"],
            end=typed["end"],
            slot_minutes=typed["slot_minutes"] or 20,
            venue_id=_venue(record, typed["venue"], None),
            breaks=_break_drafts(typed["breaks"]) or (),
            tables=_tables((), count, typed["table_names"], table_template(record)),
            delegation_ids=_delegations(record, typed["delegations"], frozenset()),
        )
        _save(store, mid, draft, None, confirm=False)


@session_group.command(
    "edit",
    help="Change a B2B session (only the options given). When placed meetings would no "
    "longer fit, they are listed and nothing changes, unless --confirm.",
)
@db_option(required=True)
@mission_option()
@click.argument("session_id", type=int)
@session_options(required=False)
@click.option("--confirm", is_flag=True, help="Remove the placed meetings that no longer fit.")
def edit_command(
    db: str, mission_id: int | None, session_id: int, confirm: bool, **typed: Any
) -> None:
    from app.services.sessions import load_setup, session_rows, table_template

    with open_for_cli(db, create=False) as store:
        mid = resolve_mission(store, mission_id)
        record = load_setup(store, mid)
        row = next((r for r in session_rows(record) if r.id == session_id), None)
        if row is None:
            raise click.ClickException(f"Mission {mid} has no B2B session {session_id}.")
        d = row.draft
        changed = {
            k: v
            for k, v in {
                "name": typed["name"],
                "name_it": typed["name_it"],
                "name_ja": typed["name_ja"],
                "day": typed["day"],
                "start": typed["start"],
                "end": typed["end"],
                "slot_minutes": typed["slot_minutes"],
                "breaks": _break_drafts(typed["breaks"]),
            }.items()
            if v is not None
        }
        draft = replace(
            d,
            **changed,
            venue_id=_venue(record, typed["venue"], d.venue_id),
            tables=_tables(
                d.tables,
                typed["table_count"],
                typed["table_names"],
                table_template(record, session_id),
            ),
            delegation_ids=_delegations(record, typed["delegations"], d.delegation_ids),
        )
        _save(store, mid, draft, session_id, confirm=confirm, base=d)


@session_group.command(
    "remove",
    help="Delete a B2B session. Its placed meetings are listed and nothing changes, unless "
    "--confirm (their requests go back to the unscheduled list).",
)
@db_option(required=True)
@mission_option()
@click.argument("session_id", type=int)
@click.option("--confirm", is_flag=True, help="Remove its placed meetings with it.")
def remove_command(db: str, mission_id: int | None, session_id: int, confirm: bool) -> None:
    from app.services.sessions import MeetingsNoLongerFit, delete_session, load_setup

    with open_for_cli(db, create=False) as store:
        mid = resolve_mission(store, mission_id)
        record = load_setup(store, mid)
        if not any(b.id == session_id for b in record.sessions):
            raise click.ClickException(f"Mission {mid} has no B2B session {session_id}.")
        confirmed = [m.id for m in record.meetings if m.session_id == session_id] if confirm else []
        try:
            done = delete_session(store, session_id, confirm=confirmed)
        except MeetingsNoLongerFit as exc:
            _say_displaced(exc)
            raise click.ClickException(
                f"The session has {plural(len(exc.meetings), 'placed meeting')}; nothing was "
                "changed. Run again with --confirm to remove them with it."
            ) from exc
        click.echo(f"Removed B2B session {session_id}.")
        for m in done.removed:
            click.echo(f"  removed: {m.text('en')}")
