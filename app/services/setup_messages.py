"""What the set-up actions (editing a mission, venues, travel times, delegations, reusing a
mission's set-up) say to a user, in Italian, Japanese and English."""

from __future__ import annotations

from app.common.wording import Wording

# --- the mission ---------------------------------------------------------------------------

MISSION_NOT_FOUND = Wording(
    "setup.mission_not_found",
    en="This database has no mission {mission}.",
    it="Questo database non contiene la missione {mission}.",
    ja="このデータベースにはミッション {mission} がありません。",
)
MISSION_NAME_IT_TOO_LONG = Wording(
    "setup.mission_name_it_too_long",
    en="The Italian name is longer than {limit} characters.",
    it="Il nome in italiano supera i {limit} caratteri.",
    ja="イタリア語の名称が {limit} 文字を超えています。",
)
DATES_LEAVE_OUT = Wording(
    "setup.dates_leave_out",
    en="These dates would leave out of the mission: {items}. Move them first, or choose "
    "dates that include them.",
    it="Con queste date resterebbero fuori dalla missione: {items}. Spostarli prima, oppure "
    "scegliere date che li comprendano.",
    ja="この日程では次の予定がミッションの期間外になります：{items}。先に移動するか、"
    "それらを含む日程を選んでください。",
)
SESSION_ON = Wording(
    "setup.session_on",
    en="the B2B session {name!r} on {day}",
    it="la sessione B2B {name!r} del {day}",
    ja="{day} のB2B商談会「{name}」",
)
ITEM_ON = Wording(
    "setup.item_on",
    en="the programme item {name!r} on {day}",
    it="l'evento in programma {name!r} del {day}",
    ja="{day} のプログラム「{name}」",
)
AND_MORE = Wording(
    "setup.and_more",
    en="{items} and {count} more",
    it="{items} e altri {count}",
    ja="{items} ほか {count} 件",
)

# --- venues --------------------------------------------------------------------------------

VENUE_NAME_MISSING = Wording(
    "setup.venue_name_missing",
    en="The venue needs a name in Latin letters.",
    it="Indicare il nome della sede in caratteri latini.",
    ja="会場名をローマ字（ラテン文字）で入力してください。",
)
NAME_TOO_LONG = Wording(
    "setup.name_too_long",
    en="The name is longer than {limit} characters.",
    it="Il nome supera i {limit} caratteri.",
    ja="名称が {limit} 文字を超えています。",
)
NAME_IT_TOO_LONG = Wording(
    "setup.name_it_too_long",
    en="The Italian name is longer than {limit} characters.",
    it="Il nome in italiano supera i {limit} caratteri.",
    ja="イタリア語の名称が {limit} 文字を超えています。",
)
NAME_JA_TOO_LONG = Wording(
    "setup.name_ja_too_long",
    en="The Japanese name is longer than {limit} characters.",
    it="Il nome in giapponese supera i {limit} caratteri.",
    ja="日本語の名称が {limit} 文字を超えています。",
)
VENUE_NAME_TAKEN = Wording(
    "setup.venue_name_taken",
    en="This mission already has a venue named {name!r}.",
    it="Questa missione ha già una sede chiamata {name!r}.",
    ja="このミッションには「{name}」という会場がすでにあります。",
)
VENUE_CITY_TOO_LONG = Wording(
    "setup.venue_city_too_long",
    en="The city is longer than {limit} characters.",
    it="La città supera i {limit} caratteri.",
    ja="都市名が {limit} 文字を超えています。",
)
VENUE_ZONE_UNKNOWN = Wording(
    "setup.venue_zone_unknown",
    en="{zone!r} is not an IANA time zone name such as Asia/Tokyo or Europe/Rome.",
    it="{zone!r} non è un nome di fuso orario IANA come Asia/Tokyo o Europe/Rome.",
    ja="「{zone}」は IANA のタイムゾーン名（例：Asia/Tokyo、Europe/Rome）ではありません。",
)
VENUE_NOT_FOUND = Wording(
    "setup.venue_not_found",
    en="This mission has no venue {venue}.",
    it="Questa missione non ha la sede {venue}.",
    ja="このミッションには会場 {venue} がありません。",
)
VENUE_IN_USE = Wording(
    "setup.venue_in_use",
    en="The venue {name!r} is used by {items}; choose another venue for them first.",
    it="La sede {name!r} è usata da {items}; scegliere prima un'altra sede per questi.",
    ja="会場「{name}」は {items} で使われています。先にそれらの会場を変更してください。",
)
SESSION_NAMED = Wording(
    "setup.session_named",
    en="the B2B session {name!r}",
    it="la sessione B2B {name!r}",
    ja="B2B商談会「{name}」",
)
INTERPRETER_NAMED = Wording(
    "setup.interpreter_named",
    en="a break of the interpreter {name}",
    it="una pausa dell'interprete {name}",
    ja="通訳者 {name} の休憩",
)
ITEM_NAMED = Wording(
    "setup.item_named",
    en="the programme item {name!r}",
    it="l'evento in programma {name!r}",
    ja="プログラム「{name}」",
)
LIST_LINK = Wording(
    "setup.list_link",
    en="{first}, {rest}",
    it="{first}, {rest}",
    ja="{first}・{rest}",
)

