"""The languages documents are written in (Italian, Japanese, English): every label, dates with
weekday names, times with their zone, and names in the order a reader of that language expects.

Plain tables, never the OS locale: the same PDF comes out of a Windows laptop in Turin and a
Mac in Nagoya.
"""

from __future__ import annotations

from datetime import date, datetime
from enum import StrEnum

from app.core.names import Names
from app.model.enums import DocumentLanguage

Lang = DocumentLanguage


class Label(StrEnum):
    """Every fixed text a document prints; translated in :data:`_LABELS`."""

    PERSONAL_AGENDA = "personal_agenda"
    ORGANISATION_AGENDA = "organisation_agenda"
    TABLE_SHEET = "table_sheet"
    MASTER_GRID = "master_grid"
    PROGRAMME = "programme"
    B2B_MEETINGS = "b2b_meetings"
    NO_MEETINGS = "no_meetings"
    NO_PROGRAMME = "no_programme"
    VENUE = "venue"  # one venue: "Sede", not "Sedi" (see :func:`venues_label`)
    VENUES = "venues"
    CONTINUED = "continued"  # a heading repeated on the page its table continues onto
    TIME = "time"
    TABLE = "table"
    WITH = "with"
    INTERPRETER = "interpreter"
    DELEGATES = "delegates"
    ORGANISATION = "organisation"
    FREE = "free"
    TIMES_IN = "times_in"
    PAGE_OF = "page_of"
    VERSION_OF = "version_of"
    DRAFT = "draft"
    INTERPRETING = "interpreting"
    CANCELLED = "cancelled"
    BREAK = "break"
    SESSION = "session"
    # the programme booklet (app.documents.booklet)
    BOOKLET = "booklet"
    TIMES_AT_VENUES = "times_at_venues"
    FOR = "for"
    EVERYONE = "everyone"
    DELEGATES_OF = "delegates_of"
    B2B_SESSION_NOTE = "b2b_session_note"
    KIND_PLENARY = "kind_plenary"
    KIND_VISIT = "kind_visit"
    KIND_CEREMONY = "kind_ceremony"
    KIND_MEAL = "kind_meal"
    KIND_TRANSFER = "kind_transfer"
    KIND_OTHER = "kind_other"
    KIND_FREE = "kind_free"
    KIND_B2B = "kind_b2b"


