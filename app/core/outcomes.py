"""What a held meeting produced, as words: each outcome in Italian, Japanese and English (the
window, the survey's drop-down and its reading back say the same words), the survey's column
headers, a meeting's reference on a survey row, an organisation's language, and a note as
stored. Pure: no session; the services, the survey writer and the import use it."""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from collections.abc import Iterable

from app.common.wording import Wording
from app.model.enums import DocumentLanguage, MeetingSide, Outcome, Side

NOTE_LIMIT = 1000  # characters of a side's note about a meeting
DESCRIPTION_LIMIT = 1000  # characters of a follow-up's description
OWNER_LIMIT = 200  # the follow-up's owner (the column's width)

OUTCOME_WORDS: dict[Outcome, Wording] = {
    Outcome.NO_INTEREST: Wording(
        "outcome.no_interest", en="No interest", it="Nessun interesse", ja="関心なし"
    ),
    Outcome.INTERESTING: Wording(
        "outcome.interesting",
        en="Interesting, no plan yet",
        it="Interessante, nessun piano per ora",
        ja="関心あり（具体的な予定なし）",
    ),
    Outcome.COOPERATION_POSSIBLE: Wording(
        "outcome.cooperation_possible",
        en="Cooperation possible",
        it="Collaborazione possibile",
        ja="協力の可能性あり",
    ),
    Outcome.SUPPLY: Wording(
        "outcome.supply",
        en="Follow-up: supply",
        it="Seguito concreto: fornitura",
        ja="具体的な進展：供給・取引",
    ),
    Outcome.PARTNERSHIP: Wording(
        "outcome.partnership",
        en="Follow-up: partnership",
        it="Seguito concreto: partenariato",
        ja="具体的な進展：業務提携",
    ),
    Outcome.INVESTMENT_TURIN: Wording(
        "outcome.investment_turin",
        en="Follow-up: investment in Turin",
        it="Seguito concreto: investimento a Torino",
        ja="具体的な進展：トリノへの投資",
    ),
    Outcome.DISTRIBUTION_JAPAN: Wording(
        "outcome.distribution_japan",
        en="Follow-up: distribution in Japan",
        it="Seguito concreto: distribuzione in Giappone",
        ja="具体的な進展：日本での販売",
    ),
}

OUTCOME_KEYS: dict[Outcome, str] = {o: str(i) for i, o in enumerate(Outcome)}  # 0–6


def outcome_word(outcome: Outcome, lang: DocumentLanguage | str) -> str:
    return OUTCOME_WORDS[outcome].template(str(lang))


def fold(text: str) -> str:
    """``text`` reduced for comparing words typed or chosen: NFKC, case-folded, letters and
    digits only ("Follow-up: supply" and "follow up supply" are one)."""
    folded = unicodedata.normalize("NFKC", text).casefold()
    return "".join(ch for ch in folded if unicodedata.category(ch)[0] in "LN")


def _outcomes_by_word() -> dict[str, Outcome]:
    found: dict[str, Outcome] = {}
    for outcome, wording in OUTCOME_WORDS.items():
        for said in (wording.en, wording.it, wording.ja, outcome.value):
            found[fold(said)] = outcome
    return found


_BY_WORD = _outcomes_by_word()


def outcome_from_text(text: str) -> Outcome | None:
    """The outcome a cell names, in any of the three languages, by its value
    ("partnership") or its key ("4"); None when it names none."""
    key = fold(text)
    if key in _BY_WORD:
        return _BY_WORD[key]
    for outcome, number in OUTCOME_KEYS.items():
        if key == number:
            return outcome
    return None


# --- the survey's columns --------------------------------------------------------------------

