"""Sending over SMTP to a real server (aiosmtpd on 127.0.0.1): messages arrive whole with
attachments that open, STARTTLS and login with the password from the keyring, a refused
recipient or a dropped connection leaves a sent log that says who got what, and running
again reaches only those who did not get the version."""

from __future__ import annotations

import dataclasses
import io
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import keyring
import pytest
import vobject
from click.testing import CliRunner
from icalendar import Calendar
from pypdf import PdfReader
from sqlalchemy import func, select

from app.cli import build_cli
from app.common.paths import Paths
from app.distribution import sent_log
from app.distribution.errors import MailError
from app.distribution.mail_settings import (
    MailSettings,
    Security,
    load_mail_settings,
    port_after,
    save_mail_settings,
)
from app.distribution.secrets import (
    forget_password,
    keyring_available,
    load_password,
    store_password,
)
from app.distribution.sending import Pace, Phase, send_test, send_version
from app.distribution.sent_log import Outcome
from app.model import B2BTable, Meeting, Mission, Participant, SentMessage
from app.services.b2b_grid import move_meeting
from app.services.publications import publish
from app.services.scheduling import schedule_mission
from app.store import Store, open_store
from tests.demo_support import CopyDemo, LoadDemo, copy_sqlite
from tests.factories import first_fit
from tests.smtp_support import PASSWORD, USER, MemoryKeyring, Server

# --- a published mission, copied per test ----------------------------------------------------


@dataclasses.dataclass
class Published:
    template: Path
    mission_id: int
    chosen: list[int]  # six participants with e-mail addresses and meetings


@pytest.fixture(scope="module")
def published(tmp_path_factory: pytest.TempPathFactory, demo_sqlite_template: Path) -> Published:
    root = tmp_path_factory.mktemp("smtp")
    path = copy_sqlite(demo_sqlite_template, root / "template.sqlite")
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("PONTE_HOME", str(root / "home"))
        with open_store(str(path), paths=Paths.for_user()) as store:
            with store.session() as s:
                mid = s.scalars(select(Mission.id).where(Mission.host_city == "Nagoya")).one()
            schedule_mission(store, mid, solve=first_fit)
            publish(store, mid, by="test")
            with store.session() as s:
                meeting = s.scalars(select(Meeting).where(Meeting.mission_id == mid)).first()
                assert meeting is not None
                orgs = [meeting.organisation_a_id, meeting.organisation_b_id]
                in_meeting = s.scalars(
                    select(Participant.id).where(
                        Participant.organisation_id.in_(orgs), Participant.email.is_not(None)
                    )
                ).all()
                others = s.scalars(
                    select(Participant.id)
                    .where(
                        Participant.mission_id == mid,
                        Participant.organisation_id.not_in(orgs),
                        Participant.email.is_not(None),
                    )
                    .order_by(Participant.id)
                ).all()
    chosen = sorted([*in_meeting[:2], *others[:4]])
    assert len(chosen) == 6
    return Published(path, mid, chosen)


@pytest.fixture
def store(published: Published, tmp_path: Path, paths: Paths) -> Iterator[Store]:
    copy = tmp_path / "mission.sqlite"
    shutil.copyfile(published.template, copy)
    with open_store(str(copy), paths=paths) as s:
        yield s


def _log(store: Store) -> list[SentMessage]:
    with store.session() as s:
        rows = list(s.scalars(select(SentMessage).order_by(SentMessage.id)))
        s.expunge_all()
    return rows


def _emails(store: Store, ids: list[int]) -> dict[int, str]:
    with store.session() as s:
        rows = s.execute(select(Participant.id, Participant.email).where(Participant.id.in_(ids)))
        return {pid: str(email) for pid, email in rows}


# --- tests ------------------------------------------------------------------------------------


