"""What the documents say to a user: the sentences a :class:`DocumentError` (or a
:class:`DocumentsCancelled`) carries, in it/ja/en.

A mission's name keeps its English quoting (``{mission!r}``, as the CLI has always printed it);
Italian and Japanese quote it as the window does (“…”, 「…」). The actions and the drafts that
raise these errors (``app.services.documents``, ``app.distribution``) word them here too.
"""

from __future__ import annotations

from app.common.wording import Wording

# --- what to print ----------------------------------------------------------------------------

NO_PARTICIPANT_WITH_ID = Wording(
    "documents.no_participant_with_id",
    en="Mission {mission} has no participant with the id {ids}.",
    it="La missione {mission} non ha nessun partecipante con l'id {ids}.",
    ja="ミッション {mission} に ID {ids} の参加者はいません。",
)
NO_PARTICIPANTS_WITH_IDS = Wording(
    "documents.no_participants_with_ids",
    en="Mission {mission} has no participants with the ids {ids}.",
    it="La missione {mission} non ha partecipanti con gli id {ids}.",
    ja="ミッション {mission} に ID {ids} の参加者はいません。",
)
ORGANISATIONS_NOT_IN_MISSION = Wording(
    "documents.organisations_not_in_mission",
    en="No organisation with id {ids} in this mission.",
    it="Nessuna organizzazione con id {ids} in questa missione.",
    ja="ID {ids} の組織はこのミッションにありません。",
)
NO_PARTICIPANTS_TO_PRINT = Wording(
    "documents.no_participants_to_print",
    en="This mission has no participants: there is nothing to print for '{mission}'. "
    "Add or import participants first.",
    it="Questa missione non ha partecipanti: non c'è nulla da stampare per “{mission}”. "
    "Aggiungere o importare prima i partecipanti.",
    ja="このミッションには参加者がいないため、「{mission}」について印刷するものがありません。"
    "先に参加者を追加するか、取り込んでください。",
)
NOTHING_TO_PRINT = Wording(
    "documents.nothing_to_print",
    en="The mission {mission!r} has no programme items and no B2B meetings yet: there is "
    "nothing to print. Add the programme or schedule the meetings first.",
    it="La missione “{mission}” non ha ancora voci di programma né incontri B2B: non c'è nulla "
    "da stampare. Aggiungere prima il programma o pianificare gli incontri.",
    ja="ミッション「{mission}」にはまだプログラムも B2B 商談もないため、印刷するものがありません。"
    "先にプログラムを追加するか、商談のスケジュールを作成してください。",
)
NO_B2B_SESSION = Wording(
    "documents.no_b2b_session",
    en="The mission {mission!r} has no B2B session: there are no table sheets or master grid "
    "to print.",
    it="La missione “{mission}” non ha sessioni B2B: non ci sono fogli dei tavoli né griglia "
    "generale da stampare.",
    ja="ミッション「{mission}」には B2B セッションがないため、"
    "印刷するテーブル表や全体表がありません。",
)
NO_TABLES_FOR_SHEETS = Wording(
    "documents.no_tables_for_sheets",
    en="The mission {mission!r} has no B2B session with tables: there are no table sheets to "
    "print.",
    it="La missione “{mission}” non ha sessioni B2B con tavoli: non ci sono fogli dei tavoli "
    "da stampare.",
    ja="ミッション「{mission}」にはテーブルのある B2B セッションがないため、"
    "印刷するテーブル表がありません。",
)
NO_TABLES_FOR_GRID = Wording(
    "documents.no_tables_for_grid",
    en="The mission {mission!r} has no B2B session with tables: there is no master grid to print.",
    it="La missione “{mission}” non ha sessioni B2B con tavoli: non c'è una griglia generale "
    "da stampare.",
    ja="ミッション「{mission}」にはテーブルのある B2B セッションがないため、"
    "印刷する全体表がありません。",
)
NOBODY_TO_WRITE_FOR = Wording(
    "documents.nobody_to_write_for",
    en="The mission {mission!r} has nobody to write for.",
    it="Nella missione “{mission}” non c'è nessuno a cui destinare i documenti.",
    ja="ミッション「{mission}」には書類を作成する対象者がいません。",
)
NOTHING_READ = Wording(
    "documents.nothing_read",
    en="Nothing was read for this order.",
    it="Per questa richiesta non è stato letto nulla.",
    ja="この作成依頼について何も読み込まれていません。",
)
UNKNOWN_PAPER = Wording(
    "documents.unknown_paper",
    en="Unknown paper {paper!r}; choose A4 or A3.",
    it="Formato carta {paper!r} sconosciuto; scegliere A4 o A3.",
    ja="用紙サイズ {paper!r} は使えません。A4 か A3 を選んでください。",
)

