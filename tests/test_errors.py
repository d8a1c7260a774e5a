"""An unexpected error is logged and shown, not lost."""

from __future__ import annotations

import logging
import sys
from pathlib import Path

import pytest

from app.common.logs import configure_logging
from app.common.paths import Paths
from ui.errors import install_error_hook


def test_uncaught_error_is_logged_and_shown(paths: Paths, qapp: object) -> None:
    """The hook writes the traceback to the log file and tells the user where it is."""
    log_file = configure_logging(paths)
    shown: list[tuple[str, str]] = []
    previous = install_error_hook(lambda title, text: shown.append((title, text)), log_file)
    try:
        try:
            raise RuntimeError("table T7 vanished")
        except RuntimeError:
            sys.excepthook(*sys.exc_info())  # type: ignore[arg-type]
    finally:
        sys.excepthook = previous
        for handler in list(logging.getLogger().handlers):
            if getattr(handler, "baseFilename", None) == str(log_file):
                logging.getLogger().removeHandler(handler)
                handler.close()
    assert shown and "table T7 vanished" in shown[0][1]
    assert str(log_file) in shown[0][1]
    text = Path(log_file).read_text(encoding="utf-8")
    assert "RuntimeError: table T7 vanished" in text
    assert "Traceback" in text


def test_log_file_is_in_the_data_folder(paths: Paths) -> None:
    log_file = configure_logging(paths)
    try:
        assert log_file.parent == paths.data_dir / "logs"
    finally:
        for handler in list(logging.getLogger().handlers):
            if getattr(handler, "baseFilename", None) == str(log_file):
                logging.getLogger().removeHandler(handler)
                handler.close()
        logging.getLogger().setLevel(logging.WARNING)


@pytest.fixture(autouse=True)
def _restore_root_level() -> object:
    level = logging.getLogger().level
    yield
    logging.getLogger().setLevel(level)
