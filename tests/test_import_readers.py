"""The import file readers (issue 6): .xlsx and CSV as the chambers send them, and every bad
file refused with a message naming it. Files are built in each test."""

from __future__ import annotations

import contextlib
import csv
import functools
import re
import struct
import sys
import tempfile
import unicodedata
import zipfile
import zlib
from collections.abc import Sequence
from datetime import date, datetime, time, timedelta
from pathlib import Path

import openpyxl
import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from app.importing import readers, xlsx_reader
from app.importing.errors import ImportFileError
from app.importing.readers import MAX_FILE_BYTES, read_table, sheet_names
from app.importing.table import Table
from app.importing.xlsx_reader import MAX_CELLS

# --- helpers -------------------------------------------------------------------------------


def write_csv(path: Path, rows: list[list[str]], encoding: str, delimiter: str = ",") -> Path:
    with path.open("w", encoding=encoding, newline="") as f:
        csv.writer(f, delimiter=delimiter, lineterminator="\r\n").writerows(rows)
    return path


def write_xlsx(path: Path, sheets: dict[str, list[list[object]]]) -> Path:
    wb = openpyxl.Workbook()
    wb.remove(wb.active)
    for title, rows in sheets.items():
        ws = wb.create_sheet(title)
        for row in rows:
            ws.append(row)
    wb.save(path)
    return path


