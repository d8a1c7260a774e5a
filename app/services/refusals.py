"""A form's values refused, field by field: each field's problem is a worded message, so the
window shows it next to its field in its own language and the command line prints it all in
English ("Error: languages: An interpreter needs at least two languages …")."""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType

from app.common.errors import UserError
from app.common.wording import Message, Wording, listed
from app.core.validation import ValidationError
from app.services import messages as msg


class FieldsRefused(UserError):
    """What is wrong, per field (``""`` for the record as a whole): the first problem of each
    field in ``problems``, every one of them in the message."""

    def __init__(self, problems: list[tuple[str, Message]], labels: Mapping[str, Wording]) -> None:
        if not problems:
            raise ValueError("nothing refused")
        first: dict[str, Message] = {}
        for name, problem in problems:
            first.setdefault(name, problem)
        self.problems: Mapping[str, Message] = MappingProxyType(first)
        each = [
            msg.FIELD_REFUSED(field=labels[name](), problem=problem) if name in labels else problem
            for name, problem in problems
        ]
        super().__init__(listed(each, msg.REFUSED_LIST))

    def fields(self) -> frozenset[str]:
        return frozenset(self.problems)


class Problems:
    """Gathers problems while checking a form's values, then refuses them all at once."""

    def __init__(self, labels: Mapping[str, Wording]) -> None:
        self.labels = labels
        self.items: list[tuple[str, Message]] = []

    def add(self, field_name: str, problem: Message) -> None:
        self.items.append((field_name, problem))

    def add_validation(self, error: ValidationError, rename: Mapping[str, str]) -> None:
        """The problems of the shared checks (names, e-mail …), each under ``rename[field]``."""
        for e in error.errors:
            self.add(rename.get(e.field, e.field), e.said)

    def has(self, field_name: str) -> bool:
        return any(name == field_name for name, _ in self.items)

    def raise_if_any(self) -> None:
        if self.items:
            raise FieldsRefused(self.items, self.labels)
