"""How well the CSV encoding is found (issue 14, item 12), run by hand:

    .venv/bin/python benchmarks/bench_encodings.py [--per 10] [--seed 14]

A corpus of registration sheets as each tool writes them — Italian names (accents inside
words, capitals, a few French, German and Spanish names), Japanese names (kanji, kana,
half-width kana, company names) — in every encoding the chambers' files arrive in: UTF-8
(with and without BOM), UTF-16 (with and without BOM), Windows-1252 and Latin-1 (Italian
Excel), Mac Roman (Excel for Mac), CP932 and EUC-JP (Japanese Excel and older systems:
Japanese names, Italian ones without accents, which those encodings lack), GB18030 (both
scripts) and UTF-7; from 1 to 200 rows. Each method is scored per encoding: read right
(the very text written), refused (an honest "cannot tell"), or read WRONG (garbled names
imported silently: the one outcome that must not happen), and timed per file.

Methods: Ponte's rules (``app.importing.encoding.decode``) and charset-normalizer's best
guess (``from_bytes(data).best()``), the detector already installed with requests.
"""

from __future__ import annotations

import argparse
import random
import sys
import time
import unicodedata
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

IT_GIVEN = ("Giulia", "Marco", "Francesca", "Luca", "Chiara", "Niccolò", "Andrea", "Elena")
IT_GIVEN += ("Hélène", "François", "Jürgen", "Élise", "Zoë", "Ségolène", "Mattia", "Ilaria")
IT_FAMILY = ("Rossi", "Bianchi", "D'Angelo", "Esposito", "Ferrè", "Romano", "Colombo")
IT_FAMILY += ("Müller", "Gérard", "Perché", "Lòpez", "Ñañez", "Sacco", "Forlì", "Canè")
IT_ORGS = (
    "Officine Meccaniche Torinesi S.p.A.",
    "Caffè Ferrero & Figli",
    "Università di Torino",
    "Città di Castello Srl",
    "Società Elettrica Piemontese",
)
IT_CITIES = ("Torino", "Città di Castello", "Forlì", "Cantù", "Nichelino")
JA_GIVEN = ("太郎", "花子", "健一", "美咲", "翔太", "陽菜", "大輔", "さくら", "真由美")
JA_FAMILY = ("山田", "鈴木", "高橋", "田中", "渡辺", "伊藤", "中村", "小林", "山本")
JA_ORGS = ("株式会社名古屋精機", "トヨタ紡織株式会社", "中部電力ミライズ", "名古屋商工会議所")
CN_FAMILY = ("王", "李", "张", "刘", "陈", "杨", "黄", "赵")
CN_GIVEN = ("伟", "芳", "娜", "秀英", "敏", "静", "丽", "强")
CN_ORGS = ("上海汽车集团", "华为技术有限公司", "中国银行", "广州机械进出口公司")
JA_KANA = ("ヤマダ タロウ", "ｽｽﾞｷ ﾊﾅｺ", "たなか けんいち", "ワタナベ", "ヤマモト マユミ")


def _unaccented(text: str) -> str:
    return "".join(ch for ch in unicodedata.normalize("NFD", text) if not unicodedata.combining(ch))


def italian(rnd: random.Random, rows: int, accents: bool = True) -> list[str]:
    lines = ["Azienda;Nome;Cognome;Email;Città"]
    for i in range(rows):
        lines.append(
            f"{rnd.choice(IT_ORGS)};{rnd.choice(IT_GIVEN)};{rnd.choice(IT_FAMILY)};"
            f"p{i}@example.it;{rnd.choice(IT_CITIES)}"
        )
    return lines if accents else [_unaccented(line) for line in lines]


def japanese(rnd: random.Random, rows: int) -> list[str]:
    return ["会社名;氏名;フリガナ;メール"] + [
        f"{rnd.choice(JA_ORGS)};{rnd.choice(JA_FAMILY)} {rnd.choice(JA_GIVEN)};"
        f"{rnd.choice(JA_KANA)};j{i}@example.jp"
        for i in range(rows)
    ]


def kanji_only(rnd: random.Random, rows: int) -> list[str]:
    """Names and companies in kanji alone: no kana to say the text is Japanese."""
    orgs = ("株式会社名古屋精機", "名古屋商工会議所")
    return ["会社名;氏名"] + [
        f"{rnd.choice(orgs)};{rnd.choice(JA_FAMILY)}{rnd.choice(JA_GIVEN[:8])}" for _ in range(rows)
    ]


