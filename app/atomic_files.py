"""Writing a file so that a good one is never replaced by a half-written one: the content
goes to a temporary file beside it, which replaces it only once complete and on disk."""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Callable, Iterator
from pathlib import Path


@contextlib.contextmanager
def atomic_path(
    destination: Path, *, mode: int, error: Callable[[str], Exception]
) -> Iterator[Path]:
    """Yield a temporary path beside ``destination``; on a clean exit it gets ``mode`` and
    replaces ``destination``, on an exception it is deleted and ``destination`` is left as
    it was. Problems with the folder or the disk become ``error(message)``."""
    folder = destination.parent
    if destination.is_dir():
        raise error(f"{destination} is a folder; choose a file name.")
    try:
        folder.mkdir(parents=True, exist_ok=True)
        fd, name = tempfile.mkstemp(prefix=f".{destination.name}.", suffix=".part", dir=folder)
    except OSError as exc:
        raise error(f"Cannot write in {folder}: {exc.strerror or exc}") from exc
    os.close(fd)
    temporary = Path(name)
    try:
        yield temporary
        os.chmod(temporary, mode)
        with open(temporary, "rb+") as written:
            os.fsync(written.fileno())
        os.replace(temporary, destination)
    except OSError as exc:
        raise error(f"Cannot write {destination}: {exc.strerror or exc}") from exc
    finally:
        temporary.unlink(missing_ok=True)
