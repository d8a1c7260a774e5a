"""Benchmark of reading an import file (issue 6: 10,000 rows imported in ≤ 5 s and ≤ 300 MB),
run by hand:

    .venv/bin/python benchmarks/bench_import_read.py [--rows 10000] [--keep DIR]

Generates a realistic registration sheet (Italian and Japanese organisations and names, both
scripts, e-mails, phones, dates, date-times, fees, a formula column with cached values, some
long notes) as .xlsx and as CSV (UTF-8 with BOM, and CP932 as Japanese Excel saves it), then
reads each in a fresh process, so every figure is that process's own: wall time of the read,
and peak resident memory (``VmHWM`` of ``/proc/self/status``, the process's high-water RSS,
which counts the Rust allocations of python-calamine that tracemalloc cannot see; where there
is no /proc, ``resource.getrusage(RUSAGE_SELF).ru_maxrss``, which on Linux would also carry
the parent's peak over the exec), with the same process's peak after the imports as the
baseline. Readers measured:

* ``read_table``: Ponte's reader, everything included (format sniffing, the zip checks, the
  XML scan, the table rules);
* ``calamine``: python-calamine alone, every value of the first sheet;
* ``openpyxl``: openpyxl alone (``read_only=True, data_only=True``), every value.
"""

from __future__ import annotations

import argparse
import json
import random
import re
import subprocess
import sys
import tempfile
import time
from datetime import date, datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

HEADERS = (
    "Organisation",
    "Organisation (other script)",
    "Given name",
    "Family name",
    "Name (other script)",
    "Email",
    "Phone",
    "Title",
    "Category",
    "Arrival",
    "Registered at",
    "Fee",
    "Fee with VAT",
    "Notes",
)
IT_GIVEN = ("Giulia", "Marco", "Francesca", "Luca", "Chiara", "Niccolò", "Andrea", "Elena")
IT_FAMILY = ("Rossi", "Bianchi", "D'Angelo", "Esposito", "Ferrè", "Romano", "Colombo", "Sacco")
IT_ORGS = ("Officine Meccaniche Torinesi S.p.A.", "Caffè Ferrero & Figli", "Università di Torino")
JA_GIVEN = ("太郎", "花子", "健一", "美咲", "翔太", "陽菜", "大輔", "さくら")
JA_FAMILY = ("山田", "鈴木", "高橋", "田中", "渡辺", "伊藤", "中村", "小林")
JA_ORGS = ("株式会社名古屋精機", "トヨタ紡織株式会社", "中部電力ミライズ", "名古屋商工会議所")
KANA = {"山田": "ヤマダ", "鈴木": "スズキ", "高橋": "タカハシ", "田中": "タナカ"}


def rows(count: int, seed: int = 6) -> list[list[object]]:
    """``count`` registration rows, half Italian and half Japanese, deterministic for a seed."""
    rnd = random.Random(seed)
    out: list[list[object]] = []
    start = datetime(2026, 3, 2, 8, 0)
    for i in range(count):
        if i % 2:
            org, other = rnd.choice(JA_ORGS), "Nagoya Seiki Co., Ltd."
            given, family = rnd.choice(JA_GIVEN), rnd.choice(JA_FAMILY)
            other_name = KANA.get(family, "ナカムラ") + " " + given
            email = f"{family.encode('punycode').decode()}.{i}@example.co.jp"
            phone = f"+81 52-{rnd.randint(100, 999)}-{rnd.randint(1000, 9999)}"
        else:
            org, other = rnd.choice(IT_ORGS), "トリノ機械工業"
            given, family = rnd.choice(IT_GIVEN), rnd.choice(IT_FAMILY)
            other_name = "ジュリア・ロッシ"
            email = f"{given.lower()}.{family.lower().replace(chr(39), '')}.{i}@example.it"
            phone = f"+39 011 {rnd.randint(100, 999)} {rnd.randint(1000, 9999)}"
        fee = rnd.choice((0, 150, 250.5, 400))
        notes = "" if rnd.random() < 0.7 else "Vegetarian; arrives late, ask at the desk " * 3
        out.append(
            [
                org,
                other,
                given,
                family,
                other_name,
                email,
                phone,
                rnd.choice(("CEO", "Sales manager", "部長", "Responsabile export")),
                rnd.choice(("Delegate", "Visitor", "Speaker")),
                date(2026, 3, 1) + timedelta(days=rnd.randint(0, 4)),
                start + timedelta(minutes=rnd.randint(0, 60 * 24 * 30)),
                fee,
                round(fee * 1.22, 2),  # as the formula's cached value
                notes,
            ]
        )
    return out


