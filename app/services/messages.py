"""What the actions say to a user."""

from __future__ import annotations

from app.common.wording import Wording

SAME_PARTICIPANT = Wording(
    "merging.same_participant",
    en="Choose two different participants to merge.",
    it="Scegliere due partecipanti diversi da unire.",
    ja="統合する参加者を2人選んでください（同じ人は選べません）。",
)

# --- a new mission (the New mission dialog shows these next to their fields) ---------------

MISSION_NAME_MISSING = Wording(
    "missions.name_missing",
    en="The mission needs a name.",
    it="Indicare il nome della missione.",
    ja="ミッション名を入力してください。",
)
MISSION_NAME_TOO_LONG = Wording(
    "missions.name_too_long",
    en="The name is longer than {limit} characters.",
    it="Il nome supera i {limit} caratteri.",
    ja="名称が {limit} 文字を超えています。",
)
MISSION_NAME_JA_TOO_LONG = Wording(
    "missions.name_ja_too_long",
    en="The Japanese name is longer than {limit} characters.",
    it="Il nome in giapponese supera i {limit} caratteri.",
    ja="日本語の名称が {limit} 文字を超えています。",
)
MISSION_CITY_MISSING = Wording(
    "missions.city_missing",
    en="The mission needs a host city.",
    it="Indicare la città ospitante.",
    ja="開催都市を入力してください。",
)
MISSION_CITY_TOO_LONG = Wording(
    "missions.city_too_long",
    en="The host city is longer than {limit} characters.",
    it="La città ospitante supera i {limit} caratteri.",
    ja="開催都市が {limit} 文字を超えています。",
)
MISSION_ZONE_UNKNOWN = Wording(
    "missions.zone_unknown",
    en="The time zone is not an IANA name such as Asia/Tokyo or Europe/Rome.",
    it="Il fuso orario non è un nome IANA come Asia/Tokyo o Europe/Rome.",
    ja="タイムゾーンが IANA の名前（例：Asia/Tokyo、Europe/Rome）ではありません。",
)
MISSION_DATES_REVERSED = Wording(
    "missions.dates_reversed",
    en="The mission cannot end before it starts.",
    it="La data di fine non può precedere quella di inizio.",
    ja="終了日を開始日より前にすることはできません。",
)
MISSION_ORGANISER_TOO_LONG = Wording(
    "missions.organiser_too_long",
    en="The organiser is longer than {limit} characters.",
    it="L'organizzatore supera i {limit} caratteri.",
    ja="主催者が {limit} 文字を超えています。",
)

# --- moves on the B2B grid ----------------------------------------------------------------

MOVE_LOCKED = Wording(
    "b2b_grid.locked",
    en="The meeting {meeting} is locked; unlock it to move it.",
    it="L'incontro {meeting} è bloccato: sbloccarlo per spostarlo.",
    ja="商談 {meeting} は固定されています。移動するには固定を解除してください。",
)
MOVE_NOT_A_SLOT = Wording(
    "b2b_grid.not_a_slot",
    en="There is no slot of this session at that time.",
    it="A quell'ora questa sessione non ha nessuna fascia oraria.",
    ja="このセッションには、その時刻の時間枠がありません。",
)
MOVE_OTHER_MISSION = Wording(
    "b2b_grid.other_mission",
    en="The meetings and the table must belong to one mission.",
    it="Gli incontri e il tavolo devono appartenere alla stessa missione.",
    ja="商談とテーブルは同じミッションのものである必要があります。",
)
