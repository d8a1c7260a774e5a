"""``ponte screenshots``: every page and the New mission dialog rendered offscreen to PNG."""

from __future__ import annotations

import importlib.util
import threading
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from click.testing import CliRunner
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication, QLabel, QVBoxLayout, QWidget

from app.common.paths import Paths
from app.services.missions import MissionDraft, create_mission
from app.store import open_store
from ui.context import AppContext
from ui.entry import screenshots_command
from ui.i18n import install_translators
from ui.pages import registry
from ui.pages.base import Page
from ui.screenshots import WINDOW_SIZE, ScreenshotsFailed, take_screenshots

REAL_PAGES = importlib.util.find_spec("ui.pages.organisations") is not None


class StandInPage(Page):
    """Used only while the real pages are not written yet: shows the mission's id."""

    page_id = "stand-in"

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.label = QLabel("—")
        QVBoxLayout(self).addWidget(self.label)
        ctx.bus.mission_changed.connect(lambda mid: self.label.setText(f"Mission {mid}"))

    def title(self) -> str:
        return "Stand-in"


@pytest.fixture
def pages(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The page ids the screenshots should show (the real ones once they exist)."""
    if not REAL_PAGES:
        monkeypatch.setattr(
            registry, "page_entries", lambda: [registry.PageEntry.of(StandInPage, "Stand-in")]
        )
    return [cls.page_id for cls in registry.page_classes()]


@pytest.fixture
def small_db(tmp_path: Path, paths: Paths) -> Iterator[Path]:
    db = tmp_path / "small.sqlite"
    with open_store(db, paths=paths) as store:
        create_mission(
            store,
            MissionDraft(
                name="Torino → Nagoya, October 2027",
                name_ja="トリノ→名古屋 経済ミッション",
                host_city="Nagoya",
                timezone="Asia/Tokyo",
                start_date=date(2027, 10, 4),
                end_date=date(2027, 10, 8),
            ),
        )
    yield db
    assert not [t for t in threading.enumerate() if t.name.startswith("ponte-db")]


def expected_names(pages: list[str]) -> list[str]:
    ids = [*pages, "new-mission", "mail-settings", "history"]
    return [f"{n:02d}-{page_id}.png" for n, page_id in enumerate(ids, start=1)]


def assert_sane_png(path: Path, *, window: bool) -> None:
    image = QImage(str(path))
    assert not image.isNull(), path
    if window:
        assert (image.width(), image.height()) == WINDOW_SIZE
    else:
        assert image.width() >= 300 and image.height() >= 150
    colours = {image.pixel(x, y) for x in range(0, image.width(), 17) for y in range(0, 120, 7)}
    assert len(colours) > 2, f"{path.name} looks blank"


def test_take_screenshots_writes_every_page_and_the_dialog(
    qapp: QApplication, small_db: Path, tmp_path: Path, pages: list[str]
) -> None:
    """One PNG per page at the window's fixed size, then the New mission and Mail settings
    dialogs and the mission's history."""
    out = tmp_path / "shots"
    written = take_screenshots(str(small_db), out)
    assert [p.name for p in written] == expected_names(pages)
    for path in written[:-3]:
        assert_sane_png(path, window=True)
    for path in written[-3:]:
        assert_sane_png(path, window=False)


def test_screenshots_in_japanese(
    qapp: QApplication, small_db: Path, tmp_path: Path, pages: list[str]
) -> None:
    """--lang ja renders (Qt's own strings in Japanese) without failing."""
    try:
        written = take_screenshots(str(small_db), tmp_path / "ja", language="ja")
    finally:
        install_translators(qapp, "en")
    assert len(written) == len(pages) + 3  # and the three dialogs
    assert all(p.stat().st_size > 1000 for p in written)


def test_cli_screenshots_command(
    qapp: QApplication, small_db: Path, tmp_path: Path, pages: list[str]
) -> None:
    """``ponte screenshots --db F --out D`` prints the files it wrote."""
    out = tmp_path / "cli"
    result = CliRunner().invoke(
        screenshots_command, ["--db", str(small_db), "--out", str(out)], catch_exceptions=False
    )
    assert result.exit_code == 0, result.output
    assert result.output.split() == [str(out / name) for name in expected_names(pages)]


def test_screenshots_refuse_a_missing_database(
    qapp: QApplication, tmp_path: Path, paths: Paths, pages: list[str]
) -> None:
    """A database that is not there is reported, not created."""
    missing = tmp_path / "missing.sqlite"
    with pytest.raises(ScreenshotsFailed, match="There is no database"):
        take_screenshots(str(missing), tmp_path / "none")
    assert not missing.exists()


def test_screenshots_refuse_an_unknown_mission(
    qapp: QApplication, small_db: Path, tmp_path: Path, pages: list[str]
) -> None:
    """--mission with an id the database lacks fails with a clear message."""
    with pytest.raises(ScreenshotsFailed, match="no mission 999"):
        take_screenshots(str(small_db), tmp_path / "x", mission_id=999)