def test_messages_arrive_whole_over_starttls_with_login(
    store: Store, published: Published, tls_server: Server
) -> None:
    """Six messages go through STARTTLS and a login; each arrives to its participant, with
    the agenda PDF and the .ics attached, both of which open; the sent log says so."""
    seen: list[tuple[Phase, int, int]] = []
    report = send_version(
        store, published.mission_id, tls_server.settings(), PASSWORD,
        participant_ids=published.chosen, context=tls_server.client_context,
        progress=lambda phase, done, total: seen.append((phase, done, total)),
    )  # fmt: skip
    assert sorted(report.sent) == published.chosen
    assert report.version == 1 and not report.refused and not report.failed
    assert report.stopped is None and not report.not_attempted
    assert (Phase.SENDING, 6, 6) in seen and (Phase.PREPARING, 6, 6) in seen
    emails = _emails(store, published.chosen)
    arrived = tls_server.inbox.parsed()
    assert len(arrived) == 6
    assert sorted(rcpt[0] for _, rcpt, _ in tls_server.inbox.messages) == sorted(emails.values())
    assert {frm for frm, _, _ in tls_server.inbox.messages} == {"missions@to.camcom.example"}
    for msg in arrived:
        assert msg["X-Unsent"] is None  # a sent message, not a draft
        kinds = {p.get_content_type(): p for p in msg.iter_attachments()}
        assert set(kinds) == {"application/pdf", "text/calendar"}
        pdf = PdfReader(io.BytesIO(kinds["application/pdf"].get_content()))
        assert len(pdf.pages) >= 1
        ics = kinds["text/calendar"].get_content()
        ics_text = ics if isinstance(ics, str) else ics.decode("utf-8")
        assert Calendar.from_ical(ics_text).walk("VEVENT")
        assert next(iter(vobject.readComponents(ics_text))).vevent_list
    log = _log(store)
    assert [(r.participant_id, r.outcome, r.version) for r in log] == [
        (pid, "sent", 1) for pid in report.sent
    ]
    assert all(r.sent_by == f"{USER}@127.0.0.1:{tls_server.port}" for r in log)
    ids = {str(m["Message-ID"]).strip() for m in arrived}
    assert {r.message_id for r in log} == ids


def test_running_again_sends_nothing_twice(
    store: Store, published: Published, plain_server: Server
) -> None:
    first = send_version(
        store, published.mission_id, plain_server.settings(), None,
        participant_ids=published.chosen,
    )  # fmt: skip
    assert len(first.sent) == 6
    second = send_version(
        store, published.mission_id, plain_server.settings(), None,
        participant_ids=published.chosen,
    )  # fmt: skip
    assert second.sent == [] and sorted(second.already) == published.chosen
    assert len(plain_server.inbox.messages) == 6
    again = send_version(
        store, published.mission_id, plain_server.settings(), None,
        participant_ids=published.chosen[:1], again=True,
    )  # fmt: skip
    assert again.sent == published.chosen[:1] and len(plain_server.inbox.messages) == 7


def test_a_refused_recipient_is_logged_and_the_batch_goes_on(
    store: Store, published: Published, plain_server: Server
) -> None:
    emails = _emails(store, published.chosen)
    victim = published.chosen[2]
    plain_server.inbox.refuse.add(emails[victim])
    report = send_version(
        store, published.mission_id, plain_server.settings(), None,
        participant_ids=published.chosen,
    )  # fmt: skip
    assert [f.participant_id for f in report.refused] == [victim]
    assert "550" in report.refused[0].detail and "No such mailbox" in report.refused[0].detail
    assert sorted(report.sent) == sorted(set(published.chosen) - {victim})
    assert report.stopped is None
    outcomes = {r.participant_id: (r.outcome, r.detail) for r in _log(store)}
    assert outcomes[victim][0] == "refused" and outcomes[victim][1].startswith("550 5.1.1")
    # the address is corrected: running again reaches only them
    plain_server.inbox.refuse.clear()
    again = send_version(
        store, published.mission_id, plain_server.settings(), None,
        participant_ids=published.chosen,
    )  # fmt: skip
    assert again.sent == [victim] and len(again.already) == 5