def rewrite_member(path: Path, member: str, change: object) -> None:
    """Replace one member of a zip by ``change(old bytes)``."""
    with zipfile.ZipFile(path) as zin:
        members = [(i, zin.read(i)) for i in zin.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zout:
        for info, blob in members:
            zout.writestr(info.filename, change(blob) if info.filename == member else blob)  # type: ignore[operator]


def refused(path: Path, *words: str, sheet: str | None = None) -> str:
    with pytest.raises(ImportFileError) as e:
        read_table(path, sheet=sheet)
    message = str(e.value)
    assert path.name in message
    for word in words:
        assert word in message, message
    return message


JA_HEADER = ["会社名", "氏名", "フリガナ", "メールアドレス", "役職"]
JA_ROWS = [
    ["株式会社名古屋精機", "山田 太郎", "ヤマダ タロウ", "yamada@example.co.jp", "部長"],
    ["トヨタ紡織株式会社", "鈴木　花子", "ｽｽﾞｷ ﾊﾅｺ", "suzuki@example.co.jp", "課長"],
    ["中部電力ミライズ", "髙橋 健一", "タカハシ ケンイチ", "takahashi@example.jp", ""],
]
IT_HEADER = ["Azienda", "Nome", "Cognome", "Email", "Quota"]
IT_ROWS = [
    ["Caffè Ferrero & Figli", "Niccolò", "D'Angelo", "niccolo@example.it", "250,50"],
    ["Università di Torino", "Hélène", "Müller", "helene@example.it", "0"],
    ["Officine Meccaniche S.p.A.", "Élise", "Ferrè", "elise@example.it", "1.200,00"],
]


def expect(table: Table, headers: list[str], rows: Sequence[Sequence[object]]) -> None:
    """Every field: headers, each cell, nothing more."""
    assert list(table.headers) == headers
    assert [list(r) for r in table.rows] == [list(r) for r in rows]


# --- CSV -----------------------------------------------------------------------------------


def test_japanese_excel_cp932_comma(tmp_path: Path) -> None:
    """Shift_JIS from Japanese Excel: kanji, kana, half-width kana and the ideographic space."""
    path = write_csv(tmp_path / "名簿.csv", [JA_HEADER, *JA_ROWS], "cp932")
    table = read_table(path)
    expect(table, JA_HEADER, [[v or None for v in r] for r in JA_ROWS])
    assert table.sheet is None and table.source == "名簿.csv"
    assert table.row_numbers == (2, 3, 4)
    assert table.notes == (
        "Read as CSV text: encoding Shift_JIS (CP932, Japanese Excel), delimiter: comma.",
    )
    assert sheet_names(path) == []


def test_italian_excel_cp1252_semicolon(tmp_path: Path) -> None:
    """Windows-1252 from Italian Excel, semicolons, decimal commas, accents inside words."""
    path = write_csv(tmp_path / "iscritti.csv", [IT_HEADER, *IT_ROWS], "cp1252", ";")
    table = read_table(path)
    expect(table, IT_HEADER, [list(r) for r in IT_ROWS])
    assert table.notes == (
        "Read as CSV text: encoding Windows-1252 (Western European Excel), delimiter: semicolon.",
    )


@pytest.mark.parametrize(
    "text",
    ["Élise;Rossi", "Müller;Hélène", "François;Perché", "È un test;Città", "Così;Sì"],
)
def test_latin_text_is_not_taken_for_shift_jis(tmp_path: Path, text: str) -> None:
    """Windows-1252 bytes that also decode as CP932 are still read as Windows-1252."""
    path = tmp_path / "x.csv"
    path.write_bytes(f"A;B\r\n{text}\r\n".encode("cp1252"))
    assert list(read_table(path).rows[0]) == text.split(";")


def test_utf8_with_bom_and_both_scripts(tmp_path: Path) -> None:
    rows = [["Nome", "氏名"], ["Giulia Rossi", "山田太郎"], ["Niccolò", "ｶﾀｶﾅ"]]
    path = write_csv(tmp_path / "a.csv", rows, "utf-8-sig")
    table = read_table(path)
    expect(table, ["Nome", "氏名"], rows[1:])
    assert table.notes == ("Read as CSV text: encoding UTF-8 with BOM, delimiter: comma.",)


def test_utf8_without_bom(tmp_path: Path) -> None:
    path = write_csv(tmp_path / "a.csv", [["Nome", "氏名"], ["Città", "名古屋"]], "utf-8")
    table = read_table(path)
    expect(table, ["Nome", "氏名"], [["Città", "名古屋"]])
    assert table.notes == ("Read as CSV text: encoding UTF-8, delimiter: comma.",)


def test_utf16_unicode_text_from_excel(tmp_path: Path) -> None:
    """Excel's "Unicode text": UTF-16 with a BOM, tab-delimited."""
    path = write_csv(tmp_path / "u.txt", [IT_HEADER, *IT_ROWS, JA_ROWS[0]], "utf-16", "\t")
    table = read_table(path)
    expect(table, IT_HEADER, [*IT_ROWS, JA_ROWS[0]])
    assert table.notes == (
        "Read as CSV text: encoding UTF-16 (Excel's Unicode text), delimiter: tab.",
    )


def test_utf16_without_bom(tmp_path: Path) -> None:
    path = tmp_path / "u.csv"
    path.write_bytes("Nome,氏名\r\nRossi,山田\r\n".encode("utf-16-le"))
    table = read_table(path)
    expect(table, ["Nome", "氏名"], [["Rossi", "山田"]])
    assert "UTF-16 without BOM" in table.notes[0]


def test_quoted_newlines_and_delimiters(tmp_path: Path) -> None:
    """A quoted field may hold the delimiter, quotes and line breaks; row numbers count
    records, as Excel shows them, not lines."""
    path = tmp_path / "q.csv"
    path.write_text(
        'Name;Address;Note\r\n"Rossi; Mario";"Via Roma 1\r\nTorino";"He said ""ciao"""\r\n'
        '\r\n"Bianchi";"";"x\ny"\r\n',
        encoding="utf-8",
    )
    table = read_table(path)
    expect(
        table,
        ["Name", "Address", "Note"],
        [["Rossi; Mario", "Via Roma 1 Torino", 'He said "ciao"'], ["Bianchi", None, "x y"]],
    )
    assert table.row_numbers == (2, 4)
    assert "delimiter: semicolon" in table.notes[0]


def test_delimiter_is_the_consistent_one(tmp_path: Path) -> None:
    """A comma file whose notes have semicolons is still read by commas."""
    path = tmp_path / "c.csv"
    path.write_text(
        "Name,Note,Fee\nRossi,vegetarian; late,10\nBianchi,none,20\nVerdi,a;b;c,30\n",
        encoding="utf-8",
    )
    table = read_table(path)
    expect(
        table,
        ["Name", "Note", "Fee"],
        [["Rossi", "vegetarian; late", "10"], ["Bianchi", "none", "20"], ["Verdi", "a;b;c", "30"]],
    )


def test_one_column_csv(tmp_path: Path) -> None:
    path = tmp_path / "e.csv"
    path.write_text("Email\na@example.it\nb@example.jp\n", encoding="utf-8")
    table = read_table(path)
    expect(table, ["Email"], [["a@example.it"], ["b@example.jp"]])
    assert table.notes == ("Read as CSV text: encoding UTF-8, one column (no delimiter).",)


def test_longer_rows_and_unnamed_columns(tmp_path: Path) -> None:
    """Values beyond the header are kept under "Column D" with a note; an empty header with
    values is named after its column; trailing empty fields are dropped."""
    path = tmp_path / "l.csv"
    path.write_text(
        "Name,,Email,,\nRossi,x,r@example.it,,\nBianchi,,b@example.it,extra,\n", encoding="utf-8"
    )
    table = read_table(path)
    expect(
        table,
        ["Name", "Column B", "Email", "Column D"],
        [["Rossi", "x", "r@example.it", None], ["Bianchi", None, "b@example.it", "extra"]],
    )
    assert "Values without a header were kept under Column B (row 2), Column D (row 3)." in (
        table.notes
    )


def test_header_cleaning_and_duplicates(tmp_path: Path) -> None:
    """Headers: NFC, no controls, whitespace collapsed; repeats numbered case-blind."""
    path = tmp_path / "h.csv"
    decomposed = unicodedata.normalize("NFD", "Città")
    path.write_text(
        f"  E-mail\u200b ,{decomposed},Email ,e-mail,Email (2),Email\nA,B,C,D,E,F\n",
        encoding="utf-8",
    )
    table = read_table(path)
    expect(
        table,
        ["E-mail", "Città", "Email", "e-mail (2)", "Email (2)", "Email (3)"],
        [["A", "B", "C", "D", "E", "F"]],
    )
    assert "Repeated headers were numbered: e-mail (2), Email (3)." in table.notes


def test_control_characters_and_blank_rows(tmp_path: Path) -> None:
    """Text cells: NFC, line breaks and tabs → one space, other controls and invisible
    formatting removed, trimmed, empty → None; blank rows skipped, numbers kept."""
    path = tmp_path / "c.csv"
    nfd = unicodedata.normalize("NFD", "Niccolò")
    path.write_text(
        "\r\n,,\r\nName,Note\r\n"
        f'"{nfd}\x07","a\tb\u200b\u202e c"\r\n'
        '" \u3000 ","\ufeff"\r\n'
        ",\r\n"
        '"\x0b\x1f  x  ",y\r\n',
        encoding="utf-8",
    )
    table = read_table(path)
    expect(table, ["Name", "Note"], [["Niccolò", "a b c"], ["x", "y"]])
    assert table.row_numbers == (4, 7)
    assert "The header is row 3." in table.notes


def test_the_invisible_characters_are_all_unicode_cc_and_cf() -> None:
    """The cleaning regex removes exactly Unicode's Cc and Cf characters."""
    removed = {ch for ch in map(chr, range(sys.maxunicode + 1)) if readers._INVISIBLE.fullmatch(ch)}
    expected = {
        ch for ch in map(chr, range(sys.maxunicode + 1)) if unicodedata.category(ch) in ("Cc", "Cf")
    }
    assert removed >= expected
    # and what this Python's Unicode does not know yet (Cf in a newer version)
    assert {unicodedata.category(ch) for ch in removed - expected} <= {"Cn"}


def test_a_10000_character_name_is_read(tmp_path: Path) -> None:
    name = "Giulia" * 1000 + "山田" * 2000
    path = write_csv(tmp_path / "long.csv", [["Name", "Email"], [name, "a@b.it"]], "utf-8")
    assert read_table(path).rows == ((name, "a@b.it"),)
    xlsx = write_xlsx(tmp_path / "long.xlsx", {"S": [["Name"], [name]]})
    assert read_table(xlsx).rows == ((name,),)


def test_an_open_quote_is_reported(tmp_path: Path) -> None:
    path = tmp_path / "open.csv"
    path.write_text('Name,Note\nRossi,"never closed\n' + "x" * 200_000 + "\n", encoding="utf-8")
    refused(path, "row 2, column B", "200,014 characters over 3 lines", "quote", "never closed")


def test_empty_and_header_only_csv(tmp_path: Path) -> None:
    empty = tmp_path / "empty.csv"
    empty.write_bytes(b"")
    refused(empty, "is empty")
    blank = tmp_path / "blank.csv"
    blank.write_text(";;\r\n \r\n;\r\n", encoding="utf-8")
    refused(blank, "is empty")
    header = tmp_path / "header.csv"
    header.write_text("Name;Email\r\n;\r\n", encoding="utf-8")
    refused(header, "has no rows under its header (row 1)")


def test_bad_utf8_after_a_bom_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "bad.csv"
    path.write_bytes(b"\xef\xbb\xbfName\nRoss\xffi\n")
    refused(path, "byte 13", "UTF-8")


# --- XLSX ----------------------------------------------------------------------------------


def test_xlsx_both_scripts_dates_numbers(tmp_path: Path) -> None:
    path = write_xlsx(
        tmp_path / "iscritti.xlsx",
        {
            "Iscritti": [
                ["Organizzazione", "氏名", "Email", "Arrivo", "Registrato", "Quota", "Ok"],
                [
                    "Caffè Ferrero",
                    "山田 太郎",
                    "y@example.jp",
                    date(2026, 3, 2),
                    datetime(2026, 2, 1, 9, 30),
                    250.5,
                    True,
                ],
                [
                    "Università",
                    "Giulia Rossi",
                    "g@example.it",
                    datetime(2026, 3, 3, 0, 0),
                    datetime(2026, 2, 2, 18, 5, 7),
                    3,
                    False,
                ],
            ]
        },
    )
    table = read_table(path)
    expect(
        table,
        ["Organizzazione", "氏名", "Email", "Arrivo", "Registrato", "Quota", "Ok"],
        [
            [
                "Caffè Ferrero",
                "山田 太郎",
                "y@example.jp",
                date(2026, 3, 2),
                datetime(2026, 2, 1, 9, 30),
                250.5,
                True,
            ],
            [
                "Università",
                "Giulia Rossi",
                "g@example.it",
                date(2026, 3, 3),
                datetime(2026, 2, 2, 18, 5, 7),
                3,
                False,
            ],
        ],
    )
    assert type(table.rows[1][3]) is date and type(table.rows[1][5]) is int
    assert table.sheet == "Iscritti" and table.row_numbers == (2, 3) and table.notes == ()
    assert sheet_names(path) == ["Iscritti"]


def test_xlsx_by_content_not_by_name(tmp_path: Path) -> None:
    """An .xlsx renamed .csv is read as a workbook, and CSV text named .xlsx as CSV."""
    xlsx = write_xlsx(tmp_path / "really.xlsx", {"S": [["A"], [1]]})
    renamed = xlsx.rename(tmp_path / "export.csv")
    assert read_table(renamed).sheet == "S"
    text = tmp_path / "export.xlsx"
    text.write_text("A;B\n1;2\n", encoding="utf-8")
    assert read_table(text).rows == (("1", "2"),)


def _with_cached_formula(path: Path) -> None:
    """openpyxl writes formulas without their value; put one in, as Excel would."""
    rewrite_member(
        path,
        "xl/worksheets/sheet1.xml",
        lambda xml: xml.replace(b"<f>B2*2</f><v></v>", b"<f>B2*2</f><v>84</v>").replace(
            b"<f>B2*2</f><v />", b"<f>B2*2</f><v>84</v>"
        ),
    )


def test_formulas_read_as_cached_values(tmp_path: Path) -> None:
    path = write_xlsx(tmp_path / "f.xlsx", {"S": [["Name", "N", "Double"], ["a", 42, "=B2*2"]]})
    _with_cached_formula(path)
    table = read_table(path)
    expect(table, ["Name", "N", "Double"], [["a", 42, 84]])
    assert table.notes == ("Formulas read as their last computed values.",)


def test_formulas_without_saved_value_are_noted(tmp_path: Path) -> None:
    path = write_xlsx(tmp_path / "f.xlsx", {"S": [["N", "Double"], [42, "=A2*2"], [1, "=A3*2"]]})
    table = read_table(path)
    expect(table, ["N", "Double"], [[42, None], [1, None]])
    assert table.notes == (
        "Formulas read as their last computed values.",
        "2 formula cells have no saved value (the file was not saved by Excel): they are read "
        "as empty; open and save the file in Excel to fill them.",
    )


def test_merged_header_and_data_cells(tmp_path: Path) -> None:
    """A header merged over two columns names both; a merged organisation fills its rows."""
    path = tmp_path / "m.xlsx"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Delegazione"
    for row in (
        ["Nome", None, "Azienda"],
        ["Giulia", "Rossi", "Caffè Ferrero"],
        ["Marco", "Bianchi", None],
    ):
        ws.append(row)
    ws.merge_cells("A1:B1")
    ws.merge_cells("C2:C3")
    wb.save(path)
    table = read_table(path)
    expect(
        table,
        ["Nome", "Nome (2)", "Azienda"],
        [["Giulia", "Rossi", "Caffè Ferrero"], ["Marco", "Bianchi", "Caffè Ferrero"]],
    )
    assert table.notes == (
        "Merged cells (2 areas): each of their cells was given the area's value.",
        "Repeated headers were numbered: Nome (2).",
    )


def test_duplicate_columns_and_offset_data(tmp_path: Path) -> None:
    """Data starting at C3: row numbers and column letters are the sheet's own."""
    path = tmp_path / "d.xlsx"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws["C3"], ws["D3"], ws["F3"] = "Email", "email", "Email"
    ws["C5"], ws["D5"], ws["E5"], ws["F5"] = "a@x.it", "b@x.it", "loose", "c@x.it"
    wb.save(path)
    table = read_table(path)
    expect(
        table,
        ["Email", "email (2)", "Column E", "Email (3)"],
        [["a@x.it", "b@x.it", "loose", "c@x.it"]],
    )
    assert table.row_numbers == (5,)
    assert set(table.notes) == {
        "Values without a header were kept under Column E (row 5).",
        "Repeated headers were numbered: email (2), Email (3).",
        "The header is row 3.",
    }


def test_sheet_choice(tmp_path: Path) -> None:
    path = write_xlsx(
        tmp_path / "s.xlsx",
        {"Vuoto": [], "Iscritti": [["A"], ["a"]], "Altro": [["B"], ["b"]]},
    )
    assert sheet_names(path) == ["Vuoto", "Iscritti", "Altro"]
    table = read_table(path)
    assert (table.sheet, table.rows) == ("Iscritti", (("a",),))
    assert table.notes == ('Sheet "Iscritti" read: the first with data.',)
    assert read_table(path, sheet="Altro").rows == (("b",),)
    refused(path, 'no sheet "Nope"', '"Vuoto", "Iscritti", "Altro"', sheet="Nope")
    refused(path, 'Sheet "Vuoto"', "is empty", sheet="Vuoto")


def test_hidden_sheets_come_last(tmp_path: Path) -> None:
    path = tmp_path / "h.xlsx"
    wb = openpyxl.Workbook()
    wb.active.title = "Liste"
    wb.active.append(["Lookup"])
    wb.active.append(["x"])
    wb.active.sheet_state = "hidden"
    ws = wb.create_sheet("Iscritti")
    ws.append(["Name"])
    ws.append(["Rossi"])
    wb.active = 1
    wb.save(path)
    assert sheet_names(path) == ["Iscritti"]
    assert read_table(path).sheet == "Iscritti"
    assert read_table(path, sheet="Liste").rows == (("x",),)


def test_empty_and_header_only_workbooks(tmp_path: Path) -> None:
    empty = write_xlsx(tmp_path / "empty.xlsx", {"A": [], "B": [[None, " "]]})
    refused(empty, "is empty: none of its sheets has data")
    header = write_xlsx(tmp_path / "header.xlsx", {"Iscritti": [[], ["Name", "Email"]]})
    refused(header, 'Sheet "Iscritti"', "has no rows under its header (row 2)")


def test_xlsx_text_is_cleaned(tmp_path: Path) -> None:
    nfd = unicodedata.normalize("NFD", "Niccolò")
    path = write_xlsx(
        tmp_path / "c.xlsx",
        {"S": [[" Name\u200b ", "Note"], [f"  {nfd}  ", "a\nb\tc\u00ad"], ["\u3000", None]]},
    )
    table = read_table(path)
    expect(table, ["Name", "Note"], [["Niccolò", "a b c"]])


# --- refused files -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "blob", "words"),
    [
        ("budget.xls", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 600, ["Excel 97–2003"]),
        (
            "secret.xlsx",
            b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
            + b"\x00" * 60
            + "EncryptedPackage".encode("utf-16-le"),
            ["password"],
        ),
        ("scan.pdf", b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<<>>\nendobj\n", ["PDF"]),
        ("logo.csv", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)), ["PNG"]),
        ("random.csv", bytes((i * 7919 + 13) % 256 for i in range(4000)), ["binary file"]),
        ("nul.csv", b"Name,Email\nRossi,\x00\x01\x02\n", ["binary file", "byte 18"]),
        ("broken.xlsx", b"PK\x03\x04" + b"\x00" * 100, ["damaged"]),
    ],
)
def test_not_a_spreadsheet(tmp_path: Path, name: str, blob: bytes, words: list[str]) -> None:
    path = tmp_path / name
    path.write_bytes(blob)
    refused(path, *words)
    if not name.endswith(".csv"):  # a CSV file has no sheets to list: []
        with pytest.raises(ImportFileError):
            sheet_names(path)


