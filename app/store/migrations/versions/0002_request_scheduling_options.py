"""meeting requests: mandatory flag and interpreter need

A coordinator can insist that a meeting takes place and can force an interpreter (or
none) regardless of the languages on file; the scheduler (issue 3) reads both.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-25
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0002"
down_revision: str | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("meeting_request", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("mandatory", sa.Boolean(), nullable=False, server_default="0")
        )
        batch_op.add_column(
            sa.Column(
                "interpreter_need",
                sa.Enum(
                    "auto",
                    "required",
                    "none",
                    name="interpreter_need",
                    native_enum=False,
                    create_constraint=True,
                    length=24,
                ),
                nullable=False,
                server_default="auto",
            )
        )


def downgrade() -> None:
    with op.batch_alter_table("meeting_request", schema=None) as batch_op:
        batch_op.drop_constraint(op.f("ck_meeting_request_interpreter_need"), type_="check")
        batch_op.drop_column("interpreter_need")
        batch_op.drop_column("mandatory")
