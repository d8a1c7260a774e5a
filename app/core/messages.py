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
# --- B2B sessions (the Sessions page shows these next to their fields) ---------------------

B2B_SESSION = Wording("sessions.record", en="B2B session", it="Sessione B2B", ja="B2B商談会")
SESSION_NAME_MISSING = Wording(
    "sessions.name_missing",
    en="The session needs a name in English.",
    it="Indicare il nome della sessione in inglese.",
    ja="商談会の英語名を入力してください。",
)
SESSION_NAME_TOO_LONG = Wording(
    "sessions.name_too_long",
    en="The name is longer than {limit} characters.",
    it="Il nome supera i {limit} caratteri.",
    ja="名称が {limit} 文字を超えています。",
)
SESSION_VENUE_UNKNOWN = Wording(
    "sessions.venue_unknown",
    en="There is no venue {venue!r} in this mission; add it on the Mission page first.",
    it="In questa missione non c'è la sede {venue!r}; aggiungerla prima nella pagina Missione.",
    ja="このミッションに会場 {venue!r} はありません。先にミッションのページで追加してください。",
)
SESSION_DELEGATION_UNKNOWN = Wording(
    "sessions.delegation_unknown",
    en="There is no delegation {delegation!r} in this mission.",
    it="In questa missione non c'è la delegazione {delegation!r}.",
    ja="このミッションに代表団 {delegation!r} はありません。",
)
SESSION_TIME_SKIPPED = Wording(
    "sessions.time_skipped",
    en="{time} does not exist on {day} in {zone}: the clocks skip it (change of summer time).",
    it="Le {time} del {day} non esistono nel fuso {zone}: l'ora legale le salta.",
    ja="{day} の {time} は {zone} では存在しません（夏時間の切り替えで飛ばされます）。",
)
SESSION_ENDS_BEFORE_START = Wording(
    "sessions.ends_before_start",
    en="The session ends before it starts.",
    it="La sessione finisce prima di cominciare.",
    ja="商談会の終了時刻が開始時刻より前です。",
)
SESSION_OUTSIDE_MISSION = Wording(
    "sessions.outside_mission",
    en="{day} is outside the mission's dates ({first} to {last}).",
    it="Il {day} è fuori dalle date della missione (dal {first} al {last}).",
    ja="{day} はミッションの日程（{first}〜{last}）の外です。",
)
SESSION_SLOT_RANGE = Wording(
    "sessions.slot_range",
    en="A slot lasts from {low} to {high} minutes.",
    it="Un turno dura da {low} a {high} minuti.",
    ja="1枠の長さは {low}〜{high} 分です。",
)
SESSION_LEFT_OVER_END = Wording(
    "sessions.left_over_end",
    en="{slot}-minute slots leave {left} minutes over at the end.",
    it="Turni di {slot} minuti lasciano {left} minuti in più alla fine.",
    ja="{slot} 分の枠では、最後に {left} 分が余ります。",
)
SESSION_LEFT_OVER = Wording(
    "sessions.left_over",
    en="{slot}-minute slots leave {left} minutes over (before a break or at the end).",
    it="Turni di {slot} minuti lasciano {left} minuti in più (prima di una pausa o alla fine).",
    ja="{slot} 分の枠では {left} 分が余ります（休憩の前または最後）。",
)
SESSION_NO_SLOT = Wording(
    "sessions.no_slot",
    en="The session is shorter than one {slot}-minute slot.",
    it="La sessione è più breve di un turno di {slot} minuti.",
    ja="商談会が {slot} 分の1枠より短くなっています。",
)
BREAK_ENDS_BEFORE_START = Wording(
    "sessions.break_ends_before_start",
    en="The break {when} ends before it starts.",
    it="La pausa {when} finisce prima di cominciare.",
    ja="休憩 {when} の終了時刻が開始時刻より前です。",
)
BREAK_OUTSIDE = Wording(
    "sessions.break_outside",
    en="The break {when} is outside the session ({session}).",
    it="La pausa {when} è fuori dalla sessione ({session}).",
    ja="休憩 {when} が商談会の時間（{session}）の外にあります。",
)
BREAKS_OVERLAP = Wording(
    "sessions.breaks_overlap",
    en="The break {when} overlaps the break {other}.",
    it="La pausa {when} si sovrappone alla pausa {other}.",
    ja="休憩 {when} が休憩 {other} と重なっています。",
)
BREAK_LABEL_TOO_LONG = Wording(
    "sessions.break_label_too_long",
    en="The break's label is longer than {limit} characters.",
    it="Il nome della pausa supera i {limit} caratteri.",
    ja="休憩の名称が {limit} 文字を超えています。",
)
SESSIONS_OVERLAP = Wording(
    "sessions.overlap",
    en="It overlaps the session {other!r} at the same venue ({when}).",
    it="Si sovrappone alla sessione {other!r} nella stessa sede ({when}).",
    ja="同じ会場の商談会 {other!r}（{when}）と重なっています。",
)
SESSION_NO_TABLES = Wording(
    "sessions.no_tables",
    en="The session needs at least one table.",
    it="La sessione ha bisogno di almeno un tavolo.",
    ja="テーブルを1つ以上設定してください。",
)
SESSION_TOO_MANY_TABLES = Wording(
    "sessions.too_many_tables",
    en="A session has at most {limit} tables.",
    it="Una sessione ha al massimo {limit} tavoli.",
    ja="テーブルは最大 {limit} です。",
)
SESSION_TABLE_NAME_MISSING = Wording(
    "sessions.table_name_missing",
    en="Table {position} has no name.",
    it="Il tavolo {position} non ha un nome.",
    ja="テーブル {position} に名前がありません。",
)
SESSION_TABLE_NAME_TOO_LONG = Wording(
    "sessions.table_name_too_long",
    en="The table name {name!r} is longer than {limit} characters.",
    it="Il nome del tavolo {name!r} supera i {limit} caratteri.",
    ja="テーブル名 {name!r} が {limit} 文字を超えています。",
)
SESSION_TABLE_NAME_TWICE = Wording(
    "sessions.table_name_twice",
    en="Two tables are called {name!r}.",
    it="Due tavoli si chiamano {name!r}.",
    ja="{name!r} という名前のテーブルが2つあります。",
)
SESSION_FEWER_TABLES = Wording(
    "sessions.fewer_tables",
    en="{placed} meetings are already placed at {when}: keep at least {placed} tables.",
    it="Alle {when} sono già fissati {placed} incontri: tenere almeno {placed} tavoli.",
    ja="{when} にはすでに {placed} 件の商談が入っています。"
    "テーブルを {placed} 以上にしてください。",
)
SESSION_INVALID = Wording(
    "sessions.invalid",
    en="The session was not saved: {problems}",
    it="La sessione non è stata salvata: {problems}",
    ja="商談会は保存されていません: {problems}",
)
SESSION_PROBLEMS = Wording(
    "sessions.problems", en="{first} {rest}", it="{first} {rest}", ja="{first}{rest}"
)
NO_LONGER_FIT = Wording(
    "sessions.no_longer_fit",
    en="{count} placed meetings no longer fit this session: {meetings}. Confirm to remove "
    "them (their requests go back to the unscheduled list).",
    it="{count} incontri già fissati non rientrano più in questa sessione: {meetings}. "
    "Confermare per rimuoverli (le loro richieste tornano tra quelle da pianificare).",
    ja="配置済みの商談 {count} 件がこの商談会に収まらなくなります: {meetings}。"
    "確認すると削除されます（その商談希望は未配置の一覧に戻ります）。",
)
DELETE_WITH_MEETINGS = Wording(
    "sessions.delete_with_meetings",
    en="The session has {count} placed meetings: {meetings}. Confirm to remove them with it "
    "(their requests go back to the unscheduled list).",
    it="La sessione ha {count} incontri fissati: {meetings}. Confermare per rimuoverli "
    "insieme alla sessione (le loro richieste tornano tra quelle da pianificare).",
    ja="この商談会には配置済みの商談が {count} 件あります: {meetings}。確認すると商談会と"
    "一緒に削除されます（その商談希望は未配置の一覧に戻ります）。",
)
NO_FIT_SLOT_GONE = Wording(
    "sessions.no_fit.slot_gone",
    en="no slot starts at {when} any more",
    it="alle {when} non inizia più nessun turno",
    ja="{when} に始まる枠がなくなります",
)
NO_FIT_TABLE_GONE = Wording(
    "sessions.no_fit.table_gone",
    en="table {table} is gone",
    it="il tavolo {table} non c'è più",
    ja="テーブル {table} がなくなります",
)
NO_FIT_NOT_TAKING_PART = Wording(
    "sessions.no_fit.not_taking_part",
    en="{organisation}'s delegation no longer takes part",
    it="la delegazione di {organisation} non partecipa più",
    ja="{organisation} の代表団が参加しなくなります",
)
NO_FIT_SESSION_DELETED = Wording(
    "sessions.no_fit.session_deleted",
    en="the session is deleted",
    it="la sessione viene eliminata",
    ja="商談会が削除されます",
)
NO_FIT_MEETING = Wording(
    "sessions.no_fit.meeting",
    en="{a} ↔ {b} at {when}, table {table} ({reason})",
    it="{a} ↔ {b} alle {when}, tavolo {table} ({reason})",
    ja="{a} ↔ {b}（{when}、テーブル {table}）: {reason}",
)
NO_FIT_LIST = Wording(
    "sessions.no_fit.list", en="{first}; {rest}", it="{first}; {rest}", ja="{first}・{rest}"
)
DEFAULT_BREAK_LABEL = Wording(
    "sessions.default_break_label",
    en="Coffee break",
    it="Pausa caffè",
    ja="コーヒーブレイク",
)
SESSION_NOT_BREAKS = Wording(
    "sessions.not_breaks",
    en="{value!r} is not a list of breaks such as 16:00-16:20; 17:30-17:40.",
    it="{value!r} non è un elenco di pause come 16:00-16:20; 17:30-17:40.",
    ja="{value!r} は休憩の一覧（例：16:00-16:20; 17:30-17:40）ではありません。",
)
SESSION_NOT_TABLES = Wording(
    "sessions.not_tables",
    en="{tables} tables but {names} table names.",
    it="{tables} tavoli ma {names} nomi di tavolo.",
    ja="テーブル数は {tables} ですが、テーブル名は {names} 個です。",
)
SESSION_ROW_DISPLACES = Wording(
    "sessions.row_displaces",
    en="This row would leave {count} placed meetings without a place; change the session on "
    "the Sessions page or with ponte session edit --confirm.",
    it="Questa riga lascerebbe senza posto {count} incontri già fissati; modificare la "
    "sessione nella pagina Sessioni o con ponte session edit --confirm.",
    ja="この行では配置済みの商談 {count} 件の場所がなくなります。商談会のページか "
    "ponte session edit --confirm で変更してください。",
)
SESSION_SAME_AS_ROW = Wording(
    "sessions.same_as_row",
    en="The same session as row {row}.",
    it="La stessa sessione della riga {row}.",
    ja="{row} 行目と同じ商談会です。",
)