def write_xlsx(path: Path, data: list[list[object]]) -> None:
    """The sheet as Excel writes it: formulas in the VAT column with their cached values
    (openpyxl cannot write a cached value, so those cells are patched into the XML)."""
    import zipfile

    from openpyxl import Workbook

    wb = Workbook(write_only=True)
    ws = wb.create_sheet("Iscritti")
    ws.append(list(HEADERS))
    for i, row in enumerate(data, start=2):
        cells: list[object] = list(row)
        cells[12] = f"=L{i}*1.22"
        ws.append(cells)
    tmp = path.with_suffix(".tmp.xlsx")
    wb.save(tmp)
    with zipfile.ZipFile(tmp) as zin, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            blob = zin.read(info)
            if info.filename == "xl/worksheets/sheet1.xml":
                blob = re.sub(
                    rb"<f>L(\d+)\*1.22</f><v ?/>",
                    lambda m: b"<f>L%s*1.22</f><v>%r</v>" % (m[1], data[int(m[1]) - 2][12]),
                    blob,
                )
            zout.writestr(info, blob)
    tmp.unlink()


def write_csv(path: Path, data: list[list[object]], encoding: str, delimiter: str) -> None:
    import csv

    # Japanese Excel writes "?" for what CP932 lacks (the Italian accents)
    with path.open("w", encoding=encoding, errors="replace", newline="") as f:
        w = csv.writer(f, delimiter=delimiter)
        w.writerow(HEADERS)
        for row in data:
            w.writerow(
                [v.strftime("%d/%m/%Y") if isinstance(v, date) else v for v in row]
                if encoding == "cp932"
                else row
            )


CHILD = r"""
import json, resource, sys, time
from pathlib import Path
sys.path.insert(0, sys.argv[3])
reader, path = sys.argv[1], Path(sys.argv[2])
def rss():
    # VmHWM: this process's own peak (ru_maxrss would carry the parent's over the exec)
    for line in open("/proc/self/status"):
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
if reader == "read_table":
    from app.importing.readers import read_table
    base = rss(); t = time.perf_counter()
    table = read_table(path)
    n, cells = len(table.rows), sum(len(r) for r in table.rows)
elif reader == "calamine":
    from python_calamine import CalamineWorkbook
    base = rss(); t = time.perf_counter()
    wb = CalamineWorkbook.from_path(str(path))
    values = wb.get_sheet_by_index(0).to_python()
    n, cells = len(values), sum(len(r) for r in values)
else:
    import openpyxl
    base = rss(); t = time.perf_counter()
    wb = openpyxl.load_workbook(path, read_only=True, data_only=True)
    values = [list(r) for r in wb.worksheets[0].iter_rows(values_only=True)]
    wb.close()
    n, cells = len(values), sum(len(r) for r in values)
elapsed = time.perf_counter() - t
print(json.dumps({"seconds": elapsed, "peak_mb": rss(), "base_mb": base, "rows": n,
                  "cells": cells}))
"""


def measure(reader: str, path: Path) -> dict[str, float]:
    root = str(Path(__file__).resolve().parent.parent)
    out = subprocess.run(
        [sys.executable, "-c", CHILD, reader, str(path), root],
        check=True,
        capture_output=True,
        text=True,
    ).stdout
    result: dict[str, float] = json.loads(out)
    return result


