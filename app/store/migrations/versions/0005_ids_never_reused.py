"""ids are never reused on SQLite: organisation, participant and agenda_item get AUTOINCREMENT

A published calendar's UIDs and a publication's keys are built from these ids ("M<lo>-<hi>"
from two organisations, "P<id>-v<n>" from a programme item). Without AUTOINCREMENT, SQLite
gives a new row the id of the row with the highest id that was deleted, so a new organisation
or item could take over the UID of one that was removed. PostgreSQL's sequences never reuse
an id: there this migration does nothing.

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-25
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0005"
down_revision: str | None = "0004"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

TABLES = ("organisation", "participant", "agenda_item")


def _rebuild(autoincrement: bool) -> None:
    if op.get_bind().dialect.name != "sqlite":
        return
    for table in TABLES:
        with op.batch_alter_table(
            table, recreate="always", table_kwargs={"sqlite_autoincrement": autoincrement}
        ):
            pass
    # the rebuild of participant drops its expression index (SQLite cannot reflect it)
    op.execute("DROP INDEX IF EXISTS uq_participant_mission_email")
    op.create_index(
        "uq_participant_mission_email",
        "participant",
        ["mission_id", sa.text("lower(email)")],
        unique=True,
    )


def upgrade() -> None:
    _rebuild(True)


def downgrade() -> None:
    _rebuild(False)
