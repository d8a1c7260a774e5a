"""The declarative base: one metadata, constraint names that migrations can rely on."""

from __future__ import annotations

from enum import StrEnum
from typing import Any, TypeVar

from sqlalchemy import Enum, Integer, MetaData
from sqlalchemy.orm import DeclarativeBase, Mapped, declared_attr, mapped_column

NAMING_CONVENTION = {
    "ix": "ix_%(table_name)s_%(column_0_N_name)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)


class Versioned:
    """Every record carries a version (optimistic concurrency, migration 0009).

    The ORM adds ``AND row_version = <the version it read>`` to each UPDATE and DELETE of
    the row and raises ``StaleDataError`` when another connection changed the row in
    between, so two coordinators saving one record cannot both win silently; a save that
    names the values it started from is checked against them first
    (:func:`app.core.records.update_record`). Bulk statements do not move the version.
    """

    # The migration gives the column a server default of 1 too (rows written by plain
    # inserts); the model must not declare it, or the ORM would read each new version back
    # with RETURNING, which SQLite cannot do for the post-updates of a batch.
    row_version: Mapped[int] = mapped_column(Integer, nullable=False, default=1)

    @declared_attr.directive
    def __mapper_args__(cls) -> dict[str, Any]:
        return {"version_id_col": cls.row_version}


E = TypeVar("E", bound=StrEnum)


def enum_column(enum: type[E], name: str) -> Enum:
    """A portable enum column: a VARCHAR plus a CHECK constraint, storing the enum's values."""
    return Enum(
        enum,
        name=name,
        native_enum=False,
        create_constraint=True,
        length=24,
        values_callable=lambda members: [m.value for m in members],
        validate_strings=True,
    )
