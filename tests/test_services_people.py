"""The organisation and participant services: validation, uniqueness, undo data, restore."""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime, timedelta
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st
from sqlalchemy import select

from app.core import organisation_record, participant_record
from app.core.errors import NotFound
from app.core.validation import Problem, ValidationError, clean_text
from app.model import (
    AgendaAttendee,
    AgendaItem,
    AgendaKind,
    Audience,
    B2BSession,
    B2BTable,
    BadgeCategory,
    Base,
    Delegation,
    Interpreter,
    Meeting,
    MeetingParticipant,
    MeetingRequest,
    Mission,
    Organisation,
    Participant,
    Sector,
    Side,
    Unavailability,
)
from app.services import organisations as orgs
from app.services import participants as people
from app.services.organisations import OrganisationData
from app.services.participants import ParticipantData
from app.store import Store


@dataclass
class World:
    mission_id: int
    other_mission_id: int
    turin_id: int
    nagoya_id: int
    foreign_delegation_id: int
    fiat_id: int
    toyota_id: int
    rossi_id: int
    tanaka_id: int
    suzuki_id: int


@pytest.fixture
def world(store: Store) -> World:
    """A mission with two delegations, two organisations, three people, requests and a meeting."""
    start = datetime(2027, 10, 5, 5, 0, tzinfo=UTC)
    with store.session() as s:
        mission = Mission(
            name="Torino → Nagoya 2027",
            host_city="Nagoya",
            timezone="Asia/Tokyo",
            start_date=date(2027, 10, 4),
            end_date=date(2027, 10, 8),
        )
        other = Mission(
            name="Nagoya → Torino 2028",
            host_city="Torino",
            timezone="Europe/Rome",
            start_date=date(2028, 5, 1),
            end_date=date(2028, 5, 3),
        )
        s.add_all([mission, other])
        s.flush()
        turin = Delegation(mission_id=mission.id, side=Side.TURIN, name="Torino")
        nagoya = Delegation(
            mission_id=mission.id, side=Side.NAGOYA, name="Nagoya", name_ja="名古屋"
        )
        foreign = Delegation(mission_id=other.id, side=Side.TURIN, name="Torino 2028")
        s.add_all([turin, nagoya, foreign])
        s.flush()
        fiat = Organisation(mission_id=mission.id, name="Fiat Auto", delegation_id=turin.id)
        fiat.sectors = [Sector.AUTOMOTIVE]
        toyota = Organisation(
            mission_id=mission.id,
            name="Toyota Motor",
            name_ja="トヨタ自動車",
            name_kana="トヨタジドウシャ",
            delegation_id=nagoya.id,
        )
        toyota.sectors = [Sector.AUTOMOTIVE, Sector.ROBOTICS]
        s.add_all([fiat, toyota])
        s.flush()
        rossi = Participant(
            mission_id=mission.id,
            organisation_id=fiat.id,
            given_name="Mario",
            family_name="Rossi",
            email="mario.rossi@fiat.example",
        )
        rossi.languages = ["it", "en"]
        tanaka = Participant(
            mission_id=mission.id,
            organisation_id=toyota.id,
            given_name="Hiroshi",
            family_name="Tanaka",
            family_name_kanji="田中",
            given_name_kanji="博",
            family_name_kana="タナカ",
            given_name_kana="ヒロシ",
            email="h.tanaka@toyota.example",
        )
        tanaka.languages = ["ja", "en"]
        suzuki = Participant(
            mission_id=mission.id,
            organisation_id=toyota.id,
            given_name="Yuki",
            family_name="Suzuki",
            family_name_kanji="鈴木",
            email="Y.Suzuki@toyota.example",
        )
        suzuki.languages = ["ja", "it"]
        s.add_all([rossi, tanaka, suzuki])
        s.flush()
        nagoya.head_id = tanaka.id
        request = MeetingRequest(
            mission_id=mission.id, requester_id=fiat.id, requested_id=toyota.id, priority=5
        )
        back = MeetingRequest(
            mission_id=mission.id, requester_id=toyota.id, requested_id=fiat.id, priority=4
        )
        session = B2BSession(
            mission_id=mission.id,
            name="B2B",
            start_utc=start,
            end_utc=start + timedelta(hours=4),
            timezone="Asia/Tokyo",
        )
        s.add_all([request, back, session])
        s.flush()
        table = B2BTable(session_id=session.id, name="T1")
        s.add(table)
        s.flush()
        meeting = Meeting(
            mission_id=mission.id,
            request_id=request.id,
            organisation_a_id=fiat.id,
            organisation_b_id=toyota.id,
            session_id=session.id,
            table_id=table.id,
            start_utc=start,
            end_utc=start + timedelta(minutes=20),
        )
        s.add(meeting)
        s.flush()
        s.add_all(
            [
                MeetingParticipant(meeting_id=meeting.id, participant_id=tanaka.id),
                MeetingParticipant(meeting_id=meeting.id, participant_id=rossi.id),
                Interpreter(mission_id=mission.id, participant_id=suzuki.id),
                Unavailability(
                    participant_id=tanaka.id,
                    start_utc=start,
                    end_utc=start + timedelta(hours=1),
                    reason="flight",
                ),
            ]
        )
        item = AgendaItem(
            mission_id=mission.id,
            kind=AgendaKind.DINNER,
            title="Dinner",
            start_utc=start + timedelta(hours=8),
            end_utc=start + timedelta(hours=10),
            timezone="Asia/Tokyo",
            audience=Audience.PARTICIPANTS,
        )
        s.add(item)
        s.flush()
        s.add(AgendaAttendee(agenda_item_id=item.id, participant_id=tanaka.id))
        s.flush()
        return World(
            mission.id,
            other.id,
            turin.id,
            nagoya.id,
            foreign.id,
            fiat.id,
            toyota.id,
            rossi.id,
            tanaka.id,
            suzuki.id,
        )


