"""What the store says about roles on a server: a change the database user may not make, an
upgrade only the owner may run, and the set-up of roles and users (``ponte server``)."""

from __future__ import annotations

from app.common.wording import Wording

NOT_PERMITTED = Wording(
    "store.not_permitted",
    en="Your user on {database} may read, check people in and mark meetings on the day, but "
    "not make this change; "
    "ask the mission's coordinator for an editor's account.",
    it="Il suo utente su {database} può leggere, registrare gli arrivi e segnare l'esito degli "
    "incontri del giorno, ma non fare questa modifica; chieda al coordinatore della missione "
    "un account da editor.",
    ja="{database} でのあなたのユーザーは閲覧、受付（チェックイン）、当日の商談の記録はできますが、"
    "この変更はできません。ミッションのコーディネーターに編集者のアカウントを依頼してください。",
)
OWNER_MIGRATES = Wording(
    "store.owner_migrates",
    en="{database} must be upgraded to this version of Ponte (schema {head}), and only its "
    "owner may do that: ask the person who set the server up to open it once with this "
    "version of Ponte. Nothing was changed.",
    it="{database} deve essere aggiornato a questa versione di Ponte (schema {head}) e solo il "
    "proprietario può farlo: chieda a chi ha configurato il server di aprirlo una volta con "
    "questa versione di Ponte. Non è stato modificato nulla.",
    ja="{database} をこのバージョンの Ponte（スキーマ {head}）に更新する必要がありますが、"
    "更新できるのは所有者だけです。サーバーを設定した担当者に、このバージョンの Ponte で"
    "一度開いてもらってください。何も変更していません。",
)
NOT_A_SERVER = Wording(
    "store.not_a_server",
    en="Roles and users exist only on a PostgreSQL server; {database} is a file.",
    it="Ruoli e utenti esistono solo su un server PostgreSQL; {database} è un file.",
    ja="ロールとユーザーは PostgreSQL サーバーにのみ存在します。{database} はファイルです。",
)
NOT_OWNER = Wording(
    "store.not_owner",
    en="Only the owner of {database} (or a superuser) may set up its roles and users; "
    "user {user} is not.",
    it="Solo il proprietario di {database} (o un superutente) può configurarne ruoli e "
    "utenti; l'utente {user} non lo è.",
    ja="{database} のロールとユーザーを設定できるのは所有者（またはスーパーユーザー）だけです。"
    "ユーザー {user} には権限がありません。",
)
BAD_USER_NAME = Wording(
    "store.bad_user_name",
    en="{name!r} cannot be a user name: use 1 to 63 letters, digits or _, starting with a letter.",
    it="{name!r} non può essere un nome utente: usare da 1 a 63 lettere, cifre o _, "
    "iniziando con una lettera.",
    ja="{name!r} はユーザー名に使えません。英字で始まる 1〜63 文字の英数字または _ を"
    "使ってください。",
)
USER_IS_NOT_OURS = Wording(
    "store.user_is_not_ours",
    en="User {name} already exists on the server with other rights; Ponte leaves it alone. "
    "Choose another name.",
    it="L'utente {name} esiste già sul server con altri diritti; Ponte non lo modifica. "
    "Scegliere un altro nome.",
    ja="ユーザー {name} は別の権限ですでにサーバーに存在するため、Ponte は変更しません。"
    "別の名前を選んでください。",
)
EMPTY_PASSWORD = Wording(
    "store.empty_password",
    en="A user needs a password that is not empty.",
    it="Un utente ha bisogno di una password non vuota.",
    ja="ユーザーには空でないパスワードが必要です。",
)
