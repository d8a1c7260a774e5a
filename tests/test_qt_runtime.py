"""Guards against known defects of the Qt binding we ship with."""

from __future__ import annotations

import subprocess
import sys


def test_signal_emit_does_not_leak_references_to_true() -> None:
    """PySide6 6.12.0's Signal.emit() returned True without a reference; Python 3.11 then
    aborts ('bool_dealloc') after enough emits. Fails if a pinned upgrade brings it back."""
    code = (
        "import sys\n"
        "from PySide6.QtCore import QCoreApplication, QObject, Signal\n"
        "app = QCoreApplication([])\n"
        "class D(QObject):\n"
        "    s = Signal()\n"
        "d = D()\n"
        "before = sys.getrefcount(True)\n"
        "for _ in range(200):\n"
        "    d.s.emit()\n"
        "print(sys.getrefcount(True) - before)\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, result.stderr
    assert abs(int(result.stdout.strip())) < 50


def test_window_tests_wait_patiently_by_default() -> None:
    """tests/conftest.py gives qtbot.waitUntil 15 s unless a test says otherwise (5 s, the
    default of pytest-qt, failed a page's first load on a loaded CI machine)."""
    import inspect

    from pytestqt.qtbot import QtBot

    from tests.conftest import PATIENT_MS

    assert inspect.signature(QtBot.waitUntil).parameters["timeout"].default == PATIENT_MS
    assert PATIENT_MS >= 15_000
