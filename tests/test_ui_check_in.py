"""The check-in page, driven as a registration desk would: a scanner typing badge codes
(keystrokes, then Enter), names typed in Latin and in kanji, Undo, the counts, the kiosk, a
reader's account; on the demo mission in a real SQLite file (the reader on PostgreSQL)."""

from __future__ import annotations

import json
import os
import secrets
import subprocess
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from app.common.paths import Paths
from app.core.check_in_codes import badge_code
from app.model import Mission, Participant
from app.model.tokens import TOKEN_ALPHABET
from app.services.check_in import ScanKind, ScanResult, check_in_person
from app.store import Store, open_store
from tests import demo_support
from tests.test_server_roles import Server, server
from tests.ui_support import close_context, make_context, type_text
from ui.check_in.outcomes import Tone
from ui.check_in.scan_queue import JobKind, ScanJob
from ui.context import AppContext
from ui.live_updates import LiveUpdates
from ui.pages.check_in import CheckInPage

__all__ = ["server"]  # the fixture, used by name

TORINO_NAGOYA = "Torino → Nagoya, October 2027"
SIDES = ("Turin", "Nagoya", "No side")  # the counts' rows by side (interpreters have none)


@dataclass
class Desk:
    store: Store
    ctx: AppContext
    page: CheckInPage
    answers: list[tuple[ScanJob, ScanResult | None]]

    def wait(self, qtbot: QtBot, count: int) -> ScanResult | None:
        """Wait for the ``count``-th answer (all of them shown), and return it."""
        qtbot.waitUntil(lambda: len(self.answers) >= count, timeout=15000)
        return self.answers[count - 1][1]

    def scan(self, qtbot: QtBot, text: str) -> ScanResult | None:
        """Type ``text`` into the field as key presses, then Enter; the answer."""
        before = len(self.answers)
        type_text(self.page.field, text)
        QTest.keyClick(self.page.field, Qt.Key.Key_Return)
        return self.wait(qtbot, before + 1)

    def checked_in(self) -> set[int]:
        with self.store.session() as s:
            return set(
                s.scalars(
                    select(Participant.id).where(
                        Participant.mission_id == self.ctx.mission_id,
                        Participant.checked_in_at.is_not(None),
                    )
                )
            )


def _people(store: Store, mission: str) -> list[Participant]:
    with store.session() as s:
        mission_id = s.scalars(select(Mission.id).where(Mission.name == mission)).one()
        people = s.scalars(
            select(Participant).where(Participant.mission_id == mission_id).order_by(Participant.id)
        ).all()
        s.expunge_all()
        return list(people)


def code_of(person: Participant) -> str:
    return badge_code(person.check_in_token)


def open_desk(qtbot: QtBot, paths: Paths, store: Store, *, read_only: bool = False) -> Desk:
    with store.session() as s:
        mission_id = s.scalars(select(Mission.id).where(Mission.name == TORINO_NAGOYA)).one()
    ctx = make_context(paths, store, mission_id)
    ctx.read_only = read_only
    page = CheckInPage(ctx)
    qtbot.addWidget(page)
    page.resize(1200, 800)
    page.show()
    desk = Desk(store, ctx, page, [])
    page.answer_shown.connect(lambda job, result: desk.answers.append((job, result)))
    qtbot.waitUntil(page.ready, timeout=15000)
    return desk


@pytest.fixture
def desk(
    qtbot: QtBot, tmp_path: Path, paths: Paths, copy_demo: demo_support.CopyDemo
) -> Iterator[Desk]:
    store = open_store(copy_demo(tmp_path / "desk.sqlite"), paths=paths)
    desk = open_desk(qtbot, paths, store)
    try:
        yield desk
    finally:
        if desk.page.kiosk is not None:
            desk.page.kiosk.close()
        close_context(qtbot, desk.ctx)
        store.close()


