"""`ponte personal-data`: everything about one participant as JSON (GDPR Art. 20), and
nothing about anyone else."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path

import pytest
from click.testing import CliRunner
from sqlalchemy import select

from app.cli import build_cli
from app.common.paths import Paths
from app.distribution.sent_log import Outcome, record
from app.exporting import ExportError
from app.exporting.personal_data import FORMAT, FORMAT_VERSION, dumps, personal_data
from app.model import (
    AgendaItem,
    Audience,
    Interpreter,
    MeetingRequest,
    Participant,
    Unavailability,
)
from app.store import Store, open_store
from tests.demo_support import LoadDemo
from tests.test_export import Demo, write_demo_with_meetings

NOW = datetime(2027, 10, 1, 9, 0, tzinfo=UTC)


def _add_log_and_unavailability(store: Store, demo: Demo) -> None:
    """Sent-log rows for the Japanese delegate and for someone else; an unavailability."""
    with store.session() as s:
        japanese = s.get(Participant, demo.japanese)
        assert japanese is not None and japanese.email
        s.add(
            Unavailability(
                participant_id=japanese.id,
                start_utc=datetime(2027, 10, 13, 6, 0, tzinfo=UTC),
                end_utc=datetime(2027, 10, 13, 7, 0, tzinfo=UTC),
                reason="記者会見",
            )
        )
        other = s.get(Participant, demo.accented)
        assert other is not None and other.email
        addresses = japanese.email, other.email
    record(store, demo.torino_nagoya, demo.japanese, version=1, address=addresses[0],
           outcome=Outcome.SENT, message_id="<1@ponte>", sent_by="missioni")  # fmt: skip
    record(store, demo.torino_nagoya, demo.japanese, version=2, address=addresses[0],
           outcome=Outcome.REFUSED, detail="550 mailbox full")  # fmt: skip
    record(store, demo.torino_nagoya, demo.accented, version=1, address=addresses[1],
           outcome=Outcome.SENT)  # fmt: skip


@pytest.fixture
def demo(store: Store, load_demo: LoadDemo) -> Demo:
    d = write_demo_with_meetings(store, load_demo)
    _add_log_and_unavailability(store, d)
    return d


def test_the_person_record_is_complete_and_in_order(store: Store, demo: Demo) -> None:
    """Every field of the participant row, the format, the mission and the controller."""
    doc = personal_data(store, demo.japanese, now=NOW)
    assert list(doc) == [
        "format", "format_version", "exported_at", "controller", "mission", "participant",
        "organisation", "delegation", "unavailability", "meeting_requests", "meetings",
        "programme", "sent_messages", "not_included",
    ]  # fmt: skip
    assert (doc["format"], doc["format_version"]) == (FORMAT, FORMAT_VERSION)
    assert doc["exported_at"] == "2027-10-01T09:00:00Z"
    person = doc["participant"]
    with store.session() as s:
        p = s.get(Participant, demo.japanese)
        assert p is not None
        assert person == {
            "id": p.id,
            "family_name": "Yamauchi",
            "given_name": "Shigeru",
            "family_name_kanji": "山内",
            "given_name_kanji": "茂",
            "family_name_kana": "やまうち",
            "given_name_kana": "しげる",
            "name_order": "family_first",
            "title": p.title,
            "title_ja": p.title_ja,
            "document_language": "ja",
            "badge_category": p.badge_category.value,
            "languages": p.languages,
            "email": p.email,
            "phone": p.phone,
            "consent": p.consent,
            "consent_at": p.consent_at.strftime("%Y-%m-%dT%H:%M:%SZ") if p.consent_at else None,
            "notes": p.notes,
            "interpreter": None,
        }
        assert doc["organisation"]["name_ja"] == "名古屋商工会議所"
        assert doc["delegation"]["side"] == "nagoya"
        assert doc["delegation"]["head"] is True  # Yamauchi heads the Nagoya delegation
        assert doc["mission"]["timezone"] == "Asia/Tokyo"
        assert doc["controller"]["organiser"] == p.mission.organiser


def test_meetings_programme_requests_unavailability_and_log(store: Store, demo: Demo) -> None:
    """Times in UTC with the zone and the wall time; only this person's rows."""
    doc = personal_data(store, demo.japanese, now=NOW)
    (away,) = doc["unavailability"]
    assert away["reason"] == "記者会見"
    assert (away["start_utc"], away["timezone"]) == ("2027-10-13T06:00:00Z", "Asia/Tokyo")
    assert away["start_local"] == "2027-10-13T15:00:00+09:00"
    # The meeting they are named at; the cancelled one of their organisation names nobody,
    # so they are counted at it (as their agenda's calendar lists it, as cancelled).
    assert [(m["role"], m["status"]) for m in doc["meetings"]] == [
        ("delegate", "scheduled"),
        ("delegate", "cancelled"),
    ]
    first = doc["meetings"][0]
    assert first["start_local"] == "2027-10-13T14:00:00+09:00"
    assert first["start_utc"] == "2027-10-13T05:00:00Z"
    assert first["organisation"]["name_ja"] == "名古屋商工会議所"
    assert first["interpreter_assigned"] is True
    with store.session() as s:
        p = s.get(Participant, demo.japanese)
        assert p is not None and p.organisation_id is not None
        delegation = p.delegation_id or p.organisation.delegation_id  # type: ignore[union-attr]
        items = s.scalars(select(AgendaItem).where(AgendaItem.mission_id == p.mission_id)).all()
        expected = {
            i.id
            for i in items
            if i.audience is Audience.EVERYONE
            or (i.audience is Audience.DELEGATION and i.audience_delegation_id == delegation)
            or (
                i.audience is Audience.PARTICIPANTS
                and p.id in {a.participant_id for a in i.attendee_links}
            )
        }
        assert {i["id"] for i in doc["programme"]} == expected
        requests = s.scalars(
            select(MeetingRequest).where(
                (MeetingRequest.requester_id == p.organisation_id)
                | (MeetingRequest.requested_id == p.organisation_id)
            )
        ).all()
        assert {r["id"] for r in doc["meeting_requests"]} == {r.id for r in requests}
    assert [(m["version"], m["outcome"]) for m in doc["sent_messages"]] == [
        (1, "sent"),
        (2, "refused"),
    ]
    assert doc["sent_messages"][1]["detail"] == "550 mailbox full"
    assert any("Publication snapshots" in n for n in doc["not_included"])


