"""The error exports raise, worded for the coordinator in it/ja/en."""

from __future__ import annotations

from app.common.errors import UserError


class ExportError(UserError):
    """An export could not be made (no such mission or participant, an unwritable file)."""
