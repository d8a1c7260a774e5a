"""What the checks of a programme item say, in English, Italian and Japanese."""

from __future__ import annotations

from app.common.wording import Wording

ITEM_INVALID = Wording(
    "programme.invalid",
    en="The programme item was not saved: {problems}",
    it="L'evento del programma non è stato salvato: {problems}",
    ja="プログラムの項目は保存されていません: {problems}",
)
PROBLEMS = Wording(
    "programme.problems", en="{first} {rest}", it="{first} {rest}", ja="{first}{rest}"
)
ITEM_KIND_B2B = Wording(
    "programme.kind_b2b",
    en="B2B meetings are set up as sessions (Sessions page), not as programme items.",
    it="Gli incontri B2B si impostano come sessioni (pagina Sessioni), non come eventi.",
    ja="B2B商談は商談会（商談会ページ）として設定します。プログラム項目にはできません。",
)
ITEM_TITLE_MISSING = Wording(
    "programme.title_missing",
    en="Give the item a title in English (shown to readers whose language has none).",
    it="Dai all'evento un titolo in inglese (lo vede chi non ha il titolo nella sua lingua).",
    ja="英語のタイトルを入力してください（自分の言語のタイトルがない読者に表示されます）。",
)
ITEM_TITLE_TOO_LONG = Wording(
    "programme.title_too_long",
    en="A title has at most {limit} characters.",
    it="Un titolo ha al massimo {limit} caratteri.",
    ja="タイトルは {limit} 文字以内です。",
)
ITEM_DESCRIPTION_TOO_LONG = Wording(
    "programme.description_too_long",
    en="A description has at most {limit} characters.",
    it="Una descrizione ha al massimo {limit} caratteri.",
    ja="説明は {limit} 文字以内です。",
)
ITEM_VENUE_UNKNOWN = Wording(
    "programme.venue_unknown",
    en="Venue {venue} is not one of this mission's venues.",
    it="La sede {venue} non è tra le sedi di questa missione.",
    ja="会場 {venue} はこのミッションの会場ではありません。",
)
ITEM_ZONE_UNKNOWN = Wording(
    "programme.zone_unknown",
    en='"{zone}" is not a time zone name (for example Europe/Rome or Asia/Tokyo).',
    it='"{zone}" non è il nome di un fuso orario (per esempio Europe/Rome o Asia/Tokyo).',
    ja="「{zone}」はタイムゾーン名ではありません（例: Europe/Rome、Asia/Tokyo）。",
)
ITEM_DELEGATION_MISSING = Wording(
    "programme.delegation_missing",
    en="Choose the delegation the item is for.",
    it="Scegli la delegazione a cui è destinato l'evento.",
    ja="対象の代表団を選んでください。",
)
ITEM_DELEGATION_UNKNOWN = Wording(
    "programme.delegation_unknown",
    en="Delegation {delegation} is not in this mission.",
    it="La delegazione {delegation} non fa parte di questa missione.",
    ja="代表団 {delegation} はこのミッションにありません。",
)
ITEM_ORGANISATION_MISSING = Wording(
    "programme.organisation_missing",
    en="Choose the organisation whose delegates the item is for.",
    it="Scegli l'organizzazione ai cui delegati è destinato l'evento.",
    ja="対象の組織を選んでください。",
)
ITEM_ORGANISATION_UNKNOWN = Wording(
    "programme.organisation_unknown",
    en="Organisation {organisation} is not in this mission.",
    it="L'organizzazione {organisation} non fa parte di questa missione.",
    ja="組織 {organisation} はこのミッションにありません。",
)
ITEM_NOBODY_NAMED = Wording(
    "programme.nobody_named",
    en="Name at least one participant, or choose another audience.",
    it="Indica almeno un partecipante, o scegli un altro pubblico.",
    ja="参加者を1人以上指定するか、別の対象を選んでください。",
)
ITEM_PARTICIPANTS_UNKNOWN = Wording(
    "programme.participants_unknown",
    en="No participant with id {ids} in this mission.",
    it="Nessun partecipante con id {ids} in questa missione.",
    ja="ID {ids} の参加者はこのミッションにいません。",
)
ITEM_TIME_SKIPPED = Wording(
    "programme.time_skipped",
    en="{time} does not exist on {day} in {zone}: the clocks skip it (change to summer time).",
    it="Le {time} del {day} non esistono nel fuso {zone}: l'ora legale le salta.",
    ja="{day} の {time} は {zone} では存在しません（夏時間の切り替えで飛ばされます）。",
)
ITEM_TIME_TWICE = Wording(
    "programme.time_twice",
    en="{time} happens twice in {zone} (the clocks go back): {first} or {second}?",
    it="Le {time} capitano due volte nel fuso {zone} (torna l'ora solare): {first} o {second}?",
    ja="{zone} では {time} が2回あります（時計が戻ります）: {first} と {second} のどちらですか？",
)
ITEM_ENDS_BEFORE_START = Wording(
    "programme.ends_before_start",
    en="The item ends before it starts.",
    it="L'evento finisce prima di cominciare.",
    ja="終了時刻が開始時刻より前です。",
)
ITEM_TOO_LONG = Wording(
    "programme.too_long",
    en="An item lasts at most {hours} hours: split a longer one into days.",
    it="Un evento dura al massimo {hours} ore: dividi quelli più lunghi per giorno.",
    ja="1つの項目は最長 {hours} 時間です。長いものは日ごとに分けてください。",
)
ITEM_OUTSIDE_MISSION = Wording(
    "programme.outside_mission",
    en="{day} is outside the mission ({first} to {last}).",
    it="Il {day} è fuori dalle date della missione (dal {first} al {last}).",
    ja="{day} はミッション期間（{first}〜{last}）外です。",
)
PROGRAMME_ITEM = Wording(
    "programme.record", en="Programme item", it="Evento del programma", ja="プログラム項目"
)
