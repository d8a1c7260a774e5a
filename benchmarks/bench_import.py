"""Benchmark of importing a 10,000-row .xlsx of participants (issue 6: ≤ 5 s and ≤ 300 MB peak
memory on this 2-core machine), run by hand:

    .venv/bin/python benchmarks/bench_import.py [--rows 10000] [--keep DIR]

Writes the demo into a fresh database and a realistic workbook (Italian and Japanese names,
kanji and kana, e-mails, phones, languages, the demo mission's organisations by their Latin or
Japanese names, a few accented and full-width forms) in a child process, then, in a fresh
process, times reading it, planning (checking and matching every row) and writing it in one
transaction, and reports the peak resident memory of that process (``ru_maxrss``).
"""

from __future__ import annotations

import argparse
import json
import os
import random
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

FAMILIES = [
    ("Rossi", None, None),
    ("Bertè", None, None),
    ("D'Amico", None, None),
    ("Tanaka", "田中", "タナカ"),
    ("Suzuki", "鈴木", "スズキ"),
    ("Ferrero", None, None),
    ("Yamamoto", "山本", "ヤマモト"),
    ("Colombo", None, None),
    ("Itō", "伊藤", "イトウ"),
]
GIVENS = [("Mario", None, None), ("Niccolò", None, None), ("Anna", None, None),
          ("Hiroshi", "博", "ヒロシ"), ("Hanako", "花子", "ハナコ"), ("Giulia", None, None),
          ("Kenji", "健二", "ケンジ")]  # fmt: skip


def make(db: Path, xlsx: Path, rows: int) -> None:
    """The demo database and the workbook (run in its own process)."""
    import openpyxl
    from sqlalchemy import select

    from app.common.paths import Paths
    from app.demo import write_demo
    from app.model import Organisation
    from app.store import open_store

    with open_store(str(db), paths=Paths.for_user()) as store:
        write_demo(store)
        with store.session() as s:
            orgs = [(o.name, o.name_ja) for o in s.scalars(
                select(Organisation).where(Organisation.mission_id == 1))]  # fmt: skip
    rng = random.Random(6)
    wb = openpyxl.Workbook(write_only=True)
    ws = wb.create_sheet("Iscritti")
    ws.append(["Cognome", "Nome", "姓（漢字）", "名（漢字）", "セイ", "メイ", "Azienda", "Ruolo",
               "E-mail", "Telefono", "Lingua", "Consenso privacy"])  # fmt: skip
    for n in range(rows):
        fam, gname = rng.choice(FAMILIES), rng.choice(GIVENS)
        name, name_ja = rng.choice(orgs)
        org = name_ja if name_ja and rng.random() < 0.3 else name
        japanese = fam[1] is not None
        ws.append([
            fam[0], gname[0], fam[1], gname[1] if japanese else None, fam[2],
            gname[2] if japanese else None, org, "Direttore" if n % 3 else "営業部長",
            f"p{n:05d}@example{n % 97}.com" if n % 50 else f"ｐ{n:05d}＠example.com",
            f"+39 011 555 {n:04d}", "日本語" if japanese else rng.choice(["it", "Italiano", "en"]),
            rng.choice(["sì", "no", "x", None]),
        ])  # fmt: skip
    wb.save(xlsx)


def run(db: Path, xlsx: Path) -> dict[str, float]:
    """Import the workbook into mission 1; the phases' times and the peak memory."""
    from app.common.paths import Paths
    from app.importing.apply import apply_import
    from app.importing.mapping import guess_kind, guess_mapping
    from app.importing.plan import plan_import
    from app.importing.readers import read_table
    from app.store import open_store

    marks = {"start": time.perf_counter()}
    with open_store(str(db), paths=Paths.for_user()) as store:
        marks["opened"] = time.perf_counter()
        table = read_table(xlsx)
        marks["read"] = time.perf_counter()
        mapping = guess_mapping(guess_kind(table.headers), table.headers)
        plan = plan_import(store, 1, table, mapping)
        marks["planned"] = time.perf_counter()
        result = apply_import(store, plan, skip_invalid=True)
        marks["written"] = time.perf_counter()
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    return {
        "rows": len(table.rows),
        "created": result.created,
        "errors": result.skipped,
        "read_s": marks["read"] - marks["opened"],
        "plan_s": marks["planned"] - marks["read"],
        "write_s": marks["written"] - marks["planned"],
        "total_s": marks["written"] - marks["opened"],
        "peak_rss_mb": peak_mb,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--rows", type=int, default=10_000)
    parser.add_argument("--keep", type=Path, default=None, help="keep the files in this folder")
    parser.add_argument("--child", nargs=3, metavar=("MODE", "DB", "XLSX"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        mode, db, xlsx = args.child
        if mode == "make":
            make(Path(db), Path(xlsx), args.rows)
        else:
            print(json.dumps(run(Path(db), Path(xlsx))))
        return
    folder = args.keep or Path(tempfile.mkdtemp(prefix="ponte-bench-import-"))
    folder.mkdir(parents=True, exist_ok=True)
    os.environ.setdefault("PONTE_HOME", str(folder / "home"))
    db, xlsx = folder / "bench.sqlite", folder / "iscritti.xlsx"
    for path in (db, xlsx):
        path.unlink(missing_ok=True)
    me = [sys.executable, __file__, "--rows", str(args.rows), "--child"]
    subprocess.run([*me, "make", str(db), str(xlsx)], check=True)
    size = xlsx.stat().st_size / 1e6
    out = subprocess.run([*me, "run", str(db), str(xlsx)], check=True, capture_output=True,
                         text=True).stdout  # fmt: skip
    figures = json.loads(out.strip().splitlines()[-1])
    print(
        f"{figures['rows']:.0f} rows ({size:.1f} MB .xlsx): read {figures['read_s']:.2f} s, "
        f"checked and matched {figures['plan_s']:.2f} s, written {figures['write_s']:.2f} s; "
        f"total {figures['total_s']:.2f} s; {figures['created']:.0f} created, "
        f"{figures['errors']:.0f} rows with errors; peak RSS {figures['peak_rss_mb']:.0f} MB"
    )


if __name__ == "__main__":
    main()