def test_zip_that_is_not_a_workbook(tmp_path: Path) -> None:
    path = tmp_path / "photos.xlsx"
    with zipfile.ZipFile(path, "w") as z:
        z.writestr("holiday.txt", "hello")
    refused(path, "not an Excel workbook")
    ods = tmp_path / "calc.xlsx"
    with zipfile.ZipFile(ods, "w") as z:
        z.writestr("mimetype", "application/vnd.oasis.opendocument.spreadsheet")
    refused(ods, "OpenDocument")


def test_missing_file(tmp_path: Path) -> None:
    refused(tmp_path / "gone.csv", "cannot be opened")


def test_file_over_the_size_limit(tmp_path: Path) -> None:
    """Refused from its size alone (a sparse file: nothing is written or read)."""
    path = tmp_path / "huge.csv"
    with path.open("wb") as f:
        f.truncate(MAX_FILE_BYTES + 1)
    refused(path, "50 MB")


def test_zip_bomb(tmp_path: Path) -> None:
    """A 300 MB member of zeros (300 KB on disk) is refused before anything inflates it."""
    path = write_xlsx(tmp_path / "bomb.xlsx", {"S": [["A"], [1]]})
    with (
        zipfile.ZipFile(path, "a", zipfile.ZIP_DEFLATED) as z,
        z.open("xl/media/zeros.bin", "w", force_zip64=True) as f,
    ):
        block = bytes(2**20)
        for _ in range(300):
            f.write(block)
    assert path.stat().st_size < 1_000_000
    refused(path, "200 MB", "zip bomb")


