"""The main window: a shell of navigation, toolbar, menus and status bar around the pages.

It holds layout only. What happens when the coordinator acts is the controller's business;
each page owns itself and listens to ``ctx.bus``.
"""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from PySide6.QtCore import QDate, QLocale, QSignalBlocker, Qt
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QMainWindow,
    QMessageBox,
    QProgressBar,
    QStackedWidget,
    QToolBar,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app import __version__
from ui.access import AccessWatcher
from ui.context import AppContext
from ui.i18n import available_languages, current_language
from ui.live_updates import LiveUpdates
from ui.mission_controller import MissionController
from ui.offline_actions import OfflineActions
from ui.pages import registry
from ui.pages.base import Page
from ui.widgets.read_only_banner import ReadOnlyBanner

if TYPE_CHECKING:  # the dialogs (and what they import) load when first opened, after start-up
    from app.services.database import Location, SharedDatabase
    from app.services.erasure import Erased
    from app.services.missions import MissionRow
    from ui.dialogs.duplicates import DuplicatesDialog
    from ui.dialogs.history import HistoryDialog
    from ui.dialogs.import_wizard import ImportDialog
    from ui.dialogs.new_mission import NewMissionDialog
    from ui.dialogs.restore_backup import RestoreBackupDialog
    from ui.dialogs.setup_workbook import SetupWorkbookDialog
    from ui.dialogs.shared_database import SharedDatabaseDialog

DATABASE_FILTER = "*.sqlite *.ponte *.db"


def zone_with_offset(zone: str) -> str:
    """``Asia/Tokyo (UTC+09:00)``: the zone and its offset today."""
    try:
        offset = datetime.now(UTC).astimezone(ZoneInfo(zone)).strftime("%z")
    except (ZoneInfoNotFoundError, ValueError):
        return zone
    return f"{zone} (UTC{offset[:3]}:{offset[3:]})"


