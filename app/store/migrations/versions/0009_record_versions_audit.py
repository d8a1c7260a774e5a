"""every record carries a version; the audit log; check-in time

- row_version on every table (1 for rows already saved): the ORM adds it to the WHERE of
  each UPDATE and DELETE and bumps it, so a change made by another connection in between is
  refused instead of overwritten (optimistic concurrency, shared mode).
- audit_entry: who changed which record of a mission, how and when (field names, never
  values), written in the change's own transaction.
- participant.checked_in_at: when the person was checked in at the venue (NULL: not yet).

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-04
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from app.model.types import UTCDateTime

revision: str = "0009"
down_revision: str | None = "0008"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# Every table of schema 0008 (alembic_version aside).
VERSIONED = (
    "mission",
    "b2b_session",
    "delegation",
    "organisation",
    "publication",
    "schedule_run",
    "venue",
    "agenda_item",
    "b2b_break",
    "b2b_table",
    "organisation_sector",
    "participant",
    "venue_travel",
    "b2b_session_delegation",
    "interpreter",
    "meeting_request",
    "participant_language",
    "sent_message",
    "unavailability",
    "agenda_attendee",
    "interpreter_session",
    "meeting",
    "meeting_participant",
)


def upgrade() -> None:
    for table in VERSIONED:
        op.add_column(
            table,
            sa.Column("row_version", sa.Integer(), nullable=False, server_default=sa.text("1")),
        )
    op.add_column("participant", sa.Column("checked_in_at", UTCDateTime(), nullable=True))
    op.create_table(
        "audit_entry",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("at", UTCDateTime(), nullable=False),
        sa.Column("mission_id", sa.Integer(), nullable=True),
        sa.Column("who", sa.String(length=100), nullable=False),
        sa.Column("db_user", sa.String(length=63), nullable=False),
        sa.Column("table_name", sa.String(length=40), nullable=False),
        sa.Column("record_id", sa.Integer(), nullable=True),
        sa.Column("action", sa.String(length=8), nullable=False),
        sa.Column("fields", sa.Text(), nullable=False),
        sa.CheckConstraint(
            "action IN ('insert', 'update', 'delete')", name="ck_audit_entry_audit_action"
        ),
        sa.ForeignKeyConstraint(
            ["mission_id"],
            ["mission.id"],
            name="fk_audit_entry_mission_id_mission",
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name="pk_audit_entry"),
    )
    op.create_index("ix_audit_entry_mission_id_at", "audit_entry", ["mission_id", "at"])


def downgrade() -> None:
    op.drop_index("ix_audit_entry_mission_id_at", table_name="audit_entry")
    op.drop_table("audit_entry")
    with op.batch_alter_table("participant") as batch:
        batch.drop_column("checked_in_at")
    for table in VERSIONED:
        with op.batch_alter_table(table) as batch:
            batch.drop_column("row_version")
