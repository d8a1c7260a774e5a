"""What the actions say to a user."""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType

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

# --- the set-up workbook (services/setup_workbook.py) ------------------------------------------

SETUP_TITLE = Wording(
    "setup.title",
    en="Ponte: mission set-up",
    it="Ponte: impostazione della missione",
    ja="Ponte：ミッション設定",
)
SETUP_SHEET: Mapping[str, Wording] = MappingProxyType(
    {
        "venues": Wording("setup.sheet.venues", en="Venues", it="Sedi", ja="会場"),
        "delegations": Wording(
            "setup.sheet.delegations", en="Delegations", it="Delegazioni", ja="代表団"
        ),
        "sessions": Wording(
            "setup.sheet.sessions", en="B2B sessions", it="Sessioni B2B", ja="B2B商談会"
        ),
        "organisations": Wording(
            "setup.sheet.organisations", en="Organisations", it="Organizzazioni", ja="企業・団体"
        ),
        "participants": Wording(
            "setup.sheet.participants", en="Participants", it="Partecipanti", ja="参加者"
        ),
        "programme": Wording(
            "setup.sheet.programme", en="Programme", it="Programma", ja="プログラム"
        ),
        "interpreters": Wording(
            "setup.sheet.interpreters", en="Interpreters", it="Interpreti", ja="通訳"
        ),
        "availability": Wording(
            "setup.sheet.availability", en="Unavailability", it="Indisponibilità", ja="不在時間"
        ),
        "requests": Wording(
            "setup.sheet.requests", en="Meeting requests", it="Richieste di incontro", ja="商談希望"
        ),
    }
)
SETUP_INSTRUCTIONS_SHEET = Wording(
    "setup.instructions_sheet", en="How to fill in", it="Come compilare", ja="記入方法"
)
SETUP_INSTRUCTIONS_HEADER = Wording(
    "setup.instructions_header",
    en="Fill in one sheet per kind, one row each; leave a sheet empty to skip it.",
    it="Compilare un foglio per tipo, una riga per voce; un foglio vuoto viene saltato.",
    ja="種類ごとに1シートずつ、1行に1件を記入してください。空のシートは読み飛ばします。",
)
SETUP_INSTRUCTIONS: tuple[Wording, ...] = (
    Wording(
        "setup.instructions.order",
        en="Sheets are imported in order: venues, delegations, B2B sessions, organisations, "
        "participants, programme, interpreters, unavailability, meeting requests.",
        it="I fogli sono importati in quest'ordine: sedi, delegazioni, sessioni B2B, "
        "organizzazioni, partecipanti, programma, interpreti, indisponibilità, richieste di "
        "incontro.",
        ja="シートは、会場・代表団・B2B商談会・企業・参加者・プログラム・通訳・不在時間・商談希望の"
        "順に取り込まれます。",
    ),
    Wording(
        "setup.instructions.times",
        en="Dates as 2027-10-14, times as 14:00, in the venue's time zone.",
        it="Date come 2027-10-14, orari come 14:00, nel fuso orario della sede.",
        ja="日付は 2027-10-14、時刻は 14:00 の形式で、会場のタイムゾーンで記入してください。",
    ),
    Wording(
        "setup.instructions.names",
        en="Names in English are required; Italian and Japanese names are optional "
        "(English is printed where they are missing).",
        it="I nomi in inglese sono obbligatori; quelli in italiano e giapponese sono "
        "facoltativi (dove mancano si stampa l'inglese).",
        ja="英語の名称は必須、イタリア語と日本語の名称は任意です（ない場合は英語で印刷されます）。",
    ),
    Wording(
        "setup.instructions.again",
        en="A sheet with a wrong row is not imported, nor the sheets after it; fix it and "
        "import the workbook again: rows already imported are matched, not doubled.",
        it="Un foglio con una riga errata non viene importato, né i fogli successivi; "
        "correggerlo e importare di nuovo: le righe già importate vengono riconosciute, "
        "non duplicate.",
        ja="誤りのある行を含むシートとそれ以降のシートは取り込まれません。修正して再度取り込むと、"
        "取り込み済みの行は照合され、重複しません。",
    ),
)
SETUP_NO_SHEETS = Wording(
    "setup.no_sheets",
    en="{name} has no sheet of the set-up workbook (Venues, Delegations, B2B sessions, "
    "Organisations, Participants, …).",
    it="{name} non ha fogli del modello di impostazione (Sedi, Delegazioni, Sessioni B2B, "
    "Organizzazioni, Partecipanti, …).",
    ja="{name} には設定用ブックのシート（会場・代表団・B2B商談会・企業・参加者など）がありません。",
)
SETUP_SHEET_REFUSED = Wording(
    "setup.sheet_refused",
    en='Sheet "{sheet}" was not imported: {errors} row(s) have errors (row {row}: {problem}). '
    "Imported before it: {done}. Fix the sheet and import the workbook again.",
    it='Il foglio "{sheet}" non è stato importato: {errors} righe con errori (riga {row}: '
    "{problem}). Importati prima: {done}. Correggere il foglio e importare di nuovo.",
    ja="シート「{sheet}」は取り込まれませんでした。{errors} 行に誤りがあります（{row} 行目："
    "{problem}）。それ以前に取り込み済み：{done}。シートを修正して再度取り込んでください。",
)
# --- meeting requests (the Requests page, ponte request) ------------------------------------