def test_zip_bomb_under_the_total_limit_by_ratio(tmp_path: Path) -> None:
    path = write_xlsx(tmp_path / "ratio.xlsx", {"S": [["A"], [1]]})
    with zipfile.ZipFile(path, "a", zipfile.ZIP_DEFLATED) as z:
        z.writestr("xl/worksheets/zeros.xml", bytes(20 * 2**20))
    refused(path, "zeros.xml", "zip bomb")


def test_zip_member_that_lies_about_its_size(tmp_path: Path) -> None:
    """The sizes a zip declares are not trusted: a member inflating to more is refused."""
    path = write_xlsx(tmp_path / "lie.xlsx", {"S": [["A"], [1]]})
    payload = b"<x>" + b" " * 50_000 + b"</x>"
    with zipfile.ZipFile(path, "a", zipfile.ZIP_DEFLATED) as z:
        z.writestr("xl/lie.xml", payload)
    data = bytearray(path.read_bytes())
    small, crc = 100, zlib.crc32(payload[:100])
    # patch the central directory entry of xl/lie.xml: CRC, uncompressed size
    at = data.rindex(b"PK\x01\x02")
    assert data[at + 46 : at + 46 + 10] == b"xl/lie.xml"
    struct.pack_into("<I", data, at + 16, crc)
    struct.pack_into("<I", data, at + 24, small)
    local = data.rindex(b"PK\x03\x04")
    struct.pack_into("<I", data, local + 14, crc)
    struct.pack_into("<I", data, local + 22, small)
    path.write_bytes(bytes(data))
    with zipfile.ZipFile(path) as z:  # the standard library would believe it
        assert z.read("xl/lie.xml") == payload[:100]
    refused(path, "damaged", "xl/lie.xml")


