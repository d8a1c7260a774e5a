"""Checking and cleaning what a coordinator typed, with one message per field.

A :class:`ValidationError` carries :class:`FieldError` s. Each has a ``problem`` code and
``params``, worded once in :mod:`app.core.validation_messages`: the window shows the sentence
in its language next to the field, the CLI and the importer's report in English.
"""

from __future__ import annotations

import dataclasses
import re
import unicodedata
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from enum import StrEnum
from typing import TYPE_CHECKING, TypeVar
from urllib.parse import urlsplit

from app.common.errors import UserError
from app.common.wording import Message, listed
from app.core import validation_messages as msg

if TYPE_CHECKING:  # only named: the window's error messages load before SQLAlchemy does
    from sqlalchemy.exc import IntegrityError

E = TypeVar("E", bound=StrEnum)


class Problem(StrEnum):
    """What is wrong with a value (each worded in :mod:`app.core.validation_messages`)."""

    REQUIRED = "required"
    TOO_LONG = "too_long"  # params: limit
    NOT_LATIN = "not_latin"
    NOT_KANA = "not_kana"
    EMAIL_SYNTAX = "email_syntax"
    EMAIL_TAKEN = "email_taken"
    NAME_TAKEN = "name_taken"
    LANGUAGE_CODE = "language_code"  # params: code
    SECTOR = "sector"  # params: value
    CHOICE = "choice"  # params: value — not one of the offered values
    NOT_IN_MISSION = "not_in_mission"  # an organisation or delegation of another mission
    MAX_MEETINGS = "max_meetings"
    PARALLEL_MEETINGS = "parallel_meetings"
    WEBSITE = "website"
    PHONE = "phone"
    CONFLICT = "conflict"  # an undo could not put a record back


@dataclass(frozen=True)
class FieldError:
    """One problem with one field (``field`` is "" for the record as a whole)."""

    field: str
    problem: Problem
    params: Mapping[str, str] = dataclasses.field(default_factory=dict)

    @property
    def said(self) -> Message:
        """The problem as a sentence, to word in the reader's language."""
        return msg.PROBLEMS[self.problem](**self.params)

    @property
    def message(self) -> str:
        """The English sentence (for logs, the CLI and importers)."""
        return self.said.text("en")


class ValidationError(UserError):
    """What the coordinator must fix before a record can be saved, per field."""

    def __init__(self, errors: Iterable[FieldError]) -> None:
        self.errors: tuple[FieldError, ...] = tuple(errors)
        each = [msg.FIELD_PROBLEM(field=e.field or "record", problem=e.said) for e in self.errors]
        super().__init__(listed(each, msg.SEMICOLON_LIST))

    @property
    def messages(self) -> dict[str, str]:
        """The first English message per field."""
        out: dict[str, str] = {}
        for error in self.errors:
            out.setdefault(error.field, error.message)
        return out

    def problems(self) -> dict[str, Problem]:
        """The first problem code per field."""
        out: dict[str, Problem] = {}
        for error in self.errors:
            out.setdefault(error.field, error.problem)
        return out


class Collector:
    """Gathers field errors while cleaning a record, then raises them all at once."""

    def __init__(self) -> None:
        self.errors: list[FieldError] = []

    def add(self, field_name: str, problem: Problem, **params: object) -> None:
        self.errors.append(FieldError(field_name, problem, {k: str(v) for k, v in params.items()}))

    def has(self, field_name: str) -> bool:
        return any(e.field == field_name for e in self.errors)

    def raise_if_any(self) -> None:
        if self.errors:
            raise ValidationError(self.errors)


# --- text ------------------------------------------------------------------------------------

_SPACES = re.compile(r"\s+")


def clean_text(value: str | None, *, multiline: bool = False) -> str:
    """NFC-normalised and stripped; on one line, runs of spaces become one space."""
    if value is None:
        return ""
    text = unicodedata.normalize("NFC", value)
    if multiline:
        lines = [line.rstrip() for line in text.replace("\r\n", "\n").split("\n")]
        return "\n".join(lines).strip()
    return _SPACES.sub(" ", text).strip()


def clean_compat(value: str | None) -> str:
    """Like :func:`clean_text` but NFKC: full-width Latin and half-width kana become normal."""
    return clean_text(unicodedata.normalize("NFKC", value or ""))


