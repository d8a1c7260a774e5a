"""How the audit log reads, in Italian, Japanese and English: "Mario Rossi changed e-mail,
phone of participant Keiko Tanaka", "… created 300 participants"."""

from __future__ import annotations

from app.common.wording import Wording

# --- what was done (the subject, who, comes from SAID) -------------------------------------

CREATED = Wording(
    "audit.created",
    en="created {kind} {name}",
    it="ha creato {kind} {name}",
    ja="{kind}「{name}」を作成しました",
)
CHANGED = Wording(
    "audit.changed",
    en="changed {fields} of {kind} {name}",
    it="ha modificato {fields} per {kind} {name}",
    ja="{kind}「{name}」の{fields}を変更しました",
)
DELETED = Wording(
    "audit.deleted",
    en="deleted {kind} {name}",
    it="ha eliminato {kind} {name}",
    ja="{kind}「{name}」を削除しました",
)
CREATED_MANY = Wording(
    "audit.created_many",
    en="created {count} {kinds}",
    it="ha creato {count} {kinds}",
    ja="{kinds}を {count} 件作成しました",
)
CHANGED_MANY = Wording(
    "audit.changed_many",
    en="changed {fields} of {count} {kinds}",
    it="ha modificato {fields} per {count} {kinds}",
    ja="{kinds} {count} 件の{fields}を変更しました",
)
CHANGED_MANY_UNNAMED = Wording(
    "audit.changed_many_unnamed",
    en="changed {count} {kinds}",
    it="ha modificato {count} {kinds}",
    ja="{kinds}を {count} 件変更しました",
)
DELETED_MANY = Wording(
    "audit.deleted_many",
    en="deleted {count} {kinds}",
    it="ha eliminato {count} {kinds}",
    ja="{kinds}を {count} 件削除しました",
)
SAID = Wording("audit.said", en="{who} {what}", it="{who} {what}", ja="{who}が{what}")
SOMEONE = Wording("audit.someone", en="Someone", it="Qualcuno", ja="だれか")
UNNAMED = Wording("audit.unnamed", en="no. {id}", it="n. {id}", ja="番号 {id}")
ALL_RECORDS = Wording("audit.all_records", en="(several)", it="(vari)", ja="（複数）")
FIELD_LIST = Wording(
    "audit.field_list", en="{first}, {rest}", it="{first}, {rest}", ja="{first}・{rest}"
)
NO_HISTORY = Wording(
    "audit.no_history",
    en="Nothing has been changed in this mission yet.",
    it="In questa missione non è stato ancora modificato nulla.",
    ja="このミッションにはまだ変更履歴がありません。",
)
MISSION_NOT_FOUND = Wording(
    "audit.mission_not_found",
    en="This database has no mission {mission}.",
    it="Questo database non contiene la missione {mission}.",
    ja="このデータベースにはミッション {mission} がありません。",
)


def _kind(key: str, en: str, it: str, ja: str) -> Wording:
    return Wording(f"audit.kind.{key}", en=en, it=it, ja=ja)


# A record's kind in a sentence: the Italian with its article ("il partecipante").
KINDS: dict[str, Wording] = {
    "mission": _kind("mission", "mission", "la missione", "ミッション"),
    "venue": _kind("venue", "venue", "la sede", "会場"),
    "venue_travel": _kind("venue_travel", "travel time", "il tempo di viaggio", "移動時間"),
    "delegation": _kind("delegation", "delegation", "la delegazione", "代表団"),
    "organisation": _kind("organisation", "organisation", "l'organizzazione", "組織"),
    "participant": _kind("participant", "participant", "il partecipante", "参加者"),
    "interpreter": _kind("interpreter", "interpreter", "l'interprete", "通訳者"),
    "agenda_item": _kind(
        "agenda_item", "programme item", "l'evento in programma", "プログラム項目"
    ),
    "b2b_session": _kind("b2b_session", "B2B session", "la sessione B2B", "B2B商談会"),
    "b2b_break": _kind("b2b_break", "break", "la pausa", "休憩"),
    "b2b_table": _kind("b2b_table", "table", "il tavolo", "テーブル"),
    "unavailability": _kind("unavailability", "unavailability", "l'indisponibilità", "不在時間"),
    "meeting_request": _kind(
        "meeting_request", "meeting request", "la richiesta di incontro", "商談希望"
    ),
    "meeting": _kind("meeting", "meeting", "l'incontro", "商談"),
    "publication": _kind("publication", "publication", "la pubblicazione", "公開版"),
    "schedule_run": _kind(
        "schedule_run",
        "scheduler run",
        "l'esecuzione della pianificazione",
        "スケジュール作成の実行",
    ),
    "sent_message": _kind(
        "sent_message", "sent message", "il messaggio inviato", "送信済みメッセージ"
    ),
    "meeting_outcome": _kind(
        "meeting_outcome", "meeting's outcome", "l'esito dell'incontro", "商談結果"
    ),
    "follow_up": _kind("follow_up", "follow-up", "il seguito concordato", "フォローアップ"),
}


