"""Opening, creating, upgrading and backing up Ponte databases."""

from app.store.connecting import ServerCheck, check_server
from app.store.database import BUSY_TIMEOUT_S, Store, open_store
from app.store.errors import (
    DatabaseBusy,
    DatabaseUnavailable,
    MigrationFailed,
    NewerDatabase,
    NotAPonteDatabase,
    NotPermitted,
    PasswordNeeded,
    StoreError,
    WrongPassword,
)
from app.store.location import Location, parse_location

__all__ = [
    "BUSY_TIMEOUT_S",
    "DatabaseBusy",
    "DatabaseUnavailable",
    "Location",
    "MigrationFailed",
    "NewerDatabase",
    "NotAPonteDatabase",
    "NotPermitted",
    "PasswordNeeded",
    "ServerCheck",
    "Store",
    "StoreError",
    "WrongPassword",
    "check_server",
    "open_store",
    "parse_location",
]