def test_a_dropped_connection_stops_the_batch_and_the_rerun_sends_the_rest(
    store: Store, published: Published, plain_server: Server
) -> None:
    """The server drops the connection at the third message, and again after Ponte
    reconnects: two are sent, the third failed, three not attempted; the log says exactly
    that, and the re-run sends to the four others and to nobody twice."""
    plain_server.inbox.drop_from = 2
    report = send_version(
        store, published.mission_id, plain_server.settings(), None,
        participant_ids=published.chosen,
    )  # fmt: skip
    assert report.sent == published.chosen[:2]
    assert [f.participant_id for f in report.failed] == [published.chosen[2]]
    assert report.not_attempted == published.chosen[3:]
    assert report.stopped is not None and "connection" in report.stopped
    assert not report.cancelled
    # why it stopped, in the window's language, the reason inside it too (the OS's own words
    # stay as they came)
    assert report.why_stopped is not None
    said = report.why_stopped.text("ja")
    assert said.startswith("メールサーバーとの接続が切れました（接続が再び切れました: "), said
    assert report.why_stopped.text("it").startswith(
        "La connessione al server di posta si è interrotta (la connessione si è interrotta "
        "di nuovo: "
    )
    log = _log(store)
    assert [(r.participant_id, r.outcome) for r in log] == [
        (published.chosen[0], "sent"),
        (published.chosen[1], "sent"),
        (published.chosen[2], "failed"),
    ]
    assert len(plain_server.inbox.messages) == 2
    plain_server.inbox.drop_from = None
    rerun = send_version(
        store, published.mission_id, plain_server.settings(), None,
        participant_ids=published.chosen,
    )  # fmt: skip
    assert rerun.sent == published.chosen[2:] and sorted(rerun.already) == published.chosen[:2]
    recipients = [rcpt[0] for _, rcpt, _ in plain_server.inbox.messages]
    assert len(recipients) == len(set(recipients)) == 6  # everyone once, nobody twice


def test_one_drop_is_survived_by_reconnecting(
    store: Store, published: Published, plain_server: Server
) -> None:
    """A server that closes the connection once (e.g. a per-connection limit): Ponte opens a
    new one and the batch completes."""
    inbox = plain_server.inbox
    original = inbox.handle_DATA
    dropped: list[bool] = []

    async def drop_once(server: Any, session: Any, envelope: Any) -> str:
        if len(inbox.messages) == 3 and not dropped:
            dropped.append(True)
            server.transport.close()
            return "421 closing"
        return await original(server, session, envelope)

    inbox.handle_DATA = drop_once  # type: ignore[method-assign]
    report = send_version(
        store, published.mission_id, plain_server.settings(), None,
        participant_ids=published.chosen,
    )  # fmt: skip
    assert dropped and sorted(report.sent) == published.chosen and not report.failed
    assert len(inbox.messages) == 6


def test_a_wrong_password_stops_before_anything_is_sent(
    store: Store, published: Published, tls_server: Server
) -> None:
    with pytest.raises(MailError, match="refused the user name or password of turin-chamber"):
        send_version(
            store, published.mission_id, tls_server.settings(), "wrong",
            participant_ids=published.chosen, context=tls_server.client_context,
        )  # fmt: skip
    assert _log(store) == [] and tls_server.inbox.messages == []


def test_an_untrusted_certificate_is_refused(
    store: Store, published: Published, tls_server: Server
) -> None:
    """The default context (no test CA) does not trust the server: nothing is sent."""
    with pytest.raises(MailError, match=r"certificate of 127\.0\.0\.1:\d+ cannot be trusted"):
        send_version(
            store, published.mission_id, tls_server.settings(), PASSWORD,
            participant_ids=published.chosen,
        )  # fmt: skip
    assert _log(store) == []


