"""Exporting, as actions: a mission's tables to a spreadsheet (the pages' Export buttons and
``ponte export``), and everything held about one person as JSON (GDPR Art. 20). The work is
done by :mod:`app.exporting`; the front ends reach it here."""

from __future__ import annotations

from app.exporting.errors import ExportError
from app.exporting.export import export_format, export_to
from app.exporting.personal_data import personal_data, write_personal_data
from app.exporting.tables import WHATS, Sheet

__all__ = [
    "WHATS",
    "ExportError",
    "Sheet",
    "export_format",
    "export_to",
    "personal_data",
    "write_personal_data",
]
