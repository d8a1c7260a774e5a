"""Worker processes: how they start, the same way for every part of Ponte that uses them."""

from __future__ import annotations

import multiprocessing
import multiprocessing.context
import sys
from collections.abc import Sequence


def worker_context(
    preload: Sequence[str],
) -> multiprocessing.context.ForkServerContext | multiprocessing.context.SpawnContext:
    """How worker processes start. Never "fork": the window's process has threads (Qt, the
    workers), and a forked child of a threaded process can deadlock on a lock held at the
    fork. "forkserver" where there is one: a fresh single-threaded server imports
    ``preload`` once and forks each worker from itself, so a worker starts in milliseconds
    instead of importing its modules again (seconds on a loaded machine, each time). The
    server is shared: the first caller's ``preload`` is what it imports; a later caller's
    modules are imported by its workers. Else (Windows, a frozen app) "spawn"."""
    if "forkserver" in multiprocessing.get_all_start_methods() and not getattr(
        sys, "frozen", False
    ):
        context = multiprocessing.get_context("forkserver")
        # "__main__" too (the default): else every worker would run the main script again
        context.set_forkserver_preload(["__main__", *preload])
        return context
    return multiprocessing.get_context("spawn")
