"""The one error documents raise: its message is meant for the coordinator, as it is."""

from __future__ import annotations


class DocumentError(Exception):
    """A document could not be made (a missing font, an unwritable folder, nothing to print)."""
