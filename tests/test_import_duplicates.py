"""Finding people registered twice, across the Italian and the Japanese files."""

import random
import time

import pytest

from app.importing.duplicates import (
    DuplicateLink,
    DuplicateReason,
    PersonRecord,
    organisation_key,
    suspected_duplicates,
)


@pytest.mark.parametrize(
    "names",
    [
        ["Rossi S.p.A.", "ROSSI SPA", "Rossi Spa", "Rossi S. p. A.", "Rossi", "ROSSI SpA"],
        ["Bianchi S.r.l.", "Bianchi Srl", "BIANCHI SRL", "Bianchi s.r.l.s."],
        ["Lavazza Società per Azioni", "Lavazza S.p.A."],
        ["Bianchi Società a responsabilità limitata", "Bianchi srl"],
        ["Denso Co., Ltd.", "DENSO Corporation", "Denso K.K.", "Denso Kabushiki Kaisha", "Denso"],
        [
            "株式会社デンソー",
            "デンソー株式会社",
            "(株)デンソー",
            "㈱デンソー",
            "（株）デンソー",
            "デンソー",
        ],
        ["有限会社山田製作所", "山田製作所", "(有)山田製作所", "㈲山田製作所"],
        ["合同会社ミライ", "ミライ合同会社", "ミライ"],
        ["ｶﾌﾞｼｷｶﾞｲｼｬ", "カブシキガイシャ"],
        ["D'Amico & Figli S.n.c.", "DAmico & Figli snc"],
    ],
)
def test_organisation_key_ignores_legal_forms_and_punctuation(names: list[str]) -> None:
    """One organisation, however its legal form and punctuation are written: one key."""
    assert len({organisation_key(n) for n in names}) == 1


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Rossi S.p.A.", "Rossini S.p.A."),
        ("デンソー", "トヨタ"),
        ("株式会社デンソー", "株式会社デンソーテン"),
        ("Spa Bianchi", "Bianchi"),  # "Spa" first is part of the name (a spa), not a legal form
    ],
)
def test_organisation_key_keeps_different_organisations_apart(a: str, b: str) -> None:
    """Different organisations keep different keys."""
    assert organisation_key(a) != organisation_key(b)


def test_organisation_key_of_a_bare_legal_form_or_nothing() -> None:
    """A name that is only a legal form keeps it; no name is ""."""
    assert organisation_key("S.p.A.") == "spa"
    assert organisation_key(None) == organisation_key("") == ""


def _groups(records: list[PersonRecord]) -> list[tuple[list[int | str], list[DuplicateReason]]]:
    return [([r.key for r in g.records], list(g.reasons)) for g in suspected_duplicates(records)]


def test_same_email_whatever_the_names_and_organisations() -> None:
    """One address, written in full-width or capitals, is one person."""
    records = [
        PersonRecord(1, "Tanaka", "Hiroshi", email="tanaka@denso.co.jp", organisation="Denso"),
        PersonRecord(2, "田中", "博", email="ＴＡＮＡＫＡ＠ＤＥＮＳＯ．ＣＯ．ＪＰ"),
        PersonRecord(3, "Rossi", "Mario", email="mario@rossi.it"),
    ]
    assert _groups(records) == [([1, 2], [DuplicateReason.SAME_EMAIL])]


def test_same_name_and_organisation() -> None:
    """Same name in one organisation, however its legal form is written."""
    records = [
        PersonRecord("r2", "Rossi", "Mario", organisation="Rossi S.p.A."),
        PersonRecord("r3", "Bianchi", "Mario", organisation="Rossi S.p.A."),
        PersonRecord("r9", "ROSSI", "Mario", organisation="ROSSI SPA"),
        PersonRecord("r10", "Niccolò", "D'Amico", organisation="Ferrero"),
        PersonRecord("r11", "Niccolo", "DAMICO", organisation="FERRERO S.P.A."),
    ]
    assert _groups(records) == [
        (["r2", "r9"], [DuplicateReason.SAME_NAME]),
        (["r10", "r11"], [DuplicateReason.SAME_NAME]),
    ]


def test_same_name_in_different_organisations_is_two_people() -> None:
    """Two Hiroshi Tanaka of two companies are not suspected."""
    records = [
        PersonRecord(1, "Tanaka", "Hiroshi", organisation="Denso"),
        PersonRecord(2, "Tanaka", "Hiroshi", organisation="Toyota"),
    ]
    assert _groups(records) == []


def test_a_record_without_organisation_matches_the_same_name_in_any() -> None:
    """A registration that forgot the organisation is suspected against each namesake."""
    records = [
        PersonRecord(1, "Tanaka", "Hiroshi", organisation="Denso"),
        PersonRecord(2, "Tanaka", "Hiroshi"),
        PersonRecord(3, "Tanaka", "Hiroshi", organisation="Toyota"),
    ]
    [group] = suspected_duplicates(records)
    assert [r.key for r in group.records] == [1, 2, 3]
    assert {(link.a, link.b) for link in group.links} == {(1, 2), (2, 3)}


def test_family_and_given_swapped() -> None:
    """'Hiroshi Tanaka' entered family first is the same person, said so."""
    records = [
        PersonRecord(1, "Tanaka", "Hiroshi", organisation="Denso Corporation"),
        PersonRecord(2, "Hiroshi", "Tanaka", organisation="DENSO K.K."),
    ]
    assert _groups(records) == [([1, 2], [DuplicateReason.SWAPPED])]


