"""Meeting requests as actions, on SQLite and PostgreSQL: set, no thanks, mandatory, remove,
undo and redo of each, mutual pairs, what is refused, and the suggested pairs of a mission."""

from __future__ import annotations

from dataclasses import dataclass

import pytest
from sqlalchemy import func, select

from app.common.errors import UserError
from app.core.errors import NotFound
from app.model import MeetingRequest, Mission, OrganisationSector, Sector, Side
from app.services import requests as service
from app.services.requests import RequestRefused, RequestValues
from app.store import Store
from tests import factories as f
from tests.demo_support import LoadDemo


@dataclass(frozen=True)
class Orgs:
    mission: int
    other_mission: int
    turin: int  # Turin automotive stamping
    turin2: int  # Turin aerospace composites
    nagoya: int  # Nagoya automotive Tier-1, stamping
    nagoya2: int  # Nagoya airframe maker
    sideless: int  # no delegation yet
    foreign: int  # of the other mission


@pytest.fixture
def orgs(store: Store) -> Orgs:
    with store.session() as s:
        m = f.mission(s)
        other = f.mission(s)
        t, n = f.delegation(s, m, Side.TURIN), f.delegation(s, m, Side.NAGOYA)
        a = f.organisation(
            s, m, t, name="Stampi Dora", profile="Sheet-metal stamping for EV bodies"
        )
        b = f.organisation(
            s, m, t, name="Compositi Torinesi", profile="Compositi in fibra di carbonio"
        )
        c = f.organisation(
            s, m, n, name="Owari Press", name_ja="尾張プレス工業", profile="Tier-1 supplier",
            profile_ja="車体プレス部品、電動化対応",
        )  # fmt: skip
        d = f.organisation(s, m, n, name="Nagoya Airframe", profile="Aircraft fuselage, composites")
        e = f.organisation(s, m, None, name="Sideless")
        x = f.organisation(s, other, f.delegation(s, other, Side.NAGOYA), name="Elsewhere")
        for org, sectors in ((a, [Sector.AUTOMOTIVE]), (b, [Sector.AEROSPACE, Sector.MATERIALS]),
                             (c, [Sector.AUTOMOTIVE]), (d, [Sector.AEROSPACE])):  # fmt: skip
            for sector in sectors:
                s.add(OrganisationSector(organisation_id=org.id, sector=sector))
        return Orgs(m.id, other.id, a.id, b.id, c.id, d.id, e.id, x.id)


def _stored(store: Store, mission_id: int) -> dict[tuple[int, int], RequestValues]:
    book = service.load_book(store, mission_id)
    return {pair: e.values for pair, e in book.requests.items()}


def test_set_then_undo_and_redo(store: Store, orgs: Orgs) -> None:
    o = orgs
    written = service.set_request(store, o.mission, o.turin, o.nagoya, priority=5, note=" Café ")
    assert written.changes.b2b and written.changes.organisations
    (edit,) = written.edits
    assert edit.before is None
    assert edit.after == RequestValues(priority=5, note="Café")
    assert _stored(store, o.mission) == {(o.turin, o.nagoya): RequestValues(5, note="Café")}
    service.undo_edits(store, o.mission, written.edits)
    assert _stored(store, o.mission) == {}
    service.redo_edits(store, o.mission, written.edits)
    assert _stored(store, o.mission) == {(o.turin, o.nagoya): RequestValues(5, note="Café")}


def test_priority_no_thanks_mandatory_and_remove_are_each_undoable(
    store: Store, orgs: Orgs
) -> None:
    o = orgs
    steps = [
        service.set_priority(store, o.mission, o.turin, o.nagoya, 2),
        service.toggle_mandatory(store, o.mission, o.turin, o.nagoya),
        service.set_priority(store, o.mission, o.turin, o.nagoya, 4),
        service.mark_no_thanks(store, o.mission, o.turin, o.nagoya),
        service.remove_request(store, o.mission, o.turin, o.nagoya),
    ]
    seen = [None, RequestValues(2), RequestValues(2, mandatory=True),
            RequestValues(4, mandatory=True), RequestValues(4, no_thanks=True), None]  # fmt: skip
    assert [s.edits[0].before for s in steps] == seen[:-1]
    assert [s.edits[0].after for s in steps] == seen[1:]
    for step, before in zip(reversed(steps), reversed(seen[:-1]), strict=True):
        service.undo_edits(store, o.mission, step.edits)
        assert _stored(store, o.mission).get((o.turin, o.nagoya)) == before


