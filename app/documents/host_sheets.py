"""Table host sheets: for a desk without a laptop, one page per table and session with the
meetings in time order, each row numbered, with boxes to tick (held, A absent, B absent,
cancelled) and a line for a note. The rows are numbered as :mod:`app.core.on_site` numbers
them, so the marks are typed in afterwards row by row in the printed order.

A reprint shows the marks already made (an ✕ in the box), so a sheet handed over at noon
says what the morning desk recorded.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence
from typing import Any

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, PageBreak, TableStyle

from app.common.wording import Wording
from app.core.agenda_data import MissionData
from app.core.language import Label, format_date, label
from app.core.names import Names
from app.core.on_site import OnSite, SessionRef, TableRow
from app.documents.errors import DocumentError
from app.documents.fonts import LATIN
from app.documents.page import (
    GREY,
    MARGIN,
    RULE,
    SHADE,
    PageFrame,
    frame_for,
    mission_name,
)
from app.documents.sheets import Run, captioned, para, render, rich, styles_for
from app.documents.text_layout import Whole
from app.model import DocumentLanguage, MeetingStatus

Lang = DocumentLanguage

# The sheet's own words (the other documents' labels are in app.core.language; these are
# printed only here).
WORDS: dict[str, dict[Lang, str]] = {
    "title": {Lang.EN: "Table host sheet", Lang.IT: "Foglio del tavolo",
              Lang.JA: "テーブル記録シート"},
    "number": {Lang.EN: "No.", Lang.IT: "N.", Lang.JA: "番号"},
    "org_a": {Lang.EN: "Organisation A", Lang.IT: "Organizzazione A", Lang.JA: "組織 A"},
    "org_b": {Lang.EN: "Organisation B", Lang.IT: "Organizzazione B", Lang.JA: "組織 B"},
    "held": {Lang.EN: "Held", Lang.IT: "Svolto", Lang.JA: "実施"},
    "a_absent": {Lang.EN: "A absent", Lang.IT: "A assente", Lang.JA: "A 欠席"},
    "b_absent": {Lang.EN: "B absent", Lang.IT: "B assente", Lang.JA: "B 欠席"},
    "cancelled": {Lang.EN: "Cancelled", Lang.IT: "Annullato", Lang.JA: "取消"},
    "note": {Lang.EN: "Note", Lang.IT: "Nota", Lang.JA: "メモ"},
    "times": {Lang.EN: "times in {zone}", Lang.IT: "orari in {zone}", Lang.JA: "時刻は {zone}"},
    "how": {
        Lang.EN: "Tick one box per row (both A and B: neither came) and write a short note. "
        "Afterwards, type the marks into Ponte: B2B meetings › Per table › Enter a sheet.",
        Lang.IT: "Spunta una casella per riga (A e B insieme: non è venuto nessuno) e scrivi una "
        "breve nota. Poi inserisci i segni in Ponte: Incontri B2B › Per tavolo › Inserisci un "
        "foglio.",
        Lang.JA: "各行で1つの欄にチェックしてください（A と B の両方："
        "どちらも来なかった）。短いメモも書けます。後で Ponte に入力します："
        "B2B商談 › テーブル別 › シートを入力。",
    },
}  # fmt: skip

NO_HOST_SHEETS = Wording(
    "documents.no_host_sheets",
    en="No table of “{mission}” has a meeting to print a host sheet for.",
    it="Nessun tavolo di “{mission}” ha un incontro per cui stampare un foglio.",
    ja="「{mission}」には、記録シートを印刷する商談のあるテーブルがありません。",
)

BOX = 3.6 * mm
NUMBER_W, TIME_W, BOX_W, NOTE_W = 8 * mm, 23 * mm, 14.5 * mm, 27 * mm
TICKED: dict[MeetingStatus, tuple[int, ...]] = {  # which boxes a mark already made ticks
    MeetingStatus.HELD: (0,),
    MeetingStatus.NO_SHOW_A: (1,),
    MeetingStatus.NO_SHOW_B: (2,),
    MeetingStatus.NO_SHOW: (1, 2),
    MeetingStatus.CANCELLED: (3,),
}


def word(key: str, lang: DocumentLanguage, **values: object) -> str:
    return WORDS[key][lang].format(**values)


def nfc(text: str) -> str:
    return unicodedata.normalize("NFC", text)


class TickBox(Flowable):
    """An empty square to tick by hand (an ✕ inside when the mark is already made)."""

    def __init__(self, ticked: bool = False) -> None:
        super().__init__()
        self.ticked = ticked

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        self.width = availWidth
        return availWidth, BOX + 1

    def draw(self) -> None:
        c = self.canv
        x = (self.width - BOX) / 2
        c.setStrokeColor(GREY)
        c.setLineWidth(0.8)
        c.rect(x, 0.5, BOX, BOX)
        if self.ticked:
            c.setLineWidth(1.1)
            c.line(x + 0.7, 1.2, x + BOX - 0.7, BOX - 0.2)
            c.line(x + 0.7, BOX - 0.2, x + BOX - 0.7, 1.2)


def _org(names: Names, lang: DocumentLanguage) -> list[Run]:
    """The reader's script first, the other script small underneath, when known."""
    latin, japanese = nfc(names.en), nfc(names.ja) if names.ja else None
    if lang is Lang.JA and japanese:
        return [Run(Whole(japanese), bold=True), Run(Whole(latin), small=True)]
    runs = [Run(Whole(latin), bold=True)]
    if japanese:
        runs.append(Run(Whole(japanese), small=True))
    return runs