def test_kanji_name_whole_in_one_column_matches_it_split() -> None:
    """田中博 in the family column and 田中 / 博 split are one name."""
    records = [
        PersonRecord(1, "Tanaka", "Hiroshi", "田中", "博", organisation="Denso"),
        PersonRecord(2, "TANAKA HIROSHI", "", "田中博", None, organisation="Denso"),
        PersonRecord(3, "田中　博", "", organisation="DENSO Co., Ltd."),
    ]
    assert _groups(records) == [([1, 2, 3], [DuplicateReason.SAME_NAME])]


def test_same_kana_reading() -> None:
    """斉藤 and 斎藤 are different kanji, but the same reading in one company is suspicious."""
    records = [
        PersonRecord(1, "Saito", "Yuki", "斉藤", "由紀", "サイトウ", "ユキ", organisation="Denso"),
        PersonRecord(2, "Saitou", "Yuki", "斎藤", "由紀", "ｻｲﾄｳ", "ﾕｷ", organisation="Denso"),
    ]
    assert _groups(records) == [([1, 2], [DuplicateReason.SAME_KANA])]


@pytest.mark.parametrize(
    ("a", "b"),
    [
        (PersonRecord(1, "Sato", "Hiroshi"), PersonRecord(2, "Saito", "Hiroshi")),
        (PersonRecord(1, "X", "", "佐藤", "博"), PersonRecord(2, "Y", "", "斎藤", "博")),
        (
            PersonRecord(1, "A", "", family_kana="さとう", given_kana="ひろし"),
            PersonRecord(2, "B", "", family_kana="さいとう", given_kana="ひろし"),
        ),
        (PersonRecord(1, "Rossi", "Mario"), PersonRecord(2, "Rossi", "Maria")),
        (PersonRecord(1, "Rossi", "", email="n/a"), PersonRecord(2, "Bianchi", "", email="n/a")),
        (PersonRecord(1, "", ""), PersonRecord(2, "", "")),
    ],
)
def test_not_duplicates(a: PersonRecord, b: PersonRecord) -> None:
    """Look-alike names, placeholder addresses and blank names raise no suspicion."""
    assert suspected_duplicates([a, b]) == []


def test_groups_join_through_any_reason() -> None:
    """A matches B by address and B matches C by name: one group, both reasons, each link."""
    records = [
        PersonRecord(1, "Rossi", "Mario", email="m.rossi@rossi.it", organisation="Rossi SpA"),
        PersonRecord(2, "Verdi", "Anna"),
        PersonRecord(3, "Rossi", "M.", email="M.Rossi@rossi.it"),
        PersonRecord(4, "Rossi", "M", organisation="Rossi Srl"),
    ]
    [group] = suspected_duplicates(records)
    assert [r.key for r in group.records] == [1, 3, 4]
    assert group.reasons == (DuplicateReason.SAME_EMAIL, DuplicateReason.SAME_NAME)
    assert group.links == (
        DuplicateLink(1, 3, DuplicateReason.SAME_EMAIL),
        DuplicateLink(3, 4, DuplicateReason.SAME_NAME),
    )


def _population(n: int, duplicates: int, seed: int) -> tuple[list[PersonRecord], set[frozenset]]:
    """n distinct people (some namesakes in other organisations), then `duplicates` of them
    registered again in a form that should be caught."""
    rng = random.Random(seed)
    families = ["Rossi", "Bianchi", "Ferrari", "Esposito", "Tanaka", "Suzuki", "Sato", "Ito"]
    givens = ["Mario", "Giulia", "Luca", "Hiroshi", "Yuki", "Kenji", "Anna", "Emi"]
    people = [
        PersonRecord(
            i,
            f"{rng.choice(families)}{i // 3}",  # each name in three organisations
            rng.choice(givens),
            email=f"p{i}@example{i % 40}.com",
            organisation=f"Azienda {i} S.r.l.",
        )
        for i in range(n - duplicates)
    ]
    planted = set()
    for j, source in enumerate(rng.sample(people, duplicates)):
        again = [
            PersonRecord(n + j, source.given, source.family, organisation=source.organisation),
            PersonRecord(n + j, source.family.upper(), "", email=(source.email or "").upper()),
            PersonRecord(
                n + j,
                f"{source.family} {source.given}",
                "",
                organisation=(source.organisation or "").replace("S.r.l.", "SRL"),
            ),
        ][j % 3]
        people.append(again)
        planted.add(frozenset({source.key, again.key}))
    rng.shuffle(people)
    return people, planted


def test_ten_thousand_records_in_well_under_a_few_seconds() -> None:
    """10,000 records with 2 % planted duplicates: every one found, nothing else, quickly."""
    records, planted = _population(10_000, 200, seed=6)
    start = time.process_time()  # CPU time: the shared CI cores' other jobs do not count
    groups = suspected_duplicates(records)
    elapsed = time.process_time() - start
    assert {frozenset(r.key for r in g.records) for g in groups} == planted
    assert elapsed < 5.0  # 0.3 s measured; the room is for slower machines
