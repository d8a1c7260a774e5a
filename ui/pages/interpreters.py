"""The interpreters page: who interprets (names in both scripts, languages), the B2B sessions
each works, and their breaks and other unavailability on a day timeline."""

from __future__ import annotations

from dataclasses import dataclass

import shiboken6
from PySide6.QtWidgets import QGroupBox, QLabel, QVBoxLayout, QWidget

from app.common.wording import Message
from app.core.changes import Changes
from app.services import interpreters as service
from app.services.database import Store
from app.services.interpreters import InterpreterData, InterpreterRow, SessionChoice
from app.services.record_lists import interpreter_rows
from ui.context import AppContext
from ui.forms.editor import EditorTexts
from ui.forms.interpreter import InterpreterForm
from ui.i18n import current_language
from ui.models.interpreters import COL_NAME, InterpreterTableModel
from ui.pages.records import RecordPage
from ui.undo import RecordOps
from ui.widgets.day_timeline import DayTimeline


@dataclass(frozen=True)
class _Loaded:
    rows: list[InterpreterRow]
    sessions: list[SessionChoice]


class InterpretersPage(RecordPage[InterpreterRow, InterpreterData, _Loaded]):
    """Interpreters beside their form; below, the selected one's days (breaks, visits)."""

    page_id = "interpreters"
    export_what = "participants"  # (the button is hidden: interpreters are participants)
    ops = RecordOps(
        get=service.get_interpreter,
        load=service.load_interpreter,
        create=service.create_interpreter,
        update=service.update_interpreter,
        delete=service.delete_interpreter,
        restore=service.restore_interpreter,
    )
    sort_column = COL_NAME
    prepare_off_thread = False  # the sessions' names come with the rows: a handful of rows

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.side_filter.hide()  # an interpreter serves both sides
        self.export_button.hide()
        self.warnings = QLabel(self)
        self.warnings.setObjectName("interpreterWarnings")
        self.warnings.setWordWrap(True)
        self.warnings.setStyleSheet("color: #8a5a00;")
        self.warnings.hide()
        self.days_box = QGroupBox(self.tr("Breaks and other times they cannot interpret"), self)
        self.timeline = DayTimeline(ctx, self.days_box)
        box = QVBoxLayout(self.days_box)
        box.addWidget(self.timeline)
        layout = self.layout()
        assert isinstance(layout, QVBoxLayout)
        layout.insertWidget(2, self.warnings)
        layout.addWidget(self.days_box)
        self.table.selectionModel().selectionChanged.connect(self._show_person)
        self.editor.saved.connect(self._check_warnings)
        # what the warnings compare with (the delegates' languages, the sessions) may have
        # changed elsewhere, e.g. by an import: say them again after each reload
        self.loader.loaded.connect(lambda _result: self._recheck_warnings())
        self.timeline.reason_edit.setPlaceholderText(self.tr("e.g. break, lunch"))

    def title(self) -> str:
        return self.tr("Interpreters")

    def create_model(self) -> InterpreterTableModel:
        self.interpreter_model = InterpreterTableModel(language=current_language())
        return self.interpreter_model

    def create_form(self) -> InterpreterForm:
        self.interpreter_form = InterpreterForm()
        return self.interpreter_form

    def editor_texts(self) -> EditorTexts:
        return EditorTexts(
            new_heading=self.tr("New interpreter"),
            empty_heading=self.tr("Select an interpreter, or add one."),
            add_command=self.tr("Add interpreter “{name}”"),
            edit_command=self.tr("Edit interpreter “{name}”"),
            discard_question=self.tr("Discard your changes to “{name}”?"),
        )

    @staticmethod
    def fetch(store: Store, mission_id: int) -> _Loaded:
        return _Loaded(
            service.list_interpreters(store, mission_id),
            service.list_session_choices(store, mission_id),
        )

    @staticmethod
    def fetch_rows(store: Store, mission_id: int, ids: list[int]) -> list[InterpreterRow]:
        return interpreter_rows(store, mission_id, ids)

    def is_example(self, row: InterpreterRow) -> bool:
        return bool(row.kanji_name and row.breaks)

    def record_name(self, data: InterpreterData) -> str:
        latin = f"{data.given_name} {data.family_name}".strip()
        kanji = f"{data.family_name_kanji or ''} {data.given_name_kanji or ''}".strip()
        return f"{latin} ({kanji})" if latin and kanji else latin or kanji

    def apply_loaded(self, result: _Loaded) -> list[InterpreterRow]:
        lang = current_language()
        self.interpreter_model.session_names = {s.id: s.names.in_(lang) for s in result.sessions}
        self.interpreter_form.set_sessions(result.sessions)
        return result.rows

    def concerns(self, changes: Changes) -> bool:
        return changes.participants or changes.b2b or changes.missions

    def delete_question(self, row: InterpreterRow) -> str:
        name = f"{row.latin_name} ({row.kanji_name})" if row.kanji_name else row.latin_name
        return (
            self.tr("Remove interpreter “{name}”?").format(name=name)
            + "\n"
            + self.tr(
                "Their breaks go with them; their meetings stay, without an interpreter. "
                "You can undo this."
            )
        )

    def delete_command_text(self, row: InterpreterRow) -> str:
        return self.tr("Remove interpreter “{name}”").format(name=row.latin_name)

    def blank_record(self) -> InterpreterData:
        return InterpreterData(family_name="")

    # --- the selected interpreter's days and warnings ------------------------------------

    def _show_person(self, *_args: object) -> None:
        row = self.current_row()
        self.timeline.set_person(row.participant_id if row is not None else None)
        self._check_warnings(row.id if row is not None else None)

    def _recheck_warnings(self) -> None:
        row = self.current_row()
        self._check_warnings(row.id if row is not None else None)

    def _check_warnings(self, interpreter_id: int | None) -> None:
        store = self.ctx.store
        if store is None or interpreter_id is None:
            self.warnings.hide()
            return
        self.ctx.runner.run(
            lambda: service.interpreter_warnings(store, interpreter_id),
            on_done=self._show_warnings,
            on_error=lambda _exc: self._show_warnings(()),
        )

    def _show_warnings(self, warnings: tuple[Message, ...]) -> None:
        if not shiboken6.isValid(self.warnings):  # the page was closed meanwhile
            return
        lang = current_language()
        texts = [w.text(lang) for w in warnings]
        self.warnings.setText("\n".join(f"⚠ {t}" for t in texts))
        self.warnings.setVisible(bool(texts))
