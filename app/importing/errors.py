"""What stops an import, said so a coordinator knows what to do."""

from __future__ import annotations

from app.common.errors import UserError


class ImportFileError(UserError):
    """The file cannot be read as a spreadsheet (not one, too big, damaged, hostile); the
    message names the file and what is wrong. Nothing was written to the database."""
