"""Distribution as `.eml` drafts: one message per participant in their language, with their
agenda PDF and .ics attached; `--only-changed` after a re-publication; hostile names."""

from __future__ import annotations

import dataclasses
import email.policy
import io
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from email.message import EmailMessage
from email.parser import BytesParser
from pathlib import Path

import pytest
from click.testing import CliRunner
from icalendar import Calendar
from pypdf import PdfReader
from sqlalchemy import select, update

from app.cli import build_cli
from app.common.files import FileWriteError
from app.common.paths import Paths
from app.core.agenda_data import MissionData, load_mission_data, personal_agenda
from app.core.language import person_name
from app.core.publications import participants_to_notify
from app.distribution.drafts import draft_file_name, write_drafts
from app.distribution.messages import (
    Attachment,
    Sender,
    compose,
    header_text,
    participant_emails,
    subject,
)
from app.documents.errors import DocumentError, DocumentsCancelled
from app.model import (
    AgendaItem,
    Audience,
    B2BTable,
    DocumentLanguage,
    Meeting,
    MeetingStatus,
    Mission,
    Participant,
)
from app.services.b2b_grid import move_meeting
from app.services.publications import publish
from app.services.scheduling import schedule_mission
from app.store import Store, open_store
from tests.demo_support import CopyDemo, copy_sqlite
from tests.factories import first_fit

Lang = DocumentLanguage
PARSER = BytesParser(policy=email.policy.default)


def _parse(path: Path) -> EmailMessage:
    msg = PARSER.parsebytes(path.read_bytes())
    assert isinstance(msg, EmailMessage)
    return msg


def _attachment(msg: EmailMessage, content_type: str) -> EmailMessage:
    found = [p for p in msg.iter_attachments() if p.get_content_type() == content_type]
    assert len(found) == 1, [p.get_content_type() for p in msg.iter_attachments()]
    part = found[0]
    assert isinstance(part, EmailMessage)
    return part


def _body(msg: EmailMessage) -> str:
    part = msg.get_body(preferencelist=("plain",))
    assert part is not None
    return str(part.get_content())


def _mission(store: Store, host_city: str = "Torino") -> int:
    with store.session() as s:
        return s.scalars(select(Mission.id).where(Mission.host_city == host_city)).one()


# --- all drafts of the demo, written once ----------------------------------------------------


@dataclasses.dataclass
class Batch:
    target: str
    mission_id: int
    folder: Path
    data: MissionData
    emails: dict[int, str | None]
    organiser_email: str | None


@pytest.fixture(scope="module")
def batch(tmp_path_factory: pytest.TempPathFactory, demo_sqlite_template: Path) -> Iterator[Batch]:
    """The demo mission held in Nagoya (155 participants in it/ja/en) scheduled (first fit)
    and every participant's draft written."""
    root = tmp_path_factory.mktemp("drafts")
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("PONTE_HOME", str(root / "home"))
        target = str(copy_sqlite(demo_sqlite_template, root / "demo.sqlite"))
        with open_store(target, paths=Paths.for_user()) as store:
            mission_id = _mission(store, "Nagoya")
            schedule_mission(store, mission_id, solve=first_fit)
            report = write_drafts(store, mission_id, root / "eml")
            data = load_mission_data(store, mission_id)
            emails = participant_emails(store, mission_id)
            with store.session() as s:
                organiser = s.get(Mission, mission_id)
                assert organiser is not None
                organiser_email = organiser.organiser_email
        assert not report.skipped and len(report.written) == len(data.people)
        yield Batch(target, mission_id, root / "eml", data, emails, organiser_email)


def _drafts(b: Batch) -> Iterator[tuple[int, EmailMessage]]:
    for pid, person in b.data.people.items():
        yield pid, _parse(b.folder / draft_file_name(person))


def test_one_draft_per_participant_named_like_the_agendas(batch: Batch) -> None:
    """Every participant has mail-<id>-<Family>-<Given>.eml and nothing else is left over."""
    names = {draft_file_name(p) for p in batch.data.people.values()}
    assert {p.name for p in batch.folder.iterdir()} == names
    assert all(n.startswith("mail-0") and n.endswith(".eml") for n in names)


