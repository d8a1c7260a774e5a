"""What exports say to a user, in Italian, Japanese and English. (No such mission and an
unwritable file are said in the words of app.core and app.common.)"""

from __future__ import annotations

from app.common.wording import Wording

UNKNOWN_FORMAT = Wording(
    "exporting.unknown_format",
    en="Cannot tell the format of {name!r}: name the file .xlsx or .csv.",
    it="Impossibile riconoscere il formato di «{name}»: dare al file l'estensione .xlsx o .csv.",
    ja="「{name}」の形式が判断できません。ファイル名の末尾を .xlsx または .csv にしてください。",
)
CSV_HOLDS_ONE_TABLE = Wording(
    "exporting.csv_holds_one_table",
    en="A CSV file holds one table: export several as .xlsx.",
    it="Un file CSV contiene una sola tabella: per esportarne più di una usare .xlsx.",
    ja="CSV ファイルに入る表は一つだけです。複数の表は .xlsx でエクスポートしてください。",
)
UNKNOWN_EXPORT = Wording(
    "exporting.unknown_export",
    en="Unknown export {what!r}; choose from {choices}.",
    it="Esportazione sconosciuta «{what}»; scegliere tra {choices}.",
    ja="「{what}」というエクスポートはありません。{choices} から選んでください。",
)
NO_PARTICIPANT = Wording(
    "exporting.no_participant",
    en="There is no participant {participant} in this database.",
    it="In questo database non c'è il partecipante {participant}.",
    ja="このデータベースに参加者 {participant} はいません。",
)
