"""Validation problems from the actions, as sentences in the window's language (worded once,
in app/core/validation_messages.py)."""

from __future__ import annotations

from app.core.validation import FieldError, ValidationError
from ui.i18n import current_language


def problem_text(error: FieldError) -> str:
    """The sentence shown next to the field, in the window's language."""
    return error.said.text(current_language())


def field_messages(error: ValidationError) -> dict[str, str]:
    """One translated sentence per field (all problems of a field, one per line)."""
    out: dict[str, list[str]] = {}
    for item in error.errors:
        text = problem_text(item)
        if text not in out.setdefault(item.field, []):
            out[item.field].append(text)
    return {name: "\n".join(texts) for name, texts in out.items()}


def summary(error: ValidationError) -> str:
    """All problems in one text (for an undo that failed, where there is no form)."""
    return "\n".join(problem_text(e) for e in error.errors)
