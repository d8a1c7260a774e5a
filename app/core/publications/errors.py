"""The one error of publications."""

from __future__ import annotations

from app.common.errors import UserError


class PublicationError(UserError):
    """The mission cannot be published (or compared) as it is; the message says why."""
