"""Every label of the chambers' report (PDF, .xlsx, the window's dashboard), in Italian,
Japanese and English: titles, sides, sectors, outcomes, reasons, column heads."""

from __future__ import annotations

from app.common.wording import Wording
from app.core.report_figures import WhyNot
from app.model.enums import Outcome, Sector, Side


def _w(key: str, en: str, it: str, ja: str) -> Wording:
    return Wording(f"report.{key}", en=en, it=it, ja=ja)


TITLE = _w("title", "Mission report", "Relazione sulla missione", "ミッション報告書")
SUBTITLE = _w(
    "subtitle",
    "For the boards of the Chambers of Commerce of Turin and Nagoya",
    "Per i consigli delle Camere di commercio di Torino e di Nagoya",
    "トリノ商工会議所・名古屋商工会議所 理事会向け",
)
DATES = _w("dates", "{start} to {end}", "dal {start} al {end}", "{start}から{end}まで")
NO_DATES = _w("no_dates", "Dates not set", "Date non fissate", "日程未定")
HOST = _w("host", "Held in {city}", "Svolta a {city}", "開催地：{city}")
PREPARED = _w("prepared", "Prepared on {date}", "Redatta il {date}", "作成日：{date}")
NOTHING_SCHEDULED = _w(
    "nothing_scheduled",
    "Nothing has been scheduled yet: no B2B meeting is on the grid, so the meeting figures are"
    " all zero.",
    "Non è ancora stato pianificato nulla: nessun incontro B2B è in griglia, perciò i dati"
    " sugli incontri sono tutti a zero.",
    "まだ何も日程が組まれていません。B2B商談が一つもないため、商談の数値はすべてゼロです。",
)
NO_OUTCOMES = _w(
    "no_outcomes",
    "No outcome has been recorded yet.",
    "Nessun esito è stato ancora registrato.",
    "成果はまだ記録されていません。",
)
NO_PROMISING = _w(
    "no_promising",
    "No pair has a promising outcome or a follow-up yet.",
    "Nessuna coppia ha ancora un esito promettente o un seguito.",
    "有望な成果やフォローアップのある組み合わせはまだありません。",
)
NO_PREVIOUS = _w(
    "no_previous",
    "There is no earlier mission in this database to compare with.",
    "In questo database non c'è una missione precedente con cui confrontare.",
    "このデータベースには比較できる前回のミッションがありません。",
)
NO_INTERPRETERS = _w(
    "no_interpreters",
    "The mission has no interpreters.",
    "La missione non ha interpreti.",
    "このミッションには通訳者がいません。",
)
SEVERAL_SECTORS = _w(
    "several_sectors",
    "An organisation with several sectors counts in each of them, so a row may add up to more"
    " than the total.",
    "Un'organizzazione con più settori conta in ciascuno, perciò le righe possono sommare più"
    " del totale.",
    "複数の分野に属する組織はそれぞれの分野で数えるため、合計を超える場合があります。",
)
PROMISING_RULE = _w(
    "promising_rule",
    "Ranked by the sides that answered a concrete follow-up, then the follow-ups agreed, then"
    " both answers together.",
    "In ordine di lati che hanno indicato un seguito concreto, poi di seguiti concordati, poi"
    " delle due risposte insieme.",
    "具体的な次の段階を回答した側の数、合意したフォローアップ数、両者の回答の順に並べています。",
)
SECTOR_PAIRS_NOTE = _w(
    "sector_pairs_note",
    "Held meetings (scheduled in brackets) by the Turin organisation's sector (rows) and the"
    " Nagoya organisation's sector (columns).",
    "Incontri svolti (in parentesi i pianificati) per settore dell'organizzazione di Torino"
    " (righe) e di Nagoya (colonne).",
    "実施した商談数（括弧内は予定数）。行はトリノ側、列は名古屋側の組織の分野。",
)
UTILISATION_NOTE = _w(
    "utilisation_note",
    "Meetings interpreted against the slots each interpreter was available.",
    "Incontri con interprete rispetto alle fasce in cui ciascun interprete era disponibile.",
    "各通訳者が対応可能だった枠数に対する通訳付き商談数。",
)
COMPARED_WITH = _w(
    "compared_with",
    "Compared with {mission}",
    "Confronto con {mission}",
    "{mission}との比較",
)