def test_a_badge_checks_its_holder_in(qtbot: QtBot, desk: Desk) -> None:
    """A scanned code: green, the name, the organisation; recorded once; field emptied."""
    person = _people(desk.store, TORINO_NAGOYA)[0]
    result = desk.scan(qtbot, code_of(person))
    assert result is not None and result.kind is ScanKind.CHECKED_IN
    page = desk.page
    assert page.answer.tone is Tone.GOOD
    assert page.answer.word.text() == "Checked in"
    assert page.answer.latin.text() == f"{person.given_name} {person.family_name}"
    assert page.answer.origin.text()  # organisation · delegation
    assert page.field.text() == "" and page.field.hasFocus()
    assert desk.checked_in() == {person.id}
    assert page.recent.count() == 1 and person.family_name in page.recent.item(0).text()
    assert page.undo_button.isEnabled() and person.family_name in page.undo_button.text()


def test_each_bad_scan_is_answered_in_red_and_records_nothing(qtbot: QtBot, desk: Desk) -> None:
    """Unknown code, another mission's badge, control characters, an empty line, an old
    badge while old codes are off: each its own answer, nobody checked in."""
    other = _people(desk.store, "Nagoya → Torino, March 2028")[0]
    made_up = "PNT" + "".join(secrets.choice(TOKEN_ALPHABET) for _ in range(12))
    cases: list[tuple[str, ScanKind, Tone]] = [
        (made_up, ScanKind.UNKNOWN, Tone.BAD),
        (code_of(other), ScanKind.OTHER_MISSION, Tone.BAD),
        ("PNT7K3\x1dM9QX2D4HB", ScanKind.MALFORMED, Tone.BAD),
        ("", ScanKind.EMPTY, Tone.QUIET),
        (f"PONTE:{desk.ctx.mission_id}:5", ScanKind.STALE_BADGE, Tone.BAD),
    ]
    for text, kind, tone in cases:
        result = desk.scan(qtbot, text)
        assert result is not None and result.kind is kind, text
        assert desk.page.answer.tone is tone, text
        assert desk.page.answer.detail.text() == result.message
        assert desk.page.field.text() == ""
    assert desk.checked_in() == set()
    assert not desk.page.undo_button.isEnabled()
    assert desk.page.recent.count() == 0


def test_a_double_read_counts_once_and_a_later_scan_says_when(qtbot: QtBot, desk: Desk) -> None:
    """The same badge twice at once is a double read; a badge checked in another day says
    'already at' with the day and the time in the mission's zone."""
    first, second = _people(desk.store, TORINO_NAGOYA)[:2]
    code = code_of(first)
    type_text(desk.page.field, code)
    QTest.keyClick(desk.page.field, Qt.Key.Key_Return)
    type_text(desk.page.field, code)
    QTest.keyClick(desk.page.field, Qt.Key.Key_Return)
    desk.wait(qtbot, 2)
    kinds = [result.kind for _job, result in desk.answers if result is not None]
    assert kinds == [ScanKind.CHECKED_IN, ScanKind.DOUBLE_READ]
    assert desk.page.answer.tone is Tone.CAUTION

    assert desk.ctx.mission_id is not None
    morning = datetime(2027, 10, 4, 23, 52, tzinfo=UTC)  # 08:52 in Nagoya, another day
    check_in_person(desk.store, desk.ctx.mission_id, second.id, at=morning)
    result = desk.scan(qtbot, code_of(second))
    assert result is not None and result.kind is ScanKind.ALREADY
    assert desk.page.answer.word.text() == "Already checked in at 2027-10-05 08:52"
    assert desk.checked_in() == {first.id, second.id}


def test_a_latin_name_shared_by_two_is_picked_with_the_arrow_keys(qtbot: QtBot, desk: Desk) -> None:
    """ "Cravero" matches two people: a list; Down then Enter checks in the second."""
    result = desk.scan(qtbot, "Cravero")
    assert result is not None and result.kind is ScanKind.NAMES
    page = desk.page
    assert page.candidates.isVisible() and page.candidates.count() == len(result.candidates)
    assert page.candidates.count() >= 2 and page.field.hasFocus()
    QTest.keyClick(page.field, Qt.Key.Key_Down)
    assert page.candidates.currentRow() == 1
    QTest.keyClick(page.field, Qt.Key.Key_Return)
    picked = desk.wait(qtbot, 2)
    assert picked is not None and picked.kind is ScanKind.CHECKED_IN
    assert picked.person is not None
    assert picked.person.participant_id == result.candidates[1].participant_id
    assert desk.checked_in() == {result.candidates[1].participant_id}
    assert not page.candidates.isVisible()