# --- writing them ----------------------------------------------------------------------------

STOPPED = Wording(
    "documents.stopped",
    en="Stopped after {done} of {total} documents; those are complete.",
    it="Interrotto dopo {done} di {total} documenti; quelli già scritti sono completi.",
    ja="{total} 件中 {done} 件の書類を作成したところで停止しました。"
    "作成済みの書類はそのまま使えます。",
)
START_AT = Wording(
    "documents.start_at",
    en="The layout {layout} has {per_page} labels per sheet: start at a label from 1 to "
    "{per_page}, not {start_at}.",
    it="Il modello {layout} ha {per_page} etichette per foglio: iniziare da un'etichetta tra 1 "
    "e {per_page}, non da {start_at}.",
    ja="レイアウト {layout} は1枚に {per_page} 枚のラベルがあります。"
    "開始ラベルは {start_at} ではなく、1～{per_page} の範囲で指定してください。",
)
QR_TOO_LONG = Wording(
    "documents.qr_too_long",
    en="This text is too long for a QR code ({size} bytes).",
    it="Questo testo è troppo lungo per un codice QR ({size} byte).",
    ja="このテキストは QRコードにするには長すぎます（{size} バイト）。",
)
FONT_MISSING = Wording(
    "documents.font_missing",
    en="The font file {path} is missing; reinstall Ponte (documents need it).",
    it="Manca il file del carattere {path}; reinstallare Ponte (serve per i documenti).",
    ja="フォントファイル {path} が見つかりません。Ponte を再インストールしてください"
    "（書類の作成に必要です）。",
)
FONT_UNREADABLE = Wording(
    "documents.font_unreadable",
    en="The font file {path} cannot be read: {reason}",
    it="Impossibile leggere il file del carattere {path}: {reason}",
    ja="フォントファイル {path} を読み込めません: {reason}",
)

# --- badge layouts ---------------------------------------------------------------------------

NO_LAYOUT = Wording(
    "documents.no_layout",
    en="There is no badge layout '{name}'. Layouts: {known}.",
    it="Non esiste il modello di badge “{name}”. Modelli disponibili: {known}.",
    ja="バッジのレイアウト「{name}」はありません。使用できるレイアウト: {known}。",
)
NO_LAYOUTS = Wording("documents.no_layouts", en="none", it="nessuno", ja="なし")
LAYOUT_UNREADABLE = Wording(
    "documents.layout_unreadable",
    en="Cannot read the badge layout {path}: {reason}",
    it="Impossibile leggere il modello di badge {path}: {reason}",
    ja="バッジのレイアウト {path} を読み込めません: {reason}",
)
LAYOUT_NOT_JSON = Wording(
    "documents.layout_not_json",
    en="The badge layout {path} is not valid JSON (line {line}): {reason}",
    it="Il modello di badge {path} non è un JSON valido (riga {line}): {reason}",
    ja="バッジのレイアウト {path} は正しい JSON ではありません（{line} 行目）: {reason}",
)
LAYOUT_FIELD = Wording(
    "documents.layout_field",
    en="Badge layout {path}: {field}: {problem}",
    it="Modello di badge {path}: {field}: {problem}",
    ja="バッジのレイアウト {path}: {field}: {problem}",
)

