"""The error exports raise: its message is meant for the coordinator, as it is."""

from __future__ import annotations


class ExportError(Exception):
    """An export could not be made (no such mission or participant, an unwritable file)."""