SURVEY_COLUMNS: dict[str, Wording] = {
    "reference": Wording("survey.reference", en="Meeting ref.", it="Rif. incontro", ja="商談番号"),
    "organisation": Wording(
        "survey.organisation", en="Your organisation", it="La vostra organizzazione", ja="貴社名"
    ),
    "counterpart": Wording("survey.counterpart", en="Met with", it="Incontro con", ja="商談相手"),
    "time": Wording("survey.time", en="When", it="Quando", ja="日時"),
    "table": Wording("survey.table", en="Table", it="Tavolo", ja="テーブル"),
    "outcome": Wording("survey.outcome", en="Outcome", it="Esito", ja="商談結果"),
    "note": Wording("survey.note", en="Note", it="Nota", ja="メモ"),
    "follow_up": Wording(
        "survey.follow_up", en="Follow-up: what", it="Seguito: cosa", ja="今後の対応：内容"
    ),
    "due_date": Wording(
        "survey.due_date",
        en="Follow-up: by (date)",
        it="Seguito: entro (data)",
        ja="今後の対応：期限",
    ),
    "owner": Wording(
        "survey.owner", en="Follow-up: who", it="Seguito: chi", ja="今後の対応：担当者"
    ),
}

SURVEY_HINT = Wording(
    "survey.hint",
    en="Choose the outcome of each meeting from the list; add a note and, if you agreed on a "
    "next step, what, by when and who. Leave the row blank for a meeting you did not attend.",
    it="Scegliete dall'elenco l'esito di ciascun incontro; aggiungete una nota e, se avete "
    "concordato un passo successivo, cosa, entro quando e chi. Lasciate vuota la riga di un "
    "incontro a cui non avete partecipato.",
    ja="各商談の結果をリストから選んでください。メモと、次の対応を決めた場合はその内容・期限・"
    "担当者をご記入ください。参加しなかった商談の行は空欄のままにしてください。",
)
SURVEY_SHEET = Wording("survey.sheet", en="Survey", it="Questionario", ja="アンケート")
CHOICES_SHEET = Wording("survey.choices", en="Choices", it="Scelte", ja="選択肢")
INSTRUCTIONS_SHEET = Wording(
    "survey.instructions", en="Instructions", it="Istruzioni", ja="記入方法"
)


def survey_header(key: str, lang: DocumentLanguage | str) -> str:
    return SURVEY_COLUMNS[key].template(str(lang))


def survey_synonyms(key: str) -> tuple[str, ...]:
    """A column's header in the three languages: a filled survey is read back in any."""
    w = SURVEY_COLUMNS[key]
    return (w.en, w.it, w.ja)


# --- references, languages, notes ------------------------------------------------------------

_REFERENCE = re.compile(r"^\s*[Mm]\s*-?\s*(\d{1,12})\s*$")


def meeting_reference(meeting_id: int) -> str:
    """The reference a survey row gives its meeting: stable while the meeting exists."""
    return f"M-{meeting_id}"


def meeting_of_reference(text: str) -> int | None:
    """The meeting id a reference names ("M-345", "m345"), None when it names none."""
    found = _REFERENCE.match(unicodedata.normalize("NFKC", text or ""))
    return int(found.group(1)) if found else None


def organisation_language(
    languages: Iterable[DocumentLanguage], side: Side | None
) -> DocumentLanguage:
    """The language an organisation reads: the one most of its delegates' documents are in
    (Japanese on a tie with it, then Italian); without delegates, its side's."""
    counted = Counter(languages)
    if counted:
        order = (DocumentLanguage.JA, DocumentLanguage.IT, DocumentLanguage.EN)
        return max(order, key=lambda lang: (counted[lang], -order.index(lang)))
    if side is Side.NAGOYA:
        return DocumentLanguage.JA
    if side is Side.TURIN:
        return DocumentLanguage.IT
    return DocumentLanguage.EN


def clean_note(text: str | None) -> str:
    """A note as stored: NFC, control characters other than line breaks taken out, runs of
    blanks made one, trimmed (its length is checked by the caller, against NOTE_LIMIT)."""
    value = unicodedata.normalize("NFC", text or "").replace("\r\n", "\n").replace("\r", "\n")
    lines = []
    for line in value.split("\n"):
        kept = "".join(" " if unicodedata.category(ch)[0] in "CZ" else ch for ch in line)
        lines.append(" ".join(kept.split()))
    return "\n".join(lines).strip()


def side_of(organisation_id: int, organisation_a: int, organisation_b: int) -> MeetingSide | None:
    """Which side of a meeting an organisation is (None: it is not in the meeting)."""
    if organisation_id == organisation_a:
        return MeetingSide.A
    if organisation_id == organisation_b:
        return MeetingSide.B
    return None
