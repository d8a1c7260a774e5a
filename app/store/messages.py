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

# --- reaching a server ----------------------------------------------------------------------

PASSWORD_NEEDED = Wording(
    "store.password_needed",
    en="{database} asks for a password. Give it with the PGPASSWORD environment variable or "
    "in the --db URL (postgresql://user:PASSWORD@host/database); in the window, File › Open "
    "shared database… asks for it and can keep it in the system keyring.",
    it="{database} chiede una password. Indicarla con la variabile d'ambiente PGPASSWORD o "
    "nell'URL di --db (postgresql://utente:PASSWORD@host/database); nella finestra, File › "
    "Apri database condiviso… la chiede e può conservarla nel portachiavi di sistema.",
    ja="{database} はパスワードを求めています。環境変数 PGPASSWORD または --db の URL"
    "（postgresql://ユーザー:パスワード@ホスト/データベース）で指定してください。"
    "ウィンドウでは「ファイル › 共有データベースを開く…」で入力でき、"
    "システムのキーリングに保存することもできます。",
)
WRONG_PASSWORD = Wording(
    "store.wrong_password",
    en="The server refused the password of user {user} for {database}: wrong password.",
    it="Il server ha rifiutato la password dell'utente {user} per {database}: password errata.",
    ja="サーバーが {database} のユーザー {user} のパスワードを拒否しました。パスワードが違います。",
)
NO_SUCH_USER = Wording(
    "store.no_such_user",
    en="The server at {host} has no user {user}; check the user name.",
    it="Il server {host} non ha l'utente {user}; controllare il nome utente.",
    ja="{host} のサーバーにユーザー {user} はありません。ユーザー名を確認してください。",
)
NO_SUCH_DATABASE = Wording(
    "store.no_such_database",
    en="The server at {host} answered, but it has no database named {name}; check the "
    "name, or ask its administrator to create it.",
    it="Il server {host} ha risposto, ma non ha un database chiamato {name}; controllare "
    "il nome o chiedere all'amministratore di crearlo.",
    ja="{host} のサーバーは応答しましたが、{name} という名前のデータベースはありません。"
    "名前を確認するか、管理者に作成を依頼してください。",
)
HOST_UNREACHABLE = Wording(
    "store.host_unreachable",
    en="Cannot reach a database server at {host}, port {port}: check the host name and the "
    "port, that the server is running and that this computer is on its network.",
    it="Impossibile raggiungere un server di database su {host}, porta {port}: controllare "
    "il nome dell'host e la porta, che il server sia acceso e che questo computer sia "
    "nella sua rete.",
    ja="{host} のポート {port} のデータベースサーバーに接続できません。ホスト名とポート、"
    "サーバーが動いていること、このコンピューターが同じネットワークにあることを確認してください。",
)
CONNECT_TIMEOUT = Wording(
    "store.connect_timeout",
    en="The server at {host}, port {port} did not answer within {seconds} seconds; it may be "
    "behind a firewall or overloaded. Try again, or check the port.",
    it="Il server {host}, porta {port} non ha risposto entro {seconds} secondi; forse è "
    "dietro un firewall o sovraccarico. Riprovare o controllare la porta.",
    ja="{host} のポート {port} のサーバーが {seconds} 秒以内に応答しませんでした。"
    "ファイアウォールの内側にあるか、混み合っている可能性があります。"
    "もう一度試すか、ポートを確認してください。",
)
CANNOT_CONNECT = Wording(
    "store.cannot_connect",
    en="Cannot connect to {database}: {reason}",
    it="Impossibile connettersi a {database}: {reason}",
    ja="{database} に接続できません: {reason}",
)

# --- durable files: damage, waiting, backups --------------------------------------------------

