"""The errors documents raise: their messages are meant for the coordinator, as they are."""

from __future__ import annotations


class DocumentError(Exception):
    """A document could not be made (a missing font, an unwritable folder, nothing to print)."""


class DocumentsCancelled(DocumentError):
    """Generation was stopped by the user; the documents already written are complete."""
