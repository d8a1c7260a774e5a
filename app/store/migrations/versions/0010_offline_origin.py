"""where a mission taken offline came from

- offline_origin: in a local file made by ``ponte offline take``, the server the mission was
  copied from (URL without password), when, and each row's version and values then, so that
  ``ponte offline return`` can tell local changes from the server's. Empty on a server.

Revision ID: 0010
Revises: 0009
Create Date: 2026-12-04
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from app.model.types import UTCDateTime

revision: str = "0010"
down_revision: str | None = "0009"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "offline_origin",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("mission_id", sa.Integer(), nullable=False),
        sa.Column("server", sa.String(length=500), nullable=False),
        sa.Column("taken_at", UTCDateTime(), nullable=False),
        sa.Column("returned_at", UTCDateTime(), nullable=True),
        sa.Column("row_versions", sa.Text(), nullable=False),
        sa.Column("taken_values", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["mission_id"],
            ["mission.id"],
            name="fk_offline_origin_mission_id_mission",
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name="pk_offline_origin"),
        sa.UniqueConstraint("mission_id", name="uq_offline_origin_mission_id"),
    )


def downgrade() -> None:
    # A plain DROP TABLE (no batch rebuild needed): it works the same on SQLite and PostgreSQL.
    op.drop_table("offline_origin")
