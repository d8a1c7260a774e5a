"""The one error type a user meets: :class:`UserError`.

Anything a user can cause or put right (a missing file, a wrong mission, a database another
program holds) is raised as a ``UserError`` carrying a :class:`~app.common.wording.Message`:
``str(error)`` is the English sentence (the command line, the log), ``error.text(lang)`` the
same sentence in the window's language. Each front end has one handler for it: the CLI prints
it and exits with status 1, the window shows it; neither ever shows a Python traceback for
it. Anything else that escapes is a bug, and is logged with its traceback.
"""

from __future__ import annotations

from typing import Any

from app.common.wording import FALLBACK, Message


class UserError(Exception):
    """Something a user caused or can put right, worded for them in it/ja/en."""

    def __init__(self, message: Message) -> None:
        self.message = message
        super().__init__(message.text(FALLBACK))

    def text(self, lang: str = FALLBACK) -> str:
        """The message in ``lang`` ("it", "ja" or "en")."""
        return self.message.text(lang)

    def __reduce__(self) -> tuple[object, ...]:
        # An exception pickles as ``cls(*args)``, and args is the English text, not the
        # message: rebuilt from the message instead, so that an error a worker process raises
        # (documents render in worker processes) comes back as itself, in every language.
        return (_rebuilt, (type(self), self.message, dict(self.__dict__)))


def _rebuilt(kind: type[UserError], message: Message, state: dict[str, Any]) -> UserError:
    error = kind.__new__(kind)
    UserError.__init__(error, message)
    error.__dict__.update(state)
    return error
