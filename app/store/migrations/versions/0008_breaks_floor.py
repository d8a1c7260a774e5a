"""a run keeps the idle-gap phase's proven floor

- schedule_run.breaks_floor: no schedule of the run's meetings has fewer breaks (idle gaps)
  than this; NULL when the run found no floor. The run's summary says "as few as possible"
  only when breaks ≤ breaks_floor, and otherwise how many cannot be avoided.

Runs stored before keep NULL: their "optimal" did not prove the fewest breaks after a
publication (published meetings kept in place came first), and which runs followed one is
not recorded.

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-03
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0008"
down_revision: str | None = "0007"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.add_column("schedule_run", sa.Column("breaks_floor", sa.Integer(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("schedule_run") as batch:
        batch.drop_column("breaks_floor")
