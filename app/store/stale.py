"""A save that lost a race: the row changed between reading it and writing it.

Every record carries a ``row_version`` (:class:`app.model.base.Versioned`); the ORM adds
``AND row_version = <the version read>`` to each UPDATE and DELETE and raises
``StaleDataError`` when another connection changed the row in between. That error reaches
the coordinator as :class:`ChangedMeanwhile`, worded, and nothing of the unit of work is
written. The services check the version a form was loaded with before that
(:mod:`app.core.conflicts`), which says field by field what the other coordinator changed.
"""

from __future__ import annotations

from app.common.wording import Wording
from app.store.errors import StoreError

CHANGED_MEANWHILE = Wording(
    "store.changed_meanwhile",
    en="Someone else changed this record in {database} while you were saving it; nothing "
    "was saved. Open it again to see their changes, then save yours.",
    it="Qualcun altro ha modificato questo record in {database} mentre lo salvavi; non è "
    "stato salvato nulla. Riaprilo per vedere le sue modifiche, poi salva le tue.",
    ja="保存中に他の人が {database} のこのレコードを変更しました。何も保存されていません。"
    "もう一度開いて相手の変更を確認してから、保存し直してください。",
)


class ChangedMeanwhile(StoreError):
    """A record was changed (or deleted) by another connection since it was read; the unit
    of work was rolled back. :class:`app.core.conflicts.StaleRecord` is the one that says
    which fields differ."""


def changed_meanwhile(database: str) -> ChangedMeanwhile:
    """The coordinator's error for a write that lost a race in ``database``: an UPDATE or
    DELETE that found another version (``StaleDataError``), or, on SQLite, a unit of work
    that read and then wrote after another connection committed (SQLITE_BUSY_SNAPSHOT).
    The driver's text names mappers and row counts: nothing for the coordinator."""
    return ChangedMeanwhile(CHANGED_MEANWHILE(database=database))
