"""Writing a document so that a good file is never replaced by a half-written one.

The document is written to a temporary file in the destination folder and moved over the
destination only when it is complete; on any failure the temporary file is removed and the
previous file (if any) is left as it was.
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Iterator
from pathlib import Path

from app.atomic_files import atomic_path
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
    ensure_folder(destination.parent)
    # 0644: mkstemp makes the file private; a document is meant to be shared
    with atomic_path(destination, mode=0o644, error=DocumentError) as temporary:
        yield temporary


def write_pdf(path: Path, pdf: bytes) -> Path:
    """Write finished bytes atomically: a good file is never replaced by a partial one."""
    with atomic_output(path) as temporary:
        temporary.write_bytes(pdf)
    return path