WAITING = Wording(
    "store.waiting",
    en="Waiting for another program using {database}…",
    it="In attesa di un altro programma che sta usando {database}…",
    ja="{database} を使用中の別のプログラムを待っています…",
)
BROKEN_REFERENCES_FOUND = Wording(
    "store.broken_references_found",
    en="{count} records point at records that do not exist",
    it="{count} record rimandano a record che non esistono",
    ja="存在しないレコードを参照しているレコードが {count} 件あります",
)
EMPTY_FILE = Wording(
    "store.empty_file",
    en="{path} is an empty file, not a Ponte database. It was left untouched; to start a new "
    "database, choose a name that does not exist yet.",
    it="{path} è un file vuoto, non un database di Ponte. Non è stato modificato; per creare "
    "un nuovo database scegliere un nome che non esiste ancora.",
    ja="{path} は空のファイルで、Ponte のデータベースではありません。ファイルは変更していません。"
    "新しいデータベースを作るには、まだ存在しない名前を指定してください。",
)
DAMAGED = Wording(
    "store.damaged",
    en="{path} is damaged (SQLite's check says: {reason}). It was not written to and was set "
    "aside as {aside}. The newest good backup is {backup}: restore it with File › Restore "
    "from a backup… or `ponte backup restore --db {path} --newest`.",
    it="{path} è danneggiato (il controllo di SQLite segnala: {reason}). Non è stato scritto "
    "ed è stato messo da parte come {aside}. La copia di sicurezza valida più recente è "
    "{backup}: ripristinarla con File › Ripristina da una copia di sicurezza… oppure "
    "`ponte backup restore --db {path} --newest`.",
    ja="{path} は破損しています（SQLite の検査結果: {reason}）。このファイルには書き込まず、"
    "{aside} として別に保管しました。正常な最新のバックアップは {backup} です。"
    "「ファイル › バックアップから復元…」または "
    "`ponte backup restore --db {path} --newest` で復元してください。",
)
DAMAGED_NO_BACKUP = Wording(
    "store.damaged_no_backup",
    en="{path} is damaged (SQLite's check says: {reason}). It was not written to and was set "
    "aside as {aside}. There is no good backup of it.",
    it="{path} è danneggiato (il controllo di SQLite segnala: {reason}). Non è stato scritto "
    "ed è stato messo da parte come {aside}. Non esiste una copia di sicurezza valida.",
    ja="{path} は破損しています（SQLite の検査結果: {reason}）。このファイルには書き込まず、"
    "{aside} として別に保管しました。正常なバックアップはありません。",
)
UPGRADE_ROLLED_BACK = Wording(
    "store.upgrade_rolled_back",
    en="Upgrading {path} failed ({reason}); nothing was changed (a copy from before is {backup}).",
    it="L'aggiornamento di {path} non è riuscito ({reason}); non è stato modificato nulla "
    "(una copia precedente è {backup}).",
    ja="{path} の更新に失敗しました（{reason}）。"
    "何も変更していません（更新前のコピー: {backup}）。",
)
BACKUP_DAMAGED = Wording(
    "store.backup_damaged",
    en="The backup {backup} is damaged ({reason}); nothing was restored.",
    it="La copia di sicurezza {backup} è danneggiata ({reason}); non è stato ripristinato nulla.",
    ja="バックアップ {backup} は破損しています（{reason}）。何も復元していません。",
)
BACKUP_NOT_PONTE = Wording(
    "store.backup_not_ponte",
    en="{backup} is not a backup of a Ponte database; nothing was restored.",
    it="{backup} non è una copia di sicurezza di un database di Ponte; non è stato "
    "ripristinato nulla.",
    ja="{backup} は Ponte のデータベースのバックアップではありません。何も復元していません。",
)
BACKUP_FAILED_CHECK = Wording(
    "store.backup_failed_check",
    en="The backup of {path} failed SQLite's check ({result}); it was deleted and the older "
    "backups were kept.",
    it="La copia di sicurezza di {path} non ha superato il controllo di SQLite ({result}); è "
    "stata eliminata e le copie precedenti sono state conservate.",
    ja="{path} のバックアップは SQLite の検査に合格しませんでした（{result}）。"
    "このバックアップは削除し、以前のバックアップは残しています。",
)
INCOMPLETE_FILE = Wording(
    "store.incomplete_file",
    en="its creation was interrupted before it was complete",
    it="la sua creazione è stata interrotta prima di essere completata",
    ja="作成が完了する前に中断されています",
)