def optional(text: str) -> str | None:
    return text or None


def _is_japanese(ch: str) -> bool:
    cp = ord(ch)
    return (
        0x3040 <= cp <= 0x30FF  # hiragana, katakana
        or 0x3400 <= cp <= 0x4DBF  # CJK extension A
        or 0x4E00 <= cp <= 0x9FFF  # CJK unified ideographs
        or 0xF900 <= cp <= 0xFAFF  # CJK compatibility ideographs
        or 0xFF66 <= cp <= 0xFF9F  # half-width katakana
        or 0x20000 <= cp <= 0x3FFFF  # CJK extensions B and later
        or 0xAC00 <= cp <= 0xD7AF  # Hangul (not Latin either)
    )


def is_latin_text(text: str) -> bool:
    """True when the text has no Japanese (or other CJK) characters."""
    return not any(_is_japanese(ch) for ch in text)


_KANA_EXTRA = frozenset(" ・ー゛゜")


def is_kana_text(text: str) -> bool:
    """True for hiragana/katakana readings (with spaces, ・ and ー)."""
    return all(0x3041 <= ord(ch) <= 0x30FF or ch in _KANA_EXTRA for ch in text)


def check_length(errors: Collector, field_name: str, text: str | None, limit: int) -> None:
    if text is not None and len(text) > limit:
        errors.add(field_name, Problem.TOO_LONG, limit=limit)


def required_latin(errors: Collector, field_name: str, raw: str | None, limit: int) -> str:
    """A required name in Latin script (full-width letters folded to normal ones)."""
    text = clean_compat(raw)
    if not text:
        errors.add(field_name, Problem.REQUIRED)
    elif not is_latin_text(text):
        errors.add(field_name, Problem.NOT_LATIN)
    check_length(errors, field_name, text, limit)
    return text


def optional_latin(errors: Collector, field_name: str, raw: str | None, limit: int) -> str:
    text = clean_compat(raw)
    if text and not is_latin_text(text):
        errors.add(field_name, Problem.NOT_LATIN)
    check_length(errors, field_name, text, limit)
    return text


def optional_kana(errors: Collector, field_name: str, raw: str | None, limit: int) -> str | None:
    """A kana reading; half-width katakana become full-width."""
    text = clean_compat(raw)
    if text and not is_kana_text(text):
        errors.add(field_name, Problem.NOT_KANA)
    check_length(errors, field_name, text, limit)
    return optional(text)


def optional_text(
    errors: Collector, field_name: str, raw: str | None, limit: int | None = None
) -> str | None:
    text = clean_text(raw)
    if limit is not None:
        check_length(errors, field_name, text, limit)
    return optional(text)


# --- e-mail, phone, web ----------------------------------------------------------------------

# Pragmatic, not RFC 5322: one @, no spaces, a dotted domain whose last label has 2+ letters.
_EMAIL = re.compile(
    r"^(?!\.)[^@\s\"(),:;<>\[\\\]]+(?<!\.)@(?:[^\W_](?:[\w-]*[^\W_])?\.)+[^\W\d_]{2,}$"
)


def clean_email(errors: Collector, field_name: str, raw: str | None) -> str | None:
    """An optional e-mail address (full-width characters folded), syntax-checked."""
    text = clean_compat(raw)
    if not text:
        return None
    if ".." in text or not _EMAIL.match(text):
        errors.add(field_name, Problem.EMAIL_SYNTAX)
    check_length(errors, field_name, text, 254)
    return text


_PHONE = re.compile(r"^\+?[0-9 ()./-]+$")


def clean_phone(errors: Collector, field_name: str, raw: str | None) -> str | None:
    text = clean_compat(raw)
    if not text:
        return None
    if not _PHONE.match(text) or sum(ch.isdigit() for ch in text) < 5:
        errors.add(field_name, Problem.PHONE)
    check_length(errors, field_name, text, 50)
    return text


def clean_website(errors: Collector, field_name: str, raw: str | None) -> str | None:
    """An optional web address; ``https://`` is added when no scheme was typed."""
    text = clean_compat(raw)
    if not text:
        return None
    if "://" not in text:
        text = "https://" + text
    try:
        parts = urlsplit(text)
        host = parts.hostname or ""
        ok = parts.scheme in ("http", "https") and "." in host and " " not in text
    except ValueError:
        ok = False
    if not ok:
        errors.add(field_name, Problem.WEBSITE)
    check_length(errors, field_name, text, 300)
    return text


