"""The demo missions: "Torino → Nagoya, October 2027" and "Nagoya → Torino, March 2028".

Invented, deterministic data that a coordinator of either chamber would find believable.
"""

from app.demo.writer import DEMO_MISSION_NAMES, DemoExists, write_demo

__all__ = ["DEMO_MISSION_NAMES", "DemoExists", "write_demo"]
