"""What the daylight-saving warnings say (:mod:`app.core.clock_changes`), in Italian, Japanese
and English: the change of the host's clocks, when it happens, and how the time difference
between the two cities changes with it."""

from __future__ import annotations

from app.common.wording import Wording

# --- when: the night of the day the warning is printed under, or a date -----------------------

TONIGHT = Wording("clocks.tonight", en="tonight", it="stanotte", ja="今夜")
TODAY = Wording("clocks.today", en="today", it="oggi", ja="本日")
TOMORROW = Wording("clocks.tomorrow", en="tomorrow", it="domani", ja="明日")
ON_DATE = Wording("clocks.on_date", en="on {date}", it="{date}", ja="{date}に")
TONIGHT_AT = Wording("clocks.tonight_at", en="tonight at {time}", it="stanotte alle {time}",
                     ja="今夜{time}")  # fmt: skip
TODAY_AT = Wording("clocks.today_at", en="today at {time}", it="oggi alle {time}",
                   ja="本日{time}")  # fmt: skip
TOMORROW_AT = Wording("clocks.tomorrow_at", en="tomorrow at {time}", it="domani alle {time}",
                      ja="明日{time}")  # fmt: skip
DATE_AT = Wording("clocks.date_at", en="{date} at {time}", it="{date} alle {time}",
                  ja="{date}{time}")  # fmt: skip

# --- how much ---------------------------------------------------------------------------------

ONE_HOUR = Wording("clocks.one_hour", en="one hour", it="un'ora", ja="1時間")
HOURS = Wording("clocks.hours", en="{hours} hours", it="{hours} ore", ja="{hours}時間")
HOURS_MINUTES = Wording(
    "clocks.hours_minutes", en="{hours} h {minutes} min", it="{hours} h {minutes} min",
    ja="{hours}時間{minutes}分",
)  # fmt: skip
MINUTES = Wording("clocks.minutes", en="{minutes} minutes", it="{minutes} minuti",
                  ja="{minutes}分")  # fmt: skip

# --- the host's clocks ------------------------------------------------------------------------

SUMMER_STARTS = Wording(
    "clocks.summer_starts",
    en="Summer time starts {when}: at {time} the clocks go forward {amount}, to {after}.",
    it="L'ora legale inizia {when}: alle {time} gli orologi vanno avanti di {amount}, "
    "alle {after}.",
    ja="{when}サマータイムが始まります。{time}に時計を{amount}進めて{after}とします。",
)
SUMMER_ENDS = Wording(
    "clocks.summer_ends",
    en="Summer time ends {when}: at {time} the clocks go back {amount}, to {after}.",
    it="L'ora legale finisce {when}: alle {time} gli orologi tornano indietro di {amount}, "
    "alle {after}.",
    ja="{when}サマータイムが終わります。{time}に時計を{amount}戻して{after}とします。",
)
CLOCKS_FORWARD = Wording(
    "clocks.forward",
    en="The clocks change {when}: at {time} they go forward {amount}, to {after}.",
    it="L'ora cambia {when}: alle {time} gli orologi vanno avanti di {amount}, alle {after}.",
    ja="{when}時刻が変わります。{time}に時計を{amount}進めて{after}とします。",
)
CLOCKS_BACK = Wording(
    "clocks.back",
    en="The clocks change {when}: at {time} they go back {amount}, to {after}.",
    it="L'ora cambia {when}: alle {time} gli orologi tornano indietro di {amount}, alle {after}.",
    ja="{when}時刻が変わります。{time}に時計を{amount}戻して{after}とします。",
)
IN_PLACE = Wording("clocks.in_place", en="In {place}: {what}", it="A {place}: {what}",
                   ja="{place}：{what}")  # fmt: skip

# --- the difference between the two cities ----------------------------------------------------

