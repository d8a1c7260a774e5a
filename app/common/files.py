"""The one way Ponte writes a file: a good file is never replaced by a half-written one.

The content goes to a temporary file in the destination's folder, is flushed to disk, gets
its mode, and only then replaces the destination (a rename, atomic on one file system). A
failure at any point removes the temporary file and leaves the destination as it was.

Files are readable by their owner only (0600), as Ponte's database is: nearly everything
Ponte writes names people (agendas, badges, calendars, e-mails, exports, settings). Only a
file that holds no personal data may be written ``shared`` (0644).
"""

from __future__ import annotations

import contextlib
import json
import os
import tempfile
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path

from app.common import messages as msg
from app.common.errors import UserError

PRIVATE = 0o600
SHARED = 0o644


class FileWriteError(UserError):
    """A folder or file could not be written (permissions, a full disk, a folder in the way)."""


def _reason(exc: OSError) -> str:
    return exc.strerror or str(exc)


def ensure_folder(folder: Path) -> Path:
    """``folder``, created if missing; a :class:`FileWriteError` if it cannot be written to."""
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise FileWriteError(msg.CANNOT_CREATE_FOLDER(folder=folder, reason=_reason(exc))) from exc
    if not folder.is_dir():
        raise FileWriteError(msg.NOT_A_FOLDER(folder=folder))
    if not os.access(folder, os.W_OK | os.X_OK):
        raise FileWriteError(msg.FOLDER_NOT_WRITABLE(folder=folder))
    return folder


def _open_beside(destination: Path) -> tuple[int, Path]:
    """A new temporary file, open, in ``destination``'s folder (which must exist)."""
    try:
        fd, name = tempfile.mkstemp(
            prefix=f".{destination.name}.", suffix=".part", dir=destination.parent
        )
    except OSError as exc:
        raise FileWriteError(
            msg.CANNOT_WRITE_IN(folder=destination.parent, reason=_reason(exc))
        ) from exc
    return fd, Path(name)


def _temporary_beside(destination: Path) -> Path:
    if destination.is_dir():
        raise FileWriteError(msg.IS_A_FOLDER(path=destination))
    ensure_folder(destination.parent)
    fd, temporary = _open_beside(destination)
    os.close(fd)
    return temporary


def _flush(files: Sequence[Path]) -> None:
    """Make written files durable: one ``sync`` for many where the system has it (500 fsyncs
    took longer than building 500 calendars), else an fsync per file (Windows)."""
    if len(files) > 1 and hasattr(os, "sync"):
        os.sync()
        return
    for path in files:
        with open(path, "rb+") as handle:
            os.fsync(handle.fileno())


@contextlib.contextmanager
def atomic_path(destination: Path, *, shared: bool = False) -> Iterator[Path]:
    """Yield a temporary path beside ``destination`` to write; on a clean exit it is flushed,
    gets its mode (0600, or 0644 when ``shared``) and replaces ``destination``; on an
    exception it is deleted and ``destination`` is left as it was."""
    temporary = _temporary_beside(destination)
    try:
        yield temporary
        os.chmod(temporary, SHARED if shared else PRIVATE)
        _flush([temporary])
        os.replace(temporary, destination)
    except OSError as exc:
        raise FileWriteError(msg.CANNOT_WRITE(path=destination, reason=_reason(exc))) from exc
    finally:
        temporary.unlink(missing_ok=True)


def write_file(destination: Path, content: bytes | str, *, shared: bool = False) -> Path:
    """Write ``content`` (text as UTF-8) to ``destination`` atomically; return the path."""
    data = content.encode("utf-8") if isinstance(content, str) else content
    with atomic_path(destination, shared=shared) as temporary:
        temporary.write_bytes(data)
    return destination


def write_json(destination: Path, data: object, *, shared: bool = False) -> Path:
    """``data`` as indented UTF-8 JSON (non-ASCII kept as is), atomically."""
    text = json.dumps(data, ensure_ascii=False, indent=2) + "\n"
    return write_file(destination, text, shared=shared)


Progress = Callable[[int, int], None]


def write_files(
    files: Sequence[tuple[Path, Callable[[], bytes]]],
    *,
    shared: bool = False,
    progress: Progress | None = None,
) -> list[Path]:
    """Write a batch: each ``(destination, build)`` is built and written beside its
    destination, all are flushed to disk together, then each replaces its destination. A
    failure before the renames (a full disk, a folder in the way) leaves every destination
    as it was. ``progress(done, total)`` follows the building."""
    for destination, _ in files:
        if destination.is_dir():
            raise FileWriteError(msg.IS_A_FOLDER(path=destination))
    for folder in {destination.parent for destination, _ in files}:
        ensure_folder(folder)
    staged: list[tuple[Path, Path]] = []
    try:
        for done, (destination, build) in enumerate(files, 1):
            fd, temporary = _open_beside(destination)
            staged.append((temporary, destination))
            with os.fdopen(fd, "wb") as handle:
                handle.write(build())
            os.chmod(temporary, SHARED if shared else PRIVATE)
            if progress is not None:
                progress(done, len(files))
        _flush([temporary for temporary, _ in staged])
        for temporary, destination in staged:
            os.replace(temporary, destination)
    except OSError as exc:
        folder = files[len(staged) - 1][0].parent if staged else Path(".")
        raise FileWriteError(msg.CANNOT_WRITE_IN(folder=folder, reason=_reason(exc))) from exc
    finally:
        for temporary, _ in staged:
            temporary.unlink(missing_ok=True)
    return [destination for _, destination in staged]
