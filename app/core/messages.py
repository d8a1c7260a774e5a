"""What the core says to a user: records that are not there."""

from __future__ import annotations

from app.common.wording import Wording

NO_MISSION = Wording(
    "core.no_mission",
    en="There is no mission {mission} in this database.",
    it="In questo database non c'è la missione {mission}.",
    ja="このデータベースにミッション {mission} はありません。",
)
PARTICIPANT_NOT_IN_MISSION = Wording(
    "core.participant_not_in_mission",
    en="Participant {participant} is not in this mission.",
    it="Il partecipante {participant} non fa parte di questa missione.",
    ja="参加者 {participant} はこのミッションに含まれていません。",
)
PARTICIPANTS_NOT_IN_MISSION = Wording(
    "core.participants_not_in_mission",
    en="No participant with id {ids} in this mission.",
    it="Nessun partecipante con id {ids} in questa missione.",
    ja="ID {ids} の参加者はこのミッションにいません。",
)
ORGANISATION_NOT_IN_MISSION = Wording(
    "core.organisation_not_in_mission",
    en="Organisation {organisation} is not in this mission.",
    it="L'organizzazione {organisation} non fa parte di questa missione.",
    ja="組織 {organisation} はこのミッションに含まれていません。",
)
RECORD_GONE = Wording(
    "core.record_gone",
    en="{record} {id} is not in this database (it may have been deleted meanwhile).",
    it="{record} {id} non è in questo database (forse è stato eliminato nel frattempo).",
    ja="{record} {id} はこのデータベースにありません（削除された可能性があります）。",
)

# The kinds of record, as RECORD_GONE names them.
MISSION = Wording("core.record.mission", en="Mission", it="Missione", ja="ミッション")
PARTICIPANT = Wording("core.record.participant", en="Participant", it="Partecipante", ja="参加者")
ORGANISATION = Wording(
    "core.record.organisation", en="Organisation", it="Organizzazione", ja="組織"
)
MEETING = Wording("core.record.meeting", en="Meeting", it="Incontro", ja="商談")
TABLE = Wording("core.record.table", en="Table", it="Tavolo", ja="テーブル")
MEETING_REQUEST = Wording(
    "core.record.meeting_request", en="Meeting request", it="Richiesta di incontro", ja="商談希望"
)
UNAVAILABILITY = Wording(
    "core.record.unavailability", en="Unavailability", it="Indisponibilità", ja="不在予定"
)
INTERPRETER = Wording("core.record.interpreter", en="Interpreter", it="Interprete", ja="通訳者")
RECORD = Wording("core.record.other", en="Record", it="Record", ja="レコード")

# A database table's rows, by the table's name.
RECORD_OF_TABLE = {
    "mission": MISSION,
    "participant": PARTICIPANT,
    "organisation": ORGANISATION,
    "meeting": MEETING,
    "b2b_table": TABLE,
    "meeting_request": MEETING_REQUEST,
    "unavailability": UNAVAILABILITY,
    "interpreter": INTERPRETER,
}
