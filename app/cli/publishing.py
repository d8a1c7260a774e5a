"""``ponte publish`` (freeze the schedule as the next version), ``ponte send`` (as .eml drafts
or over SMTP), ``ponte mail-settings`` and ``ponte sent-log``."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

import click

from app.cli.context import (
    cli_context,
    db_option,
    mission_option,
    open_for_cli,
    participants_option,
    plural,
    resolve_mission,
)
from app.services.command_choices import MAIL_SECURITIES

if TYPE_CHECKING:  # imported when run: the command line starts without the services
    from app.core.publications import MissionDiff
    from app.services.mail import MailSettings


@click.command(
    "publish",
    help="Publish the mission's current schedule and programme as the next version "
    "(with --dry-run: show what changed since the last version and publish nothing).",
)
@db_option(required=True)
@mission_option("Mission id (see ponte info); needed when the database has several.")
@click.option("--note", default="", help="A note kept with the version.")
@click.option("--by", "by", default="", help="Who publishes (kept with the version).")
@click.option("--dry-run", is_flag=True, help="Print the changes; publish nothing.")
def publish_command(db: str, mission_id: int | None, note: str, by: str, dry_run: bool) -> None:
    from app.services.publications import diff, publish

    with open_for_cli(db, create=False) as store:
        mission_id = resolve_mission(store, mission_id, explicit=True)
        if dry_run:
            _print_diff(diff(store, mission_id))
            return
        done = publish(store, mission_id, by=by, note=note)
    since = (
        f"{done.changed_participants} participants' schedules changed since version "
        f"{done.number - 1}"
        if done.number > 1
        else f"first version, for {done.changed_participants} participants"
    )
    click.echo(
        f"Published version {done.number} of {done.mission_name}: {done.meetings} meetings, "
        f"{done.items} programme items; {since}"
    )


def _print_diff(d: MissionDiff) -> None:
    if d.base is None:
        click.echo("Nothing published yet: everything below is new (version 1).")
    else:
        click.echo(f"Changes since version {d.base}:")
    for p in d.participants:
        click.echo(f"{p.name} (participant {p.participant_id}):")
        for line in p.summary.splitlines():
            click.echo(f"  {line}")
    click.echo(
        f"{len(d.participants)} participants' schedules changed; nothing was published (--dry-run)."
    )


@click.command(
    "send",
    help="Send each participant, in their document language, their agenda PDF and calendar "
    "(.ics): as .eml drafts written to a folder, to send from your own mail client (--eml), "
    "or through the mail server set with `ponte mail-settings` (--smtp). Over SMTP only a "
    "published version is sent, each participant once: run it again after a failure and "
    "it reaches only those it did not. Participants without an e-mail address are listed "
    "and skipped.",
)
@db_option(required=True)
@mission_option()
@click.option(
    "--eml", "eml", type=click.Path(file_okay=False, path_type=Path),
    help="Folder to write the .eml drafts into (created if missing).",
)  # fmt: skip
@click.option(
    "--smtp", "smtp", is_flag=True,
    help="Send through the mail server of `ponte mail-settings`.",
)  # fmt: skip
@click.option(
    "--only-changed", "only_changed", is_flag=True,
    help="Only the participants whose schedule changed (publish first); their message says "
    "what changed. With --eml: changed by the latest version; with --smtp: since the version "
    "each was last sent.",
)  # fmt: skip
@click.option(
    "--again", "again", is_flag=True,
    help="--smtp: send also to those the sent log says already got this version.",
)  # fmt: skip
@click.option(
    "--test", "test_to", metavar="ADDRESS",
    help="--smtp: send only a short test message to ADDRESS, to check the settings.",
)  # fmt: skip
@participants_option()
def send_command(
    db: str,
    mission_id: int | None,
    eml: Path | None,
    smtp: bool,
    only_changed: bool,
    again: bool,
    test_to: str | None,
    participants: tuple[int, ...] | None,
) -> None:
    if (eml is None) == (not smtp):
        raise click.UsageError("Choose one: --eml DIR (drafts) or --smtp (send now).")
    if eml is not None and (again or test_to):
        raise click.UsageError("--again and --test go with --smtp.")
    if eml is not None:
        _write_drafts(db, mission_id, eml, only_changed, participants)
        return
    settings = _mail_settings()
    password = _password(settings)
    if test_to is not None:
        from app.services.mail import send_test

        message_id = send_test(settings, password, test_to)
        click.echo(f"Sent a test message to {test_to} through {settings.host} ({message_id})")
        return
    _send_smtp(db, mission_id, settings, password, only_changed, again, participants)


def _write_drafts(
    db: str,
    mission_id: int | None,
    eml: Path,
    only_changed: bool,
    participants: tuple[int, ...] | None,
) -> None:
    from app.services.mail import write_drafts

    with open_for_cli(db, create=False) as store:
        mid = resolve_mission(store, mission_id)
        report = write_drafts(
            store, mid, eml, participant_ids=participants, only_changed=only_changed
        )
    n = len(report.written)
    click.echo(f"Wrote {plural(n, 'e-mail draft')} to {eml}")
    if only_changed:
        since = f"version {report.base}" if report.base is not None else "no publication yet"
        click.echo(f"Unchanged since {since}: {len(report.unchanged)} participants, no message")
    for skipped in report.skipped:
        click.echo(f"  skipped {skipped.name} ({skipped.participant_id}): {skipped.reason}")


def _mail_settings() -> MailSettings:
    from app.services.mail import MailError, load_mail_settings

    settings = load_mail_settings(cli_context().paths)
    if not settings.configured:
        raise click.ClickException(
            "No mail server is set: run `ponte mail-settings --host HOST ...` first."
        )
    try:
        return settings.validated()
    except MailError as exc:
        raise click.ClickException(f"{exc} (see `ponte mail-settings`)") from exc


def _password(settings: MailSettings) -> str | None:
    """The account's password: from the keyring, else asked for (never stored by asking)."""
    from app.services.mail import load_password

    if not settings.username:
        return None
    stored = load_password(settings)
    if stored:
        return stored
    return str(click.prompt(f"Password of {settings.username} at {settings.host}", hide_input=True))