def test_headers_decode_back_exactly(batch: Batch) -> None:
    """From, To and Subject read back exactly, kanji and accents included, from ASCII headers."""
    langs = set()
    for pid, msg in _drafts(batch):
        person = batch.data.people[pid]
        lang = person.language
        langs.add(lang)
        to = msg["To"].addresses[0]
        assert to.display_name == person_name(person.latin, person.kanji, lang)
        assert to.addr_spec == batch.emails[pid]
        assert msg["Subject"] == subject(batch.data, lang)
        assert msg["From"].addresses[0].addr_spec == batch.organiser_email
        raw = (batch.folder / draft_file_name(person)).read_bytes()
        head = raw.split(b"\r\n\r\n", 1)[0]
        assert head.isascii()  # RFC 2047 encoded, not raw UTF-8
    assert langs == {Lang.IT, Lang.JA, Lang.EN}  # every language's wording is checked
    accented = next(p for p in batch.data.people.values() if p.latin == "Niccolò Bertè")
    msg = _parse(batch.folder / draft_file_name(accented))
    assert msg["To"].addresses[0].display_name == "Niccolò Bertè"
    ja = next(p for p in batch.data.people.values() if p.language is Lang.JA and p.kanji)
    msg = _parse(batch.folder / draft_file_name(ja))
    assert msg["To"].addresses[0].display_name == ja.kanji
    assert "個人日程表" in msg["Subject"]


def test_pdf_attachment_is_their_agenda(batch: Batch) -> None:
    """The PDF attachment opens with pypdf, is named like the agenda and names the participant."""
    for pid, msg in _drafts(batch):
        person = batch.data.people[pid]
        part = _attachment(msg, "application/pdf")
        assert (
            part.get_filename() == draft_file_name(person).replace("mail-", "agenda-")[:-4] + ".pdf"
        )
        pdf = part.get_content()
        text = "".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages)
        wanted = person.kanji if person.language is Lang.JA and person.kanji else person.family
        assert wanted.replace(" ", "") in text.replace(" ", "")


def test_ics_attachment_has_their_events(batch: Batch) -> None:
    """The .ics is text/calendar; method=PUBLISH, parses, and lists their items and meetings."""
    for pid, msg in _drafts(batch):
        part = _attachment(msg, "text/calendar")
        assert part.get_param("method") == "PUBLISH"
        assert part.get_content_charset() == "utf-8"
        assert (part.get_filename() or "").startswith(f"calendar-{pid:04d}-")
        cal = Calendar.from_ical(part.get_payload(decode=True))
        assert cal["METHOD"] == "PUBLISH"
        events = cal.walk("VEVENT")
        agenda = personal_agenda(batch.data, pid)
        assert len(events) == len(agenda.items) + len(agenda.meetings)
        starts = sorted(e.decoded("DTSTART").astimezone(UTC) for e in events)
        wanted = [i.start for i in agenda.items] + [m.meeting.start for m in agenda.meetings]
        assert starts == sorted(w.astimezone(UTC) for w in wanted)


def test_body_is_in_their_language(batch: Batch) -> None:
    """Greeting, mission and version are written in the participant's document language."""
    greeting = {Lang.IT: "Gentile ", Lang.JA: " 様", Lang.EN: "Dear "}
    draft = {Lang.IT: "bozza", Lang.JA: "草案", Lang.EN: "draft"}
    for pid, msg in _drafts(batch):
        lang = batch.data.people[pid].language
        text = _body(msg)
        assert greeting[lang] in text.splitlines()[0]
        assert draft[lang] in text
        assert "Chamber of Commerce" in text or "Camera di commercio" in text


# --- after a re-publication -------------------------------------------------------------------


@pytest.fixture
def demo(tmp_path: Path, paths: Paths, copy_demo: CopyDemo) -> Iterator[tuple[Store, int]]:
    with open_store(str(copy_demo(tmp_path / "demo.sqlite")), paths=paths) as store:
        mission_id = _mission(store)
        schedule_mission(store, mission_id, solve=first_fit)
        yield store, mission_id


