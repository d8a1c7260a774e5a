"""File names a coordinator understands and every file system accepts: ASCII-folded, no
character Windows refuses, unique by the record's id ('agenda-0012-Rossi-Mario.pdf').

Kept apart from the renderers so that the calendar and e-mail exports name their files the
same way without loading reportlab."""

from __future__ import annotations

import re
import unicodedata

_UNSAFE = re.compile(r"[^A-Za-z0-9]+")


def ascii_part(text: str, limit: int = 40) -> str:
    """'Città Nuova S.r.l.' → 'Citta-Nuova-S-r-l': ASCII, no characters Windows refuses."""
    folded = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    return _UNSAFE.sub("-", folded).strip("-")[:limit].strip("-")


def person_file_name(prefix: str, person_id: int, family: str, given: str, suffix: str) -> str:
    """'agenda-0012-Rossi-Mario.pdf': the id makes it unique, the family name first (whatever
    the person's own order) so that a folder sorted by name reads like a register."""
    name = "-".join(x for x in (ascii_part(family), ascii_part(given)) if x)
    return f"{prefix}-{person_id:04d}-{name or 'participant'}{suffix}"


def record_file_name(prefix: str, record_id: int, name: str, suffix: str) -> str:
    """'organisation-0007-Citta-Nuova-S-r-l.pdf' for an organisation, a mission …"""
    return f"{prefix}-{record_id:04d}-{ascii_part(name) or prefix}{suffix}"
