"""An "Export…" button: asks for an .xlsx or .csv file and writes one of the mission's tables
there on the database worker (the same export as ``ponte export``), then says how it went."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QMenu, QPushButton, QWidget

from app.services.exporting import Sheet, export_to
from ui.context import AppContext
from ui.errors import user_message

Say = Callable[[str, bool], None]  # text, is it an error


class ExportButton(QPushButton):
    """Exports ``choices`` (pairs of a table key of ``WHATS`` and its label); with more than
    one, the button opens a menu of them."""

    def __init__(
        self,
        ctx: AppContext,
        choices: Sequence[tuple[str, str]],
        say: Say,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._say = say
        self.setText(self.tr("Export…"))
        self.setToolTip(self.tr("Write this table to an .xlsx or .csv file."))
        if len(choices) == 1:
            what = choices[0][0]
            self.clicked.connect(lambda: self.ask(what))
        else:
            menu = QMenu(self)
            for what, label in choices:
                menu.addAction(label).triggered.connect(lambda _c=False, w=what: self.ask(w))
            self.setMenu(menu)

    def ask(self, what: str) -> None:
        if self.ctx.store is None or self.ctx.mission_id is None:
            return
        path, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Export"),
            str(self.ctx.paths.documents_dir / f"{what}.xlsx"),
            self.tr("Excel workbook (*.xlsx);;CSV, UTF-8 (*.csv)"),
        )
        if path:
            self.export_to_file(what, Path(path))

    def export_to_file(self, what: str, path: Path) -> None:
        """Write the mission's table ``what`` (all of it, whatever a page's filter shows)."""
        store, mission_id = self.ctx.store, self.ctx.mission_id
        if store is None or mission_id is None:
            return
        if not path.suffix:
            path = path.with_suffix(".xlsx")
        self.setEnabled(False)
        self.ctx.runner.run(
            lambda: export_to(path, store, mission_id, [what]),
            on_done=lambda sheets: self._exported(path, sheets),
            on_error=self._failed,
        )

    def _exported(self, path: Path, sheets: tuple[Sheet, ...]) -> None:
        self.setEnabled(True)
        rows = sum(len(s.rows) for s in sheets)
        self._say(self.tr("Exported %n row(s) to {path}.", "", rows).format(path=path), False)

    def _failed(self, exc: BaseException) -> None:
        self.setEnabled(True)
        self._say(self.tr("Could not export: {reason}").format(reason=user_message(exc)), True)