def _move_one_meeting(store: Store, mission_id: int) -> Meeting:
    with store.session() as s:
        m = s.scalars(
            select(Meeting).where(Meeting.mission_id == mission_id).order_by(Meeting.id)
        ).first()
        assert m is not None
        s.expunge(m)
        busy = set(s.scalars(select(Meeting.table_id).where(Meeting.start_utc == m.start_utc)))
        tables = s.scalars(
            select(B2BTable.id)
            .where(B2BTable.session_id == m.session_id)
            .order_by(B2BTable.position)
        ).all()
    move_meeting(store, m.id, m.start_utc, next(t for t in tables if t not in busy))
    return m


def test_only_changed_writes_the_notified_and_names_the_change(
    demo: tuple[Store, int], tmp_path: Path
) -> None:
    """Version 1, a moved meeting, version 2: exactly the people of the moved meeting get a
    draft that says, in their language, which meeting moved since version 1."""
    store, mission_id = demo
    publish(store, mission_id)
    _move_one_meeting(store, mission_id)
    notify = participants_to_notify(store, mission_id)
    assert notify
    publish(store, mission_id)  # version 2: what it changed is what the mails tell
    report = write_drafts(store, mission_id, tmp_path / "eml", only_changed=True, workers=1)
    data = load_mission_data(store, mission_id)
    assert sorted(p.name for p in report.written) == sorted(
        draft_file_name(data.people[p]) for p in notify
    )
    assert report.base == 1 and not report.skipped
    assert len(report.unchanged) == len(data.people) - len(notify)
    moved = {Lang.IT: "Spostato l'incontro con", Lang.JA: "商談変更", Lang.EN: "Moved: the meeting"}
    since = {Lang.IT: "versione 1", Lang.JA: "第1版", Lang.EN: "version 1"}
    for path in report.written:
        pid = int(path.name.split("-")[1])
        lang = data.people[pid].language
        text = _body(_parse(path))
        assert moved[lang] in text and since[lang] in text


def test_item_change_and_cancellation_are_worded_in_each_language(
    demo: tuple[Store, int], tmp_path: Path
) -> None:
    """An item for everyone moved by 30 minutes and a cancelled meeting are worded in
    it/ja/en; the cancelled meeting's .ics says CANCELLED."""
    store, mission_id = demo
    publish(store, mission_id)
    with store.session() as s:
        item = s.scalars(
            select(AgendaItem)
            .where(AgendaItem.mission_id == mission_id, AgendaItem.audience == Audience.EVERYONE)
            .order_by(AgendaItem.id)
        ).first()
        assert item is not None
        item.start_utc += timedelta(minutes=30)
        item.end_utc += timedelta(minutes=30)
        meeting = s.scalars(
            select(Meeting).where(Meeting.mission_id == mission_id).order_by(Meeting.id)
        ).first()
        assert meeting is not None
        meeting.status = MeetingStatus.CANCELLED
    publish(store, mission_id)
    report = write_drafts(store, mission_id, tmp_path / "eml", only_changed=True, workers=1)
    data = load_mission_data(store, mission_id)
    changed = {Lang.IT: "Modificato: ", Lang.JA: "プログラム変更：", Lang.EN: "Changed: "}
    cancelled = {Lang.IT: "Annullato l'incontro", Lang.JA: "商談中止：", Lang.EN: "Cancelled: "}
    seen: set[tuple[str, Lang]] = set()
    for path in report.written:
        pid = int(path.name.split("-")[1])
        lang = data.people[pid].language
        msg = _parse(path)
        text = _body(msg)
        assert changed[lang] in text or cancelled[lang] in text
        if changed[lang] in text:
            seen.add(("changed", lang))
        if cancelled[lang] in text:
            seen.add(("cancelled", lang))
            ics = _attachment(msg, "text/calendar").get_payload(decode=True)
            statuses = [str(e.get("STATUS")) for e in Calendar.from_ical(ics).walk("VEVENT")]
            assert "CANCELLED" in statuses
    assert {lang for kind, lang in seen if kind == "changed"} == {Lang.IT, Lang.JA, Lang.EN}
    assert any(kind == "cancelled" for kind, _ in seen)