# section titles
S_ATTENDANCE = _w(
    "s.attendance",
    "Participants and organisations",
    "Partecipanti e organizzazioni",
    "参加者と参加組織",
)
S_BY_SECTOR = _w("s.by_sector", "By sector", "Per settore", "分野別")
S_FUNNEL = _w(
    "s.funnel",
    "Requested, scheduled and held meetings",
    "Incontri richiesti, pianificati e svolti",
    "商談の希望・予定・実施",
)
S_NOT_SCHEDULED = _w(
    "s.not_scheduled",
    "Why requested meetings were not scheduled",
    "Perché incontri richiesti non sono stati pianificati",
    "希望された商談が組まれなかった理由",
)
S_NOT_HELD = _w(
    "s.not_held",
    "Why scheduled meetings were not held",
    "Perché incontri pianificati non si sono svolti",
    "予定された商談が実施されなかった理由",
)
S_SECTOR_PAIRS = _w(
    "s.sector_pairs",
    "Meetings by sector pair",
    "Incontri per coppia di settori",
    "分野の組み合わせ別の商談",
)
S_INTERPRETERS = _w(
    "s.interpreters", "Interpreter utilisation", "Utilizzo degli interpreti", "通訳者の稼働"
)
S_OUTCOMES = _w("s.outcomes", "Outcomes by sector", "Esiti per settore", "分野別の成果")
S_OUTCOMES_SIDE = _w(
    "s.outcomes_side",
    "Answers of the {side} side",
    "Risposte della parte di {side}",
    "{side}側の回答",
)
S_PROMISING = _w(
    "s.promising", "The most promising pairs", "Le coppie più promettenti", "有望な組み合わせ"
)
S_COMPARISON = _w(
    "s.comparison",
    "Comparison with the previous mission",
    "Confronto con la missione precedente",
    "前回ミッションとの比較",
)

