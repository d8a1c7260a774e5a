"""The Publish page's Send panel and the Mail settings dialog, driven in the real window
against a real SMTP server on 127.0.0.1: sending, progress and cancel, the sent log, the
refusals, the drafts, and settings that are checked before they are saved."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QInputDialog, QMessageBox
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from app.common.paths import Paths
from app.common.timezones import to_local
from app.distribution.mail_settings import (
    MailSettings,
    Security,
    load_mail_settings,
    save_mail_settings,
)
from app.distribution.messages import participant_emails, usable_address
from app.model import B2BTable, Meeting, Mission
from app.services.b2b_grid import move_meeting
from app.services.missions import get_mission
from app.services.publications import publish
from app.services.scheduling import schedule_mission
from app.store import Store, open_store
from tests.demo_support import CopyDemo
from tests.factories import first_fit
from tests.smtp_support import PASSWORD, USER, MemoryKeyring, Server
from tests.ui_support import close_context, make_context, window_language
from ui.context import AppContext
from ui.dialogs.mail_settings import MailSettingsDialog
from ui.i18n import install_translators
from ui.pages.publish import PublishPage


@pytest.fixture
def demo(paths: Paths, sqlite_path: Path, copy_demo: CopyDemo) -> Iterator[tuple[Store, int]]:
    """The Turin demo mission, scheduled and published as version 1."""
    with open_store(copy_demo(sqlite_path), paths=paths) as store:
        with store.session() as s:
            mid = s.scalars(select(Mission.id).where(Mission.host_city == "Torino")).one()
        schedule_mission(store, mid, solve=first_fit)
        publish(store, mid, by="test")
        yield store, mid


@pytest.fixture
def ctx(qtbot: QtBot, paths: Paths, demo: tuple[Store, int]) -> Iterator[AppContext]:
    """The window's context, in English with its catalogue (the plural forms)."""
    store, mid = demo
    app = QCoreApplication.instance()
    assert app is not None
    translators = install_translators(app, "en")
    assert translators
    context = make_context(paths, store, mid)
    try:
        yield context
    finally:
        close_context(qtbot, context)
        # none left behind for other tests, whichever language the test put in
        for t in install_translators(app, "en"):
            app.removeTranslator(t)


