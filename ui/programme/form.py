"""The form of one programme item: kind, title and description in three languages, venue (or a
zone), day, start and end (wall times in the item's zone, shown with its abbreviation and, when
asked, in a second zone), and the audience.

It holds layout and reading only: the page checks what it reads (``check_item`` is pure) and
shows each problem under its field through :meth:`ItemForm.show_problems`.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import date, datetime, time, timedelta

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from app.common.timezones import NonexistentLocalTime, to_local, to_utc
from app.core.mission_record import MissionRecord
from app.model.enums import AgendaKind, Audience
from app.services.programme import KINDS, ItemDraft, item_zone
from ui.forms.date_fields import DateField, TimeField
from ui.forms.fields import EnumCombo, IdCombo
from ui.programme.labels import kind_label, organisation_name, short_day, short_time
from ui.programme.labels import zone_abbreviation as abbreviation
from ui.setup.fields import InlineErrors, set_zone, zone_combo
from ui.widgets.check_list import CheckListView

FIELDS = (
    "kind",
    "title",
    "title_it",
    "title_ja",
    "description",
    "description_it",
    "description_ja",
    "venue",
    "timezone",
    "day",
    "start",
    "end",
    "audience",
)
AUDIENCES = (Audience.EVERYONE, Audience.DELEGATION, Audience.ORGANISATION, Audience.PARTICIPANTS)


class ParticipantChecklist(QWidget):
    """Named participants: a search line over a list of people to tick (a model: a mission of
    10,000 people makes no item per person, and a search swaps the rows shown)."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.search = QLineEdit(self)
        self.search.setObjectName("attendee_search")
        self.search.setPlaceholderText(self.tr("Search by name or organisation"))
        self.search.setClearButtonEnabled(True)
        self.list = CheckListView(self)
        self.list.setObjectName("attendees")
        self.list.setMinimumHeight(110)
        self.people = self.list.checks
        self.count_label = QLabel(self)
        self.count_label.setObjectName("attendee_count")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.search)
        layout.addWidget(self.list)
        layout.addWidget(self.count_label)
        self.search.textChanged.connect(self.people.set_filter)
        self.people.ticked_changed.connect(self._ticked)

    def set_people(self, people: Sequence[tuple[int, str]]) -> None:
        """Replace the people offered (id, label), keeping who is ticked."""
        self.people.set_choices(people, self.people.ticked())
        self._count()

    def ticked(self) -> frozenset[int]:
        return frozenset(self.people.ticked())

    def set_ticked(self, ids: frozenset[int]) -> None:
        self.people.set_ticked(ids)
        self._count()

    def tick(self, pid: int, on: bool = True) -> None:
        """Tick (or untick) one person, as a click would."""
        self.people.tick(pid, on)

    def shown_labels(self) -> list[str]:
        """The labels the search leaves shown, in order."""
        return [self.people.label_at(row) for row in range(self.people.rowCount())]

    def _ticked(self) -> None:
        self._count()
        self.changed.emit()

    def _count(self) -> None:
        n = len(self.people.ticked())
        self.count_label.setText(self.tr("%n ticked", "", n))


