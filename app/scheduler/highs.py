"""HiGHS, silent: the one place that creates a solver instance (selection MIP, gap bound)."""

from __future__ import annotations

import os
import sys
import threading

import highspy

_banner_lock = threading.Lock()
_banner_shown = False


def new_highs() -> highspy.Highs:
    """A silent HiGHS. Its constructor prints a banner on the process's stdout once (C code,
    before any option can be set); the first time, stdout is pointed at /dev/null meanwhile so
    ``ponte solve`` keeps a clean output."""
    global _banner_shown
    with _banner_lock:
        if _banner_shown:
            h = highspy.Highs()
        else:
            _banner_shown = True
            sys.stdout.flush()
            saved = os.dup(1)
            try:
                with open(os.devnull, "w") as null:
                    os.dup2(null.fileno(), 1)
                    h = highspy.Highs()
            finally:
                os.dup2(saved, 1)
                os.close(saved)
    h.silent()
    return h
