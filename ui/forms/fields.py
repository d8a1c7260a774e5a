"""Building blocks of the edit forms: a form with an error line under each field, and a few
input widgets (choice of a record by id, of an enum member, a checkable list)."""

from __future__ import annotations

from collections.abc import Iterator, Mapping, Sequence
from contextlib import contextmanager
from enum import Enum
from typing import Generic, TypeVar

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QSize, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QCompleter,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

ERROR_STYLE = "color: #b00020;"
translate = QCoreApplication.translate  # lupdate finds calls named "translate"


def error_label(object_name: str, parent: QWidget | None = None) -> QLabel:
    """A problem's label: red, wrapped, hidden until there is something to say."""
    label = QLabel(parent)
    label.setObjectName(object_name)
    label.setStyleSheet(ERROR_STYLE)
    label.setWordWrap(True)
    label.setVisible(False)
    return label


D = TypeVar("D")  # the values a form edits (a record's data dataclass)
E = TypeVar("E", bound=Enum)


class IdCombo(QComboBox):
    """Choose one record (or none); the item data is the record id."""

    def set_choices(self, choices: Sequence[tuple[int | None, str]]) -> None:
        """Replace the choices, keeping the current one (this is not an edit: no signals)."""
        current = self.current_id()
        blocked = self.blockSignals(True)
        try:
            self.clear()
            for record_id, label in choices:
                self.addItem(label, record_id)
            self.set_current_id(current)
        finally:
            self.blockSignals(blocked)

    def current_id(self) -> int | None:
        value = self.currentData()
        return int(value) if value is not None else None

    def set_current_id(self, record_id: int | None) -> None:
        index = self.findData(record_id) if record_id is not None else self._none_index()
        if index < 0 and record_id is not None:
            # Not offered (yet): show the id rather than silently picking another record.
            self.addItem(f"#{record_id}", record_id)
            index = self.count() - 1
        self.setCurrentIndex(max(index, 0))

    def _none_index(self) -> int:
        for i in range(self.count()):
            if self.itemData(i) is None:
                return i
        return -1


class SearchIdCombo(IdCombo):
    """An :class:`IdCombo` for long lists (a mission's 100+ organisations): type any part of
    a name, in Latin letters or in Japanese, and choose among the records that contain it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)  # typing never adds a record
        completer = QCompleter(self.model(), self)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        completer.setMaxVisibleItems(12)
        self.setCompleter(completer)
        self.search = completer
        line = self.lineEdit()
        assert line is not None  # editable
        self.line = line
        line.setPlaceholderText(self.tr("Type to search…"))
        line.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # Leaving the field with half a name typed shows the record that is chosen again.
        if watched is self.line and event.type() == QEvent.Type.FocusOut:
            popup = self.search.popup()
            if popup is None or not popup.isVisible():
                self.show_chosen()
        return super().eventFilter(watched, event)

    def show_chosen(self) -> None:
        """Put the chosen record's name back in the field (after a search led nowhere)."""
        self.line.setText(self.itemText(self.currentIndex()))


