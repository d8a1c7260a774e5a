"""Errors a coordinator may meet when opening or using a database; each is a
:class:`UserError` worded in it/ja/en (the sentences are in :mod:`app.store.messages`)."""

from __future__ import annotations

from app.common.errors import UserError


class StoreError(UserError):
    """A database could not be opened or used; ``str(error)`` is written for the coordinator."""


class NotAPonteDatabase(StoreError):
    """The file or database exists but was not made by Ponte."""


class NewerDatabase(StoreError):
    """The database was written by a newer Ponte whose schema this one does not know."""


class DatabaseUnavailable(StoreError):
    """The file cannot be read or written, or the server cannot be reached (or was lost)."""


class PasswordNeeded(DatabaseUnavailable):
    """The server asks for a password and none was given (none in the URL, the keyring,
    PGPASSWORD or .pgpass); the window asks for it, the command line says how to give it."""


class WrongPassword(PasswordNeeded):
    """The server refused the password given."""


class DatabaseBusy(StoreError):
    """Another program held the database's write lock for longer than Ponte waits (SQLite's
    busy timeout, PostgreSQL's lock timeout), or a concurrent change made PostgreSQL give up
    the transaction (a serialization failure, a deadlock); it was rolled back. Trying again
    a moment later usually works."""


class MigrationFailed(StoreError):
    """Upgrading the schema failed; the file was put back as it was."""


class NotPermitted(StoreError):
    """The database user may not make this change (SQLSTATE 42501), or may not upgrade the
    schema (only the owner migrates); nothing was changed."""
