"""What the importer says to a user, in Italian, Japanese and English."""

from __future__ import annotations

from app.common.wording import Wording

# --- reading files ---------------------------------------------------------------------------
# Why a file cannot be read as a table (ImportFileError). {name} is the file's name, or a
# SHEET_IN_FILE message; numbers come formatted by the caller.

TOO_LARGE = Wording(
    "importing.file.too_large",
    en="{name} is {size} MB: Ponte imports files up to {limit} MB",
    it="{name} pesa {size} MB: Ponte importa file fino a {limit} MB",
    ja="{name} は {size} MB です。Ponte が取り込めるファイルは {limit} MB までです。",
)
CANNOT_OPEN = Wording(
    "importing.file.cannot_open",
    en="{name} cannot be opened: {reason}",
    it="Impossibile aprire {name}: {reason}",
    ja="{name} を開けません: {reason}",
)
GREW_TOO_LARGE = Wording(
    "importing.file.grew_too_large",
    en="{name} is bigger than {limit} MB",
    it="{name} supera i {limit} MB",
    ja="{name} は {limit} MB を超えています。",
)
EMPTY = Wording(
    "importing.file.empty",
    en="{name} is empty",
    it="{name} è vuoto",
    ja="{name} は空です。",
)
PASSWORD_PROTECTED = Wording(
    "importing.file.password_protected",
    en="{name} is a password-protected workbook: remove the password in Excel "
    "(File > Info > Protect Workbook), save it and import that",
    it="{name} è una cartella di lavoro protetta da password: togliere la password in Excel "
    "(File > Informazioni > Proteggi cartella di lavoro), salvarla e importare quella",
    ja="{name} はパスワードで保護されたブックです。Excel でパスワードを解除し"
    "（ファイル > 情報 > ブックの保護）、保存してから取り込んでください。",
)
OLD_EXCEL = Wording(
    "importing.file.old_excel",
    en="{name} is an old Excel 97–2003 file: save it as .xlsx or CSV and import that",
    it="{name} è un vecchio file di Excel 97–2003: salvarlo come .xlsx o CSV e importare quello",
    ja="{name} は古い Excel 97–2003 形式のファイルです。.xlsx または CSV 形式で保存し、"
    "そのファイルを取り込んでください。",
)
OTHER_KIND = Wording(
    "importing.file.other_kind",
    en="{name} is {kind}, not a spreadsheet (.xlsx or CSV)",
    it="{name} è {kind}, non un foglio di calcolo (.xlsx o CSV)",
    ja="{name} は {kind}で、表計算ファイル（.xlsx または CSV）ではありません。",
)
# The kinds of file OTHER_KIND names, recognised by their first bytes.
KIND_PDF = Wording(
    "importing.file.kind.pdf", en="a PDF document", it="un documento PDF", ja="PDF 文書"
)
KIND_PNG = Wording("importing.file.kind.png", en="a PNG image", it="un'immagine PNG", ja="PNG 画像")
KIND_JPEG = Wording(
    "importing.file.kind.jpeg", en="a JPEG image", it="un'immagine JPEG", ja="JPEG 画像"
)
KIND_GIF = Wording("importing.file.kind.gif", en="a GIF image", it="un'immagine GIF", ja="GIF 画像")
KIND_GZIP = Wording(
    "importing.file.kind.gzip", en="a gzip archive", it="un archivio gzip", ja="gzip 圧縮ファイル"
)
KIND_RAR = Wording(
    "importing.file.kind.rar", en="a RAR archive", it="un archivio RAR", ja="RAR 圧縮ファイル"
)
KIND_7ZIP = Wording(
    "importing.file.kind.7zip",
    en="a 7-Zip archive",
    it="un archivio 7-Zip",
    ja="7-Zip 圧縮ファイル",
)
KIND_RTF = Wording(
    "importing.file.kind.rtf", en="an RTF document", it="un documento RTF", ja="RTF 文書"
)
NO_SUCH_SHEET = Wording(
    "importing.file.no_such_sheet",
    en='{name} has no sheet "{sheet}"; its sheets: {sheets}',
    it='{name} non ha un foglio "{sheet}"; i suoi fogli: {sheets}',
    ja="{name} にシート「{sheet}」はありません。含まれるシート: {sheets}",
)
NO_SHEETS = Wording("importing.file.no_sheets", en="none", it="nessuno", ja="なし")
NO_SHEET_WITH_DATA = Wording(
    "importing.file.no_sheet_with_data",
    en="{name} is empty: none of its sheets has data",
    it="{name} è vuoto: nessuno dei suoi fogli contiene dati",
    ja="{name} は空です。どのシートにもデータがありません。",
)
SHEET_IN_FILE = Wording(
    "importing.file.sheet_in_file",
    en='Sheet "{sheet}" in {name}',
    it='Il foglio "{sheet}" in {name}',
    ja="{name} のシート「{sheet}」",
)
NO_ROWS = Wording(
    "importing.file.no_rows",
    en="{name} has no rows under its header (row {row})",
    it="{name} non ha righe sotto l'intestazione (riga {row})",
    ja="{name} には見出し（{row} 行目）の下に行がありません。",
)