def test_cancel_stops_before_writing(demo: tuple[Store, int], tmp_path: Path) -> None:
    """Asking to stop before the first document writes no draft and says so."""
    store, mission_id = demo
    with pytest.raises(DocumentsCancelled, match="Stopped after 0"):
        write_drafts(store, mission_id, tmp_path / "eml", workers=1, cancelled=lambda: True)
    assert list((tmp_path / "eml").iterdir()) == []


def test_a_version_that_changed_nothing_writes_nothing(
    demo: tuple[Store, int], tmp_path: Path
) -> None:
    """Version 2 equal to version 1: --only-changed has nobody to write to."""
    store, mission_id = demo
    publish(store, mission_id)
    publish(store, mission_id)
    report = write_drafts(store, mission_id, tmp_path / "eml", only_changed=True, workers=1)
    assert report.written == [] and report.unchanged


def test_unpublished_changes_must_be_published_before_sending_them(
    demo: tuple[Store, int], tmp_path: Path
) -> None:
    """Changes made after version 1 are not mailed as if they were version 1."""
    store, mission_id = demo
    publish(store, mission_id)
    _move_one_meeting(store, mission_id)
    with pytest.raises(DocumentError, match="publish version 2 first"):
        write_drafts(store, mission_id, tmp_path / "eml", only_changed=True, workers=1)
    assert not list((tmp_path / "eml").glob("*.eml"))


# --- hostile text and missing addresses -------------------------------------------------------


def test_hostile_names_cannot_inject_headers(demo: tuple[Store, int], tmp_path: Path) -> None:
    """A name with CR/LF, NUL and 'Bcc:' stays inside the To display name."""
    store, mission_id = demo
    hostile = "Evil\r\nBcc: victim@example.com\x00\x1b"
    with store.session() as s:
        pid = s.scalars(
            select(Participant.id).where(Participant.mission_id == mission_id).limit(1)
        ).one()
        s.execute(
            update(Participant)
            .where(Participant.id == pid)
            .values(family_name=hostile, given_name="Mallory\nSubject: x")
        )
    report = write_drafts(store, mission_id, tmp_path / "eml", participant_ids=[pid], workers=1)
    msg = _parse(report.written[0])
    assert msg["Bcc"] is None and len(msg.get_all("Subject") or []) == 1
    assert set(msg.keys()) == {
        "From", "To", "Subject", "Date", "Message-ID", "X-Unsent", "MIME-Version", "Content-Type"
    }  # fmt: skip
    name = msg["To"].addresses[0].display_name
    assert "Evil" in name and "\n" not in name and "\r" not in name and "\x00" not in name


def test_compose_strips_control_characters_itself(demo: tuple[Store, int]) -> None:
    """compose() is safe on its own, even for a name that was never cleaned."""
    store, mission_id = demo
    data = load_mission_data(store, mission_id)
    person = dataclasses.replace(
        next(iter(data.people.values())),
        latin="Rossi\r\nBcc: x@example.com",
        kanji=None,
        language=Lang.IT,
    )
    sender = Sender("Camera\ndi commercio\r\nX-Evil: 1", None)
    msg = compose(
        data, person, "rossi@example.com", sender,
        agenda=Attachment("a.pdf", b"%PDF-1.4"), calendar=Attachment("c.ics", b"BEGIN:VCALENDAR"),
    )  # fmt: skip
    parsed = PARSER.parsebytes(msg.as_bytes())
    assert parsed["Bcc"] is None and parsed["X-Evil"] is None
    assert parsed["To"].addresses[0].display_name == "Rossi Bcc: x@example.com"
    assert parsed["From"].addresses[0].addr_spec == "noreply@ponte.invalid"
    assert header_text("a\u2028b\tc\x7fd") == "a b c d"
    with pytest.raises(ValueError):
        compose(
            data, person, "x@example.com\r\nBcc: y@example.com", sender,
            agenda=Attachment("a.pdf", b""), calendar=Attachment("c.ics", b""),
        )  # fmt: skip


