"""The ``ponte`` entry point: the headless CLI plus the window and its screenshots.

Qt is imported only when a command needs it, so ``ponte info`` starts fast and works on a
machine with no display libraries.
"""

from __future__ import annotations

import multiprocessing

import click

from app.cli import build_cli
from app.cli.context import db_option


def _open_window(db: str | None, mission_id: int | None) -> int:
    from app.cli.context import cli_context
    from ui.application import run_window

    return run_window(db=db, mission_id=mission_id, actor=cli_context().actor)


@click.command("screenshots", help="Render every page of the window offscreen into PNG files.")
@db_option(required=True)
@click.option(
    "--out", "out", required=True, type=click.Path(file_okay=False), help="Folder for the PNGs."
)
@click.option("--mission", "mission_id", type=int, default=None, help="Mission id to show.")
@click.option("--lang", "language", type=click.Choice(["en", "it", "ja"]), default=None)
def screenshots_command(db: str, out: str, mission_id: int | None, language: str | None) -> None:
    from ui.screenshots import take_screenshots

    for path in take_screenshots(db=db, out=out, mission_id=mission_id, language=language):
        click.echo(path)


def main() -> None:
    # A frozen (PyInstaller) Ponte is also what its document workers start as: this makes
    # such a start run the worker instead of the window.
    multiprocessing.freeze_support()
    cli = build_cli(open_window=_open_window, extra_commands=[screenshots_command])
    cli(prog_name="ponte")


if __name__ == "__main__":
    main()
