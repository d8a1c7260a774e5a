"""The column guess over the headers coordinators really write: Italian, Japanese and English
words for a name, a company, a sector, an arrival, with the script said in brackets or
around them, in any case, width, bracket and spacing (property tests), and the headers of
other columns left alone. Also: language lists however separated, and romaji read by kana."""

from __future__ import annotations

import random

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.importing import values
from app.importing.fields import ImportKind
from app.importing.headers import Script, Subject, read_header
from app.importing.mapping import guess_kind, guess_mapping
from app.importing.problems import CellError
from app.importing.romaji import kana_to_romaji, order_by_reading
from app.model import DocumentLanguage, NameOrder

NAMES = [
    "Nome cognome",
    "Name",
    "Nome e cognome",
    "Full name",
    "Nominativo",
    "氏名",
    "名前",
    "お名前",
    "参加者氏名",
    "Partecipante",
]
FAMILY = ["Cognome", "Surname", "Last name", "Family name", "姓", "苗字"]
COMPANY = [
    "Company",
    "Company name",
    "Azienda",
    "Ragione sociale",
    "Organisation",
    "Organization",
    "Società",
    "会社名",
    "企業名",
    "所属",
    "社名",
    "団体名",
]
KANJI = [
    "kanji",
    "Japanese",
    "giapponese",
    "in giapponese",
    "漢字",
    "日本語",
    "和文",
    "caratteri giapponesi",
]
LATIN = ["romaji", "Latin", "ローマ字", "English", "inglese", "英語", "英文"]
KANA = ["kana", "furigana", "フリガナ", "ふりがな", "カナ", "katakana"]

# (field, subjects, scripts): any subject with any script names the field
CASES = [
    ("full_name_kanji", [*NAMES, "Nome"], KANJI),
    ("full_name", [*NAMES, "Nome"], LATIN),
    ("full_name_kana", NAMES, KANA),
    ("family_name_kanji", FAMILY, KANJI),
    ("family_name", FAMILY, LATIN),
    ("family_name_kana", FAMILY, KANA),
    ("organisation_ja", COMPANY, KANJI),
    ("organisation_latin", COMPANY, LATIN),
    ("organisation_kana", COMPANY, KANA),
]
PLAIN = [  # a subject alone
    ("sectors", ["Settore", "Settori", "Sector", "Industry", "業種", "業界", "分野"]),
    (
        "arrival",
        [
            "Arrivo",
            "Data di arrivo",
            "Arrival",
            "Arrival date",
            "Date of arrival",
            "到着日",
            "到着",
            "来日日",
            "Arrival in Japan",
            "Data di arrivo in Italia",
            "日本到着日",
        ],
    ),
    (
        "departure",
        [
            "Partenza",
            "Data partenza",
            "Departure date",
            "出発日",
            "帰国日",
            "離日日",
            "Partenza dal Giappone",
            "Departure from Italy",
        ],
    ),
    ("organisation", COMPANY),
]
STYLES = [
    "{s} ({q})",
    "{s}（{q}）",
    "{s} [{q}]",
    "{s}【{q}】",
    "{s} - {q}",
    "{q} {s}",
    "{s}_{q}",
    "{s}/{q}",
    "{s}{q}",
    "{q}{s}",
    "{s}: {q}",
    "{s}<{q}>",
]
OTHERS = ["E-mail", "Telefono", "役職", "Lingua", "Note", "No.", "備考"]


def _full_width(text: str) -> str:
    return "".join(
        chr(ord(c) + 0xFEE0) if "!" <= c <= "~" else "\u3000" if c == " " else c for c in text
    )


@st.composite
def spelt(draw: st.DrawFn, header: str) -> str:
    """``header`` as some spreadsheet writes it: case, width and spacing changed."""
    rng = random.Random(draw(st.integers(0, 2**32)))
    text = "".join(c.upper() if rng.random() < 0.5 else c.lower() for c in header)
    if draw(st.booleans()):
        text = _full_width(text)
    pad = draw(st.sampled_from(["", " ", "  ", "\u3000", "\t"]))
    return pad + text.replace(" ", draw(st.sampled_from([" ", "  ", "\u3000", ""]))) + pad


@st.composite
def qualified(draw: st.DrawFn) -> tuple[str, str]:
    key, subjects, scripts = draw(st.sampled_from(CASES))
    header = draw(st.sampled_from(STYLES)).format(
        s=draw(st.sampled_from(subjects)), q=draw(st.sampled_from(scripts))
    )
    return key, draw(spelt(header))


