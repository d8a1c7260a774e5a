"""The conflict dialog: a save refused because someone else changed the record since it was
opened (:class:`app.core.conflicts.StaleRecord`). Each field that differs is shown as it was
when the coordinator opened the record, as the other coordinator saved it, and as typed here,
with a choice between theirs and yours (theirs first where the coordinator did not touch the
field, yours where they did). "Save the chosen values" saves against the new version (which
may be refused again if it moved once more); Cancel keeps the form exactly as typed."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QFrame,
    QGridLayout,
    QLabel,
    QRadioButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from app.core.conflicts import FieldDifference, StaleRecord


class ConflictDialog(QDialog):
    """Choose, field by field, between the other coordinator's values and yours."""

    def __init__(
        self,
        refused: StaleRecord,
        label_of: Callable[[str], str | None],
        text_of: Callable[[str, Any], str],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("conflict_dialog")
        self.setWindowTitle(self.tr("Changed by someone else"))
        self.refused = refused
        self._groups: dict[str, tuple[QButtonGroup, FieldDifference]] = {}
        self.theirs_buttons: dict[str, QRadioButton] = {}
        self.yours_buttons: dict[str, QRadioButton] = {}

        intro = QLabel(self._intro(), self)
        intro.setObjectName("conflict_message")
        intro.setWordWrap(True)

        grid_holder = QWidget(self)
        grid = QGridLayout(grid_holder)
        grid.setHorizontalSpacing(18)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(2, 1)
        grid.setColumnStretch(3, 1)
        headings = [
            self.tr("Field"),
            self.tr("When you opened it"),
            self._theirs_heading(),
            self.tr("Yours"),
        ]
        for column, text in enumerate(headings):
            heading = QLabel(text, grid_holder)
            font = heading.font()
            font.setBold(True)
            heading.setFont(font)
            heading.setWordWrap(True)
            grid.addWidget(heading, 0, column, Qt.AlignmentFlag.AlignBottom)
        line = QFrame(grid_holder)
        line.setFrameShape(QFrame.Shape.HLine)
        line.setFrameShadow(QFrame.Shadow.Sunken)
        grid.addWidget(line, 1, 0, 1, 4)

        row = 2
        for difference in refused.differences:
            label = label_of(difference.field)
            if label is None:  # not on this form: it takes its default (theirs if untouched)
                continue
            name = difference.field
            grid.addWidget(QLabel(label, grid_holder), row, 0, Qt.AlignmentFlag.AlignTop)
            base = QLabel(text_of(name, difference.base), grid_holder)
            base.setWordWrap(True)
            base.setEnabled(False)  # greyed: shown for comparison, not a choice
            grid.addWidget(base, row, 1, Qt.AlignmentFlag.AlignTop)
            theirs = QRadioButton(text_of(name, difference.theirs), grid_holder)
            theirs.setObjectName(f"theirs_{name}")
            yours = QRadioButton(text_of(name, difference.yours), grid_holder)
            yours.setObjectName(f"yours_{name}")
            group = QButtonGroup(self)
            group.addButton(theirs)
            group.addButton(yours)
            (yours if difference.you_changed else theirs).setChecked(True)
            grid.addWidget(theirs, row, 2, Qt.AlignmentFlag.AlignTop)
            grid.addWidget(yours, row, 3, Qt.AlignmentFlag.AlignTop)
            self._groups[name] = (group, difference)
            self.theirs_buttons[name] = theirs
            self.yours_buttons[name] = yours
            row += 1
        grid.setRowStretch(row, 1)

        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(grid_holder)

        self.buttons = QDialogButtonBox(self)
        self.save_button = self.buttons.addButton(
            self.tr("Save the chosen values"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.save_button.setObjectName("save_chosen")
        self.save_button.setDefault(True)
        self.cancel_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.cancel_button.setToolTip(self.tr("Nothing is saved; the form keeps what you typed."))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.buttons)
        self.resize(760, min(220 + 44 * len(self._groups), 640))

    def _intro(self) -> str:
        # The service's sentence names the fields as the command line knows them; the
        # window names them in the table below, with their labels.
        who = self.refused.who
        if who:
            text = self.tr(
                "{who} changed this record after you opened it. Nothing was saved yet: "
                "choose, for each field, which value to keep."
            ).format(who=who)
        else:
            text = self.tr(
                "Someone else changed this record after you opened it. Nothing was saved "
                "yet: choose, for each field, which value to keep."
            )
        return text

    def _theirs_heading(self) -> str:
        who, when = self.refused.who, self.refused.when
        if who and when is not None:
            stamp = when.astimezone().strftime("%Y-%m-%d %H:%M %Z")  # this computer's time, named
            return self.tr("Theirs ({who}, {when})").format(who=who, when=stamp)
        if who:
            return self.tr("Theirs ({who})").format(who=who)
        return self.tr("Theirs (saved meanwhile)")

    def choices(self) -> dict[str, Any]:
        """The value chosen for each field shown (field name → value)."""
        return {
            name: difference.theirs if self.theirs_buttons[name].isChecked() else difference.yours
            for name, (_group, difference) in self._groups.items()
        }


def plain_text(_field: str, value: object) -> str:
    """A value as a conflict dialog shows it when the form has no widget to ask."""
    if value is None or value == "" or value == ():
        return "—"
    if isinstance(value, tuple | list | frozenset | set):
        return ", ".join(str(v) for v in value)
    if hasattr(value, "isoformat"):
        return str(value.isoformat())
    return str(value)


def ask_conflict(
    parent: QWidget,
    refused: StaleRecord,
    label_of: Callable[[str], str | None],
    answered: Callable[[dict[str, Any] | None], object],
    text_of: Callable[[str, Any], str] = plain_text,
) -> ConflictDialog:
    """Open the dialog (window-modal, not blocking); ``answered(choices)`` when the
    coordinator chose (None: Cancel)."""
    dialog = ConflictDialog(refused, label_of, text_of, parent)

    def finished(result: int) -> None:
        choices = dialog.choices() if result == QDialog.DialogCode.Accepted else None
        dialog.deleteLater()
        answered(choices)

    dialog.finished.connect(finished)
    dialog.open()
    return dialog