def test_a_mail_error_reads_in_italian_and_japanese(
    store: Store, published: Published, tls_server: Server
) -> None:
    """A MailError is worded in it/ja/en; the server's reply stays as the server gave it."""
    with pytest.raises(MailError) as refused:
        send_version(
            store, published.mission_id, tls_server.settings(), "wrong",
            participant_ids=published.chosen, context=tls_server.client_context,
        )  # fmt: skip
    english = f"The mail server refused the user name or password of {USER} ("
    assert str(refused.value).startswith(english) and str(refused.value).endswith(").")
    reply = str(refused.value)[len(english) : -2]
    assert reply.startswith("535")
    assert refused.value.text("ja") == (
        f"メールサーバーが {USER} のユーザー名またはパスワードを拒否しました（{reply}）。"
    )
    assert refused.value.text("it") == (
        f"Il server di posta ha rifiutato il nome utente o la password di {USER} ({reply})."
    )
    with pytest.raises(MailError) as bad_host:
        MailSettings(host="smtp.example.com:587").validated()
    assert str(bad_host.value) == (
        "'smtp.example.com:587' is not a host name: write only the name, e.g. "
        "smtp.example.com, and the port in its own field."
    )
    assert bad_host.value.text("ja").startswith(
        "「smtp.example.com:587」はホスト名ではありません。"
    )
    assert bad_host.value.text("it").startswith("«smtp.example.com:587» non è un nome host")
    _move_first_meeting(store, published.mission_id)
    with pytest.raises(MailError) as unpublished:
        send_version(store, published.mission_id, tls_server.settings(), PASSWORD)
    assert unpublished.value.text("ja") == (
        "第1版以降に日程が変更されています。先に第2版を公開してから送信してください。"
    )


def test_a_server_that_is_not_there(store: Store, published: Published, refused_port: int) -> None:
    settings = MailSettings(host="127.0.0.1", port=refused_port, security=Security.NONE)
    with pytest.raises(MailError, match="refused the connection"):
        send_version(store, published.mission_id, settings, None, participant_ids=[1])
    assert _log(store) == []


def test_no_password_over_an_unencrypted_network(store: Store, published: Published) -> None:
    settings = MailSettings(host="smtp.example.com", security=Security.NONE, username="u")
    with pytest.raises(MailError, match="unencrypted"):
        send_version(store, published.mission_id, settings, "pw")


def test_only_a_published_unchanged_version_is_sent(
    store: Store, published: Published, plain_server: Server
) -> None:
    mid = published.mission_id
    _move_first_meeting(store, mid)
    with pytest.raises(MailError, match="changed since version 1: publish version 2"):
        send_version(store, mid, plain_server.settings(), None, participant_ids=published.chosen)
    assert plain_server.inbox.messages == [] and _log(store) == []


def _move_first_meeting(store: Store, mission_id: int) -> int:
    """Move the mission's first meeting to a free table at the same time; its id."""
    with store.session() as s:
        m = s.scalars(
            select(Meeting).where(Meeting.mission_id == mission_id).order_by(Meeting.id)
        ).first()
        assert m is not None
        busy = set(s.scalars(select(Meeting.table_id).where(Meeting.start_utc == m.start_utc)))
        tables = s.scalars(
            select(B2BTable.id)
            .where(B2BTable.session_id == m.session_id)
            .order_by(B2BTable.position)
        ).all()
        meeting_id, start = m.id, m.start_utc
    move_meeting(store, meeting_id, start, next(t for t in tables if t not in busy))
    return meeting_id


