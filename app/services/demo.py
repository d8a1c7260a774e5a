"""Writing the demo missions into a database (``ponte demo``, ``scripts/run-demo.sh``)."""

from __future__ import annotations

from app.demo import DEMO_MISSION_NAMES, write_demo

__all__ = ["DEMO_MISSION_NAMES", "write_demo"]
