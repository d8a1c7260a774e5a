"""The documents read the same mission the same way from SQLite and from PostgreSQL."""

from __future__ import annotations

from pathlib import Path

from pypdf import PdfReader
from sqlalchemy import select

from app.model import Mission
from app.services.documents import DocumentKind, DocumentOrder, produce, read_order
from app.services.scheduling import schedule_mission
from app.store import Store
from tests.demo_support import LoadDemo
from tests.factories import first_fit


def _rome_mission(store: Store, load_demo: LoadDemo) -> int:
    load_demo(store)
    with store.session() as s:
        mission_id = s.scalars(select(Mission.id).where(Mission.host_city == "Torino")).one()
    schedule_mission(store, mission_id, solve=first_fit)
    return mission_id


def _text(path: Path) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(path).pages)


def test_badges_and_agendas_on_each_backend(
    store: Store, tmp_path: Path, load_demo: LoadDemo
) -> None:
    """Badges for everyone and agendas for three people, with the Rome times of the DST week."""
    mission_id = _rome_mission(store, load_demo)
    badges = produce(
        read_order(store, DocumentOrder(DocumentKind.BADGES, mission_id, tmp_path))
    ).paths
    assert len(badges) == 1 and len(PdfReader(badges[0]).pages) == 3  # 29 people, 10 a sheet
    read = read_order(store, DocumentOrder(DocumentKind.PERSONAL_AGENDAS, mission_id, tmp_path))
    assert read.mission is not None
    people = sorted(read.mission.people)[:3]
    order = DocumentOrder(
        DocumentKind.PERSONAL_AGENDAS, mission_id, tmp_path, participant_ids=tuple(people)
    )
    agendas = produce(read_order(store, order)).paths
    assert len(agendas) == 3
    text = "".join(_text(path) for path in agendas)
    assert "CET" in text and "CEST" in text  # the programme spans 26 March 2028


def test_sheets_on_each_backend(store: Store, tmp_path: Path, load_demo: LoadDemo) -> None:
    mission_id = _rome_mission(store, load_demo)
    made = produce(
        read_order(store, DocumentOrder(DocumentKind.SHEETS, mission_id, tmp_path))
    ).paths
    assert sorted(p.name for p in made) == ["master-grid-A4.pdf", "table-sheets.pdf"]
    assert all(len(PdfReader(p).pages) >= 1 for p in made)
