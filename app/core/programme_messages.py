"""What a clash in the programme says (app/core/programme_clashes.py), in Italian, Japanese and
English. A name that differs per language (an item's title, a venue, an organisation, a
person in kanji) goes in as a :class:`~app.common.wording.Message` of :data:`NAME`, so that
each reader gets their own form."""

from __future__ import annotations

from app.common.wording import Wording

# A name as each language writes it: the three forms, fallbacks already applied.
NAME = Wording("programme.name", en="{en}", it="{it}", ja="{ja}")

LIST_LINK = Wording(
    "programme.list_link", en="{first}, {rest}", it="{first}, {rest}", ja="{first}、{rest}"
)
AND_MORE = Wording(
    "programme.and_more",
    en="{items} and {count} more",
    it="{items} e altri {count}",
    ja="{items} ほか {count} 名",
)

MEETING = Wording(
    "programme.meeting",
    en="the B2B meeting {a} – {b}",
    it="l'incontro B2B {a} – {b}",
    ja="B2B商談「{a} – {b}」",
)
ITEM = Wording("programme.item", en="“{title}”", it="«{title}»", ja="「{title}」")

PERSON_TWO_ITEMS = Wording(
    "programme.person_two_items",
    en="{first} ({first_when}) and {second} ({second_when}) overlap, and both expect {people}.",
    it="{first} ({first_when}) e {second} ({second_when}) si sovrappongono, e in entrambi "
    "sono attesi {people}.",
    ja="{first}（{first_when}）と{second}（{second_when}）が重なっていますが、両方に{people}の"
    "出席が予定されています。",
)

MEETING_DURING_ITEM = Wording(
    "programme.meeting_during_item",
    en="{meeting} ({meeting_when}) falls during {item} ({item_when}), which {people} attend.",
    it="{meeting} ({meeting_when}) cade durante {item} ({item_when}), a cui partecipano {people}.",
    ja="{meeting}（{meeting_when}）が{item}（{item_when}）と重なっています。{people}は"
    "{item}に出席予定です。",
)

TRAVEL_TOO_SHORT = Wording(
    "programme.travel_too_short",
    en="Travel from {origin} to {destination} takes {minutes} min; only {gap} min between "
    "{first} (ends {end}) and {second} (starts {start}), for {people}.",
    it="Il trasferimento da {origin} a {destination} richiede {minutes} min; solo {gap} min tra "
    "{first} (fine {end}) e {second} (inizio {start}), per {people}.",
    ja="{origin}から{destination}への移動には{minutes}分かかりますが、{first}（{end}終了）と"
    "{second}（{start}開始）の間は{gap}分しかありません（{people}）。",
)

INTERPRETER_AT_ITEM = Wording(
    "programme.interpreter_at_item",
    en="Interpreter {person} is assigned to {meeting} ({meeting_when}) at {venue}, but is "
    "expected at {item} ({item_when}) at {item_venue}.",
    it="L'interprete {person} è assegnato a {meeting} ({meeting_when}) presso {venue}, ma è "
    "atteso a {item} ({item_when}) presso {item_venue}.",
    ja="通訳者{person}は{venue}での{meeting}（{meeting_when}）に割り当てられていますが、"
    "{item_venue}での{item}（{item_when}）にも出席予定です。",
)

INTERPRETER_TWO_MEETINGS = Wording(
    "programme.interpreter_two_meetings",
    en="Interpreter {person} is assigned to two meetings at once: {first} ({first_when}) and "
    "{second} ({second_when}).",
    it="L'interprete {person} è assegnato a due incontri nello stesso momento: {first} "
    "({first_when}) e {second} ({second_when}).",
    ja="通訳者{person}が同じ時間の2件の商談に割り当てられています：{first}（{first_when}）と"
    "{second}（{second_when}）。",
)

NO_CLASHES = Wording(
    "programme.no_clashes",
    en="No clashes in the programme.",
    it="Nessun conflitto nel programma.",
    ja="プログラムに重複はありません。",
)

# What each kind of clash is called (a list's label, the Programme page's legend).
KIND_PERSON_TWO_ITEMS = Wording(
    "programme.kind.person_two_items",
    en="Two items at once",
    it="Due voci insieme",
    ja="同時刻の2つの予定",
)
KIND_MEETING_DURING_ITEM = Wording(
    "programme.kind.meeting_during_item",
    en="Meeting during an item",
    it="Incontro durante una voce",
    ja="予定中の商談",
)
KIND_TRAVEL_TOO_SHORT = Wording(
    "programme.kind.travel_too_short",
    en="Travel too short",
    it="Trasferimento troppo breve",
    ja="移動時間不足",
)
KIND_INTERPRETER_TWO_PLACES = Wording(
    "programme.kind.interpreter_two_places",
    en="Interpreter in two places",
    it="Interprete in due luoghi",
    ja="通訳者の重複",
)
