"""outcomes: what each side says a held meeting produced, and the follow-ups agreed

- meeting_outcome: one row per held meeting and side (a or b): the outcome, a note, when and
  from where it was recorded (the window, a survey file).
- follow_up: between two organisations of a mission: what, due when, whose, done when.

Revision ID: 0013
Revises: 0012
Create Date: 2026-12-04
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from app.model.types import UTCDateTime

revision: str = "0013"
down_revision: str | None = "0012"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

OUTCOMES = (
    "no_interest",
    "interesting",
    "cooperation_possible",
    "supply",
    "partnership",
    "investment_turin",
    "distribution_japan",
)
# A new SQLite table keyed by one id never reuses an id (0011).
AUTOINCREMENT = {"sqlite_autoincrement": True}


def upgrade() -> None:
    op.create_table(
        "meeting_outcome",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("meeting_id", sa.Integer(), nullable=False),
        sa.Column(
            "side",
            sa.Enum(
                "a", "b", name="meeting_side", native_enum=False, create_constraint=True, length=24
            ),
            nullable=False,
        ),
        sa.Column(
            "outcome",
            sa.Enum(
                *OUTCOMES, name="outcome", native_enum=False, create_constraint=True, length=24
            ),
            nullable=False,
        ),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("recorded_at", UTCDateTime(), nullable=False),
        sa.Column("source", sa.String(length=200), nullable=False),
        sa.Column("row_version", sa.Integer(), nullable=False, server_default=sa.text("1")),
        sa.ForeignKeyConstraint(
            ["meeting_id"],
            ["meeting.id"],
            name="fk_meeting_outcome_meeting_id_meeting",
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name="pk_meeting_outcome"),
        sa.UniqueConstraint("meeting_id", "side", name="uq_meeting_outcome_meeting_id_side"),
        **AUTOINCREMENT,
    )
    op.create_index("ix_meeting_outcome_meeting_id", "meeting_outcome", ["meeting_id"])
    op.create_table(
        "follow_up",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("mission_id", sa.Integer(), nullable=False),
        sa.Column("organisation_a_id", sa.Integer(), nullable=False),
        sa.Column("organisation_b_id", sa.Integer(), nullable=False),
        sa.Column("meeting_id", sa.Integer(), nullable=True),
        sa.Column("description", sa.Text(), nullable=False),
        sa.Column("due_date", sa.Date(), nullable=True),
        sa.Column("owner", sa.String(length=200), nullable=False),
        sa.Column("done_at", UTCDateTime(), nullable=True),
        sa.Column("created_at", UTCDateTime(), nullable=False),
        sa.Column("row_version", sa.Integer(), nullable=False, server_default=sa.text("1")),
        sa.CheckConstraint(
            "organisation_a_id <> organisation_b_id", name="ck_follow_up_two_parties"
        ),
        sa.CheckConstraint("description <> ''", name="ck_follow_up_description_present"),
        sa.ForeignKeyConstraint(
            ["mission_id"],
            ["mission.id"],
            name="fk_follow_up_mission_id_mission",
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["organisation_a_id"],
            ["organisation.id"],
            name="fk_follow_up_organisation_a_id_organisation",
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["organisation_b_id"],
            ["organisation.id"],
            name="fk_follow_up_organisation_b_id_organisation",
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["meeting_id"],
            ["meeting.id"],
            name="fk_follow_up_meeting_id_meeting",
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name="pk_follow_up"),
        **AUTOINCREMENT,
    )
    op.create_index("ix_follow_up_mission_id", "follow_up", ["mission_id"])
    op.create_index("ix_follow_up_organisation_a_id", "follow_up", ["organisation_a_id"])
    op.create_index("ix_follow_up_organisation_b_id", "follow_up", ["organisation_b_id"])


def downgrade() -> None:
    op.drop_table("follow_up")
    op.drop_table("meeting_outcome")