BILLION_LAUGHS = (
    b'<?xml version="1.0"?>\n<!DOCTYPE lolz [\n <!ENTITY lol "lol">\n'
    + b"".join(
        b' <!ENTITY lol%d "%s">\n' % (i, (b"&lol%d;" % (i - 1) if i > 1 else b"&lol;") * 10)
        for i in range(1, 10)
    )
    + b"]>\n"
)


@pytest.mark.parametrize(
    "member", ["xl/worksheets/sheet1.xml", "xl/sharedStrings.xml", "xl/workbook.xml"]
)
def test_xml_entity_expansion_is_refused(tmp_path: Path, member: str) -> None:
    """A DOCTYPE with entities ("billion laughs") in any part is refused before parsing."""
    path = write_xlsx(tmp_path / "laughs.xlsx", {"S": [["A"], ["x"]]})
    with zipfile.ZipFile(path) as z:
        names = z.namelist()
    if member not in names:  # openpyxl writes inline strings; add a shared strings part
        with zipfile.ZipFile(path, "a") as z:
            z.writestr(member, b"<sst/>")
    rewrite_member(
        path,
        member,
        lambda xml: (
            BILLION_LAUGHS + re.sub(rb"^<\?xml[^>]*\?>", b"", xml).replace(b"<v>x", b"<v>&lol9;")
        ),
    )
    refused(path, "document type declaration", member)