def test_a_kanji_name_typed_key_by_key_checks_in_after_enter(qtbot: QtBot, desk: Desk) -> None:
    """A full name in kanji (as an input method commits it): one person, Enter confirms."""
    people = _people(desk.store, TORINO_NAGOYA)
    kanji = [p for p in people if p.family_name_kanji and p.given_name_kanji]
    person = next(
        p for p in kanji if sum(q.family_name_kanji == p.family_name_kanji for q in kanji) == 1
    )
    field = desk.page.field
    # as an input method composes the family name (kana shown, then committed as kanji) ...
    QCoreApplication.sendEvent(field, QInputMethodEvent(person.family_name_kana or "か", []))
    commit = QInputMethodEvent("", [])
    commit.setCommitString(person.family_name_kanji or "")
    QCoreApplication.sendEvent(field, commit)
    assert field.text() == person.family_name_kanji
    # ... and the given name typed key by key
    type_text(field, person.given_name_kanji or "")
    qtbot.wait(50)
    assert desk.answers == []  # nothing happens while typing: only Enter acts
    QTest.keyClick(desk.page.field, Qt.Key.Key_Return)
    result = desk.wait(qtbot, 1)
    assert result is not None and result.kind is ScanKind.NAMES
    assert [c.participant_id for c in result.candidates] == [person.id]
    assert desk.page.answer.word.text() == "Enter to check in"
    QTest.keyClick(desk.page.field, Qt.Key.Key_Return)
    done = desk.wait(qtbot, 2)
    assert done is not None and done.kind is ScanKind.CHECKED_IN
    assert desk.page.answer.kanji.text() == f"{person.family_name_kanji} {person.given_name_kanji}"
    assert desk.checked_in() == {person.id}


