"""Lost updates refused (issue 16): two coordinators are two Stores on one database, each
saving a participant they loaded earlier. Whoever saves second against a version that moved
is refused field by field, in words, and nothing either of them wrote is lost — on SQLite and
on PostgreSQL, in both orders."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace

import pytest
from sqlalchemy import select, update

from app.common.paths import Paths
from app.core.conflicts import Loaded, StaleRecord, check_base, differences
from app.core.errors import NotFound
from app.model.enums import Side
from app.services import organisations as orgs
from app.services import participants as people
from app.services.participants import ParticipantData
from app.store import Store, open_store
from app.store.stale import ChangedMeanwhile
from tests import factories


@pytest.fixture
def other(store: Store, db_target: str, paths: Paths) -> Iterator[Store]:
    """A second coordinator on the same database."""
    second = open_store(db_target, paths=paths, create=False)
    second.actor = "Aiko Tanaka"
    try:
        yield second
    finally:
        second.close()


@pytest.fixture
def person(store: Store) -> int:
    with store.session() as s:
        m = factories.mission(s)
        p = factories.participant(
            s, m, family_name="Rossi", given_name="Chiara", email="c.rossi@fiat.example"
        )
        s.flush()
        return p.id


def _texts(error: BaseException) -> list[str]:
    assert isinstance(error, ChangedMeanwhile)
    return [error.text(lang) for lang in ("en", "it", "ja")]


@pytest.mark.parametrize("email_first", [True, False], ids=["email-first", "phone-first"])
def test_email_and_phone_edits_in_both_orders_lose_nothing(
    store: Store, other: Store, person: int, email_first: bool
) -> None:
    """The probe: one changes the e-mail, the other the phone, both from the same version.
    The second save is refused with the first one's field; saving the choice keeps both."""
    mine = people.load_participant(store, person)
    theirs_base = people.load_participant(other, person)
    email = replace(theirs_base.values, email="chiara.rossi@fiat.example")
    phone = replace(mine.values, phone="+39 011 555 0101")
    first, second = (
        ((other, email, theirs_base), (store, phone, mine))
        if email_first
        else ((store, phone, mine), (other, email, theirs_base))
    )
    first[0].actor = first[0].actor or "Marco Bianchi"
    people.update_participant(first[0], person, first[1], base=first[2])
    with pytest.raises(StaleRecord) as refused:
        people.update_participant(second[0], person, second[1], base=second[2])
    error = refused.value
    changed = "email" if email_first else "phone"
    (difference,) = error.differences
    assert difference.field == changed and not difference.you_changed
    assert difference.theirs == getattr(first[1], changed)
    assert difference.default == difference.theirs  # the field you did not touch: theirs
    en, it, ja = _texts(error)
    assert changed in en and "Nothing was saved" in en
    assert "Non è stato salvato nulla" in it and "何も保存されていません" in ja
    # nothing of the refused save was written
    assert people.get_participant(store, person) == first[1]
    # the coordinator saves the chosen values against the new version: both changes stay
    people.update_participant(second[0], person, error.chosen(second[1], {}), base=error.theirs)
    final = people.get_participant(store, person)
    assert final.email == "chiara.rossi@fiat.example"
    assert final.phone == "+39 011 555 0101"


def test_same_field_both_asks_which_and_keeps_the_choice(
    store: Store, other: Store, person: int
) -> None:
    mine = people.load_participant(store, person)
    theirs = people.load_participant(other, person)
    people.update_participant(
        other, person, replace(theirs.values, email="a@fiat.example"), base=theirs
    )
    yours = replace(mine.values, email="b@fiat.example")
    with pytest.raises(StaleRecord) as refused:
        people.update_participant(store, person, yours, base=mine)
    (difference,) = refused.value.differences
    assert (difference.base, difference.theirs, difference.yours) == (
        "c.rossi@fiat.example",
        "a@fiat.example",
        "b@fiat.example",
    )
    assert difference.you_changed and difference.default == "b@fiat.example"
    assert people.get_participant(store, person).email == "a@fiat.example"
    # choosing theirs explicitly
    chosen = refused.value.chosen(yours, {"email": difference.theirs})
    people.update_participant(store, person, chosen, base=refused.value.theirs)
    assert people.get_participant(other, person).email == "a@fiat.example"


