"""Hostile and odd import files (issue 14, item 12): each refused with a message that names the
real problem, or read right; never a hang, a MemoryError or a garbled name. The files are
made at run time (the big ones are sparse or written once and deleted with the test's
folder)."""

from __future__ import annotations

import os
import random
import threading
from pathlib import Path

import pytest
from click.testing import CliRunner
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from app.cli import build_cli
from app.common.paths import Paths
from app.importing import encoding as enc
from app.importing import messages as msg
from app.importing.errors import ImportFileError
from app.importing.readers import read_table
from app.importing.rows import Action, RowIssue, RowPlan
from app.importing.table import MAX_CELL_CHARS, MAX_COLUMNS, SHOWN_CHARS, shown
from tests.demo_support import CopyDemo

MISSION = 1


def refused(path: Path, *words: str, encoding: str | None = None) -> ImportFileError:
    with pytest.raises(ImportFileError) as e:
        read_table(path, **({"encoding": encoding} if encoding else {}))
    message = str(e.value)
    assert path.name in message
    for word in words:
        assert word in message, message
    assert "has no rows under its header" not in message, message
    return e.value


# --- what the file is --------------------------------------------------------------------------


def test_one_nul_byte_is_a_binary_file_not_utf16(tmp_path: Path) -> None:
    """One NUL in an even-length file once read it as UTF-16 (one line of CJK: "no rows")."""
    path = tmp_path / "iscritti.csv"
    data = b"Nome,Cognome\r\nMario,Rossi\r\nLuca,Bian\x00chi\r\n"
    assert len(data) % 2 == 0
    path.write_bytes(data)
    error = refused(path, "binary file", "NUL", "byte 37")
    assert "バイナリファイル" in error.text("ja") and "file binario" in error.text("it")


@pytest.mark.parametrize(
    ("name", "blob", "words"),
    [
        (
            "iscritti.xls",
            b"<html xmlns:o='urn:schemas-microsoft-com:office:office'><head><meta charset="
            b"'utf-8'></head><body><table><tr><td>Nome</td></tr><tr><td>Mario</td></tr>"
            b"</table></body></html>",
            ["a web page (HTML) named .xls", "save it as an Excel workbook (.xlsx)"],
        ),
        (
            "export.xls",
            b"\xef\xbb\xbf\r\n<!DOCTYPE html>\n<HTML><BODY>x</BODY></HTML>",
            ["a web page (HTML) named .xls"],
        ),
        (
            "iscritti.xls",
            b'<?xml version="1.0"?>\n<?mso-application progid="Excel.Sheet"?>\n<Workbook '
            b'xmlns="urn:schemas-microsoft-com:office:spreadsheet"><Worksheet ss:Name="S">'
            b"<Table><Row><Cell><Data>Nome</Data></Cell></Row></Table></Worksheet></Workbook>",
            ["an Excel 2003 XML spreadsheet named .xls"],
        ),
        (
            "dati.xlsx",
            '<?xml version="1.0" encoding="utf-16"?><people><p>Mario</p></people>'.encode("utf-16"),
            ["an XML file named .xlsx"],
        ),
        (
            "feed",
            b"<?xml version='1.0'?><rss><item/></rss>",
            ["is an XML file, which Ponte cannot read"],
        ),
    ],
)
def test_web_pages_and_xml_are_named(
    tmp_path: Path, name: str, blob: bytes, words: list[str]
) -> None:
    path = tmp_path / name
    path.write_bytes(blob)
    refused(path, *words)


def test_a_fifo_is_refused_without_waiting(tmp_path: Path) -> None:
    """Opening a named pipe for reading waits for a writer: it is refused before that."""
    if not hasattr(os, "mkfifo"):
        pytest.skip("no named pipes here")
    path = tmp_path / "pipe.csv"
    os.mkfifo(path)
    outcome: list[BaseException | None] = []

    def read() -> None:
        try:
            read_table(path)
        except BaseException as e:
            outcome.append(e)
        else:
            outcome.append(None)

    reader = threading.Thread(target=read, daemon=True)
    reader.start()
    reader.join(timeout=10)
    if reader.is_alive():  # let the thread end: open the pipe's other end
        with open(path, "wb"):
            pass
        pytest.fail("read_table waited on a named pipe")
    assert isinstance(outcome[0], ImportFileError), outcome
    assert "pipe.csv is a named pipe (FIFO), not a file" in str(outcome[0])


@pytest.mark.skipif(not Path("/dev/zero").exists(), reason="no /dev/zero")
def test_dev_zero_is_a_device_not_a_memory_error() -> None:
    with pytest.raises(ImportFileError) as e:
        read_table(Path("/dev/zero"))
    assert str(e.value) == "zero is a device, not a file: choose the spreadsheet file itself"


