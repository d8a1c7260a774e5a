"""What marking meetings on the day says to a user."""

from __future__ import annotations

from app.common.wording import Wording

NOTE_TOO_LONG = Wording(
    "status.note_too_long",
    en="The note has {length} characters; at most {limit} fit on a meeting (say it shorter, "
    "e.g. “arrived 20 min late”).",
    it="La nota ha {length} caratteri; su un incontro ne stanno al massimo {limit} (scrivila "
    "più breve, p. es. “arrivato con 20 min di ritardo”).",
    ja="メモが {length} 文字あります。商談に書けるのは {limit} 文字までです（例："
    "「20分遅れて到着」のように短くしてください）。",
)
PLANNING_CANCELLED = Wording(
    "status.planning_cancelled",
    en="Meeting {id} ({pair}) was cancelled while planning: it is on no table and no agenda, "
    "so nothing can be marked on it. Place it again from the B2B page if it is to be held.",
    it="L'incontro {id} ({pair}) è stato annullato durante la pianificazione: non è su nessun "
    "tavolo né agenda, quindi non si può segnare nulla. Se deve svolgersi, ripianificalo dalla "
    "pagina B2B.",
    ja="商談 {id}（{pair}）は計画段階で取り消されています。どのテーブルにもアジェンダにもないため、"
    "記録できません。行う場合は B2B ページからもう一度配置してください。",
)
TABLE_TAKEN = Wording(
    "status.table_taken",
    en="Meeting {id} ({pair}) cannot go back on the grid: table {table} at {time} now holds "
    "{other}. Move one of them first.",
    it="L'incontro {id} ({pair}) non può tornare nella griglia: il tavolo {table} alle {time} "
    "ospita ora {other}. Sposta prima uno dei due.",
    ja="商談 {id}（{pair}）はグリッドに戻せません。{time} のテーブル {table} には今 {other} が"
    "入っています。先にどちらかを移動してください。",
)
NOT_ON_SHEET = Wording(
    "status.not_on_sheet",
    en="Meeting {id} is not on the sheet of table {table} any more (it was moved or cancelled "
    "meanwhile); nothing was saved. Print the sheet again or mark it on the per-table view.",
    it="L'incontro {id} non è più sul foglio del tavolo {table} (è stato spostato o annullato "
    "nel frattempo); non è stato salvato nulla. Ristampa il foglio o segnalo nella vista per "
    "tavolo.",
    ja="商談 {id} はもうテーブル {table} のシートにありません（その間に移動または取り消されま"
    "した）。何も保存していません。シートを印刷し直すか、テーブル別の画面で記録してください。",
)
UNKNOWN_STATUS = Wording(
    "status.unknown_status",
    en="“{status}” is not a meeting status; say one of: {choices}.",
    it="“{status}” non è uno stato dell'incontro; indica uno tra: {choices}.",
    ja="「{status}」は商談の状態ではありません。次のいずれかを指定してください：{choices}。",
)
NO_SUCH_TABLE = Wording(
    "status.no_such_table",
    en="Session {session} has no table {table}.",
    it="La sessione {session} non ha un tavolo {table}.",
    ja="セッション {session} にテーブル {table} はありません。",
)
NO_SUCH_SESSION = Wording(
    "status.no_such_session",
    en="This mission has no B2B session {session}.",
    it="Questa missione non ha una sessione B2B {session}.",
    ja="このミッションに B2B セッション {session} はありません。",
)
