"""Importing a spreadsheet, as the window's Import dialog and ``ponte import`` do it, step by
step: read the file, guess (or load) which column holds which field, preview every row
checked and matched, then write the plan in one transaction. The work is done by
:mod:`app.importing`; the front ends reach it here."""

from __future__ import annotations

from app.importing.apply import ImportRefused, ImportResult, apply_import
from app.importing.errors import ImportFileError
from app.importing.fields import FIELDS, ImportKind
from app.importing.mapping import (
    ColumnMapping,
    check_mapping,
    guess_kind,
    guess_mapping,
    load_mapping,
    mapping_problems,
)
from app.importing.plan import ImportPlan, MappingError, plan_import
from app.importing.problems import FieldLabel, relabelled
from app.importing.readers import read_table, sheet_names
from app.importing.rows import Action, RowIssue
from app.importing.table import Table

__all__ = [
    "FIELDS",
    "Action",
    "ColumnMapping",
    "FieldLabel",
    "ImportFileError",
    "ImportKind",
    "ImportPlan",
    "ImportRefused",
    "ImportResult",
    "MappingError",
    "RowIssue",
    "Table",
    "apply_import",
    "check_mapping",
    "guess_kind",
    "guess_mapping",
    "load_mapping",
    "mapping_problems",
    "plan_import",
    "read_table",
    "relabelled",
    "sheet_names",
]
