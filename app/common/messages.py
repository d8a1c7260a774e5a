"""What the ground floor says to a user: writing files."""

from __future__ import annotations

from app.common.wording import Wording

CANNOT_CREATE_FOLDER = Wording(
    "files.cannot_create_folder",
    en="Cannot create the folder {folder}: {reason}",
    it="Impossibile creare la cartella {folder}: {reason}",
    ja="フォルダ {folder} を作成できません: {reason}",
)
NOT_A_FOLDER = Wording(
    "files.not_a_folder",
    en="{folder} is not a folder.",
    it="{folder} non è una cartella.",
    ja="{folder} はフォルダではありません。",
)
FOLDER_NOT_WRITABLE = Wording(
    "files.folder_not_writable",
    en="The folder {folder} cannot be written to (permission denied).",
    it="Non si può scrivere nella cartella {folder} (permesso negato).",
    ja="フォルダ {folder} に書き込めません（アクセスが拒否されました）。",
)
IS_A_FOLDER = Wording(
    "files.is_a_folder",
    en="{path} is a folder; choose a file name.",
    it="{path} è una cartella; scegliere un nome di file.",
    ja="{path} はフォルダです。ファイル名を指定してください。",
)
CANNOT_WRITE_IN = Wording(
    "files.cannot_write_in",
    en="Cannot write in {folder}: {reason}",
    it="Impossibile scrivere in {folder}: {reason}",
    ja="{folder} に書き込めません: {reason}",
)
CANNOT_WRITE = Wording(
    "files.cannot_write",
    en="Cannot write {path}: {reason}",
    it="Impossibile scrivere {path}: {reason}",
    ja="{path} を書き込めません: {reason}",
)

# --- the system keyring (app.common.secrets) ----------------------------------------------

NO_KEYRING = Wording(
    "secrets.no_keyring",
    en="This computer has no system keyring, so Ponte cannot keep the password safely; "
    "it will ask for it when it is needed.",
    it="Questo computer non ha un portachiavi di sistema, quindi Ponte non può conservare "
    "la password in modo sicuro; la chiederà quando servirà.",
    ja="このコンピューターにはシステムのキーリングがないため、Ponte はパスワードを安全に"
    "保存できません。必要なときに毎回入力を求めます。",
)
KEYRING_WONT_KEEP = Wording(
    "secrets.keyring_wont_keep",
    en="The system keyring refused to keep the password: {reason}",
    it="Il portachiavi di sistema non ha accettato di conservare la password: {reason}",
    ja="システムのキーリングがパスワードの保存を拒否しました: {reason}",
)
