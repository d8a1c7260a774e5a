"""The installed `ponte` command opens the window on the demo mission (offscreen), as a user
would start it: a real process, a real file, nothing shared with the test's own Qt."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

from app.common.paths import Paths

PONTE = str(Path(sys.executable).with_name("ponte"))


def test_ponte_opens_the_demo_mission(tmp_path: Path, paths: Paths) -> None:
    """`ponte demo` then `ponte --db`: the window stays up and opens the next mission."""
    db = tmp_path / "demo.sqlite"
    subprocess.run([PONTE, "demo", "--db", str(db)], check=True, capture_output=True)
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    window = subprocess.Popen(
        [PONTE, "--db", str(db)], env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE
    )
    try:
        deadline = time.monotonic() + 60
        settings: dict[str, object] = {}
        while time.monotonic() < deadline and window.poll() is None:
            if paths.settings_file.exists():
                settings = json.loads(paths.settings_file.read_text(encoding="utf-8"))
                if settings.get("mission_id"):
                    break
            time.sleep(0.2)
        assert window.poll() is None, window.stderr.read().decode() if window.stderr else ""
        assert settings.get("database") == str(db)
        assert settings.get("mission_id") == 1  # Torino → Nagoya, the mission being prepared
    finally:
        window.send_signal(signal.SIGTERM)
        window.communicate(timeout=30)  # reaps it and closes the pipes
