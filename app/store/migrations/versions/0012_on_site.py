"""on site: secret check-in codes, what happened to each meeting, delegates who did not come

- participant.check_in_token: the secret a badge's QR code carries (unique; every existing
  participant gets one). Badges printed before carry PONTE:<mission>:<participant>, which
  anyone could make up.
- mission.old_badge_codes: whether those old codes are still accepted; true for the missions
  that exist at the upgrade (their badges may already be printed), false for new ones.
- meeting.status: also no_show_a and no_show_b (which side did not come); meeting.status_note
  and meeting.status_at, as marked on site.
- unavailability.absent: marked on the day (the person did not arrive), not planned.

Revision ID: 0012
Revises: 0011
Create Date: 2026-12-04
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from app.model.tokens import new_check_in_token
from app.model.types import UTCDateTime

revision: str = "0012"
down_revision: str | None = "0011"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

OLD_STATUSES = ("scheduled", "held", "no_show", "cancelled")
NEW_STATUSES = ("scheduled", "held", "no_show_a", "no_show_b", "no_show", "cancelled")


# A SQLite rebuild keeps ids from being reused (0011): keyed by one id, every table has it.
KEEP_AUTOINCREMENT = {"sqlite_autoincrement": True}


def _in(values: Sequence[str]) -> str:
    return "status IN (" + ", ".join(f"'{v}'" for v in values) + ")"


def _expression_indexes(table: str) -> list[tuple[str, str]]:
    """The indexes on expressions a SQLite table rebuild drops (see 0011)."""
    bind = op.get_bind()
    if bind.dialect.name != "sqlite":
        return []
    return list(
        bind.exec_driver_sql(
            "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = ? "
            "AND sql IS NOT NULL",
            (table,),
        ).fetchall()
    )


def _put_back(indexes: list[tuple[str, str]]) -> None:
    bind = op.get_bind()
    for name, sql in indexes:
        exists = bind.exec_driver_sql(
            "SELECT 1 FROM sqlite_master WHERE type = 'index' AND name = ?", (name,)
        ).first()
        if exists is None:
            op.execute(sql)


def _statuses(values: Sequence[str]) -> None:
    indexes = _expression_indexes("meeting")
    with op.batch_alter_table("meeting", table_kwargs=KEEP_AUTOINCREMENT) as batch:
        batch.drop_constraint(op.f("ck_meeting_meeting_status"), type_="check")
        batch.create_check_constraint("meeting_status", _in(values))
    _put_back(indexes)


def upgrade() -> None:
    bind = op.get_bind()
    op.add_column("participant", sa.Column("check_in_token", sa.String(16), nullable=True))
    ids = [row[0] for row in bind.exec_driver_sql("SELECT id FROM participant")]
    given: set[str] = set()
    for pid in ids:
        token = new_check_in_token()
        while token in given:
            token = new_check_in_token()
        given.add(token)
        bind.execute(
            sa.text("UPDATE participant SET check_in_token = :t WHERE id = :id"),
            {"t": token, "id": pid},
        )
    indexes = _expression_indexes("participant")
    with op.batch_alter_table("participant", table_kwargs=KEEP_AUTOINCREMENT) as batch:
        batch.alter_column("check_in_token", existing_type=sa.String(16), nullable=False)
        batch.create_unique_constraint("uq_participant_check_in_token", ["check_in_token"])
    _put_back(indexes)

    op.add_column(
        "mission",
        sa.Column("old_badge_codes", sa.Boolean(), nullable=False, server_default=sa.false()),
    )
    op.execute("UPDATE mission SET old_badge_codes = TRUE")

    op.add_column(
        "meeting",
        sa.Column("status_note", sa.String(200), nullable=False, server_default=""),
    )
    op.add_column("meeting", sa.Column("status_at", UTCDateTime(), nullable=True))
    _statuses(NEW_STATUSES)

    op.add_column(
        "unavailability",
        sa.Column("absent", sa.Boolean(), nullable=False, server_default=sa.false()),
    )
    _reader_marks_too()


def _reader_marks_too() -> None:
    """On a server set up with roles (``ponte server init``), the reader may already set a
    meeting's status: grant the note and the time that come with a mark now, or every mark
    of a reader would be refused until someone ran ``ponte server init`` again."""
    bind = op.get_bind()
    if bind.dialect.name != "postgresql":
        return
    database = bind.execute(sa.text("SELECT current_database()")).scalar()
    reader = f"{database}_reader"
    if bind.execute(sa.text("SELECT 1 FROM pg_roles WHERE rolname = :r"), {"r": reader}).first():
        quoted = '"' + reader.replace('"', '""') + '"'
        op.execute(f"GRANT UPDATE (status_note, status_at) ON meeting TO {quoted}")


def downgrade() -> None:
    op.execute("UPDATE meeting SET status = 'no_show' WHERE status IN ('no_show_a', 'no_show_b')")
    _statuses(OLD_STATUSES)
    indexes = _expression_indexes("unavailability")
    with op.batch_alter_table("unavailability", table_kwargs=KEEP_AUTOINCREMENT) as batch:
        batch.drop_column("absent")
    _put_back(indexes)
    indexes = _expression_indexes("meeting")
    with op.batch_alter_table("meeting", table_kwargs=KEEP_AUTOINCREMENT) as batch:
        batch.drop_column("status_at")
        batch.drop_column("status_note")
    _put_back(indexes)
    with op.batch_alter_table("mission", table_kwargs=KEEP_AUTOINCREMENT) as batch:
        batch.drop_column("old_badge_codes")
    indexes = _expression_indexes("participant")
    with op.batch_alter_table("participant", table_kwargs=KEEP_AUTOINCREMENT) as batch:
        batch.drop_constraint("uq_participant_check_in_token", type_="unique")
        batch.drop_column("check_in_token")
    _put_back(indexes)
