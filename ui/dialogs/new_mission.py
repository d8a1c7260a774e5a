"""The New mission dialog: asks for what a mission needs and says inline what is wrong."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from app.services.missions import (
    CITY_MAX,
    NAME_MAX,
    ORGANISER_MAX,
    PROBLEM_FIELD,
    MissionDraft,
    Problem,
    problem_message,
    validate_mission,
    zone_choices,
)
from ui.forms.date_fields import DateField, date_format
from ui.i18n import current_language
from ui.setup.fields import InlineErrors

__all__ = ["NewMissionDialog", "date_format"]


class NewMissionDialog(QDialog):
    """Name, Japanese name, host city, time zone, dates and organiser of a new mission.

    ``accept()`` only closes the dialog when the draft is valid; ``draft()`` is what to create.
    """

    def __init__(self, parent: QWidget | None = None, *, today: date | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("New mission"))
        self.setMinimumWidth(480)
        today = today or date.today()
        self._today = today

        self.name_edit = QLineEdit()
        self.name_edit.setMaxLength(NAME_MAX + 1)  # one more, so "too long" can be said
        self.name_edit.setPlaceholderText(self.tr("e.g. Torino → Nagoya, October 2027"))
        self.name_it_edit = QLineEdit()
        self.name_it_edit.setMaxLength(NAME_MAX + 1)
        self.name_it_edit.setPlaceholderText(self.tr("e.g. Torino → Nagoya, ottobre 2027"))
        self.name_ja_edit = QLineEdit()
        self.name_ja_edit.setMaxLength(NAME_MAX + 1)
        self.name_ja_edit.setPlaceholderText(
            self.tr("e.g. トリノ→名古屋 経済ミッション 2027年10月")
        )
        self.city_edit = QLineEdit()
        self.city_edit.setMaxLength(CITY_MAX + 1)
        self.city_edit.setPlaceholderText(self.tr("e.g. Nagoya"))

        self.zone_combo = QComboBox()
        self.zone_combo.setEditable(True)
        self.zone_combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.zone_combo.addItems(zone_choices())
        self.zone_combo.setCurrentIndex(0)
        completer = QCompleter(self.zone_combo.model(), self.zone_combo)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.zone_combo.setCompleter(completer)

        self.start_edit = DateField(today)
        self.end_edit = DateField(today)
        self.organiser_edit = QLineEdit()
        self.organiser_edit.setMaxLength(ORGANISER_MAX + 1)
        self.organiser_edit.setPlaceholderText(self.tr("e.g. Camera di commercio di Torino"))

        self._errors = InlineErrors("")
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        rows: list[tuple[str, str, QWidget]] = [
            ("name", self.tr("&Name:"), self.name_edit),
            ("name_it", self.tr("&Italian name:"), self.name_it_edit),
            ("name_ja", self.tr("&Japanese name:"), self.name_ja_edit),
            ("host_city", self.tr("Host &city:"), self.city_edit),
            ("timezone", self.tr("&Time zone:"), self.zone_combo),
            ("start_date", self.tr("&Starts on:"), self.start_edit),
            ("end_date", self.tr("&Ends on:"), self.end_edit),
            ("organiser", self.tr("&Organiser:"), self.organiser_edit),
        ]
        for field, label, widget in rows:
            form.addRow(label, self._errors.wrap(field, widget))

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Create mission"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.buttons)

        # An error goes away as soon as its field is edited.
        self.name_edit.textEdited.connect(lambda: self._clear_error("name"))
        self.name_it_edit.textEdited.connect(lambda: self._clear_error("name_it"))
        self.name_ja_edit.textEdited.connect(lambda: self._clear_error("name_ja"))
        self.city_edit.textEdited.connect(lambda: self._clear_error("host_city"))
        self.zone_combo.currentTextChanged.connect(lambda: self._clear_error("timezone"))
        self.start_edit.dateChanged.connect(lambda: self._clear_error("end_date"))
        self.end_edit.dateChanged.connect(lambda: self._clear_error("end_date"))
        self.organiser_edit.textEdited.connect(lambda: self._clear_error("organiser"))

    # --- what the caller reads --------------------------------------------------------------

    def draft(self) -> MissionDraft:
        """The mission as typed (normalised by the service when it is created)."""
        return MissionDraft(
            name=self.name_edit.text(),
            name_it=self.name_it_edit.text() or None,
            name_ja=self.name_ja_edit.text() or None,
            host_city=self.city_edit.text(),
            timezone=self.zone_combo.currentText(),
            # a field whose text is not a date stops accept() before a draft is made
            start_date=self.start_edit.date() or self._today,
            end_date=self.end_edit.date() or self._today,
            organiser=self.organiser_edit.text(),
        )

    def errors(self) -> dict[str, str]:
        """The inline errors shown now, by field name (a date field's own included)."""
        shown = self._errors.shown()
        for field, edit in (("start_date", self.start_edit), ("end_date", self.end_edit)):
            if edit.shown_problem():
                shown.setdefault(field, edit.shown_problem())
        return shown

    def accept(self) -> None:
        unreadable = [f for f in (self.start_edit, self.end_edit) if f.check() is None]
        if unreadable:  # each says why under itself ("There is no 31 February 2027.")
            unreadable[0].setFocus()
            return
        problems = validate_mission(self.draft())
        self._show_problems(problems)
        if problems:
            self._focus(PROBLEM_FIELD[problems[0]])
            return
        super().accept()

    # --- inside -----------------------------------------------------------------------------

    def _show_problems(self, problems: list[Problem]) -> None:
        # The service's sentence, so the dialog and the action say one thing.
        lang = current_language()
        self._errors.show({PROBLEM_FIELD[p]: problem_message(p).text(lang) for p in problems})

    def _clear_error(self, field: str) -> None:
        self._errors.clear(field)

    def _focus(self, field: str) -> None:
        widgets: dict[str, QWidget] = {
            "name": self.name_edit,
            "name_it": self.name_it_edit,
            "name_ja": self.name_ja_edit,
            "host_city": self.city_edit,
            "timezone": self.zone_combo,
            "start_date": self.start_edit,
            "end_date": self.end_edit,
            "organiser": self.organiser_edit,
        }
        widgets[field].setFocus()
