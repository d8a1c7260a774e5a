"""Normalising names and addresses from the chambers' spreadsheets, and the keys they match by."""

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.importing.normalise import (
    SplitName,
    _match_key_once,
    clean_text,
    email_key,
    match_key,
    person_key,
    split_full_name,
)
from app.model.enums import NameOrder

# Names as the two chambers' files have them: accents, apostrophes, kanji, kana in both
# widths, full-width Latin letters.
KANA = "ァアィイゥウェエォオカガキコゴソタッツトドハバパヤャヨョラワヮヲンヴヵヶーｰﾞﾟ･・ヽゝ"
names = st.one_of(
    st.text(),
    st.text(alphabet=KANA + "ぁあおえこよ々一佐藤 -'", max_size=12),
    st.sampled_from(
        [
            "Niccolò",
            "D'Amico",
            "D’AMICO",
            "Straße",
            "ﾀﾅｶ ﾋﾛｼ",
            "タナカ",
            "エンドー",
            "キャノン",
            "田中　博",
            "ＲＯＳＳＩ",
            "ジョン・スミス",
            "おおの",
        ]
    ),
)


@pytest.mark.parametrize(
    ("raw", "stored"),
    [
        ("ＲＯＳＳＩ　Ｍａｒｉｏ", "ROSSI Mario"),
        ("ＡＢＣ１２３", "ABC123"),
        ("ｶﾀｶﾅ", "カタカナ"),
        ("ｶﾞｯｺｳ", "ガッコウ"),  # half-width sound mark joins its kana
        ("  Mario \t\n Rossi  ", "Mario Rossi"),
        ("Mario\x00Rossi\x07", "MarioRossi"),
        ("\ufeffMario\u200b Rossi", "Mario Rossi"),  # BOM and zero-width space from copy-paste
        ("Mario\u00a0Rossi", "Mario Rossi"),  # non-breaking space
        ("Nicco\u0300lo\u0300", "Niccòlò"),  # decomposed accents composed (NFC)
        ("田中\u3000博", "田中 博"),
        ("Ｓ．ｐ．Ａ．", "S.p.A."),
    ],
)
def test_clean_text_folds_widths_controls_and_spaces(raw: str, stored: str) -> None:
    """Stored text: widths folded, controls gone, whitespace collapsed, NFC."""
    assert clean_text(raw) == stored


@pytest.mark.parametrize("kept", ["①", "㈱デンソー", "ﬁ", "Ⅲ", "㋿"])
def test_clean_text_keeps_compatibility_characters_outside_the_width_forms(kept: str) -> None:
    """NFKC is not applied to what is stored: "①" stays "①" (match keys fold it)."""
    assert clean_text(kept) == kept


@given(names)
def test_clean_text_is_idempotent(s: str) -> None:
    """Cleaning cleaned text changes nothing."""
    assert clean_text(clean_text(s)) == clean_text(s)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Niccolò", "NICCOLO"),
        ("Nicolò", "Nicolo"),
        ("Straße", "STRASSE"),
        ("D'Amico", "DAMICO"),
        ("D'Amico", "D’Amico"),
        ("D'Amico", "D Amico"),
        ("De Luca", "DELUCA"),
        ("Anna-Maria", "Anna Maria"),
        ("ＲＯＳＳＩ", "Rossi"),
        ("Łukasz", "Lukasz"),
        ("タナカ", "たなか"),
        ("ﾀﾅｶ", "タナカ"),
        ("ガッコウ", "ｶﾞｯｺｳ"),
        ("エンドー", "えんどう"),  # long-vowel mark and う
        ("サトー", "さとう"),
        ("オーノ", "おおの"),
        ("セーコー", "せいこう"),
        ("キャノン", "キヤノン"),  # small kana
        ("ジョン・スミス", "ジョンスミス"),
        ("ジョン･スミス", "ジョン スミス"),
        ("Jean·Luc", "Jean Luc"),
        ("髙橋", "高橋"),
        ("齋藤", "斎藤"),
        ("田中　博", "田中博"),
        ("①", "1"),
    ],
)
def test_match_key_equal_for_the_same_name(a: str, b: str) -> None:
    """Written differently, the same name: one key."""
    assert match_key(a) == match_key(b)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Sato", "Saito"),
        ("Rossi", "Rossini"),
        ("Mario", "Maria"),
        ("佐藤", "斎藤"),
        ("斎藤", "斉藤"),  # two different kanji, both read さいとう: the kana says so, not this
        ("さとう", "さどう"),  # the sound mark is not an accent
        ("はら", "ぱら"),
        ("おの", "おおの"),  # 小野 is not 大野
        ("かとう", "かと"),
        ("ゆき", "ゆうき"),
    ],
)
def test_match_key_differs_for_different_names(a: str, b: str) -> None:
    """Names that only look alike stay apart."""
    assert match_key(a) != match_key(b)


def test_match_key_examples() -> None:
    """The key is lower case, without accents, spaces or punctuation, kana in hiragana."""
    assert match_key("  Niccolò D'Amico ") == "niccolodamico"
    assert match_key("ｴﾝﾄﾞｳ ﾋﾛｼ") == "えんどうひろし"
    assert match_key("") == ""
    assert match_key(" ・ - ") == ""


@given(names)
def test_match_key_is_idempotent(s: str) -> None:
    """A key is its own key."""
    assert match_key(match_key(s)) == match_key(s)


