"""Column types for the two facts SQLite would otherwise lose: UTC instants and zone names."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from sqlalchemy import DateTime, String
from sqlalchemy.engine import Dialect
from sqlalchemy.types import TypeDecorator

from app.common.timezones import check_zone_name


class UTCDateTime(TypeDecorator[datetime]):
    """An aware instant, stored in UTC and always read back as an aware UTC datetime.

    SQLite has no time zone type and drops offsets, so naive values are refused on the way
    in and UTC is attached on the way out; PostgreSQL stores a ``timestamptz``.
    """

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None or value.utcoffset() is None:
            raise ValueError(
                f"naive datetime {value.isoformat()} has no time zone; refuse to guess"
            )
        value = value.astimezone(UTC)
        if dialect.name == "sqlite":
            return value.replace(tzinfo=None)
        return value

    def process_result_value(self, value: Any, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        if isinstance(value, str):  # raw text written by another tool
            value = datetime.fromisoformat(value)
        if value.tzinfo is None:
            return value.replace(tzinfo=UTC)
        return value.astimezone(UTC)


class ZoneName(TypeDecorator[str]):
    """An IANA zone name such as ``Asia/Tokyo``; anything else is refused before it is stored."""

    impl = String(64)
    cache_ok = True

    def process_bind_param(self, value: str | None, dialect: Dialect) -> str | None:
        if value is None:
            return None
        return check_zone_name(value)

    def process_result_value(self, value: Any, dialect: Dialect) -> str | None:
        return value