def _send_smtp(
    db: str,
    mission_id: int | None,
    settings: MailSettings,
    password: str | None,
    only_changed: bool,
    again: bool,
    participants: tuple[int, ...] | None,
) -> None:
    from app.services.mail import Phase, send_version

    def progress(phase: Phase, done: int, total: int) -> None:
        if phase is Phase.SENDING:
            click.echo(f"\rSent {done} of {total}", nl=done == total, err=True)

    with open_for_cli(db, create=False) as store:
        mid = resolve_mission(store, mission_id)
        report = send_version(
            store, mid, settings, password, participant_ids=participants,
            only_changed=only_changed, again=again, progress=progress,
        )  # fmt: skip
    click.echo(
        f"Version {report.version}: sent {plural(len(report.sent), 'message')} "
        f"through {settings.host}"
    )
    if report.already:
        click.echo(f"Already sent this version: {plural(len(report.already), 'participant')}")
    if only_changed:
        click.echo(f"Unchanged since their last message: {len(report.unchanged)} participants")
    for f in report.refused:
        click.echo(f"  refused {f.name} ({f.participant_id}) <{f.address}>: {f.detail}")
    for f in report.failed:
        click.echo(f"  failed {f.name} ({f.participant_id}) <{f.address}>: {f.detail}")
    for skipped in report.skipped:
        click.echo(f"  skipped {skipped.name} ({skipped.participant_id}): {skipped.reason}")
    if report.stopped is not None:
        left = len(report.not_attempted)
        raise click.ClickException(
            f"{report.stopped} {plural(left, 'participant')} not reached yet: run the same "
            "command again to send only to them."
        )
    if report.refused or report.failed:
        raise click.ClickException(
            f"{len(report.refused) + len(report.failed)} not delivered; see above and "
            "`ponte sent-log`."
        )