# What is wrong with one field of a layout (the {problem} of LAYOUT_FIELD). The field names
# themselves (sheet.columns, elements[2].type) are the file's own words and stay as written.
TOP_LEVEL = Wording(
    "documents.layout.top_level", en="(top level)", it="(livello principale)", ja="（最上位）"
)
MUST_BE_OBJECT = Wording(
    "documents.layout.must_be_object",
    en="must be an object",
    it="deve essere un oggetto",
    ja="オブジェクトにしてください",
)
IS_MISSING = Wording(
    "documents.layout.is_missing", en="is missing", it="manca", ja="指定されていません"
)
MUST_BE_NUMBER = Wording(
    "documents.layout.must_be_number",
    en="must be a number, not {value!r}",
    it="deve essere un numero, non {value!r}",
    ja="数値にしてください（現在は {value!r}）",
)
MUST_BE_ABOVE = Wording(
    "documents.layout.must_be_above",
    en="must be above {minimum:g}",
    it="deve essere maggiore di {minimum:g}",
    ja="{minimum:g} より大きい値にしてください",
)
MUST_BE_AT_LEAST = Wording(
    "documents.layout.must_be_at_least",
    en="must be at least {minimum:g}",
    it="deve essere almeno {minimum:g}",
    ja="{minimum:g} 以上にしてください",
)
MUST_BE_WHOLE = Wording(
    "documents.layout.must_be_whole",
    en="must be a whole number of at least 1, not {value!r}",
    it="deve essere un numero intero pari ad almeno 1, non {value!r}",
    ja="1 以上の整数にしてください（現在は {value!r}）",
)
NOT_ONE_OF = Wording(
    "documents.layout.not_one_of",
    en="'{value}' is not one of {allowed}",
    it="“{value}” non è tra i valori ammessi ({allowed})",
    ja="「{value}」は使えません（使える値: {allowed}）",
)
UNKNOWN_FIELD = Wording(
    "documents.layout.unknown_field",
    en="unknown field",
    it="campo sconosciuto",
    ja="不明な項目です",
)
NOT_WITH_ELEMENTS = Wording(
    "documents.layout.not_with_elements",
    en="cannot be given together with elements",
    it="non può essere indicato insieme a elements",
    ja="elements と同時には指定できません",
)
NON_EMPTY_LIST = Wording(
    "documents.layout.non_empty_list",
    en="must be a non-empty list",
    it="deve essere un elenco non vuoto",
    ja="空でないリストにしてください",
)
MUST_BE_TEXT = Wording(
    "documents.layout.must_be_text",
    en="must be text",
    it="deve essere un testo",
    ja="文字列にしてください",
)
NO_OTHER_LAYOUT = Wording(
    "documents.layout.no_other_layout",
    en="there is no other layout {name!r} beside this one",
    it="accanto a questo non c'è un altro modello {name!r}",
    ja="同じフォルダに別のレイアウト {name!r} がありません",
)
CANNOT_READ_OTHER = Wording(
    "documents.layout.cannot_read_other",
    en="cannot read {path}: {reason}",
    it="impossibile leggere {path}: {reason}",
    ja="{path} を読み込めません: {reason}",
)
LABELS_PAST_WIDTH = Wording(
    "documents.layout.labels_past_width",
    en="the labels reach {reach:g} mm, past the page's width of {width:.1f} mm",
    it="le etichette arrivano a {reach:g} mm, oltre la larghezza della pagina ({width:.1f} mm)",
    ja="ラベルが {reach:g} mm に達し、ページの幅 {width:.1f} mm を超えています",
)
LABELS_PAST_HEIGHT = Wording(
    "documents.layout.labels_past_height",
    en="the labels reach {reach:g} mm, past the page's height of {height:.1f} mm",
    it="le etichette arrivano a {reach:g} mm, oltre l'altezza della pagina ({height:.1f} mm)",
    ja="ラベルが {reach:g} mm に達し、ページの高さ {height:.1f} mm を超えています",
)
ELEMENT_PAST_WIDTH = Wording(
    "documents.layout.element_past_width",
    en="reaches {reach:g} mm, past the badge's width of {width:g} mm",
    it="arriva a {reach:g} mm, oltre la larghezza del badge ({width:g} mm)",
    ja="{reach:g} mm に達し、バッジの幅 {width:g} mm を超えています",
)
ELEMENT_PAST_HEIGHT = Wording(
    "documents.layout.element_past_height",
    en="reaches {reach:g} mm, past the badge's height of {height:g} mm",
    it="arriva a {reach:g} mm, oltre l'altezza del badge ({height:g} mm)",
    ja="{reach:g} mm に達し、バッジの高さ {height:g} mm を超えています",
)
LARGER_THAN_SIZE = Wording(
    "documents.layout.larger_than_size",
    en="is larger than size ({size:g})",
    it="è maggiore di size ({size:g})",
    ja="size（{size:g}）より大きくなっています",
)
ONE_OR_TWO = Wording(
    "documents.layout.one_or_two",
    en="must be 1 or 2",
    it="deve essere 1 o 2",
    ja="1 または 2 にしてください",
)
TRUE_OR_FALSE = Wording(
    "documents.layout.true_or_false",
    en="must be true or false",
    it="deve essere true o false",
    ja="true または false にしてください",
)
NOT_A_COLOUR = Wording(
    "documents.layout.not_a_colour",
    en="must be a colour like #1a1a1a, not {value!r}",
    it="deve essere un colore come #1a1a1a, non {value!r}",
    ja="#1a1a1a のような色にしてください（現在は {value!r}）",
)

