"""Ponte's log: a rotating file in the data folder, so a coordinator can send it to us."""

from __future__ import annotations

import logging
import os
from io import TextIOWrapper
from logging.handlers import RotatingFileHandler
from pathlib import Path

from app.common.files import PRIVATE, make_private_folder
from app.common.paths import Paths

LOG_FORMAT = "%(asctime)s %(levelname)s %(name)s [%(threadName)s] %(message)s"


class PrivateRotatingFileHandler(RotatingFileHandler):
    """A rotating log whose files are their owner's only (0600), as every file Ponte writes
    that may name people: a log line can carry a name or an e-mail address."""

    def _open(self) -> TextIOWrapper:
        fd = os.open(self.baseFilename, os.O_WRONLY | os.O_APPEND | os.O_CREAT, PRIVATE)
        os.chmod(self.baseFilename, PRIVATE)  # an older Ponte's log was 0644
        return open(fd, "a", encoding=self.encoding, errors=self.errors)


def configure_logging(paths: Paths, level: int = logging.INFO) -> Path:
    """Send log records to ``<data>/logs/ponte.log`` (1 MB × 5 kept, each 0600 in a 0700
    folder); returns the file's path."""
    folder = make_private_folder(paths.logs_dir)
    make_private_folder(paths.data_dir)
    for old in folder.glob("ponte.log*"):
        old.chmod(PRIVATE)
    target = folder / "ponte.log"
    root = logging.getLogger()
    if not any(getattr(h, "baseFilename", None) == str(target) for h in root.handlers):
        handler = PrivateRotatingFileHandler(
            target, maxBytes=1_000_000, backupCount=5, encoding="utf-8"
        )
        handler.setFormatter(logging.Formatter(LOG_FORMAT))
        root.addHandler(handler)
    root.setLevel(level)
    return target
