"""the programme in three languages, for one organisation, with free time

- agenda_item: ``description_it``, ``description_ja`` (the English ``description`` stays the
  fallback), ``audience_organisation_id`` for the new audience ``organisation`` (one
  organisation's delegates), and the kind ``free`` (free time, which holds nobody);
- the CHECK constraints of the two enums are widened to the new values, and a new one says
  that an organisation audience names its organisation.

Existing rows do not change. On SQLite the table is rebuilt (a CHECK constraint cannot be
altered there), keeping AUTOINCREMENT (migration 0005).

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-03
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0007"
down_revision: str | None = "0006"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

OLD_KINDS = ("plenary", "company_visit", "signing_ceremony", "dinner", "transfer", "b2b", "other")
NEW_KINDS = (*OLD_KINDS, "free")
OLD_AUDIENCES = ("everyone", "delegation", "participants")
NEW_AUDIENCES = (*OLD_AUDIENCES, "organisation")


def _in(column: str, values: Sequence[str]) -> str:
    return f"{column} IN ({', '.join(repr(v) for v in values)})"


def upgrade() -> None:
    with op.batch_alter_table(
        "agenda_item", recreate="auto", table_kwargs={"sqlite_autoincrement": True}
    ) as batch:
        batch.add_column(sa.Column("description_it", sa.Text(), nullable=True))
        batch.add_column(sa.Column("description_ja", sa.Text(), nullable=True))
        batch.add_column(sa.Column("audience_organisation_id", sa.Integer(), nullable=True))
        batch.create_foreign_key(
            op.f("fk_agenda_item_audience_organisation_id_organisation"),
            "organisation",
            ["audience_organisation_id"],
            ["id"],
            ondelete="CASCADE",
        )
        batch.drop_constraint(op.f("ck_agenda_item_agenda_kind"), type_="check")
        batch.create_check_constraint(op.f("ck_agenda_item_agenda_kind"), _in("kind", NEW_KINDS))
        batch.drop_constraint(op.f("ck_agenda_item_audience"), type_="check")
        batch.create_check_constraint(
            op.f("ck_agenda_item_audience"), _in("audience", NEW_AUDIENCES)
        )
        batch.create_check_constraint(
            op.f("ck_agenda_item_organisation_audience_named"),
            "audience <> 'organisation' OR audience_organisation_id IS NOT NULL",
        )


def downgrade() -> None:
    op.execute("DELETE FROM agenda_item WHERE audience = 'organisation' OR kind = 'free'")
    with op.batch_alter_table(
        "agenda_item", recreate="auto", table_kwargs={"sqlite_autoincrement": True}
    ) as batch:
        batch.drop_constraint(op.f("ck_agenda_item_organisation_audience_named"), type_="check")
        batch.drop_constraint(op.f("ck_agenda_item_audience"), type_="check")
        batch.create_check_constraint(
            op.f("ck_agenda_item_audience"), _in("audience", OLD_AUDIENCES)
        )
        batch.drop_constraint(op.f("ck_agenda_item_agenda_kind"), type_="check")
        batch.create_check_constraint(op.f("ck_agenda_item_agenda_kind"), _in("kind", OLD_KINDS))
        batch.drop_constraint(
            op.f("fk_agenda_item_audience_organisation_id_organisation"), type_="foreignkey"
        )
        batch.drop_column("audience_organisation_id")
        batch.drop_column("description_ja")
        batch.drop_column("description_it")
