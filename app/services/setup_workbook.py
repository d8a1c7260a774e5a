"""The set-up workbook: one .xlsx a chamber fills and imports to set a mission up.

:func:`write_setup_template` writes a workbook with one sheet per import kind — venues,
delegations, B2B sessions, organisations, participants, programme, interpreters, availability,
meeting requests — headed with the columns the importer recognises, and a first sheet that says
how to fill it in the reader's language. :func:`import_setup_workbook` reads such a workbook
back, sheet by sheet in that order (a session names its venue, a participant their
organisation, a programme item its venue and its audience, so each sheet is planned after the
one before is written), through the same preview and all-or-nothing rules as ``ponte import``:
a sheet with a wrong row is refused whole and the sheets after it are not read. What was
imported before it stays, and importing the workbook again after the fix matches those rows
instead of doubling them.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from app.common.errors import UserError
from app.common.wording import FALLBACK, LANGUAGES, Message
from app.exporting.tables import Column, Sheet
from app.exporting.xlsx import write_xlsx
from app.importing.apply import apply_import
from app.importing.errors import ImportFileError
from app.importing.fields import FIELDS, ImportKind, header_key
from app.importing.mapping import guess_mapping
from app.importing.messages import NO_ROWS
from app.importing.plan import plan_import
from app.importing.readers import read_table, sheet_names
from app.services import messages as msg
from app.store import Store

# The order a mission is built in: what a sheet names is imported before it.
SETUP_ORDER: tuple[str, ...] = (
    "venues",
    "delegations",
    "sessions",
    "organisations",
    "participants",
    "programme",  # after the people and organisations its audiences name
    "interpreters",
    "availability",
    "requests",
)


def setup_kinds() -> list[ImportKind]:
    """The import kinds of the workbook, in :data:`SETUP_ORDER` (those this version has)."""
    known = {k.value: k for k in ImportKind}
    return [known[name] for name in SETUP_ORDER if name in known]


def sheet_title(kind: ImportKind, lang: str = FALLBACK) -> str:
    """The sheet's name in ``lang`` (any language's name is recognised on import)."""
    return msg.SETUP_SHEET[kind.value]().text(lang)


def _kind_of_sheet(title: str) -> ImportKind | None:
    wanted = header_key(title)
    for kind in setup_kinds():
        names = {header_key(kind.value)}
        wording = msg.SETUP_SHEET[kind.value]()
        names |= {header_key(wording.text(lang)) for lang in LANGUAGES}
        if wanted in names:
            return kind
    return None


def write_setup_template(path: Path, lang: str = FALLBACK) -> Path:
    """Write the empty set-up workbook to ``path``: instructions, then one sheet per kind."""
    instructions = Sheet(
        msg.SETUP_INSTRUCTIONS_SHEET().text(lang),
        (Column(msg.SETUP_INSTRUCTIONS_HEADER().text(lang)),),
        tuple((line().text(lang),) for line in msg.SETUP_INSTRUCTIONS),
    )
    sheets = [instructions]
    for kind in setup_kinds():
        columns = tuple(Column(field.label) for field in FIELDS[kind])
        sheets.append(Sheet(sheet_title(kind, lang), columns, ()))
    return write_xlsx(path, sheets, title=msg.SETUP_TITLE().text(lang))


@dataclass(frozen=True)
class SheetImported:
    """What one sheet of the workbook wrote."""

    sheet: str
    kind: ImportKind
    created: int
    updated: int
    unchanged: int


class SetupSheetRefused(UserError):
    """A sheet had wrong rows: it and the sheets after it were not imported; ``done`` lists
    the sheets imported before it."""

    def __init__(self, message: Message, sheet: str, done: Sequence[SheetImported]) -> None:
        super().__init__(message)
        self.sheet = sheet
        self.done = tuple(done)


def import_setup_workbook(
    store: Store,
    mission_id: int,
    path: Path,
    *,
    progress: Callable[[str], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> list[SheetImported]:
    """Import each recognised sheet of ``path`` in :data:`SETUP_ORDER` (empty sheets are
    skipped); :class:`SetupSheetRefused` at the first sheet with a wrong row."""
    by_kind: dict[ImportKind, str] = {}
    for name in sheet_names(path):
        found = _kind_of_sheet(name)
        if found is not None and found not in by_kind:
            by_kind[found] = name
    if not by_kind:
        raise UserError(msg.SETUP_NO_SHEETS(name=path.name))
    done: list[SheetImported] = []
    for kind in setup_kinds():
        if kind not in by_kind:
            continue
        title = by_kind[kind]
        if cancelled is not None and cancelled():
            break
        if progress is not None:
            progress(title)
        try:
            table = read_table(path, sheet=title)
        except ImportFileError as e:
            if e.message.wording is NO_ROWS:  # a sheet left empty: skipped
                continue
            raise
        plan = plan_import(store, mission_id, table, guess_mapping(kind, table.headers))
        errors = plan.errors
        if errors:
            first = errors[0]
            raise SetupSheetRefused(
                msg.SETUP_SHEET_REFUSED(
                    sheet=title,
                    errors=len(errors),
                    row=first.row_number,
                    problem=first.issues[0].message if first.issues else "",
                    done=", ".join(d.sheet for d in done) or "—",
                ),
                title,
                done,
            )
        result = apply_import(store, plan)
        done.append(SheetImported(title, kind, result.created, result.updated, result.unchanged))
    return done
