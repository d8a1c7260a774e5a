"""Lost updates refused: a save names the version it started from, and a record someone else
changed since is not overwritten but handed back field by field.

A form (or an undo, or a command-line edit) keeps what it read as :class:`Loaded` — the
values and the row's ``row_version`` then. The service reads the row again in the unit of
work that writes it; when the version moved, :func:`check_base` compares the three sets of
values — when it was opened (``base``), as it is now (``theirs``), as the coordinator wants
it (``yours``) — and a field that the other side changed to something else than yours is a
:class:`FieldDifference`. Any such field refuses the save with :class:`StaleRecord`: nothing
is merged behind the coordinator's back, even a field they did not touch; the window shows
both versions and saves what they choose against the new version.

Pure: no session, no Qt; the services (:mod:`app.core.records`) do the reading.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any, Generic, TypeVar

from app.common.wording import Message, Wording
from app.store.stale import ChangedMeanwhile

__all__ = [
    "ChangedMeanwhile",
    "FieldDifference",
    "Loaded",
    "StaleRecord",
    "check_base",
    "differences",
]

D = TypeVar("D")


@dataclass(frozen=True)
class Loaded(Generic[D]):
    """A record's values as they were read, with the row's version then: the ``base`` a
    save is checked against. Without a version (a page that shows a list of plain rows),
    the values alone are compared: a field someone changed since is still refused."""

    values: D
    version: int | None = None


@dataclass(frozen=True)
class FieldDifference:
    """One field the other coordinator changed since ``base`` to something else than yours."""

    field: str
    base: Any  # when you opened it
    theirs: Any  # as it is in the database now
    yours: Any  # as you want to save it

    @property
    def you_changed(self) -> bool:
        """Whether you edited this field too (a true clash) or only they did."""
        return bool(self.yours != self.base)

    @property
    def default(self) -> Any:
        """The value offered first: yours where you edited the field, theirs where not."""
        return self.yours if self.you_changed else self.theirs


STALE_BY = Wording(
    "core.stale_by",
    en="{who} changed {record} {id} at {when}, after you opened it ({fields}). Nothing was "
    "saved: choose which values to keep, or open it again.",
    it="{who} ha modificato {record} {id} il {when}, dopo che l'avevi aperto ({fields}). "
    "Non è stato salvato nulla: scegli quali valori tenere, o riaprilo.",
    ja="{who} が {when} に {record} {id} を変更しました（あなたが開いた後です。{fields}）。"
    "何も保存されていません。残す値を選ぶか、開き直してください。",
)
STALE = Wording(
    "core.stale",
    en="Someone else changed {record} {id} after you opened it ({fields}). Nothing was "
    "saved: choose which values to keep, or open it again.",
    it="Qualcun altro ha modificato {record} {id} dopo che l'avevi aperto ({fields}). Non è "
    "stato salvato nulla: scegli quali valori tenere, o riaprilo.",
    ja="あなたが開いた後に、他の人が {record} {id} を変更しました（{fields}）。何も保存されて"
    "いません。残す値を選ぶか、開き直してください。",
)
UNDO_REFUSED = Wording(
    "core.undo_refused",
    en="{record} {id} was changed by someone else after this step ({fields}); undoing it "
    "would overwrite their changes, so nothing was written.",
    it="{record} {id} è stato modificato da qualcun altro dopo questo passo ({fields}); "
    "annullarlo sovrascriverebbe le sue modifiche, quindi non è stato scritto nulla.",
    ja="この操作の後に他の人が {record} {id} を変更しました（{fields}）。元に戻すと相手の変更を"
    "上書きしてしまうため、何も書き込んでいません。",
)

PERIODS_CHANGED = Wording(
    "core.periods_changed",
    en="Someone else changed this person's unavailability after this step; undoing or "
    "redoing it would overwrite their change, so nothing was written.",
    it="Qualcun altro ha modificato le indisponibilità di questa persona dopo questo passo; "
    "annullarlo o ripeterlo sovrascriverebbe la sua modifica, quindi non è stato scritto nulla.",
    ja="この操作の後に他の人がこの人の不在予定を変更しました。元に戻す／やり直すと相手の変更を"
    "上書きしてしまうため、何も書き込んでいません。",
)

REQUEST_CHANGED = Wording(
    "core.request_changed",
    en="Someone else changed the request of {a} to meet {b} after this step; undoing or "
    "redoing it would overwrite their change, so nothing was written.",
    it="Qualcun altro ha modificato la richiesta di {a} di incontrare {b} dopo questo passo; "
    "annullarlo o ripeterlo sovrascriverebbe la sua modifica, quindi non è stato scritto nulla.",
    ja="この操作の後に他の人が {a} から {b} への商談希望を変更しました。元に戻す／やり直すと"
    "相手の変更を上書きしてしまうため、何も書き込んでいません。",
)


class StaleRecord(ChangedMeanwhile):
    """A save refused because the record changed since it was loaded; ``differences`` are
    the fields to choose between, ``theirs`` what is in the database now (save the choice
    with ``base=theirs``), ``who``/``when`` the last change's author and time if known."""

    def __init__(
        self,
        message: Message,
        *,
        record_id: int,
        differences: Sequence[FieldDifference],
        theirs: Loaded[Any],
        who: str | None = None,
        when: datetime | None = None,
    ) -> None:
        super().__init__(message)
        self.record_id = record_id
        self.differences = tuple(differences)
        self.theirs = theirs
        self.who = who
        self.when = when

    def chosen(self, yours: D, choices: dict[str, Any]) -> D:
        """``yours`` with the fields of ``choices`` (field name → value) put in, and every
        other differing field at its default; what to save next against ``theirs``."""
        values = {d.field: choices.get(d.field, d.default) for d in self.differences}
        return dataclasses.replace(yours, **values)  # type: ignore[type-var]


def differences(base: D, theirs: D, yours: D) -> list[FieldDifference]:
    """The fields of a record's dataclass that ``theirs`` changed since ``base`` to something
    else than ``yours``, in the dataclass's order."""
    found = []
    for f in dataclasses.fields(base):  # type: ignore[arg-type]
        was, now, want = (getattr(v, f.name) for v in (base, theirs, yours))
        if was != now and now != want:
            found.append(FieldDifference(f.name, was, now, want))
    return found


def check_base(
    base: Loaded[D],
    theirs: Loaded[D],
    yours: D,
    *,
    record: Message,
    record_id: int,
    who: str | None = None,
    when: datetime | None = None,
    undoing: bool = False,
) -> StaleRecord | None:
    """The refusal of saving ``yours`` over ``theirs`` (the row now) when it was loaded as
    ``base``; None when the save overwrites nothing the coordinator has not seen: the version
    did not move, or what moved is not among these fields or is already what they want."""
    if base.version is not None and theirs.version == base.version:
        return None
    found = differences(base.values, theirs.values, yours)
    if not found:
        return None
    fields = ", ".join(d.field for d in found)
    if undoing:
        message = UNDO_REFUSED(record=record, id=record_id, fields=fields)
    elif who:
        stamp = f"{when:%Y-%m-%d %H:%M} UTC" if when is not None else "?"
        message = STALE_BY(who=who, record=record, id=record_id, when=stamp, fields=fields)
    else:
        message = STALE(record=record, id=record_id, fields=fields)
    return StaleRecord(
        message, record_id=record_id, differences=found, theirs=theirs, who=who, when=when
    )