def test_after_a_republication_only_changed_reaches_those_it_changed(
    store: Store, published: Published, plain_server: Server
) -> None:
    """Version 1 to all six; a meeting of the first two moves; version 2: only those two get
    a message, which lists the move since version 1; the other four are 'unchanged'."""
    mid = published.mission_id
    send_version(store, mid, plain_server.settings(), None, participant_ids=published.chosen)
    meeting_id = _move_first_meeting(store, mid)
    publish(store, mid)
    before = len(plain_server.inbox.messages)
    report = send_version(
        store, mid, plain_server.settings(), None, participant_ids=published.chosen,
        only_changed=True,
    )  # fmt: skip
    with store.session() as s:
        meeting = s.get(Meeting, meeting_id)
        assert meeting is not None
        orgs = {meeting.organisation_a_id, meeting.organisation_b_id}
        concerned = set(
            s.scalars(
                select(Participant.id).where(
                    Participant.id.in_(published.chosen), Participant.organisation_id.in_(orgs)
                )
            )
        )
    assert report.version == 2 and set(report.sent) == concerned and concerned
    assert sorted(report.unchanged) == sorted(set(published.chosen) - concerned)
    for msg in plain_server.inbox.parsed()[before:]:
        body = msg.get_body(preferencelist=("plain",))
        assert body is not None
        text = str(body.get_content())
        assert any(word in text for word in ("version 1", "versione 1", "版 1", "第1版")), text
    with store.session() as s:
        v2 = s.scalar(select(func.count()).select_from(SentMessage).where(SentMessage.version == 2))
    assert v2 == len(concerned)


def test_before_any_publication_nothing_is_sent(
    paths: Paths, tmp_path: Path, plain_server: Server, copy_demo: CopyDemo
) -> None:
    with open_store(str(copy_demo(tmp_path / "new.sqlite")), paths=paths) as store:
        with store.session() as s:
            mid = s.scalars(select(Mission.id)).first()
            assert mid is not None
        with pytest.raises(MailError, match="Publish version 1 first"):
            send_version(store, mid, plain_server.settings(), None)


def test_the_pace_waits_between_messages() -> None:
    """20 a minute: 3 s between two messages, none before the first; cancel stops a wait."""
    now = [0.0]
    slept: list[float] = []

    def sleep(seconds: float) -> None:
        slept.append(seconds)
        now[0] += seconds

    pace = Pace(20, sleep, lambda: now[0])
    pace.wait()
    assert slept == []
    now[0] += 1.0  # the first message took a second
    pace.wait()
    assert sum(slept) == pytest.approx(2.0) and max(slept) <= 0.25
    slept.clear()
    pace.wait(cancelled=lambda: True)
    assert slept == []
    Pace(0, sleep, lambda: now[0]).wait()
    Pace(0, sleep, lambda: now[0]).wait()
    assert slept == []


def test_cancel_leaves_the_rest_not_attempted(
    store: Store, published: Published, plain_server: Server
) -> None:
    sent: list[int] = []

    def progress(phase: Phase, done: int, total: int) -> None:
        if phase is Phase.SENDING:
            sent.append(done)

    report = send_version(
        store, published.mission_id, plain_server.settings(), None,
        participant_ids=published.chosen, progress=progress, cancelled=lambda: len(sent) >= 2,
    )  # fmt: skip
    assert len(report.sent) == 2 and report.cancelled and len(report.not_attempted) == 4
    assert len(_log(store)) == 2


def test_a_test_message(tls_server: Server) -> None:
    message_id = send_test(
        tls_server.settings(), PASSWORD, "coordinator@example.com",
        context=tls_server.client_context,
    )  # fmt: skip
    (msg,) = tls_server.inbox.parsed()
    assert str(msg["Message-ID"]).strip() == message_id and "テストメッセージ" in msg["Subject"]
    with pytest.raises(MailError, match="not a usable e-mail address"):
        send_test(tls_server.settings(), PASSWORD, "not an address")


# --- settings and keyring --------------------------------------------------------------------