def test_participant_without_email_is_skipped_and_reported(
    demo: tuple[Store, int], tmp_path: Path
) -> None:
    """No address (or an unusable one): no draft, named in the report; the others are written."""
    store, mission_id = demo
    with store.session() as s:
        ids = s.scalars(
            select(Participant.id)
            .where(Participant.mission_id == mission_id)
            .order_by(Participant.id)
            .limit(3)
        ).all()
        s.execute(update(Participant).where(Participant.id == ids[0]).values(email=None))
        s.execute(
            update(Participant).where(Participant.id == ids[1]).values(email="a@b.c\nBcc: d@e.f")
        )
    report = write_drafts(store, mission_id, tmp_path / "eml", participant_ids=ids, workers=1)
    assert [(x.participant_id, x.reason) for x in report.skipped] == [
        (ids[0], "no e-mail address"),
        (ids[1], "unusable e-mail address"),
    ]
    assert [x.why.text("ja") for x in report.skipped] == [
        "メールアドレスがありません",
        "メールアドレスが使用できません",
    ]
    assert report.skipped[0].why.text("it") == "nessun indirizzo e-mail"
    assert [p.name.split("-")[1] for p in report.written] == [f"{ids[2]:04d}"]


def test_unwritable_folder_is_a_clear_error_and_touches_nothing(
    demo: tuple[Store, int], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A folder that cannot be written: a message naming it, and the drafts there unchanged."""
    store, mission_id = demo
    folder = tmp_path / "eml"
    folder.mkdir()
    old = folder / "mail-0001-Old-Draft.eml"
    old.write_bytes(b"old draft")
    monkeypatch.setattr("app.common.files.os.access", lambda *_a, **_k: False)
    with pytest.raises(FileWriteError, match="cannot be written to"):
        write_drafts(store, mission_id, folder, workers=1)
    assert [p.name for p in folder.iterdir()] == [old.name]
    assert old.read_bytes() == b"old draft"
    monkeypatch.undo()
    a_file = tmp_path / "not-a-folder"
    a_file.write_bytes(b"keep")
    with pytest.raises(FileWriteError, match="not-a-folder"):
        write_drafts(store, mission_id, a_file, workers=1)
    assert a_file.read_bytes() == b"keep"


# --- `ponte send` -----------------------------------------------------------------------------


def test_cli_send_writes_drafts(batch: Batch, tmp_path: Path, paths: Paths) -> None:
    """`ponte send --eml DIR --participants` writes those drafts and says where."""
    some = sorted(batch.data.people)[:2]
    out = tmp_path / "out"
    args = ["send", "--db", batch.target, "--mission", str(batch.mission_id), "--eml", str(out)]
    result = CliRunner().invoke(build_cli(), [*args, "--participants", ",".join(map(str, some))])
    assert result.exit_code == 0, result.output
    assert result.output.startswith(f"Wrote 2 e-mail drafts to {out}")
    assert sorted(p.name for p in out.iterdir()) == sorted(
        draft_file_name(batch.data.people[p]) for p in some
    )
    only = CliRunner().invoke(
        build_cli(), [*args, "--only-changed", "--participants", str(some[0])]
    )
    assert only.exit_code == 0, only.output
    assert "Unchanged since no publication yet: 0 participants" in only.output


def test_cli_send_contract(batch: Batch, tmp_path: Path, paths: Paths) -> None:
    """One of --eml and --smtp is required (--smtp needs `ponte mail-settings`), an unknown
    id fails with status 1."""
    base = ["send", "--db", batch.target, "--mission", str(batch.mission_id)]
    runner = CliRunner()
    missing = runner.invoke(build_cli(), base)
    assert missing.exit_code == 2 and "--eml" in missing.output
    both = runner.invoke(build_cli(), [*base, "--smtp", "--eml", str(tmp_path / "x")])
    assert both.exit_code == 2 and "Choose one" in both.output
    smtp = runner.invoke(build_cli(), [*base, "--smtp"])
    assert smtp.exit_code == 1 and "ponte mail-settings" in smtp.output
    unknown = runner.invoke(
        build_cli(), [*base, "--eml", str(tmp_path / "x"), "--participants", "999999"]
    )
    assert unknown.exit_code == 1 and "No participant with id 999999" in unknown.output
    bad = runner.invoke(build_cli(), [*base, "--eml", str(tmp_path / "x"), "--participants", "a"])
    assert bad.exit_code == 2


# --- the daylight-saving warning (Nagoya → Torino, across Rome's change) ---------------------


def _flat(text: str) -> str:
    return "".join(text.split())


def test_drafts_carry_the_dst_warning_in_body_agenda_and_calendar(
    demo: tuple[Store, int], tmp_path: Path
) -> None:
    """A Japanese and an Italian reader of the Nagoya delegation (Sugiura Yuko set to read
    Italian here): the body says the change with its date, the agenda under Saturday says
    "tonight", the calendar has it on Saturday, and the museum is described in their language."""
    store, mission_id = demo
    with store.session() as s:
        people = {
            p.family_name: p
            for p in s.scalars(select(Participant).where(Participant.mission_id == mission_id))
        }
        torii, sugiura = people["Torii"], people["Sugiura"]
        assert torii.document_language is Lang.JA
        sugiura.document_language = Lang.IT
        ids = {Lang.JA: torii.id, Lang.IT: sugiura.id}
    write_drafts(store, mission_id, tmp_path, participant_ids=ids.values())
    data = load_mission_data(store, mission_id)
    expected = {
        Lang.JA: ("2028年3月26日（日）にサマータイムが始まります。", "2028年3月25日（土）",
                  "今夜サマータイムが始まります。", "今夜からサマータイム（+1時間）",
                  "バスは夏時間（CEST）の9:30にホテルを出発します。"),
        Lang.IT: ("L'ora legale inizia domenica 26 marzo 2028: alle 02:00 CET",
                  "sabato 25 marzo 2028",
                  "L'ora legale inizia stanotte:", "Stanotte inizia l'ora legale (+1 h)",
                  "Il pullman parte dall'hotel alle 09:30, ora legale (CEST)"),
    }  # fmt: skip
    for lang, (dated, saturday, tonight, title, museum) in expected.items():
        msg = _parse(tmp_path / draft_file_name(data.people[ids[lang]]))
        body = _body(msg)
        assert dated in body
        pdf = _attachment(msg, "application/pdf").get_payload(decode=True)
        assert isinstance(pdf, bytes)
        text = _flat("\n".join(p.extract_text() for p in PdfReader(io.BytesIO(pdf)).pages))
        assert text.index(_flat(saturday)) < text.index(_flat(tonight))
        assert text.index(_flat(tonight)) < text.index("16:40–18:00CET")
        assert _flat(museum) in text
        ics = _attachment(msg, "text/calendar").get_payload(decode=True)
        assert isinstance(ics, bytes)
        events = list(Calendar.from_ical(ics).walk("VEVENT"))
        [clock] = [e for e in events if str(e["UID"]).startswith("clock-")]
        assert str(clock["SUMMARY"]) == title
        assert clock["DTSTART"].dt.astimezone(UTC) == datetime(2028, 3, 25, 20, 0, tzinfo=UTC)
        [visit] = [e for e in events if "MAUTO" in str(e["SUMMARY"])]
        assert museum in str(visit["DESCRIPTION"])


def test_no_clock_paragraph_when_the_mission_crosses_no_change(batch: Batch) -> None:
    """The mission in Nagoya in October 2027 crosses no change: no paragraph about clocks."""
    for _, msg in _drafts(batch):
        body = _body(msg)
        assert "Summer time" not in body and "サマータイム" not in body
        assert "ora legale" not in body