# --- travel times --------------------------------------------------------------------------

TRAVEL_SAME_VENUE = Wording(
    "setup.travel_same_venue",
    en="A travel time goes from one venue to another; choose two different venues.",
    it="Un tempo di percorrenza va da una sede a un'altra: scegliere due sedi diverse.",
    ja="移動時間は別々の2つの会場の間で設定します。異なる会場を選んでください。",
)
TRAVEL_MINUTES_RANGE = Wording(
    "setup.travel_minutes_range",
    en="A travel time is between 0 and 1440 minutes (one day), not {minutes}.",
    it="Un tempo di percorrenza è tra 0 e 1440 minuti (un giorno), non {minutes}.",
    ja="移動時間は 0〜1440 分（1日）の範囲で指定してください（{minutes} は不可）。",
)

# --- delegations ---------------------------------------------------------------------------

DELEGATION_NAME_MISSING = Wording(
    "setup.delegation_name_missing",
    en="The delegation needs a name in English.",
    it="Indicare il nome della delegazione in inglese.",
    ja="代表団の英語名を入力してください。",
)
DELEGATION_NAME_TAKEN = Wording(
    "setup.delegation_name_taken",
    en="This mission already has a delegation named {name!r}.",
    it="Questa missione ha già una delegazione chiamata {name!r}.",
    ja="このミッションには「{name}」という代表団がすでにあります。",
)
DELEGATION_SIDE_UNKNOWN = Wording(
    "setup.delegation_side_unknown",
    en="{side!r} is not a side; a delegation is of the Turin side or of the Nagoya side.",
    it="{side!r} non è un lato: una delegazione è del lato di Torino o di Nagoya.",
    ja="「{side}」は所属側ではありません。代表団はトリノ側か名古屋側のどちらかです。",
)
DELEGATION_NOT_FOUND = Wording(
    "setup.delegation_not_found",
    en="This mission has no delegation {delegation}.",
    it="Questa missione non ha la delegazione {delegation}.",
    ja="このミッションには代表団 {delegation} がありません。",
)
HEAD_UNKNOWN = Wording(
    "setup.head_unknown",
    en="The head of delegation must be a participant of this mission (no participant {head}).",
    it="Il capo delegazione deve essere un partecipante di questa missione (nessun "
    "partecipante {head}).",
    ja="団長はこのミッションの参加者である必要があります（参加者 {head} はいません）。",
)
MEMBER_ORG_UNKNOWN = Wording(
    "setup.member_org_unknown",
    en="This mission has no organisation {organisation}.",
    it="Questa missione non ha l'organizzazione {organisation}.",
    ja="このミッションには組織 {organisation} がありません。",
)
MEMBER_PERSON_UNKNOWN = Wording(
    "setup.member_person_unknown",
    en="This mission has no participant {participant}.",
    it="Questa missione non ha il partecipante {participant}.",
    ja="このミッションには参加者 {participant} がいません。",
)

# --- reusing a mission's set-up ------------------------------------------------------------

