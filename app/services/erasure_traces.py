"""After an erasure: the files Ponte made before (agendas, badges, sheets, calendars, e-mail
drafts, exports) that still name an erased person, found so the coordinator can delete them.

Where: the folders Ponte wrote personal data to (its register, ``written-folders.json``, see
:mod:`app.common.files`), the documents folder, and any folder the coordinator names. What:
a person's full name (either order, Latin or kanji) or e-mail address, in the file's name or
its text — .ics and .eml read as text (an .eml's attachments too), .xlsx through its shared
strings, PDFs through the small reader below, which reads the text of the PDFs Ponte makes
(reportlab: TrueType subsets, each with a ToUnicode map; compressed content streams). Names
are compared case-folded and without spaces, so a name split over two text runs is found.
"""

from __future__ import annotations

import email
import re
import zipfile
import zlib
from base64 import a85decode
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from email.header import decode_header, make_header
from pathlib import Path

from app.common.files import written_folders
from app.common.paths import Paths
from app.services.erasure import ErasedPerson

KINDS = (".pdf", ".ics", ".eml", ".txt", ".csv", ".json", ".vcf", ".xlsx", ".html")
LARGEST = 64 * 1024 * 1024  # a bigger file is not one of ours
DEPTH = 3  # how deep a folder named with --look-in is searched


@dataclass(frozen=True)
class Trace:
    """A file that names erased people (their ids)."""

    path: Path
    people: tuple[int, ...]


def folders_to_search(paths: Paths, look_in: Iterable[Path] = ()) -> list[Path]:
    """The register's folders, the documents folder and ``look_in``, existing, once each;
    never Ponte's data or settings folder (the database, its backups, settings)."""
    skip = {paths.data_dir.resolve(), paths.config_dir.resolve(), paths.backups_dir.resolve()}
    skip.add(paths.logs_dir.resolve())
    found: dict[Path, None] = {}
    for folder in [*written_folders(paths.written_folders_file), paths.documents_dir, *look_in]:
        real = folder.expanduser().resolve()
        if real.is_dir() and real not in skip:
            found[real] = None
    return list(found)


def find_traces(
    people: Sequence[ErasedPerson],
    folders: Iterable[Path],
    *,
    deep: Iterable[Path] = (),
    progress: Callable[[int], None] | None = None,
) -> list[Trace]:
    """The files in ``folders`` (and up to :data:`DEPTH` levels below those in ``deep``)
    that name one of ``people``, by path."""
    needles = [(p.id, _needles(p)) for p in people]
    needles = [(pid, n) for pid, n in needles if n]
    if not needles:
        return []
    deep_set = {d.expanduser().resolve() for d in deep}
    out: list[Trace] = []
    seen: set[Path] = set()
    for folder in folders:
        for path in _files(folder, DEPTH if folder in deep_set else 0):
            if path in seen:
                continue
            seen.add(path)
            if progress is not None:
                progress(len(seen))
            named_by_file = _squash(path.stem)
            try:
                text = _squash(file_text(path))
            except (OSError, ValueError, zipfile.BadZipFile, zlib.error):
                text = ""
            ids = tuple(
                pid
                for pid, (names, mail) in needles
                if any(n in text or n in named_by_file for n in names) or (mail and mail in text)
            )
            if ids:
                out.append(Trace(path, ids))
    return sorted(out, key=lambda t: str(t.path))


def delete_traces(traces: Iterable[Trace]) -> tuple[list[Path], list[tuple[Path, str]]]:
    """Delete the files; the deleted ones, and those that could not be with the reason."""
    deleted: list[Path] = []
    failed: list[tuple[Path, str]] = []
    for trace in traces:
        try:
            trace.path.unlink(missing_ok=True)
            deleted.append(trace.path)
        except OSError as exc:
            failed.append((trace.path, exc.strerror or str(exc)))
    return deleted, failed


def _needles(person: ErasedPerson) -> tuple[tuple[str, ...], str | None]:
    names = tuple({_squash(n) for n in person.names if len(_squash(n)) >= 4})
    mail = _squash(person.email) if person.email else None
    return names, mail


_SPACE = re.compile(r"[\s\-_.,]+")


def _squash(text: str) -> str:
    """Case-folded, without spaces, hyphens, underscores, dots or commas (a file name's
    ``Gribaudo-Luca``, an agenda's ``Luca Gribaudo`` and a folded calendar line meet)."""
    return _SPACE.sub("", text.casefold())