# --- closed vocabularies ---------------------------------------------------------------------

# fmt: off
ISO_639_1: frozenset[str] = frozenset((
    "aa", "ab", "ae", "af", "ak", "am", "an", "ar", "as", "av", "ay", "az", "ba", "be", "bg",
    "bi", "bm", "bn", "bo", "br", "bs", "ca", "ce", "ch", "co", "cr", "cs", "cu", "cv", "cy",
    "da", "de", "dv", "dz", "ee", "el", "en", "eo", "es", "et", "eu", "fa", "ff", "fi", "fj",
    "fo", "fr", "fy", "ga", "gd", "gl", "gn", "gu", "gv", "ha", "he", "hi", "ho", "hr", "ht",
    "hu", "hy", "hz", "ia", "id", "ie", "ig", "ii", "ik", "io", "is", "it", "iu", "ja", "jv",
    "ka", "kg", "ki", "kj", "kk", "kl", "km", "kn", "ko", "kr", "ks", "ku", "kv", "kw", "ky",
    "la", "lb", "lg", "li", "ln", "lo", "lt", "lu", "lv", "mg", "mh", "mi", "mk", "ml", "mn",
    "mr", "ms", "mt", "my", "na", "nb", "nd", "ne", "ng", "nl", "nn", "no", "nr", "nv", "ny",
    "oc", "oj", "om", "or", "os", "pa", "pi", "pl", "ps", "pt", "qu", "rm", "rn", "ro", "ru",
    "rw", "sa", "sc", "sd", "se", "sg", "si", "sk", "sl", "sm", "sn", "so", "sq", "sr", "ss",
    "st", "su", "sv", "sw", "ta", "te", "tg", "th", "ti", "tk", "tl", "tn", "to", "tr", "ts",
    "tt", "tw", "ty", "ug", "uk", "ur", "uz", "ve", "vi", "vo", "wa", "wo", "xh", "yi", "yo",
    "za", "zh", "zu",
))
# fmt: on


def clean_languages(errors: Collector, field_name: str, raw: Iterable[str]) -> tuple[str, ...]:
    """ISO 639-1 codes, lower-case, without repeats, in the order given (most fluent first)."""
    codes: list[str] = []
    for item in raw:
        code = clean_compat(item).lower()
        if not code:
            continue
        if code not in ISO_639_1:
            errors.add(field_name, Problem.LANGUAGE_CODE, code=code)
        elif code not in codes:
            codes.append(code)
    return tuple(codes)


def clean_choice(errors: Collector, field_name: str, enum: type[E], value: object, default: E) -> E:
    """One member of ``enum`` (its value as a string is accepted too)."""
    try:
        return enum(str(value))
    except ValueError:
        errors.add(field_name, Problem.CHOICE, value=value)
        return default


# --- conflicts only the database saw ---------------------------------------------------------

_UNIQUE_FIELDS: tuple[tuple[tuple[str, ...], FieldError], ...] = (
    (
        ("uq_organisation_mission_id_name", "organisation.mission_id, organisation.name"),
        FieldError("name", Problem.NAME_TAKEN),
    ),
    (("uq_participant_mission_email",), FieldError("email", Problem.EMAIL_TAKEN)),
)


def from_integrity_error(exc: IntegrityError, *, restoring: bool = False) -> ValidationError:
    """The message a pre-check would have given, for a conflict that only the database saw
    (another coordinator saved first). When ``restoring`` (an undo), any conflict is reported;
    otherwise an unexpected one is re-raised."""
    text = str(exc.orig)
    for needles, error in _UNIQUE_FIELDS:
        if any(n in text for n in needles):
            return ValidationError([error])
    if restoring:
        return ValidationError([FieldError("", Problem.CONFLICT, {"reason": text.splitlines()[0]})])
    # A race no form checks (a record referred to was deleted meanwhile): worded, without
    # the driver's text (PostgreSQL's DETAIL quotes the row's values).
    from app.store.failures import race_refused  # here: loads SQLAlchemy, as exc did

    raise race_refused(exc) from exc
