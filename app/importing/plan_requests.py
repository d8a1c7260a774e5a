"""Meeting requests from a spreadsheet: on each row one organisation asks to meet another.

Both organisations are found by name, Latin or Japanese, as :func:`organisation_key`
compares them ("Chubu Seimitsu Kogyo Co., Ltd." and "中部精密工業" are the same one). A row
matches the saved request of the same ordered pair: A asking B is not B asking A. As
elsewhere, an update changes only the mapped cells that are not empty, so a file of pairs
alone keeps the priorities saved.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select

from app.core.validation import clean_text
from app.importing import messages as msg
from app.importing import values
from app.importing.fields import ImportKind
from app.importing.mapping import ColumnMapping
from app.importing.rows import Org, Row, RowPlan, organisation_index, outcome, rows_of
from app.importing.table import Table
from app.model import InterpreterNeed, MeetingRequest, Side
from app.store import Store


@dataclass(frozen=True)
class RequestData:
    """A meeting request as the import writes it."""

    requester_id: int
    requested_id: int
    priority: int = 3
    no_thanks: bool = False
    mandatory: bool = False
    interpreter_need: InterpreterNeed = InterpreterNeed.AUTO
    note: str = ""


def request_data(r: MeetingRequest) -> RequestData:
    return RequestData(
        requester_id=r.requester_id,
        requested_id=r.requested_id,
        priority=r.priority,
        no_thanks=r.no_thanks,
        mandatory=r.mandatory,
        interpreter_need=r.interpreter_need,
        note=r.note,
    )


def apply_request(record: MeetingRequest, data: RequestData) -> None:
    record.requester_id = data.requester_id
    record.requested_id = data.requested_id
    record.priority = data.priority
    record.no_thanks = data.no_thanks
    record.mandatory = data.mandatory
    record.interpreter_need = data.interpreter_need
    record.note = data.note


def _organisation(row: Row, key: str, index: dict[str, Org]) -> Org | None:
    if row.text(key) is None:
        row.issue(key, msg.REQUIRED(label=row.label(key)))
        return None
    return row.organisation(key, index)


def plan_requests(
    store: Store,
    mission_id: int,
    table: Table,
    mapping: ColumnMapping,
    cancelled: Callable[[], bool] | None,
) -> list[RowPlan]:
    """One plan per row: create, update or leave a request, or say what is wrong."""
    index, _ = organisation_index(store, mission_id)
    with store.session() as s:
        saved = {
            (r.requester_id, r.requested_id): (r.id, request_data(r))
            for r in s.scalars(
                select(MeetingRequest).where(MeetingRequest.mission_id == mission_id)
            )
        }
    seen: dict[tuple[int, int], int] = {}
    plans = []
    for number, row in rows_of(ImportKind.REQUESTS, table, mapping, cancelled):
        requester = _organisation(row, "requester", index)
        requested = _organisation(row, "requested", index)
        target: int | None = None
        old: RequestData | None = None
        base = RequestData(0, 0)
        if requester is not None and requested is not None:
            pair = (requester.id, requested.id)
            if requester.id == requested.id:
                row.issue("requested", msg.REQUESTS_ITSELF(label=row.label("requested")))
            elif requester.side is not None and requester.side is requested.side:
                city = msg.TURIN() if requester.side is Side.TURIN else msg.NAGOYA()
                row.notice(msg.SAME_DELEGATION(city=city))
            if pair in seen:
                row.issue("", msg.SAME_REQUEST_AS_ROW(row=seen[pair]))
            else:
                seen[pair] = number
            target, old = saved.get(pair, (None, None))
            base = old or RequestData(requester.id, requested.id)
        note = clean_text(row.text("note"), multiline=True)
        updates: dict[str, Any] = {
            "priority": row.parse("priority", values.priority),
            "no_thanks": row.parse("no_thanks", values.yes_no),
            "mandatory": row.parse("mandatory", values.yes_no),
            "interpreter_need": row.parse("interpreter_need", values.interpreter_need),
            "note": note or None,
        }
        new = dataclasses.replace(base, **{k: v for k, v in updates.items() if v is not None})
        if new.no_thanks and new.mandatory:
            row.issue("mandatory", msg.NO_THANKS_MANDATORY(label=row.label("mandatory")))
        label = " → ".join(
            (org.name if org else row.text(key) or "?")
            for org, key in ((requester, "requester"), (requested, "requested"))
        )
        plans.append(outcome(row, number, label, target, old, new))
    return plans