def test_xml_entity_in_utf16_is_refused(tmp_path: Path) -> None:
    path = write_xlsx(tmp_path / "laughs16.xlsx", {"S": [["A"], ["x"]]})
    rewrite_member(
        path,
        "xl/worksheets/sheet1.xml",
        lambda xml: (BILLION_LAUGHS.decode() + xml.decode()).encode("utf-16"),
    )
    refused(path, "document type declaration")


def test_a_far_away_cell_is_refused_not_allocated(tmp_path: Path) -> None:
    """One value in XFD1048576 would make calamine allocate 17 billion cells and abort."""
    path = tmp_path / "far.xlsx"
    wb = openpyxl.Workbook()
    wb.active["A1"], wb.active["A2"], wb.active["XFD1048576"] = "Name", "Rossi", "x"
    wb.save(path)
    refused(path, "XFD", f"{MAX_CELLS:,}")
    # single-quoted and spaced attributes cannot walk around the guard
    rewrite_member(
        path,
        "xl/worksheets/sheet1.xml",
        lambda xml: xml.replace(b'r="XFD1048576"', b"r = 'XFD1048576'"),
    )
    refused(path, "XFD")


# --- properties ----------------------------------------------------------------------------


@settings(
    max_examples=300, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(blob=st.binary(max_size=3000))
@example(blob=b"PK\x03\x04")
@example(blob=b"\xff\xfe\x00\x00")
@example(blob=b"\xfe\xff\x00")
@example(blob=b'"')
def test_random_bytes_give_a_table_or_import_file_error(tmp_path: Path, blob: bytes) -> None:
    path = tmp_path / "fuzz.csv"
    path.write_bytes(blob)
    try:
        table = read_table(path)
    except ImportFileError:
        return
    assert all(len(r) == len(table.headers) for r in table.rows)


@functools.cache
def _small_workbook() -> bytes:
    """One workbook's bytes for every example (openpyxl stamps the time into each file)."""
    with tempfile.TemporaryDirectory() as folder:
        return write_xlsx(Path(folder) / "w.xlsx", {"S": [["A", "B"], ["x", 1]]}).read_bytes()


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(blob=st.binary(min_size=1, max_size=400), at=st.integers(min_value=0, max_value=10**6))
def test_damaged_workbooks_give_import_file_error(tmp_path: Path, blob: bytes, at: int) -> None:
    """Random bytes written over a real workbook: a table or ImportFileError, never a crash."""
    path = tmp_path / "dmg.xlsx"
    data = bytearray(_small_workbook())
    at %= len(data)
    data[at : at + len(blob)] = blob
    path.write_bytes(bytes(data))
    with contextlib.suppress(ImportFileError):
        read_table(path)


def _clean(text: str) -> str | None:
    """The table rules for a text cell, written out independently."""
    text = unicodedata.normalize("NFC", text)
    text = re.sub("[\t\n\x0b\x0c\r\x85\u2028\u2029]+", " ", text)
    text = "".join(ch for ch in text if unicodedata.category(ch) not in ("Cc", "Cf")).strip()
    return text or None


_ASCII = st.characters(min_codepoint=0x20, max_codepoint=0x7E)
_ANY = st.characters(exclude_categories=["Cs"], exclude_characters="\x00")
ALPHABETS = {
    # unambiguous Unicode encodings: anything printable, quotes, delimiters, line breaks
    "utf-8": _ANY,
    "utf-8-sig": _ANY,
    "utf-16": _ANY,
}
JA_WORDS = [
    "山田",
    "鈴木",
    "髙橋",
    "株式会社",
    "名古屋精機",
    "太郎",
    "花子",
    "さくら",
    "トヨタ",
    "ｶﾀｶﾅ",
    "（株）",
    "部長",
    "〒460-0008",
    "　",
]
IT_WORDS = [
    "Caffè",
    "Università",
    "Niccolò",
    "Ferrè",
    "perché",
    "Città",
    "Rossi",
    "D'Angelo",
    "Sant'Anna",
    "€",
    "via",
    "&",
    "S.p.A.",
    "n°",
    "Müller",
    "François",
    "Élise",
]


@st.composite
def tables(draw: st.DrawFn, encoding: str) -> list[list[str]]:
    # Legacy encodings are ambiguous on arbitrary text: their cells are words as people write
    # them (ASCII words and Japanese or Italian ones, separated by spaces).
    if encoding == "cp1252":
        cell = st.lists(st.sampled_from(IT_WORDS) | st.text(_ASCII, max_size=6), max_size=4).map(
            " ".join
        )
    elif encoding == "cp932":
        cell = st.lists(st.sampled_from(JA_WORDS) | st.text(_ASCII, max_size=6), max_size=4).map(
            " ".join
        )
    else:
        cell = st.text(ALPHABETS[encoding], max_size=12)
    width = draw(st.integers(min_value=1, max_value=5))
    header = draw(
        st.lists(
            st.text(st.characters(min_codepoint=0x41, max_codepoint=0x5A), min_size=1, max_size=6),
            min_size=width,
            max_size=width,
            unique=True,
        )
    )
    body = draw(st.lists(st.lists(cell, min_size=width, max_size=width), min_size=1, max_size=8))
    return [header, *body]


@pytest.mark.parametrize("delimiter", [",", ";", "\t"])
@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "utf-16", "cp932", "cp1252"])
@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(data=st.data())
def test_random_tables_round_trip(
    tmp_path: Path, encoding: str, delimiter: str, data: st.DataObject
) -> None:
    """A table written as CSV comes back cell for cell (by the table rules), or the file is
    refused with ImportFileError."""
    rows = data.draw(tables(encoding))
    path = write_csv(tmp_path / "t.csv", rows, encoding, delimiter)
    try:
        table = read_table(path)
    except ImportFileError:
        return
    body = [[_clean(v) for v in r] for r in rows[1:]]
    kept = [(i, r) for i, r in enumerate(body, start=2) if any(v is not None for v in r)]
    assert list(table.headers) == rows[0]
    assert [list(r) for r in table.rows] == [r for _, r in kept]
    if encoding in ("cp932", "cp1252") or any(_has_line_break(v) for r in rows for v in r):
        return  # row numbers count records; checked above with line breaks
    assert list(table.row_numbers) == [i for i, _ in kept]


