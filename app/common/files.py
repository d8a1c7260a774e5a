"""The one way Ponte writes a file: a good file is never replaced by a half-written one.

The content goes to a temporary file in the destination's folder, is flushed to disk, gets
its mode, and only then replaces the destination (a rename, atomic on one file system). A
failure at any point removes the temporary file and leaves the destination as it was.

Files are readable by their owner only (0600), as Ponte's database is: nearly everything
Ponte writes names people (agendas, badges, calendars, e-mails, exports, settings). Only a
file that holds no personal data may be written ``shared`` (0644). The folders Ponte creates
for them are its owner's only too (0700): a 0600 file in a 0755 folder still shows its name,
and an agenda's name is a person's.

Every folder a private file is written to is noted in a register (``written-folders.json``
in the user's data folder, once :func:`keep_register` names it): after an erasure Ponte
looks there for the files it made earlier that still name the person
(:mod:`app.services.erasure_traces`). The folders Ponte created are marked so, and are
tightened to 0700 when written to again; a folder the user chose and that already existed
is left as it is.
"""

from __future__ import annotations

import contextlib
import json
import os
import tempfile
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from app.common import messages as msg
from app.common.errors import UserError

if TYPE_CHECKING:
    from app.common.paths import Paths

PRIVATE = 0o600
SHARED = 0o644
PRIVATE_FOLDER = 0o700


class FileWriteError(UserError):
    """A folder or file could not be written (permissions, a full disk, a folder in the way)."""


def _reason(exc: OSError) -> str:
    return exc.strerror or str(exc)


def ensure_folder(folder: Path) -> Path:
    """``folder``, created if missing (0700, as each missing folder above it: Ponte made
    them); a :class:`FileWriteError` if it cannot be written to. An existing folder keeps its
    mode unless Ponte's register says Ponte made it, which is tightened to 0700."""
    created = _create_private(folder)
    if not folder.is_dir():
        raise FileWriteError(msg.NOT_A_FOLDER(folder=folder))
    if not created and _made_by_ponte(folder):
        _tighten(folder)
    if not os.access(folder, os.W_OK | os.X_OK):
        raise FileWriteError(msg.FOLDER_NOT_WRITABLE(folder=folder))
    if created:
        _remember(folder, created=True)
    return folder


def make_private_folder(folder: Path) -> Path:
    """One of Ponte's own folders (its data, settings, documents, logs, drafts): created
    0700 if missing, and tightened to 0700 if it exists (an older Ponte made it 0755)."""
    created = _create_private(folder)
    if not folder.is_dir():
        raise FileWriteError(msg.NOT_A_FOLDER(folder=folder))
    if not created:
        _tighten(folder)
    if not os.access(folder, os.W_OK | os.X_OK):
        raise FileWriteError(msg.FOLDER_NOT_WRITABLE(folder=folder))
    return folder


def _create_private(folder: Path) -> bool:
    """Create ``folder`` and the missing folders above it, each 0700; True if it was made."""
    try:
        return create_folders(folder)
    except OSError as exc:
        raise FileWriteError(msg.CANNOT_CREATE_FOLDER(folder=folder, reason=_reason(exc))) from exc


def create_folders(folder: Path) -> bool:
    """Create ``folder`` and the missing folders above it, each 0700 (an :class:`OSError`
    as ``mkdir`` raises it, for a caller that words it itself); True if it was made."""
    missing: list[Path] = []
    walk = folder
    while not walk.exists() and walk != walk.parent:
        missing.append(walk)
        walk = walk.parent
    for part in reversed(missing):
        try:
            part.mkdir(mode=PRIVATE_FOLDER)
        except FileExistsError:
            if not part.is_dir():
                raise
            continue  # another process made it meanwhile: it is not ours to tighten
        os.chmod(part, PRIVATE_FOLDER)  # the umask may have taken more, never less
    return bool(missing)


def _tighten(folder: Path) -> None:
    try:
        if folder.stat().st_mode & 0o077:
            os.chmod(folder, folder.stat().st_mode & 0o700 | PRIVATE_FOLDER)
    except OSError:
        pass  # not ours to change (another owner): the files in it are 0600 all the same


def keep_private(paths: Paths) -> None:
    """When Ponte starts: its own folders that exist (data, settings, documents, logs,
    backups) are tightened to 0700 — never the folders above them, which are the user's —
    and the register of written folders is kept in the data folder from now on."""
    for folder in (
        paths.data_dir,
        paths.config_dir,
        paths.documents_dir,
        paths.logs_dir,
        paths.backups_dir,
    ):
        if folder.is_dir():
            _tighten(folder)
    keep_register(paths.written_folders_file)


# --- the register of folders Ponte wrote to -----------------------------------------------

_register: Path | None = None
_known: dict[str, bool] = {}  # folder -> created by Ponte, as the register holds it


def keep_register(register: Path | None) -> None:
    """Note from now on, in ``register`` (a JSON file, 0600), every folder a private file is
    written to; None stops it (tests, a run that must not touch the user's folders)."""
    global _register
    _register = register
    _known.clear()
    if register is not None:
        _known.update(read_register(register))


def read_register(register: Path) -> dict[str, bool]:
    """The folders ``register`` holds: path -> whether Ponte created it ({} if none)."""
    try:
        data = json.loads(register.read_text(encoding="utf-8"))
        folders = data.get("folders", {})
        return {str(k): bool(v.get("created")) for k, v in folders.items()}
    except (OSError, ValueError, AttributeError):
        return {}


def written_folders(register: Path) -> list[Path]:
    """The folders Ponte wrote private files to, as ``register`` lists them."""
    return [Path(folder) for folder in read_register(register)]


def _made_by_ponte(folder: Path) -> bool:
    return _known.get(str(folder.resolve()), False)


def _scratch(folder: Path) -> bool:
    """A scratch folder of Ponte's own in the system's temporary folder (deleted at once)."""
    return folder.name.startswith("ponte-") and folder.parent == Path(tempfile.gettempdir())


def _remember(folder: Path, *, created: bool = False) -> None:
    register = _register
    if register is None or _scratch(folder):
        return
    key = str(folder.resolve())
    if key in _known and (_known[key] or not created):
        return
    if folder.resolve() == register.parent.resolve():
        _known[key] = True
        return  # Ponte's data folder: the register's own home, made by Ponte
    merged = read_register(register)  # another Ponte may have added some meanwhile
    merged[key] = merged.get(key, False) or created
    _known.update(merged)
    data = {"folders": {k: {"created": v} for k, v in sorted(merged.items())}}
    text = json.dumps(data, ensure_ascii=False, indent=2) + "\n"
    try:
        make_private_folder(register.parent)
        temporary = _temporary_beside(register)
        try:
            temporary.write_text(text, encoding="utf-8")
            os.chmod(temporary, PRIVATE)
            os.replace(temporary, register)
        finally:
            temporary.unlink(missing_ok=True)
    except (OSError, FileWriteError):
        pass  # the register helps find files after an erasure; it never stops a write


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
        if not shared:
            _remember(destination.parent)
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
        if not shared:
            for folder in {destination.parent for destination, _ in files}:
                _remember(folder)
    except OSError as exc:
        folder = files[len(staged) - 1][0].parent if staged else Path(".")
        raise FileWriteError(msg.CANNOT_WRITE_IN(folder=folder, reason=_reason(exc))) from exc
    finally:
        for temporary, _ in staged:
            temporary.unlink(missing_ok=True)
    return [destination for _, destination in staged]