REQUEST_ITSELF = Wording(
    "requests.itself",
    en="An organisation cannot ask to meet itself.",
    it="Un'organizzazione non può chiedere di incontrare sé stessa.",
    ja="組織が自分自身との商談を希望することはできません。",
)
REQUEST_SAME_SIDE = Wording(
    "requests.same_side",
    en="{a} and {b} are both of the {city} side; a meeting is always between a Turin and a "
    "Nagoya organisation.",
    it="{a} e {b} sono entrambe del lato di {city}; un incontro è sempre tra "
    "un'organizzazione di Torino e una di Nagoya.",
    ja="{a} と {b} はどちらも{city}側です。商談は必ずトリノ側と名古屋側の組織の間で行います。",
)
REQUEST_UNKNOWN_ORGANISATION = Wording(
    "requests.unknown_organisation",
    en="{organisation!r} is not an organisation of this mission.",
    it="{organisation!r} non è un'organizzazione di questa missione.",
    ja="{organisation!r} はこのミッションの組織ではありません。",
)
REQUEST_AMBIGUOUS_ORGANISATION = Wording(
    "requests.ambiguous_organisation",
    en="{organisation!r} names several organisations of this mission ({ids}); give the id.",
    it="{organisation!r} indica più organizzazioni di questa missione ({ids}); indicare l'id.",
    ja="{organisation!r} に当てはまる組織が複数あります（{ids}）。ID を指定してください。",
)
REQUEST_PRIORITY_RANGE = Wording(
    "requests.priority_range",
    en="The priority must be from 1 (nice to have) to 5 (essential), not {priority}.",
    it="La priorità va da 1 (gradito) a 5 (essenziale), non {priority}.",
    ja="優先度は 1（できれば）から 5（必須級）の間で指定してください（{priority} は不可）。",
)
REQUEST_NO_THANKS_MANDATORY = Wording(
    "requests.no_thanks_mandatory",
    en="A request answered “no thanks” cannot be mandatory.",
    it="Una richiesta con risposta “no grazie” non può essere obbligatoria.",
    ja="「お断り」の商談希望は必須にできません。",
)
REQUEST_NONE = Wording(
    "requests.none",
    en="{a} has not asked to meet {b}.",
    it="{a} non ha chiesto di incontrare {b}.",
    ja="{a} は {b} との商談を希望していません。",
)
REQUEST_NO_SUGGESTION = Wording(
    "requests.no_suggestion",
    en="There is no suggested pair number {number}; the list has {count}.",
    it="Non c'è la coppia suggerita numero {number}; l'elenco ne ha {count}.",
    ja="提案 {number} 番はありません（提案は {count} 件です）。",
)
SIDE_TURIN = Wording("requests.side.turin", en="Turin", it="Torino", ja="トリノ")
SIDE_NAGOYA = Wording("requests.side.nagoya", en="Nagoya", it="Nagoya", ja="名古屋")
# --- interpreters (the Interpreters page and ``ponte interpreter``) -------------------------