# CSV text
BAD_BYTE_AFTER_BOM = Wording(
    "importing.file.bad_byte_after_bom",
    en="{name} starts as {encoding} but byte {byte} is not: "
    "save it again from Excel as CSV UTF-8 and import that",
    it="{name} inizia come {encoding} ma il byte {byte} non lo è: "
    "salvarlo di nuovo da Excel come CSV UTF-8 e importare quello",
    ja="{name} は {encoding} で始まっていますが、{byte} バイト目がそうではありません。"
    "Excel から「CSV UTF-8」形式で保存し直し、そのファイルを取り込んでください。",
)
UTF8_WITH_BOM = Wording(
    "importing.file.utf8_with_bom", en="UTF-8 with BOM", it="UTF-8 con BOM", ja="BOM 付き UTF-8"
)
MIXED_ENCODINGS = Wording(
    "importing.file.mixed_encodings",
    en="{name} mixes encodings: line {utf8_line} is UTF-8 and line {other_line} is "
    "not (perhaps Windows-1252 or Shift_JIS). Save the whole file in one encoding, "
    "e.g. from Excel as CSV UTF-8, and import that.",
    it="{name} mescola più codifiche: la riga {utf8_line} è in UTF-8 e la riga {other_line} "
    "no (forse Windows-1252 o Shift_JIS). Salvare tutto il file in un'unica codifica, ad "
    "esempio da Excel come CSV UTF-8, e importare quello.",
    ja="{name} には複数の文字コードが混在しています。{utf8_line} 行目は UTF-8 ですが、"
    "{other_line} 行目はそうではありません（Windows-1252 または Shift_JIS の可能性があります）。"
    "ファイル全体を一つの文字コードで保存し（例: Excel から「CSV UTF-8」形式で）、"
    "そのファイルを取り込んでください。",
)
NOT_A_SPREADSHEET = Wording(
    "importing.file.not_a_spreadsheet",
    en="{name} is not a spreadsheet: it is neither an .xlsx file nor CSV text",
    it="{name} non è un foglio di calcolo: non è né un file .xlsx né testo CSV",
    ja="{name} は表計算ファイルではありません。.xlsx ファイルでも CSV テキストでもありません。",
)
BAD_CSV = Wording(
    "importing.file.bad_csv",
    en='{name} cannot be read as CSV ({reason}): is a quote (") left open?',
    it="Impossibile leggere {name} come CSV ({reason}): c'è una virgoletta (\") non chiusa?",
    ja="{name} を CSV として読み取れません（{reason}）。"
    '閉じられていない引用符（"）はありませんか。',
)

