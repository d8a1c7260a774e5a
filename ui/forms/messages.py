"""Validation problems from the services, as translated sentences."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from app.core.validation import FieldError, Problem, ValidationError

translate = QCoreApplication.translate  # lupdate finds calls named "translate"


def problem_text(error: FieldError) -> str:
    """The sentence shown next to the field, in the UI language."""
    p = error.problem
    params = dict(error.params)
    if p is Problem.REQUIRED:
        text = translate("Validation", "This field is required.")
    elif p is Problem.TOO_LONG:
        text = translate("Validation", "This is too long (at most {limit} characters).")
    elif p is Problem.NOT_LATIN:
        text = translate(
            "Validation", "Write this in Latin letters; Japanese script has its own fields."
        )
    elif p is Problem.NOT_KANA:
        text = translate("Validation", "Write the reading in kana (hiragana or katakana).")
    elif p is Problem.EMAIL_SYNTAX:
        text = translate("Validation", "This is not an e-mail address (expected name@example.com).")
    elif p is Problem.EMAIL_TAKEN:
        text = translate(
            "Validation", "Another participant of this mission already has this e-mail."
        )
    elif p is Problem.NAME_TAKEN:
        text = translate(
            "Validation", "Another organisation of this mission already has this name."
        )
    elif p is Problem.LANGUAGE_CODE:
        text = translate(
            "Validation", '"{code}" is not a two-letter ISO 639-1 language code (e.g. it, ja, en).'
        )
    elif p is Problem.SECTOR:
        text = translate("Validation", '"{value}" is not a known sector.')
    elif p is Problem.CHOICE:
        text = translate("Validation", '"{value}" is not one of the choices.')
    elif p is Problem.NOT_IN_MISSION:
        text = translate("Validation", "This belongs to another mission.")
    elif p is Problem.MAX_MEETINGS:
        text = translate(
            "Validation", "The maximum number of meetings must be at least 1 (or no limit)."
        )
    elif p is Problem.PARALLEL_MEETINGS:
        text = translate("Validation", "Parallel meetings must be at least 1.")
    elif p is Problem.WEBSITE:
        text = translate("Validation", "This is not a web address (expected https://example.com).")
    elif p is Problem.PHONE:
        text = translate("Validation", "A phone number has digits, spaces and + ( ) - . only.")
    elif p is Problem.CONFLICT:
        text = translate("Validation", "This could not be put back: {reason}")
    else:
        return error.message
    try:
        return text.format(**params)
    except (KeyError, IndexError, ValueError):  # a translation with a broken placeholder
        return error.message


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