FIELD_REFUSED = Wording(
    "refusals.field", en="{field}: {problem}", it="{field}: {problem}", ja="{field}：{problem}"
)
REFUSED_LIST = Wording(
    "refusals.list", en="{first}; {rest}", it="{first}; {rest}", ja="{first}　{rest}"
)
INTERPRETER_ONE_LANGUAGE = Wording(
    "interpreters.one_language",
    en="An interpreter needs at least two languages (e.g. Italian and Japanese).",
    it="Un interprete deve parlare almeno due lingue (ad es. italiano e giapponese).",
    ja="通訳者には2つ以上の言語が必要です（例：イタリア語と日本語）。",
)
INTERPRETER_NO_COMMON_LANGUAGE = Wording(
    "interpreters.no_common_language",
    en="Nobody in the mission's organisations speaks {languages}; they speak {spoken}. "
    "Check the language codes.",
    it="Nessuno nelle organizzazioni della missione parla {languages}; parlano {spoken}. "
    "Controllare i codici delle lingue.",
    ja="ミッションの組織には {languages} を話す人がいません（話される言語：{spoken}）。"
    "言語コードを確認してください。",
)
INTERPRETER_NOBODY_YET = Wording(
    "interpreters.nobody_yet",
    en="The mission's organisations have no participant with languages yet, so the "
    "interpreter's languages could not be compared with anyone's.",
    it="Le organizzazioni della missione non hanno ancora partecipanti con lingue: le lingue "
    "dell'interprete non si sono potute confrontare.",
    ja="ミッションの組織にはまだ言語が登録された参加者がいないため、通訳者の言語を照合できません"
    "でした。",
)
INTERPRETER_ONE_SIDE = Wording(
    "interpreters.one_side",
    en="Nobody of the {side} side speaks {languages}: this interpreter can help only one side.",
    it="Nessuno del lato {side} parla {languages}: questo interprete può aiutare solo un lato.",
    ja="{side}側には {languages} を話す人がいません。この通訳者は片側しか支援できません。",
)
SIDE_TURIN = Wording("interpreters.side_turin", en="Turin", it="Torino", ja="トリノ")
SIDE_NAGOYA = Wording("interpreters.side_nagoya", en="Nagoya", it="Nagoya", ja="名古屋")
UNKNOWN_SESSION = Wording(
    "interpreters.unknown_session",
    en="There is no B2B session {session} in this mission.",
    it="In questa missione non c'è la sessione B2B {session}.",
    ja="このミッションには B2B 商談会 {session} がありません。",
)
NOT_AN_INTERPRETER = Wording(
    "interpreters.not_an_interpreter",
    en="There is no interpreter {id} in this mission.",
    it="In questa missione non c'è l'interprete {id}.",
    ja="このミッションには通訳者 {id} がいません。",
)
FIELD_NAMES = Wording("interpreters.field.names", en="Names", it="Nomi", ja="氏名")
FIELD_LANGUAGES = Wording("interpreters.field.languages", en="Languages", it="Lingue", ja="言語")
FIELD_SESSIONS = Wording("interpreters.field.sessions", en="Sessions", it="Sessioni", ja="商談会")

# --- a person's unavailability (the day timeline and ``ponte unavailable``) ----------------

