"""ponte import --kind venues|delegations (the services the window and the CLI call), on
SQLite and PostgreSQL: preview, row reports in it/ja/en, all-or-nothing writing, updates by
name; and the column guess over Italian, Japanese and English headers."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.importing.fields import FIELDS, header_key
from app.model import Side
from app.services.delegations import list_delegations
from app.services.importing import (
    Action,
    ImportKind,
    ImportRefused,
    apply_import,
    guess_mapping,
    plan_import,
    read_table,
)
from app.services.venues import list_venues
from app.store import Store
from tests import factories as f


def _csv(tmp_path: Path, text: str, name: str = "file.csv") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def _plan(store: Store, mission_id: int, path: Path, kind: ImportKind):  # type: ignore[no-untyped-def]
    table = read_table(path)
    return plan_import(store, mission_id, table, guess_mapping(kind, table.headers))


@pytest.fixture
def mission_id(store: Store) -> int:
    with store.session() as s:
        m = f.mission(s, timezone="Europe/Rome")
        f.organisation(s, m, name="Pininfarina S.p.A.")
        f.organisation(s, m, name="Brembo", name_ja="ブレンボ")
        f.participant(s, m, family_name="Rossi", given_name="Mario", email="m.rossi@example.com")
        f.participant(s, m, family_name="Tanaka", given_name="Hiroshi",
                      family_name_kanji="田中", given_name_kanji="博")  # fmt: skip
        return m.id


def test_import_venues_then_update_them(store: Store, mission_id: int, tmp_path: Path) -> None:
    path = _csv(
        tmp_path,
        "Sede,会場名,Nome (italiano),Indirizzo,住所,Città,Fuso orario\n"
        "Lingotto Conference Center,リンゴット,Centro Congressi Lingotto,Via Nizza 280,,Torino,\n"
        "Nagoya Congress Center,名古屋国際会議場,,,熱田区熱田西町1番1号,Nagoya,Asia/Tokyo\n",
    )
    plan = _plan(store, mission_id, path, ImportKind.VENUES)
    assert [r.action for r in plan.rows] == [Action.CREATE, Action.CREATE]
    result = apply_import(store, plan)
    assert (result.created, result.updated) == (2, 0)
    venues = {v.name: v for v in list_venues(store, mission_id)}
    lingotto = venues["Lingotto Conference Center"]
    assert (lingotto.name_ja, lingotto.name_it) == ("リンゴット", "Centro Congressi Lingotto")
    assert lingotto.timezone == "Europe/Rome"  # the mission's, when the cell is empty
    assert venues["Nagoya Congress Center"].timezone == "Asia/Tokyo"
    assert venues["Nagoya Congress Center"].address_ja == "熱田区熱田西町1番1号"

    again = _csv(tmp_path, "Venue,City\nlingotto conference center,Turin\n", "again.csv")
    plan = _plan(store, mission_id, again, ImportKind.VENUES)
    (row,) = plan.rows
    assert row.action is Action.UPDATE and row.changed == ("city",)
    apply_import(store, plan)
    venues = {v.name: v for v in list_venues(store, mission_id)}
    assert venues["Lingotto Conference Center"].city == "Turin"
    assert (
        venues["Lingotto Conference Center"].name_ja == "リンゴット"
    )  # a blank cell erases nothing


def test_a_bad_venue_row_refuses_the_whole_file(
    store: Store, mission_id: int, tmp_path: Path
) -> None:
    path = _csv(
        tmp_path,
        "Venue,Time zone\nHotel,Asia/Tokyo\nPlant,JST\nHotel,Asia/Tokyo\n,Europe/Rome\n",
    )
    plan = _plan(store, mission_id, path, ImportKind.VENUES)
    assert [r.action for r in plan.rows] == [Action.CREATE, Action.ERROR, Action.ERROR,
                                             Action.ERROR]  # fmt: skip
    plant = plan.rows[1].issues[0]
    assert "'JST' is not an IANA" in plant.said.text("en")
    assert "「JST」" in plant.said.text("ja") and "non è un nome" in plant.said.text("it")
    assert "already on row 2" in plan.rows[2].issues[0].said.text("en")
    assert "required" in plan.rows[3].issues[0].said.text("en")
    with pytest.raises(ImportRefused):
        apply_import(store, plan)
    assert list_venues(store, mission_id) == []


def test_import_delegations_with_head_and_members(
    store: Store, mission_id: int, tmp_path: Path
) -> None:
    path = _csv(
        tmp_path,
        "Delegazione,代表団名,Lato,Capo delegazione,Aziende\n"
        "Turin delegation,トリノ代表団,Torino,m.rossi@example.com,Pininfarina SpA\n"
        "Nagoya delegation,名古屋代表団,名古屋,田中 博,ブレンボ\n",
    )
    plan = _plan(store, mission_id, path, ImportKind.DELEGATIONS)
    assert [r.action for r in plan.rows] == [Action.CREATE, Action.CREATE], [
        i.message for r in plan.rows for i in r.issues
    ]
    apply_import(store, plan)
    rows = {d.name: d for d in list_delegations(store, mission_id)}
    turin, nagoya = rows["Turin delegation"], rows["Nagoya delegation"]
    assert (turin.side, nagoya.side) == (Side.TURIN, Side.NAGOYA)
    assert turin.name_ja == "トリノ代表団" and nagoya.names.in_("ja") == "名古屋代表団"
    assert turin.head_id is not None and nagoya.head_id is not None
    assert len(turin.organisation_ids) == 1 and len(nagoya.organisation_ids) == 1

    unchanged = _plan(store, mission_id, path, ImportKind.DELEGATIONS)
    assert [r.action for r in unchanged.rows] == [Action.UNCHANGED, Action.UNCHANGED]


def test_a_bad_delegation_row_is_said_and_nothing_is_written(
    store: Store, mission_id: int, tmp_path: Path
) -> None:
    path = _csv(
        tmp_path,
        "Delegation,Side,Head,Members\n"
        "Turin delegation,Torino,,\n"
        "Osaka delegation,Osaka,Nobody,Acme; Brembo\n"
        "Nagoya delegation,,,\n",
    )
    plan = _plan(store, mission_id, path, ImportKind.DELEGATIONS)
    assert [r.action for r in plan.rows] == [Action.CREATE, Action.ERROR, Action.ERROR]
    said = [i.said.text("en") for i in plan.rows[1].issues]
    assert any("Osaka" in s for s in said)
    assert any("'Nobody' is not a participant" in s for s in said)
    assert any('"Acme" is not an organisation' in s for s in said)
    assert "required" in plan.rows[2].issues[0].said.text("en")
    with pytest.raises(ImportRefused):
        apply_import(store, plan)
    assert list_delegations(store, mission_id) == []


# --- the column guess ------------------------------------------------------------------------


def _spelled(header: str) -> st.SearchStrategy[str]:
    """A header as people write it: any case, padded, full-width or with a trailing colon."""
    return st.sampled_from(
        [header, header.upper(), header.lower(), f"  {header} ", f"{header}:", f"{header}："]
    )


@pytest.mark.parametrize("kind", [ImportKind.VENUES, ImportKind.DELEGATIONS])
@settings(max_examples=60, deadline=None)
@given(data=st.data())
def test_every_synonym_finds_its_field(kind: ImportKind, data: st.DataObject) -> None:
    fields = FIELDS[kind]
    field = data.draw(st.sampled_from(fields))
    synonym = data.draw(st.sampled_from(field.synonyms))
    header = data.draw(_spelled(synonym))
    mapping = guess_mapping(kind, [header])
    owners = [g.key for g in fields if header_key(synonym) in {header_key(x) for x in g.synonyms}]
    assert mapping.columns.get(owners[0]) == header


@pytest.mark.parametrize("kind", [ImportKind.VENUES, ImportKind.DELEGATIONS])
def test_no_synonym_belongs_to_two_fields(kind: ImportKind) -> None:
    seen: dict[str, str] = {}
    for field in FIELDS[kind]:
        for synonym in field.synonyms:
            key = header_key(synonym)
            assert seen.setdefault(key, field.key) == field.key, (synonym, field.key, seen[key])
