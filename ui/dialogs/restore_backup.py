"""File › Restore from a backup…: the backups Ponte kept of the open file, newest first, with
when each was made, why, and what it holds; the chosen one replaces the file (which is kept
aside first, never deleted)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QDateTime, QLocale, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.services.backups import BackupRow, backups
from ui.context import AppContext

_PATH_ROLE = Qt.ItemDataRole.UserRole


class RestoreBackupDialog(QDialog):
    """Lists the backups of ``target``; :meth:`chosen` is the one to restore once accepted."""

    def __init__(self, ctx: AppContext, target: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.target = target
        self.setWindowTitle(self.tr("Restore from a backup"))
        self.resize(760, 420)
        intro = QLabel(
            self.tr(
                "Backups of {0}, newest first. Ponte makes one when the file opens or the "
                "window closes, if the file changed; each was checked when it was made. The "
                "file now in use is kept aside before the backup replaces it."
            ).format(target)
        )
        intro.setWordWrap(True)
        self.tree = QTreeWidget()
        self.tree.setObjectName("backups")
        self.tree.setRootIsDecorated(False)
        self.tree.setHeaderLabels(
            [
                self.tr("Made"),
                self.tr("Kind"),
                self.tr("Participants"),
                self.tr("Meetings"),
                self.tr("Checked"),
            ]
        )
        self.tree.setColumnWidth(0, 200)
        self.empty = QLabel(self.tr("Ponte has not made a backup of this file yet."))
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.restore_button = QPushButton(self.tr("&Restore"))
        self.buttons.addButton(self.restore_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.tree, 1)
        layout.addWidget(self.empty)
        layout.addWidget(self.buttons)
        self.tree.itemSelectionChanged.connect(self._update)
        self.tree.itemDoubleClicked.connect(lambda *_: self._restore_if_ready())
        self.rows: list[BackupRow] = []
        self.reload()

    def reload(self) -> None:
        """Read the backups again (their sidecars: quick, no database is opened)."""
        self.rows = backups(self.target, self.ctx.paths)
        self.tree.clear()
        locale = QLocale()
        for row in self.rows:
            made = QDateTime.fromSecsSinceEpoch(int(row.made.timestamp())).toLocalTime()
            item = QTreeWidgetItem(
                [
                    locale.toString(made, QLocale.FormatType.ShortFormat),
                    self._kind(row.kind),
                    _count(row.participants),
                    _count(row.meetings),
                    self.tr("yes") if row.checked else self.tr("no"),
                ]
            )
            item.setData(0, _PATH_ROLE, str(row.path))
            item.setToolTip(0, str(row.path))
            self.tree.addTopLevelItem(item)
        self.empty.setVisible(not self.rows)
        self.tree.setVisible(bool(self.rows))
        first = self.tree.topLevelItem(0)
        if first is not None:
            self.tree.setCurrentItem(first)
        self._update()

    def _kind(self, kind: str) -> str:
        return {
            "manual": self.tr("made by hand"),
            "before upgrade": self.tr("before an upgrade"),
            "automatic": self.tr("automatic"),
        }.get(kind, kind)

    def chosen(self) -> Path | None:
        """The backup selected (None: none)."""
        item = self.tree.currentItem()
        if item is None or not item.isSelected():
            return None
        return Path(str(item.data(0, _PATH_ROLE)))

    def _chosen_row(self) -> BackupRow | None:
        path = self.chosen()
        return next((r for r in self.rows if r.path == path), None)

    def _update(self) -> None:
        row = self._chosen_row()
        self.restore_button.setEnabled(row is not None and row.checked)

    def _restore_if_ready(self) -> None:
        if self.restore_button.isEnabled():
            self.accept()


def _count(n: int | None) -> str:
    return "" if n is None else QLocale().toString(n)