class EnumCombo(QComboBox, Generic[E]):
    """Choose one member of enum ``kind``, shown with translated labels."""

    def __init__(self, kind: type[E], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._kind = kind

    def set_items(self, items: Sequence[tuple[E, str]]) -> None:
        for value, label in items:
            self.addItem(label, value)

    def value(self) -> E:
        # Qt hands a StrEnum member back as its plain text: make it the member again.
        return self._kind(self.currentData())

    def set_value(self, value: E) -> None:
        index = self.findData(value)
        self.setCurrentIndex(max(index, 0))


class CheckList(QListWidget, Generic[E]):
    """Checkable members of enum ``kind`` flowing in columns; the item data is the value."""

    def __init__(self, kind: type[E], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._kind = kind
        self.setFlow(QListWidget.Flow.LeftToRight)
        self.setWrapping(True)
        self.setResizeMode(QListWidget.ResizeMode.Adjust)
        self.setSelectionMode(QListWidget.SelectionMode.NoSelection)

    def set_items(self, items: Sequence[tuple[E, str]]) -> None:
        self.clear()
        metrics = self.fontMetrics()
        widest = max((metrics.horizontalAdvance(label) for _v, label in items), default=0)
        # One column width for all, so that translated labels line up and are never cut.
        self.setGridSize(QSize(widest + 36, metrics.height() + 6))
        for value, label in items:
            item = QListWidgetItem(label, self)
            item.setData(Qt.ItemDataRole.UserRole, value)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)

    def checked(self) -> list[E]:
        # Qt hands a StrEnum member back as its plain text: make it the member again.
        return [
            self._kind(self.item(i).data(Qt.ItemDataRole.UserRole))
            for i in range(self.count())
            if self.item(i).checkState() == Qt.CheckState.Checked
        ]

    def set_checked(self, values: Sequence[E]) -> None:
        wanted = set(values)
        for i in range(self.count()):
            item = self.item(i)
            state = item.data(Qt.ItemDataRole.UserRole) in wanted
            item.setCheckState(Qt.CheckState.Checked if state else Qt.CheckState.Unchecked)


class RecordForm(QWidget, Generic[D]):
    """A QFormLayout whose fields each have an error line beneath them.

    Subclasses add fields with :meth:`add_field` under the services' field names, and
    implement ``load(data)`` and ``value()``. ``changed`` is emitted when the user edits
    anything (not while :meth:`loading` fills the form in).
    """

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.form = QFormLayout(self)
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.general_error = self._error_label("error_")
        self.form.addRow(self.general_error)
        self._widgets: dict[str, QWidget] = {}
        self._errors: dict[str, QLabel] = {}
        self._labels: dict[str, str] = {}
        self._loading = False

    # --- building ----------------------------------------------------------------------

    def add_field(self, name: str, label: str, widget: QWidget) -> QWidget:
        """A row: the label, then the widget with its error line."""
        self.form.addRow(self._label(label, widget), self._cell(name, widget))
        self._labels[name] = label.replace("&", "").rstrip(":")
        return widget

    def add_pair(
        self, label: str, first: tuple[str, QLineEdit, str], second: tuple[str, QLineEdit, str]
    ) -> None:
        """Two short fields on one row (e.g. family and given name), each with its error."""
        row = QWidget(self)
        box = QHBoxLayout(row)
        box.setContentsMargins(0, 0, 0, 0)
        for name, widget, placeholder in (first, second):
            widget.setPlaceholderText(placeholder)
            widget.setToolTip(placeholder)
            widget.setAccessibleName(f"{label}: {placeholder}")
            box.addWidget(self._cell(name, widget), 1, Qt.AlignmentFlag.AlignTop)
            self._labels[name] = f"{label.replace('&', '').rstrip(':')}: {placeholder}"
        self.form.addRow(self._label(label, first[1]), row)

    def _label(self, text: str, buddy: QWidget) -> QLabel:
        label = QLabel(text, self)
        label.setBuddy(buddy)
        return label

    def _cell(self, name: str, widget: QWidget) -> QWidget:
        cell = QWidget(self)
        box = QVBoxLayout(cell)
        box.setContentsMargins(0, 0, 0, 0)
        box.setSpacing(2)
        box.addWidget(widget)
        error = self._error_label(f"error_{name}")
        box.addWidget(error)
        widget.setObjectName(name)
        self._widgets[name] = widget
        self._errors[name] = error
        self._watch(widget)
        return cell

    def _error_label(self, object_name: str) -> QLabel:
        return error_label(object_name, self)

    def _watch(self, widget: QWidget) -> None:
        if isinstance(widget, QLineEdit | QPlainTextEdit):
            widget.textChanged.connect(self._edited)
        elif isinstance(widget, QComboBox):
            widget.currentIndexChanged.connect(self._edited)
        elif isinstance(widget, QSpinBox):
            widget.valueChanged.connect(self._edited)
        elif isinstance(widget, QCheckBox):
            widget.toggled.connect(self._edited)
        elif isinstance(widget, QListWidget):
            widget.itemChanged.connect(self._edited)

    def _edited(self, *_args: object) -> None:
        if not self._loading:
            self.changed.emit()

    @contextmanager
    def loading(self) -> Iterator[None]:
        """Fill the form in without it counting as the user's edit."""
        self._loading = True
        try:
            yield
        finally:
            self._loading = False

    # --- errors ------------------------------------------------------------------------

    def show_errors(self, messages: Mapping[str, str]) -> QWidget | None:
        """Show each message under its field (others at the top); returns the first field."""
        self.clear_errors()
        first: QWidget | None = None
        general: list[str] = []
        for name, text in messages.items():
            label = self._errors.get(name)
            if label is None:
                general.append(text)
                continue
            label.setText(text)
            label.setVisible(True)
            if first is None:
                first = self._widgets[name]
        if general:
            self.general_error.setText("\n".join(general))
            self.general_error.setVisible(True)
        return first

    def show_general_error(self, text: str) -> None:
        self.general_error.setText(text)
        self.general_error.setVisible(bool(text))

    def clear_errors(self) -> None:
        for label in [*self._errors.values(), self.general_error]:
            label.clear()
            label.setVisible(False)

    def error_text(self, name: str) -> str:
        """The message shown under field ``name`` ("" if none)."""
        label = self._errors.get(name) if name else self.general_error
        return label.text() if label is not None else ""

    def field(self, name: str) -> QWidget:
        return self._widgets[name]

    def focus_first(self) -> None:
        """Put the cursor in the first field (after Add)."""
        for widget in self._widgets.values():
            widget.setFocus(Qt.FocusReason.OtherFocusReason)
            return

    # --- one field's label and value, as the conflict dialog shows them --------------------

    def field_label(self, name: str) -> str | None:
        """The label of field ``name`` as the form shows it (None: not on the form)."""
        return self._labels.get(name)

    def field_text(self, name: str, value: object) -> str:
        """``value`` of field ``name`` as the form's widget would show it: a record's or an
        enum member's label rather than its id, the checked items of a list."""
        widget = self._widgets.get(name)
        if value is None or value == "" or value == ():
            return "—"
        if isinstance(widget, QComboBox):
            index = widget.findData(value)
            if index >= 0:
                return widget.itemText(index)
        if isinstance(widget, QListWidget) and isinstance(value, tuple | list):
            labels = {
                widget.item(i).data(Qt.ItemDataRole.UserRole): widget.item(i).text()
                for i in range(widget.count())
            }
            return ", ".join(str(labels.get(v, v)) for v in value)
        if isinstance(value, bool):
            return translate("RecordForm", "Yes") if value else translate("RecordForm", "No")
        if isinstance(value, Enum):
            return str(value.value)
        if isinstance(value, tuple | list):
            return ", ".join(str(v) for v in value)
        return str(value)

    # --- values ------------------------------------------------------------------------

    def load(self, data: D) -> None:
        raise NotImplementedError

    def value(self) -> D:
        raise NotImplementedError


def optional_text(widget: QLineEdit | QPlainTextEdit) -> str | None:
    """The typed text, or None when empty (the services clean it further)."""
    text = widget.toPlainText() if isinstance(widget, QPlainTextEdit) else widget.text()
    return text if text.strip() else None
