"""Unexpected errors: logged with their traceback, and shown, instead of lost in a console."""

from __future__ import annotations

import logging
import sys
from collections.abc import Callable
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QCoreApplication

from app.common.errors import UserError
from app.core.validation import ValidationError
from ui.forms.messages import summary
from ui.i18n import current_language

log = logging.getLogger(__name__)

Hook = Callable[[type[BaseException], BaseException, TracebackType | None], object]


def install_error_hook(show: Callable[[str, str], object], log_file: Path) -> Hook:
    """Route uncaught exceptions (e.g. raised in a slot) to the log and to ``show(title, text)``.

    Returns the previous hook, so tests can put it back.
    """
    previous = sys.excepthook

    def hook(kind: type[BaseException], error: BaseException, tb: TracebackType | None) -> None:
        if issubclass(kind, KeyboardInterrupt):
            previous(kind, error, tb)
            return
        log.error("unexpected error", exc_info=(kind, error, tb))
        title = QCoreApplication.translate("Errors", "Unexpected error")
        text = QCoreApplication.translate(
            "Errors",
            "Something went wrong: {error}\n\nWhat was saved is safe. Details: {log}",
        ).format(error=error, log=log_file)
        show(title, text)

    sys.excepthook = hook
    return previous


def is_user_error(exc: BaseException) -> bool:
    """Whether ``exc`` is something a user caused or can put right (else it is a defect)."""
    # OSError: the disk or the network, which no check of ours can rule out
    return isinstance(exc, UserError | OSError)


def failure_text(exc: BaseException) -> str:
    """What a page shows in place of what failed: a user's error in the window's language;
    a defect is logged with its traceback and named as it is (the page keeps working)."""
    if is_user_error(exc):
        return user_message(exc)
    log.error("unexpected error", exc_info=exc)
    return str(exc) or type(exc).__name__


def user_message(exc: BaseException) -> str:
    """What a user reads about ``exc``, in the window's language: the one place where the
    window words the errors of the actions. Anything that is not a user's error is a defect
    and is raised again, for the error hook to log and show."""
    if isinstance(exc, ValidationError):
        return summary(exc)
    if isinstance(exc, UserError):
        return exc.text(current_language())
    if isinstance(exc, OSError):
        return exc.strerror or str(exc)
    raise exc