def test_the_same_value_again_changes_nothing(store: Store, orgs: Orgs) -> None:
    o = orgs
    service.set_priority(store, o.mission, o.turin, o.nagoya, 3)
    again = service.set_priority(store, o.mission, o.turin, o.nagoya, 3)
    assert not again.changed and not again.changes.b2b


def test_mutual_requests_are_seen_both_ways(store: Store, orgs: Orgs) -> None:
    o = orgs
    service.set_priority(store, o.mission, o.turin, o.nagoya, 5)
    assert not service.load_book(store, o.mission).mutual(o.turin, o.nagoya)
    service.set_priority(store, o.mission, o.nagoya, o.turin, 2)
    book = service.load_book(store, o.mission)
    assert book.mutual(o.turin, o.nagoya) and book.mutual(o.nagoya, o.turin)
    assert [e.requested for e in book.wish_list(o.turin)] == [o.nagoya]
    assert [e.requester for e in book.asked_by_others(o.turin)] == [o.nagoya]
    service.mark_no_thanks(store, o.mission, o.nagoya, o.turin)
    assert not service.load_book(store, o.mission).mutual(o.turin, o.nagoya)


def test_wish_list_by_priority_then_no_thanks(store: Store, orgs: Orgs) -> None:
    o = orgs
    service.set_priority(store, o.mission, o.turin, o.nagoya, 2)
    service.set_priority(store, o.mission, o.turin, o.nagoya2, 5)
    service.mark_no_thanks(store, o.mission, o.turin, o.sideless)
    book = service.load_book(store, o.mission)
    assert [e.requested for e in book.wish_list(o.turin)] == [o.nagoya2, o.nagoya, o.sideless]


@pytest.mark.parametrize(
    ("pair", "values", "english"),
    [
        (("turin", "turin2"), RequestValues(), "are both of the Turin side"),
        (("nagoya", "nagoya2"), RequestValues(), "are both of the Nagoya side"),
        (("turin", "turin"), RequestValues(), "cannot ask to meet itself"),
        (("turin", "nagoya"), RequestValues(priority=0), "from 1 (nice to have) to 5"),
        (("turin", "nagoya"), RequestValues(priority=6), "not 6"),
        (("turin", "nagoya"), RequestValues(no_thanks=True, mandatory=True), "cannot be mandatory"),
    ],
)
def test_refused_requests_write_nothing(
    store: Store, orgs: Orgs, pair: tuple[str, str], values: RequestValues, english: str
) -> None:
    a, b = (getattr(orgs, name) for name in pair)
    with pytest.raises(RequestRefused) as caught:
        service.write_requests(store, orgs.mission, [(orgs.turin, orgs.nagoya2, RequestValues()),
                                                     (a, b, values)])  # fmt: skip
    assert english in str(caught.value)
    assert caught.value.text("ja") != caught.value.text("en")
    assert caught.value.text("it") != caught.value.text("en")
    assert _stored(store, orgs.mission) == {}  # all or nothing: the first one neither


def test_organisations_of_another_mission_or_none_are_refused(store: Store, orgs: Orgs) -> None:
    o = orgs
    with pytest.raises(NotFound):
        service.set_request(store, o.mission, o.turin, o.foreign)
    with pytest.raises(NotFound):
        service.set_request(store, o.mission, o.turin, 999_999)
    with pytest.raises(RequestRefused, match="has not asked to meet"):
        service.remove_request(store, o.mission, o.turin, o.nagoya)


def test_no_thanks_cannot_be_made_mandatory(store: Store, orgs: Orgs) -> None:
    o = orgs
    service.mark_no_thanks(store, o.mission, o.turin, o.nagoya)
    with pytest.raises(RequestRefused, match="cannot be mandatory"):
        service.toggle_mandatory(store, o.mission, o.turin, o.nagoya)


def test_an_organisation_without_side_may_ask_as_in_the_import(store: Store, orgs: Orgs) -> None:
    o = orgs
    service.set_request(store, o.mission, o.sideless, o.turin)
    assert (o.sideless, o.turin) in _stored(store, o.mission)


