"""Opening, creating, upgrading and backing up Ponte databases."""

from app.store.database import Store, open_store
from app.store.errors import (
    DatabaseUnavailable,
    MigrationFailed,
    NewerDatabase,
    NotAPonteDatabase,
    StoreError,
)
from app.store.location import Location, parse_location

__all__ = [
    "DatabaseUnavailable",
    "Location",
    "MigrationFailed",
    "NewerDatabase",
    "NotAPonteDatabase",
    "Store",
    "StoreError",
    "open_store",
    "parse_location",
]