def test_settings_round_trip_and_are_checked(paths: Paths) -> None:
    assert load_mail_settings(paths) == MailSettings()
    settings = MailSettings(
        host=" smtp.camcom.example ", port=465, security=Security.TLS, username="missions",
        sender="missioni@to.camcom.example", rate_per_minute=30,
    )  # fmt: skip
    save_mail_settings(paths, settings)
    assert load_mail_settings(paths) == dataclasses.replace(settings, host="smtp.camcom.example")
    assert "password" not in (paths.config_dir / "mail.json").read_text()
    for bad, message in [
        (MailSettings(host=""), "No mail server"),
        (MailSettings(host="smtp.example.com:587"), "not a host name"),
        (MailSettings(host="h", port=0), "port"),
        (MailSettings(host="h", rate_per_minute=-1), "pace"),
        (MailSettings(host="h", sender="not an address"), "sender"),
    ]:
        with pytest.raises(MailError, match=message):
            save_mail_settings(paths, bad)
    assert load_mail_settings(paths).host == "smtp.camcom.example"  # the good file is kept
    (paths.config_dir / "mail.json").write_text("{broken", encoding="utf-8")
    assert load_mail_settings(paths) == MailSettings()


def test_a_change_of_security_moves_a_default_port_only() -> None:
    """The window and `ponte mail-settings` share the rule: 587 follows STARTTLS → TLS to
    465; a port the coordinator chose stays; a port given with the change wins."""
    default = MailSettings(host="h")
    assert default.changed(security=Security.TLS).port == 465
    assert default.changed(security=Security.TLS, port=2465).port == 2465
    custom = MailSettings(host="h", port=2525)
    assert custom.changed(security=Security.TLS).port == 2525
    assert custom.changed(host="smtp.example.com") == MailSettings("smtp.example.com", 2525)
    assert port_after(Security.TLS, 465, Security.NONE) == 25


def test_the_password_lives_in_the_keyring(memory_keyring: MemoryKeyring) -> None:
    settings = MailSettings(host="smtp.example.com", username="missions")
    assert keyring_available() and load_password(settings) is None
    store_password(settings, PASSWORD)
    assert memory_keyring.secrets == {("Ponte SMTP", "missions@smtp.example.com:587"): PASSWORD}
    assert load_password(settings) == PASSWORD
    assert forget_password(settings) and load_password(settings) is None
    assert not forget_password(settings)


def test_without_a_keyring_the_password_is_not_kept() -> None:
    from keyring.backends import fail

    before = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())
    try:
        settings = MailSettings(host="smtp.example.com", username="missions")
        assert not keyring_available() and load_password(settings) is None
        with pytest.raises(MailError, match="no system keyring"):
            store_password(settings, PASSWORD)
    finally:
        keyring.set_keyring(before)


# --- the command line -----------------------------------------------------------------------


