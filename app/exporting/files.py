"""Writing an export so that a good file is never replaced by a half-written one, and so that
a file holding personal data is readable by its owner only (as Ponte's database is)."""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from pathlib import Path

from app.atomic_files import atomic_path
from app.exporting.errors import ExportError


@contextlib.contextmanager
def atomic_file(destination: Path) -> Iterator[Path]:
    """Yield a temporary path beside ``destination`` (mode 0600); on a clean exit it replaces
    ``destination``, on an exception it is deleted and ``destination`` is left as it was."""
    with atomic_path(destination, mode=0o600, error=ExportError) as temporary:
        yield temporary
