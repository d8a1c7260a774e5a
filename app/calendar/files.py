"""The .ics files of an export: their names (as the agendas': ASCII, Windows-safe, unique by
id) and writing them atomically, as a batch.

Written as one batch (:func:`app.common.files.write_files`): every file beside its
destination first, all flushed to disk together, then each moved over its destination, so a
failure before the moves (a full disk, a bad name) leaves the previous export as it was.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from functools import partial
from pathlib import Path

from app.calendar.ics import CalendarWriter
from app.common.files import ensure_folder, write_files
from app.core import messages as msg
from app.core.errors import NotFound
from app.core.file_names import person_file_name, record_file_name


def participant_file_name(person_id: int, family: str, given: str) -> str:
    """'calendar-0012-Rossi-Mario.ics', named like the agendas."""
    return person_file_name("calendar", person_id, family, given, ".ics")


def organisation_file_name(organisation_id: int, name: str) -> str:
    return record_file_name("organisation", organisation_id, name, ".ics")


def mission_file_name(mission_id: int, name: str) -> str:
    return record_file_name("mission", mission_id, name, ".ics")


Progress = Callable[[int, int], None]


def write_calendars(
    writer: CalendarWriter,
    folder: Path,
    participant_ids: Iterable[int] | None = None,
    *,
    organisations: bool = False,
    whole_mission: bool = False,
    progress: Progress | None = None,
) -> list[Path]:
    """Write the .ics files into ``folder`` (atomically, as a batch); return their paths.

    ``progress(done, total)`` is called after each calendar is built."""
    data = writer.data
    if participant_ids is None:
        ids = sorted(data.people, key=lambda i: data.people[i].sort_key)
    else:
        ids = list(dict.fromkeys(participant_ids))
        missing = [i for i in ids if i not in data.people]
        if missing:
            raise NotFound(msg.PARTICIPANTS_NOT_IN_MISSION(ids=", ".join(map(str, missing))))
    jobs: list[tuple[Path, Callable[[], bytes]]] = []
    for pid in ids:
        p = data.people[pid]
        path = folder / participant_file_name(p.id, p.family, p.given)
        jobs.append((path, partial(writer.participant, pid)))
    if organisations:
        for oid in sorted(
            data.organisations, key=lambda o: (data.organisations[o].name.casefold(), o)
        ):
            path = folder / organisation_file_name(oid, data.organisations[oid].name)
            jobs.append((path, partial(writer.organisation, oid)))
    if whole_mission:
        path = folder / mission_file_name(data.mission.id, data.mission.name)
        jobs.append((path, writer.mission))
    ensure_folder(folder)  # even for no file: the export's folder exists afterwards
    return write_files(jobs, progress=progress)
