"""Delegations on the Mission page: the list, and an editor with the side, the names in
three languages, the head of delegation and the members (organisations, and people assigned
to the delegation directly)."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListView,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.model.enums import Side
from app.services.delegations import (
    DelegationDraft,
    DelegationRow,
    OrganisationChoice,
    PersonChoice,
)
from ui.forms.fields import error_label
from ui.i18n import current_language
from ui.setup.fields import FallbackNames, InlineErrors
from ui.widgets.check_list import CheckListView, ChoiceListModel


class DelegationsPanel(QGroupBox):
    """``save_requested(delegation id or None, draft)``, ``delete_requested(id)``."""

    save_requested = Signal(object, object)
    delete_requested = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Delegations"))
        self.setObjectName("delegations_panel")
        self._rows: list[DelegationRow] = []
        self._people: list[PersonChoice] = []
        self._orgs: list[OrganisationChoice] = []
        self._current: int | None = None
        # The record as the editor was filled with it: the base its save is checked against.
        self._shown: DelegationRow | None = None
        self._filled: DelegationDraft | None = None  # the editor as last filled (not typed)
        self._refill = False  # the next set_data shows the record as saved (our own save)

        self.delegation_list = QListWidget()
        self.delegation_list.setObjectName("delegation_list")
        self.delegation_list.setMinimumWidth(180)
        self.delegation_list.currentItemChanged.connect(self._chosen)

        self.errors = InlineErrors("delegation")
        self.side_combo = QComboBox()
        self.side_combo.setObjectName("delegation_side")
        self.side_combo.addItem(self.tr("Turin side"), Side.TURIN)
        self.side_combo.addItem(self.tr("Nagoya side"), Side.NAGOYA)
        self.names = FallbackNames("delegation", self.tr("As in English: {name}"))
        self.names.en.setPlaceholderText(self.tr("e.g. Turin delegation"))
        # the mission's people and organisations are offered once per load, through models
        # (a big mission has 10,000 people: no item per person, no row measured off screen)
        self.head_combo = QComboBox()
        self.head_combo.setObjectName("delegation_head")
        self.heads = ChoiceListModel(self.tr("(no head yet)"), self.head_combo)
        self.head_combo.setModel(self.heads)
        self.head_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.head_combo.setMinimumContentsLength(24)
        popup = self.head_combo.view()
        if isinstance(popup, QListView):
            popup.setUniformItemSizes(True)
        self.org_list = CheckListView()
        self.org_list.setObjectName("delegation_members")
        self.org_list.setMinimumHeight(90)
        self.people_list = CheckListView()
        self.people_list.setObjectName("delegation_people")
        self.people_list.setMinimumHeight(90)

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(self.tr("Side:"), self.errors.wrap("side", self.side_combo))
        self.names.add_rows(
            form,
            self.errors,
            (self.tr("Name (English):"), self.tr("Name (Italian):"), self.tr("Name (Japanese):")),
        )
        form.addRow(self.tr("Head of delegation:"), self.errors.wrap("head", self.head_combo))
        form.addRow(self.tr("Member organisations:"), self.errors.wrap("members", self.org_list))
        form.addRow(self.tr("People assigned:"), self.people_list)
        self.general_error = error_label("delegation_error")

        self.new_button = QPushButton(self.tr("New delegation"))
        self.new_button.setObjectName("delegation_new")
        self.save_button = QPushButton(self.tr("Save delegation"))
        self.save_button.setObjectName("delegation_save")
        self.delete_button = QPushButton(self.tr("Delete delegation"))
        self.delete_button.setObjectName("delegation_delete")
        buttons = QHBoxLayout()
        buttons.addWidget(self.new_button)
        buttons.addWidget(self.delete_button)
        buttons.addStretch(1)
        buttons.addWidget(self.save_button)
        self.new_button.clicked.connect(self.new_delegation)
        self.save_button.clicked.connect(self._save)
        self.delete_button.clicked.connect(self._delete)

        editor = QVBoxLayout()
        self.editor_heading = QLabel()
        self.editor_heading.setObjectName("delegation_heading")
        editor.addWidget(self.editor_heading)
        editor.addLayout(form)
        editor.addWidget(self.general_error)
        editor.addLayout(buttons)
        layout = QHBoxLayout(self)
        layout.addWidget(self.delegation_list)
        layout.addLayout(editor, 1)
        self.new_delegation()

    # --- what the page sets ----------------------------------------------------------------

    def set_data(
        self,
        rows: list[DelegationRow],
        people: list[PersonChoice],
        organisations: list[OrganisationChoice],
    ) -> None:
        # what the coordinator typed survives a reload (another coordinator's change shows
        # when this one is saved, as a conflict); our own save shows the record as saved
        typed = self.draft() if self.is_dirty() and not self._refill else None
        self._refill = False
        self._rows, self._people, self._orgs = rows, people, organisations
        self.heads.set_choices([(p.id, p.label) for p in people])
        self.org_list.checks.set_choices([(o.id, o.label) for o in organisations], ())
        self.people_list.checks.set_choices([(p.id, p.label) for p in people], ())
        keep = self._current
        self.delegation_list.blockSignals(True)
        self.delegation_list.clear()
        for d in rows:
            item = QListWidgetItem(f"{self._side_name(d.side)} · {d.names.in_(current_language())}")
            item.setData(Qt.ItemDataRole.UserRole, d.id)
            self.delegation_list.addItem(item)
            if d.id == keep:
                self.delegation_list.setCurrentItem(item)
        self.delegation_list.blockSignals(False)
        current = next((d for d in rows if d.id == keep), None)
        if typed is not None and (keep is None or current is not None):
            self._put(typed)
        elif current is not None:
            self._fill(current)
        else:
            self.new_delegation()

    def new_delegation(self) -> None:
        self._current = None
        self.delegation_list.blockSignals(True)
        self.delegation_list.setCurrentRow(-1)
        self.delegation_list.blockSignals(False)
        # the side a mission has no delegation for yet comes first
        sides = {d.side for d in self._rows}
        self.side_combo.setCurrentIndex(
            1 if Side.TURIN in sides and Side.NAGOYA not in sides else 0
        )
        self.names.set("", None, None)
        self._fill_choices(None, (), ())
        self.editor_heading.setText(self.tr("New delegation"))
        self.delete_button.setEnabled(False)
        self.show_errors({})
        self._filled = self.draft()

    def show_errors(self, errors: dict[str, str], general: str | None = None) -> None:
        self.errors.show(errors)
        self.general_error.setText(general or "")
        self.general_error.setVisible(bool(general))

    def draft(self) -> DelegationDraft:
        en, it, ja = self.names.values()
        return DelegationDraft(
            name=en,
            name_it=it,
            name_ja=ja,
            side=self.side_combo.currentData(),
            head_id=self.head_combo.currentData(),
            organisation_ids=self.org_list.checks.ticked(),
            participant_ids=self.people_list.checks.ticked(),
        )

    def current_delegation(self) -> int | None:
        return self._current

    def choose(self, delegation_id: int) -> None:
        for i in range(self.delegation_list.count()):
            item = self.delegation_list.item(i)
            if item.data(Qt.ItemDataRole.UserRole) == delegation_id:
                self.delegation_list.setCurrentItem(item)
                return

    def field_label(self, field: str) -> str | None:
        """The label of a delegation draft's field as the editor shows it (the conflict
        dialog)."""
        labels = {
            "side": self.tr("Side:"),
            "name": self.tr("Name (English):"),
            "name_it": self.tr("Name (Italian):"),
            "name_ja": self.tr("Name (Japanese):"),
            "head_id": self.tr("Head of delegation:"),
            "organisation_ids": self.tr("Member organisations:"),
            "participant_ids": self.tr("People assigned:"),
        }
        label = labels.get(field)
        return label.rstrip(":：") if label else None

    def field_text(self, field: str, value: object) -> str:
        """A value of a delegation draft's field as the editor shows it: names, not ids."""
        people = {p.id: p.label for p in self._people}
        orgs = {o.id: o.label for o in self._orgs}
        if value is None or value == ():
            return "—"
        if field == "side":
            return self._side_name(Side(str(value)))
        if field == "head_id" and isinstance(value, int):
            return people.get(value, f"#{value}")
        if field in ("organisation_ids", "participant_ids") and isinstance(value, tuple):
            names = orgs if field == "organisation_ids" else people
            return ", ".join(names.get(i, f"#{i}") for i in value)
        return str(value)

    def shown_row(self) -> DelegationRow | None:
        """The saved record the editor was last filled with (None: a new one)."""
        return self._shown if self._current is not None else None

    def keep(self, record_id: int) -> None:
        """Show this record in the editor after the next :meth:`set_data` (a new one saved),
        as saved."""
        self._current = record_id
        self._refill = True

    def is_dirty(self) -> bool:
        """Whether the editor holds what the coordinator typed and has not saved."""
        return self._filled is not None and self.draft() != self._filled

    # --- inside ----------------------------------------------------------------------------

    def _side_name(self, side: Side) -> str:
        return self.tr("Turin") if side is Side.TURIN else self.tr("Nagoya")

    def _chosen(self, item: QListWidgetItem | None, _previous: object = None) -> None:
        if item is None:
            return
        row = next((d for d in self._rows if d.id == item.data(Qt.ItemDataRole.UserRole)), None)
        if row is not None:
            self._current = row.id
            self._fill(row)

    def _fill(self, d: DelegationRow) -> None:
        self._shown = d
        self.side_combo.setCurrentIndex(0 if d.side is Side.TURIN else 1)
        self.names.set(d.name, d.name_it, d.name_ja)
        self._fill_choices(d.head_id, d.organisation_ids, d.participant_ids)
        self.editor_heading.setText(
            self.tr("Delegation: {name}").format(name=d.names.in_(current_language()))
        )
        self.delete_button.setEnabled(True)
        self.show_errors({})
        self._filled = self.draft()

    def _put(self, draft: DelegationDraft) -> None:
        self.side_combo.setCurrentIndex(0 if Side(draft.side) is Side.TURIN else 1)
        self.names.set(draft.name, draft.name_it, draft.name_ja)
        self._fill_choices(draft.head_id, draft.organisation_ids or (), draft.participant_ids or ())

    def _fill_choices(
        self, head: int | None, orgs: tuple[int, ...], people: tuple[int, ...]
    ) -> None:
        self.head_combo.setCurrentIndex(self.heads.row_of(head))
        self.org_list.checks.set_ticked(orgs)
        self.people_list.checks.set_ticked(people)

    def _save(self) -> None:
        self.save_requested.emit(self._current, self.draft())

    def _delete(self) -> None:
        if self._current is not None:
            self.delete_requested.emit(self._current)