# One table, one place: {placeholders} are filled by :func:`label`.
_LABELS: dict[Label, dict[Lang, str]] = {
    Label.PERSONAL_AGENDA: {
        Lang.IT: "Agenda personale",
        Lang.JA: "個人日程表",
        Lang.EN: "Personal agenda",
    },
    Label.ORGANISATION_AGENDA: {
        Lang.IT: "Agenda dell'organizzazione",
        Lang.JA: "企業別日程表",
        Lang.EN: "Organisation agenda",
    },
    Label.TABLE_SHEET: {
        Lang.IT: "Scheda del tavolo",
        Lang.JA: "テーブル別商談表",
        Lang.EN: "Table sheet",
    },
    Label.MASTER_GRID: {
        Lang.IT: "Griglia generale degli incontri B2B",
        Lang.JA: "B2B商談 全体表",
        Lang.EN: "B2B master grid",
    },
    Label.PROGRAMME: {Lang.IT: "Programma", Lang.JA: "プログラム", Lang.EN: "Programme"},
    Label.B2B_MEETINGS: {Lang.IT: "Incontri B2B", Lang.JA: "B2B商談", Lang.EN: "B2B meetings"},
    Label.NO_MEETINGS: {
        Lang.IT: "Non sono previsti incontri B2B.",
        Lang.JA: "B2B商談の予定はありません。",
        Lang.EN: "No B2B meetings are scheduled.",
    },
    Label.NO_PROGRAMME: {
        Lang.IT: "Nessun appuntamento in programma.",
        Lang.JA: "プログラムの予定はありません。",
        Lang.EN: "No programme items.",
    },
    Label.VENUE: {Lang.IT: "Sede", Lang.JA: "会場", Lang.EN: "Venue"},
    Label.VENUES: {Lang.IT: "Sedi", Lang.JA: "会場", Lang.EN: "Venues"},
    Label.CONTINUED: {
        Lang.IT: "{heading} (continua)",
        Lang.JA: "{heading}（続き）",
        Lang.EN: "{heading} (continued)",
    },
    Label.TIME: {Lang.IT: "Orario", Lang.JA: "時間", Lang.EN: "Time"},
    Label.TABLE: {Lang.IT: "Tavolo", Lang.JA: "テーブル", Lang.EN: "Table"},
    Label.WITH: {Lang.IT: "Con", Lang.JA: "商談相手", Lang.EN: "With"},
    Label.INTERPRETER: {Lang.IT: "Interprete", Lang.JA: "通訳", Lang.EN: "Interpreter"},
    Label.DELEGATES: {Lang.IT: "Delegati", Lang.JA: "参加者", Lang.EN: "Delegates"},
    Label.ORGANISATION: {Lang.IT: "Organizzazione", Lang.JA: "企業・団体", Lang.EN: "Organisation"},
    Label.FREE: {Lang.IT: "libero", Lang.JA: "空き", Lang.EN: "free"},
    Label.TIMES_IN: {
        Lang.IT: "Orari locali di {city} ({zone})",
        Lang.JA: "時刻は{city}の現地時間({zone})",
        Lang.EN: "Times are local time in {city} ({zone})",
    },
    Label.PAGE_OF: {
        Lang.IT: "pagina {page} di {total}",
        Lang.JA: "{page} / {total} ページ",
        Lang.EN: "page {page} of {total}",
    },
    Label.VERSION_OF: {
        Lang.IT: "versione {number} del {date}",
        Lang.JA: "第{number}版({date})",
        Lang.EN: "version {number} of {date}",
    },
    Label.DRAFT: {
        Lang.IT: "bozza, non ancora pubblicata",
        Lang.JA: "草案(未公開)",
        Lang.EN: "draft, not yet published",
    },
    Label.INTERPRETING: {
        Lang.IT: "Interpretariato",
        Lang.JA: "通訳担当",
        Lang.EN: "Interpreting",
    },
    # before a calendar event's title: clients that ignore STATUS:CANCELLED still say it
    Label.CANCELLED: {
        Lang.IT: "ANNULLATO",
        Lang.JA: "中止",
        Lang.EN: "CANCELLED",
    },
    # a session's break with no label of its own (a row in agendas, sheets and the grid)
    Label.BREAK: {
        Lang.IT: "Pausa caffè",
        Lang.JA: "コーヒーブレイク",
        Lang.EN: "Coffee break",
    },
    Label.SESSION: {Lang.IT: "Sessione", Lang.JA: "セッション", Lang.EN: "Session"},
    # the programme booklet: the whole programme in two languages side by side
    Label.BOOKLET: {
        Lang.IT: "Programma della missione",
        Lang.JA: "ミッション・プログラム",
        Lang.EN: "Mission programme",
    },
    Label.TIMES_AT_VENUES: {
        Lang.IT: "Orari locali di ciascuna sede",
        Lang.JA: "時刻は各会場の現地時間",
        Lang.EN: "Times are local time at each venue",
    },
    Label.FOR: {Lang.IT: "Per: {who}", Lang.JA: "対象: {who}", Lang.EN: "For: {who}"},
    Label.EVERYONE: {Lang.IT: "tutti", Lang.JA: "全員", Lang.EN: "everyone"},
    Label.DELEGATES_OF: {
        Lang.IT: "i delegati di {organisation}",
        Lang.JA: "{organisation}の参加者",
        Lang.EN: "the delegates of {organisation}",
    },
    Label.B2B_SESSION_NOTE: {
        Lang.IT: "Incontri individuali su appuntamento: {tables} tavoli, "
        "{minutes} minuti ciascuno.",
        Lang.JA: "事前予約制の個別商談：{tables}テーブル、1回{minutes}分。",
        Lang.EN: "One-to-one meetings by appointment: {tables} tables, {minutes} minutes each.",
    },
    # what kind of programme item (AgendaKind) a row is
    Label.KIND_PLENARY: {Lang.IT: "Plenaria", Lang.JA: "全体会議", Lang.EN: "Plenary"},
    Label.KIND_VISIT: {Lang.IT: "Visita", Lang.JA: "視察", Lang.EN: "Visit"},
    Label.KIND_CEREMONY: {Lang.IT: "Cerimonia", Lang.JA: "式典", Lang.EN: "Ceremony"},
    Label.KIND_MEAL: {Lang.IT: "Pasto", Lang.JA: "会食", Lang.EN: "Meal"},
    Label.KIND_TRANSFER: {Lang.IT: "Trasferimento", Lang.JA: "移動", Lang.EN: "Transfer"},
    Label.KIND_OTHER: {Lang.IT: "Evento", Lang.JA: "行事", Lang.EN: "Event"},
    Label.KIND_FREE: {Lang.IT: "Tempo libero", Lang.JA: "自由時間", Lang.EN: "Free time"},
    Label.KIND_B2B: {Lang.IT: "Incontri B2B", Lang.JA: "B2B商談", Lang.EN: "B2B meetings"},
}