def test_a_second_stale_save_is_refused_again(store: Store, other: Store, person: int) -> None:
    """Saving the dialog's choice may conflict again: it is checked like any save."""
    mine = people.load_participant(store, person)
    theirs = people.load_participant(other, person)
    done = people.update_participant(
        other, person, replace(theirs.values, title="CEO"), base=theirs
    )
    with pytest.raises(StaleRecord) as first:
        people.update_participant(store, person, replace(mine.values, title="CTO"), base=mine)
    assert done.saved is not None
    people.update_participant(
        other, person, replace(done.saved.values, title="Chair"), base=done.saved
    )
    chosen = first.value.chosen(replace(mine.values, title="CTO"), {})
    with pytest.raises(StaleRecord) as second:
        people.update_participant(store, person, chosen, base=first.value.theirs)
    assert second.value.differences[0].theirs == "Chair"
    assert people.get_participant(store, person).title == "Chair"


def test_languages_only_edit_moves_the_version(store: Store, other: Store, person: int) -> None:
    """A change only to child rows (languages) still moves the record's version."""
    mine = people.load_participant(store, person)
    theirs = people.load_participant(other, person)
    people.update_participant(
        other, person, replace(theirs.values, languages=("it", "ja")), base=theirs
    )
    assert people.load_participant(store, person).version > mine.version
    with pytest.raises(StaleRecord) as refused:
        people.update_participant(store, person, replace(mine.values, title="CTO"), base=mine)
    assert [d.field for d in refused.value.differences] == ["languages"]


def test_unrelated_version_move_is_not_a_conflict(store: Store, other: Store, person: int) -> None:
    """Saving what the other already saved is not a clash: nothing of theirs is overwritten."""
    mine = people.load_participant(store, person)
    theirs = people.load_participant(other, person)
    same = replace(theirs.values, email="same@fiat.example")
    people.update_participant(other, person, same, base=theirs)
    people.update_participant(
        store, person, replace(mine.values, email="same@fiat.example"), base=mine
    )
    assert people.get_participant(store, person).email == "same@fiat.example"


def test_edit_after_delete_is_refused_in_words(store: Store, other: Store, person: int) -> None:
    mine = people.load_participant(store, person)
    deleted = people.delete_participant(other, person)
    with pytest.raises(NotFound) as refused:
        people.update_participant(store, person, replace(mine.values, title="CTO"), base=mine)
    assert "deleted meanwhile" in str(refused.value)
    # the other's undo puts the person back; the edit can then be made against it
    people.restore_participant(other, deleted.snapshot)
    again = people.load_participant(store, person)
    people.update_participant(store, person, replace(again.values, title="CTO"), base=again)
    assert people.get_participant(other, person).title == "CTO"


def test_delete_after_edit_keeps_the_edit_in_its_undo(
    store: Store, other: Store, person: int
) -> None:
    """Deleting a record someone edited since you looked at it takes their version along:
    undoing the delete brings back their edit, not the values you saw."""
    theirs = people.load_participant(other, person)
    people.update_participant(
        other, person, replace(theirs.values, phone="+81 52 555 0100"), base=theirs
    )
    deleted = people.delete_participant(store, person)
    people.restore_participant(store, deleted.snapshot)
    assert people.get_participant(other, person).phone == "+81 52 555 0100"


def test_undo_after_the_others_change_is_refused(store: Store, other: Store, person: int) -> None:
    """Undo writes the old values back only over the version it made."""
    mine = people.load_participant(store, person)
    done = people.update_participant(
        store, person, replace(mine.values, email="new@fiat.example"), base=mine
    )
    assert done.saved is not None
    theirs = people.load_participant(other, person)
    people.update_participant(
        other, person, replace(theirs.values, email="theirs@fiat.example"), base=theirs
    )
    with pytest.raises(StaleRecord) as refused:
        people.update_participant(store, person, done.previous, base=done.saved, undoing=True)
    assert "undoing it would overwrite their changes" in str(refused.value)
    assert all(_texts(refused.value))
    assert people.get_participant(store, person).email == "theirs@fiat.example"
    # with nobody in between, undo works
    again = people.load_participant(other, person)
    done = people.update_participant(other, person, replace(again.values, title="CFO"), base=again)
    assert done.saved is not None
    people.update_participant(other, person, done.previous, base=done.saved, undoing=True)
    assert people.get_participant(store, person).title == again.values.title


def test_organisations_are_checked_too(store: Store, other: Store) -> None:
    with store.session() as s:
        m = factories.mission(s)
        org = factories.organisation(s, m, name="Fiat Auto")
        s.flush()
        org_id = org.id
    mine = orgs.load_organisation(store, org_id)
    theirs = orgs.load_organisation(other, org_id)
    orgs.update_organisation(other, org_id, replace(theirs.values, city="Torino"), base=theirs)
    with pytest.raises(StaleRecord) as refused:
        orgs.update_organisation(store, org_id, replace(mine.values, name="FIAT"), base=mine)
    assert [d.field for d in refused.value.differences] == ["city"]


