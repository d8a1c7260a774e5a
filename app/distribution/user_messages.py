"""What the sending of mail says to a coordinator: the mail settings, the keyring, the mail
server and the sending, each in Italian, Japanese and English.

(:mod:`app.distribution.messages` is the e-mails themselves, hence this module's name.) A
server's reply, an OS or keyring reason and an address stay as they came, in placeholders.
"""

from __future__ import annotations

from app.common.wording import Wording

# --- the mail settings ---------------------------------------------------------------------

NO_SERVER = Wording(
    "distribution.no_server",
    en="No mail server is set: enter its host name (e.g. smtp.example.com).",
    it="Nessun server di posta impostato: inserire il suo nome host (ad es. smtp.example.com).",
    ja="メールサーバーが設定されていません。ホスト名を入力してください（例：smtp.example.com）。",
)
NOT_A_HOST = Wording(
    "distribution.not_a_host",
    en="{host!r} is not a host name: write only the name, e.g. smtp.example.com, "
    "and the port in its own field.",
    it="«{host}» non è un nome host: scrivere solo il nome, ad es. smtp.example.com, "
    "e la porta nel suo campo.",
    ja="「{host}」はホスト名ではありません。smtp.example.com のように名前だけを入力し、"
    "ポートは専用の欄に入力してください。",
)
BAD_PORT = Wording(
    "distribution.bad_port",
    en="The port must be between 1 and 65535, not {port}.",
    it="La porta deve essere compresa tra 1 e 65535, non {port}.",
    ja="ポートは 1 から 65535 の間で指定してください（{port} は指定できません）。",
)
BAD_PACE = Wording(
    "distribution.bad_pace",
    en="The pace must be between 0 (no pause) and {most} messages a minute, not {rate}.",
    it="Il ritmo deve essere compreso tra 0 (nessuna pausa) e {most} messaggi al minuto, "
    "non {rate}.",
    ja="送信ペースは 0（間隔なし）から毎分 {most} 通の間で指定してください"
    "（{rate} は指定できません）。",
)
BAD_SENDER = Wording(
    "distribution.bad_sender",
    en="{sender!r} is not a usable sender address.",
    it="«{sender}» non è un indirizzo mittente utilizzabile.",
    ja="「{sender}」は差出人アドレスとして使用できません。",
)
BAD_TIMEOUT = Wording(
    "distribution.bad_timeout",
    en="The time-out must be between 1 and 600 seconds.",
    it="Il tempo di attesa deve essere compreso tra 1 e 600 secondi.",
    ja="タイムアウトは 1 秒から 600 秒の間で指定してください。",
)

# --- the password in the system keyring ------------------------------------------------------

NO_KEYRING = Wording(
    "distribution.no_keyring",
    en="This computer has no system keyring, so Ponte cannot keep the password safely; "
    "it will ask for it each time you send.",
    it="Questo computer non ha un portachiavi di sistema, quindi Ponte non può conservare "
    "la password in modo sicuro; la chiederà a ogni invio.",
    ja="このコンピューターにはシステムのキーリングがないため、Ponte はパスワードを安全に"
    "保存できません。送信のたびにパスワードをお尋ねします。",
)
KEYRING_WONT_KEEP = Wording(
    "distribution.keyring_wont_keep",
    en="The system keyring refused to keep the password: {reason}",
    it="Il portachiavi di sistema non ha accettato di conservare la password: {reason}",
    ja="システムのキーリングがパスワードの保存を拒否しました: {reason}",
)
KEYRING_WONT_FORGET = Wording(
    "distribution.keyring_wont_forget",
    en="The system keyring refused to forget the password: {reason}",
    it="Il portachiavi di sistema non ha accettato di eliminare la password: {reason}",
    ja="システムのキーリングがパスワードの削除を拒否しました: {reason}",
)

# --- the connection to the mail server ------------------------------------------------------