def test_a_folder_is_refused(tmp_path: Path) -> None:
    folder = tmp_path / "iscritti.csv"
    folder.mkdir()
    refused(folder, "is a folder, not a file")


def test_the_read_stops_at_the_limit_whatever_the_size_said(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A file that says it is small (as /proc files do) is read only up to the limit."""
    from app.importing import readers

    path = tmp_path / "grows.csv"
    path.write_bytes(b"Nome\n" + b"x\n" * 600)
    real_stat = os.stat

    def says_empty(p: object) -> os.stat_result:
        status = list(real_stat(p))  # type: ignore[arg-type]
        status[6] = 0  # st_size
        return os.stat_result(status)

    monkeypatch.setattr(readers, "MAX_FILE_BYTES", 1000)
    monkeypatch.setattr(readers.os, "stat", says_empty)
    refused(path, "bigger than")


# --- the table's limits ------------------------------------------------------------------------


def test_a_100000_column_csv_says_how_many_columns(tmp_path: Path) -> None:
    """Once "is a quote left open?" (the csv module's field limit), with no quote in the file."""
    path = tmp_path / "wide.csv"
    header = ",".join(f"c{i}" for i in range(100_000))
    path.write_text(header + "\n" + ",".join("x" * 100_000) + "\n", encoding="utf-8")
    error = refused(path, "100,000 columns in row 1", f"at most {MAX_COLUMNS:,}")
    assert "quote" not in str(error)


def test_a_49_mb_unquoted_cell_names_its_row_column_and_size(tmp_path: Path) -> None:
    path = tmp_path / "big.csv"
    with path.open("wb") as f:
        f.write(b"Nome;Note\r\nMario;ok\r\nLuca;")
        f.write(b"a" * (49 * 2**20))
        f.write(b"\r\n")
    error = refused(path, "row 3, column B", "51,380,224 characters", f"at most {MAX_CELL_CHARS:,}")
    assert "quote" not in str(error) and len(str(error)) < 400


def test_a_1_mb_cell_is_refused_and_never_echoed(tmp_path: Path) -> None:
    """CSV: the size is known. .xlsx: python-calamine cuts a cell at the limit, so a cell
    that reaches it is refused as cut, not read as 32,767 characters of a longer one."""
    cell = "Officine " + "x" * 2**20
    path = tmp_path / "one.csv"
    path.write_bytes(f"Azienda,Email\n{cell},a@b.it\n".encode())
    error = refused(path, "row 2, column A", "1,048,585 characters")
    assert len(str(error)) < 400
    import openpyxl

    book = tmp_path / "one.xlsx"
    wb = openpyxl.Workbook()
    wb.active.append(["Azienda", "Email"])
    wb.active.append([cell, "a@b.it"])
    wb.save(book)
    error = refused(book, "row 2, column A", "32,767 characters or more")
    assert len(str(error)) < 400


def test_a_long_cell_is_shown_short_in_the_row_report(
    tmp_path: Path, paths: Paths, copy_demo: CopyDemo
) -> None:
    """A 30,000-character organisation name (under the cell limit) is named in the report by
    its first 200 characters, in the CLI's output as in the messages the window words."""
    db = copy_demo(tmp_path / "demo.sqlite")
    org = "Ditta " + "Z" * 30_000
    path = tmp_path / "iscritti.csv"
    path.write_text(
        f"Cognome;Nome;Azienda;E-mail\r\nRossi;Mario;{org};m.rossi@example.it\r\n",
        encoding="utf-8",
    )
    result = CliRunner().invoke(
        build_cli(),
        ["import", "--db", str(db), "--mission", str(MISSION), str(path), "--dry-run"],
    )
    assert "row 2 (Rossi Mario)" in result.output, result.output
    assert "Z" * 250 not in result.output
    assert len(result.output) < 3000
    assert "(30,006 characters)" in result.output


def test_shown_and_row_messages_keep_cells_short() -> None:
    assert shown("Rossi") == "Rossi"
    long = "山" * 5000
    assert shown(long) == "山" * (SHOWN_CHARS - 1) + "… (5,000 characters)"
    issue = RowIssue("organisation", msg.ORGANISATION_UNKNOWN(label="Azienda", name=long))
    for lang in ("en", "it", "ja"):
        assert len(issue.text(lang)) < SHOWN_CHARS + 150
    plan = RowPlan(2, Action.ERROR, long, (issue,), notices=(msg.SAME_AS_ROW(label=long, row=1),))
    assert len(plan.label) < SHOWN_CHARS + 30 and len(plan.warnings[0]) < SHOWN_CHARS + 60


# --- encodings ---------------------------------------------------------------------------------

NAMES = (
    "Nome;Cognome;Città\r\nHans;Müller;Forlì\r\nNiccolò;Ferrè;Cantù\r\nÉlise;D'Angelo;Torino\r\n"
)


@pytest.mark.parametrize(
    ("codec", "text", "label"),
    [
        ("gb18030", NAMES + "太郎;山田;名古屋\r\n", "GB18030"),
        ("mac_roman", NAMES, "Mac Roman"),
        ("utf-7", NAMES + "太郎;山田;名古屋\r\n", "UTF-7"),
        (
            "euc_jp",
            "氏名;フリガナ\r\n山田 太郎;ヤマダ タロウ\r\n鈴木 花子;スズキ ハナコ\r\n",
            "EUC-JP",
        ),
        ("cp932", "氏名;フリガナ\r\n山田 太郎;ﾔﾏﾀﾞ ﾀﾛｳ\r\n", "Shift_JIS"),
        ("cp1252", NAMES, "Windows-1252"),
    ],
)
def test_legacy_encodings_are_read_right(tmp_path: Path, codec: str, text: str, label: str) -> None:
    """GB18030, Mac Roman and UTF-7 once came out as "M ̈1ller", "Mller", "M+APw-ller"."""
    path = tmp_path / "nomi.csv"
    path.write_bytes(text.encode(codec))
    table = read_table(path)
    expected = [line.split(";") for line in text.strip().split("\r\n")]
    assert list(table.headers) == expected[0]
    assert [list(r) for r in table.rows] == expected[1:]
    assert label in table.notes[0]


def test_kanji_alone_in_euc_jp_is_refused_with_what_it_could_be(tmp_path: Path) -> None:
    """Kanji without kana read as names in EUC-JP and in GB18030: which one cannot be told."""
    path = tmp_path / "名簿.csv"
    path.write_bytes("会社名;氏名\r\n名古屋商工会議所;山田太郎\r\n".encode("euc_jp"))
    error = refused(
        path, "cannot be told for sure", "EUC-JP", "GB18030", "line 1 reads", "--encoding"
    )
    assert "会社名;氏名" in str(error)
    assert "EUC-JP" in error.text("ja") and "1 行目" in error.text("ja")
    table = read_table(path, encoding="euc_jp")
    assert table.rows == (("名古屋商工会議所", "山田太郎"),)


def test_garbage_in_every_encoding_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "x.csv"
    path.write_bytes(b"Nome;Cognome\r\n\x81\x8d\x8f\x90\x9d;\xff\xfe\xfd\r\n")
    refused(path, "is not UTF-8", "garbled", "--encoding")


def test_a_named_encoding_that_does_not_fit_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "x.csv"
    path.write_bytes("Nome\r\nMüller\r\n".encode())
    refused(path, "is not ascii", "byte 8", encoding="ascii")
    with pytest.raises(ImportFileError, match="not an encoding Ponte knows"):
        read_table(path, encoding="klingon")


@pytest.mark.parametrize("codec", ["cp1252", "mac_roman", "cp932", "euc_jp", "gb18030", "utf-7"])
def test_the_corpus_is_never_read_wrong(codec: str) -> None:
    """The benchmark's corpus (benchmarks/bench_encodings.py), a few files per encoding:
    every file is read as written or refused, never garbled."""
    from benchmarks.bench_encodings import CONTENT, SIZES, _text

    rnd = random.Random(14)
    for _, written_in, content in (c for c in CONTENT if c[1] == codec):
        for rows in SIZES[:4]:
            text = _text(content(rnd, rows))
            try:
                got = enc.decode(text.encode(written_in), "x.csv").text
            except ImportFileError:
                continue
            assert got == text


# --- never a crash -----------------------------------------------------------------------------

_PREFIXES = st.sampled_from(
    [b"", b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff", b"<html>", b"<?xml ", b"Nome;Cognome\r\n"]
)


@settings(
    max_examples=300, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(prefix=_PREFIXES, blob=st.binary(max_size=2000))
@example(prefix=b"", blob=b"a\x00")
@example(prefix=b"Nome\r\n", blob=b"+AOA-")
@example(prefix=b"", blob=b"\x8e\x52\x93\x63")
def test_random_bytes_read_or_say_why(tmp_path: Path, prefix: bytes, blob: bytes) -> None:
    """Any bytes: a table, or ImportFileError with a message naming the file in each language."""
    path = tmp_path / "fuzz.csv"
    path.write_bytes(prefix + blob)
    try:
        table = read_table(path)
    except ImportFileError as e:
        for lang in ("en", "it", "ja"):
            assert "fuzz.csv" in e.text(lang)
        return
    assert all(len(r) == len(table.headers) for r in table.rows)


@settings(
    max_examples=200, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    codec=st.sampled_from(["cp1252", "mac_roman", "cp932", "euc_jp", "gb18030", "utf-7"]),
    text=st.text(max_size=300),
)
def test_random_text_in_a_legacy_encoding_reads_or_says_why(
    tmp_path: Path, codec: str, text: str
) -> None:
    try:
        data = text.encode(codec)
    except UnicodeEncodeError:
        return
    path = tmp_path / "t.csv"
    path.write_bytes(b"A;B\r\n" + data)
    try:
        read_table(path)
    except ImportFileError as e:
        assert "t.csv" in str(e)


# --- the command line and the window -----------------------------------------------------------


@pytest.fixture
def demo_db(tmp_path: Path, paths: Paths, copy_demo: CopyDemo) -> Path:
    return copy_demo(tmp_path / "demo.sqlite")


def test_cli_says_why_without_a_traceback(tmp_path: Path, demo_db: Path) -> None:
    path = tmp_path / "iscritti.xls"
    path.write_bytes(b"<html><body><table><tr><td>Nome</td></tr></table></body></html>")
    result = CliRunner().invoke(
        build_cli(), ["import", "--db", str(demo_db), "--mission", "1", str(path)]
    )
    assert result.exit_code == 1
    assert result.output.startswith("Error: iscritti.xls is a web page (HTML) named .xls")
    assert "Traceback" not in result.output
    assert result.exception is None or isinstance(result.exception, SystemExit)


def test_cli_encoding_option_reads_what_cannot_be_told(tmp_path: Path, demo_db: Path) -> None:
    path = tmp_path / "名簿.csv"
    path.write_bytes("会社名;氏名\r\n名古屋商工会議所;山田太郎\r\n".encode("euc_jp"))
    base = ["import", "--db", str(demo_db), "--mission", "1", str(path), "--dry-run"]
    refused_run = CliRunner().invoke(build_cli(), [*base, "--kind", "participants"])
    assert refused_run.exit_code == 1 and "cannot be told for sure" in refused_run.output
    read_run = CliRunner().invoke(
        build_cli(), [*base, "--kind", "participants", "--encoding", "euc_jp"]
    )
    assert "cannot be told" not in read_run.output, read_run.output
    assert "encoding euc_jp (as asked)" in read_run.output


def test_help_names_the_encoding_option() -> None:
    result = CliRunner().invoke(build_cli(), ["import", "--help"])
    assert "--encoding" in result.output


_IT_WORDS = ["Caffè", "Università", "Niccolò", "Ferrè", "perché", "Città", "Müller", "Élise"]
_IT_WORDS += ["François", "Forlì", "Cantù", "D'Angelo", "S.p.A.", "Rossi", "n°", "€"]
_JA_WORDS = [
    "山田",
    "鈴木",
    "株式会社",
    "名古屋精機",
    "太郎",
    "さくら",
    "トヨタ",
    "ﾔﾏﾀﾞ",
    "○",
    "部長",
]
_WRITERS = {
    "mac_roman": _IT_WORDS,
    "cp1252": _IT_WORDS,
    "euc_jp": _JA_WORDS,
    "cp932": _JA_WORDS,
    # Chinese writers write hanzi: kana in GB18030 are the very bytes of EUC-JP's kana, and
    # the reader takes kana for Japanese (EUC-JP) by design, so 山田 さくら written in GB18030
    # reads as 表弥 さくら; such a file is not one a Chinese or Japanese writer makes.
    "gb18030": [*_IT_WORDS, "山田", "鈴木", "株式会社", "王伟", "北京", "上海汽车", "部长"],
}


@settings(
    max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(data=st.data(), codec=st.sampled_from(sorted(_WRITERS)))
def test_names_in_a_legacy_encoding_are_read_as_written_or_refused(
    tmp_path: Path, data: st.DataObject, codec: str
) -> None:
    """Rows of names as people write them, in each legacy encoding: never read garbled."""
    words = st.sampled_from(_WRITERS[codec]) | st.text(
        st.characters(min_codepoint=0x41, max_codepoint=0x7A, categories=["L"]), max_size=6
    )
    rows = data.draw(
        st.lists(
            st.lists(st.lists(words, min_size=1, max_size=3).map(" ".join), min_size=2, max_size=2),
            min_size=1,
            max_size=6,
        )
    )
    text = "Nome;Cognome\r\n" + "".join(";".join(r) + "\r\n" for r in rows)
    path = tmp_path / "n.csv"
    path.write_bytes(text.encode(codec))
    try:
        table = read_table(path)
    except ImportFileError as e:
        assert "n.csv" in str(e)
        return
    cleaned = [[v.strip() or None for v in r] for r in rows]
    assert [list(r) for r in table.rows] == [r for r in cleaned if any(r)]
