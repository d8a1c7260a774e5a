"""The outcome survey (issue 18): one .xlsx per organisation, in its language, listing its held
meetings, to send out and read back through the import (:mod:`app.importing.plan_outcomes`).

Each row is one held meeting: its reference (``M-345``, what the import matches), the
organisation itself (which side it answers for), the counterpart in the reader's script, the
time in the session's zone and the table; then the answer: the outcome chosen from a
drop-down of the worded outcomes in the form's language (Excel's data validation, its list on
a hidden sheet), a note, and an optional follow-up (what, by when, who). An answer already
recorded is filled in, so a form sent twice reads back as "unchanged". The instructions are
on a second sheet: the first holds the table alone, its header on the first row, as the
import reads any sheet. Text is written as text, never as a formula.
"""

from __future__ import annotations

import io
from collections import defaultdict
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

import xlsxwriter
from sqlalchemy import or_, select

from app.common.files import write_files
from app.common.timezones import to_local
from app.core import messages as core_msg
from app.core.file_names import record_file_name
from app.core.names import Names
from app.core.outcomes import (
    CHOICES_SHEET,
    INSTRUCTIONS_SHEET,
    OUTCOME_WORDS,
    SURVEY_COLUMNS,
    SURVEY_HINT,
    SURVEY_SHEET,
    meeting_reference,
    organisation_language,
    side_of,
    survey_header,
)
from app.exporting.cells import display_width, is_formula_like
from app.exporting.errors import ExportError
from app.model import (
    B2BSession,
    B2BTable,
    DocumentLanguage,
    Meeting,
    MeetingOutcome,
    MeetingStatus,
    Mission,
    Organisation,
    Participant,
)
from app.store import Store

COLUMNS = tuple(SURVEY_COLUMNS)  # the order of the survey's columns


@dataclass(frozen=True)
class SurveyRow:
    reference: str
    counterpart: str
    when: str  # "2027-10-13 10:20 JST"
    table: str
    outcome: str  # the answer recorded, worded; "" when none
    note: str


@dataclass(frozen=True)
class SurveyForm:
    organisation_id: int
    name: str  # the organisation in its reader's script
    language: DocumentLanguage
    rows: tuple[SurveyRow, ...]


@dataclass(frozen=True)
class SurveysWritten:
    paths: tuple[Path, ...]
    forms: tuple[SurveyForm, ...]


def survey_forms(
    store: Store, mission_id: int, organisation_id: int | None = None
) -> tuple[SurveyForm, ...]:
    """The forms of the mission's organisations with at least one held meeting (or of the one
    asked for, even without), read in one session."""
    with store.session() as s:
        if s.get(Mission, mission_id) is None:
            raise ExportError(core_msg.NO_MISSION(mission=mission_id))
        orgs = {
            o.id: o
            for o in s.scalars(select(Organisation).where(Organisation.mission_id == mission_id))
        }
        if organisation_id is not None and organisation_id not in orgs:
            raise ExportError(
                core_msg.RECORD_GONE(record=core_msg.ORGANISATION(), id=organisation_id)
            )
        held = s.scalars(
            select(Meeting)
            .where(Meeting.mission_id == mission_id, Meeting.status == MeetingStatus.HELD)
            .where(
                or_(
                    Meeting.organisation_a_id == organisation_id,
                    Meeting.organisation_b_id == organisation_id,
                )
                if organisation_id is not None
                else Meeting.id.is_not(None)
            )
            .order_by(Meeting.start_utc, Meeting.id)
        ).all()
        answers = {
            (o.meeting_id, o.side): o
            for o in s.scalars(
                select(MeetingOutcome).where(MeetingOutcome.meeting_id.in_([m.id for m in held]))
            )
        }
        sessions = {
            b.id: b
            for b in s.scalars(select(B2BSession).where(B2BSession.mission_id == mission_id))
        }
        tables = {
            t.id: t.name
            for t in s.scalars(select(B2BTable).where(B2BTable.session_id.in_(list(sessions))))
        }
        languages: dict[int, list[DocumentLanguage]] = defaultdict(list)
        for org_id, lang in s.execute(
            select(Participant.organisation_id, Participant.document_language).where(
                Participant.mission_id == mission_id, Participant.organisation_id.is_not(None)
            )
        ):
            if org_id is not None:
                languages[org_id].append(lang)
        chosen = [organisation_id] if organisation_id is not None else sorted(orgs)
        forms = []
        for org_id in chosen:
            org = orgs[org_id]
            lang = organisation_language(languages.get(org_id, ()), org.side)
            rows = []
            for m in held:
                side = side_of(org_id, m.organisation_a_id, m.organisation_b_id)
                if side is None:
                    continue
                other = orgs.get(m.organisation_b_id if side.value == "a" else m.organisation_a_id)
                zone = sessions[m.session_id].timezone if m.session_id in sessions else "UTC"
                local = to_local(m.start_utc, zone)
                answer = answers.get((m.id, side))
                rows.append(
                    SurveyRow(
                        meeting_reference(m.id),
                        Names(other.name, None, other.name_ja).in_(lang) if other else "?",
                        f"{local:%Y-%m-%d %H:%M} {local.tzname()}",
                        tables.get(m.table_id, ""),
                        OUTCOME_WORDS[answer.outcome].template(lang) if answer else "",
                        answer.note if answer else "",
                    )
                )
            if rows or organisation_id is not None:
                name = Names(org.name, None, org.name_ja).in_(lang)
                forms.append(SurveyForm(org_id, name, lang, tuple(rows)))
        return tuple(forms)