@given(qualified(), st.lists(st.sampled_from(OTHERS), unique=True, max_size=4), st.randoms())
def test_a_name_or_company_in_a_script_finds_its_field(
    case: tuple[str, str], others: list[str], rnd: random.Random
) -> None:
    key, header = case
    headers = [header, *others]
    rnd.shuffle(headers)
    columns = guess_mapping(ImportKind.PARTICIPANTS, headers).columns
    assert columns.get(key) == header, (header, dict(columns))


@given(
    st.sampled_from(PLAIN).flatmap(lambda c: st.tuples(st.just(c[0]), st.sampled_from(c[1]))),
    st.data(),
)
def test_a_sector_arrival_or_company_finds_its_field(
    case: tuple[str, str], data: st.DataObject
) -> None:
    key, subject = case
    header = data.draw(spelt(subject))
    columns = guess_mapping(ImportKind.PARTICIPANTS, [header, "E-mail"]).columns
    assert columns.get(key) == header, (header, dict(columns))


@given(
    st.sampled_from(["氏名", "名前", "Name", "Nome e cognome"]),
    st.sampled_from(LATIN),
    st.sampled_from(STYLES),
    st.booleans(),
)
def test_a_name_beside_its_romaji_is_the_name_in_kanji(
    name: str, latin: str, style: str, romaji_first: bool
) -> None:
    """ "氏名" alone is the full name; beside "氏名（ローマ字）" it is the name in kanji."""
    romaji = style.format(s=name, q=latin)
    headers = [romaji, name] if romaji_first else [name, romaji]
    columns = guess_mapping(ImportKind.PARTICIPANTS, [*headers, "会社名"]).columns
    assert (columns.get("full_name"), columns.get("full_name_kanji")) == (romaji, name)
    assert guess_kind([*headers, "会社名"]) is ImportKind.PARTICIPANTS


@pytest.mark.parametrize(
    ("headers", "expected"),
    [
        (
            ["氏名", "ローマ字", "フリガナ"],
            {"full_name_kanji": "氏名", "full_name": "ローマ字", "full_name_kana": "フリガナ"},
        ),
        (
            ["Cognome", "Nome", "Nome (giapponese)"],
            {
                "family_name": "Cognome",
                "given_name": "Nome",
                "full_name_kanji": "Nome (giapponese)",
            },
        ),
        (
            ["Cognome (kanji)", "Nome (kanji)"],
            {"family_name_kanji": "Cognome (kanji)", "given_name_kanji": "Nome (kanji)"},
        ),
        (["Nome (kanji)"], {"full_name_kanji": "Nome (kanji)"}),
        (
            ["Name (Japanese)", "Name (English)", "Organisation (Japanese)", "Company (English)"],
            {
                "full_name_kanji": "Name (Japanese)",
                "full_name": "Name (English)",
                "organisation_ja": "Organisation (Japanese)",
                "organisation_latin": "Company (English)",
            },
        ),
        (
            ["氏名", "会社名", "Ｅメール", "役職"],  # as before: 氏名 alone is the full name
            {"full_name": "氏名", "organisation": "会社名", "email": "Ｅメール", "title": "役職"},
        ),
        (
            [
                "お名前（漢字）",
                "お名前（ローマ字）",
                "英文社名",
                "和文社名",
                "業種",
                "到着日",
                "帰国日",
            ],
            {
                "full_name_kanji": "お名前（漢字）",
                "full_name": "お名前（ローマ字）",
                "organisation_latin": "英文社名",
                "organisation_ja": "和文社名",
                "sectors": "業種",
                "arrival": "到着日",
                "departure": "帰国日",
            },
        ),
    ],
)
def test_headers_read_together(headers: list[str], expected: dict[str, str]) -> None:
    assert dict(guess_mapping(ImportKind.PARTICIPANTS, headers).columns) == expected


def test_the_organisations_list_reads_the_same_words() -> None:
    columns = guess_mapping(
        ImportKind.ORGANISATIONS, ["Azienda (giapponese)", "Azienda (inglese)", "Settore"]
    ).columns
    assert dict(columns) == {
        "name": "Azienda (inglese)",
        "name_ja": "Azienda (giapponese)",
        "sectors": "Settore",
    }


@pytest.mark.parametrize(
    "header",
    [
        "E-mail",
        "Telefono",
        "Lingua",
        "Note",
        "English",
        "日本語",
        "Japanese level",
        "Nome file",
        "Company size",
        "ITA",
    ],
)
def test_other_headers_name_nothing_here(header: str) -> None:
    assert read_header(header) is None