def chinese(rnd: random.Random, rows: int) -> list[str]:
    """A Chinese partner's sheet: simplified Chinese names and companies, Italian ones."""
    return [
        f"{a};{b}"
        for a, b in zip(
            italian(rnd, rows),
            ["公司;姓名"]
            + [
                f"{rnd.choice(CN_ORGS)};{rnd.choice(CN_FAMILY)}{rnd.choice(CN_GIVEN)}"
                for _ in range(rows)
            ],
            strict=True,
        )
    ]


def both(rnd: random.Random, rows: int, accents: bool = True) -> list[str]:
    return [
        f"{a};{b}" for a, b in zip(italian(rnd, rows, accents), japanese(rnd, rows), strict=True)
    ]


def _text(lines: list[str]) -> str:
    return "\r\n".join(lines) + "\r\n"


# (label, encoding, what a file in it holds): Japanese-only encodings hold Japanese names and
# Italian ones without accents, which they lack; single-byte Western ones Italian names.
Content = Callable[[random.Random, int], list[str]]
CONTENT: tuple[tuple[str, str, Content], ...] = (
    ("utf-8", "utf-8", both),
    ("utf-8-sig", "utf-8-sig", both),
    ("utf-16", "utf-16", both),
    ("utf-16-le", "utf-16-le", both),
    ("cp1252", "cp1252", italian),
    ("latin-1", "latin-1", italian),
    ("mac_roman", "mac_roman", italian),
    ("cp932", "cp932", lambda rnd, n: japanese(rnd, n) if n % 2 else both(rnd, n, False)),
    ("cp932 kanji", "cp932", kanji_only),
    ("euc_jp", "euc_jp", lambda rnd, n: japanese(rnd, n) if n % 2 else both(rnd, n, False)),
    ("euc_jp kanji", "euc_jp", kanji_only),
    ("gb18030", "gb18030", both),
    ("gb18030 zh", "gb18030", chinese),
    ("utf-7", "utf-7", both),
)
SIZES = (1, 2, 3, 5, 20, 200)


def corpus(seed: int, per: int) -> list[tuple[str, str, bytes]]:
    rnd = random.Random(seed)
    out: list[tuple[str, str, bytes]] = []
    for label, encoding, content in CONTENT:
        for rows in SIZES:
            for _ in range(per):
                text = _text(content(rnd, rows))
                out.append((label, text, text.encode(encoding)))
    return out


def ponte(data: bytes) -> str | None:
    from app.importing.encoding import decode
    from app.importing.errors import ImportFileError

    try:
        return decode(data, "x.csv").text
    except ImportFileError:
        return None


def charset_normalizer(data: bytes) -> str | None:
    import charset_normalizer as cn

    best = cn.from_bytes(data).best()
    return None if best is None else str(best).removeprefix("\ufeff")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--per", type=int, default=10, help="files per encoding and size")
    parser.add_argument("--seed", type=int, default=14)
    args = parser.parse_args()
    samples = corpus(args.seed, args.per)
    print(f"{len(samples)} files; sizes {SIZES} rows; {args.per} of each")
    for method in (ponte, charset_normalizer):
        method(b"warm up \xe8")
        tally: dict[str, list[int]] = {}
        elapsed = 0.0
        for encoding, text, data in samples:
            t = time.perf_counter()
            got = method(data)
            elapsed += time.perf_counter() - t
            right, refused, wrong = tally.setdefault(encoding, [0, 0, 0])
            tally[encoding] = [
                right + (got == text),
                refused + (got is None),
                wrong + (got is not None and got != text),
            ]
        print(f"\n{method.__name__}: {elapsed * 1000 / len(samples):.2f} ms per file")
        print(f"  {'encoding':<12}{'right':>7}{'refused':>9}{'WRONG':>7}")
        for encoding, (right, refused, wrong) in tally.items():
            print(f"  {encoding:<12}{right:>7}{refused:>9}{wrong:>7}")
        total = [sum(t[i] for t in tally.values()) for i in range(3)]
        print(f"  {'all':<12}{total[0]:>7}{total[1]:>9}{total[2]:>7}")


if __name__ == "__main__":
    main()