def _caption(session: SessionRef, table: str, lang: DocumentLanguage) -> str:
    day = format_date(session.day, lang)
    zone = word("times", lang, zone=session.timezone)
    return nfc(f"{label(Label.TABLE, lang)} {table} · {session.names.in_(lang)} — {day} ({zone})")


def _sheet(rows: Sequence[TableRow], session: SessionRef, table: str, data: MissionData,
           lang: DocumentLanguage, width: float) -> list[Flowable]:  # fmt: skip
    st = styles_for(cell_size=9)
    org_w = (width - NUMBER_W - TIME_W - 4 * BOX_W - NOTE_W) / 2
    head_keys = ("number", "time", "org_a", "org_b", "held", "a_absent", "b_absent",
                 "cancelled", "note")  # fmt: skip
    head: list[Any] = [
        para(label(Label.TIME, lang) if k == "time" else word(k, lang), st.cell_small)
        for k in head_keys
    ]
    body: list[list[Any]] = [head]
    for r in rows:
        ticked = TICKED.get(r.status, ())
        body.append([
            para(str(r.number), st.cell_bold),
            para(r.span, st.cell),
            rich(_org(r.names_a, lang), st.cell),
            rich(_org(r.names_b, lang), st.cell),
            *[TickBox(i in ticked) for i in range(4)],
            para(nfc(r.note), st.cell_small) if r.note else "",
        ])  # fmt: skip
    widths = [NUMBER_W, TIME_W, org_w, org_w, *[BOX_W] * 4, NOTE_W]
    table_flow = captioned(body, widths, _caption(session, table, lang), st.subtitle, lang)
    table_flow.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 1), (-1, -1), "MIDDLE"),
                ("FONT", (0, 0), (-1, -1), LATIN, 8),
                ("GRID", (0, 1), (-1, -1), 0.4, RULE),
                ("BACKGROUND", (0, 1), (-1, 1), SHADE),
                ("SPAN", (0, 0), (-1, 0)),
                ("LEFTPADDING", (0, 0), (-1, 0), 0),
                ("TOPPADDING", (0, 2), (-1, -1), 4),
                ("BOTTOMPADDING", (0, 2), (-1, -1), 5),
                ("LEFTPADDING", (0, 1), (-1, -1), 2.5),
                ("RIGHTPADDING", (0, 1), (-1, -1), 2.5),
            ]
        )
    )
    return [
        para(nfc(f"{label(Label.TABLE, lang)} {table}"), st.title),
        para(nfc(mission_name(data, lang)), st.subtitle, after=1.5 * mm),
        para(word("how", lang), st.cell_small, after=3 * mm),
        table_flow,
    ]


def host_sheets_pdf(
    data: MissionData,
    on_site: OnSite,
    lang: DocumentLanguage,
    *,
    session_id: int | None = None,
    table_id: int | None = None,
) -> bytes:
    """One page per table and session that has meetings (or only ``session_id`` /
    ``table_id``), in the order of the sessions and of their tables."""
    width = A4[0] - 2 * MARGIN
    story: list[Flowable] = []
    for session in on_site.sessions:
        if session_id is not None and session.id != session_id:
            continue
        for table in session.tables:
            if table_id is not None and table.id != table_id:
                continue
            rows = on_site.rows_of(session.id, table.id)
            if not rows:
                continue
            if story:
                story.append(PageBreak())
            story += _sheet(rows, session, table.name, data, lang, width)
    if not story:
        raise DocumentError(NO_HOST_SHEETS(mission=mission_name(data, lang)))
    frame = frame_for(data, Label.TABLE_SHEET, "", lang)
    frame = PageFrame(word("title", lang), "", frame.mission, frame.version, frame.zone_note,
                      lang)  # fmt: skip
    return render(story, frame, A4)
