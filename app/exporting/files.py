"""Writing an export so that a good file is never replaced by a half-written one, and so that
a file holding personal data is readable by its owner only (as Ponte's database is)."""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Iterator
from pathlib import Path

from app.exporting.errors import ExportError


@contextlib.contextmanager
def atomic_file(destination: Path) -> Iterator[Path]:
    """Yield a temporary path beside ``destination`` (mode 0600); on a clean exit it replaces
    ``destination``, on an exception it is deleted and ``destination`` is left as it was."""
    folder = destination.parent
    if destination.is_dir():
        raise ExportError(f"{destination} is a folder; choose a file name.")
    try:
        folder.mkdir(parents=True, exist_ok=True)
        fd, name = tempfile.mkstemp(prefix=f".{destination.name}.", suffix=".part", dir=folder)
    except OSError as exc:
        raise ExportError(f"Cannot write in {folder}: {exc.strerror or exc}") from exc
    os.close(fd)
    temporary = Path(name)
    try:
        yield temporary
        with open(temporary, "rb+") as written:
            os.fsync(written.fileno())
        os.replace(temporary, destination)
    except OSError as exc:
        raise ExportError(f"Cannot write {destination}: {exc.strerror or exc}") from exc
    finally:
        temporary.unlink(missing_ok=True)