def dump(store: Store) -> dict[str, list[dict[str, Any]]]:
    """Every row of every table, in primary-key order; not the audit log, which grows with
    every change (an undo is a change too)."""
    out: dict[str, list[dict[str, Any]]] = {}
    with store.session() as s:
        for table in Base.metadata.sorted_tables:
            if table.name == "audit_entry":
                continue
            order = list(table.primary_key.columns)
            rows = s.execute(select(table).order_by(*order)).mappings()
            out[table.name] = [dict(r) for r in rows]
    return out


def problems(exc: pytest.ExceptionInfo[ValidationError]) -> dict[str, Problem]:
    return exc.value.problems()


# --- organisations ---------------------------------------------------------------------------


def test_organisation_name_is_required(store: Store, world: World) -> None:
    """An empty (or blank) Latin name is refused with a message on the name field."""
    with pytest.raises(ValidationError) as exc:
        orgs.create_organisation(store, world.mission_id, OrganisationData(name="   "))
    assert problems(exc) == {"name": Problem.REQUIRED}
    assert exc.value.messages["name"] == "This field is required."


def test_organisation_name_must_be_latin(store: Store, world: World) -> None:
    """Kanji in the Latin name field points the coordinator to the Japanese field."""
    with pytest.raises(ValidationError) as exc:
        orgs.create_organisation(store, world.mission_id, OrganisationData(name="デンソー"))
    assert problems(exc) == {"name": Problem.NOT_LATIN}


def test_organisation_name_unique_per_mission_whatever_the_case(store: Store, world: World) -> None:
    """ "TOYOTA motor" clashes with "Toyota Motor"; another mission may use the name."""
    with pytest.raises(ValidationError) as exc:
        orgs.create_organisation(store, world.mission_id, OrganisationData(name="TOYOTA motor"))
    assert problems(exc) == {"name": Problem.NAME_TAKEN}
    created = orgs.create_organisation(
        store, world.other_mission_id, OrganisationData(name="Toyota Motor")
    )
    assert created.id > 0


def test_organisation_numbers_and_sectors_are_checked(store: Store, world: World) -> None:
    """max_meetings > 0, parallel_meetings >= 1, sectors from the list: all reported at once."""
    data = OrganisationData(
        name="Avio",
        max_meetings=0,
        parallel_meetings=0,
        sectors=("aerospace", "space"),  # type: ignore[arg-type]
    )
    with pytest.raises(ValidationError) as exc:
        orgs.create_organisation(store, world.mission_id, data)
    assert problems(exc) == {
        "max_meetings": Problem.MAX_MEETINGS,
        "parallel_meetings": Problem.PARALLEL_MEETINGS,
        "sectors": Problem.SECTOR,
    }


def test_organisation_delegation_of_another_mission_is_refused(store: Store, world: World) -> None:
    """A delegation id from another mission is a field error, not a silent cross-link."""
    data = OrganisationData(name="Avio", delegation_id=world.foreign_delegation_id)
    with pytest.raises(ValidationError) as exc:
        orgs.create_organisation(store, world.mission_id, data)
    assert problems(exc) == {"delegation_id": Problem.NOT_IN_MISSION}


