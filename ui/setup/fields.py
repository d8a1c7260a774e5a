"""Small pieces the set-up forms share: a field with its inline error under it, a zone
chooser, a date field, and name fields whose Italian and Japanese placeholders show the
English fallback."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from app.services.missions import zone_choices
from ui.forms.date_fields import DateField
from ui.forms.fields import error_label


class InlineErrors:
    """The error labels of a form, one under each field, by field name (object names
    ``<prefix>_error_<field>``, or ``error_<field>`` without a prefix)."""

    def __init__(self, prefix: str) -> None:
        self.prefix = prefix
        self.labels: dict[str, QLabel] = {}

    def wrap(self, field: str, widget: QWidget) -> QWidget:
        box = QWidget()
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(widget)
        label = error_label(f"{self.prefix}_error_{field}" if self.prefix else f"error_{field}")
        layout.addWidget(label)
        self.labels[field] = label
        return box

    def show(self, errors: dict[str, str]) -> None:
        """Show these errors (field → text) and hide every other."""
        for field, label in self.labels.items():
            text = errors.get(field)
            label.setText(text or "")
            label.setVisible(bool(text))

    def clear(self, field: str | None = None) -> None:
        for name, label in self.labels.items():
            if field is None or name == field:
                label.hide()

    def shown(self) -> dict[str, str]:
        return {f: label.text() for f, label in self.labels.items() if not label.isHidden()}


def zone_combo(object_name: str) -> QComboBox:
    """An editable chooser of IANA zones (Asia/Tokyo and Europe/Rome first); what is typed
    is checked by the action, so a wrong name is said, not silently replaced."""
    combo = QComboBox()
    combo.setObjectName(object_name)
    combo.setEditable(True)
    combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
    combo.addItems(zone_choices())
    completer = QCompleter(combo.model(), combo)
    completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    completer.setFilterMode(Qt.MatchFlag.MatchContains)
    combo.setCompleter(completer)
    return combo


def set_zone(combo: QComboBox, zone: str) -> None:
    index = combo.findText(zone)
    if index >= 0:
        combo.setCurrentIndex(index)
    else:
        combo.setEditText(zone)


def date_edit(object_name: str, value: date | None = None) -> DateField:
    """The shared date field: a whole date typed is read whole, a date that does not exist
    is said under the field (never replaced by another)."""
    edit = DateField(value)
    edit.setObjectName(object_name)
    edit.edit.setObjectName(f"{object_name}_text")
    return edit


def set_day(edit: DateField, value: date) -> None:
    edit.setDate(value)


def day_of(edit: DateField) -> date | None:
    """The date shown, or None while the field holds no date (its problem is shown)."""
    return edit.date()


def line(object_name: str, max_length: int = 201) -> QLineEdit:
    edit = QLineEdit()
    edit.setObjectName(object_name)
    edit.setMaxLength(max_length)
    return edit


class FallbackNames:
    """The English, Italian and Japanese name fields of one thing: an empty Italian or
    Japanese field shows the English name it falls back to as its placeholder."""

    def __init__(self, prefix: str, fallback_hint: str) -> None:
        self.en = line(f"{prefix}_name")
        self.it = line(f"{prefix}_name_it")
        self.ja = line(f"{prefix}_name_ja")
        self._hint = fallback_hint  # e.g. "As in English: {name}"
        self.en.textChanged.connect(self._placeholders)
        self._placeholders()

    def _placeholders(self) -> None:
        text = self.en.text().strip()
        hint = self._hint.format(name=text) if text else ""
        self.it.setPlaceholderText(hint)
        self.ja.setPlaceholderText(hint)

    def add_rows(
        self, form: QFormLayout, errors: InlineErrors, labels: tuple[str, str, str]
    ) -> None:
        for field, label, widget in zip(
            ("name", "name_it", "name_ja"), labels, (self.en, self.it, self.ja), strict=True
        ):
            form.addRow(label, errors.wrap(field, widget))

    def set(self, en: str, it: str | None, ja: str | None) -> None:
        self.en.setText(en)
        self.it.setText(it or "")
        self.ja.setText(ja or "")

    def values(self) -> tuple[str, str | None, str | None]:
        return self.en.text(), self.it.text() or None, self.ja.text() or None