@click.command(
    "mail-settings",
    help="Show or change how this computer sends mail (`ponte send --smtp`). The password is "
    "kept in the system keyring, never in Ponte's files; where there is none it is asked for "
    "at each sending.",
)
@click.option("--host", help="The mail server's host name, e.g. smtp.example.com.")
@click.option("--port", type=click.IntRange(1, 65535), help="Default: 587, 465 for --security tls.")
@click.option(
    "--security", type=click.Choice(MAIL_SECURITIES),
    help="starttls (port 587), tls (port 465), or none (only for a server on this computer).",
)  # fmt: skip
@click.option("--user", "username", help="The account to log in as; '' for none.")
@click.option("--sender", help="The From address; '' for the mission's organiser address.")
@click.option(
    "--rate", type=click.IntRange(0, 600), help="At most this many messages a minute (0: no pause)."
)
@click.option(
    "--password", "ask_password", is_flag=True,
    help="Ask for the password and keep it in the system keyring.",
)  # fmt: skip
@click.option("--forget-password", is_flag=True, help="Remove the password from the keyring.")
def mail_settings_command(
    host: str | None,
    port: int | None,
    security: str | None,
    username: str | None,
    sender: str | None,
    rate: int | None,
    ask_password: bool,
    forget_password: bool,
) -> None:
    from app.services.mail import (
        Security,
        keyring_available,
        load_mail_settings,
        load_password,
        save_mail_settings,
        store_password,
    )
    from app.services.mail import forget_password as forget

    paths = cli_context().paths
    old = load_mail_settings(paths)
    new = old.changed(
        host=host,
        port=port,
        security=Security(security) if security is not None else None,
        username=username,
        sender=sender,
        rate_per_minute=rate,
    )
    if new != old:
        save_mail_settings(paths, new)
        new = load_mail_settings(paths)
    if forget_password:
        had = forget(new)
        click.echo("Password removed from the keyring" if had else "No password was kept")
    if ask_password:
        if not new.username:
            raise click.ClickException("Set the user name (--user) before the password.")
        secret = click.prompt(
            f"Password of {new.username} at {new.host}", hide_input=True,
            confirmation_prompt=True,
        )  # fmt: skip
        store_password(new, str(secret))
        click.echo("Password kept in the system keyring")
    if not new.configured:
        click.echo("No mail server is set (use --host).")
        return
    if new.username:
        kept = "kept in the keyring" if load_password(new) else "asked for at each sending"
        if not keyring_available():
            kept = "asked for at each sending (this computer has no system keyring)"
    else:
        kept = "none (no login)"
    click.echo(
        f"Server:   {new.host}:{new.port} ({new.security.value})\n"
        f"User:     {new.username or '(none)'}\n"
        f"Password: {kept}\n"
        f"From:     {new.sender or '(the mission organiser address)'}\n"
        f"Pace:     {'no pause' if not new.rate_per_minute else f'{new.rate_per_minute} a minute'}"
    )


@click.command("sent-log", help="List what was sent to whom, of which version, newest first.")
@db_option(required=True)
@mission_option()
@click.option("--limit", type=click.IntRange(1), default=None, help="Only the newest N entries.")
def sent_log_command(db: str, mission_id: int | None, limit: int | None) -> None:
    from app.services.mail import sent_log

    with open_for_cli(db, create=False) as store:
        mid = resolve_mission(store, mission_id)
        entries = sent_log(store, mid, limit)
    if not entries:
        click.echo("Nothing was sent for this mission yet.")
    for e in entries:
        detail = f"  {e.detail}" if e.detail else ""
        click.echo(
            f"{e.at:%Y-%m-%d %H:%M:%S}Z  v{e.version}  {e.outcome.value:<7}  "
            f"{e.name} ({e.participant_id}) <{e.address}>{detail}"
        )