def test_find_organisation_by_id_or_exact_name(store: Store, orgs: Orgs) -> None:
    book = service.load_book(store, orgs.mission)
    assert service.find_organisation(book, str(orgs.nagoya)) == orgs.nagoya
    assert service.find_organisation(book, "owari press") == orgs.nagoya
    assert service.find_organisation(book, "尾張プレス工業") == orgs.nagoya
    with pytest.raises(UserError, match="is not an organisation of this mission"):
        service.find_organisation(book, "Owari")
    with pytest.raises(UserError, match="is not an organisation"):
        service.find_organisation(book, str(orgs.foreign))


def test_catalogue_search_folds_case_width_accents_and_kana(store: Store, orgs: Orgs) -> None:
    book = service.load_book(store, orgs.mission)
    owari = book.organisation(orgs.nagoya)
    assert owari is not None
    assert owari.matches("ＯＷＡＲＩ") and owari.matches("プレス") and owari.matches("電動化")
    assert not owari.matches("airframe")
    compositi = book.organisation(orgs.turin2)
    assert compositi is not None and compositi.matches("FIBRA")


def test_suggestions_of_a_mission(store: Store, orgs: Orgs) -> None:
    o = orgs
    book = service.load_book(store, o.mission)
    pairs = [(s.requester, s.requested) for s in book.suggestions()]
    # automotive stamping × Tier-1 stamping; composites × airframe; never the side-less one
    assert {frozenset(p) for p in pairs} >= {
        frozenset((o.turin, o.nagoya)),
        frozenset((o.turin2, o.nagoya2)),
    }
    assert all(o.sideless not in p for p in pairs)
    first = next(s for s in book.suggestions() if s.pair == {o.turin, o.nagoya})
    assert first.reason.text("en") == "Both automotive; profiles share: stamping, EV"
    assert "プレス" in first.reason.text("ja") and "stampaggio" in first.reason.text("it")

    service.set_priority(store, o.mission, o.nagoya, o.turin, 3)  # asked: no longer suggested
    again = service.load_book(store, o.mission).suggestions()
    assert all(s.pair != {o.turin, o.nagoya} for s in again)
    airframe = next(s for s in again if s.pair == {o.turin2, o.nagoya2})
    written = service.accept_suggestion(store, o.mission, airframe)
    assert [(e.requester_id, e.requested_id) for e in written.edits] == [
        (airframe.requester, airframe.requested)
    ]
    assert all(
        s.pair != {o.turin2, o.nagoya2} for s in service.load_book(store, o.mission).suggestions()
    )


def test_accepting_a_suggestion_asks_from_the_shorter_wish_list(store: Store, orgs: Orgs) -> None:
    o = orgs
    service.set_priority(store, o.mission, o.turin, o.nagoya2, 3)
    book = service.load_book(store, o.mission)
    s = next(x for x in book.suggestions() if x.pair == {o.turin, o.nagoya})
    assert (s.requester, s.requested) == (o.nagoya, o.turin)  # the Turin one asked already


def test_an_organisation_at_its_maximum_is_not_suggested(store: Store, orgs: Orgs) -> None:
    o = orgs
    from app.model import Organisation

    with store.session() as s:
        s.get_one(Organisation, o.turin).max_meetings = 1
    service.set_priority(store, o.mission, o.turin, o.nagoya2, 3)
    book = service.load_book(store, o.mission)
    assert book.organisation(o.turin).room == 0  # type: ignore[union-attr]
    assert all(o.turin not in s.pair for s in book.suggestions())


def test_demo_mission_book_and_suggestions(store: Store, load_demo: LoadDemo) -> None:
    load_demo(store)
    with store.session() as s:
        mission_id = s.scalars(select(Mission.id).where(Mission.host_city == "Nagoya")).one()
        count = s.scalar(
            select(func.count())
            .select_from(MeetingRequest)
            .where(MeetingRequest.mission_id == mission_id)
        )
    book = service.load_book(store, mission_id)
    assert len(book.requests) == count
    assert sum(book.mutual(a, b) for a, b in book.requests) >= 2 * 50
    found = book.suggestions(limit=10)
    assert len(found) == 10
    assert all(
        book.organisation(s.requester).side is not book.organisation(s.requested).side  # type: ignore[union-attr]
        for s in found
    )