_WEEKDAYS: dict[Lang, tuple[str, ...]] = {
    Lang.IT: ("lunedì", "martedì", "mercoledì", "giovedì", "venerdì", "sabato", "domenica"),
    Lang.JA: ("月", "火", "水", "木", "金", "土", "日"),
    Lang.EN: ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"),
}
_MONTHS: dict[Lang, tuple[str, ...]] = {
    Lang.IT: (
        "gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno",
        "luglio", "agosto", "settembre", "ottobre", "novembre", "dicembre",
    ),
    Lang.EN: (
        "January", "February", "March", "April", "May", "June",
        "July", "August", "September", "October", "November", "December",
    ),
}  # fmt: skip


def language_of(code: str | DocumentLanguage | None) -> DocumentLanguage:
    """The document language for ``code`` ("it", "ja", "en"); anything else is English."""
    try:
        return DocumentLanguage(str(code).lower())
    except ValueError:
        return DocumentLanguage.EN


# The twinned cities as each language writes them (a mission's host_city is free text).
_CITIES: dict[str, dict[Lang, str]] = {
    "nagoya": {Lang.IT: "Nagoya", Lang.JA: "名古屋", Lang.EN: "Nagoya"},
    "torino": {Lang.IT: "Torino", Lang.JA: "トリノ", Lang.EN: "Turin"},
    "turin": {Lang.IT: "Torino", Lang.JA: "トリノ", Lang.EN: "Turin"},
    "名古屋": {Lang.IT: "Nagoya", Lang.JA: "名古屋", Lang.EN: "Nagoya"},
    "トリノ": {Lang.IT: "Torino", Lang.JA: "トリノ", Lang.EN: "Turin"},
}


def city_name(city: str, lang: DocumentLanguage) -> str:
    """ "Nagoya" as 名古屋 in Japanese, "Torino" as Turin in English; other cities as written."""
    return _CITIES.get(city.strip().casefold(), {}).get(lang, city)


def label(key: Label, lang: DocumentLanguage, **values: object) -> str:
    """The text of ``key`` in ``lang``, with its {placeholders} filled from ``values``."""
    text = _LABELS[key][lang]
    return text.format(**values) if values else text


def venues_label(count: int, lang: DocumentLanguage) -> str:
    """ "Venue" over one venue, "Venues" over more (Japanese has one word for both)."""
    return label(Label.VENUE if count == 1 else Label.VENUES, lang)


def break_names(label_en: str, label_it: str | None = None, label_ja: str | None = None) -> Names:
    """A session break's label in each language. None written, or only the default English
    words: "Coffee break" / "Pausa caffè" / "コーヒーブレイク" (:data:`Label.BREAK`); else the
    coordinator's words with the usual fallback to English."""
    default = Names(*(_LABELS[Label.BREAK][x] for x in (Lang.EN, Lang.IT, Lang.JA)))
    english = label_en.strip()
    if not english or (english.casefold() == default.en.casefold() and not (label_it or label_ja)):
        return default
    return Names(english, label_it or None, label_ja or None)


def format_date(day: date, lang: DocumentLanguage, *, weekday: bool = True) -> str:
    """'martedì 12 ottobre 2027', '2027年10月12日（火）', 'Tuesday 12 October 2027'."""
    name = _WEEKDAYS[lang][day.weekday()]
    if lang is Lang.JA:
        text = f"{day.year}年{day.month}月{day.day}日"
        return f"{text}（{name}）" if weekday else text
    text = f"{day.day} {_MONTHS[lang][day.month - 1]} {day.year}"
    return f"{name} {text}" if weekday else text


def format_time(moment: datetime) -> str:
    """'10:30 JST', '14:00 CEST': the wall time with its zone's abbreviation.

    ``moment`` is already in the mission zone; the abbreviation tells a delegate which side
    of a DST change a time is on (CET before the last Sunday of March, CEST after).
    """
    if moment.tzinfo is None:
        raise ValueError("format_time takes an aware datetime")
    return f"{moment:%H:%M} {moment.tzname()}"


def format_span(start: datetime, end: datetime) -> str:
    """'14:00–14:20 JST'; both zones when a DST change falls in between ('01:30 CET–03:30 CEST')."""
    if start.tzname() == end.tzname():
        return f"{start:%H:%M}–{end:%H:%M} {end.tzname()}"
    return f"{format_time(start)}–{format_time(end)}"


def person_name(latin: str, kanji: str | None, lang: DocumentLanguage) -> str:
    """The name a reader of ``lang`` reads first: kanji for Japanese (when known), else Latin."""
    if lang is Lang.JA and kanji:
        return kanji
    return latin


def both_names(primary: str, other: str | None) -> str:
    """'Hatcho Jozo (八丁醸造)': the second script in brackets when it differs."""
    if other and other != primary:
        return f"{primary} ({other})"
    return primary
