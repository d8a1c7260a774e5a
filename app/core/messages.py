"""What the core says to a user: records that are not there."""

from __future__ import annotations

from app.common.wording import Wording

NO_MISSION = Wording(
    "core.no_mission",
    en="There is no mission {mission} in this database.",
    it="In questo database non c'è la missione {mission}.",
    ja="このデータベースにミッション {mission} はありません。",
)
PARTICIPANT_NOT_IN_MISSION = Wording(
    "core.participant_not_in_mission",
    en="Participant {participant} is not in this mission.",
    it="Il partecipante {participant} non fa parte di questa missione.",
    ja="参加者 {participant} はこのミッションに含まれていません。",
)
PARTICIPANTS_NOT_IN_MISSION = Wording(
    "core.participants_not_in_mission",
    en="No participant with id {ids} in this mission.",
    it="Nessun partecipante con id {ids} in questa missione.",
    ja="ID {ids} の参加者はこのミッションにいません。",
)
ORGANISATION_NOT_IN_MISSION = Wording(
    "core.organisation_not_in_mission",
    en="Organisation {organisation} is not in this mission.",
    it="L'organizzazione {organisation} non fa parte di questa missione.",
    ja="組織 {organisation} はこのミッションに含まれていません。",
)
RECORD_GONE = Wording(
    "core.record_gone",
    en="{record} {id} is not in this database (it may have been deleted meanwhile).",
    it="{record} {id} non è in questo database (forse è stato eliminato nel frattempo).",
    ja="{record} {id} はこのデータベースにありません（削除された可能性があります）。",
)

# The kinds of record, as RECORD_GONE names them.
MISSION = Wording("core.record.mission", en="Mission", it="Missione", ja="ミッション")
PARTICIPANT = Wording("core.record.participant", en="Participant", it="Partecipante", ja="参加者")
ORGANISATION = Wording(
    "core.record.organisation", en="Organisation", it="Organizzazione", ja="組織"
)
MEETING = Wording("core.record.meeting", en="Meeting", it="Incontro", ja="商談")
TABLE = Wording("core.record.table", en="Table", it="Tavolo", ja="テーブル")
MEETING_REQUEST = Wording(
    "core.record.meeting_request", en="Meeting request", it="Richiesta di incontro", ja="商談希望"
)
UNAVAILABILITY = Wording(
    "core.record.unavailability", en="Unavailability", it="Indisponibilità", ja="不在予定"
)
INTERPRETER = Wording("core.record.interpreter", en="Interpreter", it="Interprete", ja="通訳者")
RECORD = Wording("core.record.other", en="Record", it="Record", ja="レコード")

# A database table's rows, by the table's name.
RECORD_OF_TABLE = {
    "mission": MISSION,
    "participant": PARTICIPANT,
    "organisation": ORGANISATION,
    "meeting": MEETING,
    "b2b_table": TABLE,
    "meeting_request": MEETING_REQUEST,
    "unavailability": UNAVAILABILITY,
    "interpreter": INTERPRETER,
}

# --- dates and times typed into a field (app.core.typed_dates) ------------------------------

MONTHS = tuple(
    Wording(f"core.month_{n}", en=en, it=it, ja=f"{n}月")
    for n, (en, it) in enumerate(
        (
            ("January", "gennaio"),
            ("February", "febbraio"),
            ("March", "marzo"),
            ("April", "aprile"),
            ("May", "maggio"),
            ("June", "giugno"),
            ("July", "luglio"),
            ("August", "agosto"),
            ("September", "settembre"),
            ("October", "ottobre"),
            ("November", "novembre"),
            ("December", "dicembre"),
        ),
        start=1,
    )
)
DATE_IN_WORDS = Wording(
    "core.date_in_words",
    en="{day} {month} {year}",
    it="{day} {month} {year}",
    ja="{year}年{month}{day}日",
)
NO_SUCH_DAY = Wording(
    "core.no_such_day",
    en="There is no {date}.",
    it="Il {date} non esiste.",
    ja="{date}という日付はありません。",
)
NO_SUCH_MONTH = Wording(
    "core.no_such_month",
    en="“{text}”: there is no month {month}; write the date as 2027-05-20 or 20/05/2027.",
    it="«{text}»: non esiste il mese {month}; scrivere la data come 2027-05-20 o 20/05/2027.",
    ja="「{text}」: {month} 月はありません。日付は 2027-05-20 または 2027/05/20 のように"
    "入力してください。",
)
NOT_A_DATE = Wording(
    "core.not_a_date",
    en="“{text}” is not a date; write it as 2027-05-20 or 20/05/2027.",
    it="«{text}» non è una data; scriverla come 2027-05-20 o 20/05/2027.",
    ja="「{text}」は日付ではありません。2027-05-20 または 2027/05/20 のように入力してください。",
)
YEAR_OUT_OF_RANGE = Wording(
    "core.year_out_of_range",
    en="{year} is not a year Ponte can use; write all four digits, e.g. 2027.",
    it="{year} non è un anno che Ponte possa usare; scrivere tutte e quattro le cifre, "
    "per esempio 2027.",
    ja="{year} は Ponte で使える年ではありません。2027 のように 4 桁で入力してください。",
)
NOT_A_TIME = Wording(
    "core.not_a_time",
    en="“{text}” is not a time of day; write it as 09:30 or 14:00.",
    it="«{text}» non è un orario; scriverlo come 09:30 o 14:00.",
    ja="「{text}」は時刻ではありません。09:30 や 14:00 のように入力してください。",
)
NO_SUCH_TIME = Wording(
    "core.no_such_time",
    en="There is no time {text} in a day: hours go from 00 to 23, minutes from 00 to 59.",
    it="Nessun giorno ha l'ora {text}: le ore vanno da 00 a 23, i minuti da 00 a 59.",
    ja="{text} という時刻はありません。時は 00〜23、分は 00〜59 です。",
)
