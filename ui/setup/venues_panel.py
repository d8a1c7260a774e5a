"""Venues on the Mission page: the list, an editor beside it, and the table of travel times
between them (minutes, one per direction, or the same both ways)."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.services.venues import CITY_MAX, TRAVEL_MAX, VenueDraft, VenueRow
from ui.forms.fields import error_label
from ui.i18n import current_language
from ui.setup.fields import FallbackNames, InlineErrors, line, set_zone, zone_combo

TravelTable = dict[tuple[int, int], int | None]


class VenuesPanel(QGroupBox):
    """``save_requested(venue id or None, draft)``, ``delete_requested(venue id)``,
    ``travel_requested(table)``: the page runs the actions and reloads."""

    save_requested = Signal(object, object)
    delete_requested = Signal(int)
    travel_requested = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Venues"))
        self.setObjectName("venues_panel")
        self._venues: list[VenueRow] = []
        self._travel: dict[tuple[int, int], int] = {}
        self._mission_zone = "Asia/Tokyo"
        self._current: int | None = None  # the venue in the editor (None: a new one)
        # The record as the editor was filled with it: the base its save is checked against.
        self._shown: VenueRow | None = None
        self._filled: VenueDraft | None = None  # the editor as last filled (not typed)
        self._refill = False  # the next set_data shows the record as saved (our own save)
        self._filling = False

        self.venue_list = QListWidget()
        self.venue_list.setObjectName("venue_list")
        self.venue_list.setMinimumWidth(180)
        self.venue_list.currentItemChanged.connect(self._chosen)

        self.errors = InlineErrors("venue")
        self.names = FallbackNames("venue", self.tr("As in Latin script: {name}"))
        self.names.en.setPlaceholderText(self.tr("e.g. Nagoya Congress Center"))
        self.address_edit = line("venue_address", 2000)
        self.address_ja_edit = line("venue_address_ja", 2000)
        self.city_edit = line("venue_city", CITY_MAX + 1)
        self.zone_combo = zone_combo("venue_zone")
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.names.add_rows(
            form,
            self.errors,
            (self.tr("Name (Latin script):"), self.tr("Name (Italian):"),
             self.tr("Name (Japanese):")),
        )  # fmt: skip
        form.addRow(self.tr("Address:"), self.errors.wrap("address", self.address_edit))
        form.addRow(
            self.tr("Address (Japanese):"), self.errors.wrap("address_ja", self.address_ja_edit)
        )
        form.addRow(self.tr("City:"), self.errors.wrap("city", self.city_edit))
        form.addRow(self.tr("Time zone:"), self.errors.wrap("timezone", self.zone_combo))
        self.general_error = error_label("venue_error")

        self.new_button = QPushButton(self.tr("New venue"))
        self.new_button.setObjectName("venue_new")
        self.save_button = QPushButton(self.tr("Save venue"))
        self.save_button.setObjectName("venue_save")
        self.delete_button = QPushButton(self.tr("Delete venue"))
        self.delete_button.setObjectName("venue_delete")
        buttons = QHBoxLayout()
        buttons.addWidget(self.new_button)
        buttons.addWidget(self.delete_button)
        buttons.addStretch(1)
        buttons.addWidget(self.save_button)
        self.new_button.clicked.connect(self.new_venue)
        self.save_button.clicked.connect(self._save)
        self.delete_button.clicked.connect(self._delete)

        editor = QVBoxLayout()
        self.editor_heading = QLabel()
        self.editor_heading.setObjectName("venue_heading")
        editor.addWidget(self.editor_heading)
        editor.addLayout(form)
        editor.addWidget(self.general_error)
        editor.addLayout(buttons)
        top = QHBoxLayout()
        top.addWidget(self.venue_list)
        top.addLayout(editor, 1)

        self.travel_table = QTableWidget()
        self.travel_table.setObjectName("travel_table")
        self.travel_table.setMinimumHeight(110)
        self.travel_table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.travel_table.itemChanged.connect(self._travel_edited)
        self.travel_same = QCheckBox(self.tr("Same time both ways"))
        self.travel_same.setObjectName("travel_same")
        self.travel_same.setChecked(True)
        self.travel_save = QPushButton(self.tr("Save travel times"))
        self.travel_save.setObjectName("travel_save")
        self.travel_save.clicked.connect(self._save_travel)
        self.travel_error = error_label("travel_error")
        travel_buttons = QHBoxLayout()
        travel_buttons.addWidget(self.travel_same)
        travel_buttons.addStretch(1)
        travel_buttons.addWidget(self.travel_save)
        travel_title = QLabel(
            self.tr("Travel times in minutes (row: from; column: to, numbered as the rows)")
        )

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(travel_title)
        layout.addWidget(self.travel_table)
        layout.addWidget(self.travel_error)
        layout.addLayout(travel_buttons)
        self.new_venue()

    # --- what the page sets ----------------------------------------------------------------

    def set_data(
        self, venues: list[VenueRow], travel: dict[tuple[int, int], int], mission_zone: str
    ) -> None:
        """Show these venues and travel times; keep the editor's venue if it still exists,
        and what the coordinator typed in it (a reload after another coordinator's change
        must not wipe it; their change shows when this one is saved, as a conflict)."""
        self._venues = venues
        self._travel = dict(travel)
        self._mission_zone = mission_zone
        keep = self._current
        typed = self.draft() if self.is_dirty() and not self._refill else None
        self._refill = False
        self.venue_list.blockSignals(True)
        self.venue_list.clear()
        for v in venues:
            item = QListWidgetItem(_venue_label(v))
            item.setData(Qt.ItemDataRole.UserRole, v.id)
            self.venue_list.addItem(item)
            if v.id == keep:
                self.venue_list.setCurrentItem(item)
        self.venue_list.blockSignals(False)
        still = next((v for v in venues if v.id == keep), None) if keep is not None else None
        if typed is not None and (keep is None or still is not None):
            self._put(typed)  # the editor keeps its record (and base) and the typed text
        elif still is not None:
            self._fill(still)
        else:
            self.new_venue()
        self._fill_travel()

    def new_venue(self) -> None:
        """An empty editor for a new venue, in the mission's zone."""
        self._current = None
        self.venue_list.blockSignals(True)
        self.venue_list.clearSelection()
        self.venue_list.setCurrentRow(-1)
        self.venue_list.blockSignals(False)
        self.names.set("", None, None)
        self.address_edit.clear()
        self.address_ja_edit.clear()
        self.city_edit.clear()
        set_zone(self.zone_combo, self._mission_zone)
        self.editor_heading.setText(self.tr("New venue"))
        self.delete_button.setEnabled(False)
        self.show_errors({})
        self._filled = self.draft()

    def show_errors(self, errors: dict[str, str], general: str | None = None) -> None:
        self.errors.show(errors)
        self.general_error.setText(general or "")
        self.general_error.setVisible(bool(general))

    def show_travel_error(self, text: str | None) -> None:
        self.travel_error.setText(text or "")
        self.travel_error.setVisible(bool(text))

    def draft(self) -> VenueDraft:
        en, it, ja = self.names.values()
        return VenueDraft(
            name=en,
            name_it=it,
            name_ja=ja,
            address=self.address_edit.text(),
            address_ja=self.address_ja_edit.text() or None,
            city=self.city_edit.text(),
            timezone=self.zone_combo.currentText(),
        )

    def current_venue(self) -> int | None:
        return self._current

    def choose(self, venue_id: int) -> None:
        for i in range(self.venue_list.count()):
            item = self.venue_list.item(i)
            if item.data(Qt.ItemDataRole.UserRole) == venue_id:
                self.venue_list.setCurrentItem(item)
                return

    def travel_values(self) -> tuple[TravelTable, str | None]:
        """The table as typed: {(from, to): minutes or None}, or the first cell that is not
        a number of minutes (worded)."""
        table: TravelTable = {}
        ids = [v.id for v in self._venues]
        for r, a in enumerate(ids):
            for c, b in enumerate(ids):
                if a == b:
                    continue
                item = self.travel_table.item(r, c)
                text = (item.text() if item else "").strip()
                if not text:
                    table[(a, b)] = None
                    continue
                try:
                    minutes = int(text)
                except ValueError:
                    minutes = -1
                if not 0 <= minutes <= TRAVEL_MAX:
                    return {}, self.tr(
                        "“{text}” from {a} to {b} is not a number of minutes between 0 and 1440."
                    ).format(text=text, a=self._venues[r].name, b=self._venues[c].name)
                table[(a, b)] = minutes
        return table, None

    def field_label(self, field: str) -> str | None:
        """The label of a venue draft's field as the editor shows it (the conflict dialog)."""
        labels = {
            "name": self.tr("Name (Latin script):"),
            "name_it": self.tr("Name (Italian):"),
            "name_ja": self.tr("Name (Japanese):"),
            "address": self.tr("Address:"),
            "address_ja": self.tr("Address (Japanese):"),
            "city": self.tr("City:"),
            "timezone": self.tr("Time zone:"),
        }
        label = labels.get(field)
        return label.rstrip(":：") if label else None

    def shown_row(self) -> VenueRow | None:
        """The saved record the editor was last filled with (None: a new one)."""
        return self._shown if self._current is not None else None

    def keep(self, record_id: int) -> None:
        """Show this record in the editor after the next :meth:`set_data` (a new one saved),
        as saved."""
        self._current = record_id
        self._refill = True

    def is_dirty(self) -> bool:
        """Whether the editor holds text the coordinator typed and has not saved."""
        return self._filled is not None and self.draft() != self._filled

    # --- inside ----------------------------------------------------------------------------

    def _chosen(self, item: QListWidgetItem | None, _previous: object = None) -> None:
        if item is None:
            return
        venue_id = item.data(Qt.ItemDataRole.UserRole)
        venue = next((v for v in self._venues if v.id == venue_id), None)
        if venue is not None:
            self._current = venue.id
            self._fill(venue)

    def _fill(self, v: VenueRow) -> None:
        self._shown = v
        self.names.set(v.name, v.name_it, v.name_ja)
        self.address_edit.setText(v.address)
        self.address_ja_edit.setText(v.address_ja or "")
        self.city_edit.setText(v.city)
        set_zone(self.zone_combo, v.timezone)
        self.editor_heading.setText(self.tr("Venue: {name}").format(name=v.names.in_(_lang())))
        self.delete_button.setEnabled(True)
        self.show_errors({})
        self._filled = self.draft()

    def _put(self, draft: VenueDraft) -> None:
        self.names.set(draft.name, draft.name_it, draft.name_ja)
        self.address_edit.setText(draft.address)
        self.address_ja_edit.setText(draft.address_ja or "")
        self.city_edit.setText(draft.city)
        set_zone(self.zone_combo, draft.timezone)

    def _save(self) -> None:
        self.save_requested.emit(self._current, self.draft())

    def _delete(self) -> None:
        if self._current is not None:
            self.delete_requested.emit(self._current)

    def _fill_travel(self) -> None:
        self._filling = True
        try:
            names = [v.names.in_(_lang()) for v in self._venues]
            self.travel_table.clear()
            self.travel_table.setRowCount(len(names))
            self.travel_table.setColumnCount(len(names))
            # numbered columns: a row says the whole name, a column its number (and tooltip)
            self.travel_table.setHorizontalHeaderLabels([str(i + 1) for i in range(len(names))])
            self.travel_table.setVerticalHeaderLabels(
                [f"{i + 1}. {name}" for i, name in enumerate(names)]
            )
            for i, name in enumerate(names):
                header = self.travel_table.horizontalHeaderItem(i)
                if header is not None:
                    header.setToolTip(name)
            for r, a in enumerate(self._venues):
                for c, b in enumerate(self._venues):
                    if a.id == b.id:
                        item = QTableWidgetItem("—")
                        item.setFlags(Qt.ItemFlag.NoItemFlags)
                    else:
                        minutes = self._travel.get((a.id, b.id))
                        item = QTableWidgetItem("" if minutes is None else str(minutes))
                        item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                    self.travel_table.setItem(r, c, item)
            self.travel_table.setEnabled(len(names) > 1)
            self.travel_save.setEnabled(len(names) > 1)
        finally:
            self._filling = False
        self.show_travel_error(None)

    def _travel_edited(self, item: QTableWidgetItem) -> None:
        """With "same both ways", the way back follows the way there."""
        if self._filling or not self.travel_same.isChecked():
            return
        r, c = item.row(), item.column()
        mirror = self.travel_table.item(c, r)
        if mirror is not None and r != c and mirror.text() != item.text():
            self._filling = True
            try:
                mirror.setText(item.text())
            finally:
                self._filling = False
        self.show_travel_error(None)

    def _save_travel(self) -> None:
        table, problem = self.travel_values()
        self.show_travel_error(problem)
        if problem is None:
            self.travel_requested.emit(table)


def _venue_label(v: VenueRow) -> str:
    ja = f" · {v.name_ja}" if v.name_ja else ""
    return f"{v.names.in_(_lang()) if _lang() != 'ja' else v.name}{ja}"


def _lang() -> str:
    return current_language()
