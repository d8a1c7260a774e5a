"""What the import of a programme says about a row, in it/ja/en. The checks of an item itself
(a title, the times, the audience's ids) are worded by :mod:`app.core.programme_item_messages`."""

from __future__ import annotations

from app.common.wording import Wording

KIND_UNKNOWN = Wording(
    "importing.programme.kind_unknown",
    en="{label}: {value!r} is not a kind of programme item (plenary, visit, ceremony, meal, "
    "transfer, free time, other; in Italian or Japanese too).",
    it="{label}: {value!r} non è un tipo di evento (plenaria, visita, cerimonia, pranzo/cena, "
    "trasferimento, tempo libero, altro; anche in inglese o giapponese).",
    ja="{label}：「{value}」はプログラム項目の種類ではありません（全体会議・視察・式典・"
    "食事・移動・自由時間・その他。英語・イタリア語も可）。",
)
VENUE_UNKNOWN = Wording(
    "importing.programme.venue_unknown",
    en="{label}: {name!r} is not a venue of this mission (give its name in any language, or "
    "its id; import the venues first).",
    it="{label}: {name!r} non è una sede di questa missione (indicarne il nome in una "
    "lingua qualsiasi, o l'id; importare prima le sedi).",
    ja="{label}：「{name}」はこのミッションの会場ではありません（いずれかの言語の名称か ID を"
    "入力してください。会場を先に取り込んでください）。",
)
AUDIENCE_FORM = Wording(
    "importing.programme.audience_form",
    en='{label}: {value!r} names no audience: write everyone, "delegation: <name>", '
    '"organisation: <name>" or "participants: <e-mail or name>; <…>".',
    it='{label}: {value!r} non indica un pubblico: scrivere tutti, "delegazione: <nome>", '
    '"organizzazione: <nome>" o "partecipanti: <e-mail o nome>; <…>".',
    ja="{label}：「{value}」は対象として読めません。「全員」「代表団：<名称>」「組織：<名称>」"
    "「参加者：<メールアドレスか氏名>；<…>」のいずれかで記入してください。",
)
DELEGATION_UNKNOWN = Wording(
    "importing.programme.delegation_unknown",
    en="{label}: {name!r} is not a delegation of this mission.",
    it="{label}: {name!r} non è una delegazione di questa missione.",
    ja="{label}：「{name}」はこのミッションの代表団ではありません。",
)
TIME_TWICE = Wording(
    "importing.programme.time_twice",
    en='{label}: {problem} Write "{first}" or "{second}" in the cell.',
    it='{label}: {problem} Scrivere "{first}" o "{second}" nella cella.',
    ja="{label}：{problem}セルに「{first}」か「{second}」と記入してください。",
)
ZONE_MARK_WRONG = Wording(
    "importing.programme.zone_mark_wrong",
    en="{label}: on {day} {time} in {zone} is {marks}, not {mark}.",
    it="{label}: il {day} le {time} nel fuso {zone} sono {marks}, non {mark}.",
    ja="{label}：{day} の {time} は {zone} では {marks} です（{mark} ではありません）。",
)
SAME_ITEM_AS_ROW = Wording(
    "importing.programme.same_item_as_row",
    en="The same item (day, start and title) as row {row}.",
    it="Lo stesso evento (giorno, inizio e titolo) della riga {row}.",
    ja="{row} 行目と同じ項目（日付・開始時刻・タイトル）です。",
)
SAME_SAVED_ITEM_AS_ROW = Wording(
    "importing.programme.same_saved_item_as_row",
    en="Row {row} already updates the saved item {title!r} of this day; give each row its own "
    "start or title.",
    it="La riga {row} aggiorna già l'evento salvato {title!r} di questo giorno; dare a ogni "
    "riga il suo orario o titolo.",
    ja="{row} 行目がこの日の登録済み項目「{title}」をすでに更新します。行ごとに開始時刻か"
    "タイトルを変えてください。",
)
