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