ENTER_PASSWORD = Wording(
    "distribution.enter_password",
    en="Enter the password of {user}.",
    it="Inserire la password di {user}.",
    ja="{user} のパスワードを入力してください。",
)
NO_PASSWORD_IN_CLEAR = Wording(
    "distribution.no_password_in_clear",
    en="Ponte does not send a password over an unencrypted connection: choose STARTTLS "
    "or TLS for this server.",
    it="Ponte non invia una password su una connessione non cifrata: scegliere STARTTLS "
    "o TLS per questo server.",
    ja="Ponte は暗号化されていない接続ではパスワードを送信しません。"
    "このサーバーには STARTTLS または TLS を選択してください。",
)
LOGIN_NOT_ASCII = Wording(
    "distribution.login_not_ascii",
    en="The password has characters outside ASCII, which this server's login methods "
    "({methods}) cannot carry.",
    it="La password contiene caratteri non ASCII, che i metodi di accesso di questo server "
    "({methods}) non possono trasmettere.",
    ja="パスワードに ASCII 以外の文字が含まれていますが、このサーバーのログイン方式"
    "（{methods}）では送信できません。",
)
NO_LOGIN_METHODS = Wording("distribution.no_login_methods", en="none", it="nessuno", ja="なし")
NO_STARTTLS = Wording(
    "distribution.no_starttls",
    en="The mail server {where} does not offer STARTTLS. If its port is 465 choose TLS; "
    "never send without encryption over a network.",
    it="Il server di posta {where} non offre STARTTLS. Se la sua porta è la 465 scegliere "
    "TLS; non inviare mai senza cifratura attraverso una rete.",
    ja="メールサーバー {where} は STARTTLS に対応していません。ポートが 465 の場合は TLS を"
    "選択してください。ネットワーク越しに暗号化なしで送信しないでください。",
)
NO_LOGIN = Wording(
    "distribution.no_login",
    en="The mail server {where} does not accept logging in on this connection; leave the "
    "user name empty if it takes mail without it.",
    it="Il server di posta {where} non accetta l'accesso su questa connessione; lasciare "
    "vuoto il nome utente se accetta la posta senza accesso.",
    ja="メールサーバー {where} はこの接続でのログインを受け付けません。ログインなしで"
    "メールを受け付けるサーバーであれば、ユーザー名を空欄にしてください。",
)
HOST_NOT_FOUND = Wording(
    "distribution.host_not_found",
    en="Cannot find the mail server {host}: check its name and the network.",
    it="Impossibile trovare il server di posta {host}: verificarne il nome e la rete.",
    ja="メールサーバー {host} が見つかりません。名前とネットワークを確認してください。",
)
CONNECTION_REFUSED = Wording(
    "distribution.connection_refused",
    en="The mail server {where} refused the connection: check the port and the security setting.",
    it="Il server di posta {where} ha rifiutato la connessione: verificare la porta e "
    "l'impostazione di sicurezza.",
    ja="メールサーバー {where} が接続を拒否しました。"
    "ポートとセキュリティの設定を確認してください。",
)
NO_ANSWER = Wording(
    "distribution.no_answer",
    en="No answer from the mail server {where} within {seconds} s.",
    it="Nessuna risposta dal server di posta {where} entro {seconds} s.",
    ja="メールサーバー {where} から {seconds} 秒以内に応答がありません。",
)
UNTRUSTED_CERTIFICATE = Wording(
    "distribution.untrusted_certificate",
    en="The certificate of {where} cannot be trusted ({reason}); check the host name with "
    "whoever runs the server.",
    it="Il certificato di {where} non è attendibile ({reason}); verificare il nome host con "
    "chi gestisce il server.",
    ja="{where} の証明書は信頼できません（{reason}）。ホスト名をサーバーの管理者に"
    "確認してください。",
)
SECURE_CONNECTION_FAILED = Wording(
    "distribution.secure_connection_failed",
    en="The secure connection to {where} failed ({reason}). Port 587 usually needs "
    "STARTTLS and port 465 TLS.",
    it="La connessione sicura a {where} non è riuscita ({reason}). Di solito la porta 587 "
    "richiede STARTTLS e la porta 465 TLS.",
    ja="{where} への暗号化接続に失敗しました（{reason}）。通常、ポート 587 には STARTTLS、"
    "ポート 465 には TLS が必要です。",
)
LOGIN_REFUSED = Wording(
    "distribution.login_refused",
    en="The mail server refused the user name or password of {user} ({reply}).",
    it="Il server di posta ha rifiutato il nome utente o la password di {user} ({reply}).",
    ja="メールサーバーが {user} のユーザー名またはパスワードを拒否しました（{reply}）。",
)
SERVER_ANSWERED = Wording(
    "distribution.server_answered",
    en="The mail server {where} answered {reply}.",
    it="Il server di posta {where} ha risposto {reply}.",
    ja="メールサーバー {where} の応答: {reply}",
)
SERVER_CLOSED = Wording(
    "distribution.server_closed",
    en="The mail server {where} closed the connection ({reason}).",
    it="Il server di posta {where} ha chiuso la connessione ({reason}).",
    ja="メールサーバー {where} が接続を切断しました（{reason}）。",
)
CANNOT_TALK = Wording(
    "distribution.cannot_talk",
    en="Cannot talk to the mail server {where}: {reason}",
    it="Impossibile comunicare con il server di posta {where}: {reason}",
    ja="メールサーバー {where} と通信できません: {reason}",
)
UNEXPECTED = Wording(
    "distribution.unexpected",
    en="Unexpected error with the mail server {where}: {error}",
    it="Errore imprevisto con il server di posta {where}: {error}",
    ja="メールサーバー {where} で予期しないエラーが発生しました: {error}",
)

