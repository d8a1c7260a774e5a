"""What the mission lock says to a coordinator: who holds it and doing what, and a mission
deleted while an operation waited for it."""

from __future__ import annotations

from app.common.wording import Wording

# One sentence per operation holding the lock, naming its holder (Store.actor).
BUSY_IMPORT = Wording(
    "lock.busy_import",
    en="{holder} is importing into this mission; try again when it is done.",
    it="{holder} sta importando dati in questa missione; riprovare quando avrà finito.",
    ja="{holder} さんがこのミッションにインポート中です。終わってからもう一度お試しください。",
)
BUSY_MERGE = Wording(
    "lock.busy_merge",
    en="{holder} is merging participants of this mission; try again when it is done.",
    it="{holder} sta unendo partecipanti di questa missione; riprovare quando avrà finito.",
    ja="{holder} さんがこのミッションの参加者を統合中です。終わってからもう一度お試しください。",
)
BUSY_SCHEDULE = Wording(
    "lock.busy_schedule",
    en="{holder} is storing a schedule for this mission; try again when it is done.",
    it="{holder} sta salvando una pianificazione per questa missione; riprovare quando avrà "
    "finito.",
    ja="{holder} さんがこのミッションのスケジュールを保存中です。"
    "終わってからもう一度お試しください。",
)
BUSY_REPLACE_DEMO = Wording(
    "lock.busy_replace_demo",
    en="{holder} is rewriting the demo missions; try again when it is done.",
    it="{holder} sta riscrivendo le missioni dimostrative; riprovare quando avrà finito.",
    ja="{holder} さんがデモ用ミッションを書き直し中です。終わってからもう一度お試しください。",
)
BUSY_ERASE = Wording(
    "lock.busy_erase",
    en="{holder} is erasing personal data in this mission; try again when it is done.",
    it="{holder} sta cancellando dati personali in questa missione; riprovare quando avrà finito.",
    ja="{holder} さんがこのミッションの個人データを消去中です。"
    "終わってからもう一度お試しください。",
)
BUSY_OFFLINE_RETURN = Wording(
    "lock.busy_offline_return",
    en="{holder} is bringing an offline copy of this mission back; try again when it is done.",
    it="{holder} sta riportando sul server una copia offline di questa missione; riprovare "
    "quando avrà finito.",
    ja="{holder} さんがこのミッションのオフライン用コピーをサーバーに戻しています。"
    "終わってからもう一度お試しください。",
)
BUSY_UNNAMED = Wording(
    "lock.busy_unnamed",
    en="Another coordinator or program is changing this mission (an import, a merge or a "
    "schedule); try again when it is done.",
    it="Un altro coordinatore o programma sta modificando questa missione (un'importazione, "
    "un'unione o una pianificazione); riprovare quando avrà finito.",
    ja="別のコーディネーターまたはプログラムがこのミッションを変更中です"
    "（インポート、統合、スケジュールなど）。終わってからもう一度お試しください。",
)
SOMEONE = Wording(
    "lock.someone",
    en="Another coordinator",
    it="Un altro coordinatore",
    ja="別のコーディネーター",
)
WAITING = Wording(
    "lock.waiting",
    en="Waiting: {busy}",
    it="In attesa: {busy}",
    ja="待機中: {busy}",
)
MISSION_GONE = Wording(
    "lock.mission_gone",
    en="This mission was deleted (by another coordinator or program) while this waited for "
    "it; nothing was written.",
    it="Questa missione è stata eliminata (da un altro coordinatore o programma) durante "
    "l'attesa; non è stato scritto nulla.",
    ja="待機している間に、このミッションは（別のコーディネーターまたはプログラムによって）"
    "削除されました。何も書き込んでいません。",
)

# --- what a race left for the database to refuse (app.store.failures) ----------------------

RACE_REFUSED = Wording(
    "lock.race_refused",
    en="Another coordinator changed the same records at the same moment, and the database "
    "refused this change; nothing of it was written. Try again: it will see their change.",
    it="Un altro coordinatore ha modificato gli stessi dati nello stesso momento e il "
    "database ha rifiutato questa modifica; non ne è stato scritto nulla. Riprovare: "
    "terrà conto della sua modifica.",
    ja="別のコーディネーターが同時に同じデータを変更したため、データベースはこの変更を"
    "受け付けませんでした。この変更は何も書き込まれていません。もう一度お試しください"
    "（相手の変更を反映して処理します）。",
)
