"""What recording outcomes and follow-ups says to a user."""

from __future__ import annotations

from app.common.wording import Wording

OUTCOME_RECORD = Wording(
    "outcomes.record", en="The outcome of meeting", it="L'esito dell'incontro", ja="商談結果"
)
FOLLOW_UP_RECORD = Wording(
    "outcomes.follow_up_record", en="Follow-up", it="Seguito", ja="今後の対応"
)

NOT_HELD = Wording(
    "outcomes.not_held",
    en="Meeting {id} ({pair}) is not marked as held ({status}): only a held meeting has an "
    "outcome. Mark it held first on the B2B page (or with ponte status) if it took place.",
    it="L'incontro {id} ({pair}) non risulta svolto ({status}): solo un incontro svolto ha un "
    "esito. Se si è tenuto, segnalo prima come svolto nella pagina B2B (o con ponte status).",
    ja="商談 {id}（{pair}）は実施済みになっていません（{status}）。結果を記録できるのは実施済み"
    "の商談だけです。行われた場合は、先に B2B ページ（または ponte status）で実施済みに"
    "してください。",
)
NO_SUCH_MEETING = Wording(
    "outcomes.no_such_meeting",
    en="There is no meeting {id}.",
    it="Non esiste l'incontro {id}.",
    ja="商談 {id} はありません。",
)
NOTE_TOO_LONG = Wording(
    "outcomes.note_too_long",
    en="The note has {length} characters; at most {limit} are kept. Say it shorter.",
    it="La nota ha {length} caratteri; se ne conservano al massimo {limit}. Scrivila più breve.",
    ja="メモが {length} 文字あります。保存できるのは {limit} 文字までです。短くしてください。",
)
TEXT_TOO_LONG = Wording(
    "outcomes.text_too_long",
    en="{field} has {length} characters; at most {limit} fit.",
    it="{field} ha {length} caratteri; ne stanno al massimo {limit}.",
    ja="{field}が {length} 文字あります。{limit} 文字までです。",
)
DESCRIPTION = Wording("outcomes.description", en="The description", it="La descrizione", ja="内容")
OWNER = Wording("outcomes.owner", en="The owner", it="Il responsabile", ja="担当者")
DESCRIPTION_MISSING = Wording(
    "outcomes.description_missing",
    en="Say what the follow-up is (e.g. “send the price list”).",
    it="Indica in che cosa consiste il seguito (p. es. “inviare il listino”).",
    ja="今後の対応の内容を書いてください（例：「価格表を送る」）。",
)
UNKNOWN_OUTCOME = Wording(
    "outcomes.unknown_outcome",
    en="“{said}” is not an outcome; say one of: {choices}.",
    it="“{said}” non è un esito; indica uno tra: {choices}.",
    ja="「{said}」は商談結果ではありません。次のいずれかを指定してください：{choices}。",
)
NOT_OF_MISSION = Wording(
    "outcomes.organisation_not_of_mission",
    en="Organisation {id} is not in this mission.",
    it="L'organizzazione {id} non fa parte di questa missione.",
    ja="組織 {id} はこのミッションに含まれていません。",
)
SAME_ORGANISATION = Wording(
    "outcomes.same_organisation",
    en="A follow-up is agreed between two different organisations.",
    it="Un seguito si concorda tra due organizzazioni diverse.",
    ja="今後の対応は異なる2つの組織の間で決めるものです。",
)
MEETING_OF_OTHERS = Wording(
    "outcomes.meeting_of_others",
    en="Meeting {id} is not between these two organisations.",
    it="L'incontro {id} non è tra queste due organizzazioni.",
    ja="商談 {id} はこの2つの組織の間の商談ではありません。",
)
NO_SUCH_FOLLOW_UP = Wording(
    "outcomes.no_such_follow_up",
    en="There is no follow-up {id} (someone may have deleted it).",
    it="Non esiste il seguito {id} (qualcuno potrebbe averlo eliminato).",
    ja="今後の対応 {id} はありません（削除された可能性があります）。",
)
NOT_IN_MEETING = Wording(
    "outcomes.not_in_meeting",
    en="Organisation {organisation} did not take part in meeting {id}.",
    it="L'organizzazione {organisation} non ha partecipato all'incontro {id}.",
    ja="組織 {organisation} は商談 {id} に参加していません。",
)
