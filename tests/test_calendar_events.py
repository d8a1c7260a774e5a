"""The pure event functions: UIDs that survive re-scheduling and never pass to another pair,
text that can never start a line, and folding at 75 octets that never splits UTF-8 (property
tests with hypothesis, read back by icalendar and vobject)."""

from __future__ import annotations

import re
from datetime import UTC, datetime
from zoneinfo import ZoneInfo

import vobject
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from icalendar import Calendar

from app.calendar.events import (
    EventMeta,
    ics_text,
    item_uid,
    meeting_event,
    meeting_uids,
    mission_key,
    organizer_address,
    programme_event,
)
from app.calendar.folding import component_to_ical, fold
from app.core.agenda_data import (
    MeetingInfo,
    OrganisationInfo,
    Person,
    PersonalMeeting,
    ProgrammeItem,
    VenueInfo,
)
from app.model import Audience, DocumentLanguage

ROME = ZoneInfo("Europe/Rome")
STAMP = datetime(2028, 3, 1, 9, 0, tzinfo=UTC)
KEY = mission_key(2, datetime(2026, 11, 25, 17, 21, 21, 505621, tzinfo=UTC))
LINE = re.compile(r"^[A-Z][A-Z0-9-]*[;:]")


def meeting(mid: int, a: int, b: int, hour: int = 14) -> MeetingInfo:
    return MeetingInfo(
        id=mid, session_id=1, table_id=1, table="T1",
        start=datetime(2028, 3, 27, hour, 0, tzinfo=ROME),
        end=datetime(2028, 3, 27, hour, 20, tzinfo=ROME),
        organisation_a=a, organisation_b=b, people=frozenset(), interpreter=None,
    )  # fmt: skip


def org(oid: int, name: str, name_ja: str | None = None, profile: str = "") -> OrganisationInfo:
    return OrganisationInfo(oid, name, name_ja, None, profile, None, 1)


def person(pid: int, family: str, kanji: str | None = None) -> Person:
    return Person(
        id=pid, latin=f"{family} Taro", family=family, given="Taro", kanji=kanji, kana=None,
        title="", title_ja=None, organisation_id=2, delegation_id=1,
        language=DocumentLanguage.JA,
    )  # fmt: skip


def meta(uid: str = "u@x", sequence: int = 0) -> EventMeta:
    return EventMeta(uid, STAMP, sequence, organizer_address("Camera", "a@b.example", "x@y"))


def calendar_bytes(*events: bytes) -> bytes:
    head = b"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//t//t//EN\r\n"
    return head + b"".join(events) + b"END:VCALENDAR\r\n"


# --- UIDs ----------------------------------------------------------------------------------


def test_mission_key_carries_the_creation_instant() -> None:
    """Two missions that get id 2 in turn have different UIDs."""
    later = mission_key(2, datetime(2026, 11, 25, 17, 21, 22, tzinfo=UTC))
    assert KEY == "mission-2-20261125T172121505621Z"
    assert later != KEY
    assert item_uid(KEY, "P7-v1") == "item-7-v1@mission-2-20261125T172121505621Z.ponte"


def test_meeting_uid_is_the_pair_not_the_row_id() -> None:
    """Re-scheduling re-inserts a pair's meeting under a new id: the UID stays."""
    before, _ = meeting_uids(KEY, [meeting(5, 3, 9)], [])
    after, _ = meeting_uids(KEY, [meeting(41, 9, 3, hour=16)], [])
    assert before[5] == after[41] == f"meeting-3-9@{KEY}.ponte"


def test_a_reused_meeting_id_does_not_reuse_the_uid() -> None:
    """Meeting 5 (3↔9) deleted; SQLite gives id 5 to 4↔8: a different UID."""
    old, _ = meeting_uids(KEY, [meeting(5, 3, 9)], [])
    new, _ = meeting_uids(KEY, [meeting(5, 4, 8)], [])
    assert old[5] != new[5]


def test_a_cancelled_meeting_of_a_pair_that_meets_after_all_is_dropped() -> None:
    """The live meeting carries the pair's UID; the cancelled one is not listed twice."""
    uids, kept = meeting_uids(KEY, [meeting(12, 3, 9)], [meeting(5, 3, 9), meeting(6, 4, 8)])
    assert [m.id for m in kept] == [6]
    assert uids[12] == f"meeting-3-9@{KEY}.ponte"
    assert uids[6] == f"meeting-4-8@{KEY}.ponte"
    assert 5 not in uids


def test_two_live_meetings_of_one_pair_get_distinct_uids() -> None:
    uids, _ = meeting_uids(KEY, [meeting(12, 3, 9), meeting(7, 9, 3)], [])
    assert uids[7] == f"meeting-3-9@{KEY}.ponte"
    assert uids[12] == f"meeting-3-9-12@{KEY}.ponte"


# --- events --------------------------------------------------------------------------------


def test_meeting_event_in_japanese_names_both_scripts() -> None:
    """SUMMARY: the counterpart in kanji then Latin; DESCRIPTION: people, table, interpreter."""
    own, other = org(1, "Gianduja Reale S.r.l."), org(2, "Hatcho Jozo", "八丁醸造", "Miso.")
    seen = PersonalMeeting(
        meeting(5, 1, 2), own, other, (person(3, "Sugiura", "杉浦 裕子"),), (),
        person(4, "Ogura", "小倉 舞"),
    )  # fmt: skip
    venue = VenueInfo(
        1, "Torino Incontra", "トリノ・インコントラ", "Via Nino Costa 8", None, "Torino"
    )
    event = meeting_event(seen, venue, DocumentLanguage.JA, meta())
    assert str(event["SUMMARY"]) == "B2B: 八丁醸造 (Hatcho Jozo)"
    description = str(event["DESCRIPTION"])
    assert "杉浦 裕子 (Sugiura Taro)" in description
    assert "テーブル: T1" in description and "通訳: 小倉 舞" in description
    assert "Miso." in description
    assert str(event["LOCATION"]) == "トリノ・インコントラ, Via Nino Costa 8 – テーブル T1"
    assert event["DTSTART"].params["TZID"] == "Europe/Rome"
    assert str(event["STATUS"]) == "CONFIRMED"