def _files(folder: Path, depth: int) -> Iterable[Path]:
    try:
        entries = sorted(folder.iterdir())
    except OSError:
        return
    for entry in entries:
        if entry.is_symlink():
            continue
        if entry.is_dir():
            if depth > 0 and not entry.name.startswith("."):
                yield from _files(entry, depth - 1)
        elif entry.suffix.casefold() in KINDS and not entry.name.startswith("."):
            try:
                if entry.stat().st_size <= LARGEST:
                    yield entry.resolve()
            except OSError:
                continue


# --- reading a file's text -----------------------------------------------------------------


def file_text(path: Path) -> str:
    """The text of a file Ponte may have written, as well as can be read here."""
    suffix = path.suffix.casefold()
    data = path.read_bytes()
    if suffix == ".pdf":
        return pdf_text(data)
    if suffix == ".eml":
        return eml_text(data)
    if suffix == ".xlsx":
        return xlsx_text(data)
    text = data.decode("utf-8", errors="replace")
    if suffix in (".ics", ".vcf"):
        text = re.sub(r"\r?\n[ \t]", "", text).replace("\\,", ",").replace("\\;", ";")
    return text


def eml_text(data: bytes) -> str:
    """An e-mail's headers, text parts and attachments (PDFs and calendars read too). The
    compat32 parser: the modern one took four times as long on a mission's drafts."""
    message = email.message_from_bytes(data)
    parts = []
    for key, value in message.items():
        try:
            parts.append(f"{key}: {make_header(decode_header(value))}")
        except (ValueError, LookupError):
            parts.append(f"{key}: {value}")
    for part in message.walk():
        if part.is_multipart():
            continue
        payload = part.get_payload(decode=True)
        if not isinstance(payload, bytes):
            continue
        kind = part.get_content_type()
        name = str(make_header(decode_header(part.get_filename() or "")))
        parts.append(name)
        if kind == "application/pdf" or name.casefold().endswith(".pdf"):
            parts.append(pdf_text(payload))
        elif kind.startswith("text/") or name.casefold().endswith((".ics", ".vcf")):
            text = payload.decode(part.get_content_charset() or "utf-8", errors="replace")
            parts.append(re.sub(r"\r?\n[ \t]", "", text))
    return "\n".join(parts)


def xlsx_text(data: bytes) -> str:
    import io

    with zipfile.ZipFile(io.BytesIO(data)) as book:
        names = [n for n in book.namelist() if n.endswith(".xml") and n.startswith("xl/")]
        xml = " ".join(book.read(n).decode("utf-8", errors="replace") for n in names)
    return re.sub(r"<[^>]+>", " ", xml).replace("&amp;", "&")


# --- the text of Ponte's own PDFs ----------------------------------------------------------

_OBJECT = re.compile(rb"(\d+)\s+(\d+)\s+obj\b")
_LENGTH = re.compile(rb"/Length\s+(\d+)(?!\s+\d+\s+R)")
_REF = re.compile(rb"/([^\s/<>\[\]()]+)\s+(\d+)\s+0\s+R")
_TOKEN = re.compile(
    rb"\((?:[^()\\]|\\.|\((?:[^()\\]|\\.)*\))*\)"  # a literal string (one level of nesting)
    rb"|<[0-9A-Fa-f\s]*>"  # a hex string
    rb"|/[^\s/<>\[\]()]+"  # a name
    rb"|[A-Za-z'\"]+\*?",  # an operator
    re.S,
)


def pdf_text(data: bytes) -> str:
    """The text shown on the pages of a PDF Ponte made (and of most simple PDFs)."""
    objects: dict[int, tuple[bytes, bytes | None]] = {}
    position = 0
    while True:
        match = _OBJECT.search(data, position)
        if match is None:
            break
        start = match.end()
        head_end = data.find(b"stream", start)
        end = data.find(b"endobj", start)
        if end < 0:
            break
        stream: bytes | None = None
        head = data[start:end]
        if 0 <= head_end < end:
            head = data[start:head_end]
            body_start = head_end + len(b"stream")
            body_start += 2 if data[body_start : body_start + 2] == b"\r\n" else 1
            length = _LENGTH.search(head)
            if length is not None:
                stream = data[body_start : body_start + int(length.group(1))]
                end = data.find(b"endobj", body_start + int(length.group(1)))
            else:
                stream = data[body_start : data.find(b"endstream", body_start)]
            if end < 0:
                break
        objects[int(match.group(1))] = (head, stream)
        position = end + len(b"endobj")
    maps = {}
    for number, (head, _stream) in objects.items():
        if b"/ToUnicode" in head:
            ref = re.search(rb"/ToUnicode\s+(\d+)\s+0\s+R", head)
            cmap = objects.get(int(ref.group(1))) if ref else None
            if cmap is not None and cmap[1] is not None:
                maps[number] = _cmap(_decoded(cmap[0], cmap[1]))
    fonts: dict[bytes, dict[bytes, str]] = {}
    for head, _stream in objects.values():
        for name, number in _REF.findall(head):
            if int(number) in maps:
                fonts[name] = maps[int(number)]
    out: list[str] = []
    for head, stream in objects.values():
        if stream is None or b"/Length1" in head or b"/Image" in head or b"/ToUnicode" in head:
            continue
        try:
            content = _decoded(head, stream)
        except (zlib.error, ValueError):
            continue
        if b"begincmap" in content:
            continue
        out.append(_shown_text(content, fonts))
    return "\n".join(t for t in out if t)


