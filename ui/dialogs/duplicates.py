"""The Suspected duplicates dialog: participants of the mission that look like the same
person, grouped with the reasons; the coordinator picks the record to keep and merges the
others of its group into it. Nothing is merged without that choice."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.core.changes import Changes
from app.services.database import Store
from app.services.merging import (
    DuplicateGroup,
    DuplicateReason,
    merge_participants,
    mission_duplicates,
)
from ui.context import AppContext
from ui.errors import user_message
from ui.forms.fields import ERROR_STYLE


class DuplicatesDialog(QDialog):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(self.tr("Suspected duplicates"))
        self.resize(820, 520)
        self._busy = False
        self._groups: list[DuplicateGroup] = []
        self.tree = QTreeWidget()
        self.tree.setHeaderLabels(
            [self.tr("Participant"), self.tr("E-mail"), self.tr("Organisation"), self.tr("Id")]
        )
        self.tree.setColumnWidth(0, 300)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.merge_button = QPushButton(self.tr("Keep the selected one, merge the others into it"))
        self.close_button = QPushButton(self.tr("Close"))
        buttons = QHBoxLayout()
        buttons.addWidget(self.merge_button)
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr(
            "These participants look like the same person. Choose the record to keep: the "
            "others of its group are merged into it (their meetings, availability and sent "
            "log move to it, their details fill its empty fields) and deleted."
        ))  # fmt: skip
        intro.setWordWrap(True)
        layout.addWidget(intro)
        layout.addWidget(self.tree, 1)
        layout.addWidget(self.message)
        layout.addLayout(buttons)
        self.tree.itemSelectionChanged.connect(self._update)
        self.merge_button.clicked.connect(self.merge_selected)
        self.close_button.clicked.connect(self.accept)
        self.reload()

    def ready(self) -> bool:
        return not self._busy

    def _reason_text(self, reason: DuplicateReason) -> str:
        return {
            DuplicateReason.SAME_EMAIL: self.tr("same e-mail"),
            DuplicateReason.SAME_NAME: self.tr("same name and organisation"),
            DuplicateReason.SWAPPED: self.tr("same name, family and given swapped"),
            DuplicateReason.SAME_KANA: self.tr("same name in kana"),
        }.get(reason, reason.value)

    def reload(self) -> None:
        store, mission_id = self.ctx.store, self.ctx.mission_id
        if store is None or mission_id is None:
            return
        self._busy = True
        self._update()
        self.ctx.runner.run(lambda: mission_duplicates(store, mission_id), on_done=self._loaded)

    def _loaded(self, groups: list[DuplicateGroup]) -> None:
        self._busy = False
        self._groups = groups
        self.tree.clear()
        for n, group in enumerate(groups, start=1):
            reasons = ", ".join(self._reason_text(r) for r in group.reasons)
            top = QTreeWidgetItem([self.tr("Group {n}: {reasons}").format(n=n, reasons=reasons)])
            top.setFlags(top.flags() & ~Qt.ItemFlag.ItemIsSelectable)
            for r in group.records:
                kanji = " ".join(x for x in (r.family_kanji, r.given_kanji) if x)
                name = " ".join(x for x in (r.family, r.given) if x)
                item = QTreeWidgetItem(
                    [f"{name} {kanji}".strip(), r.email or "", r.organisation or "", str(r.key)]
                )
                item.setData(0, Qt.ItemDataRole.UserRole, (n - 1, r.key))
                top.addChild(item)
            self.tree.addTopLevelItem(top)
            top.setExpanded(True)
        if not groups:
            self.message.setText(self.tr("No suspected duplicates in this mission."))
        self._update()

    def _selected(self) -> tuple[int, int] | None:
        items = self.tree.selectedItems()
        data = items[0].data(0, Qt.ItemDataRole.UserRole) if items else None
        return (int(data[0]), int(data[1])) if data else None

    def _update(self) -> None:
        self.merge_button.setEnabled(not self._busy and self._selected() is not None)

    def merge_selected(self) -> None:
        chosen, store = self._selected(), self.ctx.store
        if chosen is None or store is None or self._busy:
            return
        group_index, keep = chosen
        others = [int(r.key) for r in self._groups[group_index].records if r.key != keep]
        answer = QMessageBox.question(
            self,
            self.tr("Merge participants"),
            self.tr(
                "Merge %n participant(s) into participant {keep}? This cannot be undone.",
                "",
                len(others),
            ).format(keep=keep),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        self._busy = True
        self._update()
        self.ctx.undo.clear()  # a merged record cannot be put back by an earlier undo
        self.ctx.runner.run(
            lambda: _merge_all(store, keep, others),
            on_done=self._merged,
            on_error=self._failed,
        )

    def _merged(self, changes: Changes) -> None:
        self._busy = False
        self.message.setStyleSheet("")
        self.message.setText(self.tr("Merged."))
        self.ctx.bus.announce(changes, self)
        self.reload()

    def _failed(self, exc: BaseException) -> None:
        self._busy = False
        self._update()
        reason = user_message(exc)
        self.message.setStyleSheet(ERROR_STYLE)
        self.message.setText(self.tr("Could not merge: {reason}").format(reason=reason))


def _merge_all(store: Store, keep: int, others: list[int]) -> Changes:
    changes = Changes()
    for other in others:
        changes = changes | merge_participants(store, keep, other).changes
    return changes
