"""Headers read as a coordinator reads them: a *subject* (a name, a family name, a company, a
sector, an arrival) and, maybe, a *script* it is written in ("(kanji)", "(Japanese)",
"ローマ字", "inglese", "フリガナ"), in Italian, Japanese or English, in any order, case, width
and bracket: "Name (Japanese)", "Nome (giapponese)", "漢字氏名", "氏名（漢字）", "Company
(English)", "英文社名", "ＣＯＭＰＡＮＹ［ＥＮＧＬＩＳＨ］".

The synonyms of :mod:`app.importing.fields` are tried first (they are the exact headers of
the chambers' forms); this reading finds the rest. A header is compared through
:func:`~app.importing.fields.header_key`, so brackets, spaces and punctuation never matter.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from enum import StrEnum

from app.importing.fields import ImportKind, header_key


class Subject(StrEnum):
    FULL_NAME = "full_name"
    FAMILY = "family"
    GIVEN = "given"
    NOME = "nome"  # Italian "Nome": the given name beside a "Cognome", else the whole name
    COMPANY = "company"
    SECTOR = "sector"
    ARRIVAL = "arrival"
    DEPARTURE = "departure"


class Script(StrEnum):
    LATIN = "latin"  # romaji, or the English/Italian name
    KANJI = "kanji"  # the name in Japanese
    KANA = "kana"  # its reading


def _keys(*words: str) -> frozenset[str]:
    return frozenset(header_key(w) for w in words)


SUBJECTS: dict[Subject, frozenset[str]] = {
    Subject.FULL_NAME: _keys(
        "Name", "Full name", "Nome e cognome", "Cognome e nome", "Nominativo", "Nome completo",
        "Nome cognome", "Cognome nome", "Nome e cognome partecipante",
        "Participant", "Participant name", "Partecipante", "Nome partecipante", "Person",
        "Attendee", "Delegate name", "氏名", "名前", "お名前", "参加者", "参加者名",
        "参加者氏名", "出席者", "出席者名", "フルネーム",
    ),
    Subject.FAMILY: _keys(
        "Cognome", "Surname", "Last name", "Family name", "姓", "苗字", "名字",
    ),
    Subject.GIVEN: _keys("First name", "Given name", "Forename", "名", "下の名前"),
    Subject.NOME: _keys("Nome"),
    Subject.COMPANY: _keys(
        "Azienda", "Nome azienda", "Ragione sociale", "Denominazione", "Società", "Impresa",
        "Ente", "Organizzazione", "Company", "Company name", "Organisation", "Organization",
        "Organisation name", "Organization name", "Firm", "Employer", "会社名", "会社",
        "企業名", "企業", "社名", "所属", "所属先", "所属企業", "団体名", "団体", "勤務先",
        "法人名",
    ),
    Subject.SECTOR: _keys(
        "Settore", "Settori", "Settore merceologico", "Settore di attività", "Sector",
        "Sectors", "Industry", "Business sector", "Field", "業種", "業界", "分野", "事業分野",
    ),
    Subject.ARRIVAL: _keys(
        "Arrivo", "Data arrivo", "Data di arrivo", "Arrivo il", "Arrival", "Arrival date",
        "Date of arrival", "Arriving", "Arrival in Japan", "Arrival in Italy",
        "Arrivo in Giappone", "Arrivo in Italia", "Data di arrivo in Italia",
        "Data di arrivo in Giappone", "到着", "到着日", "到着日時", "現地到着日", "来日日",
        "来伊日", "入国日", "到着予定日", "日本到着日", "イタリア到着日",
    ),
    Subject.DEPARTURE: _keys(
        "Partenza", "Data partenza", "Data di partenza", "Departure", "Departure date",
        "Date of departure", "Leaving", "Departure from Japan", "Departure from Italy",
        "Partenza dal Giappone", "Partenza dall'Italia", "出発", "出発日", "出発日時", "帰国日",
        "離日日", "離伊日", "出国日", "出発予定日", "現地出発日",
    ),
}  # fmt: skip
_SUBJECT_OF = {key: subject for subject, keys in SUBJECTS.items() for key in keys}

# Words that say a column's script, anywhere in the header ("漢字氏名", "Name (Japanese)").
SCRIPTS: dict[Script, frozenset[str]] = {
    Script.KANJI: _keys(
        "kanji", "in kanji", "japanese", "in japanese", "giapponese", "in giapponese",
        "in caratteri giapponesi", "caratteri giapponesi", "ideogrammi", "giapp", "日本語",
        "日本語表記", "漢字", "漢字表記", "和文", "和名",
    ),
    Script.LATIN: _keys(
        "romaji", "rōmaji", "in romaji", "latin", "latino", "latina", "alfabeto latino",
        "lettere latine", "latin letters", "latin script", "english", "in english", "inglese",
        "in inglese", "italiano", "italian", "in italiano", "ローマ字", "ローマ字表記", "英語",
        "英語表記", "英文", "英字", "英名", "アルファベット",
    ),
    Script.KANA: _keys(
        "kana", "in kana", "furigana", "katakana", "hiragana", "フリガナ", "ふりがな",
        "カナ", "かな", "カタカナ", "ひらがな", "よみがな", "ヨミガナ", "読み", "よみ",
        "読み仮名",
    ),
}  # fmt: skip
# Short marks taken only at either end of a header ("Nome EN", "JP 氏名").
_END_MARKS = {
    Script.KANJI: _keys("ja", "jp", "jpn", "jap"),
    Script.LATIN: _keys("en", "eng", "ita", "it"),
}
_BY_LENGTH = sorted(
    ((word, script) for script, words in SCRIPTS.items() for word in words),
    key=lambda pair: -len(pair[0]),
)


# A script word alone names the whole name in that script: "ローマ字" beside "氏名".
_NAME_ALONE = {
    **{k: Script.LATIN for k in _keys("romaji", "rōmaji", "ローマ字", "ローマ字表記")},
    **{k: Script.KANJI for k in _keys("kanji", "漢字", "漢字表記")},
    **{k: Script.KANA for k in _keys("kana", "furigana", "フリガナ", "ふりがな", "カナ",
                                     "よみがな", "ヨミガナ")},
}  # fmt: skip


@dataclass(frozen=True)
class Reading:
    """What a header names: its subject, and the script it says (None: it says none)."""

    subject: Subject
    script: Script | None = None


def read_header(header: str) -> Reading | None:
    """The subject and script ``header`` names; None when it names none this module knows."""
    key = header_key(header)
    if not key:
        return None
    if key in _SUBJECT_OF:
        return Reading(_SUBJECT_OF[key])
    if key in _NAME_ALONE:
        return Reading(Subject.FULL_NAME, _NAME_ALONE[key])
    for word, script in _BY_LENGTH:
        at = key.find(word)
        if at < 0:
            continue
        rest = key[:at] + key[at + len(word) :]
        if rest in _SUBJECT_OF:
            return Reading(_SUBJECT_OF[rest], script)
    for script, marks in _END_MARKS.items():
        for mark in marks:
            for rest in (key.removesuffix(mark), key.removeprefix(mark)):
                if rest != key and rest in _SUBJECT_OF:
                    return Reading(_SUBJECT_OF[rest], script)
    return None


# (subject, script) → field key, for each kind of list that reads these subjects.
_PERSON_FIELDS: dict[tuple[Subject, Script | None], str] = {
    (Subject.FULL_NAME, None): "full_name",
    (Subject.FULL_NAME, Script.LATIN): "full_name",
    (Subject.FULL_NAME, Script.KANJI): "full_name_kanji",
    (Subject.FULL_NAME, Script.KANA): "full_name_kana",
    (Subject.FAMILY, None): "family_name",
    (Subject.FAMILY, Script.LATIN): "family_name",
    (Subject.FAMILY, Script.KANJI): "family_name_kanji",
    (Subject.FAMILY, Script.KANA): "family_name_kana",
    (Subject.GIVEN, None): "given_name",
    (Subject.GIVEN, Script.LATIN): "given_name",
    (Subject.GIVEN, Script.KANJI): "given_name_kanji",
    (Subject.GIVEN, Script.KANA): "given_name_kana",
    (Subject.COMPANY, None): "organisation",
    (Subject.COMPANY, Script.LATIN): "organisation_latin",
    (Subject.COMPANY, Script.KANJI): "organisation_ja",
    (Subject.COMPANY, Script.KANA): "organisation_kana",
    (Subject.SECTOR, None): "sectors",
    (Subject.ARRIVAL, None): "arrival",
    (Subject.DEPARTURE, None): "departure",
}
_ORGANISATION_FIELDS: dict[tuple[Subject, Script | None], str] = {
    (Subject.COMPANY, None): "name",
    (Subject.COMPANY, Script.LATIN): "name",
    (Subject.COMPANY, Script.KANJI): "name_ja",
    (Subject.COMPANY, Script.KANA): "name_kana",
    (Subject.SECTOR, None): "sectors",
}
_WHO_FIELDS: dict[tuple[Subject, Script | None], str] = {
    (s, c): f
    for (s, c), f in _PERSON_FIELDS.items()
    if f in ("full_name", "family_name", "given_name", "organisation")
}
FIELDS_BY_READING: dict[ImportKind, dict[tuple[Subject, Script | None], str]] = {
    ImportKind.PARTICIPANTS: _PERSON_FIELDS,
    ImportKind.ORGANISATIONS: _ORGANISATION_FIELDS,
    ImportKind.AVAILABILITY: _WHO_FIELDS,
    ImportKind.INTERPRETERS: {k: f for k, f in _WHO_FIELDS.items() if f != "given_name"},
}


def fields_by_reading(kind: ImportKind, headers: Sequence[str]) -> list[tuple[str, str, bool]]:
    """(header, field key, whether the other headers decided it) for each header that
    :func:`read_header` reads, in the order of ``headers``, with the readings that depend on
    the other headers settled:

    - a "Nome" is the given name beside a family name in the same script, else the whole
      name ("Nome (giapponese)" alone is the name in kanji);
    - a name that says no script, beside one that says Latin ("氏名" and "氏名（ローマ字）",
      "Name" and "Name (romaji)"), is the name in Japanese.
    """
    wanted = FIELDS_BY_READING.get(kind)
    if not wanted:
        return []
    readings = {h: read_header(h) for h in headers}
    said = {(r.subject, r.script) for r in readings.values() if r is not None}
    found = []
    for header in headers:
        reading = readings[header]
        if reading is None:
            continue
        subject, script = reading.subject, reading.script
        contextual = False
        if subject is Subject.NOME:
            contextual = True
            family = {(Subject.FAMILY, script)}
            if script in (None, Script.LATIN):
                family |= {(Subject.FAMILY, None), (Subject.FAMILY, Script.LATIN)}
            subject = Subject.GIVEN if family & said else Subject.FULL_NAME
        if (
            script is None
            and subject in (Subject.FULL_NAME, Subject.FAMILY, Subject.GIVEN)
            and (subject, Script.LATIN) in said
            and (subject, Script.KANJI) not in said
        ):
            script, contextual = Script.KANJI, True
        key = wanted.get((subject, script)) or wanted.get((subject, None))
        if key is not None:
            found.append((header, key, contextual))
    return found
