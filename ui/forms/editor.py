"""A record's form with Save and Revert: loads the record, saves it as an undoable command,
and shows validation errors next to the fields without losing what was typed."""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from typing import Generic, TypeVar

import shiboken6
from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from app.core.conflicts import ChangedMeanwhile, Loaded, StaleRecord
from app.core.errors import NotFound
from app.core.row_snapshots import Created, Updated
from app.core.validation import ValidationError
from ui.context import AppContext
from ui.dialogs.conflict import ConflictDialog
from ui.errors import failure_text
from ui.forms.fields import RecordForm
from ui.forms.messages import field_messages
from ui.undo import CreateCommand, EditCommand, RecordOps

log = logging.getLogger(__name__)

D = TypeVar("D")  # the record's editable values (OrganisationData, ParticipantData …)


@dataclass(frozen=True)
class EditorTexts:
    """Translated texts for one kind of record; ``{name}`` is the record's name."""

    new_heading: str  # "New organisation"
    empty_heading: str  # "Select an organisation, or add one."
    add_command: str  # "Add organisation “{name}”"
    edit_command: str  # "Edit organisation “{name}”"
    discard_question: str  # "Discard your changes to “{name}”?"


class RecordEditor(QWidget, Generic[D]):
    """Edits one record of ``ops`` in ``form``; ``saved(id)`` after a successful save."""

    saved = Signal(int)
    busy_changed = Signal(bool)

    def __init__(
        self,
        ctx: AppContext,
        form: RecordForm[D],
        ops: RecordOps[D],
        texts: EditorTexts,
        name_of: Callable[[D], str],
        blank: Callable[[], D],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._ctx, self.form, self._ops, self._texts = ctx, form, ops, texts
        self._name_of, self._blank = name_of, blank
        self._record_id: int | None = None
        self._new = False
        self._loaded: D | None = None  # what Revert goes back to
        # The values and version the form was loaded with: a save is checked against it, so
        # that another coordinator's change since is never overwritten unseen.
        self._base: Loaded[D] | None = None
        self.conflict_dialog: ConflictDialog | None = None  # open while one is asked
        self._dirty = False
        self._busy = False
        self._generation = 0

        self.heading = QLabel(self)
        font = self.heading.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.15)
        self.heading.setFont(font)
        self.scroll_area = QScrollArea(self)
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setFrameShape(QFrame.Shape.NoFrame)
        # The form sits at the top of the scroll area; spare height goes below it, not between rows.
        holder = QWidget(self.scroll_area)
        holder_layout = QVBoxLayout(holder)
        holder_layout.setContentsMargins(0, 0, 0, 0)
        holder_layout.addWidget(form)
        holder_layout.addStretch(1)
        self.scroll_area.setWidget(holder)
        self.revert_button = QPushButton(self.tr("Revert"), self)
        self.save_button = QPushButton(self.tr("Save"), self)
        self.save_button.setDefault(True)

        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.revert_button)
        buttons.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.heading)
        layout.addWidget(self.scroll_area, 1)
        layout.addLayout(buttons)

        form.changed.connect(self._on_changed)
        self.save_button.clicked.connect(self.save)
        self.revert_button.clicked.connect(self.revert)
        self.clear()

    # --- state -------------------------------------------------------------------------

    def record_id(self) -> int | None:
        return self._record_id

    def is_new(self) -> bool:
        return self._new

    def is_dirty(self) -> bool:
        return self._dirty

    def is_busy(self) -> bool:
        return self._busy

    def _set_busy(self, busy: bool) -> None:
        if busy != self._busy:
            self._busy = busy
            self.busy_changed.emit(busy)
        self._update_controls()

    def _set_dirty(self, dirty: bool) -> None:
        self._dirty = dirty
        self._update_controls()

    def _update_controls(self) -> None:
        active = self._new or self._record_id is not None
        # The form stays enabled while saving: disabling it would throw the focus elsewhere.
        self.form.setEnabled(active)
        self.save_button.setEnabled(active and self._dirty and not self._busy)
        self.revert_button.setEnabled(active and self._dirty and not self._busy)

    def _on_changed(self) -> None:
        if not self._dirty:
            self._set_dirty(True)

    # --- what the page asks ------------------------------------------------------------

    def clear(self) -> None:
        """Nothing selected: an empty, disabled form."""
        self._generation += 1
        self._record_id, self._new, self._loaded, self._base = None, False, None, None
        self.form.load(self._blank())  # nothing of a deleted record stays on screen
        self.heading.setText(self._texts.empty_heading)
        self._set_busy(False)
        self._set_dirty(False)

    def edit(self, record_id: int, *, force: bool = False) -> None:
        """Load record ``record_id`` into the form (again, if ``force``)."""
        store = self._ctx.store
        if store is None or (record_id == self._record_id and not self._new and not force):
            return
        self._generation += 1
        generation = self._generation
        self._record_id, self._new = record_id, False
        self._set_busy(True)
        load = self._ops.load
        self._ctx.runner.run(
            lambda: load(store, record_id),
            on_done=lambda loaded: self._loaded_record(generation, loaded),
            on_error=lambda exc: self._load_failed(generation, exc),
        )

    def start_new(self, data: D | None = None) -> None:
        """A blank record (or ``data``) that Save will add."""
        data = self._blank() if data is None else data
        self._generation += 1
        self._record_id, self._new, self._loaded, self._base = None, True, data, None
        self.heading.setText(self._texts.new_heading)
        self.form.load(data)
        self._set_busy(False)
        self._set_dirty(True)

    def confirm_discard(self) -> bool:
        """True when there are no unsaved changes or the user agrees to drop them."""
        if not self._dirty or self._loaded is None:
            return True
        name = self._name_of(self.form.value()) or self._texts.new_heading
        answer = QMessageBox.question(
            self,
            self.tr("Unsaved changes"),
            self._texts.discard_question.format(name=name),
            QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        return answer == QMessageBox.StandardButton.Discard

    def revert(self) -> None:
        """Back to the values last loaded (or the blank record)."""
        if self._loaded is not None:
            self.form.load(self._loaded)
            self._set_dirty(self._new)

    def save(self) -> None:
        store, mission_id = self._ctx.store, self._ctx.mission_id
        if self._busy or store is None or mission_id is None:
            return
        if not self._new and self._record_id is None:
            return
        data = self.form.value()
        self.form.clear_errors()
        self._generation += 1
        generation = self._generation
        self._set_busy(True)
        ops = self._ops
        if self._new:

            def create() -> tuple[Created, Loaded[D]]:
                created = ops.create(store, mission_id, data)
                return created, ops.load(store, created.id)

            self._ctx.runner.run(
                create,
                on_done=lambda result: self._created(generation, *result),
                on_error=lambda exc: self._save_failed(generation, exc),
            )
            return
        record_id, base = self._record_id, self._base
        assert record_id is not None and base is not None

        def update() -> tuple[Updated[D], Loaded[D]]:
            updated = ops.update(store, record_id, data, base=base)
            return updated, ops.load(store, record_id)

        self._ctx.runner.run(
            update,
            on_done=lambda result: self._updated(generation, record_id, *result),
            on_error=lambda exc: self._save_failed(generation, exc, data),
        )

    # --- answers from the worker -------------------------------------------------------

    def _current(self, generation: int) -> bool:
        return shiboken6.isValid(self) and generation == self._generation

    def _loaded_record(self, generation: int, loaded: Loaded[D]) -> None:
        if not self._current(generation):
            return
        self._show(loaded)

    def _show(self, loaded: Loaded[D]) -> None:
        data = loaded.values
        self._loaded, self._base = data, loaded
        self.heading.setText(self._name_of(data))
        self.form.load(data)
        self._set_busy(False)
        self._set_dirty(False)

    def _load_failed(self, generation: int, exc: BaseException) -> None:
        if not self._current(generation):
            return
        if isinstance(exc, NotFound):
            self.clear()
            return
        self._set_busy(False)
        self.form.show_general_error(failure_text(exc))

    def _created(self, generation: int, created: Created, data: Loaded[D]) -> None:
        text = self._texts.add_command.format(name=self._name_of(data.values))
        self._ctx.undo.push(CreateCommand(self._ctx, text, self._ops, created.id, data.version))
        self._ctx.bus.announce(created.changes, self)
        if not self._current(generation):
            return
        self._record_id, self._new = created.id, False
        self._show(data)
        self.saved.emit(created.id)

    def _updated(
        self, generation: int, record_id: int, updated: Updated[D], data: Loaded[D]
    ) -> None:
        text = self._texts.edit_command.format(name=self._name_of(data.values))
        saved = updated.saved if updated.saved is not None else data
        self._ctx.undo.push(
            EditCommand(self._ctx, text, self._ops, record_id, updated.previous, saved)
        )
        self._ctx.bus.announce(updated.changes, self)
        if not self._current(generation):
            return
        self._show(data)
        self.saved.emit(record_id)

    def _save_failed(self, generation: int, exc: BaseException, data: D | None = None) -> None:
        if not self._current(generation):
            return
        self._set_busy(False)
        if isinstance(exc, StaleRecord) and data is not None:
            self._ask_conflict(exc, data)
            return
        if isinstance(exc, ChangedMeanwhile):
            self.form.show_general_error(failure_text(exc))
            return
        if isinstance(exc, ValidationError):
            first = self.form.show_errors(field_messages(exc))
            if first is not None:
                self.scroll_area.ensureWidgetVisible(first)
                first.setFocus()
            return
        if isinstance(exc, NotFound):
            self.form.show_general_error(
                self.tr("This record was deleted meanwhile; your changes were not saved.")
            )
            return
        reason = failure_text(exc)
        self.form.show_general_error(self.tr("Could not save: {reason}").format(reason=reason))

    # --- someone else saved the record meanwhile -----------------------------------------

    def _ask_conflict(self, refused: StaleRecord, typed: D) -> None:
        """Show both versions; save the chosen values against the new version, or (Cancel)
        keep the form as typed, unsaved, with the old base (saving again asks again)."""
        dialog = ConflictDialog(refused, self.form.field_label, self.form.field_text, self.window())
        self.conflict_dialog = dialog
        generation = self._generation

        def answered(result: int) -> None:
            self.conflict_dialog = None
            dialog.deleteLater()
            if not self._current(generation):
                return
            if result != ConflictDialog.DialogCode.Accepted:
                self.form.show_general_error(
                    self.tr(
                        "Not saved: someone else changed this record meanwhile. Your changes "
                        "are still in the form; Save compares them again."
                    )
                )
                return
            chosen = refused.chosen(typed, dialog.choices())
            self._base = refused.theirs
            self._loaded = refused.theirs.values  # Revert now goes back to their version
            self.form.load(chosen)
            self._set_dirty(True)
            self.save()

        dialog.finished.connect(answered)
        dialog.open()