# column heads
SECTOR = _w("c.sector", "Sector", "Settore", "分野")
SIDE = _w("c.side", "Side", "Parte", "側")
PARTICIPANTS = _w("c.participants", "Participants", "Partecipanti", "参加者")
ORGANISATIONS = _w("c.organisations", "Organisations", "Organizzazioni", "組織")
TURIN_ORGANISATIONS = _w(
    "c.turin_organisations", "Turin organisations", "Organizzazioni di Torino", "トリノ側組織"
)
NAGOYA_ORGANISATIONS = _w(
    "c.nagoya_organisations", "Nagoya organisations", "Organizzazioni di Nagoya", "名古屋側組織"
)
TURIN_PARTICIPANTS = _w(
    "c.turin_participants", "Turin participants", "Partecipanti di Torino", "トリノ側参加者"
)
NAGOYA_PARTICIPANTS = _w(
    "c.nagoya_participants", "Nagoya participants", "Partecipanti di Nagoya", "名古屋側参加者"
)
STAGE = _w("c.stage", "Stage", "Fase", "段階")
REASON = _w("c.reason", "Reason", "Motivo", "理由")
MEETINGS = _w("c.meetings", "Meetings", "Incontri", "商談")
REQUESTS = _w("c.requests", "Requests sent", "Richieste inviate", "申込件数")
REQUESTED = _w("c.requested", "Requested", "Richiesti", "希望")
SCHEDULED = _w("c.scheduled", "Scheduled", "Pianificati", "予定")
HELD = _w("c.held", "Held", "Svolti", "実施")
TURIN_SECTOR = _w("c.turin_sector", "Turin sector", "Settore Torino", "トリノ側分野")
NAGOYA_SECTOR = _w("c.nagoya_sector", "Nagoya sector", "Settore Nagoya", "名古屋側分野")
INTERPRETER = _w("c.interpreter", "Interpreter", "Interprete", "通訳者")
AVAILABLE_SLOTS = _w("c.available_slots", "Slots available", "Fasce disponibili", "対応可能枠")
UTILISATION = _w("c.utilisation", "Utilisation", "Utilizzo", "稼働率")
UNANSWERED = _w("c.unanswered", "No answer", "Nessuna risposta", "未回答")
RANK = _w("c.rank", "Rank", "Pos.", "順位")
TURIN_ORGANISATION = _w(
    "c.turin_organisation", "Turin organisation", "Organizzazione di Torino", "トリノ側組織"
)
NAGOYA_ORGANISATION = _w(
    "c.nagoya_organisation", "Nagoya organisation", "Organizzazione di Nagoya", "名古屋側組織"
)
TURIN_ANSWER = _w("c.turin_answer", "Turin's answer", "Risposta di Torino", "トリノ側の回答")
NAGOYA_ANSWER = _w("c.nagoya_answer", "Nagoya's answer", "Risposta di Nagoya", "名古屋側の回答")
FOLLOW_UPS = _w("c.follow_ups", "Follow-ups", "Seguiti", "フォローアップ")
FIGURE = _w("c.figure", "Figure", "Dato", "項目")
THIS_MISSION = _w("c.this_mission", "This mission", "Questa missione", "今回")
PREVIOUS_MISSION = _w("c.previous_mission", "Previous mission", "Missione precedente", "前回")
COUNT = _w("c.count", "Count", "Numero", "件数")

SIDE_NAMES: dict[Side, Wording] = {
    Side.TURIN: _w("side.turin", "Turin", "Torino", "トリノ"),
    Side.NAGOYA: _w("side.nagoya", "Nagoya", "Nagoya", "名古屋"),
}

SECTOR_NAMES: dict[Sector | None, Wording] = {
    Sector.AUTOMOTIVE: _w("sector.automotive", "Automotive", "Automotive", "自動車"),
    Sector.AEROSPACE: _w("sector.aerospace", "Aerospace", "Aerospazio", "航空宇宙"),
    Sector.ROBOTICS: _w("sector.robotics", "Robotics", "Robotica", "ロボット"),
    Sector.MACHINERY: _w("sector.machinery", "Machinery", "Meccanica", "機械"),
    Sector.MATERIALS: _w("sector.materials", "Materials", "Materiali", "素材"),
    Sector.ELECTRONICS: _w("sector.electronics", "Electronics", "Elettronica", "電子"),
    Sector.GREEN_TRANSITION: _w(
        "sector.green_transition", "Green transition", "Transizione verde", "グリーン転換"
    ),
    Sector.DIGITAL: _w("sector.digital", "Digital", "Digitale", "デジタル"),
    Sector.ENERGY: _w("sector.energy", "Energy", "Energia", "エネルギー"),
    Sector.DESIGN: _w("sector.design", "Design", "Design", "デザイン"),
    Sector.FOOD: _w("sector.food", "Food", "Agroalimentare", "食品"),
    Sector.FINANCE: _w("sector.finance", "Finance", "Finanza", "金融"),
    Sector.INSTITUTION: _w("sector.institution", "Institutions", "Istituzioni", "公的機関"),
    Sector.SERVICES: _w("sector.services", "Services", "Servizi", "サービス"),
    None: _w("sector.none", "No sector", "Nessun settore", "分野なし"),
}