def test_cancelled_meeting_is_status_cancelled_and_transparent() -> None:
    """STATUS:CANCELLED, and the title says so in the reader's language for the clients
    that import a cancelled event as a live one."""
    seen = PersonalMeeting(meeting(5, 1, 2), org(1, "A"), org(2, "B"), (), (), None)
    event = meeting_event(seen, None, DocumentLanguage.EN, meta(sequence=3), cancelled=True)
    assert str(event["STATUS"]) == "CANCELLED"
    assert str(event["TRANSP"]) == "TRANSPARENT"
    assert event["SEQUENCE"] == 3
    assert str(event["SUMMARY"]) == "CANCELLED: B2B: B"
    titles = {
        lang: str(meeting_event(seen, None, lang, meta(), cancelled=True)["SUMMARY"])
        for lang in (DocumentLanguage.IT, DocumentLanguage.JA)
    }
    assert titles == {DocumentLanguage.IT: "ANNULLATO: B2B: B", DocumentLanguage.JA: "中止: B2B: B"}
    live = meeting_event(seen, None, DocumentLanguage.EN, meta())
    assert str(live["SUMMARY"]) == "B2B: B"


def test_organizer_without_email_uses_the_reserved_domain() -> None:
    """No e-mail: mailto at .invalid (RFC 2606); quotes and line breaks leave the CN."""
    address = organizer_address('Camera "di" Torino\nEND:VEVENT', None, "noreply@ponte.invalid")
    assert str(address) == "mailto:noreply@ponte.invalid"
    assert address.params["CN"] == "Camera di Torino END:VEVENT"


def test_ics_text_removes_controls_and_keeps_emoji() -> None:
    assert ics_text("a\x00b\x1bc\u2028d😀\ud800") == "abc d😀"
    assert ics_text("one\r\ntwo", one_line=False) == "one\ntwo"
    assert ics_text("one\r\ntwo") == "one two"


# --- hostile text, property tests --------------------------------------------------------

# Pieces joined: any UTF-8 code point (controls included) and the strings that break parsers.
hostile_text = st.lists(
    st.one_of(
        st.characters(codec="utf-8"),
        st.sampled_from(
            ["\r\n", "\n", "\r", "END:VEVENT", "BEGIN:VEVENT", ";", ",", "\\", "漢", "😀"]
        ),
    ),
    max_size=120,
).map("".join)


def _item(title: str, description: str) -> ProgrammeItem:
    return ProgrammeItem(
        id=1, title=title, title_it=None, title_ja=None, description=description, venue_id=None,
        start=datetime(2028, 3, 25, 15, 0, tzinfo=ROME),
        end=datetime(2028, 3, 25, 16, 0, tzinfo=ROME),
        audience=Audience.EVERYONE, audience_delegation_id=None, attendees=frozenset(),
    )  # fmt: skip


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(title=hostile_text, description=hostile_text)
def test_any_text_folds_escapes_and_round_trips(title: str, description: str) -> None:
    """Lines ≤ 75 octets, each valid UTF-8, CRLF only, one VEVENT; both parsers read back
    exactly the cleaned text."""
    event = programme_event(_item(title, description), None, DocumentLanguage.EN, meta())
    data = calendar_bytes(component_to_ical(event))
    assert data.replace(b"\r\n ", b"") == calendar_bytes(event.to_ical()).replace(b"\r\n ", b"")
    assert data.endswith(b"\r\n")
    body = data[:-2]
    assert b"\n" not in body.replace(b"\r\n", b"") and b"\r" not in body.replace(b"\r\n", b"")
    for line in body.split(b"\r\n"):
        assert len(line) <= 75
        line.decode("utf-8")  # never a split sequence
    unfolded = data.replace(b"\r\n ", b"").decode("utf-8").split("\r\n")[:-1]
    assert all(LINE.match(line) for line in unfolded), unfolded
    assert unfolded.count("BEGIN:VEVENT") == 1 and unfolded.count("END:VEVENT") == 1
    want_title = ics_text(title)
    want_description = ics_text(description, one_line=False)
    event = Calendar.from_ical(data).walk("VEVENT")[0]
    assert str(event["SUMMARY"]) == want_title
    assert str(event.get("DESCRIPTION", "")) == want_description
    other = vobject.readOne(data.decode("utf-8")).vevent
    assert other.summary.value == want_title
    assert (other.description.value if hasattr(other, "description") else "") == want_description


@given(
    st.lists(
        st.sampled_from(["a", "é", "漢", "😀", "\\", "\\n", "^", "^n", ",", " "]), max_size=200
    )
)
def test_fold_keeps_escapes_and_characters_whole(pieces: list[str]) -> None:
    """Pieces ≤ 75 octets with the leading space, UTF-8 whole, never ending inside an
    escape (an odd run of backslashes), and unfolding gives the line back."""
    line = "DESCRIPTION:" + "".join(pieces)
    folded = fold(line)
    assert folded.replace(b"\r\n ", b"").decode("utf-8") == line
    parts = folded.split(b"\r\n")
    for n, part in enumerate(parts):
        assert len(part) <= 75 and (n == 0 or part.startswith(b" "))
        part.decode("utf-8")
        if n < len(parts) - 1:
            run = len(part) - len(part.rstrip(b"\\"))
            assert run % 2 == 0, part