PERIOD_END_BEFORE_START = Wording(
    "availability.end_before_start",
    en="The end ({end}) must come after the start ({start}).",
    it="La fine ({end}) deve venire dopo l'inizio ({start}).",
    ja="終了（{end}）は開始（{start}）より後にしてください。",
)
PERIOD_OUTSIDE_MISSION = Wording(
    "availability.outside_mission",
    en="The period must lie within the mission's dates, {first} to {last}.",
    it="Il periodo deve cadere entro le date della missione, dal {first} al {last}.",
    ja="期間はミッションの日程（{first}〜{last}）の範囲内にしてください。",
)
PERIOD_SKIPPED_TIME = Wording(
    "availability.skipped_time",
    en="{time} does not exist in {zone}: the clocks skip it (change to summer time).",
    it="{time} non esiste nel fuso {zone}: gli orologi la saltano (passaggio all'ora legale).",
    ja="{time} は {zone} には存在しません（夏時間への切り替えで飛ばされる時刻です）。",
)
PERIOD_OVERLAPS = Wording(
    "availability.overlaps",
    en="This overlaps {period} ({reason}); change that one, or give both the same reason to "
    "merge them.",
    it="Si sovrappone a {period} ({reason}); modificare quello, oppure dare a entrambi lo "
    "stesso motivo per unirli.",
    ja="{period}（{reason}）と重なっています。そちらを変更するか、同じ理由にして統合してください。",
)
PERIOD_REASON_TOO_LONG = Wording(
    "availability.reason_too_long",
    en="The reason is longer than {limit} characters.",
    it="Il motivo supera i {limit} caratteri.",
    ja="理由が {limit} 文字を超えています。",
)
PERIOD_NO_TIME = Wording(
    "availability.no_time",
    en="{value!r} is not a date and time such as 2027-10-14 14:00.",
    it="{value!r} non è una data e ora come 2027-10-14 14:00.",
    ja="{value!r} は日時（例：2027-10-14 14:00）ではありません。",
)
PERIOD_ZONE_UNKNOWN = Wording(
    "availability.zone_unknown",
    en="{zone!r} is not an IANA time zone such as Asia/Tokyo or Europe/Rome.",
    it="{zone!r} non è un fuso orario IANA come Asia/Tokyo o Europe/Rome.",
    ja="{zone!r} は IANA タイムゾーン（例：Asia/Tokyo、Europe/Rome）ではありません。",
)
PERIOD_NO_REASON = Wording(
    "availability.no_reason", en="no reason given", it="nessun motivo", ja="理由なし"
)
FIELD_START = Wording("availability.field.start", en="From", it="Dalle", ja="開始")
FIELD_END = Wording("availability.field.end", en="To", it="Alle", ja="終了")
FIELD_REASON = Wording("availability.field.reason", en="Reason", it="Motivo", ja="理由")
FIELD_ZONE = Wording("availability.field.zone", en="Time zone", it="Fuso orario", ja="タイムゾーン")
FIELD_FAMILY_NAME = Wording(
    "people.field.family_name", en="Family name", it="Cognome", ja="姓（ローマ字）"
)
FIELD_GIVEN_NAME = Wording(
    "people.field.given_name", en="Given name", it="Nome", ja="名（ローマ字）"
)
FIELD_FAMILY_KANJI = Wording(
    "people.field.family_name_kanji",
    en="Family name (kanji)",
    it="Cognome (kanji)",
    ja="姓（漢字）",
)
FIELD_GIVEN_KANJI = Wording(
    "people.field.given_name_kanji", en="Given name (kanji)", it="Nome (kanji)", ja="名（漢字）"
)
FIELD_FAMILY_KANA = Wording(
    "people.field.family_name_kana", en="Family name (kana)", it="Cognome (kana)", ja="姓（かな）"
)
FIELD_GIVEN_KANA = Wording(
    "people.field.given_name_kana", en="Given name (kana)", it="Nome (kana)", ja="名（かな）"
)
FIELD_EMAIL = Wording("people.field.email", en="E-mail", it="E-mail", ja="メール")
FIELD_PHONE = Wording("people.field.phone", en="Phone", it="Telefono", ja="電話")
FIELD_NOTES = Wording("people.field.notes", en="Notes", it="Note", ja="備考")