# alone: the host's clocks do not change, the other city's do
FROM_AHEAD = Wording(
    "clocks.from_ahead",
    en="From {when} {place} is {hours} ahead of {host} (until then {was}).",
    it="Da {when} {place} è {hours} avanti rispetto a {host} (finora {was}).",
    ja="{when}から、{place}は{host}より{hours}進みます（これまでは{was}）。",
)
FROM_BEHIND = Wording(
    "clocks.from_behind",
    en="From {when} {place} is {hours} behind {host} (until then {was}).",
    it="Da {when} {place} è {hours} indietro rispetto a {host} (finora {was}).",
    ja="{when}から、{place}は{host}より{hours}遅れます（これまでは{was}）。",
)
FROM_SAME = Wording(
    "clocks.from_same",
    en="From {when} {place} and {host} keep the same time (until then {was} apart).",
    it="Da {when} {place} e {host} hanno la stessa ora (finora {was} di differenza).",
    ja="{when}から、{place}と{host}の時差はなくなります（これまでは{was}）。",
)
# after the host's change, in the same warning
THEN_AHEAD = Wording(
    "clocks.then_ahead",
    en="{place} is then {hours} ahead of {host} (until then {was}).",
    it="Da quel momento {place} è {hours} avanti rispetto a {host} (finora {was}).",
    ja="以後、{place}は{host}より{hours}進みます（これまでは{was}）。",
)
THEN_BEHIND = Wording(
    "clocks.then_behind",
    en="{place} is then {hours} behind {host} (until then {was}).",
    it="Da quel momento {place} è {hours} indietro rispetto a {host} (finora {was}).",
    ja="以後、{place}は{host}より{hours}遅れます（これまでは{was}）。",
)
THEN_SAME = Wording(
    "clocks.then_same",
    en="{place} and {host} then keep the same time (until then {was} apart).",
    it="Da quel momento {place} e {host} hanno la stessa ora (finora {was} di differenza).",
    ja="以後、{place}と{host}の時差はなくなります（これまでは{was}）。",
)

# --- a calendar's entry for the change: its title ------------------------------------------

TITLE_SUMMER_STARTS_TONIGHT = Wording(
    "clocks.title_summer_starts_tonight", en="Summer time starts tonight (+{amount})",
    it="Stanotte inizia l'ora legale (+{amount})", ja="今夜からサマータイム（+{amount}）",
)  # fmt: skip
TITLE_SUMMER_ENDS_TONIGHT = Wording(
    "clocks.title_summer_ends_tonight", en="Summer time ends tonight (−{amount})",
    it="Stanotte finisce l'ora legale (−{amount})", ja="今夜でサマータイム終了（−{amount}）",
)  # fmt: skip
TITLE_SUMMER_STARTS = Wording(
    "clocks.title_summer_starts", en="Summer time starts (+{amount})",
    it="Inizia l'ora legale (+{amount})", ja="サマータイム開始（+{amount}）",
)  # fmt: skip
TITLE_SUMMER_ENDS = Wording(
    "clocks.title_summer_ends", en="Summer time ends (−{amount})",
    it="Finisce l'ora legale (−{amount})", ja="サマータイム終了（−{amount}）",
)  # fmt: skip
TITLE_CLOCKS = Wording(
    "clocks.title_clocks", en="The clocks change ({sign}{amount})",
    it="Cambia l'ora ({sign}{amount})", ja="時刻の変更（{sign}{amount}）",
)  # fmt: skip
TITLE_DIFFERENCE = Wording(
    "clocks.title_difference", en="Time difference with {place}: {hours} (was {was})",
    it="Differenza di fuso con {place}: {hours} (prima {was})",
    ja="{place}との時差：{hours}（これまで{was}）",
)  # fmt: skip
# before the warnings of an e-mail
MAIL_HEADING = Wording(
    "clocks.mail_heading", en="Clocks change during the mission:",
    it="Cambio dell'ora durante la missione:", ja="ミッション期間中の時刻変更：",
)  # fmt: skip