def test_an_interpreter_gets_their_assignments(store: Store, demo: Demo) -> None:
    with store.session() as s:
        interpreter = s.scalars(
            select(Interpreter).where(Interpreter.mission_id == demo.torino_nagoya)
        ).first()
        assert interpreter is not None
        pid = interpreter.participant_id
    doc = personal_data(store, pid, now=NOW)
    assert doc["participant"]["interpreter"] == {"notes": interpreter.notes}
    assert [m["role"] for m in doc["meetings"]] == ["interpreter"]
    assert doc["meetings"][0]["counterpart"]["name_ja"] == "名古屋商工会議所"


def test_no_one_else_s_personal_data_leaks(store: Store, demo: Demo) -> None:
    """No other participant's e-mail, phone or full name appears anywhere in the document."""
    text = dumps(personal_data(store, demo.japanese, now=NOW))
    with store.session() as s:
        others = s.scalars(select(Participant).where(Participant.id != demo.japanese)).all()
        assert len(others) > 100
        for o in others:
            if o.email:
                assert o.email not in text, o.id
            if o.phone:
                assert o.phone not in text, o.id
            assert o.latin_name() not in text, o.id
            if o.kanji_name() and o.given_name_kanji:
                assert o.kanji_name() not in text, o.id


def test_unknown_participant_is_refused(store: Store) -> None:
    with pytest.raises(ExportError, match="no participant 4242") as e:
        personal_data(store, 4242)
    assert e.value.text("ja") == "このデータベースに参加者 4242 はいません。"
    assert e.value.text("it") == "In questo database non c'è il partecipante 4242."


def test_cli_writes_utf8_json_for_the_owner_only(
    tmp_path: Path, paths: Paths, load_demo: LoadDemo
) -> None:
    """Parsable, kanji as UTF-8 (not \\u escapes), mode 0600; clean errors."""
    db = str(tmp_path / "demo.sqlite")
    with open_store(db, paths=paths) as s:
        demo = write_demo_with_meetings(s, load_demo)
    out = tmp_path / "export" / "yamauchi.json"
    runner, cli = CliRunner(), build_cli()
    args = ["personal-data", "--db", db, "--participant", str(demo.japanese), "--out", str(out)]
    result = runner.invoke(cli, args)
    assert result.exit_code == 0, result.output
    assert "Wrote the personal data of Shigeru Yamauchi" in result.output
    raw = out.read_bytes()
    assert "山内".encode() in raw and b"\\u" not in raw
    doc = json.loads(raw.decode("utf-8"))
    assert doc["participant"]["id"] == demo.japanese
    assert out.stat().st_mode & 0o777 == 0o600
    result = runner.invoke(
        cli, ["personal-data", "--db", db, "--participant", "4242", "--out", str(out)]
    )
    assert result.exit_code == 1 and "no participant 4242" in result.output
    assert "Traceback" not in result.output
    result = runner.invoke(cli, ["personal-data", "--db", db, "--out", str(out)])
    assert result.exit_code == 2 and "--participant" in result.output
    assert json.loads(out.read_text(encoding="utf-8")) == doc  # a failed run left it alone


def test_a_person_without_organisation_or_delegation(store: Store) -> None:
    """A bare record: no organisation, requests or meetings; programme for everyone only."""
    from tests import factories

    with store.session() as s:
        m = factories.mission(s)
        p = factories.participant(s, m, given_name="Ada", email="ada@example.it")
        pid = p.id
    doc = personal_data(store, pid, now=NOW)
    assert doc["organisation"] is None and doc["delegation"] is None
    assert doc["meeting_requests"] == [] and doc["meetings"] == [] and doc["programme"] == []
    assert doc["participant"]["email"] == "ada@example.it"
