"""The work behind 500 agendas (issue 14, item 6), counted rather than timed (the machine is
shared): a face's subset is built once for documents that use the same glyphs, and worker
processes start from a fork server instead of importing everything again."""

from __future__ import annotations

import cProfile
import multiprocessing
import pstats
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from app.common.paths import Paths
from app.core.agenda_data import load_mission_data
from app.documents import batch
from app.documents.batch import AgendaJob, JobKind, render_job
from app.store import Store, open_store
from tests.test_documents_agendas import Small, build_small


@pytest.fixture
def db(sqlite_path: Path, paths: Paths) -> Iterator[Store]:
    store = open_store(str(sqlite_path), paths=paths)
    try:
        yield store
    finally:
        store.close()


def _calls(profile: cProfile.Profile, function: str, filename: str = "") -> int:
    stats = pstats.Stats(profile).stats  # type: ignore[attr-defined]
    return sum(
        calls
        for (file, _line, name), (calls, *_rest) in stats.items()
        if name == function and file.endswith(filename)
    )


def _subsets_built(profile: cProfile.Profile) -> int:
    return _calls(profile, "makeSubset", "ttfonts.py")


def test_the_same_agenda_again_builds_no_font_subset(db: Store, paths: Paths) -> None:
    """The second rendering of an agenda reuses the three subsets (Latin, bold, Japanese)
    the first one built."""
    small: Small = build_small(db)
    data = load_mission_data(db, small.mission_id)
    job = AgendaJob(Path("unused.pdf"), JobKind.PERSONAL, small.tanaka)
    first, again = cProfile.Profile(), cProfile.Profile()
    first.enable()
    pdf = render_job(data, job)
    first.disable()
    again.enable()
    same = render_job(data, job)
    again.disable()
    assert same == pdf
    assert _subsets_built(again) == 0
    assert _subsets_built(first) <= 3
    # compressed again: only the pages' own streams, not the subsets and their maps
    pages = pdf.count(b"/Type /Page\n")
    compressed = _calls(first, "<built-in method zlib.compress>")
    assert _calls(again, "<built-in method zlib.compress>") <= pages < compressed


@pytest.mark.skipif(
    "forkserver" not in multiprocessing.get_all_start_methods(), reason="no fork server here"
)
def test_workers_fork_from_a_server_that_has_imported_the_renderers() -> None:
    """Not "spawn" (each worker imports SQLAlchemy, the model and reportlab again), never
    "fork" (the window's process has threads)."""
    context = batch._start_method()
    assert context.get_start_method() == "forkserver"
    from multiprocessing import forkserver

    assert forkserver._forkserver._preload_modules == ["__main__", batch.__name__]  # type: ignore[attr-defined]
    assert not getattr(sys, "frozen", False)
