"""What the imports of venues and delegations say about a row, in it/ja/en."""

from __future__ import annotations

from app.common.wording import Wording

SAME_NAME_AS_ROW = Wording(
    "importing.setup.same_name_as_row",
    en="{label}: {name!r} is already on row {row}.",
    it="{label}: {name!r} è già alla riga {row}.",
    ja="{label}：「{name}」は {row} 行目にもあります。",
)
NOT_A_ZONE = Wording(
    "importing.setup.not_a_zone",
    en="{label}: {zone!r} is not an IANA time zone name such as Asia/Tokyo or Europe/Rome.",
    it="{label}: {zone!r} non è un nome di fuso orario IANA come Asia/Tokyo o Europe/Rome.",
    ja="{label}：「{zone}」は IANA のタイムゾーン名（例：Asia/Tokyo、Europe/Rome）ではありません。",
)
HEAD_NOT_FOUND = Wording(
    "importing.setup.head_not_found",
    en="{label}: {name!r} is not a participant of this mission (give a name or an e-mail "
    "address of someone already imported).",
    it="{label}: {name!r} non è un partecipante di questa missione (indicare il nome o "
    "l'e-mail di una persona già importata).",
    ja="{label}：「{name}」はこのミッションの参加者ではありません（取り込み済みの人の氏名か"
    "メールアドレスを入力してください）。",
)
HEAD_AMBIGUOUS = Wording(
    "importing.setup.head_ambiguous",
    en="{label}: {name!r} names more than one participant; give their e-mail address.",
    it="{label}: {name!r} corrisponde a più partecipanti; indicare l'e-mail.",
    ja="{label}：「{name}」に該当する参加者が複数います。メールアドレスを入力してください。",
)
