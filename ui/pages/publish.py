"""The Publish page: what changed for each participant since the last version, publishing
version N, the versions so far, and sending them (:mod:`ui.pages.send_panel`)."""

from __future__ import annotations

import functools
from dataclasses import dataclass
from datetime import datetime

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from app.common.settings import save_settings
from app.common.timezones import to_local
from app.core.changes import Changes
from app.services.database import Store
from app.services.mail import SendStatus, send_status
from app.services.missions import get_mission
from app.services.publications import (
    Change,
    ChangeKind,
    ItemEntry,
    MeetingEntry,
    MissionDiff,
    PublicationInfo,
    Published,
    diff,
    list_publications,
    publish,
)
from app.services.publish_preview import PublishPreview, publish_preview
from ui.context import AppContext
from ui.errors import failure_text, user_message
from ui.forms.fields import ERROR_STYLE
from ui.models.loader import RowsLoader
from ui.models.publish_changes import ChangesModel, PersonChanges
from ui.pages.base import Page
from ui.pages.send_panel import SendPanel, stamp

translate = QCoreApplication.translate


@dataclass(frozen=True)
class _Loaded:
    diff: MissionDiff
    history: list[PublicationInfo]
    send: SendStatus
    timezone: str | None  # the mission's: versions are dated in it
    people: list[PersonChanges]  # the diff's lines, worded on the worker


def _fetch(store: Store, mission_id: int) -> _Loaded:
    """Runs on the worker, with the wording of every change (translate is thread-safe): the
    UI thread only hands the list to the tree's model."""
    history = list_publications(store, mission_id)
    latest = history[-1].number if history else None
    mission = get_mission(store, mission_id)
    found = diff(store, mission_id)
    people = [
        PersonChanges(
            person.name,
            tuple(change_text(change, person.organisation_id) for change in person.changes),
        )
        for person in found.participants
    ]
    return _Loaded(
        found,
        history,
        send_status(store, mission_id, latest),
        mission.timezone if mission is not None else None,
        people,
    )


def version_time(published_at: datetime, zone: str | None) -> str:
    """When a version was published, in the mission's zone with its abbreviation
    ("2027-10-04 18:12 JST"); this computer's zone when the mission has none."""
    return stamp(published_at, zone)


def _when(entry: MeetingEntry | ItemEntry) -> str:
    return _local_time(entry.start_utc, entry.timezone)


@functools.lru_cache(maxsize=4096)  # a mission's meetings share their slots
def _local_time(start_utc: datetime, zone: str) -> str:
    local = to_local(start_utc, zone)
    return f"{local:%d/%m %H:%M} {local.tzname()}"


def _counterpart(m: MeetingEntry, organisation_id: int | None) -> str:
    a, b = m.organisations
    return b.name if a.id == organisation_id else a.name


def change_text(c: Change, organisation_id: int | None) -> str:
    """One change of one participant's schedule, in the window's language."""
    entry = c.after or c.before
    if isinstance(entry, ItemEntry):
        texts = {
            ChangeKind.ITEM_ADDED: translate("PublishPage", "Programme: {title} added ({when})"),
            ChangeKind.ITEM_REMOVED: translate(
                "PublishPage", "Programme: {title} removed ({when})"
            ),
        }
        text = texts.get(c.kind, translate("PublishPage", "Programme: {title} changed ({when})"))
        return text.format(title=entry.title, when=_when(entry))
    if not isinstance(entry, MeetingEntry):
        return c.kind.value
    who = _counterpart(entry, organisation_id)
    if c.kind is ChangeKind.MEETING_NEW and isinstance(c.after, MeetingEntry):
        return translate("PublishPage", "New meeting with {who}: {when}, table {table}").format(
            who=who, when=_when(c.after), table=c.after.table.name
        )
    if c.kind is ChangeKind.MEETING_CANCELLED:
        return translate("PublishPage", "Meeting with {who} cancelled ({when})").format(
            who=who, when=_when(entry)
        )
    if (
        c.kind is ChangeKind.MEETING_MOVED
        and isinstance(c.before, MeetingEntry)
        and isinstance(c.after, MeetingEntry)
    ):
        return translate(
            "PublishPage", "Meeting with {who} moved: {before}, table {old} → {after}, table {new}"
        ).format(
            who=who,
            before=_when(c.before),
            old=c.before.table.name,
            after=_when(c.after),
            new=c.after.table.name,
        )
    interpreter = c.after.interpreter if isinstance(c.after, MeetingEntry) else None
    if interpreter is None:
        return translate("PublishPage", "Meeting with {who}: no interpreter any more").format(
            who=who
        )
    return translate("PublishPage", "Meeting with {who}: interpreter now {name}").format(
        who=who, name=interpreter.name
    )