def test_who_and_when_come_from_the_audit_log(store: Store, other: Store, person: int) -> None:
    """Where the audit log names the last change, the refusal does too."""
    from app.model import AuditEntry

    mine = people.load_participant(store, person)
    theirs = people.load_participant(other, person)
    people.update_participant(other, person, replace(theirs.values, title="CEO"), base=theirs)
    with other.session() as s:
        if not s.query(AuditEntry).filter_by(record_id=person, table_name="participant").count():
            s.add(
                AuditEntry(
                    who="Aiko Tanaka",
                    table_name="participant",
                    record_id=person,
                    action="update",
                    fields='["title"]',
                )
            )
    with pytest.raises(StaleRecord) as refused:
        people.update_participant(
            store, person, replace(mine.values, phone="+39 011 555 0102"), base=mine
        )
    assert refused.value.who == "Aiko Tanaka" and refused.value.when is not None
    assert "Aiko Tanaka changed Participant" in str(refused.value)


def test_a_race_inside_the_save_is_refused_by_the_row_version(
    store: Store, other: Store, person: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The other coordinator commits between our read and our write: the UPDATE finds
    another version (StaleDataError) and the refusal still says which field."""
    if store.location.is_sqlite:
        pytest.skip(
            "on SQLite a save takes the write lock before it reads: the other waits for it "
            "(test_two_clients_saving_at_once_one_wins_the_other_is_asked)"
        )
    from app.core import participant_record

    mine = people.load_participant(store, person)
    kind = participant_record.RECORD_KIND
    real_validate = kind.validate
    raced = []

    def validate_then_race(s, mission_id, data, record_id):  # type: ignore[no-untyped-def]
        clean = real_validate(s, mission_id, data, record_id)
        if not raced:
            raced.append(True)
            theirs = people.load_participant(other, person)
            people.update_participant(
                other, person, replace(theirs.values, email="raced@fiat.example"), base=theirs
            )
        return clean

    monkeypatch.setattr(people, "RECORD_KIND", replace(kind, validate=validate_then_race))
    with pytest.raises(StaleRecord) as refused:
        people.update_participant(
            store, person, replace(mine.values, phone="+39 011 555 0103"), base=mine
        )
    assert [d.field for d in refused.value.differences] == ["email"]
    assert people.get_participant(store, person).email == "raced@fiat.example"


def test_a_write_after_a_stale_read_on_sqlite_is_changed_meanwhile(
    store: Store, other: Store, person: int
) -> None:
    """A unit of work that read (SQLite: a read snapshot) and then writes after another
    connection committed: SQLite refuses at once (SQLITE_BUSY_SNAPSHOT); the coordinator
    reads "someone else changed this record", not "another program is writing"."""
    from app.model import Participant

    if not store.location.is_sqlite:
        pytest.skip("SQLite's read snapshots")
    with pytest.raises(ChangedMeanwhile), store.session() as s:
        assert s.get(Participant, person) is not None  # the read snapshot begins here
        theirs = people.load_participant(other, person)
        people.update_participant(
            other, person, replace(theirs.values, email="first@fiat.example"), base=theirs
        )
        s.execute(update(Participant).where(Participant.id == person).values(title="late"))
    assert people.get_participant(store, person).email == "first@fiat.example"


def test_check_base_is_pure() -> None:
    base = Loaded(ParticipantData(family_name="Rossi", email="a@x.example"), 1)
    same = check_base(base, base, base.values, record=None, record_id=1)  # type: ignore[arg-type]
    assert same is None
    theirs = Loaded(replace(base.values, email="b@x.example"), 2)
    found = differences(base.values, theirs.values, replace(base.values, phone="+39 011 555 0104"))
    assert [(d.field, d.base, d.theirs, d.yours) for d in found] == [
        ("email", "a@x.example", "b@x.example", "a@x.example")
    ]


# --- the set-up records: mission, venues, delegations (a page shows plain rows) -------------


def test_mission_venue_and_delegation_edits_in_both_orders(store: Store, other: Store) -> None:
    from app.services.delegations import (
        DelegationDraft,
        create_delegation,
        delegation_draft,
        list_delegations,
        update_delegation,
    )
    from app.services.missions import get_mission, mission_draft, update_mission
    from app.services.venues import VenueDraft, create_venue, list_venues, update_venue, venue_draft

    with store.session() as s:
        mid = factories.mission(s).id
    row = get_mission(store, mid)
    assert row is not None
    mine, theirs = Loaded(mission_draft(row)), Loaded(mission_draft(row))
    update_mission(other, mid, replace(theirs.values, organiser="JETRO"), base=theirs)
    with pytest.raises(StaleRecord) as refused:
        update_mission(store, mid, replace(mine.values, host_city="Nagoya-shi"), base=mine)
    assert [d.field for d in refused.value.differences] == ["organiser"]
    update_mission(
        store,
        mid,
        refused.value.chosen(replace(mine.values, host_city="Nagoya-shi"), {}),
        base=refused.value.theirs,
    )
    saved = get_mission(other, mid)
    assert saved is not None and (saved.organiser, saved.host_city) == ("JETRO", "Nagoya-shi")

    vid = create_venue(store, mid, VenueDraft(name="Hilton Nagoya", timezone="Asia/Tokyo"))
    (venue,) = list_venues(store, mid)
    base = Loaded(venue_draft(venue))
    update_venue(other, mid, vid, replace(base.values, city="Nagoya"), base=base)
    with pytest.raises(StaleRecord) as refused:
        update_venue(store, mid, vid, replace(base.values, address="1-3-3 Sakae"), base=base)
    assert [d.field for d in refused.value.differences] == ["city"]
    assert all(_texts(refused.value))

    did = create_delegation(store, mid, DelegationDraft(name="Turin", side=Side.TURIN))
    (delegation,) = list_delegations(store, mid)
    base_d = Loaded(delegation_draft(delegation))
    update_delegation(other, mid, did, replace(base_d.values, name_ja="トリノ"), base=base_d)
    with pytest.raises(StaleRecord) as refused:
        update_delegation(store, mid, did, replace(base_d.values, name_it="Torino"), base=base_d)
    assert [d.field for d in refused.value.differences] == ["name_ja"]
    # saving over what you saw with nobody in between works (member lists in any order)
    (delegation,) = list_delegations(store, mid)
    fresh = Loaded(delegation_draft(delegation))
    update_delegation(store, mid, did, replace(fresh.values, name_it="Torino"), base=fresh)


def test_programme_item_edits_and_undo(store: Store, other: Store) -> None:
    from datetime import datetime

    from app.model.enums import AgendaKind
    from app.services.programme import ItemDraft, add_item, load_item, update_item

    with store.session() as s:
        mid = factories.mission(s).id
    draft = ItemDraft(
        AgendaKind.PLENARY, "Opening", datetime(2027, 10, 12, 10), datetime(2027, 10, 12, 11)
    )
    item = add_item(store, mid, draft).item_id
    mine, theirs = load_item(store, item), load_item(other, item)
    update_item(other, item, replace(theirs.values, title_ja="開会式"), base=theirs)
    with pytest.raises(StaleRecord) as refused:
        update_item(store, item, replace(mine.values, title_it="Apertura"), base=mine)
    assert [d.field for d in refused.value.differences] == ["title_ja"]
    # the page names no version (a row it shows): the values alone are compared
    with pytest.raises(StaleRecord):
        update_item(
            store, item, replace(mine.values, title_it="Apertura"), base=Loaded(mine.values)
        )
    done = update_item(
        store,
        item,
        refused.value.chosen(replace(mine.values, title_it="Apertura"), {}),
        base=refused.value.theirs,
    )
    assert done.saved is not None and done.saved.values.title_ja == "開会式"
    later = load_item(other, item)
    update_item(other, item, replace(later.values, title="Opening session"), base=later)
    with pytest.raises(StaleRecord):  # undo over the other's later change
        update_item(store, item, mine.values, base=done.saved, undoing=True)
    assert load_item(store, item).values.title == "Opening session"


def test_unavailability_edit_and_undo_keep_the_others_change(
    store: Store, other: Store, person: int
) -> None:
    from datetime import datetime

    from app.services.availability import (
        PeriodData,
        add_unavailability,
        list_unavailability,
        load_period,
        set_periods,
        update_unavailability,
    )

    day = datetime(2027, 10, 13)
    added = add_unavailability(store, person, PeriodData(day.replace(hour=9), day.replace(hour=10)))
    mine, theirs = load_period(store, added.id), load_period(other, added.id)
    update_unavailability(
        other, added.id, PeriodData(day.replace(hour=9), day.replace(hour=11)), base=theirs
    )
    with pytest.raises(StaleRecord) as refused:
        update_unavailability(
            store,
            added.id,
            PeriodData(day.replace(hour=9), day.replace(hour=10), "visit"),
            base=mine,
        )
    assert [d.field for d in refused.value.differences] == ["end_utc"]
    # an undo of this coordinator's earlier step over the other's change is refused
    before = list_unavailability(store, person)
    with pytest.raises(ChangedMeanwhile) as undo:
        set_periods(store, person, [], expect=[mine.values])
    assert "overwrite their change" in str(undo.value)
    assert list_unavailability(other, person) == before


def test_b2b_session_edits_in_both_orders(store: Store, other: Store) -> None:
    from datetime import date, time

    from app.services.sessions import SessionDraft, TableDraft, list_sessions, save_session

    with store.session() as s:
        mid = factories.mission(s).id
    draft = SessionDraft(
        name="B2B meetings",
        day=date(2027, 10, 13),
        start=time(14, 0),
        end=time(18, 0),
        slot_minutes=20,
        tables=tuple(TableDraft(f"T{i}") for i in range(1, 4)),
    )
    sid = save_session(store, mid, draft).session_id
    (row,) = list_sessions(store, mid)
    base = Loaded(row.draft)
    save_session(other, mid, replace(base.values, name_ja="B2B商談会"), sid, base=base)
    with pytest.raises(StaleRecord) as refused:
        save_session(store, mid, replace(base.values, slot_minutes=30), sid, base=base)
    assert [d.field for d in refused.value.differences] == ["name_ja"]
    chosen = refused.value.chosen(replace(base.values, slot_minutes=30), {})
    save_session(store, mid, chosen, sid, base=refused.value.theirs)
    (row,) = list_sessions(other, mid)
    assert (row.draft.name_ja, row.draft.slot_minutes) == ("B2B商談会", 30)
    with pytest.raises(TypeError):  # a change always names its base
        save_session(store, mid, draft, sid)


def test_request_undo_over_the_others_change_is_refused(store: Store, other: Store) -> None:
    from app.services import requests as wishes

    with store.session() as s:
        m = factories.mission(s)
        turin = factories.organisation(s, m, factories.delegation(s, m, Side.TURIN), name="Fiat")
        nagoya = factories.organisation(
            s, m, factories.delegation(s, m, Side.NAGOYA), name="Toyota"
        )
        mid, a, b = m.id, turin.id, nagoya.id
    mine = wishes.set_priority(store, mid, a, b, 2)
    wishes.edit_request(
        other, mid, a, b, lambda cur: replace(cur, note="Only on Tuesday") if cur else cur
    )
    with pytest.raises(ChangedMeanwhile) as refused:
        wishes.undo_edits(store, mid, mine.edits)
    assert "Fiat" in str(refused.value) and "Toyota" in str(refused.value)
    assert all(_texts(refused.value))
    from app.model import MeetingRequest

    with other.session() as s:
        (note,) = s.scalars(select(MeetingRequest.note).where(MeetingRequest.requester_id == a))
    assert note == "Only on Tuesday"  # their change stays; the undo wrote nothing


def test_two_clients_saving_at_once_one_wins_the_other_is_asked(
    store: Store, other: Store, person: int
) -> None:
    """Two threads, one Store each, save different fields from the same version at the same
    moment, 10 times: every round exactly one save lands and the other is refused with the
    winner's field; nothing is written half, nothing is lost."""
    for round_ in range(10):
        _race_once(store, other, person, round_)


def _race_once(store: Store, other: Store, person: int, round_: int) -> None:
    import threading

    base = people.load_participant(store, person)
    edits = {
        "mine": (store, replace(base.values, title=f"Title {round_}")),
        "theirs": (other, replace(base.values, phone=f"+39 011 555 {1000 + round_}")),
    }
    barrier = threading.Barrier(2)
    outcome: dict[str, object] = {}

    def save(name: str) -> None:
        target, values = edits[name]
        barrier.wait()
        try:
            people.update_participant(target, person, values, base=base)
            outcome[name] = "saved"
        except StaleRecord as exc:
            outcome[name] = exc

    threads = [threading.Thread(target=save, args=(n,)) for n in edits]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=60)
    assert sorted(type(v).__name__ for v in outcome.values()) == ["StaleRecord", "str"]
    winner = next(n for n, v in outcome.items() if v == "saved")
    loser = next(v for v in outcome.values() if isinstance(v, StaleRecord))
    assert [d.field for d in loser.differences] == ["title" if winner == "mine" else "phone"]
    assert people.get_participant(store, person) == edits[winner][1]