def test_cli_sets_up_sends_and_lists(
    store: Store,
    published: Published,
    tls_server: Server,
    memory_keyring: MemoryKeyring,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """`ponte mail-settings` with the password in the keyring, `ponte send --smtp` through
    STARTTLS (the test CA trusted through SSL_CERT_FILE), then `ponte sent-log`."""
    assert tls_server.ca_file is not None
    monkeypatch.setenv("SSL_CERT_FILE", str(tls_server.ca_file))
    db = str(Path(store.engine.url.database or ""))
    runner = CliRunner()
    cli = build_cli()
    result = runner.invoke(
        cli,
        [
            "mail-settings", "--host", "127.0.0.1", "--port", str(tls_server.port),
            "--security", "starttls", "--user", USER, "--sender", "missions@to.camcom.example",
            "--rate", "0", "--password",
        ],
        input=f"{PASSWORD}\n{PASSWORD}\n",
    )  # fmt: skip
    assert result.exit_code == 0, result.output
    assert "Password kept in the system keyring" in result.output
    assert "kept in the keyring" in result.output
    assert PASSWORD not in (Paths.for_user().config_dir / "mail.json").read_text()
    ids = ",".join(str(i) for i in published.chosen[:3])
    result = runner.invoke(
        cli, ["send", "--db", db, "--mission", str(published.mission_id), "--smtp",
              "--participants", ids],
    )  # fmt: skip
    assert result.exit_code == 0, result.output
    assert "Version 1: sent 3 messages through 127.0.0.1" in result.output
    assert len(tls_server.inbox.messages) == 3
    result = runner.invoke(cli, ["sent-log", "--db", db, "--mission", str(published.mission_id)])
    assert result.exit_code == 0 and result.output.count("  v1  sent") == 3, result.output
    result = runner.invoke(
        cli, ["send", "--db", db, "--mission", str(published.mission_id), "--smtp",
              "--test", "me@example.com"],
    )  # fmt: skip
    assert result.exit_code == 0 and "Sent a test message" in result.output, result.output


def test_cli_reports_a_stopped_batch(
    store: Store, published: Published, plain_server: Server
) -> None:
    save_mail_settings(Paths.for_user(), plain_server.settings())
    plain_server.inbox.drop_from = 1
    db = str(Path(store.engine.url.database or ""))
    ids = ",".join(str(i) for i in published.chosen)
    result = CliRunner().invoke(
        build_cli(),
        ["send", "--db", db, "--mission", str(published.mission_id), "--smtp",
         "--participants", ids],
    )  # fmt: skip
    assert result.exit_code == 1
    assert "sent 1 message" in result.output and "  failed " in result.output
    assert "4 participants not reached yet: run the same command again" in result.output


def test_cli_needs_one_way_to_send(store: Store) -> None:
    db = str(Path(store.engine.url.database or ""))
    result = CliRunner().invoke(build_cli(), ["send", "--db", db])
    assert result.exit_code == 2 and "Choose one: --eml DIR" in result.output
    result = CliRunner().invoke(build_cli(), ["send", "--db", db, "--smtp"])
    assert result.exit_code == 1 and "No mail server is set" in result.output


def test_sent_log_lists_names(store: Store, published: Published, plain_server: Server) -> None:
    send_version(
        store, published.mission_id, plain_server.settings(), None,
        participant_ids=published.chosen[:2],
    )  # fmt: skip
    entries = sent_log.sent_log(store, published.mission_id)
    assert len(entries) == 2 and all(e.outcome is Outcome.SENT and e.name for e in entries)
    assert sent_log.received(store, published.mission_id) == dict.fromkeys(published.chosen[:2], 1)


def test_the_sent_log_on_each_backend(db_target: str, paths: Paths, load_demo: LoadDemo) -> None:
    """Rows are kept per attempt; 'received' counts only what a server accepted; erasing a
    participant erases their rows (SQLite and PostgreSQL)."""
    with open_store(db_target, paths=paths) as store:
        load_demo(store)
        with store.session() as s:
            mid = s.scalars(select(Mission.id).order_by(Mission.id)).first()
            assert mid is not None
            a, b = s.scalars(
                select(Participant.id).where(Participant.mission_id == mid).limit(2)
            ).all()
        for pid, version, outcome in [
            (a, 1, Outcome.SENT), (b, 1, Outcome.FAILED), (a, 2, Outcome.REFUSED),
            (b, 1, Outcome.SENT),
        ]:  # fmt: skip
            sent_log.record(
                store, mid, pid, version=version, address="x@example.com", outcome=outcome,
                detail="550 ナシ" if outcome is Outcome.REFUSED else "",
            )  # fmt: skip
        assert sent_log.received(store, mid) == {a: 1, b: 1}
        log = sent_log.sent_log(store, mid)
        assert [(e.participant_id, e.outcome) for e in log][:1] == [(b, Outcome.SENT)]
        assert any(e.detail == "550 ナシ" for e in log)
        with store.session() as s:
            person = s.get(Participant, a)
            s.delete(person)
        assert [e.participant_id for e in sent_log.sent_log(store, mid)] == [b, b]