# --- sending --------------------------------------------------------------------------------

PUBLISH_FIRST = Wording(
    "distribution.publish_first",
    en="Publish version 1 first: only a published version is sent by e-mail.",
    it="Pubblicare prima la versione 1: via e-mail si invia solo una versione pubblicata.",
    ja="まず第1版を公開してください。メールで送信できるのは公開済みの版だけです。",
)
UNPUBLISHED_CHANGES = Wording(
    "distribution.unpublished_changes",
    en="The schedule has changed since version {number}: publish version {next} first, "
    "then send it.",
    it="Il programma è cambiato dalla versione {number}: pubblicare prima la versione "
    "{next}, poi inviarla.",
    ja="第{number}版以降に日程が変更されています。先に第{next}版を公開してから送信してください。",
)
BAD_ADDRESS = Wording(
    "distribution.bad_address",
    en="{address!r} is not a usable e-mail address.",
    it="«{address}» non è un indirizzo e-mail utilizzabile.",
    ja="「{address}」は使用できるメールアドレスではありません。",
)
NEED_SENDER = Wording(
    "distribution.need_sender",
    en="Enter the sender address (From) for the test message.",
    it="Inserire l'indirizzo del mittente per il messaggio di prova.",
    ja="テストメッセージの差出人アドレスを入力してください。",
)
TEST_ADDRESS_REFUSED = Wording(
    "distribution.test_address_refused",
    en="The server refused {address}: {reply}.",
    it="Il server ha rifiutato {address}: {reply}.",
    ja="サーバーが {address} を拒否しました: {reply}",
)
TEST_REFUSED = Wording(
    "distribution.test_refused",
    en="The server refused the test message: {reply}.",
    it="Il server ha rifiutato il messaggio di prova: {reply}.",
    ja="サーバーがテストメッセージを拒否しました: {reply}",
)
TEST_NOT_SENT = Wording(
    "distribution.test_not_sent",
    en="The test message was not sent: {reason}",
    it="Il messaggio di prova non è stato inviato: {reason}",
    ja="テストメッセージは送信されませんでした: {reason}",
)

# Why a batch stopped before the end (the window and ``ponte send`` add how many are left).
SENDER_REFUSED = Wording(
    "distribution.sender_refused",
    en="The server refused the sender address {sender} ({reply}).",
    it="Il server ha rifiutato l'indirizzo del mittente {sender} ({reply}).",
    ja="サーバーが差出人アドレス {sender} を拒否しました（{reply}）。",
)
CONNECTION_LOST = Wording(
    "distribution.connection_lost",
    en="The connection to the mail server was lost ({reason}).",
    it="La connessione al server di posta si è interrotta ({reason}).",
    ja="メールサーバーとの接続が切れました（{reason}）。",
)
BROKE_AGAIN = Wording(
    "distribution.broke_again",
    en="the connection broke again: {reason}",
    it="la connessione si è interrotta di nuovo: {reason}",
    ja="接続が再び切れました: {reason}",
)
CANCELLED = Wording(
    "distribution.cancelled", en="Cancelled.", it="Annullato.", ja="キャンセルしました。"
)

# Why a participant gets no message.
NO_ADDRESS = Wording(
    "distribution.no_address",
    en="no e-mail address",
    it="nessun indirizzo e-mail",
    ja="メールアドレスがありません",
)
UNUSABLE_ADDRESS = Wording(
    "distribution.unusable_address",
    en="unusable e-mail address",
    it="indirizzo e-mail non utilizzabile",
    ja="メールアドレスが使用できません",
)

# --- drafts and composing (DocumentError, DocumentsCancelled) ---

SCHEDULE_CHANGED = Wording(
    "distribution.schedule_changed",
    en="The schedule has changed since version {base}: publish version {next} first, then send "
    "what it changed.",
    it="Il programma è cambiato dalla versione {base}: pubblicare prima la versione {next}, poi "
    "inviare ciò che è cambiato.",
    ja="第{base}版以降に日程が変更されています。"
    "先に第{next}版を公開してから、変更点を送信してください。",
)
STOPPED_DRAFTS = Wording(
    "distribution.stopped_drafts",
    en="Stopped after {done} of {total} messages; those are complete.",
    it="Interrotto dopo {done} di {total} messaggi; quelli già scritti sono completi.",
    ja="{total} 通中 {done} 通のメッセージを作成したところで停止しました。"
    "作成済みのメッセージはそのまま使えます。",
)
STOPPED_COMPOSING = Wording(
    "distribution.stopped_composing",
    en="Stopped before every message was composed.",
    it="Interrotto prima che tutti i messaggi fossero composti.",
    ja="すべてのメッセージを作成し終える前に停止しました。",
)
