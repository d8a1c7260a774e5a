"""What the mission lock says to a coordinator: who holds it and doing what, and a mission
deleted while an operation waited for it."""

from __future__ import annotations

from app.common.wording import Wording

# What the holder of the lock is doing, one phrase per operation, naming the holder (Store.actor);
# said inside BUSY (refused) or WAITING (still waiting).
DOING_IMPORT = Wording(
    "lock.doing_import",
    en="{holder} is importing into this mission",
    it="{holder} sta importando dati in questa missione",
    ja="{holder} さんがこのミッションにインポート中です",
)
DOING_MERGE = Wording(
    "lock.doing_merge",
    en="{holder} is merging participants of this mission",
    it="{holder} sta unendo partecipanti di questa missione",
    ja="{holder} さんがこのミッションの参加者を統合中です",
)
DOING_SCHEDULE = Wording(
    "lock.doing_schedule",
    en="{holder} is storing a schedule for this mission",
    it="{holder} sta salvando una pianificazione per questa missione",
    ja="{holder} さんがこのミッションのスケジュールを保存中です",
)
DOING_REPLACE_DEMO = Wording(
    "lock.doing_replace_demo",
    en="{holder} is rewriting the demo missions",
    it="{holder} sta riscrivendo le missioni dimostrative",
    ja="{holder} さんがデモ用ミッションを書き直し中です",
)
DOING_ERASE = Wording(
    "lock.doing_erase",
    en="{holder} is erasing personal data in this mission",
    it="{holder} sta cancellando dati personali in questa missione",
    ja="{holder} さんがこのミッションの個人データを消去中です",
)
DOING_OFFLINE_RETURN = Wording(
    "lock.doing_offline_return",
    en="{holder} is bringing an offline copy of this mission back",
    it="{holder} sta riportando sul server una copia offline di questa missione",
    ja="{holder} さんがこのミッションのオフライン用コピーをサーバーに戻しています",
)
DOING_UNNAMED = Wording(
    "lock.doing_unnamed",
    en="Another coordinator or program is changing this mission (an import, a merge or a schedule)",
    it="Un altro coordinatore o programma sta modificando questa missione (un'importazione, "
    "un'unione o una pianificazione)",
    ja="別のコーディネーターまたはプログラムがこのミッションを変更中です"
    "（インポート、統合、スケジュールなど）",
)
BUSY = Wording(
    "lock.busy",
    en="{doing}; try again when it is done.",
    it="{doing}; riprovare quando avrà finito.",
    ja="{doing}。終わってからもう一度お試しください。",
)
WAITING = Wording(
    "lock.waiting",
    en="{doing}; waiting for it to finish…",
    it="{doing}; attendo che finisca…",
    ja="{doing}。終わるまで待っています…",
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
