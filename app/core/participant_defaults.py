"""The defaults that follow the person: how their name is ordered and which language their
documents are written in, worked out from what is known of them.

One rule for the window's form and for the import: a name written in kanji is a Japanese
name, written family name first ("TANAKA Hiroshi"), while a name only in kana is read as the
transcription of a foreign name ("ロッシ" for Rossi) and says nothing; documents are in
the first of the person's languages (most fluent first) that Ponte writes documents in.
The coordinator's own choice always wins over these defaults: they only fill what nobody
chose.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from app.model.enums import DocumentLanguage, NameOrder

# CJK ideographs (with extension A, the compatibility block and the supplementary planes).
_KANJI = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0003134f]")


@dataclass(frozen=True)
class PersonDefaults:
    """What a person's record defaults to."""

    name_order: NameOrder
    document_language: DocumentLanguage


def default_name_order(names: Iterable[str | None]) -> NameOrder:
    """Family name first when any of ``names`` is written in kanji, else given name first."""
    if any(name and _KANJI.search(name) for name in names):
        return NameOrder.FAMILY_FIRST
    return NameOrder.GIVEN_FIRST


def default_document_language(
    languages: Iterable[str], fallback: DocumentLanguage = DocumentLanguage.EN
) -> DocumentLanguage:
    """The first of ``languages`` (ISO 639-1 codes, most fluent first) Ponte writes documents
    in; ``fallback`` when none of them is (or none is known)."""
    supported = {language.value: language for language in DocumentLanguage}
    for code in languages:
        found = supported.get(code.strip().lower().split("-")[0])
        if found is not None:
            return found
    return fallback


def person_defaults(
    names: Iterable[str | None],
    languages: Iterable[str],
    fallback: DocumentLanguage = DocumentLanguage.EN,
) -> PersonDefaults:
    """Both defaults at once (see :func:`default_name_order`, :func:`default_document_language`)."""
    return PersonDefaults(
        name_order=default_name_order(names),
        document_language=default_document_language(languages, fallback),
    )