OUTCOME_NAMES: dict[Outcome | None, Wording] = {
    Outcome.NO_INTEREST: _w("outcome.no_interest", "No interest", "Nessun interesse", "関心なし"),
    Outcome.INTERESTING: _w(
        "outcome.interesting",
        "Interesting, no plan yet",
        "Interessante, nessun piano",
        "関心あり（計画なし）",
    ),
    Outcome.COOPERATION_POSSIBLE: _w(
        "outcome.cooperation_possible",
        "Cooperation possible",
        "Cooperazione possibile",
        "協力の可能性あり",
    ),
    Outcome.SUPPLY: _w("outcome.supply", "Supply", "Fornitura", "供給"),
    Outcome.PARTNERSHIP: _w("outcome.partnership", "Partnership", "Partnership", "提携"),
    Outcome.INVESTMENT_TURIN: _w(
        "outcome.investment_turin", "Investment in Turin", "Investimento a Torino", "トリノへの投資"
    ),
    Outcome.DISTRIBUTION_JAPAN: _w(
        "outcome.distribution_japan",
        "Distribution in Japan",
        "Distribuzione in Giappone",
        "日本での販売",
    ),
    None: _w("outcome.none", "No answer", "Nessuna risposta", "未回答"),
}

WHY_NOT_NAMES: dict[WhyNot, Wording] = {
    WhyNot.NO_SLOT: _w("why.no_slot", "No slot", "Nessuna fascia", "空き枠なし"),
    WhyNot.NO_INTERPRETER: _w(
        "why.no_interpreter", "No interpreter", "Nessun interprete", "通訳者なし"
    ),
    WhyNot.OTHER: _w("why.other", "Other reasons", "Altri motivi", "その他の理由"),
}

# why a scheduled meeting was not held, in the Funnel's field names
NOT_HELD_NAMES: dict[str, Wording] = {
    "no_show_turin": _w(
        "not_held.no_show_turin", "Turin side absent", "Assente la parte di Torino", "トリノ側欠席"
    ),
    "no_show_nagoya": _w(
        "not_held.no_show_nagoya",
        "Nagoya side absent",
        "Assente la parte di Nagoya",
        "名古屋側欠席",
    ),
    "no_show_both": _w("not_held.no_show_both", "Both absent", "Assenti entrambe", "双方欠席"),
    "cancelled_late": _w(
        "not_held.cancelled_late", "Cancelled late", "Annullato all'ultimo", "直前キャンセル"
    ),
    "not_marked": _w("not_held.not_marked", "Not marked", "Non segnato", "未記録"),
}

# the Headline's fields
HEADLINE_NAMES: dict[str, Wording] = {
    "turin_participants": TURIN_PARTICIPANTS,
    "nagoya_participants": NAGOYA_PARTICIPANTS,
    "turin_organisations": TURIN_ORGANISATIONS,
    "nagoya_organisations": NAGOYA_ORGANISATIONS,
    "requested": _w("h.requested", "Meetings requested", "Incontri richiesti", "希望された商談"),
    "scheduled": _w("h.scheduled", "Meetings scheduled", "Incontri pianificati", "予定された商談"),
    "held": _w("h.held", "Meetings held", "Incontri svolti", "実施された商談"),
    "no_shows": _w("h.no_shows", "Meetings missed", "Incontri mancati", "欠席による不成立"),
    "cancelled_late": NOT_HELD_NAMES["cancelled_late"],
    "interpreted": _w(
        "h.interpreted", "Meetings with an interpreter", "Incontri con interprete", "通訳付き商談"
    ),
    "answers": _w("h.answers", "Outcome answers", "Risposte sugli esiti", "成果の回答数"),
    "concrete_answers": _w(
        "h.concrete_answers",
        "Answers with a concrete follow-up",
        "Risposte con un seguito concreto",
        "具体的な次の段階の回答",
    ),
    "follow_ups": _w(
        "h.follow_ups", "Follow-ups agreed", "Seguiti concordati", "合意したフォローアップ"
    ),
    "follow_ups_done": _w(
        "h.follow_ups_done", "Follow-ups done", "Seguiti completati", "完了したフォローアップ"
    ),
}
