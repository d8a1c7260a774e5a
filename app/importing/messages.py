"""What the importer says to a user, in Italian, Japanese and English."""

from __future__ import annotations

from app.common.wording import Wording
from app.importing.duplicates import DuplicateReason

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
NOT_REGULAR = Wording(
    "importing.file.not_regular",
    en="{name} is {kind}, not a file: choose the spreadsheet file itself",
    it="{name} è {kind}, non un file: scegliere il file del foglio di calcolo",
    ja="{name} は{kind}で、ファイルではありません。表計算ファイルそのものを選んでください。",
)
KIND_FOLDER = Wording(
    "importing.file.kind.folder", en="a folder", it="una cartella", ja="フォルダー"
)
KIND_PIPE = Wording(
    "importing.file.kind.pipe",
    en="a named pipe (FIFO)",
    it="una pipe con nome (FIFO)",
    ja="名前付きパイプ（FIFO）",
)
KIND_DEVICE = Wording(
    "importing.file.kind.device", en="a device", it="un dispositivo", ja="デバイス"
)
KIND_SOCKET = Wording("importing.file.kind.socket", en="a socket", it="un socket", ja="ソケット")
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
BAD_CSV = Wording(
    "importing.file.bad_csv",
    en="{name} cannot be read as CSV ({reason})",
    it="Impossibile leggere {name} come CSV ({reason})",
    ja="{name} を CSV として読み取れません（{reason}）。",
)
BINARY = Wording(
    "importing.file.binary",
    en="{name} looks like a binary file, not CSV text: it holds NUL (zero) bytes, the first "
    "at byte {byte}. If it is a spreadsheet, open it in Excel and save it as .xlsx or as "
    "CSV UTF-8, then import that",
    it="{name} sembra un file binario, non testo CSV: contiene byte NUL (zero), il primo al "
    "byte {byte}. Se è un foglio di calcolo, aprirlo in Excel e salvarlo come .xlsx o come "
    "CSV UTF-8, poi importare quello",
    ja="{name} は CSV テキストではなくバイナリファイルのようです。NUL（ゼロ）バイトを含んでいます"
    "（最初は {byte} バイト目）。表計算ファイルであれば、Excel で開いて .xlsx または「CSV UTF-8」"
    "形式で保存し、そのファイルを取り込んでください。",
)
BINARY_CONTROLS = Wording(
    "importing.file.binary_controls",
    en="{name} looks like a binary file, not CSV text: it holds control characters that text "
    "never has (the first at character {position}). If it is a spreadsheet, open it in "
    "Excel and save it as .xlsx or as CSV UTF-8, then import that",
    it="{name} sembra un file binario, non testo CSV: contiene caratteri di controllo che un "
    "testo non ha mai (il primo al carattere {position}). Se è un foglio di calcolo, aprirlo "
    "in Excel e salvarlo come .xlsx o come CSV UTF-8, poi importare quello",
    ja="{name} は CSV テキストではなくバイナリファイルのようです。テキストには現れない制御文字を"
    "含んでいます（最初は {position} 文字目）。表計算ファイルであれば、Excel で開いて .xlsx "
    "または「CSV UTF-8」形式で保存し、そのファイルを取り込んでください。",
)
MARKUP = Wording(
    "importing.file.markup",
    en="{name} is {kind}, which Ponte cannot read (it reads .xlsx and CSV): open it in Excel "
    "and save it as an Excel workbook (.xlsx), then import that",
    it="{name} è {kind}, che Ponte non sa leggere (legge .xlsx e CSV): aprirlo in Excel e "
    "salvarlo come cartella di lavoro di Excel (.xlsx), poi importare quella",
    ja="{name} は{kind}で、Ponte では読み取れません（読み取れるのは .xlsx と CSV です）。"
    "Excel で開いて Excel ブック（.xlsx）として保存し、そのファイルを取り込んでください。",
)
MARKUP_NAMED = Wording(
    "importing.file.markup_named",
    en="{name} is {kind} named {suffix}, which Ponte cannot read (it reads .xlsx and CSV): "
    "open it in Excel and save it as an Excel workbook (.xlsx), then import that",
    it="{name} è {kind} con il nome {suffix}, che Ponte non sa leggere (legge .xlsx e CSV): "
    "aprirlo in Excel e salvarlo come cartella di lavoro di Excel (.xlsx), poi importare quella",
    ja="{name} は {suffix} という名前の{kind}で、Ponte では読み取れません（読み取れるのは .xlsx と "
    "CSV です）。Excel で開いて Excel ブック（.xlsx）として保存し、そのファイルを取り込んで"
    "ください。",
)
KIND_WEB_PAGE = Wording(
    "importing.file.kind.web_page",
    en="a web page (HTML)",
    it="una pagina web (HTML)",
    ja="Web ページ（HTML）",
)
KIND_XML = Wording("importing.file.kind.xml", en="an XML file", it="un file XML", ja="XML ファイル")
KIND_SPREADSHEET_XML = Wording(
    "importing.file.kind.spreadsheet_xml",
    en="an Excel 2003 XML spreadsheet",
    it="un foglio di calcolo XML di Excel 2003",
    ja="Excel 2003 XML スプレッドシート",
)
TOO_MANY_COLUMNS = Wording(
    "importing.file.too_many_columns",
    en="{name} has {columns} columns in row {row}: Ponte reads at most {limit} (as many as "
    "Excel has). Check that the file is a table, or delete the extra columns and save",
    it="{name} ha {columns} colonne nella riga {row}: Ponte ne legge al massimo {limit} "
    "(quante ne ha Excel). Verificare che il file sia una tabella, oppure eliminare le "
    "colonne in più e salvare",
    ja="{name} の {row} 行目には {columns} 列あります。Ponte が読み取れるのは {limit} 列"
    "（Excel と同じ）までです。ファイルが表であることを確認するか、余分な列を削除して"
    "保存してください。",
)
CELL_TOO_LARGE = Wording(
    "importing.file.cell_too_large",
    en="{name}: the cell in row {row}, column {column} holds {size} characters; a cell holds "
    "at most {limit} (as in Excel). Shorten it and save",
    it="{name}: la cella nella riga {row}, colonna {column} contiene {size} caratteri; una "
    "cella ne contiene al massimo {limit} (come in Excel). Accorciarla e salvare",
    ja="{name}: {row} 行目 {column} 列のセルには {size} 文字あります。セルに入るのは {limit} 文字"
    "（Excel と同じ）までです。短くして保存してください。",
)
CELL_AT_LIMIT = Wording(
    "importing.file.cell_at_limit",
    en="{name}: the cell in row {row}, column {column} holds {limit} characters or more, the "
    "most a cell holds (what is beyond would be lost). Shorten it and save",
    it="{name}: la cella nella riga {row}, colonna {column} contiene {limit} caratteri o più, "
    "il massimo per una cella (il resto andrebbe perso). Accorciarla e salvare",
    ja="{name}: {row} 行目 {column} 列のセルには、セルの上限である {limit} 文字以上が"
    "入っています（超えた部分は失われます）。短くして保存してください。",
)
CELL_TOO_LARGE_QUOTE = Wording(
    "importing.file.cell_too_large_quote",
    en="{name}: the cell in row {row}, column {column} holds {size} characters over {lines} "
    'lines, more than the {limit} a cell holds: it starts with a quote (") that is never '
    "closed. Close the quote and save",
    it="{name}: la cella nella riga {row}, colonna {column} contiene {size} caratteri su "
    '{lines} righe, più dei {limit} di una cella: inizia con una virgoletta (") mai chiusa. '
    "Chiudere la virgoletta e salvare",
    ja="{name}: {row} 行目 {column} 列のセルは {lines} 行にわたり {size} 文字あり、セルに入る "
    '{limit} 文字を超えています。閉じられていない引用符（"）で始まっています。引用符を閉じて'
    "保存してください。",
)
READINGS = Wording(
    "importing.file.readings",
    en="line {line} reads {readings}",
    it="la riga {line} si legge {readings}",
    ja="{line} 行目の読み: {readings}",
)
UNKNOWN_ENCODING = Wording(
    "importing.file.unknown_encoding",
    en='"{encoding}" is not an encoding Ponte knows (e.g. utf-8, cp1252, shift_jis, '
    "euc_jp, gb18030, mac_roman)",
    it="“{encoding}” non è una codifica nota a Ponte (ad esempio utf-8, cp1252, shift_jis, "
    "euc_jp, gb18030, mac_roman)",
    ja="「{encoding}」は Ponte が知らない文字コードです（例: utf-8、cp1252、shift_jis、"
    "euc_jp、gb18030、mac_roman）。",
)
NOT_IN_ENCODING = Wording(
    "importing.file.not_in_encoding",
    en="{name} is not {encoding}: byte {byte} cannot be read in it",
    it="{name} non è in {encoding}: il byte {byte} non vi si può leggere",
    ja="{name} は {encoding} ではありません。{byte} バイト目を読み取れません。",
)
ENCODING_UNKNOWN = Wording(
    "importing.file.encoding_unknown",
    en="{name} is not UTF-8, and read in any other encoding Ponte knows ({encodings}) its "
    "names come out garbled, so it is not imported. Save it from Excel as CSV UTF-8 (or "
    "as .xlsx) and import that; on the command line, --encoding names the encoding",
    it="{name} non è in UTF-8, e letto in ogni altra codifica nota a Ponte ({encodings}) i "
    "nomi risultano alterati: non viene importato. Salvarlo da Excel come CSV UTF-8 (o come "
    ".xlsx) e importare quello; dalla riga di comando, --encoding indica la codifica",
    ja="{name} は UTF-8 ではなく、Ponte が知る他の文字コード（{encodings}）で読むと名前が"
    "文字化けするため、取り込みません。Excel から「CSV UTF-8」（または .xlsx）形式で保存し、"
    "そのファイルを取り込んでください。コマンドラインでは --encoding で文字コードを指定できます。",
)
ENCODING_AMBIGUOUS = Wording(
    "importing.file.encoding_ambiguous",
    en="{name} is not UTF-8, and its encoding cannot be told for sure: it reads as names in "
    "more than one ({readings}). Save it from Excel as CSV UTF-8 (or as .xlsx) and import "
    "that; on the command line, --encoding names the encoding",
    it="{name} non è in UTF-8 e la sua codifica non si può stabilire con certezza: si legge "
    "come nomi in più di una ({readings}). Salvarlo da Excel come CSV UTF-8 (o come .xlsx) e "
    "importare quello; dalla riga di comando, --encoding indica la codifica",
    ja="{name} は UTF-8 ではなく、文字コードを確定できません。複数の文字コードで名前として"
    "読めます（{readings}）。Excel から「CSV UTF-8」（または .xlsx）形式で保存し、"
    "そのファイルを取り込んでください。コマンドラインでは --encoding で文字コードを指定できます。",
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

# --- rows, columns and writing ---
# A sentence about one field starts with its label, the {label} placeholder: the window
# puts its own name of the field there (see app.importing.problems.FieldLabel).

# the label and a problem the importer cannot word itself (the forms word theirs)
FIELD_PROBLEM = Wording(
    "importing.row.field_problem",
    en="{label}: {problem}",
    it="{label}: {problem}",
    ja="{label}：{problem}",
)
REQUIRED = Wording(
    "importing.row.required",
    en="{label}: This field is required.",
    it="{label}: campo obbligatorio.",
    ja="{label}：必須項目です。",
)
TOO_LONG = Wording(
    "importing.row.too_long",
    en="{label}: This is too long (at most {limit} characters).",
    it="{label}: testo troppo lungo (al massimo {limit} caratteri).",
    ja="{label}：長すぎます（{limit} 文字以内）。",
)
ORGANISATION_UNKNOWN = Wording(
    "importing.row.organisation_unknown",
    en='{label}: "{name}" is not an organisation of this mission; import or add it first.',
    it="{label}: “{name}” non è un'organizzazione di questa missione; importarla o "
    "aggiungerla prima.",
    ja="{label}：「{name}」はこのミッションの組織ではありません。先に取り込むか追加してください。",
)

# participants
NAME_SPLIT = Wording(
    "importing.row.name_split",
    en='"{full}" split as family name "{family}", given name "{given}".',
    it="“{full}” diviso in cognome “{family}” e nome “{given}”.",
    ja="「{full}」を姓「{family}」、名「{given}」に分けました。",
)
NAME_AMBIGUOUS = Wording(
    "importing.row.name_ambiguous",
    en="More than one participant of this mission has this name in this organisation; add "
    "the e-mail address to say which.",
    it="Più partecipanti di questa missione hanno questo nome in questa organizzazione; "
    "aggiungere l'indirizzo e-mail per indicare quale.",
    ja="このミッションのこの組織には同じ名前の参加者が複数います。どの人か分かるように"
    "メールアドレスを追加してください。",
)
SAME_PARTICIPANT_AS_ROW = Wording(
    "importing.row.same_participant",
    en="The same participant as row {row}.",
    it="Lo stesso partecipante della riga {row}.",
    ja="{row} 行目と同じ参加者です。",
)
SAME_AS_ROW = Wording(
    "importing.row.same_as_row",
    en="{label}: the same as row {row}.",
    it="{label}: uguale alla riga {row}.",
    ja="{label}：{row} 行目と同じです。",
)
EMAIL_OF_ANOTHER = Wording(
    "importing.row.email_of_another",
    en="{label}: another participant of this mission already has it.",
    it="{label}: è già l'indirizzo di un altro partecipante di questa missione.",
    ja="{label}：このミッションの別の参加者が既に使用しています。",
)
LOOKS_LIKE = Wording(
    "importing.row.looks_like",
    en="Looks like {others}: {reasons}.",
    it="Sembra la stessa persona di {others}: {reasons}.",
    ja="{others}と同一人物の可能性があります（{reasons}）。",
)
LOOKALIKE_PARTICIPANT = Wording(
    "importing.row.lookalike_participant",
    en="{name} (participant {id})",
    it="{name} (partecipante {id})",
    ja="{name}（参加者 {id}）",
)
LOOKALIKE_ROW = Wording(
    "importing.row.lookalike_row", en="row {row}", it="riga {row}", ja="{row} 行目"
)
DUPLICATE_REASONS = {
    DuplicateReason.SAME_EMAIL: Wording(
        "importing.duplicate.same_email", en="same e-mail", it="stessa e-mail", ja="同じメール"
    ),
    DuplicateReason.SAME_NAME: Wording(
        "importing.duplicate.same_name",
        en="same name and organisation",
        it="stesso nome e organizzazione",
        ja="同じ氏名と組織",
    ),
    DuplicateReason.SWAPPED: Wording(
        "importing.duplicate.swapped",
        en="same name, family and given swapped",
        it="stesso nome, cognome e nome invertiti",
        ja="同じ氏名（姓と名が逆）",
    ),
    DuplicateReason.SAME_KANA: Wording(
        "importing.duplicate.same_kana",
        en="same name in kana",
        it="stesso nome in kana",
        ja="同じ読み（かな）",
    ),
}
# lists of names and of reasons, one item after another
COMMA_LIST = Wording(
    "importing.list.comma", en="{first}, {rest}", it="{first}, {rest}", ja="{first}・{rest}"
)
SEMICOLON_LIST = Wording(
    "importing.list.semicolon", en="{first}; {rest}", it="{first}; {rest}", ja="{first}・{rest}"
)
# sentences, one after the other
ONE_AFTER_ANOTHER = Wording(
    "importing.list.sentences", en="{first} {rest}", it="{first} {rest}", ja="{first}{rest}"
)

# organisations
SAME_ORGANISATION_AS_ROW = Wording(
    "importing.row.same_organisation",
    en="{label}: the same organisation as row {row}.",
    it="{label}: la stessa organizzazione della riga {row}.",
    ja="{label}：{row} 行目と同じ組織です。",
)
NO_DELEGATION = Wording(
    "importing.row.no_delegation",
    en="{label}: this mission has no {city} delegation yet; add it first.",
    it="{label}: questa missione non ha ancora una delegazione di {city}; aggiungerla prima.",
    ja="{label}：このミッションにはまだ{city}の代表団がありません。先に追加してください。",
)
TURIN = Wording("importing.city.turin", en="Turin", it="Torino", ja="トリノ")
NAGOYA = Wording("importing.city.nagoya", en="Nagoya", it="Nagoya", ja="名古屋")

# meeting requests
REQUESTS_ITSELF = Wording(
    "importing.row.requests_itself",
    en="{label}: the same as the requesting organisation.",
    it="{label}: è la stessa organizzazione richiedente.",
    ja="{label}：希望元の組織と同じです。",
)
SAME_DELEGATION = Wording(
    "importing.row.same_delegation",
    en="Both organisations are of the {city} delegation.",
    it="Entrambe le organizzazioni fanno parte della delegazione di {city}.",
    ja="両方の組織が{city}の代表団に属しています。",
)
SAME_REQUEST_AS_ROW = Wording(
    "importing.row.same_request",
    en="The same request as row {row}.",
    it="La stessa richiesta della riga {row}.",
    ja="{row} 行目と同じ商談希望です。",
)
NO_THANKS_MANDATORY = Wording(
    "importing.row.no_thanks_mandatory",
    en="{label}: a request answered “no thanks” cannot be mandatory.",
    it="{label}: una richiesta con risposta “no grazie” non può essere obbligatoria.",
    ja="{label}：「お断り」と回答した商談希望は必須にできません。",
)

# finding the participant a row of availability or interpreters is about
EMAIL_OF_NOBODY = Wording(
    "importing.row.email_of_nobody",
    en='{label}: "{email}": no participant of this mission has it.',
    it="{label}: “{email}”: nessun partecipante di questa missione ha questo indirizzo.",
    ja="{label}：「{email}」：このメールアドレスの参加者はこのミッションにいません。",
)
NOT_AN_EMAIL = Wording(
    "importing.row.not_an_email",
    en='{label}: "{email}": this is not an e-mail address.',
    it="{label}: “{email}”: non è un indirizzo e-mail.",
    ja="{label}：「{email}」：メールアドレスではありません。",
)
PARTICIPANT_UNNAMED = Wording(
    "importing.row.participant_unnamed",
    en="Participant: give the e-mail address or the name.",
    it="Partecipante: indicare l'indirizzo e-mail o il nome.",
    ja="参加者：メールアドレスまたは氏名を入力してください。",
)
NOBODY_CALLED = Wording(
    "importing.row.nobody_called",
    en='Participant: nobody of this mission is called "{name}"; import the participant first.',
    it="Partecipante: in questa missione nessuno si chiama “{name}”; importare prima il "
    "partecipante.",
    ja="参加者：このミッションに「{name}」という参加者はいません。先に参加者を取り込んでください。",
)
NOBODY_CALLED_AT = Wording(
    "importing.row.nobody_called_at",
    en='Participant: nobody of this mission is called "{name}" at {organisation}; import the '
    "participant first.",
    it="Partecipante: in questa missione nessuno si chiama “{name}” presso {organisation}; "
    "importare prima il partecipante.",
    ja="参加者：このミッションの{organisation}に「{name}」という参加者はいません。"
    "先に参加者を取り込んでください。",
)
MANY_CALLED = Wording(
    "importing.row.many_called",
    en='Participant: {count} participants of this mission are called "{name}"; add the '
    "organisation or the e-mail address to say which.",
    it="Partecipante: {count} partecipanti di questa missione si chiamano “{name}”; aggiungere "
    "l'organizzazione o l'indirizzo e-mail per indicare quale.",
    ja="参加者：このミッションには「{name}」という参加者が {count} 人います。どの人か分かるように"
    "組織またはメールアドレスを追加してください。",
)
MANY_CALLED_AT = Wording(
    "importing.row.many_called_at",
    en='Participant: {count} participants of this mission are called "{name}" at '
    "{organisation}; add the e-mail address to say which.",
    it="Partecipante: {count} partecipanti di questa missione si chiamano “{name}” presso "
    "{organisation}; aggiungere l'indirizzo e-mail per indicare quale.",
    ja="参加者：このミッションの{organisation}には「{name}」という参加者が {count} 人います。"
    "どの人か分かるようにメールアドレスを追加してください。",
)

# availability
CLOCKS_SKIP = Wording(
    "importing.row.clocks_skip",
    en="{label}: {time} on {date} does not exist in {zone}: the clocks skip it (DST change).",
    it="{label}: le {time} del {date} non esistono nel fuso {zone}: gli orologi le saltano "
    "(cambio dell'ora legale).",
    ja="{label}：{date} {time} は {zone} には存在しません（夏時間の切り替えで時計が飛ばします）。",
)
CLOCKS_REPEAT = Wording(
    "importing.row.clocks_repeat",
    en="{label}: {time} on {date} happens twice in {zone} (DST change); read as the first.",
    it="{label}: le {time} del {date} ricorrono due volte nel fuso {zone} (cambio dell'ora "
    "legale); si considera la prima.",
    ja="{label}：{date} {time} は {zone} で2回あります（夏時間の切り替え）。"
    "1回目として読み込みました。",
)
NO_TIME = Wording(
    "importing.row.no_time",
    en="{label}: {date} has no time; read as 00:00.",
    it="{label}: {date} non ha un orario; letto come 00:00.",
    ja="{label}：{date} に時刻がありません。00:00 として読み込みました。",
)
END_BEFORE_START = Wording(
    "importing.row.end_before_start",
    en="{label}: before the start.",
    it="{label}: prima dell'inizio.",
    ja="{label}：開始より前です。",
)
END_AT_START = Wording(
    "importing.row.end_at_start",
    en="{label}: the same time as the start.",
    it="{label}: coincide con l'inizio.",
    ja="{label}：開始と同じ時刻です。",
)
SAME_PERIOD_AS_ROW = Wording(
    "importing.row.same_period",
    en="The same period as row {row}.",
    it="Lo stesso periodo della riga {row}.",
    ja="{row} 行目と同じ期間です。",
)
OVERLAPS = Wording(
    "importing.row.overlaps",
    en="Overlaps the saved period {period}.",
    it="Si sovrappone al periodo salvato {period}.",
    ja="保存済みの期間 {period} と重なっています。",
)
OVERLAPS_BECAUSE = Wording(
    "importing.row.overlaps_because",
    en="Overlaps the saved period {period} ({reason}).",
    it="Si sovrappone al periodo salvato {period} ({reason}).",
    ja="保存済みの期間 {period}（{reason}）と重なっています。",
)
OUTSIDE_MISSION = Wording(
    "importing.row.outside_mission",
    en="Outside the mission's dates ({first}–{last}).",
    it="Fuori dalle date della missione ({first}–{last}).",
    ja="ミッションの期間（{first}～{last}）外です。",
)

# interpreters
SAME_INTERPRETER_AS_ROW = Wording(
    "importing.row.same_interpreter",
    en="The same interpreter as row {row}.",
    it="Lo stesso interprete della riga {row}.",
    ja="{row} 行目と同じ通訳者です。",
)
INTERPRETER_IN_ORGANISATION = Wording(
    "importing.row.interpreter_in_organisation",
    en="This participant belongs to an organisation; interpreters usually belong to none.",
    it="Questo partecipante appartiene a un'organizzazione; di solito gli interpreti non "
    "appartengono a nessuna.",
    ja="この参加者は組織に所属しています。通訳者は通常どの組織にも所属しません。",
)

# a cell that is not what its field holds (values.py, dates.py)
UNKNOWN_LANGUAGE = Wording(
    "importing.cell.unknown_language",
    en='"{value}" is not a language Ponte knows.',
    it="“{value}” non è una lingua che Ponte conosce.",
    ja="「{value}」は Ponte が認識できる言語ではありません。",
)
UNKNOWN_BADGE_CATEGORY = Wording(
    "importing.cell.unknown_badge_category",
    en='"{value}" is not a badge category Ponte knows.',
    it="“{value}” non è una categoria di badge che Ponte conosce.",
    ja="「{value}」は Ponte が認識できるバッジ区分ではありません。",
)
UNKNOWN_SIDE = Wording(
    "importing.cell.unknown_side",
    en='"{value}" is not a delegation (Turin or Nagoya) Ponte knows.',
    it="“{value}” non è una delegazione (Torino o Nagoya) che Ponte conosce.",
    ja="「{value}」は Ponte が認識できる代表団（トリノまたは名古屋）ではありません。",
)
DOCUMENT_LANGUAGE = Wording(
    "importing.cell.document_language",
    en='Documents are written in Italian, Japanese or English, not "{code}".',
    it="I documenti si scrivono in italiano, giapponese o inglese, non in “{code}”.",
    ja="書類は日本語・イタリア語・英語のいずれかで作成します（「{code}」は使えません）。",
)
UNKNOWN_SECTORS = Wording(
    "importing.cell.unknown_sectors",
    en="Unknown sector: {sectors}.",
    it="Settore sconosciuto: {sectors}.",
    ja="不明な業種：{sectors}。",
)
NOT_YES_NO = Wording(
    "importing.cell.not_yes_no",
    en='"{value}" is neither yes nor no.',
    it="“{value}” non è né sì né no.",
    ja="「{value}」は「はい」でも「いいえ」でもありません。",
)
NOT_POSITIVE = Wording(
    "importing.cell.not_positive",
    en='"{value}" is not a whole number of at least 1.',
    it="“{value}” non è un numero intero pari almeno a 1.",
    ja="「{value}」は1以上の整数ではありません。",
)
NOT_PRIORITY = Wording(
    "importing.cell.not_priority",
    en='"{value}" is not a whole number from 1 (nice to have) to 5 (essential).',
    it="“{value}” non è un numero intero da 1 (gradito) a 5 (essenziale).",
    ja="「{value}」は1（できれば）から5（必須）までの整数ではありません。",
)
PRIORITY_RANGE = Wording(
    "importing.cell.priority_range",
    en='"{value}" is not between 1 and 5.',
    it="“{value}” non è compreso tra 1 e 5.",
    ja="「{value}」は1から5の範囲にありません。",
)
NOT_INTERPRETER_NEED = Wording(
    "importing.cell.not_interpreter_need",
    en='"{value}" is not one of: required (yes), none (no), auto.',
    it="“{value}” non è tra i valori previsti: necessario (sì), nessuno (no), automatico.",
    ja="「{value}」は「必要（はい）」「不要（いいえ）」「自動」のいずれでもありません。",
)
NOT_A_DATE = Wording(
    "importing.cell.not_a_date",
    en="'{value}' is not a date",
    it="“{value}” non è una data",
    ja="「{value}」は日付ではありません",
)
EXCEL_29_FEBRUARY_1900 = Wording(
    "importing.cell.excel_29_february_1900",
    en="'{value}' is not a date: Excel's 29 February 1900 never existed",
    it="“{value}” non è una data: il 29 febbraio 1900 di Excel non è mai esistito",
    ja="「{value}」は日付ではありません。Excel の1900年2月29日は実在しない日です",
)
WRONG_WEEKDAY = Wording(
    "importing.cell.wrong_weekday",
    en="'{value}' is not a date: {date} is a {weekday}",
    it="“{value}” non è una data: il {date} è {weekday}",
    ja="「{value}」は日付ではありません。{date} は{weekday}です",
)
DAY_FIRST = Wording(
    "importing.cell.day_first",
    en="'{value}' is not a date (dates are read day first: day/month/year)",
    it="“{value}” non è una data (le date si leggono a partire dal giorno: giorno/mese/anno)",
    ja="「{value}」は日付ではありません（日付は日/月/年の順に読みます）",
)
# Monday is 0, as date.weekday() counts (not strftime's %A: Qt sets the C locale)
WEEKDAYS = {
    0: Wording("importing.weekday.monday", en="Monday", it="lunedì", ja="月曜日"),
    1: Wording("importing.weekday.tuesday", en="Tuesday", it="martedì", ja="火曜日"),
    2: Wording("importing.weekday.wednesday", en="Wednesday", it="mercoledì", ja="水曜日"),
    3: Wording("importing.weekday.thursday", en="Thursday", it="giovedì", ja="木曜日"),
    4: Wording("importing.weekday.friday", en="Friday", it="venerdì", ja="金曜日"),
    5: Wording("importing.weekday.saturday", en="Saturday", it="sabato", ja="土曜日"),
    6: Wording("importing.weekday.sunday", en="Sunday", it="domenica", ja="日曜日"),
}
NOT_A_TIME = Wording(
    "importing.cell.not_a_time",
    en="'{value}' is not a time",
    it="“{value}” non è un orario",
    ja="「{value}」は時刻ではありません",
)
NOT_A_TIME_NOR_DATE_TIME = Wording(
    "importing.cell.not_a_time_nor_date_time",
    en="'{value}' is not a time, nor a date and time",
    it="“{value}” non è un orario, né una data con orario",
    ja="「{value}」は時刻でも日時でもありません",
)
TIME_WITHOUT_DATE = Wording(
    "importing.cell.time_without_date",
    en="'{value}' is a time without a date: give the date in its own column or in the same cell",
    it="“{value}” è un orario senza data: indicare la data in una colonna a parte o nella "
    "stessa cella",
    ja="「{value}」は日付のない時刻です。日付を別の列か同じセルに入力してください",
)

# the column mapping
NOT_A_FIELD = Wording(
    "importing.mapping.not_a_field",
    en='"{key}" is not a field of {kind}.',
    it="“{key}” non è un campo di “{kind}”.",
    ja="「{key}」は「{kind}」の項目ではありません。",
)
COLUMN_MISSING = Wording(
    "importing.mapping.column_missing",
    en='The column "{header}" for {label} is not in the file.',
    it="La colonna “{header}” per {label} non è nel file.",
    ja="{label}の列「{header}」がファイルにありません。",
)
COLUMN_TWICE = Wording(
    "importing.mapping.column_twice",
    en='The column "{header}" is chosen for two fields.',
    it="La colonna “{header}” è scelta per due campi.",
    ja="列「{header}」が2つの項目に選ばれています。",
)
CHOOSE_COLUMN = Wording(
    "importing.mapping.choose_column",
    en="Choose the column that holds {label}.",
    it="Scegliere la colonna che contiene {label}.",
    ja="{label}の列を選んでください。",
)
CHOOSE_NAME_COLUMN = Wording(
    "importing.mapping.choose_name_column",
    en="Choose the column that holds the family name, or the full name.",
    it="Scegliere la colonna che contiene il cognome, o il nome completo.",
    ja="姓または氏名の列を選んでください。",
)
CHOOSE_PERSON_COLUMN = Wording(
    "importing.mapping.choose_person_column",
    en="Choose the column that holds the participant's e-mail address, or their family name, "
    "or their full name.",
    it="Scegliere la colonna che contiene l'indirizzo e-mail del partecipante, o il cognome, o "
    "il nome completo.",
    ja="参加者のメールアドレス、姓、または氏名の列を選んでください。",
)
MAPPING_FILE_MISSING = Wording(
    "importing.mapping.file_missing",
    en="The mapping file {path} does not exist.",
    it="Il file di mappatura delle colonne {path} non esiste.",
    ja="列の対応付けファイル {path} がありません。",
)
MAPPING_FILE_NOT_JSON = Wording(
    "importing.mapping.file_not_json",
    en="The mapping file {name} is not valid JSON: {reason}",
    it="Il file di mappatura delle colonne {name} non è un JSON valido: {reason}",
    ja="列の対応付けファイル {name} は正しい JSON ではありません：{reason}",
)
MAPPING_FILE_SHAPE = Wording(
    "importing.mapping.file_shape",
    en='The mapping file {name} must hold {{"kind": …, "columns": {{field: header}}}}.',
    it='Il file di mappatura delle colonne {name} deve contenere {{"kind": …, "columns": '
    "{{campo: intestazione}}}}.",
    ja='列の対応付けファイル {name} は {{"kind": …, "columns": {{項目: 見出し}}}} '
    "の形にしてください。",
)
MAPPING_FILE_KIND = Wording(
    "importing.mapping.file_kind",
    en="The mapping file's kind must be one of: {kinds}.",
    it="Il “kind” del file di mappatura delle colonne deve essere uno tra: {kinds}.",
    ja="列の対応付けファイルの kind は次のいずれかにしてください：{kinds}。",
)
MAPPING_FILE_OTHER_KIND = Wording(
    "importing.mapping.file_other_kind",
    en="The mapping file is for {found}, not {kind}.",
    it="Il file di mappatura delle colonne è per “{found}”, non per “{kind}”.",
    ja="この列の対応付けファイルは「{kind}」用ではなく「{found}」用です。",
)

# writing: an import refused, and nothing written
ROWS_WITH_ERRORS = Wording(
    "importing.refused.rows_with_errors",
    en="{errors} of {rows} rows have errors; nothing was imported. Correct the file, or "
    "import only the rows without errors.",
    it="{errors} righe su {rows} contengono errori; non è stato importato nulla. Correggere "
    "il file, oppure importare solo le righe senza errori.",
    ja="{rows} 行中 {errors} 行にエラーがあるため、何も取り込んでいません。ファイルを修正するか、"
    "エラーのない行だけを取り込んでください。",
)
RECORD_OF_ANOTHER_MISSION = Wording(
    "importing.refused.record_of_another_mission",
    en="Row {row}: the record is not of this mission.",
    it="Riga {row}: il record non appartiene a questa missione.",
    ja="{row} 行目：このレコードはこのミッションのものではありません。",
)
RECORD_DELETED = Wording(
    "importing.refused.record_deleted",
    en="A record the import would update was deleted meanwhile ({reason}); nothing was "
    "imported. Preview the file again.",
    it="Un record che l'importazione avrebbe aggiornato è stato eliminato nel frattempo "
    "({reason}); non è stato importato nulla. Ripetere l'anteprima del file.",
    ja="取り込みで更新するレコードが途中で削除されました（{reason}）。何も取り込んでいません。"
    "もう一度ファイルをプレビューしてください。",
)
DATABASE_REFUSED = Wording(
    "importing.refused.database",
    en="The database refused the import ({reason}); nothing was imported.",
    it="Il database ha rifiutato l'importazione ({reason}); non è stato importato nulla.",
    ja="データベースが取り込みを拒否しました（{reason}）。何も取り込んでいません。",
)

# --- a registration sheet: the companies it names, arrivals and departures ------------------

NEW_ORGANISATIONS = Wording(
    "importing.plan.new_organisations",
    en="{count} new organisations: {names}.",
    it="{count} nuove organizzazioni: {names}.",
    ja="新しい組織 {count} 件：{names}。",
)
NEW_ORGANISATION = Wording(
    "importing.plan.new_organisation",
    en="1 new organisation: {names}.",
    it="1 nuova organizzazione: {names}.",
    ja="新しい組織 1 件：{names}。",
)
ORGANISATION_NO_LATIN_NAME = Wording(
    "importing.row.organisation_no_latin_name",
    en='{label}: "{name}" is not in the mission yet, and the file gives no name in Latin '
    "letters to add it by; add a column with its name in English (or romaji), or add it first.",
    it="{label}: “{name}” non è ancora nella missione e il file non ne dà il nome in lettere "
    "latine per aggiungerla; aggiungere una colonna con il nome in inglese (o in romaji), "
    "oppure aggiungerla prima.",
    ja="{label}：「{name}」はまだミッションになく、追加に必要なローマ字（英語）の名称がファイルに"
    "ありません。英語（ローマ字）の会社名の列を加えるか、先に組織を追加してください。",
)
ORGANISATION_TWO_NAMES = Wording(
    "importing.row.organisation_two_names",
    en='The row names two different organisations: "{first}" and "{second}".',
    it="La riga nomina due organizzazioni diverse: “{first}” e “{second}”.",
    ja="この行は異なる 2 つの組織を指しています：「{first}」と「{second}」。",
)
ORGANISATION_OTHER_NAME = Wording(
    "importing.row.organisation_other_name",
    en='{label}: row {row} gives "{name}" the name "{other}", this row "{this}".',
    it="{label}: la riga {row} dà a “{name}” il nome “{other}”, questa riga “{this}”.",
    ja="{label}：{row} 行目では「{name}」の名称が「{other}」、この行では「{this}」です。",
)
ORGANISATION_OTHER_SECTORS = Wording(
    "importing.row.organisation_other_sectors",
    en='{label}: row {row} gives "{name}" the sectors {other}, this row {this}.',
    it="{label}: la riga {row} assegna a “{name}” i settori {other}, questa riga {this}.",
    ja="{label}：{row} 行目では「{name}」の業種が {other}、この行では {this} です。",
)
ORGANISATION_SAVED_SECTORS = Wording(
    "importing.row.organisation_saved_sectors",
    en='"{name}" is saved with the sectors {saved}; the file says {this}. The saved ones are '
    "kept (change them in the organisation's form, or import the organisations).",
    it="“{name}” è salvata con i settori {saved}; il file dice {this}. Restano quelli salvati "
    "(cambiarli nella scheda dell'organizzazione, o importare le organizzazioni).",
    ja="「{name}」の保存済みの業種は {saved} ですが、ファイルでは {this} です。保存済みの業種を"
    "残します（組織の画面で変更するか、組織を取り込んでください）。",
)
ORGANISATION_PROBLEM = Wording(
    "importing.row.organisation_problem",
    en='The new organisation "{name}" (first named on row {row}): {problem}',
    it="La nuova organizzazione “{name}” (nominata per la prima volta alla riga {row}): {problem}",
    ja="新しい組織「{name}」（最初の記載は {row} 行目）：{problem}",
)
NAME_IN_LATIN_COLUMN_IS_JAPANESE = Wording(
    "importing.row.latin_name_is_japanese",
    en='{label}: "{name}" is in Japanese; it is read as the name in kanji. Choose the column '
    "with the name in Latin letters (romaji) for this field.",
    it="{label}: “{name}” è in giapponese; viene letto come nome in kanji. Scegliere per "
    "questo campo la colonna con il nome in lettere latine (romaji).",
    ja="{label}：「{name}」は日本語のため、漢字の氏名として読みます。この項目にはローマ字の氏名の"
    "列を選んでください。",
)
LEAVES_BEFORE_ARRIVING = Wording(
    "importing.row.leaves_before_arriving",
    en="{label}: the departure ({departure}) is not after the arrival ({arrival}).",
    it="{label}: la partenza ({departure}) non è dopo l'arrivo ({arrival}).",
    ja="{label}：出発（{departure}）が到着（{arrival}）より後になっていません。",
)
ARRIVES_AFTER_MISSION = Wording(
    "importing.row.arrives_after_mission",
    en="Arrives on {date}, after the mission's last day: unavailable for all of it.",
    it="Arriva il {date}, dopo l'ultimo giorno della missione: non disponibile per tutta "
    "la missione.",
    ja="{date} 到着で、ミッション最終日より後です。ミッション期間中は全日参加できません。",
)
LEAVES_BEFORE_MISSION = Wording(
    "importing.row.leaves_before_mission",
    en="Leaves on {date}, before the mission's first day: unavailable for all of it.",
    it="Parte il {date}, prima del primo giorno della missione: non disponibile per tutta "
    "la missione.",
    ja="{date} 出発で、ミッション初日より前です。ミッション期間中は全日参加できません。",
)
ARRIVAL_REASON = Wording(
    "importing.stay.arrival_reason",
    en="Not arrived yet (arrives {date})",
    it="Non ancora arrivato/a (arriva il {date})",
    ja="未到着（{date} 到着）",
)
DEPARTURE_REASON = Wording(
    "importing.stay.departure_reason",
    en="Already left (leaves {date})",
    it="Già partito/a (parte il {date})",
    ja="出発済み（{date} 出発）",
)
SECTORS_WITHOUT_COMPANY = Wording(
    "importing.row.sectors_without_company",
    en="{label}: the row names no organisation for these sectors.",
    it="{label}: la riga non indica l'organizzazione di questi settori.",
    ja="{label}：この業種の組織が行に書かれていません。",
)
KANJI_NOT_SPLIT = Wording(
    "importing.row.kanji_not_split",
    en='"{full}" has no space between family and given name: kept whole as the family name '
    "in kanji (correct it in the participant's form, or put a space in the file).",
    it="“{full}” non ha uno spazio tra cognome e nome: tenuto intero come cognome in kanji "
    "(correggerlo nella scheda del partecipante, o mettere uno spazio nel file).",
    ja="「{full}」は姓と名の間に空白がないため、全体を漢字の姓として取り込みます（参加者の画面で"
    "直すか、ファイルで姓と名の間に空白を入れてください）。",
)
UNKNOWN_SESSION = Wording(
    "importing.row.unknown_session",
    en="{label}: there is no B2B session {session!r} in this mission (write its number or its "
    "name, or 'all').",
    it="{label}: in questa missione non c'è la sessione B2B {session!r} (scrivere il numero o "
    "il nome, oppure 'tutte').",
    ja="{label}：このミッションには B2B 商談会 {session!r} がありません（番号か名称、または"
    "「すべて」と書いてください）。",
)
INTERPRETER_ONE_LANGUAGE = Wording(
    "importing.row.interpreter_one_language",
    en="{label}: an interpreter needs at least two languages.",
    it="{label}: un interprete deve parlare almeno due lingue.",
    ja="{label}：通訳者には2つ以上の言語が必要です。",
)
INTERPRETER_NO_COMMON_LANGUAGE = Wording(
    "importing.row.interpreter_no_common_language",
    en="{label}: nobody in the mission's organisations speaks {languages}.",
    it="{label}: nessuno nelle organizzazioni della missione parla {languages}.",
    ja="{label}：ミッションの組織には {languages} を話す人がいません。",
)
NEW_INTERPRETER = Wording(
    "importing.row.new_interpreter",
    en="Nobody of this mission is called so: a new participant is added as interpreter.",
    it="Nessuno della missione ha questo nome: si aggiunge un nuovo partecipante come interprete.",
    ja="この名前の参加者はいないため、新しい参加者を通訳者として追加します。",
)
AMBIGUOUS_SESSION = Wording(
    "importing.row.ambiguous_session",
    en="{label}: several B2B sessions are called {session!r}; write their numbers instead.",
    it="{label}: più sessioni B2B si chiamano {session!r}; scriverne invece i numeri.",
    ja="{label}：{session!r} という B2B 商談会が複数あります。番号で指定してください。",
)

# --- the mission changed between the preview and the import (app.store.mission_lock) -------

REMATCHED = Wording(
    "importing.rematched",
    en="The mission changed after the preview (another coordinator's import or edits), so "
    "the rows were matched again before writing: {created} new, {updated} updated, "
    "{unchanged} already there.",
    it="La missione è cambiata dopo l'anteprima (un'importazione o modifiche di un altro "
    "coordinatore), quindi le righe sono state abbinate di nuovo prima di scrivere: "
    "{created} nuove, {updated} aggiornate, {unchanged} già presenti.",
    ja="プレビューの後にミッションが変更されたため（別のコーディネーターによる取り込みや編集）、"
    "書き込む前に行を照合し直しました: 新規 {created} 件、更新 {updated} 件、"
    "登録済み {unchanged} 件。",
)
REMATCHED_ERRORS = Wording(
    "importing.rematched_errors",
    en="The mission changed after the preview (another coordinator's import or edits); "
    "matched again, {errors} of {rows} rows now have errors, so nothing was imported. "
    "Preview the file again.",
    it="La missione è cambiata dopo l'anteprima (un'importazione o modifiche di un altro "
    "coordinatore); dopo un nuovo abbinamento {errors} righe su {rows} hanno errori, quindi "
    "non è stato importato nulla. Ripetere l'anteprima del file.",
    ja="プレビューの後にミッションが変更されました（別のコーディネーターによる取り込みや編集）。"
    "照合し直したところ {rows} 行中 {errors} 行にエラーがあるため、何も取り込んでいません。"
    "もう一度プレビューしてください。",
)