IN_UNPRINTABLE_MARGIN = Wording(
    "documents.layout.in_unprintable_margin",
    en="lies {distance:g} mm from the paper's edge, inside the {margin:g} mm that an office "
    "printer leaves blank: move it inward, or set sheet.unprintable_margin_mm to 0 if the "
    "printer prints to the edge (borderless)",
    it="si trova a {distance:g} mm dal bordo del foglio, dentro i {margin:g} mm che una "
    "stampante da ufficio lascia bianchi: spostarlo verso l'interno, oppure impostare "
    "sheet.unprintable_margin_mm a 0 se la stampante stampa fino al bordo (senza margini)",
    ja="用紙の端から {distance:g} mm の位置にあり、オフィスのプリンターが印刷できない端の "
    "{margin:g} mm に入っています。内側へ移動するか、プリンターがフチなし印刷できる場合は "
    "sheet.unprintable_margin_mm を 0 にしてください",
)
NEEDS_BORDERLESS = Wording(
    "documents.needs_borderless",
    en="The layout {layout} prints up to the paper's edge: choose borderless printing in the "
    "printer's settings, or an office printer will leave out what lies in its last 5 mm.",
    it="Il modello {layout} stampa fino al bordo del foglio: scegliere la stampa senza margini "
    "nelle impostazioni della stampante, altrimenti una stampante da ufficio tralascerà ciò che "
    "si trova negli ultimi 5 mm.",
    ja="レイアウト {layout} は用紙の端まで印刷します。プリンターの設定でフチなし印刷を選んで"
    "ください。選ばないと、オフィスのプリンターでは端の 5 mm にあるものが印刷されません。",
)
NO_CROP_MARKS = Wording(
    "documents.no_crop_marks",
    en="The layout {layout} prints one badge on each sheet, to the sheet's size: there is "
    "nothing to cut, so it has no crop marks. Print without crop marks.",
    it="Il modello {layout} stampa un badge per foglio, delle dimensioni del foglio: non c'è "
    "nulla da tagliare, quindi non ha segni di taglio. Stampare senza segni di taglio.",
    ja="レイアウト {layout} は用紙1枚に用紙と同じ大きさのバッジを1枚印刷するため、"
    "切る所がなく、トンボ（裁ち落としの印）はありません。トンボなしで印刷してください。",
)

# --- the programme booklet -------------------------------------------------------------------

BOOKLET_UNKNOWN_LANGUAGE = Wording(
    "documents.booklet.unknown_language",
    en="The booklet cannot be written in {language!r}: choose two of it, ja and en (e.g. it,ja).",
    it="Il programma non può essere scritto in “{language}”: scegliere due lingue tra it, ja "
    "ed en (per esempio it,ja).",
    ja="プログラムを「{language}」で作成することはできません。it、ja、en から2つ選んでください"
    "（例: it,ja）。",
)
BOOKLET_SAME_LANGUAGE = Wording(
    "documents.booklet.same_language",
    en="The booklet's two columns need two different languages, not {language} twice (e.g. it,ja).",
    it="Le due colonne del programma richiedono due lingue diverse, non due volte {language} "
    "(per esempio it,ja).",
    ja="プログラムの2つの列には異なる2つの言語が必要です。{language} を2回指定することは"
    "できません（例: it,ja）。",
)
BOOKLET_TWO_LANGUAGES = Wording(
    "documents.booklet.two_languages",
    en="The booklet is written in exactly two languages side by side, not {count} "
    "({languages}): choose two of it, ja and en (e.g. it,ja).",
    it="Il programma è scritto in esattamente due lingue affiancate, non {count} "
    "({languages}): scegliere due lingue tra it, ja ed en (per esempio it,ja).",
    ja="プログラムはちょうど2つの言語を並べて作成します（指定は {count} 個: {languages}）。"
    "it、ja、en から2つ選んでください（例: it,ja）。",
)
BOOKLET_EMPTY = Wording(
    "documents.booklet.empty",
    en="The mission {mission!r} has no programme items and no B2B sessions yet: there is no "
    "programme to print. Add the programme or set up a B2B session first.",
    it="La missione “{mission}” non ha ancora voci di programma né sessioni B2B: non c'è "
    "nessun programma da stampare. Aggiungere prima il programma o una sessione B2B.",
    ja="ミッション「{mission}」にはまだプログラムの項目も B2B セッションもないため、"
    "印刷するプログラムがありません。先にプログラムを追加するか、B2B セッションを設定して"
    "ください。",
)
