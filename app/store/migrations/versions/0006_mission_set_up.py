"""a mission set up by its coordinators: names in three languages, who takes part, travel times

- mission, venue, delegation, b2b_session: ``name_it`` (and ``name_ja`` where missing), so that
  every name a delegate reads has an Italian, a Japanese and an English (``name``) form;
- b2b_break: ``label_it``, ``label_ja`` (a coffee break printed in the reader's language);
- b2b_session_delegation: the delegations that take part in a session (none: all);
- interpreter_session: the sessions an interpreter works (none: all);
- venue_travel: minutes from one venue to another.

Only new columns (all nullable) and new tables: no existing row changes.

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-03
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0006"
down_revision: str | None = "0005"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

NAME_IT = ("mission", "venue", "delegation", "b2b_session")


def upgrade() -> None:
    for table in NAME_IT:
        op.add_column(table, sa.Column("name_it", sa.String(length=200), nullable=True))
    op.add_column("b2b_session", sa.Column("name_ja", sa.String(length=200), nullable=True))
    op.add_column("b2b_break", sa.Column("label_it", sa.String(length=100), nullable=True))
    op.add_column("b2b_break", sa.Column("label_ja", sa.String(length=100), nullable=True))

    op.create_table(
        "b2b_session_delegation",
        sa.Column("session_id", sa.Integer(), nullable=False),
        sa.Column("delegation_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["session_id"],
            ["b2b_session.id"],
            name=op.f("fk_b2b_session_delegation_session_id_b2b_session"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["delegation_id"],
            ["delegation.id"],
            name=op.f("fk_b2b_session_delegation_delegation_id_delegation"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint(
            "session_id", "delegation_id", name=op.f("pk_b2b_session_delegation")
        ),
    )
    op.create_index(
        op.f("ix_b2b_session_delegation_delegation_id"),
        "b2b_session_delegation",
        ["delegation_id"],
        unique=False,
    )

    op.create_table(
        "interpreter_session",
        sa.Column("interpreter_id", sa.Integer(), nullable=False),
        sa.Column("session_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["interpreter_id"],
            ["interpreter.id"],
            name=op.f("fk_interpreter_session_interpreter_id_interpreter"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["session_id"],
            ["b2b_session.id"],
            name=op.f("fk_interpreter_session_session_id_b2b_session"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint(
            "interpreter_id", "session_id", name=op.f("pk_interpreter_session")
        ),
    )
    op.create_index(
        op.f("ix_interpreter_session_session_id"),
        "interpreter_session",
        ["session_id"],
        unique=False,
    )

    op.create_table(
        "venue_travel",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("mission_id", sa.Integer(), nullable=False),
        sa.Column("from_venue_id", sa.Integer(), nullable=False),
        sa.Column("to_venue_id", sa.Integer(), nullable=False),
        sa.Column("minutes", sa.Integer(), nullable=False),
        sa.CheckConstraint("from_venue_id <> to_venue_id", name=op.f("ck_venue_travel_two_venues")),
        sa.CheckConstraint("minutes BETWEEN 0 AND 1440", name=op.f("ck_venue_travel_minutes_sane")),
        sa.ForeignKeyConstraint(
            ["mission_id"],
            ["mission.id"],
            name=op.f("fk_venue_travel_mission_id_mission"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["from_venue_id"],
            ["venue.id"],
            name=op.f("fk_venue_travel_from_venue_id_venue"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["to_venue_id"],
            ["venue.id"],
            name=op.f("fk_venue_travel_to_venue_id_venue"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_venue_travel")),
        sa.UniqueConstraint(
            "from_venue_id", "to_venue_id", name=op.f("uq_venue_travel_from_venue_id_to_venue_id")
        ),
    )
    op.create_index(
        op.f("ix_venue_travel_mission_id"), "venue_travel", ["mission_id"], unique=False
    )


def downgrade() -> None:
    op.drop_index(op.f("ix_venue_travel_mission_id"), table_name="venue_travel")
    op.drop_table("venue_travel")
    op.drop_index(op.f("ix_interpreter_session_session_id"), table_name="interpreter_session")
    op.drop_table("interpreter_session")
    op.drop_index(
        op.f("ix_b2b_session_delegation_delegation_id"), table_name="b2b_session_delegation"
    )
    op.drop_table("b2b_session_delegation")
    with op.batch_alter_table("b2b_break") as batch:
        batch.drop_column("label_ja")
        batch.drop_column("label_it")
    with op.batch_alter_table("b2b_session") as batch:
        batch.drop_column("name_ja")
        batch.drop_column("name_it")
    for table in ("mission", "venue", "delegation"):
        with op.batch_alter_table(table) as batch:
            batch.drop_column("name_it")