def survey_file_name(form: SurveyForm, latin_name: str) -> str:
    return record_file_name("survey", form.organisation_id, latin_name, ".xlsx")


def survey_bytes(form: SurveyForm) -> bytes:
    """The form as an .xlsx workbook."""
    out = io.BytesIO()
    book = xlsxwriter.Workbook(
        out,
        {
            "in_memory": True,
            "strings_to_formulas": False,
            "strings_to_numbers": False,
            "strings_to_urls": False,
        },
    )
    lang = form.language.value
    book.set_properties({"title": f"{SURVEY_SHEET.template(lang)}: {form.name}"})
    header = book.add_format({"bold": True, "bottom": 1, "text_wrap": True, "valign": "top"})
    answer = book.add_format({"bg_color": "#FFF7D6", "border": 1, "border_color": "#C8C8C8"})
    due = book.add_format(
        {"bg_color": "#FFF7D6", "border": 1, "border_color": "#C8C8C8", "num_format": "yyyy-mm-dd"}
    )
    inert = book.add_format({"quote_prefix": True})
    ws = book.add_worksheet(SURVEY_SHEET.template(lang)[:31])
    instructions = book.add_worksheet(INSTRUCTIONS_SHEET.template(lang)[:31])
    choices_name = CHOICES_SHEET.template(lang)[:31]
    choices = book.add_worksheet(choices_name)
    words = [OUTCOME_WORDS[o].template(lang) for o in OUTCOME_WORDS]
    for r, word in enumerate(words):
        choices.write_string(r, 0, word)
    choices.hide()
    instructions.set_column(0, 0, 100)
    instructions.write_string(
        0, 0, SURVEY_HINT.template(lang), book.add_format({"text_wrap": True})
    )
    for r, word in enumerate(words, start=2):
        instructions.write_string(r, 0, f"• {word}")

    headers = [survey_header(key, lang) for key in COLUMNS]
    for c, text in enumerate(headers):
        ws.write_string(0, c, text, header)
    n = len(form.rows)
    for r, row in enumerate(form.rows, start=1):
        cells = (row.reference, form.name, row.counterpart, row.when, row.table)
        for c, value in enumerate(cells):
            _text(ws, r, c, value, inert)
        _text(ws, r, COLUMNS.index("outcome"), row.outcome, inert, answer)
        _text(ws, r, COLUMNS.index("note"), row.note, inert, answer)
        for key in ("follow_up", "owner"):
            ws.write_blank(r, COLUMNS.index(key), None, answer)
        ws.write_blank(r, COLUMNS.index("due_date"), None, due)
    widths = {
        "reference": 9,
        "organisation": 24,
        "counterpart": 30,
        "time": 20,
        "table": 8,
        "outcome": max(display_width(w) for w in words) + 4,
        "note": 40,
        "follow_up": 30,
        "due_date": 14,
        "owner": 18,
    }
    for c, key in enumerate(COLUMNS):
        ws.set_column(c, c, max(widths[key], display_width(headers[c]) + 2))
    ws.set_row(0, 32)
    ws.freeze_panes(1, 3)
    if n:
        col = COLUMNS.index("outcome")
        quoted = choices_name.replace("'", "''")
        ws.data_validation(
            1,
            col,
            n,
            col,
            {
                "validate": "list",
                "source": f"='{quoted}'!$A$1:$A${len(words)}",
                "input_title": survey_header("outcome", lang)[:32],
                "input_message": SURVEY_HINT.template(lang)[:255],
                "error_title": survey_header("outcome", lang)[:32],
                "error_message": " / ".join(words)[:255],
            },
        )
        col = COLUMNS.index("due_date")
        ws.data_validation(
            1,
            col,
            n,
            col,
            {
                "validate": "date",
                "criteria": ">",
                "value": datetime(2000, 1, 1),
                "ignore_blank": True,
            },
        )
    ws.activate()
    book.close()
    return out.getvalue()


def _text(ws: Any, r: int, c: int, value: str, inert: Any, fmt: Any = None) -> None:
    if not value:
        if fmt is not None:
            ws.write_blank(r, c, None, fmt)
        return
    if is_formula_like(value):
        ws.write_string(r, c, value, inert)
    elif fmt is not None:
        ws.write_string(r, c, value, fmt)
    else:
        ws.write_string(r, c, value)


def write_surveys(
    store: Store, mission_id: int, folder: Path, organisation_id: int | None = None
) -> SurveysWritten:
    """Write each organisation's form into ``folder`` (atomically, 0600, as one batch)."""
    forms = survey_forms(store, mission_id, organisation_id)
    with store.session() as s:
        latin = {
            o.id: o.name
            for o in s.scalars(select(Organisation).where(Organisation.mission_id == mission_id))
        }
    files = [
        (folder / survey_file_name(f, latin.get(f.organisation_id, "")), _builder(f)) for f in forms
    ]
    paths = write_files(files) if files else []
    return SurveysWritten(tuple(paths), forms)


def _builder(form: SurveyForm) -> Any:
    return lambda: survey_bytes(form)
