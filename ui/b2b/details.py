"""The selected meeting, in the side panel of the grid: who meets whom (and who sits at the
table), when in the session's zone, at which table, with which interpreter, and who asked for
it with what priority."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QWidget

from app.core.language import format_date
from app.model.enums import DocumentLanguage
from app.services.meeting_details import DetailOrganisation, MeetingDetails
from ui.i18n import current_language
from ui.models.common import both_scripts


class MeetingDetailsView(QLabel):
    """Rich text: the meeting's details, or a hint to select one."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("meeting_details")
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.RichText)
        self.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.details: MeetingDetails | None = None
        self.show_meeting(None)

    def show_meeting(self, details: MeetingDetails | None) -> None:
        self.details = details
        if details is None:
            self.setText(escape(self.tr("Select a meeting to see its details.")))
            return
        self.setText(self._html(details))

    def plain_text(self) -> str:
        from PySide6.QtGui import QTextDocumentFragment

        return QTextDocumentFragment.fromHtml(self.text()).toPlainText()

    def _org_name(self, org: DetailOrganisation) -> str:
        return both_scripts(org.name, org.name_ja, current_language())

    def _short_name(self, org: DetailOrganisation) -> str:
        return org.name_ja if current_language() == "ja" and org.name_ja else org.name

    def _html(self, d: MeetingDetails) -> str:
        lang = current_language()
        a, b = d.organisations
        day = format_date(d.start_local.date(), DocumentLanguage(lang))
        span = f"{d.start_local:%H:%M}–{d.end_local:%H:%M} {d.start_local.tzname()}"
        lines = [
            f"<b>{escape(self._org_name(a))}</b> ↔ <b>{escape(self._org_name(b))}</b>",
            escape(f"{day}, {span}"),
            escape(
                self.tr("Table {table} · {session}").format(
                    table=d.table, session=d.session_names.in_(lang)
                )
            ),
            escape(
                self.tr("Interpreter: {name}").format(name=d.interpreter)
                if d.interpreter
                else self.tr("No interpreter")
            ),
        ]
        for org in (a, b):
            people = ", ".join(org.people) if org.people else self.tr("nobody named yet")
            lines.append(
                escape(
                    self.tr("{organisation}: {people}").format(
                        organisation=self._short_name(org), people=people
                    )
                )
            )
        by_id = {org.id: self._short_name(org) for org in (a, b)}
        for r in d.requests:
            text = (
                self.tr(
                    "{requester} asked to meet {requested}, priority {priority} of 5, mandatory"
                )
                if r.mandatory
                else self.tr("{requester} asked to meet {requested}, priority {priority} of 5")
            )
            lines.append(
                escape(
                    text.format(
                        requester=by_id.get(r.requester_id, ""),
                        requested=by_id.get(r.requested_id, ""),
                        priority=r.priority,
                    )
                )
            )
        if not d.requests:
            lines.append(escape(self.tr("Nobody asked for this meeting (placed by hand).")))
        if d.locked:
            lines.append(escape(self.tr("Locked: the scheduler and moves leave it here.")))
        return "<br>".join(lines)
