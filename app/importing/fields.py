"""What can be imported: for each kind of record, its fields, which are required, and the
column headers the chambers' spreadsheets use for them in Italian, Japanese and English.

A header is compared by :func:`header_key` (NFKC, case-folded, without spaces, punctuation
and brackets), so "E-mail", "EMAIL" and "Ｅメール" all find their field.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from enum import StrEnum

from app.core.outcomes import survey_synonyms


class ImportKind(StrEnum):
    ORGANISATIONS = "organisations"
    PARTICIPANTS = "participants"
    REQUESTS = "requests"  # meeting requests between two organisations
    AVAILABILITY = "availability"  # times a participant cannot meet
    INTERPRETERS = "interpreters"
    SESSIONS = "sessions"  # B2B sessions, one per row
    VENUES = "venues"
    DELEGATIONS = "delegations"
    PROGRAMME = "programme"  # programme items (agenda), one per row
    OUTCOMES = "outcomes"  # a filled outcome survey: one held meeting per row (issue 18)


@dataclass(frozen=True)
class Field:
    key: str
    label: str  # English, for reports and the mapping step
    synonyms: tuple[str, ...]  # headers as written; compared through header_key
    required: bool = False


def header_key(text: str) -> str:
    """A header reduced for comparison: 'E-mail (ufficio)' → 'emailufficio'."""
    folded = unicodedata.normalize("NFKC", text).casefold()
    return "".join(ch for ch in folded if unicodedata.category(ch)[0] in "LN")


PARTICIPANT_FIELDS: tuple[Field, ...] = (
    Field(
        "family_name",
        "Family name",
        (
            "Cognome",
            "Surname",
            "Last name",
            "Family name",
            "Family name (Latin)",
            "姓",
            "姓（ローマ字）",
            "Nachname",
        ),
    ),
    Field(
        "given_name",
        "Given name",
        (
            "Nome",
            "First name",
            "Given name",
            "Given name (Latin)",
            "名",
            "名（ローマ字）",
        ),
    ),
    Field(
        "full_name",
        "Full name (split into family and given name)",
        (
            "Nome e cognome",
            "Cognome e nome",
            "Nominativo",
            "Name",
            "Full name",
            "Nome completo",
            "氏名",
            "氏名（ローマ字）",
            "ローマ字氏名",
            "Participant",
            "Partecipante",
        ),
    ),
    Field(
        "family_name_kanji",
        "Family name (kanji)",
        (
            "姓（漢字）",
            "漢字姓",
            "Family name (kanji)",
            "Cognome (kanji)",
        ),
    ),
    Field(
        "given_name_kanji",
        "Given name (kanji)",
        (
            "名（漢字）",
            "漢字名",
            "Given name (kanji)",
        ),
    ),
    Field(
        "full_name_kanji",
        "Full name (kanji)",
        (
            "氏名（漢字）",
            "漢字氏名",
            "漢字",
            "Name (kanji)",
            "Nome (kanji) completo",
        ),
    ),
    Field(
        "family_name_kana",
        "Family name (kana)",
        (
            "セイ",
            "せい",
            "姓（カナ）",
            "姓（フリガナ）",
            "姓（ふりがな）",
            "Family name (kana)",
        ),
    ),
    Field(
        "given_name_kana",
        "Given name (kana)",
        (
            "メイ",
            "めい",
            "名（カナ）",
            "名（フリガナ）",
            "名（ふりがな）",
            "Given name (kana)",
        ),
    ),
    Field(
        "full_name_kana",
        "Full name (kana)",
        (
            "フリガナ",
            "ふりがな",
            "氏名（カナ）",
            "氏名（フリガナ）",
            "カナ",
            "Kana",
            "Furigana",
        ),
    ),
    Field(
        "organisation",
        "Organisation",
        (
            "Azienda",
            "Ragione sociale",
            "Società",
            "Impresa",
            "Ente",
            "Organizzazione",
            "Company",
            "Organisation",
            "Organization",
            "会社名",
            "企業名",
            "所属",
            "所属先",
            "団体名",
            "会社",
            "勤務先",
        ),
    ),
    Field(
        "organisation_latin",
        "Organisation (Latin script)",
        (
            "Company (English)",
            "Company name (English)",
            "Azienda (inglese)",
            "英文社名",
            "社名（英語）",
            "会社名（英語）",
            "会社名（ローマ字）",
            "Organisation (Latin)",
        ),
    ),
    Field(
        "organisation_ja",
        "Organisation (Japanese)",
        (
            "Organisation (Japanese)",
            "Organization (Japanese)",
            "Company (Japanese)",
            "Azienda (giapponese)",
            "会社名（日本語）",
            "和文社名",
        ),
    ),
    Field(
        "organisation_kana",
        "Organisation (kana)",
        ("会社名（カナ）", "会社名（フリガナ）", "社名（カナ）", "Organisation (kana)"),
    ),
    Field(
        "sectors",
        "Organisation's sectors",
        ("Settore", "Settori", "Sector", "Sectors", "Industry", "業種", "分野", "業界"),
    ),
    Field(
        "title",
        "Title",
        (
            "Ruolo",
            "Qualifica",
            "Carica",
            "Posizione",
            "Title",
            "Job title",
            "Position",
            "Role",
            "役職",
            "肩書",
            "肩書き",
            "役職名",
        ),
    ),
    Field("title_ja", "Title (Japanese)", ("役職（日本語）", "Title (Japanese)")),
    Field(
        "email",
        "E-mail",
        (
            "E-mail",
            "Email",
            "Mail",
            "Posta elettronica",
            "Indirizzo e-mail",
            "E-mail address",
            "メール",
            "メールアドレス",
            "電子メール",
            "Eメール",
            "E-mail aziendale",
        ),
    ),
    Field(
        "phone",
        "Phone",
        (
            "Telefono",
            "Tel",
            "Cellulare",
            "Phone",
            "Mobile",
            "Telephone",
            "電話",
            "電話番号",
            "携帯",
            "携帯電話",
            "TEL",
        ),
    ),
    Field(
        "document_language",
        "Document language",
        (
            "Lingua",
            "Lingua documenti",
            "Language",
            "Document language",
            "言語",
            "使用言語",
            "希望言語",
        ),
    ),
    Field(
        "languages",
        "Languages spoken",
        (
            "Lingue parlate",
            "Lingue",
            "Languages",
            "Languages spoken",
            "Spoken languages",
            "話せる言語",
            "対応言語",
        ),
    ),
    Field(
        "badge_category",
        "Badge category",
        (
            "Categoria",
            "Tipo partecipante",
            "Category",
            "Badge category",
            "区分",
            "参加区分",
            "種別",
        ),
    ),
    Field(
        "arrival",
        "Arrival (not available before)",
        ("Arrivo", "Data arrivo", "Arrival", "Arrival date", "到着日", "到着", "来日日"),
    ),
    Field(
        "departure",
        "Departure (not available after)",
        ("Partenza", "Data partenza", "Departure", "Departure date", "出発日", "帰国日"),
    ),
    Field(
        "consent",
        "Consent (contact details on the badge)",
        (
            "Consenso",
            "Consenso privacy",
            "Privacy",
            "Consent",
            "同意",
            "個人情報同意",
            "個人情報の取扱いに同意",
        ),
    ),
)

ORGANISATION_FIELDS: tuple[Field, ...] = (
    Field(
        "name",
        "Name (Latin script)",
        (
            "Ragione sociale",
            "Azienda",
            "Società",
            "Nome azienda",
            "Company",
            "Company name",
            "Organisation",
            "Organization",
            "Name",
            "英文社名",
            "社名（英語）",
            "会社名（英語）",
            "会社名（ローマ字）",
        ),
        required=True,
    ),
    Field(
        "name_ja",
        "Name (Japanese)",
        (
            "会社名",
            "社名",
            "企業名",
            "会社名（日本語）",
            "和文社名",
            "Nome giapponese",
            "Name (Japanese)",
        ),
    ),
    Field(
        "name_kana",
        "Name (kana)",
        (
            "会社名（カナ）",
            "社名（カナ）",
            "会社名（フリガナ）",
            "フリガナ",
            "Name (kana)",
        ),
    ),
    Field(
        "side",
        "Delegation (Turin or Nagoya)",
        (
            "Delegazione",
            "Side",
            "Delegation",
            "派遣団",
            "所属団",
            "Provenienza",
        ),
    ),
    Field("city", "City", ("Città", "Sede", "City", "所在地", "都市", "市区町村")),
    Field(
        "website",
        "Website",
        (
            "Sito web",
            "Sito",
            "Website",
            "Web",
            "URL",
            "ホームページ",
            "ウェブサイト",
            "HP",
        ),
    ),
    Field(
        "sectors",
        "Sectors",
        (
            "Settore",
            "Settori",
            "Sector",
            "Sectors",
            "Industry",
            "業種",
            "分野",
            "業界",
        ),
    ),
    Field(
        "profile",
        "Profile",
        (
            "Profilo",
            "Descrizione",
            "Profile",
            "Description",
            "Company profile",
            "Profilo aziendale",
        ),
    ),
    Field(
        "profile_ja",
        "Profile (Japanese)",
        (
            "会社概要",
            "企業概要",
            "事業内容",
            "Profilo (giapponese)",
            "Profile (Japanese)",
        ),
    ),
    Field(
        "max_meetings",
        "Most meetings",
        (
            "Max incontri",
            "Numero massimo incontri",
            "Max meetings",
            "最大商談数",
        ),
    ),
)

REQUEST_FIELDS: tuple[Field, ...] = (
    Field(
        "requester",
        "Requesting organisation",
        (
            "Richiedente",
            "Azienda richiedente",
            "From",
            "Requester",
            "Requesting organisation",
            "Requesting organization",
            "申込企業",
            "希望元",
            "申込者",
            "依頼元",
        ),
        required=True,
    ),
    Field(
        "requested",
        "Requested organisation",
        (
            "Richiesto",
            "Azienda richiesta",
            "Incontro con",
            "To",
            "Meeting with",
            "Requested",
            "Requested organisation",
            "Requested organization",
            "希望先",
            "商談希望先",
            "商談相手",
        ),
        required=True,
    ),
    Field("priority", "Priority", ("Priorità", "Priority", "優先度", "優先順位")),
    Field(
        "no_thanks",
        "No thanks (the pair must not meet)",
        ("No grazie", "Non interessato", "No thanks", "Not interested", "お断り", "辞退"),
    ),
    Field(
        "mandatory",
        "Mandatory",
        ("Obbligatorio", "Incontro obbligatorio", "Mandatory", "Must meet", "必須", "必須商談"),
    ),
    Field(
        "interpreter_need",
        "Interpreter",
        (
            "Interprete",
            "Interpreter",
            "Interpreter needed",
            "Serve interprete",
            "通訳",
            "通訳要否",
            "通訳の要否",
        ),
    ),
    Field("note", "Note", ("Note", "Nota", "Notes", "Commento", "Comment", "備考", "メモ")),
)


def _person_fields(*keys: str) -> tuple[Field, ...]:
    """The participant fields that say who a row is about, as the participant import has them."""
    by_key = {f.key: f for f in PARTICIPANT_FIELDS}
    return tuple(by_key[k] for k in keys)


# The fields that find a participant: the e-mail, else the name (within the organisation).
_WHO = ("email", "family_name", "given_name", "full_name", "organisation")

AVAILABILITY_FIELDS: tuple[Field, ...] = (
    *_person_fields(*_WHO),
    Field("date", "Date", ("Data", "Giorno", "Date", "Day", "日付", "日", "月日")),
    Field(
        "start",
        "Start",
        (
            "Dalle",
            "Dalle ore",
            "Inizio",
            "Ora inizio",
            "From",
            "Start",
            "Start time",
            "Unavailable from",
            "開始",
            "開始時刻",
            "開始時間",
            "開始日時",
        ),
        required=True,
    ),
    Field(
        "end",
        "End",
        (
            "Alle",
            "Alle ore",
            "Fine",
            "Ora fine",
            "To",
            "Until",
            "End",
            "End time",
            "Unavailable until",
            "終了",
            "終了時刻",
            "終了時間",
            "終了日時",
        ),
        required=True,
    ),
    Field("end_date", "End date", ("Data fine", "Fino al", "End date", "終了日")),
    Field("reason", "Reason", ("Motivo", "Causale", "Reason", "理由", "事由")),
)

INTERPRETER_FIELDS: tuple[Field, ...] = (
    *_person_fields("email", "family_name", "given_name"),
    Field(
        "full_name",
        "Full name (split into family and given name)",
        (
            *_person_fields("full_name")[0].synonyms,
            "Interprete",
            "Interpreter",
            "Nome interprete",
            "Interpreter name",
            "通訳者",
            "通訳者名",
            "通訳",
        ),
    ),
    *_person_fields("organisation"),
    # names in Japanese script, languages and sessions: a new interpreter comes from the file
    *_person_fields(
        "family_name_kanji", "given_name_kanji", "family_name_kana", "given_name_kana", "languages"
    ),
    Field(
        "sessions",
        "B2B sessions worked (ids or names; blank or 'all': every session)",
        (
            "Sessioni",
            "Sessioni B2B",
            "Sessioni lavorate",
            "Sessions",
            "B2B sessions",
            "Sessions worked",
            "担当商談会",
            "担当セッション",
            "商談会",
        ),
    ),
    Field(
        "notes",
        "Notes",
        ("Note", "Nota", "Notes", "Combinazioni linguistiche", "Commento", "備考", "メモ"),
    ),
)

SESSION_FIELDS: tuple[Field, ...] = (
    Field(
        "name",
        "Session name (English)",
        (
            "Session",
            "Session name",
            "Name",
            "Name (English)",
            "Sessione",
            "Nome sessione",
            "Nome (inglese)",
            "商談会",
            "商談会名",
            "セッション",
            "セッション名",
            "名称（英語）",
        ),
        required=True,
    ),
    Field(
        "name_it",
        "Session name (Italian)",
        (
            "Name (Italian)",
            "Italian name",
            "Nome (italiano)",
            "Nome italiano",
            "名称（イタリア語）",
        ),
    ),
    Field(
        "name_ja",
        "Session name (Japanese)",
        (
            "Name (Japanese)",
            "Japanese name",
            "Nome (giapponese)",
            "Nome giapponese",
            "名称（日本語）",
            "日本語名",
        ),
    ),
    Field("day", "Day", ("Day", "Date", "Giorno", "Data", "日付", "日", "開催日"), required=True),
    Field("venue", "Venue", ("Venue", "Sede", "Luogo", "会場", "場所")),
    Field(
        "start",
        "Start",
        ("Start", "Start time", "From", "Inizio", "Ora inizio", "Dalle", "開始", "開始時刻"),
        required=True,
    ),
    Field(
        "end",
        "End",
        ("End", "End time", "To", "Until", "Fine", "Ora fine", "Alle", "終了", "終了時刻"),
        required=True,
    ),
    Field(
        "slot_minutes",
        "Slot length (minutes)",
        (
            "Slot",
            "Slot (min)",
            "Slot length",
            "Slot minutes",
            "Minutes per slot",
            "Turno",
            "Turno (min)",
            "Durata turno",
            "Durata slot",
            "枠",
            "1枠（分）",
            "枠の長さ",
            "枠（分）",
        ),
    ),
    Field("breaks", "Breaks", ("Breaks", "Break", "Pause", "Pausa", "休憩")),
    Field(
        "tables",
        "Number of tables",
        ("Tables", "Number of tables", "Tavoli", "Numero tavoli", "テーブル数", "テーブル"),
    ),
    Field("table_names", "Table names", ("Table names", "Nomi tavoli", "テーブル名")),
    Field(
        "delegations",
        "Delegations taking part",
        (
            "Delegations",
            "Delegations taking part",
            "Delegazioni",
            "Delegazioni partecipanti",
            "代表団",
            "参加代表団",
        ),
    ),
)

_NAME_IT = ("Nome (italiano)", "Nome in italiano", "Name (Italian)", "Italian name",
            "名称（イタリア語）", "イタリア語名")  # fmt: skip
_NAME_JA = ("Nome (giapponese)", "Nome in giapponese", "Name (Japanese)", "Japanese name",
            "名称（日本語）", "日本語名")  # fmt: skip

VENUE_FIELDS: tuple[Field, ...] = (
    Field(
        "name",
        "Name (Latin script)",
        (
            "Sede",
            "Nome sede",
            "Luogo",
            "Nome",
            "Venue",
            "Venue name",
            "Name",
            "Place",
            "会場名（英語）",
            "会場名（ローマ字）",
            "Name (Latin script)",
        ),
        required=True,
    ),
    Field("name_it", "Name (Italian)", (*_NAME_IT, "Sede (italiano)", "会場名（イタリア語）")),
    Field(
        "name_ja",
        "Name (Japanese)",
        (*_NAME_JA, "Sede (giapponese)", "会場", "会場名", "会場名（日本語）", "場所"),
    ),
    Field(
        "address",
        "Address",
        ("Indirizzo", "Address", "Address (Latin script)", "住所（英語）", "住所（ローマ字）"),
    ),
    Field(
        "address_ja",
        "Address (Japanese)",
        (
            "Indirizzo (giapponese)",
            "Address (Japanese)",
            "Japanese address",
            "住所",
            "住所（日本語）",
            "所在地",
        ),
    ),
    Field("city", "City", ("Città", "Comune", "City", "Town", "都市", "市区町村", "所在都市")),
    Field(
        "timezone",
        "Time zone",
        (
            "Fuso orario",
            "Fuso",
            "Time zone",
            "Timezone",
            "Zone",
            "IANA zone",
            "タイムゾーン",
            "時間帯",
            "時差",
        ),
    ),
)

DELEGATION_FIELDS: tuple[Field, ...] = (
    Field(
        "name",
        "Name (English)",
        (
            "Delegazione",
            "Nome delegazione",
            "Nome",
            "Delegation",
            "Delegation name",
            "Name",
            "Name (English)",
            "代表団名（英語）",
            "英語名",
        ),
        required=True,
    ),
    Field("name_it", "Name (Italian)", (*_NAME_IT, "Delegazione (italiano)")),
    Field("name_ja", "Name (Japanese)", (*_NAME_JA, "代表団", "代表団名", "代表団名（日本語）")),
    Field(
        "side",
        "Side (Turin or Nagoya)",
        ("Lato", "Parte", "Città di provenienza", "Side", "From", "所属側", "側", "出身"),
        required=True,
    ),
    Field(
        "head",
        "Head of delegation",
        (
            "Capo delegazione",
            "Capodelegazione",
            "Responsabile",
            "Head of delegation",
            "Head",
            "Leader",
            "団長",
            "代表者",
        ),
    ),
    Field(
        "members",
        "Member organisations",
        (
            "Organizzazioni",
            "Aziende",
            "Membri",
            "Aziende partecipanti",
            "Members",
            "Member organisations",
            "Organisations",
            "Organizations",
            "Companies",
            "所属組織",
            "参加企業",
            "参加団体",
            "メンバー",
        ),
    ),
)

_TITLE_IT = (
    "Title (Italian)",
    "Italian title",
    "Titolo (italiano)",
    "Titolo in italiano",
    "Titolo italiano",
    "タイトル（イタリア語）",
    "イタリア語タイトル",
)
_TITLE_JA = (
    "Title (Japanese)",
    "Japanese title",
    "Titolo (giapponese)",
    "Titolo in giapponese",
    "Titolo giapponese",
    "タイトル（日本語）",
    "日本語タイトル",
    "行事名（日本語）",
)

PROGRAMME_FIELDS: tuple[Field, ...] = (
    Field(
        "day",
        "Day",
        ("Day", "Date", "Giorno", "Data", "日付", "日", "開催日", "月日"),
        required=True,
    ),
    Field(
        "start",
        "Start",
        ("Start", "Start time", "From", "Inizio", "Ora inizio", "Dalle", "開始", "開始時刻"),
        required=True,
    ),
    Field(
        "end",
        "End",
        ("End", "End time", "To", "Until", "Fine", "Ora fine", "Alle", "終了", "終了時刻"),
        required=True,
    ),
    Field(
        "kind",
        "Kind",
        ("Kind", "Type", "Category", "Tipo", "Tipologia", "Categoria", "種類", "種別", "区分"),
    ),
    Field(
        "title",
        "Title (English)",
        (
            "Title",
            "Title (English)",
            "English title",
            "Event",
            "Item",
            "Titolo",
            "Titolo (inglese)",
            "Evento",
            "タイトル",
            "タイトル（英語）",
            "行事名",
            "行事名（英語）",
            "項目",
        ),
        required=True,
    ),
    Field("title_it", "Title (Italian)", _TITLE_IT),
    Field("title_ja", "Title (Japanese)", _TITLE_JA),
    Field(
        "description",
        "Description (English)",
        (
            "Description",
            "Description (English)",
            "Descrizione",
            "Descrizione (inglese)",
            "説明",
            "説明（英語）",
            "内容",
            "詳細",
        ),
    ),
    Field(
        "description_it",
        "Description (Italian)",
        (
            "Description (Italian)",
            "Italian description",
            "Descrizione (italiano)",
            "Descrizione in italiano",
            "説明（イタリア語）",
        ),
    ),
    Field(
        "description_ja",
        "Description (Japanese)",
        (
            "Description (Japanese)",
            "Japanese description",
            "Descrizione (giapponese)",
            "Descrizione in giapponese",
            "説明（日本語）",
            "日本語説明",
        ),
    ),
    Field("venue", "Venue", ("Venue", "Place", "Location", "Sede", "Luogo", "会場", "場所")),
    Field(
        "zone",
        "Time zone",
        ("Time zone", "Timezone", "Zone", "Fuso orario", "Fuso", "タイムゾーン"),
    ),
    Field(
        "audience",
        "Audience",
        (
            "Audience",
            "For",
            "For whom",
            "Who",
            "Pubblico",
            "Destinatari",
            "Per chi",
            "対象",
            "対象者",
            "参加対象",
        ),
    ),
)

# A filled outcome survey (app.exporting.survey), its headers in any of the three languages.
OUTCOME_FIELDS: tuple[Field, ...] = (
    Field("reference", "Meeting ref.", (*survey_synonyms("reference"), "Ref", "Meeting"), True),
    Field("organisation", "Your organisation", survey_synonyms("organisation"), True),
    Field("counterpart", "Met with", survey_synonyms("counterpart")),
    Field("outcome", "Outcome", survey_synonyms("outcome"), True),
    Field("note", "Note", survey_synonyms("note")),
    Field("follow_up", "Follow-up: what", survey_synonyms("follow_up")),
    Field("due_date", "Follow-up: by (date)", survey_synonyms("due_date")),
    Field("owner", "Follow-up: who", survey_synonyms("owner")),
)

FIELDS: dict[ImportKind, tuple[Field, ...]] = {
    ImportKind.PARTICIPANTS: PARTICIPANT_FIELDS,
    ImportKind.ORGANISATIONS: ORGANISATION_FIELDS,
    ImportKind.REQUESTS: REQUEST_FIELDS,
    ImportKind.AVAILABILITY: AVAILABILITY_FIELDS,
    ImportKind.INTERPRETERS: INTERPRETER_FIELDS,
    ImportKind.SESSIONS: SESSION_FIELDS,
    ImportKind.VENUES: VENUE_FIELDS,
    ImportKind.DELEGATIONS: DELEGATION_FIELDS,
    ImportKind.PROGRAMME: PROGRAMME_FIELDS,
    ImportKind.OUTCOMES: OUTCOME_FIELDS,
}


def field_of(kind: ImportKind, key: str) -> Field:
    for f in FIELDS[kind]:
        if f.key == key:
            return f
    raise KeyError(f"{kind.value} have no field {key!r}")
