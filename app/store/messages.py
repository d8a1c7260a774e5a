"""What the store says to a user: databases that cannot be opened, upgraded or written to."""

from __future__ import annotations

from app.common.wording import Wording

# --- where the database is ----------------------------------------------------------------

NO_TARGET = Wording(
    "store.no_target",
    en="No database given: name a file or a postgresql+psycopg:// URL.",
    it="Nessun database indicato: indicare un file o un URL postgresql+psycopg://.",
    ja="データベースが指定されていません。"
    "ファイルまたは postgresql+psycopg:// の URL を指定してください。",
)
NOT_A_URL = Wording(
    "store.not_a_url",
    en="{target!r} is not a database URL: {reason}",
    it="{target!r} non è un URL di database: {reason}",
    ja="{target!r} はデータベースの URL ではありません: {reason}",
)
UNSUPPORTED_DRIVER = Wording(
    "store.unsupported_driver",
    en="Ponte works with SQLite files and PostgreSQL (postgresql+psycopg://…), not {driver!r}.",
    it="Ponte funziona con file SQLite e con PostgreSQL (postgresql+psycopg://…), non con "
    "{driver!r}.",
    ja="Ponte が扱えるのは SQLite ファイルと PostgreSQL（postgresql+psycopg://…）です。"
    "{driver!r} には対応していません。",
)
SQLITE_IN_MEMORY = Wording(
    "store.sqlite_in_memory",
    en="An SQLite database must be a file, not in memory.",
    it="Un database SQLite deve essere un file, non in memoria.",
    ja="SQLite データベースはメモリ上ではなく、ファイルである必要があります。",
)

# --- opening a file -----------------------------------------------------------------------

IS_A_FOLDER = Wording(
    "store.is_a_folder",
    en="{path} is a folder, not a database file.",
    it="{path} è una cartella, non un file di database.",
    ja="{path} はフォルダです。データベースファイルではありません。",
)
NO_DATABASE = Wording(
    "store.no_database",
    en="There is no database at {path}.",
    it="Non c'è nessun database in {path}.",
    ja="{path} にデータベースはありません。",
)
CANNOT_CREATE = Wording(
    "store.cannot_create",
    en="Cannot create {path}: {reason}.",
    it="Impossibile creare {path}: {reason}.",
    ja="{path} を作成できません: {reason}。",
)
CANNOT_READ = Wording(
    "store.cannot_read",
    en="Cannot read {path}: {reason}.",
    it="Impossibile leggere {path}: {reason}.",
    ja="{path} を読み込めません: {reason}。",
)
CANNOT_PREPARE = Wording(
    "store.cannot_prepare",
    en="Could not prepare {path}: {reason}",
    it="Impossibile preparare {path}: {reason}",
    ja="{path} を準備できませんでした: {reason}",
)

# --- not ours, or not yet ours --------------------------------------------------------------

NOT_SQLITE = Wording(
    "store.not_sqlite",
    en="{path} is not a Ponte database (it is not an SQLite file). It was left untouched.",
    it="{path} non è un database di Ponte (non è un file SQLite). Non è stato modificato.",
    ja="{path} は Ponte のデータベースではありません（SQLite ファイルではありません）。"
    "ファイルは変更していません。",
)
DAMAGED_SQLITE = Wording(
    "store.damaged_sqlite",
    en="{path} is not a Ponte database (SQLite says: {reason}). It was left untouched.",
    it="{path} non è un database di Ponte (SQLite segnala: {reason}). Non è stato modificato.",
    ja="{path} は Ponte のデータベースではありません（SQLite のメッセージ: {reason}）。"
    "ファイルは変更していません。",
)
ANOTHER_PROGRAMS_FILE = Wording(
    "store.another_programs_file",
    en="{path} is an SQLite database of another program, not of Ponte. It was left untouched.",
    it="{path} è un database SQLite di un altro programma, non di Ponte. Non è stato modificato.",
    ja="{path} は Ponte ではなく別のプログラムの SQLite データベースです。"
    "ファイルは変更していません。",
)
ANOTHER_PROGRAMS_TABLES = Wording(
    "store.another_programs_tables",
    en="{database} holds tables of another program, not a Ponte database. Nothing was changed.",
    it="{database} contiene tabelle di un altro programma, non un database di Ponte. "
    "Non è stato modificato nulla.",
    ja="{database} には別のプログラムのテーブルがあり、Ponte のデータベースではありません。"
    "何も変更していません。",
)
NEWER_DATABASE = Wording(
    "store.newer_database",
    en="{database} was written by a newer version of Ponte (schema {revision}); this version "
    "knows schemas up to {head}. Update Ponte to open it. It was left untouched.",
    it="{database} è stato scritto da una versione più recente di Ponte (schema {revision}); "
    "questa versione conosce gli schemi fino a {head}. Aggiornare Ponte per aprirlo. "
    "Non è stato modificato.",
    ja="{database} は新しいバージョンの Ponte で作成されています（スキーマ {revision}）。"
    "このバージョンが扱えるのはスキーマ {head} までです。開くには Ponte を更新してください。"
    "データベースは変更していません。",
)

# --- upgrading and backing up ---------------------------------------------------------------

UPGRADE_FAILED = Wording(
    "store.upgrade_failed",
    en="Upgrading {path} failed ({reason}); it was restored from {backup}.",
    it="L'aggiornamento di {path} non è riuscito ({reason}); il file è stato ripristinato da "
    "{backup}.",
    ja="{path} の更新に失敗しました（{reason}）。{backup} から元に戻しました。",
)
BROKEN_REFERENCES = Wording(
    "store.broken_references",
    en="the upgrade left {count} broken references",
    it="l'aggiornamento ha lasciato {count} riferimenti non validi",
    ja="更新後に不正な参照が {count} 件残りました",
)
BACKUP_UNREADABLE = Wording(
    "store.backup_unreadable",
    en="The backup {backup} could not be read back: {reason}",
    it="Non è stato possibile rileggere la copia di sicurezza {backup}: {reason}",
    ja="バックアップ {backup} を読み直せませんでした: {reason}",
)
BACKUP_MISMATCH = Wording(
    "store.backup_mismatch",
    en="The backup of {path} did not match the original ({result}); nothing was changed.",
    it="La copia di sicurezza di {path} non corrisponde all'originale ({result}); "
    "non è stato modificato nulla.",
    ja="{path} のバックアップが元のデータと一致しませんでした（{result}）。何も変更していません。",
)

# --- using it -------------------------------------------------------------------------------

CANNOT_USE = Wording(
    "store.cannot_use",
    en="Cannot use {database}: {reason}",
    it="Impossibile usare {database}: {reason}",
    ja="{database} を使用できません: {reason}",
)
BUSY = Wording(
    "store.busy",
    en="Another program is writing to {database}; try again in a moment.",
    it="Un altro programma sta scrivendo in {database}; riprovare tra qualche istante.",
    ja="別のプログラムが {database} に書き込み中です。しばらくしてからもう一度お試しください。",
)
CONNECTION_LOST = Wording(
    "store.connection_lost",
    en="The connection to {database} was lost ({reason}); try again.",
    it="La connessione a {database} si è interrotta ({reason}); riprovare.",
    ja="{database} との接続が切れました（{reason}）。もう一度お試しください。",
)
