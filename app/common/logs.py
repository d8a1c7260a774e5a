"""Ponte's log: a rotating file in the data folder, so a coordinator can send it to us."""

from __future__ import annotations

import logging
from logging.handlers import RotatingFileHandler
from pathlib import Path

from app.common.paths import Paths

LOG_FORMAT = "%(asctime)s %(levelname)s %(name)s [%(threadName)s] %(message)s"


def configure_logging(paths: Paths, level: int = logging.INFO) -> Path:
    """Send log records to ``<data>/logs/ponte.log`` (1 MB × 5 kept); returns the file's path."""
    folder = paths.data_dir / "logs"
    folder.mkdir(parents=True, exist_ok=True)
    target = folder / "ponte.log"
    root = logging.getLogger()
    if not any(getattr(h, "baseFilename", None) == str(target) for h in root.handlers):
        handler = RotatingFileHandler(target, maxBytes=1_000_000, backupCount=5, encoding="utf-8")
        handler.setFormatter(logging.Formatter(LOG_FORMAT))
        root.addHandler(handler)
    root.setLevel(level)
    return target