def _kinds(key: str, en: str, it: str, ja: str) -> Wording:
    return Wording(f"audit.kinds.{key}", en=en, it=it, ja=ja)


# The plural, for a statement that wrote many rows ("300 partecipanti").
MANY_KINDS: dict[str, Wording] = {
    "mission": _kinds("mission", "missions", "missioni", "ミッション"),
    "venue": _kinds("venue", "venues", "sedi", "会場"),
    "venue_travel": _kinds("venue_travel", "travel times", "tempi di viaggio", "移動時間"),
    "delegation": _kinds("delegation", "delegations", "delegazioni", "代表団"),
    "organisation": _kinds("organisation", "organisations", "organizzazioni", "組織"),
    "participant": _kinds("participant", "participants", "partecipanti", "参加者"),
    "interpreter": _kinds("interpreter", "interpreters", "interpreti", "通訳者"),
    "agenda_item": _kinds(
        "agenda_item", "programme items", "eventi in programma", "プログラム項目"
    ),
    "b2b_session": _kinds("b2b_session", "B2B sessions", "sessioni B2B", "B2B商談会"),
    "b2b_break": _kinds("b2b_break", "breaks", "pause", "休憩"),
    "b2b_table": _kinds("b2b_table", "tables", "tavoli", "テーブル"),
    "unavailability": _kinds("unavailability", "unavailabilities", "indisponibilità", "不在時間"),
    "meeting_request": _kinds(
        "meeting_request", "meeting requests", "richieste di incontro", "商談希望"
    ),
    "meeting": _kinds("meeting", "meetings", "incontri", "商談"),
    "publication": _kinds("publication", "publications", "pubblicazioni", "公開版"),
    "schedule_run": _kinds(
        "schedule_run",
        "scheduler runs",
        "esecuzioni della pianificazione",
        "スケジュール作成の実行",
    ),
    "sent_message": _kinds(
        "sent_message", "sent messages", "messaggi inviati", "送信済みメッセージ"
    ),
    "meeting_outcome": _kinds(
        "meeting_outcome", "meetings' outcomes", "esiti degli incontri", "商談結果"
    ),
    "follow_up": _kinds("follow_up", "follow-ups", "seguiti concordati", "フォローアップ"),
}
OTHER_KIND = Wording(
    "audit.kind_other", en="record ({table})", it="il record ({table})", ja="レコード（{table}）"
)
OTHER_KINDS = Wording(
    "audit.kinds_other", en="records ({table})", it="record ({table})", ja="レコード（{table}）"
)


def _field(key: str, en: str, it: str, ja: str) -> Wording:
    return Wording(f"audit.field.{key}", en=en, it=it, ja=ja)


