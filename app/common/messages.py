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
