"""A form's values refused, field by field, with sentences of the action's own (a problem the
shared checks of :mod:`app.core.validation` do not word, such as "an interpreter needs at
least two languages").

:class:`FieldsRefused` is a :class:`~app.core.validation.ValidationError`, so the window's
forms show each problem under its field, in the window's language, as they do for the shared
checks; the command line prints them all in English ("Error: Languages: An interpreter …").
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from types import MappingProxyType

from app.common.errors import UserError
from app.common.wording import Message, Wording, listed
from app.core.validation import FieldError, Problem, ValidationError
from app.services import messages as msg


@dataclass(frozen=True)
class WordedFieldError(FieldError):
    """A field's problem worded by the action (``problem`` is only its broad kind)."""

    worded: Message | None = None

    @property
    def said(self) -> Message:
        return self.worded if self.worded is not None else super().said


class FieldsRefused(ValidationError):
    """What is wrong, per field (``""`` for the record as a whole). ``worded``: the first
    problem of each field."""

    def __init__(self, problems: list[tuple[str, Message]], labels: Mapping[str, Wording]) -> None:
        if not problems:
            raise ValueError("nothing refused")
        self.errors = tuple(
            WordedFieldError(name, Problem.CHOICE, {}, problem) for name, problem in problems
        )
        first: dict[str, Message] = {}
        for name, problem in problems:
            first.setdefault(name, problem)
        self.worded: Mapping[str, Message] = MappingProxyType(first)
        each = [
            msg.FIELD_REFUSED(field=labels[name](), problem=problem) if name in labels else problem
            for name, problem in problems
        ]
        UserError.__init__(self, listed(each, msg.REFUSED_LIST))


class Problems:
    """Gathers problems while checking a form's values, then refuses them all at once."""

    def __init__(self, labels: Mapping[str, Wording]) -> None:
        self.labels = labels
        self.items: list[tuple[str, Message]] = []

    def add(self, field_name: str, problem: Message) -> None:
        self.items.append((field_name, problem))

    def add_validation(self, error: ValidationError) -> None:
        """The problems the shared checks found (names, e-mail, language codes …)."""
        for e in error.errors:
            self.add(e.field, e.said)

    def has(self, field_name: str) -> bool:
        return any(name == field_name for name, _ in self.items)

    def raise_if_any(self) -> None:
        if self.items:
            raise FieldsRefused(self.items, self.labels)
