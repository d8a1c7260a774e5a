"""What ``ponte offline`` and the window's File › Take this mission offline… / Bring it back
to the server… say, in it/ja/en."""

from __future__ import annotations

from app.common.wording import Message, Wording
from app.services.offline_merge import Conflict, ConflictKind

FILE_EXISTS = Wording(
    "offline.file_exists",
    en="{path} already exists; choose a new file to take the mission into.",
    it="{path} esiste già; scegliere un file nuovo in cui portare la missione.",
    ja="{path} はすでに存在します。ミッションを持ち出す新しいファイルを選んでください。",
)
NOT_A_SERVER = Wording(
    "offline.not_a_server",
    en="A mission is taken offline from a server (postgresql+psycopg://…), not from the file "
    "{database}.",
    it="Una missione si porta offline da un server (postgresql+psycopg://…), non dal file "
    "{database}.",
    ja="ミッションはファイル {database} ではなく、サーバー（postgresql+psycopg://…）から"
    "オフラインに持ち出します。",
)
NO_MISSION = Wording(
    "offline.no_mission",
    en="{database} has no mission {mission}.",
    it="{database} non ha la missione {mission}.",
    ja="{database} にミッション {mission} はありません。",
)
NOT_TAKEN = Wording(
    "offline.not_taken",
    en="{path} was not taken offline from a server (ponte offline take makes such a file); "
    "there is nothing to bring back.",
    it="{path} non è stato portato offline da un server (lo fa ponte offline take); non c'è "
    "nulla da riportare.",
    ja="{path} はサーバーからオフラインに持ち出したファイルではありません"
    "（ponte offline take で作成します）。戻すものはありません。",
)
OTHER_SERVER = Wording(
    "offline.other_server",
    en="{path} was taken from {origin}, not from {database}; bring it back there.",
    it="{path} è stato preso da {origin}, non da {database}; va riportato lì.",
    ja="{path} は {database} ではなく {origin} から持ち出されています。そちらに戻してください。",
)
MISSION_GONE = Wording(
    "offline.mission_gone",
    en="Mission {mission} is no longer on {database}; nothing was brought back.",
    it="La missione {mission} non è più su {database}; non è stato riportato nulla.",
    ja="ミッション {mission} は {database} にもうありません。何も戻していません。",
)
TAKEN = Wording(
    "offline.taken",
    en="Mission {mission} ({name}) taken from {database} into {path}: {rows} records. Bring "
    "it back with ponte offline return.",
    it="Missione {mission} ({name}) presa da {database} in {path}: {rows} record. Riportarla "
    "con ponte offline return.",
    ja="ミッション {mission}（{name}）を {database} から {path} に持ち出しました: "
    "{rows} 件。ponte offline return で戻してください。",
)
RETURNED = Wording(
    "offline.returned",
    en="Brought back to {database}. Records changed offline and applied: {applied}; "
    "check-ins and meeting statuses merged: {merged}; conflicts left for you to decide: "
    "{conflicts}.",
    it="Riportato su {database}. Record modificati offline e applicati: {applied}; arrivi e "
    "stati degli incontri uniti: {merged}; conflitti da decidere: {conflicts}.",
    ja="{database} に戻しました。オフラインで変更し反映したデータ: {applied} 件、"
    "統合した受付と商談の状態: {merged} 件、判断が必要な競合: {conflicts} 件。",
)
BOTH_EDITED = Wording(
    "offline.both_edited",
    en="{label} was changed both offline and on the server; the server's is kept:",
    it="{label} è stato modificato sia offline sia sul server; resta quello del server:",
    ja="{label} はオフラインとサーバーの両方で変更されました。サーバーの内容を残しています:",
)
FIELD_VALUES = Wording(
    "offline.field_values",
    en="{field}: offline {local!r}, on the server {server!r}",
    it="{field}: offline {local!r}, sul server {server!r}",
    ja="{field}: オフライン {local!r}、サーバー {server!r}",
)
DELETED_ON_SERVER = Wording(
    "offline.deleted_on_server",
    en="{label} was changed offline but deleted on the server; it was not put back.",
    it="{label} è stato modificato offline ma eliminato sul server; non è stato ripristinato.",
    ja="{label} はオフラインで変更されましたが、サーバーでは削除されています。元に戻していません。",
)
DELETED_OFFLINE = Wording(
    "offline.deleted_offline",
    en="{label} was deleted offline; it is still on the server (delete it there if needed).",
    it="{label} è stato eliminato offline; è ancora sul server (eliminarlo lì se serve).",
    ja="{label} はオフラインで削除されましたが、サーバーには残っています"
    "（必要ならサーバーで削除してください）。",
)
CREATED_OFFLINE = Wording(
    "offline.created_offline",
    en="{label} was added offline; it was not added to the server (add it there).",
    it="{label} è stato aggiunto offline; non è stato aggiunto al server (aggiungerlo lì).",
    ja="{label} はオフラインで追加されましたが、サーバーには追加していません"
    "（サーバーで追加してください）。",
)

_KIND = {
    ConflictKind.BOTH_EDITED: BOTH_EDITED,
    ConflictKind.DELETED_ON_SERVER: DELETED_ON_SERVER,
    ConflictKind.DELETED_OFFLINE: DELETED_OFFLINE,
    ConflictKind.CREATED_OFFLINE: CREATED_OFFLINE,
}


def conflict_messages(conflict: Conflict) -> list[Message]:
    """The conflict's sentence, then one line per field with both values."""
    lines = [_KIND[conflict.kind](label=conflict.label)]
    lines += [FIELD_VALUES(field=f.name, local=f.local, server=f.server) for f in conflict.fields]
    return lines
