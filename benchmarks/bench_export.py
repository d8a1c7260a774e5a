"""Benchmark of `ponte export` on a large participants table, and the .xlsx library choice,
run by hand:

    .venv/bin/python benchmarks/bench_export.py [--count 10000] [--db FILE]

Writes the demo into a fresh SQLite database (or uses ``--db``), adds delegates with kanji
and kana names, e-mails and phones to the Torino → Nagoya mission until it has ``--count``
participants, times reading the participants table, then writes it as .csv, as .xlsx with
xlsxwriter (what Ponte uses, ``app/exporting/xlsx.py``) and as the same .xlsx with openpyxl
(write-only mode: bold frozen header, autofilter, widths, date cells, quote prefix). Time is
measured without tracing; peak memory in a second run under tracemalloc (Python
allocations, the writer's own, not the table's).
"""

from __future__ import annotations

import argparse
import gc
import os
import sys
import tempfile
import time
import tracemalloc
from collections.abc import Callable
from datetime import UTC, datetime
from itertools import cycle
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from sqlalchemy import func, select

from app.exporting.cells import is_formula_like
from app.exporting.csv_out import write_csv
from app.exporting.tables import Kind, Sheet, export_sheets
from app.exporting.xlsx import DATE_FORMAT, DATETIME_FORMAT, column_width, write_xlsx
from app.model import DocumentLanguage, Organisation, Participant
from app.store import Store
from benchmarks.demo_store import open_demo

KANJI = [("佐藤", "さとう"), ("鈴木", "すずき"), ("高橋", "たかはし"), ("田中", "たなか")]


def grow(store: Store, mission_id: int, count: int) -> int:
    """Add delegates up to ``count`` participants; return how many were added."""
    with store.session() as s:
        have = s.scalar(
            select(func.count())
            .select_from(Participant)
            .where(Participant.mission_id == mission_id)
        )
        orgs = list(s.scalars(select(Organisation).where(Organisation.mission_id == mission_id)))
        languages = cycle(DocumentLanguage)
        for n, org, (kanji, kana) in zip(
            range(count - (have or 0)), cycle(orgs), cycle(KANJI), strict=False
        ):
            s.add(
                Participant(
                    mission_id=mission_id, organisation_id=org.id, family_name=f"Bench{n:05d}",
                    given_name="Delegata", family_name_kanji=kanji, given_name_kanji="花子",
                    family_name_kana=kana, given_name_kana="はなこ",
                    document_language=next(languages), email=f"bench{n}@example.it",
                    phone="+39 011 555 0000", consent=True,
                    consent_at=datetime(2027, 9, 1, 8, 0, tzinfo=UTC),
                    notes="=HYPERLINK(\"http://evil.example\")" if n % 100 == 0 else "",
                )
            )  # fmt: skip
        return max(0, count - (have or 0))


def write_openpyxl(path: Path, sheet: Sheet) -> None:
    """The same workbook as ``write_xlsx``, with openpyxl's write-only mode."""
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.styles import Font
    from openpyxl.utils import get_column_letter

    book = Workbook(write_only=True)
    ws: Any = book.create_sheet(sheet.name)
    ws.freeze_panes = "A2"
    for c, column in enumerate(sheet.columns):
        values = [row[c] for row in sheet.rows]
        ws.column_dimensions[get_column_letter(c + 1)].width = column_width(column, values)
    bold = Font(bold=True)

    def cell(value: Any, kind: Kind) -> Any:
        if isinstance(value, bool):
            value = "yes" if value else "no"
        out = WriteOnlyCell(ws, value=value)
        if kind is Kind.DATE and value is not None:
            out.number_format = DATE_FORMAT
        elif kind is Kind.DATETIME and value is not None:
            out.number_format = DATETIME_FORMAT
        elif isinstance(value, str):
            out.data_type = "s"  # never a formula
            if is_formula_like(value):
                out.quotePrefix = True
        return out

    header = []
    for column in sheet.columns:
        h = WriteOnlyCell(ws, value=column.header)
        h.font = bold
        header.append(h)
    ws.append(header)
    kinds = [c.kind for c in sheet.columns]
    for row in sheet.rows:
        ws.append([cell(v, k) for v, k in zip(row, kinds, strict=True)])
    ws.auto_filter.ref = f"A1:{get_column_letter(len(kinds))}{len(sheet.rows) + 1}"
    book.save(path)


def measure(name: str, write: Callable[[Path], object], path: Path) -> None:
    gc.collect()
    started = time.perf_counter()
    write(path)
    elapsed = time.perf_counter() - started
    path.unlink()
    gc.collect()
    tracemalloc.start()
    write(path)
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    print(
        f"  {name:<22} {elapsed:6.2f} s  peak {peak / 1e6:6.1f} MB  "
        f"{path.stat().st_size / 1e3:6.0f} KB"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--count", type=int, default=10_000, help="participants to export")
    parser.add_argument("--db", type=Path, default=None, help="a database with the demo")
    args = parser.parse_args()

    with tempfile.TemporaryDirectory() as scratch:
        os.environ.setdefault("PONTE_HOME", str(Path(scratch) / "home"))
        db = args.db or Path(scratch) / "bench.sqlite"
        store, mission_id = open_demo(db)
        grow(store, mission_id, args.count)
        started = time.perf_counter()
        (sheet,) = export_sheets(store, mission_id, ["participants"])
        read = time.perf_counter() - started
        store.close()
        print(f"{len(sheet.rows)} participants × {len(sheet.columns)} columns: read {read:.2f} s")
        out = Path(scratch)
        measure("csv", lambda p: write_csv(p, sheet), out / "p.csv")
        measure("xlsx (xlsxwriter)", lambda p: write_xlsx(p, [sheet]), out / "p.xlsx")
        measure("xlsx (openpyxl, w/o)", lambda p: write_openpyxl(p, sheet), out / "q.xlsx")


if __name__ == "__main__":
    main()
