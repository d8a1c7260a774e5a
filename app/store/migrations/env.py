"""Alembic environment: Ponte always hands over an open connection (no alembic.ini)."""

from __future__ import annotations

import warnings

from alembic import context

from app.model import Base

connection = context.config.attributes["connection"]
context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=connection.dialect.name == "sqlite",
    compare_type=True,
)
with context.begin_transaction(), warnings.catch_warnings():
    # SQLite cannot reflect expression indexes (participant's lower(email) index); batch
    # rebuilds of *other* tables reflect the schema and would warn about it. A batch rebuild
    # of participant itself must re-create that index by hand.
    warnings.filterwarnings("ignore", message=".*expression-based index.*")
    context.run_migrations()
