"""the scheduler's runs are kept: their figures and why each request was left out

- schedule_run: one row per run of the scheduler over a mission (status, weight and upper
  bound, breaks, what was stored, the unscheduled requests with their reasons as JSON), so the
  B2B page shows them again after a restart.

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-25
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0003"
down_revision: str | None = "0002"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "schedule_run",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("mission_id", sa.Integer(), nullable=False),
        sa.Column("finished_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("cancelled", sa.Boolean(), nullable=False),
        sa.Column("time_limit_s", sa.Float(), nullable=False),
        sa.Column("weight", sa.Integer(), nullable=False),
        sa.Column("upper_bound", sa.Float(), nullable=False),
        sa.Column("breaks", sa.Integer(), nullable=False),
        sa.Column("breaks_spread", sa.Integer(), nullable=False),
        sa.Column("moved_from_published", sa.Integer(), nullable=False),
        sa.Column("solve_seconds", sa.Float(), nullable=False),
        sa.Column("stored", sa.Integer(), nullable=False),
        sa.Column("scheduled", sa.Text(), nullable=False),
        sa.Column("unscheduled", sa.Text(), nullable=False),
        sa.CheckConstraint(
            "status IN ('optimal', 'feasible', 'infeasible')", name=op.f("ck_schedule_run_run_status")
        ),
        sa.ForeignKeyConstraint(
            ["mission_id"],
            ["mission.id"],
            name=op.f("fk_schedule_run_mission_id_mission"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_schedule_run")),
    )
    op.create_index(
        op.f("ix_schedule_run_mission_id"), "schedule_run", ["mission_id"], unique=False
    )


def downgrade() -> None:
    op.drop_index(op.f("ix_schedule_run_mission_id"), table_name="schedule_run")
    op.drop_table("schedule_run")
