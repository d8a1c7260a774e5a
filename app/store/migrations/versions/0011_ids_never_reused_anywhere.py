"""ids are never reused on SQLite, in every table (0005 did it for three)

The audit log names a record by table and id, a badge's check-in code names its mission, a
mission lock is keyed by the mission's id, an offline copy remembers the ids it came with,
and `ponte status --meeting ID` is scripted by id. Without AUTOINCREMENT SQLite hands a new
row the id of the newest deleted one, so a history line, an old badge or a script could name
a record that is not the one it meant. Every table whose key is one integer id gets
AUTOINCREMENT; PostgreSQL's sequences never reuse an id: there this migration does nothing.

Revision ID: 0011
Revises: 0010
Create Date: 2026-12-04
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0011"
down_revision: str | None = "0010"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

DONE_BY_0005 = ("organisation", "participant", "agenda_item")


def _tables_keyed_by_one_id(bind: sa.engine.Connection) -> list[str]:
    inspector = sa.inspect(bind)
    keyed = []
    for table in inspector.get_table_names():
        if table == "alembic_version" or table in DONE_BY_0005 or table.startswith("sqlite_"):
            continue
        if inspector.get_pk_constraint(table).get("constrained_columns") == ["id"]:
            keyed.append(table)
    return sorted(keyed)


def _rebuild(autoincrement: bool) -> None:
    bind = op.get_bind()
    if bind.dialect.name != "sqlite":
        return
    for table in _tables_keyed_by_one_id(bind):
        # A rebuild drops the indexes SQLite cannot reflect (on expressions): put them back.
        indexes = bind.exec_driver_sql(
            "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = ? "
            "AND sql IS NOT NULL",
            (table,),
        ).fetchall()
        with op.batch_alter_table(
            table, recreate="always", table_kwargs={"sqlite_autoincrement": autoincrement}
        ):
            pass
        for name, sql in indexes:
            exists = bind.exec_driver_sql(
                "SELECT 1 FROM sqlite_master WHERE type = 'index' AND name = ?", (name,)
            ).first()
            if exists is None:
                op.execute(sql)


def upgrade() -> None:
    _rebuild(True)


def downgrade() -> None:
    _rebuild(False)