def test_organisation_text_is_normalised(store: Store, world: World) -> None:
    """Decomposed accents become NFC, spaces are trimmed, a bare website gets https://."""
    data = OrganisationData(
        name="  Caffe\u0300   Torino ",
        name_ja=" カフェ\u3000トリノ ",
        name_kana="ｶﾌｪﾄﾘﾉ",
        website="caffe.example.it",
        sectors=(Sector.FOOD,),
    )
    created = orgs.create_organisation(store, world.mission_id, data)
    saved = orgs.get_organisation(store, created.id)
    assert saved.name == "Caffè Torino"
    assert unicodedata.is_normalized("NFC", saved.name)
    assert saved.name_ja == "カフェ トリノ"
    assert saved.name_kana == "カフェトリノ"
    assert saved.website == "https://caffe.example.it"
    assert saved.sectors == (Sector.FOOD,)


def test_organisation_update_returns_old_values_for_undo(store: Store, world: World) -> None:
    """Writing back ``previous`` restores the organisation exactly."""
    before = orgs.get_organisation(store, world.toyota_id)
    changed = replace(
        before, name="Toyota Motor Corporation", sectors=(Sector.AEROSPACE,), max_meetings=6
    )
    result = orgs.update_organisation(
        store, world.toyota_id, changed, base=orgs.load_organisation(store, world.toyota_id)
    )
    assert result.previous == before
    assert result.changes.organisations and result.changes.participants
    assert orgs.get_organisation(store, world.toyota_id).sectors == (Sector.AEROSPACE,)
    orgs.update_organisation(store, world.toyota_id, result.previous, base=result.saved)
    assert orgs.get_organisation(store, world.toyota_id) == before


def test_organisation_may_keep_its_own_name_in_another_case(store: Store, world: World) -> None:
    """Renaming "Fiat Auto" to "FIAT Auto" is not a clash with itself."""
    data = replace(orgs.get_organisation(store, world.fiat_id), name="FIAT Auto")
    orgs.update_organisation(
        store, world.fiat_id, data, base=orgs.load_organisation(store, world.fiat_id)
    )
    assert orgs.get_organisation(store, world.fiat_id).name == "FIAT Auto"


def test_organisation_rows_count_people_and_show_side(store: Store, world: World) -> None:
    """Rows are plain values with the side, the Japanese name and the participant count."""
    rows = {r.name: r for r in orgs.list_organisations(store, world.mission_id)}
    toyota = rows["Toyota Motor"]
    assert toyota.name_ja == "トヨタ自動車"
    assert toyota.side is Side.NAGOYA
    assert toyota.participant_count == 2
    assert toyota.request_count == 2
    assert toyota.sectors == (Sector.AUTOMOTIVE, Sector.ROBOTICS)
    assert rows["Fiat Auto"].side is Side.TURIN


def test_delete_organisation_and_restore_brings_everything_back(store: Store, world: World) -> None:
    """Participants, languages, requests, meetings, seats, headship: all back, same ids."""
    before = dump(store)
    deleted = orgs.delete_organisation(store, world.toyota_id)
    assert deleted.snapshot.count("participant") == 2
    assert deleted.snapshot.count("meeting_request") == 2
    assert deleted.changes.b2b and deleted.changes.participants
    after_delete = dump(store)
    assert [p["id"] for p in after_delete["participant"]] == [world.rossi_id]
    assert after_delete["meeting_request"] == []
    assert after_delete["meeting"] == []
    assert after_delete["interpreter"] == []
    assert (
        next(d for d in after_delete["delegation"] if d["id"] == world.nagoya_id)["head_id"] is None
    )

    changes = orgs.restore_organisation(store, deleted.snapshot)
    assert changes.organisations and changes.participants and changes.b2b
    assert dump(store) == before


def test_delete_participant_and_restore(store: Store, world: World) -> None:
    """A participant comes back with languages, seat, unavailability and headship."""
    before = dump(store)
    deleted = people.delete_participant(store, world.tanaka_id)
    assert deleted.snapshot.count("meeting_participant") == 1
    assert deleted.changes.agenda and deleted.changes.b2b
    people.restore_participant(store, deleted.snapshot)
    assert dump(store) == before


def test_restore_reports_a_conflict(store: Store, world: World) -> None:
    """If someone took the e-mail meanwhile, undoing the delete says so instead of crashing."""
    deleted = people.delete_participant(store, world.rossi_id)
    people.create_participant(
        store,
        world.mission_id,
        ParticipantData(family_name="Bianchi", email="MARIO.ROSSI@fiat.example"),
    )
    with pytest.raises(ValidationError) as exc:
        people.restore_participant(store, deleted.snapshot)
    assert problems(exc) == {"email": Problem.EMAIL_TAKEN}


