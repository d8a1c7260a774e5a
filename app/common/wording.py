"""Sentences a user reads, each in Italian, Japanese and English, with ``{placeholders}``.

A :class:`Wording` is one sentence in the three languages, declared once beside the code that
says it (each package keeps its own in a ``messages.py``). Calling it with the values of its
placeholders gives a :class:`Message`, which the command line prints in English and the
window in its own language. Plain tables, never the OS locale, as for the documents.
"""

from __future__ import annotations

import string
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from types import MappingProxyType

LANGUAGES = ("it", "ja", "en")
FALLBACK = "en"


@dataclass(frozen=True)
class Wording:
    """One sentence in Italian, Japanese and English; ``key`` names it in tests and logs."""

    key: str
    en: str
    it: str
    ja: str

    def __call__(self, **params: object) -> Message:
        return Message(self, MappingProxyType(dict(params)))

    def template(self, lang: str) -> str:
        """The sentence in ``lang`` ("it", "ja", "en"); English for any other code."""
        return {"it": self.it, "ja": self.ja}.get(str(lang), self.en)

    def placeholders(self, lang: str) -> frozenset[str]:
        """The names between braces in ``lang``'s sentence."""
        return frozenset(
            name for _, name, _, _ in string.Formatter().parse(self.template(lang)) if name
        )


@dataclass(frozen=True)
class Message:
    """A :class:`Wording` with the values of its placeholders. A value may itself be a
    :class:`Message` (a reason inside a sentence): it is worded in the same language."""

    wording: Wording
    params: Mapping[str, object] = field(default_factory=dict)

    def text(self, lang: str = FALLBACK) -> str:
        values = {k: v.text(lang) if isinstance(v, Message) else v for k, v in self.params.items()}
        try:
            return self.wording.template(lang).format(**values)
        except (KeyError, IndexError, ValueError):  # a translation with a broken placeholder
            return self.wording.en.format(**values)

    def __str__(self) -> str:
        return self.text(FALLBACK)

    def __reduce__(self) -> tuple[object, ...]:
        # A mapping proxy cannot be pickled, and a message crosses between processes inside
        # the errors that worker processes (the documents' renderers) send back.
        return (_message, (self.wording, dict(self.params)))


def _message(wording: Wording, params: dict[str, object]) -> Message:
    return wording(**params)


def listed(items: Sequence[Message], link: Wording) -> Message:
    """The items as one message, joined by ``link`` (a wording of ``{first}`` and ``{rest}``,
    such as "{first}; {rest}"), so that each item is worded in the reader's language."""
    if not items:
        raise ValueError("nothing to list")
    if len(items) == 1:
        return items[0]
    return link(first=items[0], rest=listed(items[1:], link))


def join(messages: tuple[Message, ...] | list[Message], lang: str, sep: str = " ") -> str:
    """Several messages as one text in ``lang``."""
    return sep.join(m.text(lang) for m in messages)
