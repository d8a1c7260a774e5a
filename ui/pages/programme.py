"""The Programme page: one day of the mission's programme on a timeline (a column per venue,
the B2B sessions among the items), the clashes found in it, and the form of one item.

The form is checked as it is typed (``check_item`` is pure: the programme is read once, on the
database worker) and each problem is shown under its field in the window's language. Saving,
deleting, and moving or resizing an item on the timeline run on the database worker and go on
the undo stack; an hour the clocks show twice is asked in a small dialog before saving.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import date, datetime, time, timedelta
from typing import Any

import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSplitter,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app.common.timezones import to_local
from app.core.changes import Changes
from app.core.conflicts import StaleRecord
from app.core.programme_messages import NO_CLASHES
from app.model.enums import AgendaKind
from app.services.programme import (
    AmbiguousTime,
    Clash,
    ItemCheck,
    ItemDraft,
    ItemInvalid,
    ItemRow,
    ItemSaved,
    ProgrammeView,
    check_item,
    item_zone,
    load_programme,
)
from ui.context import AppContext
from ui.dialogs.conflict import ConflictDialog, ask_conflict
from ui.errors import failure_text
from ui.forms.fields import ERROR_STYLE
from ui.i18n import current_language
from ui.models.loader import RowsLoader
from ui.pages.base import Page
from ui.programme import commands
from ui.programme.ambiguous import AmbiguousTimeBox
from ui.programme.days import (
    blocks,
    columns,
    default_day,
    local_day,
    mission_days,
    other_zone,
)
from ui.programme.form import ItemForm
from ui.programme.labels import day_label
from ui.programme.timeline import ProgrammeTimeline
from ui.setup.fields import set_zone, zone_combo


class ProgrammePage(Page):
    """A day of the programme on the left (timeline, then clashes); the item's form on the
    right."""

    page_id = "programme"

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self._view: ProgrammeView | None = None
        self._day: date | None = None
        self._item_id: int | None = None  # the item in the form; None: a new one
        self._dirty = False  # typed into since filled: a reload keeps what was typed
        self._form_base: ItemDraft | None = None  # the item as the form was filled with it
        self._storing: ItemDraft | None = None  # the draft of the save under way
        self.conflict_dialog: ConflictDialog | None = None  # open while one is asked
        self._saving = False
        self._problems: dict[str, list[str]] = {}  # what is typed, by field, as shown
        self._follow = False  # a save or a move: show the item's day once it is read again
        self.question: AmbiguousTimeBox | None = None
        self.discard_box: QMessageBox | None = None

        # --- the day, the second zone ---
        self.previous_day = QToolButton(self)
        self.previous_day.setObjectName("previous_day")
        self.previous_day.setArrowType(Qt.ArrowType.LeftArrow)
        self.previous_day.setToolTip(self.tr("Previous day"))
        self.day_combo = QComboBox(self)
        self.day_combo.setObjectName("day_combo")
        self.day_combo.setMinimumContentsLength(22)
        self.next_day = QToolButton(self)
        self.next_day.setObjectName("next_day")
        self.next_day.setArrowType(Qt.ArrowType.RightArrow)
        self.next_day.setToolTip(self.tr("Next day"))
        self.second_toggle = QCheckBox(self.tr("Second zone:"), self)
        self.second_toggle.setObjectName("second_zone_toggle")
        self.second_zone = zone_combo("second_zone")
        self.second_zone.setMinimumContentsLength(14)
        self.all_venues = QCheckBox(self.tr("All venues"), self)
        self.all_venues.setObjectName("all_venues")
        self.all_venues.setToolTip(
            self.tr("A column for every venue, not only those with something that day.")
        )
        self.new_button = QPushButton(self.tr("New item"), self)
        self.new_button.setObjectName("new_item")
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Day:"), self))
        top.addWidget(self.previous_day)
        top.addWidget(self.day_combo)
        top.addWidget(self.next_day)
        top.addSpacing(16)
        top.addWidget(self.all_venues)
        top.addSpacing(16)
        top.addWidget(self.second_toggle)
        top.addWidget(self.second_zone)
        top.addStretch(1)
        top.addWidget(self.new_button)

        # --- the timeline and the clashes ---
        self.timeline = ProgrammeTimeline(self)
        self.timeline.setObjectName("programme_timeline")
        self.timeline_scroll = QScrollArea(self)
        self.timeline_scroll.setObjectName("timeline_scroll")
        self.timeline_scroll.setWidgetResizable(True)
        self.timeline_scroll.setWidget(self.timeline)
        self.empty_label = QLabel(self)
        self.empty_label.setObjectName("programme_empty")
        self.empty_label.setWordWrap(True)
        self.clash_heading = QLabel(self)
        self.clash_heading.setObjectName("clash_heading")
        self.clash_heading.setStyleSheet("font-weight: bold;")
        self.clash_list = QListWidget(self)
        self.clash_list.setObjectName("clash_list")
        self.clash_list.setWordWrap(True)
        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.empty_label)
        left_layout.addWidget(self.timeline_scroll, 1)
        left_layout.addWidget(self.clash_heading)
        left_layout.addWidget(self.clash_list)

        # --- the form ---
        self.form = ItemForm(self)
        self.form.setObjectName("item_form")
        self.save_button = QPushButton(self.tr("Save"), self)
        self.save_button.setObjectName("save_item")
        self.save_button.setDefault(True)
        self.revert_button = QPushButton(self.tr("Revert"), self)
        self.revert_button.setObjectName("revert_item")
        self.delete_button = QPushButton(self.tr("Delete"), self)
        self.delete_button.setObjectName("delete_item")
        self.message = QLabel(self)
        self.message.setObjectName("item_message")
        self.message.setWordWrap(True)
        buttons = QHBoxLayout()
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.revert_button)
        buttons.addStretch(1)
        buttons.addWidget(self.delete_button)
        form_box = QWidget(self)
        form_layout = QVBoxLayout(form_box)
        form_layout.addWidget(self.form)
        form_layout.addLayout(buttons)
        form_layout.addWidget(self.message)
        form_layout.addStretch(1)
        form_scroll = QScrollArea(self)
        form_scroll.setWidgetResizable(True)
        form_scroll.setWidget(form_box)
        form_scroll.setMinimumWidth(420)

        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(left)
        splitter.addWidget(form_scroll)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([760, 480])
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(splitter, 1)

        # --- wiring ---
        self.loader = RowsLoader(ctx, load_programme, self)
        self.loader.loaded.connect(self._on_loaded)
        self.loader.failed.connect(
            lambda exc: self._say(
                self.tr("Could not load: {reason}").format(reason=failure_text(exc)), True
            )
        )
        self.day_combo.currentIndexChanged.connect(self._on_day_chosen)
        self.previous_day.clicked.connect(lambda: self._step_day(-1))
        self.next_day.clicked.connect(lambda: self._step_day(1))
        self.all_venues.toggled.connect(lambda _on: self._show_day_view())
        self.second_toggle.toggled.connect(self._second_zone_changed)
        self.second_zone.currentTextChanged.connect(self._second_zone_changed)
        self.new_button.clicked.connect(lambda: self.new_item())
        self.save_button.clicked.connect(lambda: self.save())
        self.revert_button.clicked.connect(self._revert)
        self.delete_button.clicked.connect(lambda: self.delete_current())
        self.form.changed.connect(self._edited)
        self.clash_list.itemClicked.connect(self._clash_chosen)
        self.clash_list.itemActivated.connect(self._clash_chosen)
        self.timeline.itemSelected.connect(self._timeline_selected)
        self.timeline.itemActivated.connect(self._timeline_activated)
        self.timeline.itemMoved.connect(self.move_item)
        self.timeline.deleteRequested.connect(lambda item_id: self.delete_current(item_id))
        self.timeline.createRequested.connect(self._create_requested)
        ctx.bus.changed.connect(self._on_bus_changed)
        ctx.bus.mission_changed.connect(lambda _m: self._reload(keep=False))
        self._second_zone_changed()
        self.loader.reload()

    # --- Page ------------------------------------------------------------------------------

    def title(self) -> str:
        return self.tr("Programme")

    def ready(self) -> bool:
        return self.loader.has_loaded() and not self._saving

    def show_example(self) -> None:
        """The busiest day, in both zones, with its first item open."""
        view = self._view
        if view is None or not view.items:
            return
        zone = view.record.zone
        days = [local_day(r.start_utc, zone) for r in view.items]
        self.show_day(max(set(days), key=lambda d: (days.count(d), -d.toordinal())))
        self.second_toggle.setChecked(True)
        first = next(r for r in view.items if local_day(r.start_utc, zone) == self._day)
        self.open_item(first.id)

    # --- loading ---------------------------------------------------------------------------

    def _reload(self, keep: bool = True) -> None:
        if not keep:
            self._item_id = None
            self._dirty = False
            self._day = None
            self.second_toggle.setChecked(False)
        self.loader.reload()

    def _on_bus_changed(self, changes: Changes, _initiator: object) -> None:
        # items, sessions and meetings, the people in an audience, venues: all shown here
        if (
            changes.agenda
            or changes.b2b
            or changes.missions
            or changes.participants
            or changes.organisations
        ):
            self.loader.reload()

    def _on_loaded(self, view: ProgrammeView | None) -> None:
        first_load = self._view is None or (
            view is not None and self._view.record.id != view.record.id
        )
        self._view = view
        lang = current_language()
        enabled = view is not None
        for widget in (self.form, self.new_button, self.day_combo, self.timeline):
            widget.setEnabled(enabled)
        if view is None:
            self.empty_label.setText(self.tr("Open or create a mission first."))
            self.empty_label.show()
            self.form.set_mission(None, lang)
            self.day_combo.clear()
            self.clash_list.clear()
            self.clash_heading.setText("")
            self._update_buttons()
            return
        record = view.record
        if first_load or not self.second_zone.currentText():
            blocked = self.second_zone.blockSignals(True)
            set_zone(self.second_zone, other_zone(record))
            self.second_zone.blockSignals(blocked)
        self.form.set_mission(record, lang)
        self._fill_days(view)
        self._show_day_view()
        self._fill_clashes(view, lang)
        if not view.items:
            self.empty_label.setText(
                self.tr(
                    "No programme item yet: fill in the form and save, or drag on the timeline."
                )
            )
        else:
            self.empty_label.setText("")
        self.empty_label.setVisible(bool(self.empty_label.text()))
        row = self._row(self._item_id)
        if self._item_id is not None and row is None:
            self._item_id = None  # deleted meanwhile (or undone)
            self._dirty = False
        if self._dirty:
            self._edited()  # another change came: check what is typed against it
        elif row is not None:
            self._fill(row)
            if self._follow:
                self.show_day(local_day(row.start_utc, record.zone))
        else:
            self._fill_new()
        self._follow = False
        if self._item_id is not None:
            self.timeline.select_item(self._item_id)
        self._second_zone_changed()

    def _row(self, item_id: int | None) -> ItemRow | None:
        if self._view is None or item_id is None:
            return None
        return next((r for r in self._view.items if r.id == item_id), None)

    # --- days ------------------------------------------------------------------------------

    def _fill_days(self, view: ProgrammeView) -> None:
        days = mission_days(view)
        if self._day not in days:
            self._day = default_day(view)
            if self._day not in days:
                self._day = days[0]
        blocked = self.day_combo.blockSignals(True)
        self.day_combo.clear()
        for day in days:
            self.day_combo.addItem(day_label(day), day)
        self.day_combo.setCurrentIndex(days.index(self._day))
        self.day_combo.blockSignals(blocked)
        self._update_day_buttons()

    def _update_day_buttons(self) -> None:
        index, count = self.day_combo.currentIndex(), self.day_combo.count()
        self.previous_day.setEnabled(index > 0)
        self.next_day.setEnabled(0 <= index < count - 1)

    def _on_day_chosen(self, index: int) -> None:
        day = self.day_combo.itemData(index)
        if isinstance(day, date) and day != self._day:
            self._day = day
            self._show_day_view()
            row, view = self._row(self._item_id), self._view
            shown = (
                row is not None
                and view is not None
                and local_day(row.start_utc, view.record.zone) == day
            )
            if not self._dirty and not shown and not self._saving:
                # the form follows the day: a new item on it, not one of another day
                self._say("")
                self._fill_new()
        self._update_day_buttons()

    def _step_day(self, step: int) -> None:
        index = self.day_combo.currentIndex() + step
        if 0 <= index < self.day_combo.count():
            self.day_combo.setCurrentIndex(index)

    def show_day(self, day: date) -> None:
        """Show ``day`` on the timeline (a day of the mission)."""
        for i in range(self.day_combo.count()):
            if self.day_combo.itemData(i) == day:
                self.day_combo.setCurrentIndex(i)
                return

    def current_item(self) -> int | None:
        """The item in the form (None: a new one)."""
        return self._item_id

    def current_day(self) -> date | None:
        return self._day

    def _show_day_view(self) -> None:
        view, day = self._view, self._day
        if view is None or day is None:
            return
        lang = current_language()
        day_blocks = blocks(view, day, lang, lambda n: self.tr("B2B meetings · %n table(s)", "", n))
        every = self.all_venues.isChecked()
        self.timeline.set_day(
            day,
            view.record.zone,
            columns(view, day_blocks, lang, self.tr("No venue"), every),
            day_blocks,
        )
        if self._item_id is not None:
            self.timeline.select_item(self._item_id)

    # --- the second zone ---------------------------------------------------------------------

    def second_zone_name(self) -> str | None:
        """The second zone shown (None: off)."""
        if not self.second_toggle.isChecked():
            return None
        zone = self.second_zone.currentText().strip()
        return zone if zone and _known_zone(zone) else None

    def _second_zone_changed(self, *_args: object) -> None:
        self.second_zone.setEnabled(self.second_toggle.isChecked())
        zone = self.second_zone_name()
        self.timeline.set_second_zone(zone)
        self.form.set_second_zone(zone)

    # --- clashes ---------------------------------------------------------------------------

    def _fill_clashes(self, view: ProgrammeView, lang: str) -> None:
        self.clash_list.clear()
        for index, clash in enumerate(view.clashes):
            text = clash.text(lang)  # it says when, in each item's zone
            item = QListWidgetItem(f"⚠ {text}")
            item.setData(Qt.ItemDataRole.UserRole, index)
            item.setToolTip(text)
            self.clash_list.addItem(item)
        count = len(view.clashes)
        self.clash_heading.setText(
            self.tr("Clashes: %n", "", count) if count else NO_CLASHES().text(lang)
        )
        self.clash_heading.setStyleSheet(
            "font-weight: bold;" + (ERROR_STYLE if count else "color: #2e7d32;")
        )
        self.clash_list.setVisible(bool(count))
        # room for up to three clashes of three lines each; the rest of the height is the
        # timeline's (a wrapped line's height is not known before the list is laid out)
        per_clash = 3 * self.clash_list.fontMetrics().lineSpacing() + 6
        self.clash_list.setFixedHeight(
            min(max(count, 1), 3) * per_clash + 2 * self.clash_list.frameWidth()
        )

    def clashes(self) -> tuple[Clash, ...]:
        return self._view.clashes if self._view is not None else ()

    def _clash_chosen(self, item: QListWidgetItem) -> None:
        view = self._view
        if view is None:
            return
        clash = view.clashes[int(item.data(Qt.ItemDataRole.UserRole))]
        self.show_day(local_day(clash.start_utc, view.record.zone))
        if clash.item_ids:
            self.open_item(clash.item_ids[0])

    # --- the form ------------------------------------------------------------------------------

    def open_item(self, item_id: int) -> None:
        """Show item ``item_id`` in the form, selected on the timeline (on its day); changes
        typed into another item are asked about first."""
        if item_id != self._item_id:
            self._leave(lambda: self._open(item_id))
        else:
            self._open(item_id)

    def _open(self, item_id: int) -> None:
        row = self._row(item_id)
        if row is None or self._view is None:
            return
        self._item_id = item_id
        self._dirty = False
        day = local_day(row.start_utc, self._view.record.zone)
        if day != self._day:
            self.show_day(day)
        self.timeline.select_item(item_id)
        self._say("")
        self._fill(row)

    def _leave(self, then: Callable[[], object]) -> None:
        """Do ``then`` (which replaces what the form shows): at once when nothing was typed,
        else once the coordinator agreed to discard it."""
        if not self._dirty:
            then()
            return
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Discard changes"),
            self.tr("Discard your changes to “{name}”?").format(name=self._form_name()),
            QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
            self,
        )
        box.setObjectName("discard_changes")
        self.discard_box = box

        def answered(_result: int) -> None:
            if box.clickedButton() is box.button(QMessageBox.StandardButton.Discard):
                self._dirty = False
                then()
            else:  # the selection goes back to the item being edited
                self.timeline.select_item(self._item_id)

        box.finished.connect(answered)
        box.open()

    def _form_name(self) -> str:
        draft = self.form.draft()
        name = draft.titles.in_(current_language()).strip() if draft is not None else ""
        return name or self.tr("New programme item")

    def _timeline_selected(self, item_id: object) -> None:
        if isinstance(item_id, int) and item_id != self._item_id:
            self.open_item(item_id)

    def _timeline_activated(self, item_id: int) -> None:
        self.open_item(item_id)
        if item_id == self._item_id:
            self.form.focus_title()

    def _fill(self, row: ItemRow) -> None:
        # What the form was filled with: its save is checked against it, not against a
        # newer row a reload brought meanwhile (that would overwrite it unseen).
        self._form_base = row.draft
        self.form.load(row.draft, row.titles.in_(current_language()))
        self._dirty = False
        self._edited(user=False)

    def _fill_new(self, draft: ItemDraft | None = None) -> None:
        self._item_id = None
        self._form_base = None
        self.form.load(draft or self._blank(), self.tr("New programme item"))
        self._dirty = False
        self._edited(user=False)

    def _blank(self) -> ItemDraft:
        day = self._day or date.today()
        start = datetime.combine(day, time(10, 0))
        return ItemDraft(AgendaKind.PLENARY, "", start, start + timedelta(hours=1))

    def new_item(self, draft: ItemDraft | None = None) -> None:
        """An empty form for a new item on the day shown (10:00–11:00), or ``draft``."""

        def start() -> None:
            self.timeline.select_item(None)
            self._say("")
            self._fill_new(draft)
            self.form.focus_title()

        self._leave(start)

    def _create_requested(self, venue_id: object, start_utc: object, end_utc: object) -> None:
        """A drag on empty space: a new item there, to name and save."""
        view = self._view
        if view is None or not isinstance(start_utc, datetime) or not isinstance(end_utc, datetime):
            return
        venue = venue_id if isinstance(venue_id, int) else None
        zone = item_zone(view.record, venue)
        start, end = to_local(start_utc, zone), to_local(end_utc, zone)
        draft = ItemDraft(
            AgendaKind.PLENARY,
            "",
            start.replace(tzinfo=None, fold=0),
            end.replace(tzinfo=None, fold=0),
            venue_id=venue,
            start_later=bool(start.fold) or None,
            end_later=bool(end.fold) or None,
        )
        self.new_item(draft)

    def _revert(self) -> None:
        row = self._row(self._item_id)
        if row is not None:
            self._fill(row)
        else:
            self._fill_new()
        self._say("")

    def check(self) -> ItemCheck | None:
        """The problems of what is typed, against the programme as read."""
        draft = self.form.draft()
        if self._view is None or draft is None:
            return None
        return check_item(self._view.record, draft)

    def _edited(self, user: bool = True) -> None:
        if user:
            self._dirty = True
        check = self.check()
        problems: dict[str, list[str]] = {}
        lang = current_language()
        for field, text in self.form.unreadable().items():
            problems.setdefault(field, []).append(text)
        if check is not None:
            for p in check.problems:
                problems.setdefault(p.field, []).append(p.text(lang))
        # a question not answered yet is not a problem: Save asks it
        if user or self._item_id is not None:
            self.form.show_problems(problems)
        else:
            self.form.show_problems({})  # an empty new form is not told off yet
        self._problems = problems
        self._update_buttons()

    def problems(self) -> dict[str, list[str]]:
        """The problems of what is typed now, by field (as shown under the fields)."""
        return dict(self._problems)

    def _update_buttons(self) -> None:
        can = self._view is not None and not self._saving
        self.save_button.setEnabled(can and not self._problems and self.form.draft() is not None)
        self.delete_button.setEnabled(can and self._item_id is not None)
        self.revert_button.setEnabled(can)

    # --- saving --------------------------------------------------------------------------------

    def save(self) -> None:
        """Save what is typed: an hour the clocks show twice is asked first."""
        draft = self.form.draft()
        check = self.check()
        if draft is None or check is None or self._saving or self._view is None:
            return
        if check.problems:
            self._edited()
            return
        if check.ambiguous:
            self._ask(check.ambiguous[0], draft)
            return
        self._store(draft)

    def _ask(self, question: AmbiguousTime, draft: ItemDraft) -> None:
        def answered(later: bool) -> None:
            start_later = later if question.field == "start" else draft.start_later
            end_later = later if question.field == "end" else draft.end_later
            self.form.set_answers(start_later, end_later)
            self.save()  # the other time may ask too

        box = AmbiguousTimeBox(question, answered, self)
        self.question = box
        box.open()

    def _store(self, draft: ItemDraft) -> None:
        mission_id = self.ctx.mission_id
        if self.ctx.store is None or mission_id is None:
            return
        self._storing = draft  # what the conflict dialog calls "yours" if it is asked
        self._saving = True
        self._update_buttons()
        self._say(self.tr("Saving…"))
        name = draft.titles.in_(current_language()).strip()
        item_id = self._item_id
        row = self._row(item_id)
        if item_id is None or row is None:
            commands.add(
                self.ctx,
                mission_id,
                draft,
                self.tr("Add programme item “{name}”").format(name=name),
                self._saved,
                self._refused,
                self,
            )
        else:
            commands.edit(
                self.ctx,
                item_id,
                self._form_base or row.draft,
                draft,
                self.tr("Edit programme item “{name}”").format(name=name),
                self._saved,
                self._refused,
                self,
            )

    def move_item(self, item_id: int, start_utc: object, end_utc: object) -> None:
        """Store an item moved or resized on the timeline, at once (undoable)."""
        row = self._row(item_id)
        if (
            row is None
            or not isinstance(start_utc, datetime)
            or not isinstance(end_utc, datetime)
            or self.ctx.store is None
        ):
            return
        start, end = to_local(start_utc, row.zone), to_local(end_utc, row.zone)
        draft = replace(
            row.draft.moved(start.replace(tzinfo=None, fold=0), end.replace(tzinfo=None, fold=0)),
            start_later=bool(start.fold),
            end_later=bool(end.fold),
        )
        if not self._dirty:
            self._item_id = item_id
            done: Callable[[ItemSaved], None] = self._saved
        else:  # what is typed in the form stays; the item in it takes its new times
            if item_id == self._item_id:
                self.form.set_times(draft)
            done = self._moved
        self._saving = True
        self._say(self.tr("Saving…"))
        commands.edit(
            self.ctx,
            item_id,
            row.draft,
            draft,
            self.tr("Move programme item “{name}”").format(name=row.titles.in_(current_language())),
            done,
            self._move_refused,
            self,
        )

    def _moved(self, _saved: ItemSaved) -> None:
        self._saving = False
        self._say(self.tr("Moved."))

    def _saved(self, saved: ItemSaved) -> None:
        self._saving = False
        self._dirty = False
        self._item_id = saved.item_id
        self._follow = True
        self._say(self.tr("Saved."))
        # the command announces the change: the reload that follows shows it

    def _refused(self, exc: BaseException) -> None:
        if not shiboken6.isValid(self):
            return
        self._saving = False
        if isinstance(exc, StaleRecord) and self._storing is not None:
            self._ask_conflict(exc, self._storing)
        elif isinstance(exc, ItemInvalid):
            lang = current_language()
            problems: dict[str, list[str]] = {}
            for p in exc.problems:
                problems.setdefault(p.field, []).append(p.text(lang))
            self.form.show_problems(problems)
            self._say(self.tr("Not saved: see the fields marked."), True)
        else:
            self._say(failure_text(exc), True)
            self.loader.reload()
        self._update_buttons()

    def _ask_conflict(self, refused: StaleRecord, typed: ItemDraft) -> None:
        """Someone else saved the item since the form was filled: both versions, field by
        field; the choice is saved against theirs, Cancel keeps the form as typed."""

        def answered(choices: dict[str, Any] | None) -> None:
            self.conflict_dialog = None
            if choices is None:
                self._say(
                    self.tr(
                        "Not saved: someone else changed this item meanwhile. Your changes are "
                        "still in the form; Save compares them again."
                    ),
                    True,
                )
                return
            self._form_base = refused.theirs.values
            self._store(refused.chosen(typed, choices))

        self._say("")
        self.conflict_dialog = ask_conflict(
            self, refused, self.form.field_label, answered, self.form.field_text
        )

    def _move_refused(self, exc: BaseException) -> None:
        if not shiboken6.isValid(self):
            return
        self._saving = False
        self._say(self.tr("Not moved: {reason}").format(reason=failure_text(exc)), True)
        self.loader.reload()  # the timeline shows where the item still is

    def delete_current(self, item_id: int | None = None) -> None:
        """Delete the item in the form (or ``item_id``); Undo puts it back."""
        item_id = item_id if item_id is not None else self._item_id
        row = self._row(item_id)
        mission_id = self.ctx.mission_id
        if row is None or mission_id is None or self._saving or self.ctx.store is None:
            return
        self._saving = True
        self._say(self.tr("Deleting…"))
        name = row.titles.in_(current_language())

        def done(_draft: ItemDraft) -> None:
            self._saving = False
            if self._item_id == row.id:
                self._item_id = None
                self._dirty = False
            self._say(self.tr("Deleted “{name}”. Undo puts it back.").format(name=name))

        commands.delete(
            self.ctx,
            mission_id,
            row.id,
            self.tr("Delete programme item “{name}”").format(name=name),
            done,
            self._refused,
            self,
        )

    def _say(self, text: str, error: bool = False) -> None:
        self.message.setStyleSheet(ERROR_STYLE if error else "")
        self.message.setText(text)


def _known_zone(zone: str) -> bool:
    from app.common.timezones import check_zone_name

    try:
        check_zone_name(zone)
    except ValueError:
        return False
    return True
