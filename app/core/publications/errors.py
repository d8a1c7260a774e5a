"""The one error of publications."""

from __future__ import annotations


class PublicationError(ValueError):
    """The mission cannot be published (or compared) as it is; the message says why."""
