"""The set-up workbook: the template names every sheet and column the importer knows; filled
in, it imports sheet by sheet; a sheet with a wrong row is refused whole, with what came before."""

from __future__ import annotations

from pathlib import Path

import pytest
import xlsxwriter
from sqlalchemy import func, select

from app.importing.fields import FIELDS, ImportKind
from app.importing.readers import sheet_names
from app.model import Organisation, Participant, Side
from app.services.setup_workbook import (
    SetupSheetRefused,
    import_setup_workbook,
    setup_kinds,
    sheet_title,
    write_setup_template,
)
from app.store import Store
from tests import factories


def _mission(store: Store) -> int:
    with store.session() as s:
        m = factories.mission(s)
        factories.delegation(s, m, Side.TURIN)
        factories.delegation(s, m, Side.NAGOYA)
        return m.id


def _workbook(path: Path, sheets: dict[str, list[list[str]]]) -> Path:
    book = xlsxwriter.Workbook(str(path))
    for name, rows in sheets.items():
        ws = book.add_worksheet(name)
        for r, row in enumerate(rows):
            for c, value in enumerate(row):
                ws.write_string(r, c, value)
    book.close()
    return path


@pytest.mark.parametrize("lang", ["en", "it", "ja"])
def test_the_template_has_a_sheet_per_kind_headed_with_the_known_columns(
    tmp_path: Path, lang: str
) -> None:
    """Each kind's sheet, named in the reader's language, carries every field's column."""
    path = write_setup_template(tmp_path / f"setup-{lang}.xlsx", lang)
    names = sheet_names(path)
    assert len(names) == 1 + len(setup_kinds())
    for kind in setup_kinds():
        title = sheet_title(kind, lang)
        assert title in names


def test_an_italian_workbook_imports_organisations_then_their_people(
    store: Store, tmp_path: Path
) -> None:
    """Sheets named in Italian are recognised and imported in order."""
    mission_id = _mission(store)
    path = _workbook(
        tmp_path / "impostazione.xlsx",
        {
            "Organizzazioni": [
                ["Name (Latin script)", "Delegation (Turin or Nagoya)", "Name (Japanese)"],
                ["Fonderia Rossi", "Turin", ""],
                ["Chubu Precision", "Nagoya", "中部精密"],
            ],
            "Partecipanti": [
                ["Cognome", "Nome", "Organisation"],
                ["Rossi", "Giulia", "Fonderia Rossi"],
                ["Yamamoto", "Mayumi", "Chubu Precision"],
            ],
        },
    )
    done = import_setup_workbook(store, mission_id, path)
    assert [(d.sheet, d.created) for d in done] == [("Organizzazioni", 2), ("Partecipanti", 2)]
    with store.session() as s:
        assert s.scalar(select(func.count()).select_from(Participant)) == 2
        assert s.scalar(select(func.count()).select_from(Organisation)) == 2


def test_a_wrong_row_refuses_its_sheet_and_names_what_came_before(
    store: Store, tmp_path: Path
) -> None:
    """A participant of an unknown organisation stops the import at that sheet."""
    mission_id = _mission(store)
    path = _workbook(
        tmp_path / "setup.xlsx",
        {
            "Organisations": [
                ["Name (Latin script)", "Delegation (Turin or Nagoya)"],
                ["A", "Turin"],
            ],
            "Participants": [["Family name", "Given name", "Organisation"], ["", "Nobody", "A"]],
        },
    )
    with pytest.raises(SetupSheetRefused) as refused:
        import_setup_workbook(store, mission_id, path)
    assert refused.value.sheet == "Participants"
    assert [d.sheet for d in refused.value.done] == ["Organisations"]
    assert "Organisations" in str(refused.value) and "row 2" in str(refused.value)
    assert "取り込まれませんでした" in refused.value.text("ja")
    with store.session() as s:
        assert s.scalar(select(func.count()).select_from(Participant)) == 0


def test_fields_are_headers_of_the_template(tmp_path: Path) -> None:
    """Every field label of every kind heads a column, so the guess maps all of them back."""
    from openpyxl import load_workbook

    path = write_setup_template(tmp_path / "t.xlsx", "en")
    book = load_workbook(path)
    for kind in setup_kinds():
        ws = book[sheet_title(kind, "en")]
        headers = [c.value for c in ws[1]]
        assert headers == [f.label for f in FIELDS[kind]]


def test_the_template_filled_in_imports_back(store: Store, tmp_path: Path) -> None:
    """Rows typed under the template's own headers import (its headers map back)."""
    from openpyxl import load_workbook

    mission_id = _mission(store)
    path = write_setup_template(tmp_path / "t.xlsx", "ja")
    book = load_workbook(path)
    ws = book[sheet_title(setup_kinds()[setup_kinds().index(ImportKind.ORGANISATIONS)], "ja")]
    headers = [c.value for c in ws[1]]
    row = {"Name (Latin script)": "Tokai Aero", "Delegation (Turin or Nagoya)": "Nagoya"}
    ws.append([row.get(h, "") for h in headers])
    book.save(path)
    done = import_setup_workbook(store, mission_id, path)
    assert [(d.kind, d.created) for d in done] == [(ImportKind.ORGANISATIONS, 1)]


def test_the_commands_write_the_template_and_refuse_a_wrong_sheet_in_one_sentence(
    tmp_path: Path, paths: object
) -> None:
    """`ponte setup-template` then `ponte setup-import` of a sheet with a wrong row: exit 1,
    the sheet and row named, no traceback."""
    from click.testing import CliRunner

    from app.cli import build_cli

    db = tmp_path / "m.db"
    runner = CliRunner()
    assert runner.invoke(build_cli(), ["demo", "--db", str(db)]).exit_code == 0
    out = runner.invoke(build_cli(), ["setup-template", str(tmp_path / "t.xlsx"), "--lang", "it"])
    assert out.exit_code == 0, out.output
    path = _workbook(
        tmp_path / "bad.xlsx",
        {"Partecipanti": [["Cognome", "Nome", "Organisation"], ["", "Nessuno", "Nessuna"]]},
    )
    out = runner.invoke(build_cli(), ["setup-import", "--db", str(db), "--mission", "1", str(path)])
    assert out.exit_code == 1
    assert out.output.startswith('Partecipanti…\nError: Sheet "Partecipanti" was not imported')
    assert "Traceback" not in out.output
