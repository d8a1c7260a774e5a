"""The installed `ponte` command opens the window on the demo mission (offscreen), as a user
would start it: a real process, a real file, nothing shared with the test's own Qt."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from datetime import date
from pathlib import Path

from app.common.paths import Paths
from app.services.missions import default_mission, list_missions
from app.store import open_store

PONTE = str(Path(sys.executable).with_name("ponte"))


def test_ponte_opens_the_demo_mission(tmp_path: Path, paths: Paths) -> None:
    """`ponte demo` then `ponte --db`: the window stays up and opens the next mission."""
    db = tmp_path / "demo.sqlite"
    subprocess.run([PONTE, "demo", "--db", str(db)], check=True, capture_output=True)
    with open_store(db, paths=paths, create=False) as store:
        # Torino → Nagoya until it has ended (14 October 2027), then Nagoya → Torino
        expected = default_mission(list_missions(store), date.today())
    assert expected is not None
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
        assert settings.get("mission_id") == expected.id  # the one being prepared, by date
    finally:
        window.send_signal(signal.SIGTERM)
        window.communicate(timeout=30)  # reaps it and closes the pipes
