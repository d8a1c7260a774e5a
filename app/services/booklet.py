"""Writing the programme booklet (one bilingual PDF of the whole programme) as a user action.

Two steps, as for the other documents, so that a window can run them on different workers:
:func:`read_booklet` reads the mission (quick, on the database worker), :func:`write_booklet`
draws it and writes the file atomically (no database). :func:`make_booklet` does both, for
``ponte programme``.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from app.common.files import write_file
from app.core.file_names import ascii_part
from app.core.mission_record import load_mission
from app.documents import messages as msg
from app.documents.booklet import (
    DEFAULT_PAIR,
    BookletSource,
    LanguagePair,
    booklet_pdf,
    booklet_source,
)
from app.documents.errors import DocumentError
from app.model.enums import DocumentLanguage
from app.store import Store

__all__ = [
    "DEFAULT_PAIR",
    "BookletMade",
    "BookletSource",
    "LanguagePair",
    "booklet_file_name",
    "make_booklet",
    "parse_languages",
    "read_booklet",
    "write_booklet",
]


@dataclass(frozen=True)
class BookletMade:
    """What :func:`write_booklet` wrote."""

    path: Path
    mission_name: str
    languages: LanguagePair
    size: int  # bytes


def parse_languages(value: str | Iterable[str] | None) -> LanguagePair:
    """The booklet's two languages from "it,ja" (or a list of codes): exactly two different
    ones of it, ja and en; None: Italian and Japanese. A :class:`DocumentError` otherwise."""
    if value is None:
        return DEFAULT_PAIR
    codes = value.split(",") if isinstance(value, str) else list(value)
    codes = [c.strip().lower() for c in codes if c.strip()]
    languages: list[DocumentLanguage] = []
    for code in codes:
        try:
            languages.append(DocumentLanguage(code))
        except ValueError:
            raise DocumentError(msg.BOOKLET_UNKNOWN_LANGUAGE(language=code)) from None
    if len(languages) != 2:
        raise DocumentError(
            msg.BOOKLET_TWO_LANGUAGES(count=len(languages), languages=",".join(codes) or "—")
        )
    if languages[0] is languages[1]:
        raise DocumentError(msg.BOOKLET_SAME_LANGUAGE(language=languages[0].value))
    return languages[0], languages[1]


def read_booklet(store: Store, mission_id: int) -> BookletSource:
    """What the booklet prints of ``mission_id`` (a NotFound when there is no such mission;
    a DocumentError when it has no programme item and no B2B session)."""
    source = booklet_source(load_mission(store, mission_id))
    if source.is_empty:
        raise DocumentError(msg.BOOKLET_EMPTY(mission=source.data.mission.name))
    return source


def booklet_file_name(source: BookletSource, languages: LanguagePair) -> str:
    """'programme-nagoya-torino-march-2028-it-ja.pdf'."""
    mission = ascii_part(source.data.mission.name) or "mission"
    return f"programme-{mission}-{languages[0].value}-{languages[1].value}.pdf"


def write_booklet(
    source: BookletSource, out: Path, languages: LanguagePair = DEFAULT_PAIR
) -> BookletMade:
    """Draw the booklet and write it to ``out`` atomically (a FileWriteError when it cannot
    be written; a good file already there is never left half-replaced)."""
    pdf = booklet_pdf(source, languages)
    path = write_file(out, pdf)
    return BookletMade(path, source.data.mission.name, languages, len(pdf))


def make_booklet(
    store: Store, mission_id: int, out: Path, languages: LanguagePair = DEFAULT_PAIR
) -> BookletMade:
    """Read the mission and write its booklet to ``out``."""
    return write_booklet(read_booklet(store, mission_id), out, languages)
