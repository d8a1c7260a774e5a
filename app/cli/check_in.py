"""``ponte checkin``: the check-in desk without a window, for a scripted scanner station
(:mod:`app.services.check_in`). ``ponte check-in PARTICIPANT_ID`` (:mod:`app.cli.server`)
stays as it was."""

from __future__ import annotations

import sys
from typing import TYPE_CHECKING

import click

from app.cli.context import db_option, mission_option, open_for_cli, resolve_mission

if TYPE_CHECKING:
    from app.services.check_in import Arrival, ScanResult
    from app.services.database import Store

# The exit status of each answer: 0 when the person is checked in (now or before) or the
# undo is done; a status of its own for each refusal, so that a script can tell them apart
# (1 and 2 are every command's: an error, a usage mistake).
EXIT_CODES: dict[str, int] = {
    "checked_in": 0,
    "already": 0,
    "double_read": 0,
    "undone": 0,
    "unknown": 3,
    "other_mission": 4,
    "stale_badge": 5,
    "malformed": 6,
    "empty": 7,
    "names": 8,  # a name matching nobody or several people (one: they are checked in)
    "undo_refused": 9,
}
_STATUS_HELP = (
    "Exit status: 0 checked in (now, already, or a double read) or undone; 3 unknown code; "
    "4 a badge of another mission; 5 an old badge no longer accepted; 6 a damaged read; "
    "7 an empty line; 8 a name matching nobody or several people (listed); 9 undo refused."
)


@click.command(
    "checkin",
    help="Check in the holder of a badge: CODE is what the scanner read (PNT… or an old "
    "PONTE:… code), or a name in Latin, kanji or kana (one match: checked in; several: "
    "listed). A second scan keeps the first time. --lines reads one code per line from the "
    "standard input and answers each (a scanner station's loop). " + _STATUS_HELP,
)
@db_option(required=True)
@mission_option()
@click.argument("code", required=False)
@click.option(
    "--undo", "undo", type=int, default=None, metavar="PARTICIPANT_ID",
    help="Take back the check-in of PARTICIPANT_ID instead.",
)  # fmt: skip
@click.option(
    "--old-badges", type=click.Choice(["accept", "refuse"]), default=None,
    help="Whether badges printed before the secret codes (PONTE:…) still check people in "
    "for this mission (refuse once every badge is printed again).",
)  # fmt: skip
@click.option("--lines", is_flag=True, help="Read codes from the standard input, one a line.")
@click.option(
    "--language", type=click.Choice(["en", "it", "ja"]), default="en", show_default=True,
    help="The language of the answers.",
)  # fmt: skip
def checkin_command(
    db: str,
    mission_id: int | None,
    code: str | None,
    undo: int | None,
    old_badges: str | None,
    lines: bool,
    language: str,
) -> None:
    from app.services import check_in as service

    chosen = [name for name, used in (("CODE", code is not None), ("--undo", undo is not None),
              ("--old-badges", old_badges is not None), ("--lines", lines)) if used]  # fmt: skip
    if len(chosen) != 1:
        raise click.UsageError("Give one of CODE, --undo, --old-badges or --lines.")
    with open_for_cli(db, create=False) as store:
        mission = resolve_mission(store, mission_id)
        if old_badges is not None:
            service.set_old_badge_codes(store, mission, old_badges == "accept")
            state = "accepted" if old_badges == "accept" else "refused (named as stale)"
            click.echo(f"Mission {mission}: badges printed before the secret codes are {state}.")
            return
        if undo is not None:
            result = service.undo_check_in(store, mission, undo, language=language)
            _print(result)
            click.get_current_context().exit(EXIT_CODES[result.kind.value])
        if lines:
            for line in sys.stdin:
                _print(_answer(store, mission, line, language))
            return
        assert code is not None
        result = _answer(store, mission, code, language)
        _print(result)
        click.get_current_context().exit(EXIT_CODES[result.kind.value])


def _answer(store: Store, mission: int, text: str, language: str) -> ScanResult:
    """The desk's answer; a name that matches one person only checks them in (a command
    is typed on purpose: the window asks to confirm instead)."""
    from app.services import check_in as service

    result = service.scan(store, mission, text, language=language)
    if result.kind is service.ScanKind.NAMES and result.matched == 1:
        (person,) = result.candidates
        return service.check_in_person(store, mission, person.participant_id, language=language)
    return result


def _print(result: ScanResult) -> None:
    click.echo(f"{result.kind.value}: {result.message}")
    for person in result.candidates:
        click.echo("  " + _line(person))


def _line(person: Arrival) -> str:
    names = " / ".join(n for n in (person.latin_name, person.kanji_name, person.kana_name) if n)
    where = ", ".join(x for x in (person.organisation, person.delegation) if x)
    arrived = " (checked in)" if person.checked_in_at is not None else ""
    return f"{person.participant_id:>6}  {names}" + (f"  ({where})" if where else "") + arrived
