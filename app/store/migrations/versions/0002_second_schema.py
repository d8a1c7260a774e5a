"""requests' scheduling options, Japanese job titles, organisations outlive a delegation

- meeting_request.mandatory, .interpreter_need: a coordinator can insist that a meeting
  takes place and force an interpreter (or none) whatever the languages on file.
- participant.title_ja: Japanese badges and agendas show 代表取締役社長, not "CEO".
- organisation.delegation_id ON DELETE SET NULL instead of RESTRICT: SQLite checks
  RESTRICT in the middle of a mission's cascade, so a mission could not be deleted.

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


    with op.batch_alter_table("participant", schema=None) as batch_op:
        batch_op.add_column(sa.Column("title_ja", sa.String(length=200), nullable=True))
    # A batch rebuild of participant on SQLite loses the expression index: put it back.
    _recreate_email_index()
    with op.batch_alter_table("organisation", schema=None) as batch_op:
        batch_op.drop_constraint(op.f("fk_organisation_delegation_id_delegation"), type_="foreignkey")
        batch_op.create_foreign_key(
            op.f("fk_organisation_delegation_id_delegation"),
            "delegation",
            ["delegation_id"],
            ["id"],
            ondelete="SET NULL",
        )


def _recreate_email_index() -> None:
    op.execute("DROP INDEX IF EXISTS uq_participant_mission_email")
    op.create_index(
        "uq_participant_mission_email",
        "participant",
        ["mission_id", sa.text("lower(email)")],
        unique=True,
    )


def downgrade() -> None:
    with op.batch_alter_table("organisation", schema=None) as batch_op:
        batch_op.drop_constraint(op.f("fk_organisation_delegation_id_delegation"), type_="foreignkey")
        batch_op.create_foreign_key(
            op.f("fk_organisation_delegation_id_delegation"),
            "delegation",
            ["delegation_id"],
            ["id"],
            ondelete="RESTRICT",
        )
    with op.batch_alter_table("participant", schema=None) as batch_op:
        batch_op.drop_column("title_ja")
    _recreate_email_index()
    with op.batch_alter_table("meeting_request", schema=None) as batch_op:
        batch_op.drop_constraint(op.f("ck_meeting_request_interpreter_need"), type_="check")
        batch_op.drop_column("interpreter_need")
        batch_op.drop_column("mandatory")
