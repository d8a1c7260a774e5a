"""What a clash in the programme says (app/core/programme_clashes.py), in Italian, Japanese and
English. A name that differs per language (an item's title, a venue, an organisation, a
person in kanji, a time) goes in as :func:`named`, so that each reader gets their own form."""

from __future__ import annotations

from app.common.wording import Message, Wording


def named(en: str, it: str, ja: str) -> Message:
    """A name (or a time) as each language writes it, fallbacks already applied: a message
    whose every language is its own literal form, worded inside a sentence like any other."""
    return Wording("programme.name", en=_literal(en), it=_literal(it), ja=_literal(ja))()


def quoted(en: str, it: str, ja: str) -> Message:
    """An item's title in each language's quotation marks: “Plenary”, «Plenaria», 「全体会議」."""
    return named(f"“{en}”", f"«{it}»", f"「{ja}」")


def _literal(text: str) -> str:
    return text.replace("{", "{{").replace("}", "}}")


LIST_LINK = Wording(
    "programme.list_link", en="{first}, {rest}", it="{first}, {rest}", ja="{first}・{rest}"
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

PERSON_TWO_ITEMS = Wording(
    "programme.person_two_items",
    en="{first} ({first_when}) and {second} ({second_when}) overlap, and both expect {people}.",
    it="{first} ({first_when}) e {second} ({second_when}) si sovrappongono; attesi a entrambi: "
    "{people}.",
    ja="{first}（{first_when}）と{second}（{second_when}）が重なっていますが、両方に{people}の"
    "出席が予定されています。",
)

MEETING_DURING_ITEM = Wording(
    "programme.meeting_during_item",
    en="During {item} ({item_when}) there is {meeting} ({meeting_when}); expected at both: "
    "{people}.",
    it="Durante {item} ({item_when}) è previsto {meeting} ({meeting_when}); attesi a entrambi: "
    "{people}.",
    ja="{item}（{item_when}）の最中に{meeting}（{meeting_when}）があります。両方に出席予定："
    "{people}。",
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

# One line of a list of clashes: what kind, then what it says.
CLASH_LINE = Wording(
    "programme.clash_line", en="{label}: {text}", it="{label}: {text}", ja="{label}：{text}"
)