class PublishPage(Page):
    """The changes since the last version, the Publish button, the versions so far."""

    page_id = "publish"

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self._busy = False
        self._next = 1
        self.heading = QLabel(self)
        self.heading.setWordWrap(True)
        self.changes = QTreeView(self)
        self.changes.setUniformRowHeights(True)
        self.changes_model = ChangesModel(
            [self.tr("Participant"), self.tr("Changes")], self.changes
        )
        self.changes.setModel(self.changes_model)
        self.changes.setColumnWidth(0, 320)
        self.note = QLineEdit(self)
        self.note.setPlaceholderText(self.tr("Note for this version (optional)"))
        self.publish_button = QPushButton(self)
        self.coordinator = QLineEdit(ctx.settings.coordinator_name, self)
        self.coordinator.setObjectName("coordinator_name")
        self.coordinator.setPlaceholderText(self.tr("Your name"))
        self.coordinator.setToolTip(
            self.tr("Versions say who published them; kept in this computer's settings.")
        )
        self.coordinator.editingFinished.connect(self._keep_coordinator_name)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.history = QListWidget(self)

        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.heading)
        left_layout.addWidget(self.changes, 1)
        row = QHBoxLayout()
        row.addWidget(self.note, 1)
        row.addWidget(QLabel(self.tr("Published by:"), self))
        row.addWidget(self.coordinator)
        row.addWidget(self.publish_button)
        left_layout.addLayout(row)
        left_layout.addWidget(self.message)
        right = QWidget(self)
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(QLabel(self.tr("Versions"), right))
        right_layout.addWidget(self.history, 1)
        splitter = QSplitter(self)
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
        self.send_panel = SendPanel(ctx, self)
        vertical = QSplitter(Qt.Orientation.Vertical, self)
        vertical.addWidget(splitter)
        vertical.addWidget(self.send_panel)
        vertical.setStretchFactor(0, 3)
        vertical.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.addWidget(vertical)

        self.loader = RowsLoader(ctx, _fetch, self)
        self.loader.loaded.connect(self._on_loaded)
        self.loader.failed.connect(
            lambda exc: self._say(
                self.tr("Could not load: {reason}").format(reason=failure_text(exc)), True
            )
        )
        self.publish_button.clicked.connect(self.publish)
        self.send_panel.finished.connect(self.loader.reload)
        ctx.bus.changed.connect(self._on_bus_changed)
        ctx.bus.mission_changed.connect(lambda _m: self.loader.reload())
        self._update_button()
        self.loader.reload()

    def title(self) -> str:
        return self.tr("Publish")

    def ready(self) -> bool:
        return self.loader.has_loaded() and not self._busy and not self.send_panel.is_running()

    def show_example(self) -> None:
        """The first participant's changes unfolded (screenshots call this)."""
        first = self.changes_model.index(0, 0)
        if first.isValid():
            self.changes.setExpanded(first, True)
            self.changes.setCurrentIndex(first)

    # --- showing ---------------------------------------------------------------------------

    def _on_loaded(self, loaded: _Loaded | None) -> None:
        self.changes_model.set_people([] if loaded is None else loaded.people)
        self.history.clear()
        if loaded is None:
            self.heading.setText(self.tr("No mission open"))
            self.send_panel.refresh(None, unpublished=False)
            self._update_button()
            return
        found, history = loaded.diff, loaded.history
        self.send_panel.refresh(
            loaded.send, unpublished=not found.is_empty, timezone=loaded.timezone
        )
        self._next = (history[-1].number + 1) if history else 1
        for version in reversed(history):
            when = version_time(version.published_at, loaded.timezone)
            line = self.tr("Version {number}, {when}").format(number=version.number, when=when)
            extra = " · ".join(x for x in (version.published_by, version.note) if x)
            self.history.addItem(f"{line} — {extra}" if extra else line)
        if found.base is None:
            self.heading.setText(
                self.tr("Not published yet: publishing sends everyone their first version.")
            )
        elif found.is_empty:
            self.heading.setText(
                self.tr("Nothing changed since version {number}.").format(number=found.base)
            )
        else:
            self.heading.setText(
                self.tr(
                    "%n participant(s) have changes since version {number}.",
                    "",
                    len(found.participants),
                ).format(number=found.base)
            )
        self._update_button(empty=found.is_empty and found.base is not None)

    def _update_button(self, *, empty: bool = False) -> None:
        self.publish_button.setText(self.tr("Publish version {number}").format(number=self._next))
        self.publish_button.setEnabled(
            self.ctx.store is not None
            and self.ctx.mission_id is not None
            and not self._busy
            and not empty
        )

    def _say(self, text: str, error: bool = False) -> None:
        self.message.setStyleSheet(ERROR_STYLE if error else "")
        self.message.setText(text)

    # --- publishing ------------------------------------------------------------------------

    def publish(self) -> None:
        """Count what publishing would freeze, ask, then publish (never without asking)."""
        store, mission_id = self.ctx.store, self.ctx.mission_id
        if store is None or mission_id is None or self._busy:
            return
        self._busy = True
        self._update_button()
        self.ctx.runner.run(
            lambda: publish_preview(store, mission_id),
            on_done=self._confirm,
            on_error=self._failed,
        )

    def confirm_text(self, preview: PublishPreview) -> str:
        """The question before publishing: what is frozen, whom it concerns, what is not done."""
        lines = [
            self.tr("Publish version {number} of the schedule?").format(number=preview.number),
            self.tr(
                "It freezes the schedule as it is now: {meetings} B2B meetings and {items} "
                "programme items."
            ).format(meetings=preview.meetings, items=preview.items),
        ]
        if preview.number == 1:
            lines.append(
                self.tr("This is the first version for all {participants} participants.").format(
                    participants=preview.participants
                )
            )
        else:
            lines.append(
                self.tr(
                    "Participants whose schedule changes since version {base}: {changed} of "
                    "{participants}."
                ).format(
                    base=preview.number - 1,
                    changed=preview.changed_participants,
                    participants=preview.participants,
                )
            )
        lines.append(
            self.tr(
                "Nobody is e-mailed yet: after publishing, send the version from the panel below."
            )
        )
        return "\n\n".join(lines)

    def _keep_coordinator_name(self) -> None:
        name = " ".join(self.coordinator.text().split())
        if name == self.ctx.settings.coordinator_name:
            return
        self.ctx.settings.coordinator_name = name
        if self.ctx.store is not None:  # the audit log names them from the next change on
            self.ctx.store.actor = self.ctx.who()
        try:
            save_settings(self.ctx.paths, self.ctx.settings)
        except OSError as exc:
            self._say(self.tr("Could not keep your name: {reason}").format(reason=exc), True)

    def _confirm(self, preview: PublishPreview) -> None:
        answer = QMessageBox.question(
            self,
            self.tr("Publish"),
            self.confirm_text(preview),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        store, mission_id = self.ctx.store, self.ctx.mission_id
        if answer != QMessageBox.StandardButton.Yes or store is None or mission_id is None:
            self._busy = False
            self._update_button()
            return
        self._keep_coordinator_name()
        note, by = self.note.text().strip(), self.ctx.settings.coordinator_name
        self.ctx.runner.run(
            lambda: publish(store, mission_id, by=by, note=note),
            on_done=self._published,
            on_error=self._failed,
        )

    def _published(self, done: Published) -> None:
        self._busy = False
        self.note.clear()
        self._say(
            self.tr(
                "Published version {number}: {meetings} meetings, {items} programme items."
            ).format(number=done.number, meetings=done.meetings, items=done.items)
        )
        self.ctx.bus.announce(done.changes, self)
        self.loader.reload()

    def _load_failed(self, exc: BaseException) -> None:
        self._say(self.tr("Could not load: {reason}").format(reason=failure_text(exc)), True)

    def _failed(self, exc: BaseException) -> None:
        self._busy = False
        self._update_button()
        self._say(self.tr("Could not publish: {reason}").format(reason=user_message(exc)), True)

    def _on_bus_changed(self, changes: Changes, initiator: object) -> None:
        if initiator is not self and (
            changes.b2b
            or changes.agenda  # the programme's changes since the last version
            or changes.participants
            or changes.organisations
            or changes.missions
        ):
            self.loader.reload()