def encoding_samples(seed: int = 6) -> list[tuple[str, str, bytes]]:
    """(label, text, bytes): registration CSVs as Italian Excel (Windows-1252: Italian names
    and a few French and German ones, accents inside words too) and Japanese Excel (CP932:
    kanji, kana, half-width kana) save them, and UTF-8 with both scripts, 1 to 200 rows."""
    rnd = random.Random(seed)
    it_given = (*IT_GIVEN, "Hélène", "François", "Jürgen", "Élise", "Zoë", "Ségolène")
    it_family = (*IT_FAMILY, "Müller", "Gérard", "Perché", "Lòpez", "Ñañez")
    ja_kana = ("ヤマダ タロウ", "ｽｽﾞｷ ﾊﾅｺ", "たなか けんいち", "ワタナベ")
    out: list[tuple[str, str, bytes]] = []
    for size in (1, 2, 5, 20, 200):
        for _ in range(20):
            it = ["Azienda;Nome;Cognome;Email;Città"] + [
                f"{rnd.choice(IT_ORGS)};{rnd.choice(it_given)};{rnd.choice(it_family)};"
                f"x{i}@example.it;{rnd.choice(('Torino', 'Città di Castello', 'Forlì'))}"
                for i in range(size)
            ]
            text = "\r\n".join(it) + "\r\n"
            out.append((f"cp1252 {size:>3} rows", text, text.encode("cp1252")))
            ja = ["会社名,氏名,フリガナ,メール"] + [
                f"{rnd.choice(JA_ORGS)},{rnd.choice(JA_FAMILY)} {rnd.choice(JA_GIVEN)},"
                f"{rnd.choice(ja_kana)},y{i}@example.jp"
                for i in range(size)
            ]
            text = "\r\n".join(ja) + "\r\n"
            out.append((f"cp932  {size:>3} rows", text, text.encode("cp932")))
            mixed = [f"{a};{b}" for a, b in zip(it[: size + 1], ja[: size + 1], strict=True)]
            text = "\n".join(mixed) + "\n"
            out.append((f"utf-8  {size:>3} rows", text, text.encode("utf-8")))
    return out


def compare_encodings() -> None:
    """Ponte's decoder against charset-normalizer: share of samples decoded to the very text
    that was written, and time."""
    from app.importing.encoding import decode

    samples = encoding_samples()
    try:
        import charset_normalizer
    except ImportError:
        charset_normalizer = None  # type: ignore[assignment]

    def ours(data: bytes) -> str | None:
        return decode(data, "x").text

    def theirs(data: bytes) -> str | None:
        best = charset_normalizer.from_bytes(data).best()
        return None if best is None else str(best)

    methods = {"ponte": ours}
    if charset_normalizer is not None:
        methods["charset-normalizer"] = theirs
    for method, fn in methods.items():
        right: dict[str, list[int]] = {}
        t = time.perf_counter()
        for label, text, data in samples:
            got = fn(data)
            tally = right.setdefault(label, [0, 0])
            tally[0] += got == text
            tally[1] += 1
        elapsed = time.perf_counter() - t
        print(f"{method}: {elapsed * 1000 / len(samples):.1f} ms per file")
        for label, (ok, n) in right.items():
            print(f"  {label}: {ok}/{n} decoded right")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--rows", type=int, default=10_000)
    parser.add_argument("--repeat", type=int, default=3, help="runs of each; the best is shown")
    parser.add_argument("--keep", type=Path, default=None, help="write the files here")
    parser.add_argument("--readers", default="read_table,calamine,openpyxl", help="comma-separated")
    parser.add_argument(
        "--encodings", action="store_true", help="compare CSV encoding detection only"
    )
    args = parser.parse_args()
    if args.encodings:
        compare_encodings()
        return
    folder = args.keep or Path(tempfile.mkdtemp(prefix="ponte-bench-import-"))
    folder.mkdir(parents=True, exist_ok=True)
    data = rows(args.rows)
    t = time.perf_counter()
    xlsx = folder / "iscritti.xlsx"
    write_xlsx(xlsx, data)
    csv_utf8 = folder / "iscritti-utf8.csv"
    write_csv(csv_utf8, data, "utf-8-sig", ",")
    csv_sjis = folder / "iscritti-cp932.csv"
    write_csv(csv_sjis, data, "cp932", ",")
    print(f"generated {args.rows:,} rows in {time.perf_counter() - t:.1f} s into {folder}")
    for path in (xlsx, csv_utf8, csv_sjis):
        print(f"{path.name}: {path.stat().st_size / 1e6:.2f} MB")
    print(
        f"{'file':<22}{'reader':<12}{'rows':>8}{'cells':>10}{'time s':>9}{'peak MB':>9}"
        f"{'base MB':>9}{'+MB':>7}"
    )
    for path in (xlsx, csv_utf8, csv_sjis):
        for reader in args.readers.split(","):
            if path.suffix == ".csv" and reader != "read_table":
                continue
            runs = [measure(reader, path) for _ in range(args.repeat)]
            best = min(runs, key=lambda r: r["seconds"])
            peak = max(r["peak_mb"] for r in runs)
            print(
                f"{path.name:<22}{reader:<12}{best['rows']:>8,.0f}{best['cells']:>10,.0f}"
                f"{best['seconds']:>9.2f}{peak:>9.0f}{best['base_mb']:>9.0f}"
                f"{peak - best['base_mb']:>7.0f}"
            )


if __name__ == "__main__":
    main()
