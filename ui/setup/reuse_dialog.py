"""Reuse a previous mission's set-up: choose the mission and the new start date, see what
will be copied, then copy it into a new mission (off the UI thread)."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from app.services.missions import MissionRow
from app.services.reuse import ReusePreview, copy_mission, preview_reuse
from ui.context import AppContext
from ui.errors import failure_text
from ui.forms.fields import error_label
from ui.i18n import current_language
from ui.setup.fields import FallbackNames, date_edit, day_of


class ReuseDialog(QDialog):
    """``copied(new mission id)`` once the copy is stored."""

    copied = Signal(int)

    def __init__(
        self,
        ctx: AppContext,
        missions: list[MissionRow],
        parent: QWidget | None = None,
        *,
        current: int | None = None,
        today: date | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("reuse_dialog")
        self.setWindowTitle(self.tr("Reuse a previous mission's set-up"))
        self.setMinimumWidth(520)
        self._preview: ReusePreview | None = None
        self._asked = 0  # the latest preview asked for (older answers are dropped)

        self.source_combo = QComboBox()
        self.source_combo.setObjectName("reuse_source")
        lang = current_language()
        for m in missions:
            self.source_combo.addItem(f"{m.names.in_(lang)} ({m.start_date:%Y-%m-%d})", m.id)
        if current is not None and self.source_combo.findData(current) >= 0:
            self.source_combo.setCurrentIndex(self.source_combo.findData(current))
        chosen = next((m for m in missions if m.id == self.source_combo.currentData()), None)
        first = chosen.start_date if chosen else (today or date.today())
        self.start_edit = date_edit("reuse_start", _a_year_later(first))
        self.names = FallbackNames("reuse", self.tr("As the mission copied"))
        for edit in (self.names.en, self.names.it, self.names.ja):
            edit.setPlaceholderText(self.tr("As the mission copied"))
        self.names.en.textChanged.connect(self._english_named)

        form = QFormLayout()
        form.addRow(self.tr("Copy from:"), self.source_combo)
        form.addRow(self.tr("New start date:"), self.start_edit)
        form.addRow(self.tr("New name (English):"), self.names.en)
        form.addRow(self.tr("New name (Italian):"), self.names.it)
        form.addRow(self.tr("New name (Japanese):"), self.names.ja)
        self.preview_label = QLabel()
        self.preview_label.setObjectName("reuse_preview")
        self.preview_label.setWordWrap(True)
        self.error_label = error_label("reuse_error")
        note = QLabel(
            self.tr(
                "Venues, travel times, delegations, B2B sessions (with their breaks, tables "
                "and delegations taking part) and interpreters are copied; every time moves "
                "by the same number of days and keeps its local time. Organisations, "
                "participants and meeting requests are not copied."
            )
        )
        note.setWordWrap(True)

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("Copy into a new mission"))
        self.ok_button.setObjectName("reuse_copy")
        self.ok_button.setEnabled(False)
        self.buttons.accepted.connect(self._copy)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(note)
        layout.addLayout(form)
        layout.addWidget(self.preview_label)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)

        self.source_combo.currentIndexChanged.connect(lambda _i: self._source_changed())
        self.start_edit.dateChanged.connect(lambda _d: self.refresh_preview())
        self._source_changed()

    def preview(self) -> ReusePreview | None:
        return self._preview

    def refresh_preview(self) -> None:
        """Ask what would be copied (in the background); the answer fills the preview."""
        store, source = self.ctx.store, self.source_combo.currentData()
        self.ok_button.setEnabled(False)
        if store is None or source is None:
            self.preview_label.setText(self.tr("There is no mission to copy from."))
            return
        start = day_of(self.start_edit)
        if start is None:  # the field says what is wrong with what was typed
            return
        self._asked += 1
        asked = self._asked
        self.ctx.runner.run(
            lambda: preview_reuse(store, source, start),
            on_done=lambda p: self._previewed(asked, p),
            on_error=lambda exc: self._failed(asked, exc),
        )

    # --- inside ----------------------------------------------------------------------------

    def _source_changed(self) -> None:
        self.refresh_preview()

    def _english_named(self) -> None:
        hint = self.tr("As in English: {name}").format(name=self.names.en.text().strip())
        for edit in (self.names.it, self.names.ja):
            edit.setPlaceholderText(
                hint if self.names.en.text().strip() else self.tr("As the mission copied")
            )

    def _previewed(self, asked: int, p: ReusePreview) -> None:
        if asked != self._asked:
            return
        self._preview = p
        self.error_label.hide()
        self.preview_label.setText(
            self.tr(
                "New mission from {start} to {end} ({shift} days later). To copy: {venues} "
                "venue(s), {travel} travel time(s), {delegations} delegation(s), {sessions} "
                "B2B session(s) with {breaks} break(s) and {tables} table(s), {interpreters} "
                "interpreter(s)."
            ).format(
                start=f"{p.start_date:%Y-%m-%d}",
                end=f"{p.end_date:%Y-%m-%d}",
                shift=p.shift_days,
                venues=p.venues,
                travel=p.travel_times,
                delegations=p.delegations,
                sessions=p.sessions,
                breaks=p.breaks,
                tables=p.tables,
                interpreters=p.interpreters,
            )
        )
        self.ok_button.setEnabled(True)

    def _failed(self, asked: int, exc: BaseException) -> None:
        if asked != self._asked:
            return
        self._show_error(failure_text(exc))

    def _show_error(self, text: str) -> None:
        self.error_label.setText(text)
        self.error_label.show()
        self.ok_button.setEnabled(False)

    def _copy(self) -> None:
        store, source = self.ctx.store, self.source_combo.currentData()
        if store is None or source is None:
            return
        start = self.start_edit.check()
        if start is None:
            return
        typed, it, ja = self.names.values()
        en = typed.strip() or None
        self.ok_button.setEnabled(False)

        def job() -> int:
            return copy_mission(store, source, start, name=en, name_it=it, name_ja=ja)

        self.ctx.runner.run(
            job, on_done=self._done, on_error=lambda e: self._show_error(failure_text(e))
        )

    def _done(self, new_id: int) -> None:
        self.copied.emit(new_id)
        self.accept()


def _a_year_later(day: date) -> date:
    try:
        return day.replace(year=day.year + 1)
    except ValueError:  # 29 February
        return day.replace(year=day.year + 1, day=28)