def test_undo_takes_back_exactly_the_person_shown(qtbot: QtBot, desk: Desk) -> None:
    """Two check-ins, an unknown code, Ctrl+Z: the second person (named on the button) is
    taken back, the first stays; the counts go back down."""
    first, second = _people(desk.store, TORINO_NAGOYA)[:2]
    desk.scan(qtbot, code_of(first))
    desk.scan(qtbot, code_of(second))
    desk.scan(qtbot, "PNT000000000000")
    qtbot.waitUntil(desk.page.ready, timeout=15000)
    arrived = sum(int(f.split(" / ")[0]) for f in desk.page.counts.figures().values())
    assert second.family_name in desk.page.undo_button.text()
    QTest.keyClick(desk.page.field, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    QTest.keyClick(desk.page.field, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    result = desk.wait(qtbot, 4)
    assert result is not None and result.kind is ScanKind.UNDONE
    assert result.person is not None and result.person.participant_id == second.id
    assert desk.checked_in() == {first.id}
    assert len(desk.answers) == 4  # the second Ctrl+Z had nothing left to undo
    assert not desk.page.undo_button.isEnabled()
    assert [desk.page.recent.item(i).text() for i in range(desk.page.recent.count())] == [
        desk.page.recent.item(0).text()
    ] and first.family_name in desk.page.recent.item(0).text()
    qtbot.waitUntil(desk.page.ready, timeout=15000)
    after = sum(int(f.split(" / ")[0]) for f in desk.page.counts.figures().values())
    assert after == arrived - 2  # one fewer on its side and in its delegation


def test_counts_move_with_each_scan_and_with_other_desks(qtbot: QtBot, desk: Desk) -> None:
    """Arrived / expected by side and delegation: after a scan here, and after another
    desk's check-in on the same file, heard as the window hears others' changes."""
    people = _people(desk.store, TORINO_NAGOYA)
    figures = desk.page.counts.figures()
    assert figures["Turin"].startswith("0 / ") and figures["Nagoya"].startswith("0 / ")
    total = sum(int(f.split(" / ")[1]) for k, f in figures.items() if k in SIDES)
    assert total == len(people)
    desk.scan(qtbot, code_of(people[0]))
    qtbot.waitUntil(lambda: desk.page.counts.figures() != figures, timeout=15000)
    moved = desk.page.counts.figures()
    assert sum(int(f.split(" / ")[0]) for f in moved.values()) == 2  # its side + delegation

    assert desk.ctx.mission_id is not None
    live = LiveUpdates(desk.ctx)  # what the window runs: others' commits onto the bus
    live.follow()
    assert live.is_watching()
    try:
        with open_store(desk.store.location.path, paths=desk.ctx.paths) as other_desk:
            other_desk.actor = "Another desk"
            check_in_person(other_desk, desk.ctx.mission_id, people[-1].id)
        qtbot.waitUntil(
            lambda: sum(int(f.split(" / ")[0]) for f in desk.page.counts.figures().values()) == 4,
            timeout=15000,
        )
    finally:
        live.stop()


def test_the_kiosk_shows_the_answer_and_leaves_the_keyboard_to_the_desk(
    qtbot: QtBot, desk: Desk
) -> None:
    """The kiosk welcomes a Nagoya delegate in Japanese with the kanji name; a scan typed
    while it is open still goes to the desk; Esc on it closes it."""
    people = _people(desk.store, TORINO_NAGOYA)
    guest = next(p for p in people if p.family_name_kanji)
    desk.page.kiosk_button.click()
    kiosk = desk.page.kiosk
    assert kiosk is not None
    qtbot.waitUntil(kiosk.isVisible)
    assert not kiosk.findChildren(type(desk.page.field))  # nothing to edit on it
    desk.scan(qtbot, code_of(guest))
    assert kiosk.greeting.text() == "ようこそ"
    assert kiosk.kanji.text() == f"{guest.family_name_kanji} {guest.given_name_kanji} 様"
    assert kiosk.latin.text() and kiosk.latin.isVisibleTo(kiosk)
    desk.scan(qtbot, "PNT000000000000")
    assert kiosk.greeting.text() == "Please see the desk"

    # a key the kiosk gets (someone clicked it) is handed to the desk's field
    before = len(desk.answers)
    for ch in code_of(people[1]):
        QTest.keyClick(kiosk, ch)
    QTest.keyClick(kiosk, Qt.Key.Key_Return)
    result = desk.wait(qtbot, before + 1)
    assert result is not None and result.kind is ScanKind.CHECKED_IN
    QTest.keyClick(kiosk, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: desk.page.kiosk is None)
    assert not desk.page.kiosk_button.isChecked()


KIOSK_ON_TWO_SCREENS = """
from PySide6.QtWidgets import QApplication, QWidget
from ui.check_in.kiosk import KioskWindow
app = QApplication([])
desk = QWidget()
desk.show()
kiosk = KioskWindow(lambda event: None, desk)
kiosk.open_on_second_screen(desk)
app.processEvents()
print(desk.screen().name(), kiosk.screen().name(), kiosk.isFullScreen(), kiosk.geometry().width())
"""


def test_the_kiosk_goes_full_screen_on_the_second_screen(tmp_path: Path) -> None:
    """With two screens (Qt's offscreen platform told of two), the kiosk fills the one the
    desk is not on."""
    screens = tmp_path / "screens.json"
    screens.write_text(
        json.dumps(
            {
                "screens": [
                    {"name": "desk", "x": 0, "y": 0, "width": 1400, "height": 900},
                    {"name": "hall", "x": 1400, "y": 0, "width": 1920, "height": 1080},
                ]
            }
        )
    )
    env = {**os.environ, "QT_QPA_PLATFORM": f"offscreen:configfile={screens}"}
    done = subprocess.run(
        [sys.executable, "-c", KIOSK_ON_TWO_SCREENS],
        env=env,
        cwd=Path(__file__).resolve().parent.parent,
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
    )
    assert done.stdout.split() == ["desk", "hall", "True", "1920"]


def test_fast_scans_are_answered_in_order_none_lost_none_doubled(qtbot: QtBot, desk: Desk) -> None:
    """30 scans at ten a second, as keystrokes through the event loop: new badges, double
    reads, unknown codes; 30 answers in order, each new badge checked in once."""
    people = _people(desk.store, TORINO_NAGOYA)
    plan: list[tuple[str, ScanKind]] = []
    for n in range(10):
        code = code_of(people[n])
        plan += [(code, ScanKind.CHECKED_IN), (code, ScanKind.DOUBLE_READ)]
        plan.append((f"PNT{n:012d}", ScanKind.UNKNOWN))
    scans = iter(plan)

    def next_scan() -> None:
        text, _kind = next(scans, ("", None))
        if text:
            QTest.keyClicks(desk.page.field, text)
            QTest.keyClick(desk.page.field, Qt.Key.Key_Return)
        else:
            timer.stop()

    timer = QTimer()
    timer.timeout.connect(next_scan)
    timer.start(100)
    try:
        desk.wait(qtbot, len(plan))
    finally:
        timer.stop()
    qtbot.wait(300)  # an answer too many would come now
    assert len(desk.answers) == len(plan)
    assert [job.number for job, _r in desk.answers] == sorted(job.number for job, _ in desk.answers)
    assert [job.text for job, _r in desk.answers] == [text for text, _ in plan]
    assert [r.kind if r else None for _j, r in desk.answers] == [kind for _, kind in plan]
    assert all(job.kind is JobKind.SCAN for job, _r in desk.answers)
    assert desk.checked_in() == {p.id for p in people[:10]}
    with desk.store.session() as s:
        assert (
            s.scalar(
                select(func.count())
                .select_from(Participant)
                .where(Participant.checked_in_at.is_not(None))
            )
            == 10
        )


def test_the_field_keeps_the_focus(qtbot: QtBot, desk: Desk) -> None:
    """The page's buttons never take the focus from the field; Tab does not either."""
    desk.page.activateWindow()
    desk.page.field.setFocus()
    qtbot.waitUntil(desk.page.field.hasFocus)
    QTest.keyClick(desk.page.field, Qt.Key.Key_Tab)
    assert desk.page.field.hasFocus()
    desk.page.kiosk_button.click()
    desk.page.kiosk_button.click()
    assert desk.page.field.hasFocus()


def test_with_no_mission_open_a_scan_is_told_so(qtbot: QtBot, desk: Desk) -> None:
    """No mission open (the database closed): the desk says so instead of staying silent."""
    desk.ctx.mission_id = None
    desk.ctx.bus.mission_changed.emit(None)
    type_text(desk.page.field, "PNT000000000000")
    QTest.keyClick(desk.page.field, Qt.Key.Key_Return)
    assert desk.page.answer.word.text() == "No mission open"
    assert desk.page.answer.tone is Tone.BAD and desk.page.field.text() == ""
    assert desk.page.queue.pending() == 0


@pytest.mark.postgres
def test_a_reader_checks_people_in(qtbot: QtBot, server: Server, paths: Paths) -> None:
    """A reader's account on a server scans and checks in; the mission's switch for old
    badges (an editor's change) is greyed."""
    _, reader_url = server.user("reader")
    store = open_store(reader_url, paths=paths)
    desk = open_desk(qtbot, paths, store, read_only=True)
    try:
        person = _people(store, TORINO_NAGOYA)[3]
        result = desk.scan(qtbot, code_of(person))
        assert result is not None and result.kind is ScanKind.CHECKED_IN, result
        assert desk.checked_in() == {person.id}
        assert desk.page.field.isEnabled() and not desk.page.old_codes.isEnabled()
        QTest.keyClick(desk.page.field, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
        undone = desk.wait(qtbot, 2)
        assert undone is not None and undone.kind is ScanKind.UNDONE
        assert desk.checked_in() == set()
    finally:
        close_context(qtbot, desk.ctx)
        store.close()