def test_delete_of_missing_record_is_not_found(store: Store, world: World) -> None:
    """Deleting twice (say, from two windows) says NotFound rather than pretending."""
    orgs.delete_organisation(store, world.fiat_id)
    with pytest.raises(NotFound):
        orgs.delete_organisation(store, world.fiat_id)


# --- participants ----------------------------------------------------------------------------


def test_participant_family_name_required_in_latin(store: Store, world: World) -> None:
    """The Latin family name is required; kanji there is refused."""
    with pytest.raises(ValidationError) as exc:
        people.create_participant(store, world.mission_id, ParticipantData(family_name=""))
    assert problems(exc) == {"family_name": Problem.REQUIRED}
    with pytest.raises(ValidationError) as exc:
        people.create_participant(store, world.mission_id, ParticipantData(family_name="山田"))
    assert problems(exc) == {"family_name": Problem.NOT_LATIN}


@pytest.mark.parametrize(
    "email", ["mario", "mario@", "@fiat.it", "mario rossi@fiat.it", "mario@fiat", "a..b@fiat.it"]
)
def test_participant_email_syntax(store: Store, world: World, email: str) -> None:
    """Addresses without a user, a dotted domain, or with spaces or ".." are refused."""
    with pytest.raises(ValidationError) as exc:
        people.create_participant(
            store, world.mission_id, ParticipantData(family_name="Verdi", email=email)
        )
    assert problems(exc) == {"email": Problem.EMAIL_SYNTAX}


def test_participant_email_unique_case_insensitive(store: Store, world: World) -> None:
    """ "H.TANAKA@Toyota.example" is the same address as Tanaka's."""
    data = ParticipantData(family_name="Sato", email="H.TANAKA@Toyota.example")
    with pytest.raises(ValidationError) as exc:
        people.create_participant(store, world.mission_id, data)
    assert problems(exc) == {"email": Problem.EMAIL_TAKEN}
    # Another mission is free to use it, and a person keeps their own address.
    people.create_participant(store, world.other_mission_id, data)
    tanaka = people.get_participant(store, world.tanaka_id)
    people.update_participant(
        store,
        world.tanaka_id,
        replace(tanaka, email="H.Tanaka@TOYOTA.example"),
        base=people.load_participant(store, world.tanaka_id),
    )


def test_email_clash_seen_only_by_database_gives_same_message(
    store: Store, world: World, monkeypatch: pytest.MonkeyPatch
) -> None:
    """When the check races with another writer, the unique index's error reads the same."""
    monkeypatch.setattr(participant_record, "email_taken", lambda *args: False)
    data = ParticipantData(family_name="Sato", email="Mario.Rossi@fiat.example")
    with pytest.raises(ValidationError) as exc:
        people.create_participant(store, world.mission_id, data)
    assert problems(exc) == {"email": Problem.EMAIL_TAKEN}
    assert exc.value.messages["email"] == (
        "Another participant of this mission already has this e-mail."
    )