def _has_line_break(text: str) -> bool:
    return any(ch in text for ch in "\r\n")


@pytest.mark.parametrize(
    ("offset", "value"),
    [(8, 0x20), (8, 0x40), (6, 0x7F)],  # flag bit 5, flag bit 6, "needs zip version 12.7"
    ids=["patched-data", "strong-encryption", "zip-version"],
)
def test_zip_features_zipfile_cannot_read(tmp_path: Path, offset: int, value: int) -> None:
    """Found by the fuzz test: zipfile raises NotImplementedError on these; each is a damaged
    file to us."""
    data = bytearray(_small_workbook())
    at = data.index(b"PK\x01\x02")
    while data[at + 46 : at + 46 + 15] != b"xl/workbook.xml":
        at = data.index(b"PK\x01\x02", at + 4)
    data[at + offset] |= value
    path = tmp_path / "odd.xlsx"
    path.write_bytes(bytes(data))
    refused(path, "damaged")


def test_a_panic_in_calamine_is_an_import_file_error(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A Rust panic (pyo3's PanicException, a BaseException) on a damaged file is reported."""

    class PanicException(BaseException):
        pass

    class Exploding:
        @classmethod
        def from_filelike(cls, _: object) -> None:
            raise PanicException("index out of bounds")

    path = write_xlsx(tmp_path / "p.xlsx", {"S": [["A"], [1]]})
    monkeypatch.setattr(xlsx_reader, "CalamineWorkbook", Exploding)
    refused(path, "damaged")


def test_times_and_durations_become_text(tmp_path: Path) -> None:
    path = tmp_path / "t.xlsx"
    wb = openpyxl.Workbook()
    wb.active.append(["Arrivo", "Durata", "Alle"])
    wb.active.append([time(9, 30), timedelta(hours=25, minutes=30), time(18, 5, 7)])
    wb.active["B2"].number_format = "[h]:mm:ss"
    wb.save(path)
    expect(read_table(path), ["Arrivo", "Durata", "Alle"], [["09:30", "25:30:00", "18:05:07"]])


def test_mixed_encodings_are_refused_not_garbled(tmp_path: Path) -> None:
    """Lines pasted together from a UTF-8 file and an Italian Excel one: read as one
    encoding, half of the names would turn into 'BertÃ¨'; the reader says so instead."""
    path = tmp_path / "misto.csv"
    path.write_bytes(
        "Cognome;Nome\r\nBertè;Niccolò\r\n".encode() + "Forlì;Città\r\n".encode("cp1252")
    )
    with pytest.raises(ImportFileError, match=r"misto\.csv mixes encodings: line 2 is UTF-8"):
        read_table(path)


# --- in the window's languages -------------------------------------------------------------


def test_a_refused_file_reads_in_japanese_and_italian(tmp_path: Path) -> None:
    """The reason a file is refused is worded in the window's language, the kind of file
    too; the English (the CLI's) is unchanged."""
    path = tmp_path / "scan.pdf"
    path.write_bytes(b"%PDF-1.7\n1 0 obj\n<<>>\nendobj\n")
    with pytest.raises(ImportFileError) as e:
        read_table(path)
    assert str(e.value) == "scan.pdf is a PDF document, not a spreadsheet (.xlsx or CSV)"
    assert e.value.text("ja") == (
        "scan.pdf は PDF 文書で、表計算ファイル（.xlsx または CSV）ではありません。"
    )
    assert (
        e.value.text("it") == "scan.pdf è un documento PDF, non un foglio di calcolo (.xlsx o CSV)"
    )


def test_a_sheet_s_problem_names_the_sheet_in_each_language(tmp_path: Path) -> None:
    path = write_xlsx(tmp_path / "s.xlsx", {"Iscritti": [["Name"], ["Rossi"]], "Vuoto": []})
    with pytest.raises(ImportFileError) as e:
        read_table(path, sheet="Vuoto")
    assert e.value.text("ja") == "s.xlsx のシート「Vuoto」 は空です。"
    assert e.value.text("it") == 'Il foglio "Vuoto" in s.xlsx è vuoto'
    with pytest.raises(ImportFileError) as e:
        read_table(path, sheet="Nope")
    assert e.value.text("ja").startswith("s.xlsx にシート「Nope」はありません。")
    assert e.value.text("it").endswith('i suoi fogli: "Iscritti", "Vuoto"')
