"""Export from the Organisations and Participants pages: the whole mission's table into an
.xlsx or .csv the tests read back, and a folder that cannot be written says so."""

from __future__ import annotations

import csv
from collections.abc import Iterator
from pathlib import Path

import openpyxl
import pytest
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from app.common.paths import Paths
from app.model import Organisation, Participant
from app.store import open_store
from tests.demo_support import CopyDemo
from tests.ui_support import close_context, make_context, window_language
from ui.context import AppContext
from ui.pages.organisations import OrganisationsPage
from ui.pages.participants import ParticipantsPage
from ui.pages.records import RecordPage


@pytest.fixture
def ctx(qtbot: QtBot, paths: Paths, sqlite_path: Path, copy_demo: CopyDemo) -> Iterator[AppContext]:
    store = open_store(copy_demo(sqlite_path), paths=paths)
    context = make_context(paths, store, 1)
    try:
        yield context
    finally:
        close_context(qtbot, context)
        store.close()


def _count(ctx: AppContext, model: type[Participant] | type[Organisation]) -> int:
    assert ctx.store is not None
    with ctx.store.session() as s:
        return s.scalar(select(func.count()).where(model.mission_id == 1)) or 0


@pytest.mark.parametrize(
    ("page_class", "model"),
    [(ParticipantsPage, Participant), (OrganisationsPage, Organisation)],
)
def test_export_the_page_table(
    qtbot: QtBot,
    ctx: AppContext,
    tmp_path: Path,
    page_class: type[RecordPage],
    model: type[Participant] | type[Organisation],
) -> None:
    page = page_class(ctx)
    qtbot.addWidget(page)
    page.show()
    qtbot.waitUntil(page.ready)
    page.filter_box.setText("zzz")  # the filter does not limit the export
    target = tmp_path / "out.xlsx"
    page.export_to_file(target)
    qtbot.waitUntil(lambda: page.export_button.isEnabled() and target.exists(), timeout=30_000)
    assert page.notice.text().startswith("Exported ")
    sheet = openpyxl.load_workbook(target).worksheets[0]
    assert sheet.max_row - 1 == _count(ctx, model)
    assert sheet.freeze_panes == "A2"
    plain = tmp_path / "out.csv"
    page.export_to_file(plain)
    qtbot.waitUntil(lambda: page.export_button.isEnabled() and plain.exists(), timeout=30_000)
    with plain.open(encoding="utf-8-sig", newline="") as f:
        assert len(list(csv.reader(f))) - 1 == _count(ctx, model)


def test_a_folder_that_cannot_be_written(qtbot: QtBot, ctx: AppContext) -> None:
    page = ParticipantsPage(ctx)
    qtbot.addWidget(page)
    page.show()
    qtbot.waitUntil(page.ready)
    page.export_to_file(Path("/proc/ponte-not-here/out.xlsx"))
    qtbot.waitUntil(lambda: page.notice.text().startswith("Could not export"), timeout=30_000)
    assert page.export_button.isEnabled()


def test_export_requests_and_schedule_from_the_b2b_page(
    qtbot: QtBot, ctx: AppContext, tmp_path: Path
) -> None:
    from app.model import Meeting, MeetingRequest
    from app.services.scheduling import schedule_mission
    from tests.factories import first_fit
    from ui.pages.b2b import B2BPage

    assert ctx.store is not None
    schedule_mission(ctx.store, 1, solve=first_fit)
    page = B2BPage(ctx)
    qtbot.addWidget(page)
    page.show()
    qtbot.waitUntil(page.ready, timeout=30_000)
    menu = page.export_button.menu()
    assert menu is not None and len(menu.actions()) == 2
    for what, model in (("requests", MeetingRequest), ("schedule", Meeting)):
        target = tmp_path / f"{what}.xlsx"
        page.export_button.export_to_file(what, target)
        qtbot.waitUntil(lambda t=target: page.export_button.isEnabled() and t.exists())
        with ctx.store.session() as s:
            count = s.scalar(select(func.count()).where(model.mission_id == 1))
        assert openpyxl.load_workbook(target).worksheets[0].max_row - 1 == count
        assert page.message.text().startswith("Exported ")


def test_personal_data_and_erasure_from_the_participants_page(
    qtbot: QtBot, ctx: AppContext, tmp_path: Path
) -> None:
    import json

    page = ParticipantsPage(ctx)
    qtbot.addWidget(page)
    page.show()
    qtbot.waitUntil(page.ready)
    assert not page.personal_button.isEnabled()
    page.show_example()
    row = page.current_row()
    assert row is not None and page.personal_button.isEnabled()
    target = tmp_path / "person.json"
    page.write_personal_data(row.id, target)
    qtbot.waitUntil(target.exists)
    document = json.loads(target.read_text(encoding="utf-8"))
    assert row.email in json.dumps(document, ensure_ascii=False)
    before = _count(ctx, Participant)
    page.erase(row.id)
    qtbot.waitUntil(lambda: page.notice.text().startswith("Erased"), timeout=30_000)
    assert _count(ctx, Participant) == before - 1
    page.write_personal_data(row.id, tmp_path / "gone.json")
    qtbot.waitUntil(lambda: page.notice.text().startswith("Could not do it"), timeout=30_000)


def test_an_export_refused_in_a_japanese_window(
    qtbot: QtBot, ctx: AppContext, tmp_path: Path
) -> None:
    """An export's own error (a file name without a format it knows) reads in Japanese."""
    with window_language("ja"):
        page = ParticipantsPage(ctx)
        qtbot.addWidget(page)
        page.show()
        qtbot.waitUntil(page.ready)
        page.export_to_file(tmp_path / "out.ods")
        qtbot.waitUntil(lambda: page.notice.text().startswith("エクスポートできませんでした"))
        assert page.notice.text() == (
            "エクスポートできませんでした：「out.ods」の形式が判断できません。"
            "ファイル名の末尾を .xlsx または .csv にしてください。"
        )
        assert not (tmp_path / "out.ods").exists()