def test_readings() -> None:
    assert read_header("ＣＯＭＰＡＮＹ［ＥＮＧＬＩＳＨ］") == _r(Subject.COMPANY, Script.LATIN)
    assert read_header("漢字氏名") == _r(Subject.FULL_NAME, Script.KANJI)
    assert read_header("Nome EN") == _r(Subject.NOME, Script.LATIN)
    assert read_header("JP 社名") == _r(Subject.COMPANY, Script.KANJI)


def _r(subject: Subject, script: Script | None) -> object:
    from app.importing.headers import Reading

    return Reading(subject, script)


# --- languages -------------------------------------------------------------------------------

LANGUAGE_WORDS = {
    "it": ["Italiano", "italian", "イタリア語", "IT", "ita"],
    "ja": ["日本語", "Giapponese", "Japanese", "ja", "JP"],
    "en": ["英語", "Inglese", "English", "EN", "eng"],
    "fr": ["フランス語", "Francese", "French"],
    "zh": ["中国語", "cinese", "Chinese"],
}


@given(
    st.lists(st.sampled_from(sorted(LANGUAGE_WORDS)), min_size=1, max_size=4, unique=True),
    st.data(),
)
def test_language_lists_however_separated(codes: list[str], data: st.DataObject) -> None:
    words = [data.draw(st.sampled_from(LANGUAGE_WORDS[c])) for c in codes]
    separator = data.draw(
        st.sampled_from(["、", "，", ",", ", ", ";", "/", " / ", "・", "\n", " ", "　", "；", "｜"])
    )
    text = separator.join(words)
    if len(words) > 1 and data.draw(st.booleans()):
        joiner = data.draw(st.sampled_from([" e ", " and ", " E "]))
        text = separator.join(words[:-1]) + joiner + words[-1]
    assert values.languages(text) == tuple(codes), text


def test_language_lists() -> None:
    assert values.languages("日本語、英語") == ("ja", "en")
    assert values.languages("日本語と英語") == ("ja", "en")
    assert values.languages("italiano e inglese") == ("it", "en")
    assert values.languages("Italiano Inglese") == ("it", "en")
    assert values.document_language("日本語、英語") is DocumentLanguage.JA
    assert values.document_language("フランス語、英語") is DocumentLanguage.EN
    with pytest.raises(CellError, match='"klingon" is not a language'):
        values.languages("日本語、klingon")
    with pytest.raises(CellError):
        values.document_language("フランス語、中国語")


# --- romaji by kana --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("kana", "romaji"),
    [
        ("ヤマモト", "yamamoto"),
        ("さとう", "satou"),
        ("キョウコ", "kyouko"),
        ("ハットリ", "hattori"),
        ("シュンスケ", "shunsuke"),
        ("ジュンイチ", "junichi"),
        ("マッチャ", "matcha"),
        ("サトー", "satoo"),
        ("Abc", ""),
    ],
)
def test_kana_to_romaji(kana: str, romaji: str) -> None:
    assert kana_to_romaji(kana) == romaji


def test_the_kana_reading_says_which_word_is_the_family_name() -> None:
    assert order_by_reading(["Sato", "Kenji"], "サトウ") is NameOrder.FAMILY_FIRST
    assert order_by_reading(["Kenji", "Satō"], "サトウ") is NameOrder.GIVEN_FIRST
    assert order_by_reading(["Kenji", "SATOH"], "さとう") is NameOrder.GIVEN_FIRST
    assert order_by_reading(["Ichiro", "Homma"], "ホンマ") is NameOrder.GIVEN_FIRST
    assert order_by_reading(["Ken", "Ken"], "ケン") is None
    assert order_by_reading(["Mario", "Rossi"], "ヤマダ") is None


@pytest.mark.parametrize(
    "headers",
    [
        ["氏名", "会社名", "業種", "到着日"],
        ["Name", "Company", "Sector", "Website"],
        ["Nome e cognome", "Ragione sociale", "Settore"],
        ["名前", "所属", "分野"],
    ],
)
def test_a_registration_sheet_is_a_list_of_participants(headers: list[str]) -> None:
    """A person's name beside their company and its sector: participants, not companies."""
    assert guess_kind(headers) is ImportKind.PARTICIPANTS


def test_a_list_of_companies_stays_one() -> None:
    assert guess_kind(["Ragione sociale", "Settore", "Sito web"]) is ImportKind.ORGANISATIONS
    assert guess_kind(["会社名", "英文社名", "業種", "ホームページ"]) is ImportKind.ORGANISATIONS