def test_organisation_name_clash_seen_only_by_database(
    store: Store, world: World, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The unique constraint on organisation names reads like the pre-check."""
    monkeypatch.setattr(organisation_record, "name_taken", lambda *args: False)
    with pytest.raises(ValidationError) as exc:
        orgs.create_organisation(store, world.mission_id, OrganisationData(name="Fiat Auto"))
    assert problems(exc) == {"name": Problem.NAME_TAKEN}


def test_language_codes_are_iso_639_1(store: Store, world: World) -> None:
    """ "jp" is a country, not a language; full-width and upper-case codes are folded."""
    bad = ParticipantData(family_name="Verdi", languages=("it", "jp", "eng"))
    with pytest.raises(ValidationError) as exc:
        people.create_participant(store, world.mission_id, bad)
    assert problems(exc) == {"languages": Problem.LANGUAGE_CODE}
    assert [e.params["code"] for e in exc.value.errors] == ["jp", "eng"]
    good = ParticipantData(family_name="Verdi", languages=("ＪＡ", " It ", "ja"))
    created = people.create_participant(store, world.mission_id, good)
    assert people.get_participant(store, created.id).languages == ("ja", "it")


def test_japanese_names_round_trip(store: Store, world: World) -> None:
    """Kanji and kana are stored as typed (NFC); half-width katakana become full-width."""
    data = ParticipantData(
        family_name="Ｙａｍａｄａ",
        given_name="Hanako",
        family_name_kanji="山田",
        given_name_kanji="花子",
        family_name_kana="ﾔﾏﾀﾞ",
        given_name_kana="はなこ",
        organisation_id=world.toyota_id,
        title="部長",
        languages=("ja",),
    )
    created = people.create_participant(store, world.mission_id, data)
    saved = people.get_participant(store, created.id)
    assert saved.family_name == "Yamada"
    assert (saved.family_name_kanji, saved.given_name_kanji) == ("山田", "花子")
    assert (saved.family_name_kana, saved.given_name_kana) == ("ヤマダ", "はなこ")
    assert saved.title == "部長"
    row = next(r for r in people.list_participants(store, world.mission_id) if r.id == created.id)
    assert row.kanji_name == "山田 花子"
    assert row.organisation_name_ja == "トヨタ自動車"
    assert row.side is Side.NAGOYA


def test_kana_fields_refuse_kanji(store: Store, world: World) -> None:
    """The reading fields take kana only."""
    data = ParticipantData(family_name="Yamada", family_name_kana="山田")
    with pytest.raises(ValidationError) as exc:
        people.create_participant(store, world.mission_id, data)
    assert problems(exc) == {"family_name_kana": Problem.NOT_KANA}


def test_participant_update_and_undo(store: Store, world: World) -> None:
    """Updating returns the old values; writing them back is the undo."""
    before = people.get_participant(store, world.rossi_id)
    new = replace(
        before,
        title="CEO",
        languages=("en", "it", "fr"),
        badge_category=BadgeCategory.VIP,
        email="m.rossi@fiat.example",
    )
    result = people.update_participant(
        store, world.rossi_id, new, base=people.load_participant(store, world.rossi_id)
    )
    assert result.previous == before
    assert people.get_participant(store, world.rossi_id).languages == ("en", "it", "fr")
    people.update_participant(store, world.rossi_id, result.previous, base=result.saved)
    assert people.get_participant(store, world.rossi_id) == before


def test_consent_time_is_recorded_and_kept(store: Store, world: World) -> None:
    """Giving consent stamps the time; saving again keeps it; withdrawing clears it."""
    before = people.get_participant(store, world.rossi_id)
    people.update_participant(
        store,
        world.rossi_id,
        replace(before, consent=True),
        base=people.load_participant(store, world.rossi_id),
    )
    given_at = people.get_participant(store, world.rossi_id).consent_at
    assert given_at is not None
    again = replace(people.get_participant(store, world.rossi_id), title="CTO")
    people.update_participant(
        store, world.rossi_id, again, base=people.load_participant(store, world.rossi_id)
    )
    assert people.get_participant(store, world.rossi_id).consent_at == given_at
    people.update_participant(
        store,
        world.rossi_id,
        replace(again, consent=False),
        base=people.load_participant(store, world.rossi_id),
    )
    assert people.get_participant(store, world.rossi_id).consent_at is None


def test_participant_organisation_of_another_mission_is_refused(store: Store, world: World) -> None:
    other_org = orgs.create_organisation(store, world.other_mission_id, OrganisationData("Avio"))
    data = ParticipantData(family_name="Verdi", organisation_id=other_org.id)
    with pytest.raises(ValidationError) as exc:
        people.create_participant(store, world.mission_id, data)
    assert problems(exc) == {"organisation_id": Problem.NOT_IN_MISSION}


def test_participant_rows_and_choices(store: Store, world: World) -> None:
    """Rows carry Latin and kanji names and the side; choices list the mission's orgs."""
    rows = {r.family_name: r for r in people.list_participants(store, world.mission_id)}
    assert rows["Tanaka"].kanji_name == "田中 博"
    assert rows["Tanaka"].kana_name == "タナカ ヒロシ"
    assert rows["Tanaka"].delegation_name == "Nagoya"
    assert rows["Rossi"].latin_name == "Mario Rossi"
    assert rows["Rossi"].languages == ("it", "en")
    choices = people.list_organisation_choices(store, world.mission_id)
    assert [c.name for c in choices] == ["Fiat Auto", "Toyota Motor"]
    delegations = orgs.list_delegation_choices(store, world.mission_id)
    assert [d.side for d in delegations] == [Side.TURIN, Side.NAGOYA]


@given(st.text())
def test_clean_text_is_nfc_stripped_and_idempotent(text: str) -> None:
    """Whatever is typed, cleaning gives NFC without outer spaces, and cleaning twice is once."""
    cleaned = clean_text(text)
    assert unicodedata.is_normalized("NFC", cleaned)
    assert cleaned == cleaned.strip()
    assert clean_text(cleaned) == cleaned