@given(st.text(alphabet=st.characters(max_codepoint=127)))
def test_match_key_ascii_shortcut_agrees_with_the_full_folding(s: str) -> None:
    """The fast path for ASCII names gives what the full folding gives."""
    assert match_key(s) == _match_key_once(s)


@given(names, names)
def test_person_key_is_the_same_either_way_round(family: str, given_name: str) -> None:
    """(family, given) and (given, family) give one key."""
    assert person_key(family, given_name) == person_key(given_name, family)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        (("Tanaka", "Hiroshi"), ("Hiroshi", "Tanaka")),
        (("TANAKA", "Hiroshi"), ("tanaka", "HIROSHI")),
        (("田中", "博"), ("田中博", "")),
        (("田中", "博"), ("田中　博", "")),
        (("田中", "博"), ("", "田中 博")),
        (("Rossi", "Mario"), ("Mario Rossi", "")),
        (("Rossi", "Mario"), ("ROSSI Mario", "")),
        (("De Luca", "Anna Maria"), ("Anna Maria De Luca", "")),
        (("タナカ", "ヒロシ"), ("たなか", "ひろし")),
    ],
)
def test_person_keys_meet_for_the_same_person(a: tuple[str, str], b: tuple[str, str]) -> None:
    """Order, case, spaces and a whole name in one column do not hide a person."""
    assert person_key(*a) & person_key(*b)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        (("Sato", "Hiroshi"), ("Saito", "Hiroshi")),
        (("佐藤", "博"), ("斎藤", "博")),
        (("Rossi", "Mario"), ("Rossi", "Maria")),
        (("田中", "博"), ("田中", "博之")),
    ],
)
def test_person_keys_do_not_meet_for_different_people(
    a: tuple[str, str], b: tuple[str, str]
) -> None:
    """Different people have no key in common."""
    assert not person_key(*a) & person_key(*b)


def test_person_key_of_no_name_is_empty() -> None:
    """A blank name meets nothing, not every other blank name."""
    assert person_key("", " ") == frozenset()


@pytest.mark.parametrize(
    ("raw", "key"),
    [
        ("Mario.Rossi@Example.IT", "mario.rossi@example.it"),
        ("  mario.rossi@example.it\t", "mario.rossi@example.it"),
        ("ｔａｎａｋａ＠ｄｅｎｓｏ．ｃｏ．ｊｐ", "tanaka@denso.co.jp"),
        ("tanaka＠denso.co.jp", "tanaka@denso.co.jp"),
        ("mailto:Anna@example.com", "anna@example.com"),
        ("<anna@example.com>", "anna@example.com"),
        ("d'amico+mice@example.it", "d'amico+mice@example.it"),
    ],
)
def test_email_key_normalises_plausible_addresses(raw: str, key: str) -> None:
    """Full-width forms, case and spaces do not make another address."""
    assert email_key(raw) == key


@pytest.mark.parametrize(
    "raw", [None, "", "  ", "n/a", "mario", "mario@", "@example.it", "a@b", "a b@c.it", "a@@b.it"]
)
def test_email_key_is_none_for_what_is_not_an_address(raw: str | None) -> None:
    """Blanks and placeholders are no address."""
    assert email_key(raw) is None


@pytest.mark.parametrize(
    ("text", "hint", "expected"),
    [
        ("ROSSI Mario", None, SplitName("ROSSI", "Mario", guessed=False)),
        ("Mario ROSSI", None, SplitName("ROSSI", "Mario", guessed=False)),
        ("Maria DE LUCA", None, SplitName("DE LUCA", "Maria", guessed=False)),
        ("TANAKA Hiroshi", NameOrder.GIVEN_FIRST, SplitName("TANAKA", "Hiroshi", guessed=False)),
        ("Rossi, Mario", None, SplitName("Rossi", "Mario", guessed=False)),
        ("D'Amico,Giulia", None, SplitName("D'Amico", "Giulia", guessed=False)),
        ("田中 博", None, SplitName("田中", "博", guessed=False)),
        ("田中　博", NameOrder.GIVEN_FIRST, SplitName("田中", "博", guessed=False)),
        ("ﾀﾅｶ ﾋﾛｼ", None, SplitName("タナカ", "ヒロシ", guessed=False)),
        ("田中博", None, SplitName("田中博", "", guessed=True)),
        ("Mario Rossi", NameOrder.GIVEN_FIRST, SplitName("Rossi", "Mario", guessed=False)),
        ("Mario Rossi", None, SplitName("Rossi", "Mario", guessed=True)),
        ("Tanaka Hiroshi", NameOrder.FAMILY_FIRST, SplitName("Tanaka", "Hiroshi", guessed=False)),
        ("Mario De Luca", NameOrder.GIVEN_FIRST, SplitName("De Luca", "Mario", guessed=False)),
        ("De Luca Mario", NameOrder.FAMILY_FIRST, SplitName("De Luca", "Mario", guessed=False)),
        ("Anna Maria Rossi", NameOrder.GIVEN_FIRST, SplitName("Rossi", "Anna Maria", guessed=True)),
        ("Rossi", None, SplitName("Rossi", "", guessed=True)),
        ("  ", None, SplitName("", "", guessed=False)),
    ],
)
def test_split_full_name(text: str, hint: NameOrder | None, expected: SplitName) -> None:
    """Comma, Japanese script and CAPITALS decide; else the file's order, and it is a guess."""
    assert split_full_name(text, hint) == expected
