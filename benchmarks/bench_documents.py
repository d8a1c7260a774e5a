"""Benchmarks of the printed documents (issue 4), run by hand:

    .venv/bin/python benchmarks/bench_documents.py [--what badges|all] [--count N]

badges: the demo mission "Torino → Nagoya" (Japanese and Italian people) is written to a
temporary SQLite file and read back with ``load_badges``; its people are repeated, each copy
with its own participant id (so every QR code differs), up to ``--count`` badges (1,000),
which are rendered in each layout with check-in QR codes, and in the default layout with
vCards. Times include font registration (the first document of a process pays it).
Target: 1,000 badges in at most 3 s.
"""

from __future__ import annotations

import argparse
import dataclasses
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from app.common.paths import Paths
from app.demo import write_demo
from app.documents.badge_data import BadgeBatch, load_badges
from app.documents.badge_layouts import DEFAULT_LAYOUT, QrContent, layout_names, load_layout
from app.documents.badges import BadgeOptions, render_badges
from app.services.missions import list_missions
from app.store import open_store


def _demo_batch(folder: Path) -> tuple[BadgeBatch, float]:
    with open_store(folder / "demo.sqlite", paths=Paths.under(folder / "home")) as store:
        write_demo(store)
        mission = next(m for m in list_missions(store) if m.name.startswith("Torino"))
        start = time.perf_counter()
        batch = load_badges(store, mission.id)
        return batch, time.perf_counter() - start


def _repeat(batch: BadgeBatch, count: int) -> BadgeBatch:
    people = [
        dataclasses.replace(batch.people[i % len(batch.people)], participant_id=100_000 + i)
        for i in range(count)
    ]
    return BadgeBatch(batch.mission_id, batch.mission_name, tuple(people))


def bench_badges(count: int) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        demo, load_seconds = _demo_batch(folder)
        print(f"load_badges: {len(demo.people)} people in {load_seconds * 1000:.0f} ms")
        batch = _repeat(demo, count)
        runs: list[tuple[str, QrContent]] = [(name, QrContent.CHECKIN) for name in layout_names()]
        runs.append((DEFAULT_LAYOUT, QrContent.VCARD))
        print(f"{'layout':<10} {'qr':<8} {'badges':>6} {'pages':>5} {'seconds':>8} {'size':>9}")
        for name, qr in runs:
            out = folder / f"{name}-{qr.value}.pdf"
            start = time.perf_counter()
            result = render_badges(batch, load_layout(name), out, BadgeOptions(qr=qr))
            seconds = time.perf_counter() - start
            size = out.stat().st_size / 1024
            print(
                f"{name:<10} {qr.value:<8} {result.badges:>6} {result.pages:>5} "
                f"{seconds:>8.2f} {size:>7.0f} KB"
            )


# One function per document kind, each taking the number of documents to make.
BENCHES: dict[str, Callable[[int], None]] = {"badges": bench_badges}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--what", choices=[*BENCHES, "all"], default="all")
    parser.add_argument("--count", type=int, default=1000, help="documents per run")
    args = parser.parse_args()
    for name, bench in BENCHES.items():
        if args.what in (name, "all"):
            print(f"== {name}")
            bench(args.count)


if __name__ == "__main__":
    main()
