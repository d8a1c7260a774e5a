"""Importing registrations: messy files as the chambers send them (Italian Excel CSV in
Windows-1252 with ';', Japanese Excel CSV in Shift_JIS, an .xlsx with both scripts), every
field checked after the import, re-imports that update instead of duplicating, and rejected
imports that leave the database exactly as it was."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import openpyxl
import pytest
from click.testing import CliRunner
from hypothesis import given
from hypothesis import strategies as st
from sqlalchemy import func, select

from app.cli import build_cli
from app.common.paths import Paths
from app.importing import values
from app.importing.apply import ImportRefused, apply_import
from app.importing.dates import parse_date
from app.importing.fields import ImportKind
from app.importing.mapping import ColumnMapping, guess_kind, guess_mapping, mapping_problems
from app.importing.plan import Action, MappingError, plan_import
from app.importing.problems import CellError, relabelled
from app.importing.readers import read_table
from app.importing.rows import RowIssue
from app.model import (
    BadgeCategory,
    DocumentLanguage,
    NameOrder,
    Organisation,
    Participant,
    Sector,
    Side,
)
from app.store import Store, open_store
from tests.demo_support import CopyDemo, LoadDemo
from tests.sqlite_support import sqlite_dump

MISSION = 1  # the demo's Torino → Nagoya mission


@pytest.fixture
def demo(tmp_path: Path, paths: Paths, copy_demo: CopyDemo) -> Iterator[tuple[Store, Path]]:
    path = copy_demo(tmp_path / "demo.sqlite")
    with open_store(str(path), paths=paths) as store:
        yield store, path


def _person(store: Store, email: str) -> Participant:
    with store.session() as s:
        p = s.scalars(select(Participant).where(Participant.email == email)).one()
        s.expunge(p)
        return p


def _count(store: Store, model: type[Participant] | type[Organisation]) -> int:
    with store.session() as s:
        return s.scalar(select(func.count()).select_from(model)) or 0


ITALIAN = (
    "Cognome;Nome;Azienda;Ruolo;E-mail;Telefono;Lingua;Consenso privacy;Categoria\r\n"
    "Bertè;Niccolò;Meccanica Subalpina S.p.A.;Direttore tecnico;n.berte@subalpina.example;"
    "+39 011 555 0101;Italiano;sì;Delegato\r\n"
    "D'Amico;Anna;Stampi Dora Srl;Responsabile export;anna.damico@stampidora.example;;"
    "inglese;no;relatore\r\n"
    '"Dalla Chiesa";"Maria Grazia";"Aerostrutture Caselle";"CEO; fondatrice";'
    "mg.dallachiesa@aerocaselle.example;;it;x;VIP\r\n"
)

JAPANESE = (
    "氏名（漢字）,フリガナ,姓（ローマ字）,名（ローマ字）,会社名,役職,メールアドレス,電話番号\r\n"
    "田中 博,タナカ ヒロシ,Tanaka,Hiroshi,八丁醸造,代表取締役,ｔａｎａｋａ＠hatcho.example,"
    "052-555-0100\r\n"
    "鈴木　花子,すずき はなこ,Suzuki,Hanako,有松テキスタイル,営業部長,"
    "h.suzuki@arimatsu.example,\r\n"
)


def test_italian_excel_csv_in_windows_1252_with_semicolons(
    demo: tuple[Store, Path], tmp_path: Path
) -> None:
    store, _ = demo
    path = tmp_path / "iscritti.csv"
    path.write_bytes(ITALIAN.encode("cp1252"))
    table = read_table(path)
    mapping = guess_mapping(guess_kind(table.headers), table.headers)
    assert mapping.kind is ImportKind.PARTICIPANTS
    assert dict(mapping.columns) == {
        "family_name": "Cognome",
        "given_name": "Nome",
        "organisation": "Azienda",
        "title": "Ruolo",
        "email": "E-mail",
        "phone": "Telefono",
        "document_language": "Lingua",
        "badge_category": "Categoria",
        "consent": "Consenso privacy",
    }
    plan = plan_import(store, MISSION, table, mapping)
    assert [r.action for r in plan.rows] == [Action.CREATE] * 3, plan.rows
    before = _count(store, Participant)
    result = apply_import(store, plan)
    assert (result.created, result.updated) == (3, 0)
    assert _count(store, Participant) == before + 3
    berte = _person(store, "n.berte@subalpina.example")
    assert (berte.family_name, berte.given_name) == ("Bertè", "Niccolò")
    assert berte.title == "Direttore tecnico" and berte.phone == "+39 011 555 0101"
    assert berte.document_language is DocumentLanguage.IT and berte.consent
    assert berte.badge_category is BadgeCategory.DELEGATE
    assert berte.name_order is NameOrder.GIVEN_FIRST
    with store.session() as s:
        org = s.get(Organisation, berte.organisation_id)
        assert org is not None and org.name == "Meccanica Subalpina S.p.A."
    damico = _person(store, "anna.damico@stampidora.example")
    assert damico.family_name == "D'Amico" and damico.phone is None
    assert damico.document_language is DocumentLanguage.EN and not damico.consent
    assert damico.badge_category is BadgeCategory.SPEAKER
    with store.session() as s:
        org = s.get(Organisation, damico.organisation_id)
        assert org is not None and org.name == "Stampi Dora S.r.l."  # "Srl" matched it
    mg = _person(store, "mg.dallachiesa@aerocaselle.example")
    assert (mg.family_name, mg.given_name, mg.title) == (
        "Dalla Chiesa",
        "Maria Grazia",
        "CEO; fondatrice",
    )
    assert mg.badge_category is BadgeCategory.VIP and mg.consent


def test_japanese_excel_csv_in_shift_jis(demo: tuple[Store, Path], tmp_path: Path) -> None:
    store, _ = demo
    path = tmp_path / "参加者.csv"
    path.write_bytes(JAPANESE.encode("cp932"))
    table = read_table(path)
    mapping = guess_mapping(guess_kind(table.headers), table.headers)
    plan = plan_import(store, MISSION, table, mapping)
    assert [r.action for r in plan.rows] == [Action.CREATE] * 2, plan.rows
    apply_import(store, plan)
    tanaka = _person(store, "tanaka@hatcho.example")  # the full-width address, folded
    assert (tanaka.family_name, tanaka.given_name) == ("Tanaka", "Hiroshi")
    assert (tanaka.family_name_kanji, tanaka.given_name_kanji) == ("田中", "博")
    assert (tanaka.family_name_kana, tanaka.given_name_kana) == ("タナカ", "ヒロシ")
    assert tanaka.title == "代表取締役" and tanaka.phone == "052-555-0100"
    assert tanaka.document_language is DocumentLanguage.JA
    assert tanaka.name_order is NameOrder.FAMILY_FIRST
    suzuki = _person(store, "h.suzuki@arimatsu.example")
    assert (suzuki.family_name_kanji, suzuki.given_name_kanji) == ("鈴木", "花子")
    assert (suzuki.family_name_kana, suzuki.given_name_kana) == ("すずき", "はなこ")
    with store.session() as s:
        org = s.get(Organisation, suzuki.organisation_id)
        assert org is not None and org.name_ja == "有松テキスタイル"


def test_reimporting_an_updated_file_updates_instead_of_duplicating(
    demo: tuple[Store, Path], tmp_path: Path
) -> None:
    """The second file has a new title for Bertè, no e-mail column value for D'Amico
    (matched by name and organisation, her saved e-mail kept), and one new person."""
    store, _ = demo
    first = tmp_path / "v1.csv"
    first.write_bytes(ITALIAN.encode("cp1252"))
    apply_import(store, _plan(store, first))
    count = _count(store, Participant)
    second = tmp_path / "v2.csv"
    second.write_text(
        "Cognome;Nome;Azienda;Ruolo;E-mail\n"
        "BERTÈ;Niccolò;Meccanica Subalpina;Direttrice tecnica;N.Berte@Subalpina.example\n"
        "D’Amico;Anna;Stampi Dora S.r.l.;Responsabile export;\n"
        "Rossi;Paola;Stampi Dora;Buyer;p.rossi@stampidora.example\n",
        encoding="utf-8",
    )
    plan = _plan(store, second)
    assert [r.action for r in plan.rows] == [Action.UPDATE, Action.UNCHANGED, Action.CREATE]
    assert plan.rows[0].changed == ("title",)  # "BERTÈ" is the saved "Bertè"
    result = apply_import(store, plan)
    assert (result.created, result.updated, result.unchanged) == (1, 1, 1)
    assert _count(store, Participant) == count + 1
    berte = _person(store, "n.berte@subalpina.example")
    assert berte.title == "Direttrice tecnica" and berte.phone == "+39 011 555 0101"
    assert _person(store, "anna.damico@stampidora.example").family_name == "D'Amico"


def _plan(store: Store, path: Path, kind: ImportKind | None = None):  # type: ignore[no-untyped-def]
    table = read_table(path)
    return plan_import(
        store, MISSION, table, guess_mapping(kind or guess_kind(table.headers), table.headers)
    )


def test_a_rejected_import_changes_nothing(demo: tuple[Store, Path], tmp_path: Path) -> None:
    """One bad row among good ones: the report names each problem by row, and the database
    file is the same, row for row, before and after."""
    store, db = demo
    path = tmp_path / "bad.csv"
    path.write_text(
        "Cognome,Nome,Azienda,E-mail,Lingua\n"
        "Verdi,Luca,Città di Torino,l.verdi@comune.example,it\n"
        ",Senza,Città di Torino,senza@comune.example,it\n"
        "Neri,Ada,株式会社ミライ,ada.neri@example,it\n"
        "Bianchi,Ugo,Città di Torino,ugo(at)comune.example,klingon\n"
        "Gialli,Eva,Città di Torino,l.verdi@comune.example,it\n",
        encoding="utf-8",
    )
    before = sqlite_dump(db)
    plan = _plan(store, path)
    assert plan.rows[0].action is Action.CREATE
    issues = {r.row_number: [i.message for i in r.issues] for r in plan.errors}
    assert sorted(issues) == [3, 4, 5, 6]
    assert any("Family name: This field is required." in m for m in issues[3])
    # a company the mission lacks is added by the import, but only with a name in Latin letters
    assert any('"株式会社ミライ" is not in the mission yet, and the file gives no name in Latin'
               in m for m in issues[4])  # fmt: skip
    assert any(m.startswith("E-mail: This is not an e-mail address") for m in issues[5])
    assert any(m.startswith('Document language: "klingon"') for m in issues[5])
    assert issues[6] == ["E-mail: the same as row 2."]
    with pytest.raises(ImportRefused, match="4 of 5 rows have errors; nothing was imported"):
        apply_import(store, plan)
    assert sqlite_dump(db) == before  # no organisation either
    result = apply_import(store, plan, skip_invalid=True)
    assert (result.created, result.skipped) == (1, 4)


def test_row_problems_read_in_italian_and_japanese(
    demo: tuple[Store, Path], tmp_path: Path
) -> None:
    """The importer's own problems (an organisation the mission does not have, a row the
    same as another) and its refusal reach an Italian or Japanese reader in their language;
    the window puts its own name of the field where the importer writes the English one."""
    store, _ = demo
    path = tmp_path / "bad.csv"
    path.write_text(
        "Cognome,Nome,Azienda,E-mail\n"
        "Verdi,Luca,Città di Torino,l.verdi@comune.example\n"
        "Neri,Ada,株式会社ミライ,ada.neri@example.com\n"
        "Gialli,Eva,Città di Torino,l.verdi@comune.example\n",
        encoding="utf-8",
    )
    plan = _plan(store, path)
    (unknown,) = plan.rows[1].issues
    (twice,) = plan.rows[2].issues
    window = {"it": {"organisation": "Organizzazione", "email": "E-mail"},
              "ja": {"organisation": "組織", "email": "メール"}}  # fmt: skip

    def worded(issue: RowIssue, lang: str) -> str:
        return relabelled(issue.said, lambda f: window[lang][f.key]).text(lang)

    window["ja"]["organisation_latin"] = "組織（ローマ字）"
    window["it"]["organisation_latin"] = "Organizzazione (lettere latine)"
    assert worded(unknown, "ja") == (
        "組織（ローマ字）：「株式会社ミライ」はまだミッションになく、追加に必要なローマ字（英語）の"
        "名称がファイルにありません。英語（ローマ字）の会社名の列を加えるか、先に組織を"
        "追加してください。"
    )
    assert worded(unknown, "it") == (
        "Organizzazione (lettere latine): “株式会社ミライ” non è ancora nella missione e il "
        "file non ne dà il nome in lettere latine per aggiungerla; aggiungere una colonna con "
        "il nome in inglese (o in romaji), oppure aggiungerla prima."
    )
    assert worded(twice, "ja") == "メール：2 行目と同じです。"
    assert worded(twice, "it") == "E-mail: uguale alla riga 2."
    assert twice.message == "E-mail: the same as row 2."  # the CLI's report, as before
    with pytest.raises(ImportRefused) as refused:
        apply_import(store, plan)
    assert refused.value.text("ja").startswith(
        "3 行中 2 行にエラーがあるため、何も取り込んでいません。"
    )
    assert refused.value.text("it").startswith(
        "2 righe su 3 contengono errori; non è stato importato nulla."
    )


def test_a_cell_that_is_not_a_date_reads_in_italian_and_japanese() -> None:
    with pytest.raises(CellError) as caught:
        parse_date("31/02/2027")
    assert str(caught.value) == "'31/02/2027' is not a date"
    assert caught.value.text("ja") == "「31/02/2027」は日付ではありません"
    assert caught.value.text("it") == "“31/02/2027” non è una data"
    with pytest.raises(CellError) as caught:
        parse_date("martedì 13 ottobre 2027")
    assert caught.value.text("it") == (
        "“martedì 13 ottobre 2027” non è una data: il 13/10/2027 è mercoledì"
    )
    assert caught.value.text("ja").endswith("13/10/2027 は水曜日です")
    with pytest.raises(CellError) as caught:
        values.consent("forse")
    assert caught.value.text("ja") == "「forse」は「はい」でも「いいえ」でもありません。"


def test_an_email_already_taken_is_refused(demo: tuple[Store, Path], tmp_path: Path) -> None:
    """A new name with the e-mail of an existing participant is that participant (matched
    by e-mail), so it updates them; the same e-mail under a name that matches someone else
    is an error."""
    store, _ = demo
    with store.session() as s:
        existing = s.scalars(
            select(Participant)
            .where(Participant.mission_id == MISSION, Participant.email.is_not(None))
            .order_by(Participant.id)
        ).first()
        assert existing is not None
        email = existing.email
    path = tmp_path / "taken.csv"
    path.write_text(f"Cognome,Nome,E-mail\nNuovo,Nome,{str(email).upper()}\n", encoding="utf-8")
    plan = _plan(store, path)
    assert plan.rows[0].action is Action.UPDATE and plan.rows[0].target_id == existing.id


def test_organisations_from_an_xlsx_with_both_scripts(
    demo: tuple[Store, Path], tmp_path: Path
) -> None:
    store, _ = demo
    path = tmp_path / "aziende.xlsx"
    wb = openpyxl.Workbook()
    ws = wb.active
    assert ws is not None
    ws.append(["Ragione sociale", "会社名", "Delegazione", "Settori", "Sito web", "Città"])
    ws.append(["Officine Lingotto S.r.l.", "リンゴット工房", "Torino", "Automotive; Robotica",
               "https://lingotto.example", "Torino"])  # fmt: skip
    ws.append(["Atsuta Seiki", "熱田精機株式会社", "名古屋", "航空宇宙、機械", None, "名古屋市"])
    ws.append(["Hatcho Jozo", None, "Nagoya", "Food", None, None])  # already there: unchanged
    ws.append(["Bad Sector", None, "Nagoya", "Astrologia", None, None])
    wb.save(path)
    plan = _plan(store, path)
    assert plan.kind is ImportKind.ORGANISATIONS
    actions = [r.action for r in plan.rows]
    assert actions[:2] == [Action.CREATE, Action.CREATE] and actions[3] is Action.ERROR
    assert actions[2] in (Action.UNCHANGED, Action.UPDATE)
    assert any('Unknown sector: "Astrologia"' in i.message for i in plan.rows[3].issues)
    apply_import(store, plan, skip_invalid=True)
    with store.session() as s:
        lingotto = s.scalars(
            select(Organisation).where(Organisation.name == "Officine Lingotto S.r.l.")
        ).one()
        assert lingotto.name_ja == "リンゴット工房" and lingotto.side is Side.TURIN
        assert lingotto.sectors == [Sector.AUTOMOTIVE, Sector.ROBOTICS]
        assert lingotto.website == "https://lingotto.example" and lingotto.city == "Torino"
        atsuta = s.scalars(select(Organisation).where(Organisation.name == "Atsuta Seiki")).one()
        assert atsuta.name_ja == "熱田精機株式会社" and atsuta.side is Side.NAGOYA
        assert set(atsuta.sectors) == {Sector.AEROSPACE, Sector.MACHINERY}
        assert atsuta.city == "名古屋市"
        assert (
            s.scalar(
                select(func.count()).where(
                    Organisation.name == "Hatcho Jozo", Organisation.mission_id == MISSION
                )
            )
            == 1
        )


def test_mapping_guesses_and_checks() -> None:
    english = guess_mapping(
        ImportKind.PARTICIPANTS, ["Last name", "First name", "Company", "EMAIL", "Notes"]
    )
    assert dict(english.columns) == {
        "family_name": "Last name",
        "given_name": "First name",
        "organisation": "Company",
        "email": "EMAIL",
    }
    japanese = guess_mapping(ImportKind.PARTICIPANTS, ["氏名", "会社名", "Ｅメール", "役職"])
    assert dict(japanese.columns) == {
        "full_name": "氏名",
        "organisation": "会社名",
        "email": "Ｅメール",
        "title": "役職",
    }
    assert guess_kind(["Ragione sociale", "Settore", "Sito web"]) is ImportKind.ORGANISATIONS
    assert guess_kind(["Cognome", "Nome", "Azienda"]) is ImportKind.PARTICIPANTS
    wrong = ColumnMapping(ImportKind.PARTICIPANTS, {"email": "Posta", "phone": "Posta"})
    problems = mapping_problems(wrong, ["Posta"])
    assert 'The column "Posta" is chosen for two fields.' in problems
    assert "Choose the column that holds the family name, or the full name." in problems


def test_a_mapping_that_does_not_fit_is_refused(demo: tuple[Store, Path], tmp_path: Path) -> None:
    store, _ = demo
    path = tmp_path / "x.csv"
    path.write_text("A,B\n1,2\n", encoding="utf-8")
    table = read_table(path)
    with pytest.raises(MappingError, match="family name, or the full name"):
        plan_import(store, MISSION, table, guess_mapping(ImportKind.PARTICIPANTS, table.headers))


def test_a_mapping_that_does_not_fit_reads_in_japanese(
    demo: tuple[Store, Path], tmp_path: Path
) -> None:
    store, _ = demo
    path = tmp_path / "x.csv"
    path.write_text("A,B\n1,2\n", encoding="utf-8")
    table = read_table(path)
    mapping = ColumnMapping(ImportKind.PARTICIPANTS, {"email": "A", "phone": "A"})
    with pytest.raises(MappingError) as refused:
        plan_import(store, MISSION, table, mapping)
    assert str(refused.value) == (
        'The column "A" is chosen for two fields. Choose the column that holds the family '
        "name, or the full name."
    )
    assert refused.value.text("ja") == (
        "列「A」が2つの項目に選ばれています。姓または氏名の列を選んでください。"
    )
    assert refused.value.text("it") == (
        "La colonna “A” è scelta per due campi. Scegliere la colonna che contiene il "
        "cognome, o il nome completo."
    )


@given(st.text(max_size=30))
def test_value_parsers_raise_only_value_error(text: str) -> None:
    for parser in (
        values.consent,
        values.document_language,
        values.languages,
        values.badge_category,
        values.sectors,
        values.side,
        values.positive_int,
    ):
        try:
            parser(text)
        except ValueError as exc:
            assert str(exc)


def test_cli_import_dry_run_then_import(demo: tuple[Store, Path], tmp_path: Path) -> None:
    _, db = demo
    path = tmp_path / "iscritti.csv"
    path.write_bytes(ITALIAN.encode("cp1252"))
    runner = CliRunner()
    base = ["import", "--db", str(db), "--mission", str(MISSION), str(path)]
    before = sqlite_dump(db)
    dry = runner.invoke(build_cli(), [*base, "--dry-run"])
    assert dry.exit_code == 0, dry.output
    assert "To create 3, to update 0, unchanged 0, with errors 0" in dry.output
    assert "Dry run: nothing written." in dry.output and sqlite_dump(db) == before
    done = runner.invoke(build_cli(), base)
    assert done.exit_code == 0 and "Imported: 3 created, 0 updated" in done.output
    bad = tmp_path / "bad.csv"
    bad.write_text("Cognome;E-mail\nRossi;non-valida\n", encoding="utf-8")
    before = sqlite_dump(db)
    refused = runner.invoke(build_cli(), ["import", "--db", str(db), "--mission", "1", str(bad)])
    assert refused.exit_code == 1
    assert "row 2 (Rossi): E-mail: This is not an e-mail address" in refused.output
    assert "nothing was imported" in refused.output and sqlite_dump(db) == before


def test_cli_mapping_file_round_trip(demo: tuple[Store, Path], tmp_path: Path) -> None:
    """--save-mapping writes the guess; corrected, --mapping uses it for odd headers."""
    _, db = demo
    path = tmp_path / "odd.csv"
    path.write_text("Chi,Posta\nRossi,rossi@example.com\n", encoding="utf-8")
    runner = CliRunner()
    base = ["import", "--db", str(db), "--mission", "1", str(path), "--kind", "participants"]
    saved = tmp_path / "mapping.json"
    first = runner.invoke(build_cli(), [*base, "--save-mapping", str(saved), "--dry-run"])
    assert first.exit_code == 1 and saved.exists()
    saved.write_text(
        '{"kind": "participants", "columns": {"family_name": "Chi", "email": "Posta"}}',
        encoding="utf-8",
    )
    second = runner.invoke(build_cli(), [*base, "--mapping", str(saved)])
    assert second.exit_code == 0, second.output
    assert "Imported: 1 created" in second.output
    broken = tmp_path / "broken.json"
    broken.write_text("{", encoding="utf-8")
    third = runner.invoke(build_cli(), [*base, "--mapping", str(broken)])
    assert third.exit_code == 1 and "not valid JSON" in third.output


def test_a_new_row_that_looks_like_someone_is_flagged(
    demo: tuple[Store, Path], tmp_path: Path
) -> None:
    """Without an organisation or e-mail the row cannot be matched for sure: it is a new
    participant, with a warning naming the one it looks like (never merged silently)."""
    store, _ = demo
    with store.session() as s:
        p = s.scalars(
            select(Participant).where(Participant.mission_id == MISSION).order_by(Participant.id)
        ).first()
        assert p is not None
        family, given, pid = p.family_name, p.given_name, p.id
    path = tmp_path / "one.csv"
    path.write_text(f"Cognome,Nome\n{given},{family.upper()}\n", encoding="utf-8")
    plan = _plan(store, path)
    (row,) = plan.rows
    assert row.action is Action.CREATE
    assert any(f"(participant {pid})" in w and w.startswith("Looks like") for w in row.warnings)


def test_import_on_each_backend(store: Store, tmp_path: Path, load_demo: LoadDemo) -> None:
    """The same file imports the same way on SQLite and PostgreSQL (ids returned in order,
    languages as their own rows)."""
    load_demo(store)
    path = tmp_path / "iscritti.csv"
    path.write_text(
        "Cognome;Nome;Azienda;E-mail;Lingue parlate\n"
        "Verdi;Luca;Città di Torino;l.verdi@comune.example;italiano, inglese\n"
        "Sato;Kenji;Hatcho Jozo;k.sato@hatcho.example;ja\n",
        encoding="utf-8",
    )
    result = apply_import(store, _plan(store, path))
    assert result.created == 2
    verdi = _person(store, "l.verdi@comune.example")
    sato = _person(store, "k.sato@hatcho.example")
    with store.session() as s:
        assert s.get(Participant, verdi.id).languages == ["it", "en"]  # type: ignore[union-attr]
        assert s.get(Participant, sato.id).languages == ["ja"]  # type: ignore[union-attr]


def test_hostile_cells_are_reported_and_nothing_is_written(
    demo: tuple[Store, Path], tmp_path: Path
) -> None:
    """A 10,000-character name, control characters and a formula-looking cell: the long name
    is an error for its row, the control characters are gone, the formula is plain text."""
    store, db = demo
    path = tmp_path / "ostile.csv"
    long_name = "田" * 10_000
    path.write_text(
        "Cognome,Nome,E-mail,Ruolo\n"
        f"{long_name},Lungo,lungo@example.com,\n"
        'Con\x07trollo,Anna\x1b,anna@example.com,=HYPERLINK("http://x")\n',
        encoding="utf-8",
    )
    before = sqlite_dump(db)
    plan = _plan(store, path)
    long_row, clean_row = plan.rows
    assert long_row.action is Action.ERROR
    assert any("too long (at most 100 characters)" in i.message for i in long_row.issues)
    assert clean_row.action is Action.CREATE
    assert (clean_row.data.family_name, clean_row.data.given_name) == ("Controllo", "Anna")
    assert clean_row.data.title == '=HYPERLINK("http://x")'  # stored as text, never run
    with pytest.raises(ImportRefused):
        apply_import(store, plan)
    assert sqlite_dump(db) == before
