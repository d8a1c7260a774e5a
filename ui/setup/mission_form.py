"""The mission's own form on the Mission page: names in three languages, host city and zone,
dates, organiser. Saving is explicit; problems show under their fields."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.services.missions import (
    CITY_MAX,
    ORGANISER_MAX,
    PROBLEM_FIELD,
    MissionDraft,
    MissionRow,
    problem_message,
    validate_mission,
)
from ui.forms.fields import error_label
from ui.i18n import current_language
from ui.setup.fields import (
    FallbackNames,
    InlineErrors,
    date_edit,
    day_of,
    line,
    set_day,
    set_zone,
    zone_combo,
)


class MissionForm(QGroupBox):
    """``save_requested(draft)`` when Save is pressed and the draft has no problem of its own
    (the action checks the rest, e.g. sessions the new dates would leave out)."""

    save_requested = Signal(object)  # MissionDraft

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Mission"))
        self.setObjectName("mission_form")
        self._row: MissionRow | None = None
        self._loading = False
        self.errors = InlineErrors("mission")
        self.names = FallbackNames("mission", self.tr("As in English: {name}"))
        self.names.en.setPlaceholderText(self.tr("e.g. Torino → Nagoya, October 2027"))
        self.city_edit = line("mission_city", CITY_MAX + 1)
        self.zone_combo = zone_combo("mission_zone")
        self.start_edit = date_edit("mission_start")
        self.end_edit = date_edit("mission_end")
        self.organiser_edit = line("mission_organiser", ORGANISER_MAX + 1)

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.names.add_rows(
            form,
            self.errors,
            (
                self.tr("Name (&English):"),
                self.tr("Name (&Italian):"),
                self.tr("Name (&Japanese):"),
            ),
        )
        form.addRow(self.tr("Host &city:"), self.errors.wrap("host_city", self.city_edit))
        form.addRow(self.tr("&Time zone:"), self.errors.wrap("timezone", self.zone_combo))
        form.addRow(self.tr("&Starts on:"), self.errors.wrap("start_date", self.start_edit))
        form.addRow(self.tr("&Ends on:"), self.errors.wrap("end_date", self.end_edit))
        form.addRow(self.tr("&Organiser:"), self.errors.wrap("organiser", self.organiser_edit))
        # The fields' labels by the draft's field names (the conflict dialog names them so).
        self._labels = {
            field: self.tr(label).replace("&", "").rstrip(":")
            for field, label in (
                ("name", "Name (&English):"),
                ("name_it", "Name (&Italian):"),
                ("name_ja", "Name (&Japanese):"),
                ("host_city", "Host &city:"),
                ("timezone", "&Time zone:"),
                ("start_date", "&Starts on:"),
                ("end_date", "&Ends on:"),
                ("organiser", "&Organiser:"),
            )
        }

        self.general_error = error_label("mission_error")
        self.saved_label = QLabel()
        self.saved_label.setObjectName("mission_saved")
        self.save_button = QPushButton(self.tr("Save mission"))
        self.save_button.setObjectName("mission_save")
        self.revert_button = QPushButton(self.tr("Undo changes"))
        self.revert_button.setObjectName("mission_revert")
        buttons = QHBoxLayout()
        buttons.addWidget(self.saved_label, 1)
        buttons.addWidget(self.revert_button)
        buttons.addWidget(self.save_button)

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.general_error)
        layout.addLayout(buttons)

        self.save_button.clicked.connect(self.save)
        self.revert_button.clicked.connect(self.revert)
        for edit, field in (
            (self.names.en, "name"),
            (self.names.it, "name_it"),
            (self.names.ja, "name_ja"),
            (self.city_edit, "host_city"),
            (self.organiser_edit, "organiser"),
        ):
            edit.textChanged.connect(lambda _t, f=field: self._edited(f))
        self.zone_combo.currentTextChanged.connect(lambda _t: self._edited("timezone"))
        self.start_edit.dateChanged.connect(lambda _d: self._edited("start_date"))
        self.end_edit.dateChanged.connect(lambda _d: self._edited("end_date"))
        self._update_buttons()

    # --- what the page reads and sets ------------------------------------------------------

    def load(self, row: MissionRow | None) -> None:
        """Show ``row`` (the mission as saved); unsaved edits are dropped."""
        self._row = row
        self._loading = True
        try:
            if row is None:
                self.names.set("", None, None)
                self.city_edit.clear()
                self.organiser_edit.clear()
            else:
                self.names.set(row.name, row.name_it, row.name_ja)
                self.city_edit.setText(row.host_city)
                set_zone(self.zone_combo, row.timezone)
                set_day(self.start_edit, row.start_date)
                set_day(self.end_edit, row.end_date)
                self.organiser_edit.setText(row.organiser)
        finally:
            self._loading = False
        self.errors.clear()
        self.general_error.hide()
        self.setEnabled(row is not None)
        self._update_buttons()

    def field_label(self, field: str) -> str | None:
        """The label of a draft's field as the form shows it."""
        return self._labels.get(field)

    def shown_row(self) -> MissionRow | None:
        """The mission as saved when the form was last filled: the base its save names."""
        return self._row

    def draft(self) -> MissionDraft | None:
        """The mission as typed; None while a date field holds no date."""
        start, end = day_of(self.start_edit), day_of(self.end_edit)
        if start is None or end is None:
            return None
        en, it, ja = self.names.values()
        return MissionDraft(
            name=en,
            name_it=it,
            name_ja=ja,
            host_city=self.city_edit.text(),
            timezone=self.zone_combo.currentText(),
            start_date=start,
            end_date=end,
            organiser=self.organiser_edit.text(),
        )

    def is_dirty(self) -> bool:
        if self._row is None:
            return False
        typed_draft = self.draft()
        if typed_draft is None:
            return True
        r, d = self._row, typed_draft.normalised()
        saved = (r.name, r.name_it, r.name_ja, r.host_city, r.timezone, r.start_date,
                 r.end_date, r.organiser)  # fmt: skip
        typed = (d.name, d.name_it, d.name_ja, d.host_city, d.timezone, d.start_date,
                 d.end_date, d.organiser)  # fmt: skip
        return saved != typed

    def show_errors(self, errors: dict[str, str], general: str | None = None) -> None:
        self.errors.show(errors)
        self.general_error.setText(general or "")
        self.general_error.setVisible(bool(general))

    def save(self) -> None:
        unreadable = [f for f in (self.start_edit, self.end_edit) if f.check() is None]
        draft = self.draft()
        if unreadable or draft is None:
            unreadable[0].setFocus()
            return
        problems = validate_mission(draft)
        if problems:
            lang = current_language()
            errors: dict[str, list[str]] = {}
            for p in problems:
                errors.setdefault(PROBLEM_FIELD[p], []).append(problem_message(p).text(lang))
            self.show_errors({f: " ".join(t) for f, t in errors.items()})
            return
        self.show_errors({})
        self.save_requested.emit(draft)

    def revert(self) -> None:
        self.load(self._row)

    def mark_saved(self, text: str) -> None:
        self.saved_label.setText(text)

    # --- inside ----------------------------------------------------------------------------

    def _edited(self, field: str) -> None:
        if self._loading:
            return
        self.errors.clear(field)
        if field in ("start_date", "end_date"):
            self.errors.clear("start_date")
            self.errors.clear("end_date")
        self.saved_label.clear()
        self._update_buttons()

    def _update_buttons(self) -> None:
        dirty = self.is_dirty()
        self.save_button.setEnabled(dirty)
        self.revert_button.setEnabled(dirty)