class ItemForm(QWidget):
    """One item's fields, each with its problem under it. ``changed`` on each edit."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._record: MissionRecord | None = None
        self._loading = False
        self._second_zone: str | None = None
        self._later: tuple[bool | None, bool | None] = (None, None)  # an hour shown twice
        self.errors = InlineErrors("")
        form = QFormLayout(self)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.form = form

        self.heading = QLabel(self)
        self.heading.setObjectName("item_heading")
        self.heading.setStyleSheet("font-weight: bold;")
        self.heading.setWordWrap(True)
        form.addRow(self.heading)

        self.kind: EnumCombo[AgendaKind] = EnumCombo(AgendaKind, self)
        self.kind.setObjectName("kind")
        self._set_kinds(KINDS)
        form.addRow(self.tr("Kind:"), self.errors.wrap("kind", self.kind))

        self.title_en = self._line("title_en")
        self.title_it = self._line("title_it")
        self.title_ja = self._line("title_ja")
        form.addRow(self.tr("Title (English):"), self.errors.wrap("title", self.title_en))
        form.addRow(self.tr("Title (Italiano):"), self.errors.wrap("title_it", self.title_it))
        form.addRow(self.tr("Title (日本語):"), self.errors.wrap("title_ja", self.title_ja))
        self.description_en = self._text("description_en")
        self.description_it = self._text("description_it")
        self.description_ja = self._text("description_ja")
        form.addRow(
            self.tr("Description (English):"),
            self.errors.wrap("description", self.description_en),
        )
        form.addRow(
            self.tr("Description (Italiano):"),
            self.errors.wrap("description_it", self.description_it),
        )
        form.addRow(
            self.tr("Description (日本語):"),
            self.errors.wrap("description_ja", self.description_ja),
        )

        self.venue = IdCombo(self)
        self.venue.setObjectName("venue")
        form.addRow(self.tr("Venue:"), self.errors.wrap("venue", self.venue))
        self.zone = zone_combo("item_zone")
        self.zone_row_label = QLabel(self.tr("Time zone:"), self)
        self.zone_box = self.errors.wrap("timezone", self.zone)
        form.addRow(self.zone_row_label, self.zone_box)

        self.day = DateField(None, self)
        self.day.setObjectName("day")
        self.day.edit.setObjectName("day_text")
        form.addRow(self.tr("Day:"), self.errors.wrap("day", self.day))
        self.start = TimeField(None, self)
        self.start.setObjectName("start")
        self.start.edit.setObjectName("start_text")
        self.start_second = self._second_label("start_second")
        self.start.row.insertWidget(2, self.start_second)
        form.addRow(self.tr("Start:"), self.errors.wrap("start", self.start))
        self.end = TimeField(None, self)
        self.end.setObjectName("end")
        self.end.edit.setObjectName("end_text")
        self.end_second = self._second_label("end_second")
        self.end.row.insertWidget(2, self.end_second)
        self.next_day = QCheckBox(self.tr("next day"), self)
        self.next_day.setObjectName("end_next_day")
        self.next_day.setToolTip(self.tr("The item ends after midnight."))
        self.end.row.insertWidget(3, self.next_day)
        form.addRow(self.tr("End:"), self.errors.wrap("end", self.end))

        self.audience = EnumCombo(Audience, self)
        self.audience.setObjectName("audience")
        self.audience.set_items(
            [
                (Audience.EVERYONE, self.tr("Everyone")),
                (Audience.DELEGATION, self.tr("A delegation")),
                (Audience.ORGANISATION, self.tr("An organisation's delegates")),
                (Audience.PARTICIPANTS, self.tr("Named participants")),
            ]
        )
        self.delegation = IdCombo(self)
        self.delegation.setObjectName("audience_delegation")
        self.organisation = IdCombo(self)
        self.organisation.setObjectName("audience_organisation")
        self.attendees = ParticipantChecklist(self)
        self.audience_detail = QStackedWidget(self)
        self.audience_detail.addWidget(QWidget(self))  # everyone: nothing more to say
        self.audience_detail.addWidget(self.delegation)
        self.audience_detail.addWidget(self.organisation)
        self.audience_detail.addWidget(self.attendees)
        audience_box = QWidget(self)
        audience_layout = QVBoxLayout(audience_box)
        audience_layout.setContentsMargins(0, 0, 0, 0)
        audience_layout.addWidget(self.audience)
        audience_layout.addWidget(self.audience_detail)
        form.addRow(self.tr("For:"), self.errors.wrap("audience", audience_box))

        # --- wiring ---
        for line in (self.title_en, self.title_it, self.title_ja):
            line.textChanged.connect(self._edited)
        for text in (self.description_en, self.description_it, self.description_ja):
            text.textChanged.connect(self._edited)
        self.title_en.textChanged.connect(self._placeholders)
        self.description_en.textChanged.connect(self._placeholders)
        self.kind.currentIndexChanged.connect(self._edited)
        self.venue.currentIndexChanged.connect(self._edited)
        self.zone.currentTextChanged.connect(self._edited)
        self.day.dateChanged.connect(self._edited)
        self.start.timeChanged.connect(self._edited)
        self.end.timeChanged.connect(self._edited)
        self.day.edit.textEdited.connect(self._edited)
        self.start.edit.textEdited.connect(self._edited)
        self.end.edit.textEdited.connect(self._edited)
        self.next_day.toggled.connect(self._edited)
        self.audience.currentIndexChanged.connect(self._edited)
        self.delegation.currentIndexChanged.connect(self._edited)
        self.organisation.currentIndexChanged.connect(self._edited)
        self.attendees.changed.connect(self._edited)
        self._show_zone_fields()

    # --- building ----------------------------------------------------------------------------

    def _line(self, name: str) -> QLineEdit:
        line = QLineEdit(self)
        line.setObjectName(name)
        return line

    def _text(self, name: str) -> QPlainTextEdit:
        text = QPlainTextEdit(self)
        text.setObjectName(name)
        text.setTabChangesFocus(True)
        text.setFixedHeight(text.fontMetrics().lineSpacing() * 3 + 12)
        return text

    def _second_label(self, name: str) -> QLabel:
        label = QLabel(self)
        label.setObjectName(name)
        label.setStyleSheet("color: #555;")
        label.hide()
        return label

    def _set_kinds(self, kinds: Sequence[AgendaKind]) -> None:
        current = self.kind.currentData()
        blocked = self.kind.blockSignals(True)
        self.kind.clear()
        self.kind.set_items([(k, kind_label(k)) for k in kinds])
        if current is not None:
            self.kind.set_value(AgendaKind(current))
        self.kind.blockSignals(blocked)

    # --- the mission's choices ---------------------------------------------------------------

    def set_mission(self, record: MissionRecord | None, lang: str) -> None:
        """The venues, delegations, organisations and people to choose from."""
        self._record = record
        self._loading = True
        try:
            venues: list[tuple[int | None, str]] = [(None, self.tr("No venue"))]
            delegations: list[tuple[int | None, str]] = []
            organisations: list[tuple[int | None, str]] = []
            people: list[tuple[int, str]] = []
            if record is not None:
                venues += [(v.id, v.names.in_(lang)) for v in record.venues.values()]
                delegations = [(d.id, d.names.in_(lang)) for d in record.delegations.values()]
                orgs = sorted(
                    record.organisations.values(),
                    key=lambda o: organisation_name(o.name, o.name_ja, lang).casefold(),
                )
                organisations = [(o.id, organisation_name(o.name, o.name_ja, lang)) for o in orgs]
                for p in sorted(record.people.values(), key=lambda p: p.latin_name.casefold()):
                    org = record.organisations.get(p.organisation_id) if p.organisation_id else None
                    label = p.latin_name + (f" ({p.kanji_name})" if p.kanji_name else "")
                    if org is not None:
                        label += " — " + organisation_name(org.name, org.name_ja, lang)
                    people.append((p.id, label))
            self.venue.set_choices(venues)
            self.delegation.set_choices(delegations)
            self.organisation.set_choices(organisations)
            self.attendees.set_people(people)
        finally:
            self._loading = False
        self._show_zone_fields()

    def set_second_zone(self, zone: str | None) -> None:
        """Show the start and end in ``zone`` too (None: not)."""
        self._second_zone = zone
        self.refresh_times()

    # --- values ------------------------------------------------------------------------------

    def field_label(self, field: str) -> str | None:
        """The label of an item draft's field as the form shows it (the conflict dialog)."""
        labels = {
            "kind": self.tr("Kind:"),
            "title": self.tr("Title (English):"),
            "title_it": self.tr("Title (Italiano):"),
            "title_ja": self.tr("Title (日本語):"),
            "description": self.tr("Description (English):"),
            "description_it": self.tr("Description (Italiano):"),
            "description_ja": self.tr("Description (日本語):"),
            "venue_id": self.tr("Venue:"),
            "timezone": self.tr("Time zone:"),
            "start": self.tr("Start:"),
            "end": self.tr("End:"),
            "audience": self.tr("For:"),
            "audience_delegation_id": self.tr("For:"),
            "audience_organisation_id": self.tr("For:"),
            "attendee_ids": self.tr("For:"),
        }
        label = labels.get(field)
        return label.rstrip(":：") if label else None

    def field_text(self, field: str, value: object) -> str:
        """A value of an item draft's field as the form shows it: names rather than ids."""
        combos = {
            "kind": self.kind,
            "venue_id": self.venue,
            "audience": self.audience,
            "audience_delegation_id": self.delegation,
            "audience_organisation_id": self.organisation,
        }
        combo = combos.get(field)
        if value is None or value == "" or value == frozenset():
            return "—"
        if combo is not None:
            index = combo.findData(value)
            if index >= 0:
                return combo.itemText(index)
        if isinstance(value, datetime):
            return f"{value:%Y-%m-%d %H:%M}"
        if isinstance(value, frozenset):
            return ", ".join(f"#{v}" for v in sorted(value))
        return str(value)

    def load(self, draft: ItemDraft, heading: str) -> None:
        """Show ``draft`` (an item, or a new one), without it counting as an edit."""
        self._loading = True
        try:
            self.heading.setText(heading)
            kinds = KINDS if draft.kind in KINDS else (*KINDS, draft.kind)
            self._set_kinds(kinds)
            self.kind.set_value(draft.kind)
            self.title_en.setText(draft.title)
            self.title_it.setText(draft.title_it or "")
            self.title_ja.setText(draft.title_ja or "")
            for line in (self.title_en, self.title_it, self.title_ja):
                line.setCursorPosition(0)  # a long title shows its beginning
            self.description_en.setPlainText(draft.description)
            self.description_it.setPlainText(draft.description_it or "")
            self.description_ja.setPlainText(draft.description_ja or "")
            self.venue.set_current_id(draft.venue_id)
            record = self._record
            zone = draft.timezone or (record.zone if record is not None else "")
            set_zone(self.zone, zone)
            self.day.setDate(draft.start.date())
            self.start.setTime(draft.start.time())
            self.end.setTime(draft.end.time())
            self.next_day.setChecked(draft.end.date() > draft.start.date())
            self.audience.set_value(draft.audience)
            self.delegation.set_current_id(draft.audience_delegation_id)
            self.organisation.set_current_id(draft.audience_organisation_id)
            self.attendees.set_ticked(draft.attendee_ids)
            self._later = (draft.start_later, draft.end_later)
            self.errors.show({})
        finally:
            self._loading = False
        self._placeholders()
        self._show_zone_fields()

    def set_times(self, draft: ItemDraft) -> None:
        """Show ``draft``'s day and times (an item moved on the timeline), keeping the rest."""
        self._loading = True
        try:
            self.day.setDate(draft.start.date())
            self.start.setTime(draft.start.time())
            self.end.setTime(draft.end.time())
            self.next_day.setChecked(draft.end.date() > draft.start.date())
        finally:
            self._loading = False
        self.set_answers(draft.start_later, draft.end_later)

    def set_answers(self, start_later: bool | None, end_later: bool | None) -> None:
        """The answers to an hour shown twice (kept until a time, the day or the zone change)."""
        self._later = (start_later, end_later)
        self.refresh_times()

    def item_zone(self) -> str:
        """The zone the times are typed in: the venue's, else the zone chosen."""
        record = self._record
        if record is None:
            return ""
        return item_zone(record, self.venue.current_id(), self.zone.currentText().strip() or None)

    def wall_times(self) -> tuple[datetime, datetime] | None:
        """Start and end as typed (wall times), None while one cannot be read."""
        day, start, end = self.day.date(), self.start.time(), self.end.time()
        if day is None or start is None or end is None:
            return None
        end_day = day + timedelta(days=1) if self.next_day.isChecked() else day
        return datetime.combine(day, start), datetime.combine(end_day, end)

    def draft(self) -> ItemDraft | None:
        """The item as typed now (None while the day or a time cannot be read)."""
        times = self.wall_times()
        if times is None:
            return None
        venue_id = self.venue.current_id()
        return ItemDraft(
            kind=self.kind.value(),
            title=self.title_en.text(),
            start=times[0],
            end=times[1],
            title_it=self.title_it.text() or None,
            title_ja=self.title_ja.text() or None,
            description=self.description_en.toPlainText(),
            description_it=self.description_it.toPlainText() or None,
            description_ja=self.description_ja.toPlainText() or None,
            venue_id=venue_id,
            timezone=(self.zone.currentText().strip() or None) if venue_id is None else None,
            audience=self.audience.value(),
            audience_delegation_id=self.delegation.current_id(),
            audience_organisation_id=self.organisation.current_id(),
            attendee_ids=self.attendees.ticked(),
            start_later=self._later[0],
            end_later=self._later[1],
        )

    def unreadable(self) -> dict[str, str]:
        """The fields whose text is not a date or a time, with what is wrong (worded)."""
        out = {}
        for name, field in (("day", self.day), ("start", self.start), ("end", self.end)):
            problem = field.problem()
            if problem:
                out[name] = problem
        return out

    # --- showing -----------------------------------------------------------------------------

    def show_problems(self, problems: Mapping[str, Sequence[str]]) -> None:
        """Each field's problems under it (every other field's line hidden)."""
        self.errors.show({f: "\n".join(texts) for f, texts in problems.items() if texts})

    def shown_problem(self, name: str) -> str:
        return self.errors.shown().get(name, "")

    def refresh_times(self) -> None:
        """The zone's abbreviation beside each time, and the times in the second zone."""
        zone = self.item_zone()
        day = self.day.date()
        times = self.wall_times()
        start_later, end_later = (bool(x) for x in self._later)
        end_day = times[1].date() if times is not None else day
        for field, on, at, later, second in (
            (self.start, day, self.start.time(), start_later, self.start_second),
            (self.end, end_day, self.end.time(), end_later, self.end_second),
        ):
            field.setZone(zone or None)
            if zone and on is not None:
                field.zone_label.setText(abbreviation(zone, on, at, later))
                field.zone_label.setToolTip(zone)
            second.setVisible(bool(self._second_zone) and times is not None)
        if times is None or not self._second_zone or not zone:
            return
        for wall, later, second in (
            (times[0], start_later, self.start_second),
            (times[1], end_later, self.end_second),
        ):
            try:
                instant = to_utc(wall, zone, later=later)
            except (NonexistentLocalTime, ValueError):
                second.setText("")
                continue
            text = short_time(instant, self._second_zone)
            other_day = to_local(instant, self._second_zone).date()
            if other_day != wall.date():
                text += f" ({short_day(other_day)})"
            second.setText("= " + text)

    def _placeholders(self) -> None:
        """An empty translation shows the English it falls back to."""
        title = self.title_en.text().strip()
        self.title_it.setPlaceholderText(title)
        self.title_ja.setPlaceholderText(title)
        description = self.description_en.toPlainText().strip()
        self.description_it.setPlaceholderText(description)
        self.description_ja.setPlaceholderText(description)

    def _show_zone_fields(self) -> None:
        no_venue = self.venue.current_id() is None
        self.zone_row_label.setVisible(no_venue)
        self.zone_box.setVisible(no_venue)
        index = AUDIENCES.index(self.audience.value()) if self.audience.count() else 0
        self.audience_detail.setCurrentIndex(index)
        self.audience_detail.setVisible(index != 0)
        self.refresh_times()

    def _edited(self, *_args: object) -> None:
        if self._loading:
            return
        sender = self.sender()
        if sender in (self.day, self.start, self.end, self.venue, self.zone, self.next_day) or (
            sender in (self.day.edit, self.start.edit, self.end.edit)
        ):
            self._later = (None, None)  # another time: the question is asked again
        self._show_zone_fields()
        self.changed.emit()

    def focus_title(self) -> None:
        self.title_en.setFocus(Qt.FocusReason.OtherFocusReason)


def new_item_times(day: date, start: time, minutes: int = 60) -> tuple[datetime, datetime]:
    begin = datetime.combine(day, start)
    return begin, begin + timedelta(minutes=minutes)