# .xlsx workbooks
DAMAGED = Wording(
    "importing.file.damaged",
    en="{name} is damaged: it is not a readable .xlsx file",
    it="{name} è danneggiato: non è un file .xlsx leggibile",
    ja="{name} は破損しています。読み取れる .xlsx ファイルではありません。",
)
DAMAGED_BECAUSE = Wording(
    "importing.file.damaged_because",
    en="{name} is damaged: it is not a readable .xlsx file ({reason})",
    it="{name} è danneggiato: non è un file .xlsx leggibile ({reason})",
    ja="{name} は破損しています。読み取れる .xlsx ファイルではありません（{reason}）。",
)
PART_DAMAGED = Wording(
    "importing.file.part_damaged",
    en="{name} is damaged: {part} cannot be unpacked",
    it="{name} è danneggiato: impossibile decomprimere {part}",
    ja="{name} は破損しています。{part} を展開できません。",
)
TOO_MANY_PARTS = Wording(
    "importing.file.too_many_parts",
    en="{name} has {parts} parts: too many for an .xlsx file",
    it="{name} ha {parts} parti: troppe per un file .xlsx",
    ja="{name} には {parts} 個のパーツがあります。.xlsx ファイルとしては多すぎます。",
)
ENCRYPTED = Wording(
    "importing.file.encrypted",
    en="{name} is encrypted: remove its password in Excel first",
    it="{name} è cifrato: togliere prima la password in Excel",
    ja="{name} は暗号化されています。先に Excel でパスワードを解除してください。",
)
UNPACKS_TOO_LARGE = Wording(
    "importing.file.unpacks_too_large",
    en="{name} unpacks to more than {limit} MB: too big to import (or a zip bomb)",
    it="{name} decompresso supera i {limit} MB: troppo grande da importare (o una zip bomb)",
    ja="{name} は展開すると {limit} MB を超えます。取り込むには大きすぎます"
    "（zip 爆弾の可能性があります）。",
)
ZIP_BOMB = Wording(
    "importing.file.zip_bomb",
    en="{name} has a part ({part}) that unpacks more than {ratio} times "
    "its size: refused as a possible zip bomb",
    it="{name} ha una parte ({part}) che decompressa supera di oltre {ratio} volte "
    "la sua dimensione: rifiutato come possibile zip bomb",
    ja="{name} の一部（{part}）は展開すると元の {ratio} 倍を超えます。"
    "zip 爆弾の可能性があるため取り込みません。",
)
XML_DOCTYPE = Wording(
    "importing.file.xml_doctype",
    en="{name} carries an XML document type declaration ({part}), which "
    "Excel never writes: refused as possibly hostile",
    it="{name} contiene una dichiarazione del tipo di documento XML ({part}), che "
    "Excel non scrive mai: rifiutato perché potenzialmente ostile",
    ja="{name} には XML の文書型宣言（{part}）が含まれていますが、Excel はこれを書き込みません。"
    "悪意のあるファイルの可能性があるため取り込みません。",
)
OPENDOCUMENT = Wording(
    "importing.file.opendocument",
    en="{name} is an OpenDocument spreadsheet (.ods): save it as .xlsx or CSV and import that",
    it="{name} è un foglio di calcolo OpenDocument (.ods): salvarlo come .xlsx o CSV "
    "e importare quello",
    ja="{name} は OpenDocument 形式の表計算ファイル（.ods）です。.xlsx または CSV 形式で保存し、"
    "そのファイルを取り込んでください。",
)
BINARY_WORKBOOK = Wording(
    "importing.file.binary_workbook",
    en="{name} is an Excel binary workbook (.xlsb): save it as .xlsx or CSV and import that",
    it="{name} è una cartella di lavoro binaria di Excel (.xlsb): salvarla come .xlsx o CSV "
    "e importare quella",
    ja="{name} は Excel バイナリ ブック（.xlsb）です。.xlsx または CSV 形式で保存し、"
    "そのファイルを取り込んでください。",
)
WORD_OR_POWERPOINT = Wording(
    "importing.file.word_or_powerpoint",
    en="{name} is a Word or PowerPoint file, not a spreadsheet",
    it="{name} è un file Word o PowerPoint, non un foglio di calcolo",
    ja="{name} は Word または PowerPoint のファイルで、表計算ファイルではありません。",
)
NOT_A_WORKBOOK = Wording(
    "importing.file.not_a_workbook",
    en="{name} is a zip archive but not an Excel workbook",
    it="{name} è un archivio zip ma non una cartella di lavoro di Excel",
    ja="{name} は zip アーカイブですが、Excel のブックではありません。",
)
SHEET_TOO_LARGE = Wording(
    "importing.file.sheet_too_large",
    en='Sheet "{sheet}" in {name} reaches row {row}, column '
    "{column}: {cells} cells, more than {limit}. Delete "
    "the rows and columns after your data (or copy the data to a new sheet) and save",
    it='Il foglio "{sheet}" in {name} arriva alla riga {row}, colonna '
    "{column}: {cells} celle, più di {limit}. Eliminare "
    "le righe e le colonne dopo i dati (o copiare i dati in un nuovo foglio) e salvare",
    ja="{name} のシート「{sheet}」は {row} 行目、{column} 列まで及び、セル数 {cells} が"
    "上限の {limit} を超えています。データより後の行と列を削除して"
    "（またはデータを新しいシートにコピーして）保存してください。",
)
SHEET_UNREADABLE = Wording(
    "importing.file.sheet_unreadable",
    en='Sheet "{sheet}" in {name} cannot be read: {reason}',
    it='Impossibile leggere il foglio "{sheet}" in {name}: {reason}',
    ja="{name} のシート「{sheet}」を読み取れません: {reason}",
)
