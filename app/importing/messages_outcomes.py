"""What the import of a filled outcome survey says about a row, in it/ja/en."""

from __future__ import annotations

from app.common.wording import Wording

NOT_A_REFERENCE = Wording(
    "importing.outcomes.not_a_reference",
    en="{label}: “{value}” is not a meeting reference such as M-345 (as the form gave it).",
    it="{label}: “{value}” non è un riferimento d'incontro come M-345 (come nel modulo).",
    ja="{label}：「{value}」は商談番号（例：M-345、用紙に記載のもの）ではありません。",
)
UNKNOWN_MEETING = Wording(
    "importing.outcomes.unknown_meeting",
    en="{label}: there is no meeting {value} (was the row typed over, or the meeting deleted?).",
    it="{label}: non esiste l'incontro {value} (la riga è stata modificata, o l'incontro "
    "eliminato?).",
    ja="{label}：商談 {value} はありません（行が書き換えられたか、商談が削除された可能性が"
    "あります）。",
)
OTHER_MISSION = Wording(
    "importing.outcomes.other_mission",
    en="{label}: meeting {value} belongs to another mission ({other}); this form is not of "
    "this mission.",
    it="{label}: l'incontro {value} appartiene a un'altra missione ({other}); questo modulo non "
    "è di questa missione.",
    ja="{label}：商談 {value} は別のミッション（{other}）のものです。この用紙はこのミッションの"
    "ものではありません。",
)
OTHER_ORGANISATION = Wording(
    "importing.outcomes.other_organisation",
    en="Meeting {value} is between {pair}: {organisation} was not in it, so it cannot answer "
    "for it.",
    it="L'incontro {value} è tra {pair}: {organisation} non vi ha preso parte, quindi non può "
    "rispondere.",
    ja="商談 {value} は {pair} の商談です。{organisation} は参加していないため回答できません。",
)
NOT_HELD = Wording(
    "importing.outcomes.not_held",
    en="Meeting {value} is not marked as held ({status}): only a held meeting has an outcome.",
    it="L'incontro {value} non risulta svolto ({status}): solo un incontro svolto ha un esito.",
    ja="商談 {value} は実施済みになっていません（{status}）。結果は実施済みの商談にだけ記録"
    "できます。",
)
UNKNOWN_OUTCOME = Wording(
    "importing.outcomes.unknown_outcome",
    en="{label}: “{value}” is not one of the outcomes of the list ({choices}).",
    it="{label}: “{value}” non è uno degli esiti dell'elenco ({choices}).",
    ja="{label}：「{value}」はリストの商談結果ではありません（{choices}）。",
)
OUTCOME_MISSING = Wording(
    "importing.outcomes.outcome_missing",
    en="{label}: choose the outcome from the list (the row has a note or a follow-up but no "
    "outcome).",
    it="{label}: scegliere l'esito dall'elenco (la riga ha una nota o un seguito ma nessun esito).",
    ja="{label}：リストから商談結果を選んでください（メモや今後の対応はありますが、結果が"
    "ありません）。",
)
TEXT_TOO_LONG = Wording(
    "importing.outcomes.too_long",
    en="{label}: {length} characters; at most {limit} fit.",
    it="{label}: {length} caratteri; ne stanno al massimo {limit}.",
    ja="{label}：{length} 文字あります。{limit} 文字までです。",
)
FOLLOW_UP_MISSING = Wording(
    "importing.outcomes.follow_up_missing",
    en="{label}: say what the follow-up is (a date or an owner was given without it).",
    it="{label}: indicare in che cosa consiste il seguito (sono indicati una data o un "
    "responsabile senza di esso).",
    ja="{label}：今後の対応の内容を書いてください（期限または担当者だけが記入されています）。",
)
SAME_MEETING_AS_ROW = Wording(
    "importing.outcomes.same_meeting_as_row",
    en="The same meeting, for the same organisation, is on row {row}.",
    it="Lo stesso incontro, per la stessa organizzazione, è alla riga {row}.",
    ja="同じ組織の同じ商談が {row} 行目にもあります。",
)
BLANK = Wording(
    "importing.outcomes.blank",
    en="Not answered: skipped.",
    it="Senza risposta: saltata.",
    ja="未回答のため、スキップします。",
)
CHANGED_ANSWER = Wording(
    "importing.outcomes.changed_answer",
    en="Changes the answer saved: “{was}” → “{now}”.",
    it="Cambia la risposta salvata: “{was}” → “{now}”.",
    ja="保存済みの回答を変更します：「{was}」→「{now}」。",
)
MEETING_CHANGED = Wording(
    "importing.outcomes.meeting_changed",
    en="Row {row}: the meeting is no longer a held meeting of this mission; nothing was "
    "imported. Preview the file again.",
    it="Riga {row}: l'incontro non è più un incontro svolto di questa missione; non è stato "
    "importato nulla. Rifare l'anteprima del file.",
    ja="{row} 行目：この商談はもうこのミッションの実施済み商談ではありません。何も取り込んで"
    "いません。もう一度プレビューしてください。",
)