def _decoded(head: bytes, stream: bytes) -> bytes:
    for kind in re.findall(rb"/(ASCII85Decode|FlateDecode|A85|Fl)\b", head):
        if kind in (b"ASCII85Decode", b"A85"):
            body = stream.strip()
            body = body[2:] if body.startswith(b"<~") else body
            stream = a85decode(body.removesuffix(b"~>"), adobe=False, ignorechars=b" \t\n\r\v")
        else:
            stream = zlib.decompressobj().decompress(stream)
    return stream


def _cmap(text: bytes) -> dict[bytes, str]:
    out: dict[bytes, str] = {}

    def chars(hexa: bytes) -> str:
        raw = bytes.fromhex(hexa.decode())
        return raw.decode("utf-16-be", errors="replace")

    for block in re.findall(rb"beginbfchar(.*?)endbfchar", text, re.S):
        for code, value in re.findall(rb"<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]*)>", block):
            out[bytes.fromhex(code.decode())] = chars(value)
    for block in re.findall(rb"beginbfrange(.*?)endbfrange", text, re.S):
        for low, high, value in re.findall(
            rb"<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>", block
        ):
            width = len(low) // 2
            first, last = int(low, 16), int(high, 16)
            base = int(value, 16)
            for offset in range(min(last - first, 65535) + 1):
                code = (first + offset).to_bytes(width, "big")
                out[code] = chr(base + offset) if base + offset < 0x110000 else ""
    return out


_ESCAPES = {b"n": b"\n", b"r": b"\r", b"t": b"\t", b"b": b"\b", b"f": b"\f"}


def _literal(token: bytes) -> bytes:
    body = token[1:-1]
    out = bytearray()
    i = 0
    while i < len(body):
        byte = body[i : i + 1]
        if byte != b"\\":
            out += byte
            i += 1
            continue
        after = body[i + 1 : i + 2]
        octal = re.match(rb"[0-7]{1,3}", body[i + 1 : i + 4])
        if octal:
            out.append(int(octal.group(0), 8) & 0xFF)
            i += 1 + len(octal.group(0))
        elif after in _ESCAPES:
            out += _ESCAPES[after]
            i += 2
        elif after in (b"\n", b"\r"):
            i += 2
        else:
            out += after
            i += 2
    return bytes(out)


def _shown_text(content: bytes, fonts: dict[bytes, dict[bytes, str]]) -> str:
    out: list[str] = []
    cmap: dict[bytes, str] | None = None
    last_name = b""
    for token in _TOKEN.findall(content):
        first = token[:1]
        if first == b"/":
            last_name = token[1:]
        elif token == b"Tf":
            cmap = fonts.get(last_name)
        elif first in (b"(", b"<"):
            raw = _literal(token) if first == b"(" else _hex(token)
            out.append(_to_text(raw, cmap))
        elif token in (b"ET", b"Td", b"TD", b"T*", b"Tm", b"'", b'"'):
            out.append(" ")
    return "".join(out)


def _hex(token: bytes) -> bytes:
    digits = re.sub(rb"\s", b"", token[1:-1])
    if len(digits) % 2:
        digits += b"0"
    return bytes.fromhex(digits.decode())


def _to_text(raw: bytes, cmap: dict[bytes, str] | None) -> str:
    if not cmap:
        return raw.decode("latin-1")
    width = len(next(iter(cmap)))
    return "".join(cmap.get(raw[i : i + width], "") for i in range(0, len(raw) - width + 1, width))