@pytest.fixture
def yes(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Answer Yes to the confirmation; what it asked is kept."""
    asked: list[str] = []

    def question(_parent: object, _title: str, text: str, *_a: object) -> object:
        asked.append(text)
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", question)
    return asked


def open_page(qtbot: QtBot, ctx: AppContext) -> PublishPage:
    page = PublishPage(ctx)
    qtbot.addWidget(page)
    page.resize(1300, 900)
    page.show()
    qtbot.waitUntil(page.ready)
    return page


def _reachable(ctx: AppContext) -> int:
    assert ctx.store is not None and ctx.mission_id is not None
    emails = participant_emails(ctx.store, ctx.mission_id)
    return sum(1 for a in emails.values() if usable_address(a))


def test_send_everyone_then_nobody_twice(
    qtbot: QtBot, ctx: AppContext, plain_server: Server, yes: list[str]
) -> None:
    save_mail_settings(ctx.paths, plain_server.settings())
    page = open_page(qtbot, ctx)
    panel = page.send_panel
    n = _reachable(ctx)
    assert panel.send_button.text() == "Send version 1 by e-mail…"
    assert panel.send_button.isEnabled()
    assert f"reached 0 of {n} participants" in panel.summary.text()
    panel.send_button.click()
    assert f"to the {n} participants who have not received it yet" in yes[0]
    qtbot.waitUntil(lambda: not panel.is_running(), timeout=120_000)
    qtbot.waitUntil(page.ready)
    assert len(plain_server.inbox.messages) == n
    assert panel.message.text().startswith(f"Version 1: {n} messages sent.")
    assert f"reached {n} of {n} participants" in panel.summary.text()
    assert panel.log.rowCount() == n
    assert {panel.log.item(r, 4).text() for r in range(n)} == {"sent"}
    # sent at the mission's time, with its zone (not this computer's UTC)
    assert ctx.store is not None and ctx.mission_id is not None
    mission = get_mission(ctx.store, ctx.mission_id)
    assert mission is not None
    zone_now = to_local(datetime.now(UTC), mission.timezone).tzname()
    assert panel.log.item(0, 0).text().endswith(f" {zone_now}"), panel.log.item(0, 0).text()
    assert panel.progress.value() == panel.progress.maximum()
    # a second time: everyone already has version 1
    panel.send_button.click()
    qtbot.waitUntil(lambda: not panel.is_running(), timeout=60_000)
    assert len(plain_server.inbox.messages) == n
    assert f"{n} already had this version" in panel.message.text()
    # a lost message: "Send again to this participant" from the log's context menu
    qtbot.waitUntil(page.ready)
    panel.log.setCurrentCell(0, 2)
    name = panel.log.item(0, 2).text()
    assert panel.again_action.isEnabled()
    panel.again_action.trigger()
    assert f"again to {name}" in yes[-1]
    qtbot.waitUntil(lambda: not panel.is_running(), timeout=60_000)
    assert len(plain_server.inbox.messages) == n + 1
    assert panel.message.text().startswith("Version 1: 1 message sent.")


def test_cancel_stops_between_messages(
    qtbot: QtBot, ctx: AppContext, plain_server: Server, yes: list[str]
) -> None:
    """At 60 a minute, cancel after the first message: a few were sent, all logged, and the
    panel says how many are left to send."""
    save_mail_settings(ctx.paths, plain_server.settings(rate_per_minute=60))
    page = open_page(qtbot, ctx)
    panel = page.send_panel
    panel.send_button.click()
    qtbot.waitUntil(lambda: panel.progress.format() == "message %v of %m", timeout=120_000)
    assert panel.cancel_button.isEnabled() and not panel.send_button.isEnabled()
    panel.cancel_button.click()
    qtbot.waitUntil(lambda: not panel.is_running(), timeout=30_000)
    qtbot.waitUntil(page.ready)
    sent = len(plain_server.inbox.messages)
    assert 1 <= sent <= 3
    assert (
        "Cancelled:" in panel.message.text() and "send again to reach them" in panel.message.text()
    )
    assert panel.log.rowCount() == sent


def test_a_refused_address_shows_in_the_log(
    qtbot: QtBot, ctx: AppContext, plain_server: Server, yes: list[str]
) -> None:
    assert ctx.store is not None and ctx.mission_id is not None
    emails = participant_emails(ctx.store, ctx.mission_id)
    victim = sorted(a for a in emails.values() if usable_address(a))[0]
    plain_server.inbox.refuse.add(victim)
    save_mail_settings(ctx.paths, plain_server.settings())
    page = open_page(qtbot, ctx)
    panel = page.send_panel
    panel.send_button.click()
    qtbot.waitUntil(lambda: not panel.is_running(), timeout=120_000)
    qtbot.waitUntil(page.ready)
    assert "1 not delivered: see the log." in panel.message.text()
    assert "1 could not be delivered" in panel.summary.text()
    rows = [[panel.log.item(r, c).text() for c in range(6)] for r in range(panel.log.rowCount())]
    refused = [r for r in rows if r[4] == "refused"]
    assert len(refused) == 1 and refused[0][3] == victim and refused[0][5].startswith("550")
    assert rows[0] == refused[0]  # what was not delivered comes first


def test_unpublished_changes_must_be_published_first(
    qtbot: QtBot, ctx: AppContext, plain_server: Server, yes: list[str]
) -> None:
    assert ctx.store is not None and ctx.mission_id is not None
    with ctx.store.session() as s:
        m = s.scalars(
            select(Meeting).where(Meeting.mission_id == ctx.mission_id).order_by(Meeting.id)
        ).first()
        assert m is not None
        busy = set(s.scalars(select(Meeting.table_id).where(Meeting.start_utc == m.start_utc)))
        table = next(
            t
            for t in s.scalars(select(B2BTable.id).where(B2BTable.session_id == m.session_id))
            if t not in busy
        )
        meeting_id, start = m.id, m.start_utc
    move_meeting(ctx.store, meeting_id, start, table)
    save_mail_settings(ctx.paths, plain_server.settings())
    page = open_page(qtbot, ctx)
    assert not page.send_panel.send_button.isEnabled()
    assert "Publish the latest changes before sending." in page.send_panel.summary.text()
    page.publish_button.click()
    qtbot.waitUntil(lambda: page.send_panel.send_button.isEnabled(), timeout=30_000)
    assert page.send_panel.send_button.text() == "Send version 2 by e-mail…"


def test_no_password_no_sending(
    qtbot: QtBot,
    ctx: AppContext,
    plain_server: Server,
    yes: list[str],
    memory_keyring: MemoryKeyring,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A login without a kept password asks for it; cancelling the question sends nothing."""
    save_mail_settings(ctx.paths, plain_server.settings(username="someone"))
    asked: list[str] = []

    def get_text(_parent: object, _title: str, label: str, *_a: object) -> tuple[str, bool]:
        asked.append(label)
        return "", False

    monkeypatch.setattr(QInputDialog, "getText", get_text)
    page = open_page(qtbot, ctx)
    page.send_panel.send_button.click()
    assert asked == ["Password of someone at 127.0.0.1:"]
    assert not page.send_panel.is_running() and plain_server.inbox.messages == []


def test_drafts_from_the_panel(qtbot: QtBot, ctx: AppContext, tmp_path: Path) -> None:
    page = open_page(qtbot, ctx)
    panel = page.send_panel
    folder = tmp_path / "drafts"
    panel.write_drafts_to(folder)
    qtbot.waitUntil(lambda: not panel.is_running(), timeout=120_000)
    n = len(list(folder.glob("mail-*.eml")))
    assert n == _reachable(ctx) and panel.message.text().startswith(f"Wrote {n} e-mail drafts")
    assert panel.progress.text() == f"message {n} of {n}"  # not a leftover "1 of 1"
    panel.write_drafts_to(Path("/proc/ponte-cannot-write-here"))
    qtbot.waitUntil(lambda: not panel.is_running(), timeout=30_000)
    assert panel.message.text().startswith("Could not write the drafts:")


def test_mail_settings_are_checked_kept_and_tested(
    qtbot: QtBot,
    ctx: AppContext,
    tls_server: Server,
    memory_keyring: MemoryKeyring,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    assert tls_server.ca_file is not None
    monkeypatch.setenv("SSL_CERT_FILE", str(tls_server.ca_file))
    dialog = MailSettingsDialog(ctx, MailSettings())
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.host.setText("127.0.0.1:587")
    dialog.accept()
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert "not a host name" in dialog.message.text()
    assert not (ctx.paths.config_dir / "mail.json").exists()
    dialog.host.setText("127.0.0.1")
    dialog.security.setCurrentIndex(dialog.security.findData(Security.TLS.value))
    assert dialog.port.value() == 465  # the default port follows the security
    dialog.security.setCurrentIndex(dialog.security.findData(Security.STARTTLS.value))
    assert dialog.port.value() == 587
    dialog.port.setValue(tls_server.port)
    dialog.username.setText(USER)
    dialog.password_edit.setText(PASSWORD)
    dialog.from_edit.setText("missions@to.camcom.example")
    dialog.test_to.setText("coordinator@example.com")
    dialog.test_button.click()
    qtbot.waitUntil(lambda: dialog.test_button.isEnabled(), timeout=30_000)
    assert "accepted the test message" in dialog.message.text(), dialog.message.text()
    assert len(tls_server.inbox.messages) == 1
    dialog.password_edit.setText("wrong")
    dialog.test_button.click()
    qtbot.waitUntil(lambda: dialog.test_button.isEnabled(), timeout=30_000)
    assert "refused the user name or password" in dialog.message.text()
    dialog.password_edit.setText(PASSWORD)
    dialog.accept()
    assert dialog.result() == QDialog.DialogCode.Accepted
    saved = load_mail_settings(ctx.paths)
    assert (saved.host, saved.port, saved.username) == ("127.0.0.1", tls_server.port, USER)
    assert list(memory_keyring.secrets.values()) == [PASSWORD]
    assert PASSWORD not in (ctx.paths.config_dir / "mail.json").read_text(encoding="utf-8")


def test_mail_errors_in_a_japanese_window(
    qtbot: QtBot,
    ctx: AppContext,
    tls_server: Server,
    memory_keyring: MemoryKeyring,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The Mail settings dialog says what is wrong with the settings, and what the server
    refused, in Japanese; the server's own reply stays as it came."""
    assert tls_server.ca_file is not None
    monkeypatch.setenv("SSL_CERT_FILE", str(tls_server.ca_file))
    with window_language("ja"):
        dialog = MailSettingsDialog(ctx, MailSettings())
        qtbot.addWidget(dialog)
        dialog.show()
        dialog.host.setText("127.0.0.1:587")
        dialog.accept()
        assert dialog.result() != QDialog.DialogCode.Accepted
        assert dialog.message.text() == (
            "「127.0.0.1:587」はホスト名ではありません。smtp.example.com のように名前だけを"
            "入力し、ポートは専用の欄に入力してください。"
        )
        dialog.host.setText("127.0.0.1")
        dialog.port.setValue(tls_server.port)
        dialog.username.setText(USER)
        dialog.password_edit.setText("wrong")
        dialog.from_edit.setText("missions@to.camcom.example")
        dialog.test_to.setText("coordinator@example.com")
        dialog.test_button.click()
        qtbot.waitUntil(lambda: dialog.test_button.isEnabled(), timeout=30_000)
        said = dialog.message.text()
        assert said.startswith(
            f"テストメッセージは送信されませんでした：メールサーバーが {USER} の"
            "ユーザー名またはパスワードを拒否しました（535"
        ), said
        assert "refused" not in said


def test_a_stopped_batch_in_a_japanese_window(
    qtbot: QtBot, ctx: AppContext, plain_server: Server, yes: list[str]
) -> None:
    """The server drops the connection, and again after Ponte reconnects: the Send panel
    says why the batch stopped in Japanese, the reason inside it too."""
    assert ctx.store is not None and ctx.mission_id is not None
    emails = participant_emails(ctx.store, ctx.mission_id)
    pid = min(p for p, a in emails.items() if usable_address(a))
    plain_server.inbox.drop_from = 0
    save_mail_settings(ctx.paths, plain_server.settings())
    with window_language("ja"):
        page = open_page(qtbot, ctx)
        panel = page.send_panel
        panel.send_again(pid, "Someone")
        qtbot.waitUntil(lambda: not panel.is_running(), timeout=60_000)
        said = panel.message.text()
        assert "停止しました：メールサーバーとの接続が切れました（接続が再び切れました: " in said, (
            said
        )
        assert "mail server" not in said and "broke again" not in said
    assert plain_server.inbox.messages == []
