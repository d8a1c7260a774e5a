"""What the actions say to a user."""

from __future__ import annotations

from app.common.wording import Wording

SAME_PARTICIPANT = Wording(
    "merging.same_participant",
    en="Choose two different participants to merge.",
    it="Scegliere due partecipanti diversi da unire.",
    ja="統合する参加者を2人選んでください（同じ人は選べません）。",
)

# --- a new mission (the New mission dialog shows these next to their fields) ---------------

MISSION_NAME_MISSING = Wording(
    "missions.name_missing",
    en="The mission needs a name.",
    it="Indicare il nome della missione.",
    ja="ミッション名を入力してください。",
)
MISSION_NAME_TOO_LONG = Wording(
    "missions.name_too_long",
    en="The name is longer than {limit} characters.",
    it="Il nome supera i {limit} caratteri.",
    ja="名称が {limit} 文字を超えています。",
)
MISSION_NAME_JA_TOO_LONG = Wording(
    "missions.name_ja_too_long",
    en="The Japanese name is longer than {limit} characters.",
    it="Il nome in giapponese supera i {limit} caratteri.",
    ja="日本語の名称が {limit} 文字を超えています。",
)
MISSION_CITY_MISSING = Wording(
    "missions.city_missing",
    en="The mission needs a host city.",
    it="Indicare la città ospitante.",
    ja="開催都市を入力してください。",
)
MISSION_CITY_TOO_LONG = Wording(
    "missions.city_too_long",
    en="The host city is longer than {limit} characters.",
    it="La città ospitante supera i {limit} caratteri.",
    ja="開催都市が {limit} 文字を超えています。",
)
MISSION_ZONE_UNKNOWN = Wording(
    "missions.zone_unknown",
    en="The time zone is not an IANA name such as Asia/Tokyo or Europe/Rome.",
    it="Il fuso orario non è un nome IANA come Asia/Tokyo o Europe/Rome.",
    ja="タイムゾーンが IANA の名前（例：Asia/Tokyo、Europe/Rome）ではありません。",
)
MISSION_DATES_REVERSED = Wording(
    "missions.dates_reversed",
    en="The mission cannot end before it starts.",
    it="La data di fine non può precedere quella di inizio.",
    ja="終了日を開始日より前にすることはできません。",
)
MISSION_ORGANISER_TOO_LONG = Wording(
    "missions.organiser_too_long",
    en="The organiser is longer than {limit} characters.",
    it="L'organizzatore supera i {limit} caratteri.",
    ja="主催者が {limit} 文字を超えています。",
)

# --- moves on the B2B grid ----------------------------------------------------------------

MOVE_LOCKED = Wording(
    "b2b_grid.locked",
    en="The meeting {meeting} is locked; unlock it to move it.",
    it="L'incontro {meeting} è bloccato: sbloccarlo per spostarlo.",
    ja="商談 {meeting} は固定されています。移動するには固定を解除してください。",
)
MOVE_NOT_A_SLOT = Wording(
    "b2b_grid.not_a_slot",
    en="There is no slot of this session at that time.",
    it="A quell'ora questa sessione non ha nessuna fascia oraria.",
    ja="このセッションには、その時刻の時間枠がありません。",
)
MOVE_OTHER_MISSION = Wording(
    "b2b_grid.other_mission",
    en="The meetings and the table must belong to one mission.",
    it="Gli incontri e il tavolo devono appartenere alla stessa missione.",
    ja="商談とテーブルは同じミッションのものである必要があります。",
)

# --- scheduling ---------------------------------------------------------------------------

