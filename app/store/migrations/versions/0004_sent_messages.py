"""the sent log: which participant was sent which version, at which address, and how it went

- sent_message: one row per message handed to a mail server (sent, refused or failed), so a
  stopped batch goes on with only those it did not reach, and the Publish page shows who got
  what.

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-25
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0004"
down_revision: str | None = "0003"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "sent_message",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("mission_id", sa.Integer(), nullable=False),
        sa.Column("participant_id", sa.Integer(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("address", sa.String(length=254), nullable=False),
        sa.Column("outcome", sa.String(length=16), nullable=False),
        sa.Column("detail", sa.Text(), nullable=False),
        sa.Column("message_id", sa.String(length=250), nullable=False),
        sa.Column("sent_by", sa.String(length=200), nullable=False),
        sa.CheckConstraint(
            "outcome IN ('sent', 'refused', 'failed')", name=op.f("ck_sent_message_outcome_known")
        ),
        sa.CheckConstraint("version >= 1", name=op.f("ck_sent_message_version_positive")),
        sa.ForeignKeyConstraint(
            ["mission_id"],
            ["mission.id"],
            name=op.f("fk_sent_message_mission_id_mission"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["participant_id"],
            ["participant.id"],
            name=op.f("fk_sent_message_participant_id_participant"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_sent_message")),
    )
    op.create_index(
        op.f("ix_sent_message_mission_id"), "sent_message", ["mission_id"], unique=False
    )
    op.create_index(
        op.f("ix_sent_message_participant_id"), "sent_message", ["participant_id"], unique=False
    )


def downgrade() -> None:
    op.drop_index(op.f("ix_sent_message_participant_id"), table_name="sent_message")
    op.drop_index(op.f("ix_sent_message_mission_id"), table_name="sent_message")
    op.drop_table("sent_message")
