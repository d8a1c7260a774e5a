"""The mission's participants by e-mail and by name, as a cell of an import names one
(a delegation's head, a programme item's named participants)."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable

from app.importing import messages_setup as msg
from app.importing.normalise import email_key
from app.importing.normalise import person_key as name_keys
from app.importing.rows import Row


class PeopleIndex:
    """Participants by e-mail and by the keys of their names (Latin or kanji, either order)."""

    def __init__(self) -> None:
        self.by_email: dict[str, int] = {}
        self.by_name: dict[str, set[int]] = defaultdict(set)

    def add(self, person_id: int, email: str | None, keys: Iterable[str]) -> None:
        key = email_key(email)
        if key:
            self.by_email[key] = person_id
        for k in keys:
            self.by_name[k].add(person_id)

    def find(self, row: Row, column: str, written: str) -> int | None:
        """The one participant ``written`` names (an e-mail, else a name); None, with an
        issue on ``column`` of ``row``, when it names nobody or more than one."""
        email = email_key(written)
        if email is not None and email in self.by_email:
            return self.by_email[email]
        found: set[int] = set()
        for k in name_keys(written, ""):
            found |= self.by_name.get(k, set())
        if len(found) == 1:
            return found.pop()
        problem = msg.HEAD_AMBIGUOUS if found else msg.HEAD_NOT_FOUND
        row.issue(column, problem(label=row.label(column), name=written))
        return None
