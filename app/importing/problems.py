"""The pieces of what the importer says about a row or a column: a cell that is not what its
field holds (:class:`CellError`), a field's label in a sentence (:class:`FieldLabel`), and a
list of messages worded as one.

A sentence about a field names it by its label. The importer writes the English label; the
window, which names every field in its own language already, puts that name in its place
(:func:`relabelled`), so a Japanese window reads the whole sentence in Japanese.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from app.common.errors import UserError
from app.common.wording import Message


class CellError(UserError, ValueError):
    """A cell that is not what its field holds ("'31/02/2027' is not a date"), worded for the
    row's report. A ValueError too, as the parsers raised before they said it in it/ja/en."""


@dataclass(frozen=True)
class FieldLabel:
    """A field named in a sentence: its key, and the label the importer writes (English)."""

    key: str
    english: str

    def __str__(self) -> str:
        return self.english


def relabelled(message: Message, name: Callable[[FieldLabel], str]) -> Message:
    """``message`` with each field's label (also in a message inside it) replaced by
    ``name(label)``: the window's own name of the field, in its language."""
    params: dict[str, object] = {}
    for key, value in message.params.items():
        if isinstance(value, FieldLabel):
            value = name(value)
        elif isinstance(value, Message):
            value = relabelled(value, name)
        params[key] = value
    return message.wording(**params)
