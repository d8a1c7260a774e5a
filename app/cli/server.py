"""``ponte server`` (roles and users of a shared PostgreSQL database) and ``ponte check-in``
(what a reader at the venue may do)."""

from __future__ import annotations

import os

import click

from app.cli.context import cli_context, db_option, open_for_cli

PASSWORD_ENV = "PONTE_USER_PASSWORD"


@click.group(
    "server",
    help="Set up a shared PostgreSQL database: its roles (reader, editor) and its users. "
    "Run by the database's owner.",
)
def server_group() -> None:
    pass


@server_group.command(
    "init",
    help="Create (or bring up to date) the schema and two roles on a server database: "
    "DB_reader reads everything and may only check people in, set meeting statuses and add "
    "to the audit log; DB_editor may change every record but not the schema. Connecting is "
    "refused to everyone else. Running it again changes nothing more.",
)
@db_option(required=True)
def init_command(db: str) -> None:
    from app.services.server_roles import init_server

    roles = init_server(db, paths=cli_context().paths)
    click.echo(f"Roles ready on {roles.database}: {roles.reader} (read and check in), "
               f"{roles.editor} (edit records).")  # fmt: skip
    click.echo("Add people with: ponte server user add NAME --role reader|editor --db …")


@server_group.group("user", help="The users of a server database.")
def user_group() -> None:
    pass


@user_group.command(
    "add",
    help=f"Give NAME a login to the database in a role (a user already there gets the new "
    f"password and role). The password is asked for, or read from {PASSWORD_ENV}; it is "
    "sent to the server hashed and never printed.",
)
@db_option(required=True)
@click.argument("name")
@click.option(
    "--role", type=click.Choice(["reader", "editor"]), required=True,
    help="reader: read, print, check in; editor: change records.",
)  # fmt: skip
def user_add_command(db: str, name: str, role: str) -> None:
    from app.services.server_roles import add_server_user

    password = os.environ.get(PASSWORD_ENV) or click.prompt(
        f"Password for {name}", hide_input=True, confirmation_prompt=True
    )
    with open_for_cli(db, create=False) as store:
        created = add_server_user(store, name, "reader" if role == "reader" else "editor", password)
        where = store.location.display()
    click.echo(f"{'Created' if created else 'Updated'} user {name} ({role}) on {where}.")


@user_group.command("list", help="List the users of a server database and their roles.")
@db_option(required=True)
def user_list_command(db: str) -> None:
    from app.services.server_roles import server_users

    with open_for_cli(db, create=False) as store:
        users = server_users(store)
    if not users:
        click.echo("No users yet (ponte server user add).")
    for user in users:
        login = "" if user.can_log_in else "  (cannot log in)"
        click.echo(f"{user.name:<30} {user.role}{login}")


@click.command(
    "check-in",
    help="Record that participant PARTICIPANT_ID arrived at the venue (now). A reader's "
    "account may do it; a second check-in keeps the first time.",
)
@db_option(required=True)
@click.argument("participant_id", type=int)
def check_in_command(db: str, participant_id: int) -> None:
    from app.common.settings import load_settings
    from app.services.check_in import check_in

    settings = load_settings(cli_context().paths)
    with open_for_cli(db, create=False) as store:
        store.actor = settings.actor()
        done = check_in(store, participant_id)
    when = done.checked_in_at.astimezone().strftime("%Y-%m-%d %H:%M")
    state = "already checked in at" if done.already else "checked in at"
    click.echo(f"{done.name} (participant {done.participant_id}) {state} {when}.")