REUSE_NONEXISTENT_TIME = Wording(
    "setup.reuse_nonexistent_time",
    en="{what} would start or end at {time} in {zone}, a time the clocks skip on that day "
    "(DST change). Choose another start date, or change its times first.",
    it="{what} inizierebbe o finirebbe alle {time} in {zone}, un'ora che quel giorno non "
    "esiste (cambio dell'ora legale). Scegliere un'altra data di inizio, o cambiarne prima "
    "gli orari.",
    ja="{what} の開始または終了が {zone} の {time} になりますが、その日は夏時間の切り替えで"
    "存在しない時刻です。別の開始日を選ぶか、先に時刻を変更してください。",
)
REUSE_DATE_OUT_OF_RANGE = Wording(
    "setup.reuse_date_out_of_range",
    en="The new start date {day} moves the mission out of the calendar Ponte handles.",
    it="La nuova data di inizio {day} porta la missione fuori dal calendario gestito da Ponte.",
    ja="新しい開始日 {day} では、ミッションが Ponte の扱える暦の範囲外になります。",
)

# --- what is missing next --------------------------------------------------------------------

NEXT_NO_VENUE = Wording(
    "setup.next_no_venue",
    en="No venue yet: add one.",
    it="Ancora nessuna sede: aggiungerne una.",
    ja="会場がまだありません。追加してください。",
)
NEXT_NO_DELEGATION = Wording(
    "setup.next_no_delegation",
    en="No delegation yet: add the Turin and the Nagoya delegations.",
    it="Ancora nessuna delegazione: aggiungere le delegazioni di Torino e di Nagoya.",
    ja="代表団がまだありません。トリノ側と名古屋側の代表団を追加してください。",
)
NEXT_ONE_SIDE = Wording(
    "setup.next_one_side",
    en="Only one side has a delegation: add a delegation for the other side.",
    it="Solo un lato ha una delegazione: aggiungerne una per l'altro lato.",
    ja="代表団が片側にしかありません。もう一方の側の代表団を追加してください。",
)
NEXT_NO_SESSION = Wording(
    "setup.next_no_session",
    en="No B2B session yet: add one (Sessions page).",
    it="Ancora nessuna sessione B2B: aggiungerne una (pagina Sessioni).",
    ja="B2B商談会がまだありません。追加してください（「商談会」ページ）。",
)
NEXT_NO_ORGANISATIONS = Wording(
    "setup.next_no_organisations",
    en="No organisations yet: import them (File › Import…).",
    it="Ancora nessuna organizzazione: importarle (File › Importa…).",
    ja="組織がまだありません。インポートしてください（ファイル › インポート…）。",
)
NEXT_NO_PARTICIPANTS = Wording(
    "setup.next_no_participants",
    en="No participants yet: import them (File › Import…).",
    it="Ancora nessun partecipante: importarli (File › Importa…).",
    ja="参加者がまだいません。インポートしてください（ファイル › インポート…）。",
)
NEXT_NO_INTERPRETER = Wording(
    "setup.next_no_interpreter",
    en="No interpreter yet: add them (Interpreters page).",
    it="Ancora nessun interprete: aggiungerli (pagina Interpreti).",
    ja="通訳者がまだいません。追加してください（「通訳者」ページ）。",
)
NEXT_NO_REQUESTS = Wording(
    "setup.next_no_requests",
    en="No meeting requests yet: enter them (Requests page) or import them.",
    it="Ancora nessuna richiesta di incontro: inserirle (pagina Richieste) o importarle.",
    ja="商談希望がまだありません。入力するか（「商談希望」ページ）インポートしてください。",
)
NEXT_READY = Wording(
    "setup.next_ready",
    en="The set-up is complete: schedule the B2B meetings (B2B page).",
    it="La configurazione è completa: pianificare gli incontri B2B (pagina B2B).",
    ja="設定は完了しています。B2B商談の日程を組んでください（「B2B」ページ）。",
)
NEXT_SCHEDULED = Wording(
    "setup.next_scheduled",
    en="The B2B meetings are scheduled: make the documents (Documents page), then publish "
    "and send them (Publish page).",
    it="Gli incontri B2B sono pianificati: creare i documenti (pagina Documenti), poi "
    "pubblicarli e inviarli (pagina Pubblica).",
    ja="B2B商談の日程が決まりました。書類を作成し（「書類」ページ）、公開・送信してください"
    "（「公開」ページ）。",
)
