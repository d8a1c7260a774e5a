"""Writing a document so that a good file is never replaced by a half-written one.

The document is written to a temporary file in the destination folder and moved over the
destination only when it is complete; on any failure the temporary file is removed and the
previous file (if any) is left as it was.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Iterator
from pathlib import Path

from app.documents.errors import DocumentError


def ensure_folder(folder: Path) -> Path:
    """``folder``, created if missing; a :class:`DocumentError` if it cannot be written to."""
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise DocumentError(f"Cannot create the folder {folder}: {exc.strerror or exc}") from exc
    if not folder.is_dir():
        raise DocumentError(f"{folder} is not a folder.")
    if not os.access(folder, os.W_OK | os.X_OK):
        raise DocumentError(f"The folder {folder} cannot be written to (permission denied).")
    return folder


@contextlib.contextmanager
def atomic_output(destination: Path) -> Iterator[Path]:
    """Yield a temporary path beside ``destination``; on a clean exit it replaces
    ``destination``, on an exception it is deleted and ``destination`` is untouched."""
    folder = ensure_folder(destination.parent)
    if destination.is_dir():
        raise DocumentError(f"{destination} is a folder; choose a file name.")
    try:
        fd, name = tempfile.mkstemp(prefix=f".{destination.name}.", suffix=".part", dir=folder)
    except OSError as exc:
        raise DocumentError(f"Cannot write in {folder}: {exc.strerror or exc}") from exc
    os.close(fd)
    temporary = Path(name)
    try:
        yield temporary
        os.chmod(temporary, 0o644)  # mkstemp makes it private; a document is meant to be shared
        with open(temporary, "rb+") as written:
            os.fsync(written.fileno())
        os.replace(temporary, destination)
    except OSError as exc:
        raise DocumentError(f"Cannot write {destination}: {exc.strerror or exc}") from exc
    finally:
        temporary.unlink(missing_ok=True)


def write_pdf(path: Path, pdf: bytes) -> Path:
    """Write finished bytes atomically: a good file is never replaced by a partial one."""
    with atomic_output(path) as temporary:
        temporary.write_bytes(pdf)
    return path
