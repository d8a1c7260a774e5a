"""An imported participant's document language follows the languages they speak (the rule of
app.core.participant_defaults), not only their side or the script of their name."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import select

from app.common.paths import Paths
from app.importing.apply import apply_import
from app.importing.mapping import guess_kind, guess_mapping
from app.importing.plan import Action, plan_import
from app.importing.readers import read_table
from app.model import DocumentLanguage, NameOrder, Participant
from app.store import Store, open_store
from tests.demo_support import CopyDemo

MISSION = 1  # the demo's Torino → Nagoya mission

FILE = (
    "氏名（漢字）,姓（ローマ字）,名（ローマ字）,会社名,メールアドレス,Languages\r\n"
    '田中 博,Tanaka,Hiroshi,八丁醸造,tanaka@hatcho.example,"en, ja"\r\n'
    '鈴木 花子,Suzuki,Hanako,有松テキスタイル,h.suzuki@arimatsu.example,"ja, en"\r\n'
    "中村 一郎,Nakamura,Ichiro,有松テキスタイル,i.nakamura@arimatsu.example,\r\n"
)


@pytest.fixture
def demo(tmp_path: Path, paths: Paths, copy_demo: CopyDemo) -> Iterator[Store]:
    path = copy_demo(tmp_path / "demo.sqlite")
    with open_store(str(path), paths=paths) as store:
        yield store


def _person(store: Store, email: str) -> Participant:
    with store.session() as s:
        p = s.scalars(select(Participant).where(Participant.email == email)).one()
        s.expunge(p)
        return p


def test_document_language_is_the_first_language_they_speak(demo: Store, tmp_path: Path) -> None:
    """ "en, ja" gives English documents; "ja, en" and no languages at all give Japanese."""
    path = tmp_path / "people.csv"
    path.write_text(FILE, encoding="utf-8")
    table = read_table(path)
    mapping = guess_mapping(guess_kind(table.headers), table.headers)
    assert "languages" in dict(mapping.columns)
    plan = plan_import(demo, MISSION, table, mapping)
    assert [r.action for r in plan.rows] == [Action.CREATE] * 3, plan.rows
    apply_import(demo, plan)
    tanaka = _person(demo, "tanaka@hatcho.example")
    assert tanaka.document_language is DocumentLanguage.EN
    assert tanaka.name_order is NameOrder.FAMILY_FIRST
    assert _person(demo, "h.suzuki@arimatsu.example").document_language is DocumentLanguage.JA
    nakamura = _person(demo, "i.nakamura@arimatsu.example")
    assert nakamura.document_language is DocumentLanguage.JA