# The columns a coordinator edits, by name; any other is shown by its name.
FIELDS: dict[str, Wording] = {
    "email": _field("email", "e-mail", "e-mail", "メールアドレス"),
    "phone": _field("phone", "phone", "telefono", "電話番号"),
    "given_name": _field("given_name", "given name", "nome", "名"),
    "family_name": _field("family_name", "family name", "cognome", "姓"),
    "given_name_kanji": _field(
        "given_name_kanji", "given name (kanji)", "nome (kanji)", "名（漢字）"
    ),
    "family_name_kanji": _field(
        "family_name_kanji", "family name (kanji)", "cognome (kanji)", "姓（漢字）"
    ),
    "given_name_kana": _field("given_name_kana", "given name (kana)", "nome (kana)", "名（かな）"),
    "family_name_kana": _field(
        "family_name_kana", "family name (kana)", "cognome (kana)", "姓（かな）"
    ),
    "name_order": _field("name_order", "name order", "ordine del nome", "氏名の順序"),
    "title": _field("title", "title", "qualifica", "役職"),
    "title_ja": _field("title_ja", "title (Japanese)", "qualifica (giapponese)", "役職（日本語）"),
    "title_it": _field(
        "title_it", "title (Italian)", "titolo (italiano)", "タイトル（イタリア語）"
    ),
    "name": _field("name", "name", "nome", "名称"),
    "name_it": _field("name_it", "Italian name", "nome in italiano", "イタリア語名"),
    "name_ja": _field("name_ja", "Japanese name", "nome in giapponese", "日本語名"),
    "name_kana": _field("name_kana", "name (kana)", "nome (kana)", "名称（かな）"),
    "organisation_id": _field("organisation_id", "organisation", "organizzazione", "組織"),
    "delegation_id": _field("delegation_id", "delegation", "delegazione", "代表団"),
    "document_language": _field(
        "document_language", "document language", "lingua dei documenti", "書類の言語"
    ),
    "badge_category": _field(
        "badge_category", "badge category", "categoria del badge", "バッジの区分"
    ),
    "consent": _field("consent", "consent", "consenso", "同意"),
    "consent_at": _field("consent_at", "consent date", "data del consenso", "同意日時"),
    "notes": _field("notes", "notes", "note", "メモ"),
    "note": _field("note", "note", "nota", "メモ"),
    "checked_in_at": _field("checked_in_at", "check-in", "check-in", "受付"),
    "status_note": _field("status_note", "note on the day", "nota del giorno", "当日のメモ"),
    "status_at": _field("status_at", "time marked", "ora della segnalazione", "記録時刻"),
    "absent": _field("absent", "absent on the day", "assente il giorno", "当日欠席"),
    "outcome": _field("outcome", "outcome", "esito", "結果"),
    "description": _field("description", "what", "che cosa", "内容"),
    "due_date": _field("due_date", "due date", "scadenza", "期限"),
    "owner": _field("owner", "owner", "responsabile", "担当者"),
    "done_at": _field("done_at", "done", "fatto", "完了"),
    "languages": _field("languages", "languages", "lingue", "使用言語"),
    "sectors": _field("sectors", "sectors", "settori", "業種"),
    "participants": _field("participants", "participants", "partecipanti", "参加者"),
    "attendees": _field("attendees", "attendees", "partecipanti", "出席者"),
    "delegations": _field("delegations", "delegations", "delegazioni", "代表団"),
    "sessions": _field("sessions", "sessions", "sessioni", "商談会"),
    "status": _field("status", "status", "stato", "状態"),
    "locked": _field("locked", "lock", "blocco", "固定"),
    "table_id": _field("table_id", "table", "tavolo", "テーブル"),
    "start_utc": _field("start_utc", "start", "inizio", "開始"),
    "end_utc": _field("end_utc", "end", "fine", "終了"),
    "interpreter_id": _field("interpreter_id", "interpreter", "interprete", "通訳者"),
    "priority": _field("priority", "priority", "priorità", "優先度"),
    "venue_id": _field("venue_id", "venue", "sede", "会場"),
    "city": _field("city", "city", "città", "都市"),
    "website": _field("website", "website", "sito web", "ウェブサイト"),
    "profile": _field("profile", "profile", "profilo", "プロフィール"),
    "profile_ja": _field(
        "profile_ja", "profile (Japanese)", "profilo (giapponese)", "プロフィール（日本語）"
    ),
    "start_date": _field("start_date", "start date", "data di inizio", "開始日"),
    "end_date": _field("end_date", "end date", "data di fine", "終了日"),
    "timezone": _field("timezone", "time zone", "fuso orario", "タイムゾーン"),
    "side": _field("side", "side", "parte", "所属側"),
    "snapshot": _field("snapshot", "published content", "contenuto pubblicato", "公開内容"),
}
FIELD_RAW = Wording("audit.field_raw", en="{name}", it="{name}", ja="{name}")
