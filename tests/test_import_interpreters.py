"""The interpreters import with names in Japanese script, languages and the sessions worked:
a new person added as interpreter, the window's rules (two languages, one in common, known
sessions), all or nothing; on SQLite and PostgreSQL."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.importing.apply import ImportRefused, apply_import
from app.importing.fields import ImportKind
from app.importing.mapping import guess_kind, guess_mapping
from app.importing.plan import Action, ImportPlan, plan_import
from app.importing.readers import read_table
from app.model import BadgeCategory, Participant
from app.services.interpreters import get_interpreter, list_interpreters
from app.services.participants import get_participant
from app.store import Store
from tests.test_services_interpreters import _mission

HEADER = "Interprete,E-mail,姓（漢字）,名（漢字）,姓（カナ）,名（カナ）,Lingue,Sessioni,Note\n"


def _plan(store: Store, mission_id: int, path: Path) -> ImportPlan:
    table = read_table(path)
    assert guess_kind(table.headers) is ImportKind.INTERPRETERS  # kanji columns and all
    mapping = guess_mapping(ImportKind.INTERPRETERS, table.headers)
    assert {"sessions", "languages", "family_name_kanji", "given_name_kana"} <= set(mapping.columns)
    return plan_import(store, mission_id, table, mapping)


def test_new_people_sessions_and_names_in_both_scripts(store: Store, tmp_path: Path) -> None:
    setup = _mission(store)
    delegate = setup.people[setup.turin[0]]
    with store.session() as s:
        person = s.get(Participant, delegate)
        assert person is not None
        person.email = "luca.verdi@example.com"
        name = person.latin_name()
    s1, s2 = setup.sessions
    path = tmp_path / "interpreti.csv"
    path.write_text(
        HEADER
        + f"Chiara Rossi,chiara@example.com,露志,千明,ろっし,ちあき,it; ja,{s1},consecutiva\n"
        + f',luca.verdi@example.com,,,,,"it, ja",{s1}; {s2},\n'
        + "Marco Bianchi,,,,,,it,,\n"
        + "Anna Neri,,,,カナ漢字,,it;ja,B2B 99,\n"
        + "Aldo Moro,,,,,,it;ja,b2b,\n",  # both sessions are called "B2B"
        encoding="utf-8",
    )
    plan = _plan(store, setup.mission_id, path)
    issues = {r.row_number: [i.message for i in r.issues] for r in plan.errors}
    assert issues == {
        4: ["Languages spoken: an interpreter needs at least two languages."],
        5: [
            "B2B sessions worked (ids or names; blank or 'all': every session): there is no "
            "B2B session 'B2B 99' in this mission (write its number or its name, or 'all').",
            "Family name (kana): Write the reading in kana (hiragana or katakana).",
        ],
        6: [
            "B2B sessions worked (ids or names; blank or 'all': every session): several B2B "
            "sessions are called 'b2b'; write their numbers instead."
        ],
    }
    before = list_interpreters(store, setup.mission_id)
    with pytest.raises(ImportRefused):
        apply_import(store, plan)
    assert list_interpreters(store, setup.mission_id) == before == []  # all or nothing

    lines = path.read_text(encoding="utf-8").splitlines()[:3]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    plan = _plan(store, setup.mission_id, path)
    assert [r.action for r in plan.rows] == [Action.CREATE, Action.CREATE]
    assert "a new participant is added as interpreter" in plan.rows[0].warnings[0]
    result = apply_import(store, plan)
    assert result.created == 2
    rows = {r.latin_name: r for r in list_interpreters(store, setup.mission_id)}
    chiara = rows["Chiara Rossi"]
    assert (chiara.kanji_name, chiara.kana_name) == ("露志 千明", "ろっし ちあき")
    assert (chiara.languages, chiara.session_ids, chiara.notes) == (
        ("it", "ja"),
        (s1,),
        "consecutiva",
    )
    assert get_participant(store, chiara.participant_id).badge_category is BadgeCategory.INTERPRETER
    luca = rows[name]
    assert luca.participant_id == delegate and luca.session_ids == (s1, s2)
    assert get_interpreter(store, luca.id).languages == ("it", "ja")

    # again: nothing changes; "all" empties the list; a blank cell keeps the kanji
    again = _plan(store, setup.mission_id, path)
    assert [r.action for r in again.rows] == [Action.UNCHANGED, Action.UNCHANGED]
    path.write_text(HEADER + "Chiara Rossi,chiara@example.com,,,,,,tutte,\n", encoding="utf-8")
    changed = _plan(store, setup.mission_id, path)
    assert [r.action for r in changed.rows] == [Action.UPDATE]
    apply_import(store, changed)
    data = get_interpreter(store, chiara.id)
    assert (data.session_ids, data.family_name_kanji, data.notes) == ((), "露志", "consecutiva")


def test_languages_nobody_speaks_are_refused(store: Store, tmp_path: Path) -> None:
    setup = _mission(store)
    path = tmp_path / "interpreti.csv"
    path.write_text(HEADER + "Jean Dupont,,,,,,fr; de,,\n", encoding="utf-8")
    plan = _plan(store, setup.mission_id, path)
    assert [i.message for r in plan.errors for i in r.issues] == [
        "Languages spoken: nobody in the mission's organisations speaks fr, de."
    ]
