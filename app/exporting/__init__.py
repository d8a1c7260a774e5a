"""Exports for the coordinator's spreadsheets (.xlsx, .csv) and the personal-data export
(GDPR Art. 20). Headless: read from the store into plain tables, then written by
``xlsx.py`` or ``csv_out.py``; ``personal_data.py`` writes one participant's JSON."""

from app.exporting.errors import ExportError
from app.exporting.tables import WHATS, Column, Kind, Sheet, export_sheets

__all__ = ["WHATS", "Column", "ExportError", "Kind", "Sheet", "export_sheets"]