NO_SESSION = Wording(
    "scheduling.no_session",
    en="This mission has no B2B session to schedule.",
    it="Questa missione non ha sessioni B2B da pianificare.",
    ja="このミッションには日程を組むB2B商談会がありません。",
)
SESSION_TOO_SHORT = Wording(
    "scheduling.session_too_short",
    en="The B2B session {session!r} is shorter than one slot.",
    it="La sessione B2B {session!r} è più breve di un turno.",
    ja="B2B商談会 {session!r} は1枠より短くなっています。",
)
SESSION_WITHOUT_TABLES = Wording(
    "scheduling.session_without_tables",
    en="The B2B session {session!r} has no tables.",
    it="La sessione B2B {session!r} non ha tavoli.",
    ja="B2B商談会 {session!r} にテーブルがありません。",
)
NO_SHARED_TABLES = Wording(
    "scheduling.no_shared_tables",
    en="The B2B sessions share no table name; give them the same tables.",
    it="Le sessioni B2B non hanno nomi di tavolo in comune; assegnare loro gli stessi tavoli.",
    ja="B2B商談会の間で共通のテーブル名がありません。同じテーブルを設定してください。",
)
SAME_SIDE = Wording(
    "scheduling.same_side",
    en="A meeting is requested between {a} and {b}, both of the same side; a meeting is "
    "always between a Turin and a Nagoya organisation. Remove the request or correct the "
    "delegations.",
    it="È richiesto un incontro tra {a} e {b}, entrambe dello stesso lato; un incontro è "
    "sempre tra un'organizzazione di Torino e una di Nagoya. Eliminare la richiesta o "
    "correggere le delegazioni.",
    ja="{a} と {b} の商談が希望されていますが、両者は同じ側です。商談は必ずトリノ側と名古屋側の"
    "組織の間で行います。希望を削除するか、代表団を修正してください。",
)
NO_SHARED_SLOT = Wording(
    "scheduling.no_shared_slot",
    en="The meeting between {a} and {b} is mandatory, but they share no slot in which both "
    "are available. Make it optional or change their availability.",
    it="L'incontro tra {a} e {b} è obbligatorio, ma non c'è un turno in cui siano entrambi "
    "disponibili. Renderlo facoltativo o modificarne le disponibilità.",
    ja="{a} と {b} の商談は必須ですが、双方が空いている枠がありません。任意にするか、"
    "不在予定を見直してください。",
)
NO_INTERPRETER = Wording(
    "scheduling.no_interpreter",
    en="The meeting between {a} and {b} is mandatory and needs an interpreter, but no "
    "interpreter speaks both sides' languages.",
    it="L'incontro tra {a} e {b} è obbligatorio e richiede un interprete, ma nessun "
    "interprete parla le lingue di entrambe le parti.",
    ja="{a} と {b} の商談は必須で通訳が必要ですが、双方の言語を話せる通訳者がいません。",
)
INVALID_PROBLEM = Wording(
    "scheduling.invalid_problem",
    en="The mission's B2B data cannot be scheduled: {reason}",
    it="I dati B2B della missione non si possono pianificare: {reason}",
    ja="このミッションのB2Bデータでは日程を組めません: {reason}",
)
LOCKED_OFF_SLOT = Wording(
    "scheduling.locked_off_slot",
    en="The locked meeting {names} at {when} is no longer on a slot of its session (the "
    "session's times or tables were changed). Unlock it (select it in the B2B page's "
    "conflicts) and run the scheduler again.",
    it="L'incontro bloccato {names} delle {when} non è più su un turno della sua sessione "
    "(orari o tavoli della sessione sono cambiati). Sbloccarlo (selezionarlo tra i conflitti "
    "della pagina B2B) ed eseguire di nuovo la pianificazione.",
    ja="固定された商談 {names}（{when}）は、商談会の枠から外れています（商談会の時間または"
    "テーブルが変更されました）。固定を解除し（B2Bページの競合一覧で選択）、もう一度日程を"
    "組んでください。",
)
UNKNOWN_MEETING = Wording(
    "scheduling.unknown_meeting",
    en="The solver answered with an unknown meeting {meeting!r}.",
    it="Il risolutore ha risposto con un incontro sconosciuto {meeting!r}.",
    ja="ソルバーが不明な商談 {meeting!r} を返しました。",
)
CHANGED_WHILE_RUNNING = Wording(
    "scheduling.changed_while_running",
    en="The mission's requests, organisations, sessions or meetings changed while the "
    "scheduler was running, so its schedule was not stored. Run the scheduler again.",
    it="Richieste, organizzazioni, sessioni o incontri della missione sono cambiati durante "
    "la pianificazione, quindi il risultato non è stato salvato. Eseguire di nuovo la "
    "pianificazione.",
    ja="日程作成中にミッションの商談希望・組織・商談会・商談が変更されたため、結果は保存されて"
    "いません。もう一度日程を組んでください。",
)
WITH_REASON = Wording(
    "scheduling.with_reason",
    en="{sentence} ({reason})",
    it="{sentence} ({reason})",
    ja="{sentence}（{reason}）",
)
# The solver reads PROBLEM.json files in English only (``ponte solve``): a file's problems
# are its author's to fix, never a coordinator's in the window.
PROBLEM_FILE = Wording("scheduling.problem_file", en="{reason}", it="{reason}", ja="{reason}")

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
