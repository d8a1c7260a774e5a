"""Setting up a mission headless: ``ponte mission new|show|edit|copy``, ``ponte venue
add|edit|list|remove``, ``ponte travel set|list`` and ``ponte delegation add|edit|list|remove``.

Each command calls one action of :mod:`app.services` (the same the Mission page calls) and
prints what it did; a refusal is the action's own sentence, "Error: …", exit status 1.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date
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

if TYPE_CHECKING:  # annotations only: the services load when a command runs
    from app.services.database import Store

# --- option values ---------------------------------------------------------------------------

ISO_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")


def parse_day(_ctx: click.Context, param: click.Parameter, value: str | None) -> date | None:
    """A click callback: "2027-10-12" into a date; a date that does not exist is refused."""
    if value is None:
        return None
    try:
        if not ISO_DAY.fullmatch(value.strip()):
            raise ValueError(value)
        return date.fromisoformat(value.strip())
    except ValueError:
        raise click.BadParameter(
            f"'{value}' is not a date written YYYY-MM-DD (e.g. 2027-10-12) that exists.",
            param=param,
        ) from None


def day_option(name: str, help: str, required: bool = False) -> Callable[..., Any]:
    return click.option(
        name, required=required, metavar="YYYY-MM-DD", callback=parse_day, help=help
    )


def _blank(value: str | None, old: str | None) -> str | None:
    """An option not given keeps the old value; "" clears an optional name."""
    if value is None:
        return old
    return value or None


# --- ponte mission ---------------------------------------------------------------------------


@click.group("mission", help="Create, show, edit or copy a mission.")
def mission_group() -> None:
    pass


@mission_group.command("new", help="Create a mission; prints its id.")
@db_option(required=True)
@click.option("--name", required=True, help="The name in English (the fallback).")
@click.option("--name-it", default=None, help="The name in Italian.")
@click.option("--name-ja", default=None, help="The name in Japanese.")
@click.option("--city", required=True, help="The host city.")
@click.option("--zone", required=True, help="The host city's IANA time zone, e.g. Asia/Tokyo.")
@day_option("--start", "The first day.", required=True)
@day_option("--end", "The last day.", required=True)
@click.option("--organiser", default="", help="The organising chamber.")
def mission_new(
    db: str,
    name: str,
    name_it: str | None,
    name_ja: str | None,
    city: str,
    zone: str,
    start: date,
    end: date,
    organiser: str,
) -> None:
    from app.services.missions import MissionDraft, create_mission

    draft = MissionDraft(
        name=name,
        name_it=name_it,
        name_ja=name_ja,
        host_city=city,
        timezone=zone,
        start_date=start,
        end_date=end,
        organiser=organiser,
    )
    with open_for_cli(db) as store:
        mission_id = create_mission(store, draft)
    click.echo(f"Created mission {mission_id}: {draft.normalised().name}")


@mission_group.command("show", help="Show a mission's set-up and what it still lacks.")
@db_option(required=True)
@mission_option()
def mission_show(db: str, mission_id: int | None) -> None:
    with open_for_cli(db, create=False) as store:
        mid = resolve_mission(store, mission_id)
        _show(store, mid)


@mission_group.command(
    "edit", help="Change a mission; options not given stay as they are ('' clears a name)."
)
@db_option(required=True)
@mission_option()
@click.option("--name", default=None, help="The name in English.")
@click.option("--name-it", default=None, help="The name in Italian ('' clears it).")
@click.option("--name-ja", default=None, help="The name in Japanese ('' clears it).")
@click.option("--city", default=None, help="The host city.")
@click.option("--zone", default=None, help="The IANA time zone, e.g. Europe/Rome.")
@day_option("--start", "The first day.")
@day_option("--end", "The last day.")
@click.option("--organiser", default=None, help="The organising chamber.")
def mission_edit(
    db: str,
    mission_id: int | None,
    name: str | None,
    name_it: str | None,
    name_ja: str | None,
    city: str | None,
    zone: str | None,
    start: date | None,
    end: date | None,
    organiser: str | None,
) -> None:
    from app.core.conflicts import Loaded
    from app.services.missions import MissionDraft, get_mission, mission_draft, update_mission

    with open_for_cli(db, create=False) as store:
        mid = resolve_mission(store, mission_id)
        old = get_mission(store, mid)
        assert old is not None  # resolve_mission checked it
        draft = MissionDraft(
            name=old.name if name is None else name,
            name_it=_blank(name_it, old.name_it),
            name_ja=_blank(name_ja, old.name_ja),
            host_city=old.host_city if city is None else city,
            timezone=old.timezone if zone is None else zone,
            start_date=start or old.start_date,
            end_date=end or old.end_date,
            organiser=old.organiser if organiser is None else organiser,
        )
        # read and written in two units of work: a field someone changed in between refuses it
        update_mission(store, mid, draft, base=Loaded(mission_draft(old)))
    click.echo(f"Mission {mid} saved.")


@mission_group.command(
    "copy",
    help="Reuse a mission's set-up: copy its venues, travel times, delegations, B2B sessions "
    "(breaks, tables, delegations taking part) and interpreters into a new mission starting "
    "on --start. Every time moves by the same number of days and keeps its local time. "
    "Organisations, participants and requests are not copied.",
)
@db_option(required=True)
@click.option("--from", "source", type=int, required=True, help="The mission to copy.")
@day_option("--start", "The new mission's first day.", required=True)
@click.option("--name", default=None, help="The new name in English (default: the same).")
@click.option("--name-it", default=None, help="The new name in Italian.")
@click.option("--name-ja", default=None, help="The new name in Japanese.")
@click.option("--dry-run", is_flag=True, help="Say what would be copied; write nothing.")
def mission_copy(
    db: str,
    source: int,
    start: date,
    name: str | None,
    name_it: str | None,
    name_ja: str | None,
    dry_run: bool,
) -> None:
    from app.services.reuse import copy_mission, preview_reuse

    with open_for_cli(db, create=False) as store:
        p = preview_reuse(store, source, start)
        click.echo(
            f"From mission {p.source_id} ({p.source_name}), {p.shift_days:+d} days: "
            f"{p.start_date:%Y-%m-%d} to {p.end_date:%Y-%m-%d}; {plural(p.venues, 'venue')}, "
            f"{plural(p.travel_times, 'travel time')}, {plural(p.delegations, 'delegation')}, "
            f"{plural(p.sessions, 'B2B session')} ({plural(p.breaks, 'break')}, "
            f"{plural(p.tables, 'table')}), {plural(p.interpreters, 'interpreter')}."
        )
        if dry_run:
            click.echo("Dry run: nothing written.")
            return
        new_id = copy_mission(store, source, start, name=name, name_it=name_it, name_ja=name_ja)
    click.echo(f"Created mission {new_id}.")


def _show(store: Store, mid: int) -> None:
    from app.services.missions import get_mission
    from app.services.setup_status import next_step_message, next_steps, setup_counts

    m = get_mission(store, mid)
    assert m is not None
    click.echo(f"Mission {m.id}: {m.name}")
    click.echo(f"  Italian:  {m.name_it or '(as English)'}")
    click.echo(f"  Japanese: {m.name_ja or '(as English)'}")
    click.echo(f"  {m.host_city} ({m.timezone}), {m.start_date:%Y-%m-%d} to {m.end_date:%Y-%m-%d}")
    if m.organiser:
        click.echo(f"  Organiser: {m.organiser}")
    c = setup_counts(store, mid)
    click.echo(
        f"  {plural(c.venues, 'venue')}, {plural(c.delegations, 'delegation')}, "
        f"{plural(c.sessions, 'B2B session')}, {plural(c.organisations, 'organisation')}, "
        f"{plural(c.participants, 'participant')}, {plural(c.interpreters, 'interpreter')}, "
        f"{plural(c.requests, 'request')}"
    )
    click.echo("Next:")
    for step in next_steps(store, mid):
        click.echo(f"  - {next_step_message(step)}")


# --- ponte venue -----------------------------------------------------------------------------


@click.group("venue", help="Add, edit, list or remove the venues of a mission.")
def venue_group() -> None:
    pass


def _venue_options(required: bool) -> Decorator:
    return with_options(
        click.option("--name", required=required, help="The name in Latin script."),
        click.option("--name-it", default=None, help="The name in Italian."),
        click.option("--name-ja", default=None, help="The name in Japanese."),
        click.option("--address", default=None, help="The address in Latin script."),
        click.option("--address-ja", default=None, help="The address in Japanese."),
        click.option("--city", default=None, help="The city."),
        click.option("--zone", default=None, help="IANA time zone (default: the mission's)."),
    )


@venue_group.command("add", help="Add a venue; prints its id.")
@db_option(required=True)
@mission_option()
@_venue_options(required=True)
def venue_add(
    db: str,
    mission_id: int | None,
    name: str,
    name_it: str | None,
    name_ja: str | None,
    address: str | None,
    address_ja: str | None,
    city: str | None,
    zone: str | None,
) -> None:
    from app.services.missions import get_mission
    from app.services.venues import VenueDraft, create_venue

    with open_for_cli(db, create=False) as store:
        mid = resolve_mission(store, mission_id)
        mission = get_mission(store, mid)
        assert mission is not None
        draft = VenueDraft(
            name=name,
            name_it=name_it,
            name_ja=name_ja,
            address=address or "",
            address_ja=address_ja,
            city=city or "",
            timezone=zone if zone is not None else mission.timezone,
        )
        venue_id = create_venue(store, mid, draft)
    click.echo(f"Added venue {venue_id}: {draft.normalised().name}")


@venue_group.command("edit", help="Change a venue (by id or name); options not given stay.")
@db_option(required=True)
@mission_option()
@click.argument("venue")
@_venue_options(required=False)
def venue_edit(
    db: str,
    mission_id: int | None,
    venue: str,
    name: str | None,
    name_it: str | None,
    name_ja: str | None,
    address: str | None,
    address_ja: str | None,
    city: str | None,
    zone: str | None,
) -> None:
    from app.core.conflicts import Loaded
    from app.services.venues import (
        VenueDraft,
        find_venue,
        list_venues,
        update_venue,
        venue_draft,
    )

    with open_for_cli(db, create=False) as store:
        mid = resolve_mission(store, mission_id)
        vid = find_venue(store, mid, venue)
        old = next(v for v in list_venues(store, mid) if v.id == vid)
        draft = VenueDraft(
            name=old.name if name is None else name,
            name_it=_blank(name_it, old.name_it),
            name_ja=_blank(name_ja, old.name_ja),
            address=old.address if address is None else address,
            address_ja=_blank(address_ja, old.address_ja),
            city=old.city if city is None else city,
            timezone=old.timezone if zone is None else zone,
        )
        update_venue(store, mid, vid, draft, base=Loaded(venue_draft(old)))
    click.echo(f"Venue {vid} saved.")


@venue_group.command("list", help="List the venues of a mission.")
@db_option(required=True)
@mission_option()
def venue_list(db: str, mission_id: int | None) -> None:
    from app.services.venues import list_venues

    with open_for_cli(db, create=False) as store:
        mid = resolve_mission(store, mission_id)
        venues = list_venues(store, mid)
    if not venues:
        click.echo("No venue yet (ponte venue add).")
    for v in venues:
        other = " / ".join(n for n in (v.name_it, v.name_ja) if n)
        click.echo(f"{v.id:>4}  {v.name}{f' ({other})' if other else ''}  [{v.timezone}]")
        for address in (v.address, v.address_ja):
            if address:
                click.echo(f"      {address}")


@venue_group.command("remove", help="Remove a venue (by id or name) and its travel times.")
@db_option(required=True)
@mission_option()
@click.argument("venue")
def venue_remove(db: str, mission_id: int | None, venue: str) -> None:
    from app.services.venues import delete_venue, find_venue

    with open_for_cli(db, create=False) as store:
        mid = resolve_mission(store, mission_id)
        vid = find_venue(store, mid, venue)
        delete_venue(store, mid, vid)
    click.echo(f"Venue {vid} removed.")


# --- ponte travel ----------------------------------------------------------------------------


@click.group("travel", help="Travel times between the venues of a mission.")
def travel_group() -> None:
    pass


@travel_group.command("set", help="Set the minutes from venue FROM to venue TO (id or name).")
@db_option(required=True)
@mission_option()
@click.argument("from_venue", metavar="FROM")
@click.argument("to_venue", metavar="TO")
@click.argument("minutes", type=click.IntRange(0, 1440))
@click.option("--both-ways", is_flag=True, help="The way back takes the same time.")
def travel_set(
    db: str, mission_id: int | None, from_venue: str, to_venue: str, minutes: int, both_ways: bool
) -> None:
    from app.services.venues import find_venue, set_travel

    with open_for_cli(db, create=False) as store:
        mid = resolve_mission(store, mission_id)
        a, b = find_venue(store, mid, from_venue), find_venue(store, mid, to_venue)
        set_travel(store, mid, a, b, minutes, both_ways=both_ways)
    click.echo(f"{from_venue} → {to_venue}: {minutes} min{' (both ways)' if both_ways else ''}")


@travel_group.command("list", help="List the travel times of a mission.")
@db_option(required=True)
@mission_option()
def travel_list(db: str, mission_id: int | None) -> None:
    from app.services.venues import list_venues, travel_times

    with open_for_cli(db, create=False) as store:
        mid = resolve_mission(store, mission_id)
        names = {v.id: v.name for v in list_venues(store, mid)}
        times = travel_times(store, mid)
    for (a, b), minutes in sorted(times.items(), key=lambda i: (names[i[0][0]], names[i[0][1]])):
        click.echo(f"{names[a]} → {names[b]}: {minutes} min")


# --- ponte delegation ------------------------------------------------------------------------


@click.group("delegation", help="Add, edit, list or remove the delegations of a mission.")
def delegation_group() -> None:
    pass


def _delegation_options(required: bool) -> Decorator:
    return with_options(
        click.option("--name", required=required, help="The name in English."),
        click.option("--name-it", default=None, help="The name in Italian."),
        click.option("--name-ja", default=None, help="The name in Japanese."),
        click.option(
            "--side", required=required, help="turin or nagoya (Torino, 名古屋 too)."
        ),
        click.option(
            "--head", default=None, help="The head of delegation: a participant id "
            "or name ('' for none)."
        ),
        click.option(
            "--member-org", "member_orgs", multiple=True,
            help="A member organisation, by id or name (repeat; replaces the list).",
        ),
        click.option(
            "--member", "members", multiple=True,
            help="A participant assigned directly, by id or name (repeat).",
        ),
    )  # fmt: skip


@delegation_group.command("add", help="Add a delegation; prints its id.")
@db_option(required=True)
@mission_option()
@_delegation_options(required=True)
def delegation_add(
    db: str,
    mission_id: int | None,
    name: str,
    name_it: str | None,
    name_ja: str | None,
    side: str,
    head: str | None,
    member_orgs: tuple[str, ...],
    members: tuple[str, ...],
) -> None:
    from app.services.delegations import DelegationDraft, create_delegation

    with open_for_cli(db, create=False) as store:
        mid = resolve_mission(store, mission_id)
        draft = DelegationDraft(
            name=name,
            name_it=name_it,
            name_ja=name_ja,
            side=side,
            head_id=_person(store, mid, head) if head else None,
            organisation_ids=tuple(_organisation(store, mid, o) for o in member_orgs),
            participant_ids=tuple(_person(store, mid, p) for p in members),
        )
        delegation_id = create_delegation(store, mid, draft)
    click.echo(f"Added delegation {delegation_id}: {name.strip()}")


@delegation_group.command(
    "edit", help="Change a delegation (by id or name); options not given stay."
)
@db_option(required=True)
@mission_option()
@click.argument("delegation")
@_delegation_options(required=False)
def delegation_edit(
    db: str,
    mission_id: int | None,
    delegation: str,
    name: str | None,
    name_it: str | None,
    name_ja: str | None,
    side: str | None,
    head: str | None,
    member_orgs: tuple[str, ...],
    members: tuple[str, ...],
) -> None:
    from app.core.conflicts import Loaded
    from app.services.delegations import (
        DelegationDraft,
        delegation_draft,
        find_delegation,
        list_delegations,
        update_delegation,
    )

    with open_for_cli(db, create=False) as store:
        mid = resolve_mission(store, mission_id)
        did = find_delegation(store, mid, delegation)
        old = next(d for d in list_delegations(store, mid) if d.id == did)
        head_id = old.head_id
        if head is not None:
            head_id = _person(store, mid, head) if head else None
        draft = DelegationDraft(
            name=old.name if name is None else name,
            name_it=_blank(name_it, old.name_it),
            name_ja=_blank(name_ja, old.name_ja),
            side=old.side if side is None else side,
            head_id=head_id,
            organisation_ids=(
                tuple(_organisation(store, mid, o) for o in member_orgs) if member_orgs else None
            ),
            participant_ids=tuple(_person(store, mid, p) for p in members) if members else None,
        )
        update_delegation(store, mid, did, draft, base=Loaded(delegation_draft(old)))
    click.echo(f"Delegation {did} saved.")


@delegation_group.command("list", help="List the delegations of a mission.")
@db_option(required=True)
@mission_option()
def delegation_list(db: str, mission_id: int | None) -> None:
    from app.services.delegations import list_delegations, person_choices

    with open_for_cli(db, create=False) as store:
        mid = resolve_mission(store, mission_id)
        rows = list_delegations(store, mid)
        people = {p.id: p.label for p in person_choices(store, mid)}
    if not rows:
        click.echo("No delegation yet (ponte delegation add).")
    for d in rows:
        other = " / ".join(n for n in (d.name_it, d.name_ja) if n)
        click.echo(f"{d.id:>4}  [{d.side.value}] {d.name}{f' ({other})' if other else ''}")
        if d.head_id is not None:
            click.echo(f"      head: {people.get(d.head_id, d.head_id)}")
        click.echo(
            f"      {plural(len(d.organisation_ids), 'organisation')}, "
            f"{plural(len(d.participant_ids), 'participant')} assigned"
        )


@delegation_group.command(
    "remove", help="Remove a delegation; its organisations and people stay, without one."
)
@db_option(required=True)
@mission_option()
@click.argument("delegation")
def delegation_remove(db: str, mission_id: int | None, delegation: str) -> None:
    from app.services.delegations import delete_delegation, find_delegation

    with open_for_cli(db, create=False) as store:
        mid = resolve_mission(store, mission_id)
        did = find_delegation(store, mid, delegation)
        delete_delegation(store, mid, did)
    click.echo(f"Delegation {did} removed.")


def _person(store: Store, mid: int, key: str) -> int:
    """A participant by id, or by their name in Latin script or kanji (exactly one)."""
    from app.services.delegations import person_choices

    people = person_choices(store, mid)
    text = key.strip()
    if text.isdigit():
        return int(text)  # the action says when there is no such participant
    wanted = text.casefold()
    found = [p.id for p in people if wanted in {part.casefold() for part in p.label.split(" · ")}]
    if len(found) != 1:
        raise click.BadParameter(
            f"'{key}' names {'no' if not found else 'more than one'} participant of this "
            "mission; give the participant's id (ponte export --what participants).",
        )
    return found[0]


def _organisation(store: Store, mid: int, key: str) -> int:
    from app.services.delegations import organisation_choices

    text = key.strip()
    if text.isdigit():
        return int(text)
    wanted = text.casefold()
    found = [
        o.id for o in organisation_choices(store, mid)
        if wanted in {part.casefold() for part in o.label.split(" · ")}
    ]  # fmt: skip
    if len(found) != 1:
        raise click.BadParameter(
            f"'{key}' names {'no' if not found else 'more than one'} organisation of this "
            "mission; give its id.",
        )
    return found[0]