class MainWindow(QMainWindow):
    """Left navigation, the pages, the mission chooser and the status of what is open."""

    def __init__(
        self,
        ctx: AppContext,
        controller: MissionController,
        parent: QWidget | None = None,
        *,
        first_page_later: bool = False,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.controller = controller
        self._messages: list[QMessageBox] = []
        self.setWindowTitle("Ponte")
        self.resize(1280, 800)

        self._build_pages(first_page_later)
        self._build_toolbar()
        self._build_status_bar()
        self._build_menus()
        # a reader's account: the banner, and the actions that change records greyed
        self.access = AccessWatcher(ctx, self)
        ctx.bus.read_only_changed.connect(self.read_only_banner.show_read_only)
        self.access.editing(
            self.new_mission_action,
            self.import_action,
            self.setup_workbook_action,
            self.duplicates_action,
            self.erase_action,
        )
        controller.database_opened.connect(self.access.database_opened)

        controller.database_opened.connect(self._show_database)
        controller.missions_listed.connect(self._show_missions)
        controller.current_mission_changed.connect(self._show_mission)
        controller.recent_changed.connect(self._fill_recent_menu)
        controller.problem.connect(self.show_problem)
        controller.password_needed.connect(
            lambda shared, why: self.open_shared_database_dialog(shared, problem=why)
        )
        controller.retention_reminder.connect(
            lambda text: self._show_box(
                QMessageBox.Icon.Information, self.tr("Personal data"), text
            )
        )
        # bound methods, not lambdas: the controller outlives the window, and Qt disconnects
        # a destroyed receiver's slots (a late "waiting for…" notice must not reach it)
        controller.notice.connect(self._show_notice)
        controller.restore_offered.connect(self.offer_restore)
        # others' changes (another coordinator, a command) reload the pages as they commit
        self.live = LiveUpdates(ctx, self)
        self.live.updated.connect(self._show_notice)
        controller.database_opened.connect(self._follow_changes)
        # a new mission is set up on the Mission page first
        controller.mission_created.connect(lambda _id: self.show_page_id("mission"))
        ctx.runner.busy_changed.connect(self._show_busy)

        self._show_database(controller.location())
        self._show_missions(controller.missions())
        self._show_mission(controller.current_mission())

    # --- layout -----------------------------------------------------------------------------

    def _build_pages(self, first_page_later: bool = False) -> None:
        """The navigation and one slot per page; a page is built on its first visit (the first
        one now, or by :meth:`build_current_page` when ``first_page_later``), so the window
        shows without importing what the pages need."""
        self.navigation = QListWidget()
        self.navigation.setObjectName("navigation")
        self.navigation.setFixedWidth(160)
        self.stack = QStackedWidget()
        self._entries = registry.page_entries()
        self._built: dict[int, Page] = {}
        for entry in self._entries:
            self.navigation.addItem(entry.title())
            self.stack.addWidget(QWidget())  # stands in until the page is built
        self.navigation.currentRowChanged.connect(self._show_row)
        if self._entries:
            if first_page_later:
                with QSignalBlocker(self.navigation):
                    self.navigation.setCurrentRow(0)
            else:
                self.navigation.setCurrentRow(0)

        central = QWidget()
        outer = QVBoxLayout(central)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(0)
        self.read_only_banner = ReadOnlyBanner()  # shown for a reader's account (ui.access)
        outer.addWidget(self.read_only_banner)
        layout = QHBoxLayout()
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.navigation)
        layout.addWidget(self.stack, 1)
        outer.addLayout(layout, 1)
        self.setCentralWidget(central)

    def _page_at(self, index: int) -> Page:
        """The page of navigation row ``index``, built now if this is its first visit."""
        page = self._built.get(index)
        if page is None:
            page = self._entries[index].load()(self.ctx)
            self._built[index] = page
            stand_in = self.stack.widget(index)
            self.stack.insertWidget(index, page)
            if stand_in is not None:
                self.stack.removeWidget(stand_in)
                stand_in.deleteLater()
            self.navigation.item(index).setText(page.title())
            opened = getattr(page, "open_mission", None)
            if opened is not None:
                opened.connect(self.controller.adopt_mission)
        return page

    def build_current_page(self) -> None:
        """Build (if not yet) and show the page the navigation has selected."""
        self._show_row(self.navigation.currentRow())

    def _show_row(self, index: int) -> None:
        if 0 <= index < len(self._entries):
            self.stack.setCurrentWidget(self._page_at(index))

    def _build_toolbar(self) -> None:
        toolbar = QToolBar(self.tr("Mission"))
        toolbar.setObjectName("mission_toolbar")
        toolbar.setMovable(False)
        self.addToolBar(toolbar)
        toolbar.addWidget(QLabel(self.tr("Mission:") + " "))
        self.mission_combo = QComboBox()
        self.mission_combo.setObjectName("mission_combo")
        self.mission_combo.setMinimumContentsLength(40)
        self.mission_combo.setMaximumWidth(720)  # longer names are elided; the tooltip has all
        self.mission_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.mission_combo.activated.connect(self._mission_chosen)
        toolbar.addWidget(self.mission_combo)
        self.new_mission_action = QAction(self.tr("&New mission…"), self)
        self.new_mission_action.triggered.connect(self.open_new_mission_dialog)
        # The toolbar shows its own text: Qt strips "&" but not "(&M)" of a Japanese menu item.
        self.new_mission_button = QToolButton(self)
        self.new_mission_button.setText(self.tr("New mission"))
        self.new_mission_button.clicked.connect(self.new_mission_action.trigger)
        self.new_mission_action.enabledChanged.connect(self.new_mission_button.setEnabled)
        toolbar.addWidget(self.new_mission_button)

    def _build_status_bar(self) -> None:
        bar = self.statusBar()
        self.database_label = QLabel()
        self.database_label.setObjectName("database_label")
        self.mission_label = QLabel()
        self.mission_label.setObjectName("mission_label")
        self.busy_indicator = QProgressBar()
        self.busy_indicator.setObjectName("busy_indicator")
        self.busy_indicator.setRange(0, 0)  # no known end: a moving bar
        self.busy_indicator.setMaximumWidth(120)
        self.busy_indicator.setTextVisible(False)
        self.busy_indicator.setToolTip(self.tr("Working…"))
        self.busy_indicator.setVisible(self.ctx.runner.is_busy())
        bar.addPermanentWidget(self.mission_label)
        bar.addPermanentWidget(self.database_label)
        bar.addPermanentWidget(self.busy_indicator)

    def _build_menus(self) -> None:
        menus = self.menuBar()

        file_menu = menus.addMenu(self.tr("&File"))
        self.new_database_action = file_menu.addAction(self.tr("&New database…"))
        self.new_database_action.triggered.connect(self._ask_new_database)
        self.open_database_action = file_menu.addAction(self.tr("&Open database…"))
        self.open_database_action.setShortcut(QKeySequence.StandardKey.Open)
        self.open_database_action.triggered.connect(self._ask_open_database)
        self.open_shared_action = file_menu.addAction(self.tr("Open &shared database…"))
        self.open_shared_action.triggered.connect(lambda: self.open_shared_database_dialog())
        self.recent_menu = file_menu.addMenu(self.tr("Open &recent"))
        self.recent_menu.setObjectName("recent_menu")
        self._fill_recent_menu(self.controller.recent())
        file_menu.addSeparator()
        file_menu.addAction(self.new_mission_action)
        self.import_action = file_menu.addAction(self.tr("&Import from a spreadsheet…"))
        self.import_action.triggered.connect(self.open_import_dialog)
        self.setup_workbook_action = file_menu.addAction(self.tr("Set-up &workbook…"))
        self.setup_workbook_action.triggered.connect(self.open_setup_workbook_dialog)
        self.duplicates_action = file_menu.addAction(self.tr("Suspected &duplicates…"))
        self.duplicates_action.triggered.connect(self.open_duplicates_dialog)
        self.history_action = file_menu.addAction(self.tr("&History of the mission…"))
        self.history_action.triggered.connect(self.open_history_dialog)
        self.erase_action = file_menu.addAction(self.tr("&Erase personal data of this mission…"))
        self.erase_action.triggered.connect(self.ask_erase_mission_people)
        self.finish_erasure_action = file_menu.addAction(self.tr("&Finish erasure"))
        self.finish_erasure_action.setToolTip(
            self.tr(
                "Clean the database file or server of erased people once the other "
                "program that held it has closed."
            )
        )
        self.finish_erasure_action.triggered.connect(self.finish_erasure)
        file_menu.addSeparator()
        self.offline = OfflineActions(self.ctx, self.controller, file_menu, self)
        self.restore_backup_action = file_menu.addAction(self.tr("Restore from a &backup…"))
        self.restore_backup_action.triggered.connect(self.open_restore_backup_dialog)
        file_menu.addSeparator()
        self.quit_action = file_menu.addAction(self.tr("&Quit"))
        self.quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        self.quit_action.setMenuRole(QAction.MenuRole.QuitRole)
        self.quit_action.triggered.connect(self.close)

        edit_menu = menus.addMenu(self.tr("&Edit"))
        self.undo_action = self.ctx.undo.createUndoAction(self, self.tr("&Undo"))
        self.undo_action.setShortcut(QKeySequence.StandardKey.Undo)
        self.redo_action = self.ctx.undo.createRedoAction(self, self.tr("&Redo"))
        self.redo_action.setShortcut(QKeySequence.StandardKey.Redo)
        edit_menu.addAction(self.undo_action)
        edit_menu.addAction(self.redo_action)

        view_menu = menus.addMenu(self.tr("&View"))
        self.language_menu = view_menu.addMenu(self.tr("&Language"))
        self.language_actions: dict[str | None, QAction] = {}
        group = QActionGroup(self)
        system = self.language_menu.addAction(self.tr("System language"))
        self.language_actions[None] = system
        self.language_menu.addSeparator()
        for language in available_languages():
            self.language_actions[language.code] = self.language_menu.addAction(
                language.native_name
            )
        for code, action in self.language_actions.items():
            action.setCheckable(True)
            action.setChecked(code == self.ctx.settings.ui_language)
            group.addAction(action)
            action.triggered.connect(lambda _checked=False, c=code: self._language_chosen(c))

        help_menu = menus.addMenu(self.tr("&Help"))
        self.about_action = help_menu.addAction(self.tr("&About Ponte"))
        self.about_action.setMenuRole(QAction.MenuRole.AboutRole)
        self.about_action.triggered.connect(self._show_about)

    # --- what the controller announces ------------------------------------------------------

    def _show_database(self, location: Location | None) -> None:
        if location is None:
            self.database_label.setText(self.tr("No database open"))
            self.database_label.setToolTip("")
            self.setWindowTitle("Ponte")
        else:
            shown = location.display()  # never a password
            self.database_label.setText(self.tr("Database: {0}").format(shown))
            self.database_label.setToolTip(shown)
            name = location.path.name if location.path is not None else shown
            # Qt adds " — Ponte" (the applicationDisplayName) itself: "demo.sqlite — Ponte"
            self.setWindowTitle(name)
        self.new_mission_action.setEnabled(location is not None)
        self.restore_backup_action.setEnabled(location is not None and location.is_sqlite)

    def _show_notice(self, text: str) -> None:
        self.statusBar().showMessage(text, 15000)

    def _follow_changes(self, _location: object) -> None:
        self.live.follow()

    def _show_busy(self, busy: object) -> None:
        self.busy_indicator.setVisible(bool(busy))

    def _show_missions(self, missions: list[MissionRow]) -> None:
        combo = self.mission_combo
        combo.blockSignals(True)
        combo.clear()
        for mission in missions:
            text = mission.name if not mission.name_ja else f"{mission.name} · {mission.name_ja}"
            combo.addItem(text, mission.id)
            combo.setItemData(
                combo.count() - 1, self._mission_details(mission), Qt.ItemDataRole.ToolTipRole
            )
        if not missions:
            combo.setPlaceholderText(
                self.tr("No missions yet — create one with New mission…")
                if self.controller.location() is not None
                else self.tr("No database open")
            )
        combo.setEnabled(bool(missions))
        combo.setCurrentIndex(combo.findData(self.ctx.mission_id))
        combo.blockSignals(False)

    def _show_mission(self, mission: MissionRow | None) -> None:
        self.mission_combo.blockSignals(True)
        self.mission_combo.setCurrentIndex(
            self.mission_combo.findData(mission.id) if mission is not None else -1
        )
        self.mission_combo.blockSignals(False)
        if mission is None:
            self.mission_label.setText(self.tr("No mission open"))
            self.mission_label.setToolTip("")
            return
        self.mission_label.setText(
            self.tr("{0} — {1}, {2}").format(
                mission.names.in_(current_language()),  # the window's language, else English
                mission.host_city,
                zone_with_offset(mission.timezone),
            )
        )
        self.mission_label.setToolTip(self._mission_details(mission))

    def _mission_details(self, mission: MissionRow) -> str:
        locale = QLocale()
        # QDate(a date) works at run time, but the stubs know only the (year, month, day) form
        start, end = (
            locale.toString(QDate(day.year, day.month, day.day), QLocale.FormatType.ShortFormat)
            for day in (mission.start_date, mission.end_date)
        )
        return self.tr("{0}, {1} to {2}, time zone {3}").format(
            mission.host_city, start, end, mission.timezone
        )

    def _fill_recent_menu(self, recent: list[str]) -> None:
        menu = self.recent_menu
        menu.clear()
        for number, target in enumerate(recent, start=1):
            label = f"&{number} {target}" if number < 10 else target
            action = menu.addAction(label)
            action.setData(target)
            action.triggered.connect(
                lambda _checked=False, t=target: self.controller.open_recent(t)
            )
        if not recent:
            empty = menu.addAction(self.tr("No recent databases"))
            empty.setEnabled(False)
        menu.addSeparator()
        self.clear_recent_action = menu.addAction(self.tr("&Clear"))
        self.clear_recent_action.setEnabled(bool(recent))
        self.clear_recent_action.triggered.connect(self.controller.clear_recent)

    def show_problem(self, title: str, message: str) -> None:
        """Tell the coordinator something went wrong, without blocking the window."""
        self._show_box(QMessageBox.Icon.Warning, title, message)

    # --- what the coordinator does ----------------------------------------------------------

    def pages(self) -> list[Page]:
        """Every page, in navigation order (those not visited yet are built now)."""
        return [self._page_at(index) for index in range(len(self._entries))]

    def show_page(self, index: int) -> None:
        self.navigation.setCurrentRow(index)

    def show_page_id(self, page_id: str) -> None:
        """Show the page with this ``page_id`` (nothing happens when there is none)."""
        for index, entry in enumerate(self._entries):
            if entry.page_id == page_id:
                self.show_page(index)
                return

    def open_new_mission_dialog(self) -> NewMissionDialog:
        """Open the New mission dialog (window-modal); a valid mission is then created."""
        from ui.dialogs.new_mission import NewMissionDialog

        dialog = NewMissionDialog(self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self.controller.create_mission(dialog.draft()))
        dialog.open()
        return dialog

    def open_shared_database_dialog(
        self, initial: SharedDatabase | None = None, *, problem: str | None = None
    ) -> SharedDatabaseDialog:
        """File › Open shared database… (window-modal), also shown filled in when a shared
        database asks for its password; Open opens it in the background."""
        from app.services.database import SharedDatabase
        from ui.dialogs.shared_database import SharedDatabaseDialog

        if initial is None:
            location = self.controller.location()
            if location is not None and not location.is_sqlite:
                initial = SharedDatabase.from_target(location.display())
        dialog = SharedDatabaseDialog(self.ctx, initial, problem=problem, parent=self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(
            lambda: self.controller.open_shared(
                dialog.shared(), dialog.password(), remember=dialog.remember_password()
            )
        )
        dialog.open()
        return dialog

    def open_restore_backup_dialog(self) -> RestoreBackupDialog | None:
        """File › Restore from a backup…: the backups of the open file; the chosen one
        replaces it (the file is kept aside first) and is opened."""
        from ui.dialogs.restore_backup import RestoreBackupDialog

        location = self.controller.location()
        if location is None or location.path is None:
            self.show_problem(
                self.tr("Restore from a backup"),
                self.tr("Open a database file first: its backups are listed."),
            )
            return None
        target = location.path
        dialog = RestoreBackupDialog(self.ctx, target, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

        def restore() -> None:
            chosen = dialog.chosen()
            if chosen is not None:
                self.controller.restore_backup(str(target), str(chosen))

        dialog.accepted.connect(restore)
        dialog.open()
        return dialog

    def offer_restore(self, target: str, backup: str, message: str) -> QMessageBox:
        """A damaged file was set aside: say so, and offer to restore its newest good
        backup (Restore) or leave it (Cancel)."""
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            self.tr("The database is damaged"),
            message + "\n\n" + self.tr("Restore the newest good backup, {0}?").format(backup),
            QMessageBox.StandardButton.Cancel,
            self,
        )
        restore = box.addButton(self.tr("&Restore"), QMessageBox.ButtonRole.AcceptRole)
        box.setDefaultButton(restore)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

        def answered() -> None:
            self._forget(box)
            if box.clickedButton() is restore:
                self.controller.restore_backup(target, backup)

        box.finished.connect(lambda _result: answered())
        self._messages.append(box)
        box.open()
        return box

    def open_import_dialog(self) -> ImportDialog | None:
        """Open the Import dialog for the mission that is open (window-modal)."""
        from ui.dialogs.import_wizard import ImportDialog

        if self.ctx.store is None or self.ctx.mission_id is None:
            self.show_problem(
                self.tr("Import"), self.tr("Open a mission first: the import goes into it.")
            )
            return None
        dialog = ImportDialog(self.ctx, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def open_setup_workbook_dialog(self) -> SetupWorkbookDialog:
        """The set-up workbook: save its template, or import a filled one into the mission
        (the dialog says so when no mission is open)."""
        from ui.dialogs.setup_workbook import SetupWorkbookDialog

        dialog = SetupWorkbookDialog(self.ctx, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def open_duplicates_dialog(self) -> DuplicatesDialog | None:
        """The mission's suspected duplicate participants, to merge by choice."""
        from ui.dialogs.duplicates import DuplicatesDialog

        if self.ctx.store is None or self.ctx.mission_id is None:
            self.show_problem(self.tr("Suspected duplicates"), self.tr("Open a mission first."))
            return None
        dialog = DuplicatesDialog(self.ctx, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def open_history_dialog(self) -> HistoryDialog | None:
        """Who changed what in the open mission, and when (the audit log)."""
        from ui.dialogs.history import HistoryDialog

        if self.ctx.store is None or self.ctx.mission_id is None:
            self.show_problem(self.tr("History of the mission"), self.tr("Open a mission first."))
            return None
        dialog = HistoryDialog(self.ctx, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def ask_erase_mission_people(self) -> None:
        """Erase every participant of the open mission (GDPR Art. 17), after a confirmation."""
        from app.services.erasure import erase_mission_people

        store, mission_id = self.ctx.store, self.ctx.mission_id
        if store is None or mission_id is None:
            self.show_problem(self.tr("Erase"), self.tr("Open a mission first."))
            return
        name = self.mission_combo.currentText()
        answer = QMessageBox.warning(
            self,
            self.tr("Erase personal data"),
            self.tr(
                "Erase every participant of {mission}: names, contacts, languages, "
                "availability and the sent log, also from the published versions? The "
                "organisations, the programme and the meetings stay. This cannot be undone."
            ).format(mission=name),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        self.ctx.undo.clear()  # an undo must not bring an erased person back
        paths = self.ctx.paths
        self.ctx.runner.run(
            lambda: erase_mission_people(store, mission_id, paths=paths),
            on_done=self._erased,
        )

    def _erased(self, erased: Erased) -> None:
        from ui.erasure_follow_up import follow_up
        from ui.erasure_text import erased_text

        self.ctx.bus.announce(erased.changes, self)
        text = erased_text(erased, self.ctx.paths.backups_dir)
        icon = QMessageBox.Icon.Information if erased.cleanup.done else QMessageBox.Icon.Warning
        self._show_box(icon, self.tr("Personal data"), text)
        follow_up(self.ctx, erased, self)

    def finish_erasure(self) -> None:
        """Finish an earlier erasure: the file's write-ahead log emptied and the file
        compacted, or the server's tables rewritten, now that nothing holds them."""
        from app.services.erasure import Cleanup, finish_erasure
        from ui.erasure_follow_up import cleanup_text

        store = self.ctx.store
        if store is None:
            self.show_problem(self.tr("Finish erasure"), self.tr("Open a database first."))
            return

        def done(cleanup: Cleanup) -> None:
            icon = QMessageBox.Icon.Information if cleanup.done else QMessageBox.Icon.Warning
            self._show_box(icon, self.tr("Finish erasure"), cleanup_text(cleanup))

        self.ctx.runner.run(lambda: finish_erasure(store), on_done=done)

    def _mission_chosen(self, index: int) -> None:
        mission_id = self.mission_combo.itemData(index)
        self.controller.switch_mission(mission_id if isinstance(mission_id, int) else None)

    def _ask_new_database(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("New database"),
            str(self.ctx.paths.data_dir / "mission.sqlite"),
            self.tr("Ponte databases ({0})").format(DATABASE_FILTER),
            options=QFileDialog.Option.DontConfirmOverwrite,
        )
        if path:
            if not Path(path).suffix:
                path += ".sqlite"
            self.controller.new_database(path)

    def _ask_open_database(self) -> None:
        location = self.controller.location()
        start = str(location.path.parent) if location and location.path else str(Path.home())
        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Open database"),
            start,
            self.tr("Ponte databases ({0});;All files (*)").format(DATABASE_FILTER),
        )
        if path:
            self.controller.open_database(path, create=False)

    def _language_chosen(self, code: str | None) -> None:
        self.controller.set_language(code)
        name = next(
            (lang.native_name for lang in available_languages() if lang.code == code),
            self.tr("the system language"),
        )
        self._show_box(
            QMessageBox.Icon.Information,
            self.tr("Language"),
            self.tr("Ponte will be shown in {0} the next time it starts.").format(name),
        )

    def _show_about(self) -> None:
        self._show_box(
            QMessageBox.Icon.Information,
            self.tr("About Ponte"),
            self.tr(
                "Ponte {0}\n\nTrade missions between the chambers of commerce of Turin and "
                "Nagoya: delegations, agenda, B2B meetings, badges and calendars."
            ).format(__version__),
        )

    def _show_box(self, icon: QMessageBox.Icon, title: str, text: str) -> QMessageBox:
        box = QMessageBox(icon, title, text, QMessageBox.StandardButton.Ok, self)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.finished.connect(lambda _result: self._forget(box))
        self._messages.append(box)
        box.open()
        return box

    def _forget(self, box: QMessageBox) -> None:
        if box in self._messages:
            self._messages.remove(box)

    def open_messages(self) -> list[QMessageBox]:
        """The message boxes still shown (tests read them)."""
        return list(self._messages)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.live.stop()
        for box in self.open_messages():
            box.close()
        super().closeEvent(event)
