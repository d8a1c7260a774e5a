"""The errors documents raise: each a :class:`UserError` carrying one of
:mod:`app.documents.messages`, worded for the coordinator in it/ja/en."""

from __future__ import annotations

from app.common.errors import UserError


class DocumentError(UserError):
    """A document could not be made (a missing font, an unwritable folder, nothing to print)."""


class DocumentsCancelled(DocumentError):
    """Generation was stopped by the user; the documents already written are complete."""
