"""Errors a coordinator may meet when opening a database; each carries a message to show them."""

from __future__ import annotations


class StoreError(Exception):
    """A database could not be opened or used; ``str(error)`` is written for the coordinator."""


class NotAPonteDatabase(StoreError):
    """The file or database exists but was not made by Ponte."""


class NewerDatabase(StoreError):
    """The database was written by a newer Ponte whose schema this one does not know."""


class DatabaseUnavailable(StoreError):
    """The file cannot be read or written, or the server cannot be reached."""


class MigrationFailed(StoreError):
    """Upgrading the schema failed; the file was put back as it was."""
