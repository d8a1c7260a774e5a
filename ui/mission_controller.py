"""What the shell does: open a database, list its missions, switch and create missions.

The main window only shows what this controller announces and forwards what the coordinator
asked for. All database work runs on ``ctx.runner``; results arrive on the UI thread.
"""

from __future__ import annotations

import logging
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

from app.common.secrets import SecretNotKept
from app.common.settings import save_settings
from app.core.changes import Changes
from ui.context import AppContext
from ui.errors import failure_text, is_user_error, user_message
from ui.i18n import current_language

# The database's actions (SQLAlchemy and the model: most of what the window would import before
# it shows) load with the first database opened, on a timer after the first paint: each method
# that needs one imports it where it is used (issue 14, item 8).
if TYPE_CHECKING:
    from app.services.database import Location, SharedDatabase, Store
    from app.services.erasure import RetentionDue
    from app.services.missions import MissionDraft, MissionRow

log = logging.getLogger(__name__)


def remembered_target(location: Location) -> str:
    """How a database is written into the settings: a file's full path, or a URL without
    its password (the settings file is plain text; a server's password belongs in the
    system keyring)."""
    return location.display()


def is_url(target: str) -> bool:
    return "://" in target


def _list_missions(store: Store) -> list[MissionRow]:
    from app.services.missions import list_missions

    return list_missions(store)


def _retention_due(store: Store, days: int) -> list[RetentionDue]:
    from app.services.erasure import retention_due

    return retention_due(store, date.today(), days)


class MissionController(QObject):
    """The behaviour behind the shell; announces every change through signals.

    ``persist=False`` keeps the user's settings file untouched (screenshots use it).
    """

    database_opened = Signal(object)  # Location of the database now open
    missions_listed = Signal(list)  # list[MissionRow], the latest first
    current_mission_changed = Signal(object)  # MissionRow | None
    mission_created = Signal(int)
    recent_changed = Signal(list)  # list[str]
    problem = Signal(str, str)  # title, message: something the coordinator must be told
    notice = Signal(str)  # a passing remark for the status bar
    retention_reminder = Signal(str)  # finished missions whose personal data is due for erasure
    # a shared database wants a password (SharedDatabase, why): the window asks for it
    password_needed = Signal(object, str)
    # a damaged file was set aside and a good backup exists (file, backup, message): the
    # window offers to restore it
    restore_offered = Signal(str, str, str)
    # "waiting for another program using FILE…", said on the worker thread: queued to the
    # window's thread through this signal, then shown as a notice
    _waiting = Signal(str)

    def __init__(
        self, ctx: AppContext, *, persist: bool = True, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._persist = persist
        self._missions: list[MissionRow] = []
        self._closed = False
        # the shared databases' passwords given in this run (typed, or in a --db URL), by
        # keyring account: reopening one from the recent list does not ask again
        self._passwords: dict[str, str] = {}
        ctx.runner.failed.connect(self._job_failed)
        ctx.bus.changed.connect(self._data_changed)
        self._waiting.connect(self.notice)

    # --- what the shell reads ---------------------------------------------------------------

    def location(self) -> Location | None:
        return self.ctx.store.location if self.ctx.store is not None else None

    def missions(self) -> list[MissionRow]:
        return list(self._missions)

    def current_mission(self) -> MissionRow | None:
        return next((m for m in self._missions if m.id == self.ctx.mission_id), None)

    def recent(self) -> list[str]:
        return list(self.ctx.settings.recent)

    # --- opening databases ------------------------------------------------------------------

    def open_startup(self, db: str | None, mission_id: int | None = None) -> None:
        """Open what the command line named, else the last database, else the default file.

        The last database is not re-created if it has gone (a USB stick, a moved file): the
        coordinator is told instead. A named or default file is created when missing.
        """
        settings = self.ctx.settings
        if db:
            self.open_database(db, create=True, mission_id=mission_id)
        elif settings.database:
            self.open_database(settings.database, create=False, mission_id=mission_id)
        else:
            default = str(self.ctx.paths.default_database)
            self.open_database(default, create=True, mission_id=mission_id)

    def open_database(
        self,
        target: str,
        *,
        create: bool = False,
        mission_id: int | None = None,
        password: str | None = None,
        remember: bool = False,
    ) -> None:
        """Open ``target`` in the background; the database open so far stays open if it fails.

        A shared database takes ``password`` (else one given earlier in this run, the
        keyring's, PGPASSWORD's); ``remember`` keeps it in the keyring once it opened. One
        that asks for a password it does not have is announced by ``password_needed``."""
        if self.ctx.mail.is_busy():
            self.problem.emit(
                self.tr("A sending is running"),
                self.tr(
                    "Ponte is sending e-mails from the database that is open. Let it finish, or "
                    "cancel it on the Publish page, then open the other database."
                ),
            )
            return
        paths = self.ctx.paths
        if password is None and is_url(target):
            password = self._session_password(target)

        # imported here, on the UI thread (the first database loads SQLAlchemy and the model)
        from app.services.database import (
            on_database_wait,
            open_database,
            remember_database_password,
        )
        from app.services.missions import list_missions

        on_database_wait(lambda message: self._waiting.emit(message.text(current_language())))

        def job() -> tuple[Store, list[MissionRow], str | None]:
            store = open_database(
                target, paths=paths, create=create, password=password, actor=actor
            )
            try:
                missions = list_missions(store)
            except BaseException:
                store.close()
                raise
            kept_note: str | None = None
            if remember and password:
                try:
                    remember_database_password(store.location.display(), password)
                except SecretNotKept as exc:
                    kept_note = exc.text(language)
            return store, missions, kept_note

        language = current_language()
        actor = self.ctx.who()  # who this window's changes are by, for the audit log
        self.ctx.runner.run(
            job,
            on_done=lambda result: self._opened(*result, wanted_mission=mission_id),
            on_error=lambda exc: self._open_failed(target, exc),
        )

    def open_shared(
        self, shared: SharedDatabase, password: str | None, *, remember: bool = False
    ) -> None:
        """Open a shared database named by File › Open shared database…."""
        from app.services.database import StoreError

        try:
            target = shared.target()
        except StoreError as exc:
            self.problem.emit(self.tr("Cannot open the database"), user_message(exc))
            return
        self.open_database(target, create=True, password=password, remember=remember)

    def _session_password(self, target: str) -> str | None:
        from app.services.database import StoreError, parse_location

        try:
            return self._passwords.get(parse_location(target).account)
        except StoreError:
            return None

    def open_recent(self, target: str) -> None:
        """Open a recent database; a file that has gone is reported and dropped from the list."""
        if not is_url(target) and not Path(target).expanduser().is_file():
            self.ctx.settings.remove_recent(target)
            self._save()
            self.recent_changed.emit(self.recent())
            self.problem.emit(
                self.tr("Database not found"),
                self.tr("{0} no longer exists; it was removed from the recent files.").format(
                    target
                ),
            )
            return
        self.open_database(target, create=False)

    def new_database(self, path: str) -> None:
        """Create a new, empty database file; an existing file is never overwritten."""
        if Path(path).expanduser().exists():
            self.problem.emit(
                self.tr("File already exists"),
                self.tr(
                    "{0} already exists. Choose another name, or use Open database… to open it."
                ).format(path),
            )
            return
        self.open_database(path, create=True)

    def _opened(
        self,
        store: Store,
        missions: list[MissionRow],
        kept_note: str | None,
        wanted_mission: int | None,
    ) -> None:
        if self._closed:  # the window went away while the database was opening
            store.close()
            return
        if store.location.password is not None:
            self._passwords[store.location.account] = store.location.password
        if kept_note is not None:
            self.notice.emit(kept_note)
        old = self.ctx.store
        self.ctx.store = store
        if old is not None:
            self.ctx.runner.run(old.close)  # after any job still using it
        self.ctx.undo.clear()  # its commands belong to the previous database

        settings = self.ctx.settings
        target = remembered_target(store.location)
        reopened_last = settings.database == target
        settings.database = target
        settings.add_recent(target)
        self._save()

        self._missions = list(missions)
        self.database_opened.emit(store.location)
        self.missions_listed.emit(self.missions())
        self.recent_changed.emit(self.recent())
        if store.backup is not None:
            self.notice.emit(
                self.tr("The database was upgraded; a copy of the old one is at {0}").format(
                    store.backup
                )
            )

        ids = [m.id for m in missions]
        from app.services.missions import default_mission  # loaded with the database

        fallback = default_mission(missions, date.today())
        choice: int | None = fallback.id if fallback else None
        if wanted_mission is not None:
            if wanted_mission in ids:
                choice = wanted_mission
            else:
                self.problem.emit(
                    self.tr("Mission not found"),
                    self.tr("This database has no mission {0}.").format(wanted_mission),
                )
        elif reopened_last and settings.mission_id in ids:
            choice = settings.mission_id
        self._set_mission(choice)
        days = settings.retention_days
        self.ctx.runner.run(lambda: _retention_due(store, days), on_done=self._remind_retention)

    def _remind_retention(self, due: list[RetentionDue]) -> None:
        """Say which finished missions still hold personal data past the retention time."""
        if self._closed or not due:
            return
        names = ", ".join(d.name for d in due)
        self.retention_reminder.emit(
            self.tr(
                "%n finished mission(s) still hold personal data past the retention time: "
                "{names}. Once the chambers' report is done, erase it with File ▸ Erase "
                "personal data of this mission….",
                "",
                len(due),
            ).format(names=names)
        )

    def _open_failed(self, target: str, exc: BaseException) -> None:
        from app.services.database import (
            DamagedDatabase,
            PasswordNeeded,
            SharedDatabase,
            WrongPassword,
            masked,
        )

        if self._closed:
            return
        if isinstance(exc, DamagedDatabase) and exc.backup is not None:
            self.restore_offered.emit(str(exc.path), str(exc.backup), user_message(exc))
            return
        shared = SharedDatabase.from_target(target)
        if isinstance(exc, PasswordNeeded) and shared is not None:
            self._passwords.pop(shared.account, None)
            if isinstance(exc, WrongPassword):
                why = user_message(exc)
            else:
                why = self.tr("{0} asks for a password.").format(masked(target))
            self.password_needed.emit(shared, why)
            return
        if is_user_error(exc):
            message = user_message(exc)  # written for the coordinator, never with a password
        else:
            message = self.tr("Ponte could not open the database: {0}").format(failure_text(exc))
        self.problem.emit(self.tr("Cannot open the database"), message)

    # --- backups ----------------------------------------------------------------------------

    def restore_backup(self, target: str, backup: str) -> None:
        """Put ``backup`` in place of the file ``target`` (closing it first if it is the one
        open; the file it replaces is kept aside), then open it. In the background."""
        if self.ctx.mail.is_busy():
            self.problem.emit(
                self.tr("A sending is running"),
                self.tr(
                    "Ponte is sending e-mails from the database that is open. Let it finish, "
                    "or cancel it on the Publish page, then restore the backup."
                ),
            )
            return
        from app.services.backups import restore_backup

        paths = self.ctx.paths
        store = self.ctx.store
        file = Path(target)

        def job() -> Path | None:
            open_file = store.location.path if store is not None else None
            if (
                store is not None
                and open_file is not None
                and open_file.resolve() == file.resolve()
            ):
                store.close()  # no connection of ours is left on the file it replaces
            return restore_backup(Path(backup), file, paths)

        self.ctx.undo.clear()  # its commands belong to the file as it was
        self.ctx.runner.run(
            job,
            on_done=lambda kept: self._restored(target, backup, kept),
            on_error=lambda exc: self._restore_failed(exc),
        )

    def _restored(self, target: str, backup: str, kept: Path | None) -> None:
        if self._closed:
            return
        if kept is None:
            note = self.tr("{0} was restored from {1}.").format(target, backup)
        else:
            note = self.tr(
                "{0} was restored from {1}; the file it replaced is kept as {2}."
            ).format(target, backup, kept)
        self.notice.emit(note)
        self.open_database(target, create=False)

    def _restore_failed(self, exc: BaseException) -> None:
        if self._closed:
            return
        if is_user_error(exc):
            message = user_message(exc)
        else:
            message = self.tr("The backup was not restored: {0}").format(failure_text(exc))
        self.problem.emit(self.tr("Cannot restore the backup"), message)

    # --- missions ---------------------------------------------------------------------------

    def switch_mission(self, mission_id: int | None) -> None:
        """Show another mission of the open database."""
        if mission_id == self.ctx.mission_id:
            return
        if mission_id is not None and mission_id not in {m.id for m in self._missions}:
            return
        self._set_mission(mission_id)

    def refresh_missions(self) -> None:
        """List the missions again (after another part of Ponte changed them)."""
        store = self.ctx.store
        if store is None:
            return
        self.ctx.runner.run(lambda: _list_missions(store), on_done=self._relisted)

    def create_mission(self, draft: MissionDraft) -> None:
        """Create a mission in the background and switch to it."""
        store = self.ctx.store
        if store is None:
            self.problem.emit(
                self.tr("No database open"),
                self.tr("Open or create a database before creating a mission."),
            )
            return

        from app.services.missions import create_mission, list_missions

        def job() -> tuple[int, list[MissionRow]]:
            return create_mission(store, draft), list_missions(store)

        self.ctx.runner.run(job, on_done=self._created, on_error=self._create_failed)

    def adopt_mission(self, mission_id: int) -> None:
        """A mission made elsewhere in the window (the Mission page's reuse): list the
        missions again and open it, as after File › New mission."""
        store = self.ctx.store
        if store is None:
            return
        self.ctx.runner.run(lambda: (mission_id, _list_missions(store)), on_done=self._created)

    def _created(self, result: tuple[int, list[MissionRow]]) -> None:
        if self._closed:
            return
        new_id, missions = result
        self._missions = list(missions)
        self.missions_listed.emit(self.missions())
        self.ctx.bus.announce(Changes(missions=True), self)
        self.mission_created.emit(new_id)
        self._set_mission(new_id)

    def _create_failed(self, exc: BaseException) -> None:
        if self._closed:
            return
        if is_user_error(exc):
            message = user_message(exc)
        else:
            message = self.tr("The mission was not created: {0}").format(failure_text(exc))
        self.problem.emit(self.tr("Cannot create the mission"), message)

    def _relisted(self, missions: list[MissionRow]) -> None:
        if self._closed:
            return
        self._missions = list(missions)
        self.missions_listed.emit(self.missions())
        if self.ctx.mission_id is not None and self.current_mission() is None:
            self._set_mission(missions[0].id if missions else None)  # ours was deleted
        else:
            self.current_mission_changed.emit(self.current_mission())

    def _set_mission(self, mission_id: int | None) -> None:
        self.ctx.mission_id = mission_id
        self.ctx.settings.mission_id = mission_id
        self._save()
        self.current_mission_changed.emit(self.current_mission())
        self.ctx.bus.mission_changed.emit(mission_id)

    def _data_changed(self, changes: Changes, initiator: object | None) -> None:
        if changes.missions and initiator is not self:
            self.refresh_missions()

    # --- settings ---------------------------------------------------------------------------

    def set_language(self, code: str | None) -> None:
        """Remember the window's language (None follows the system); used from the next start."""
        self.ctx.settings.ui_language = code
        self._save()

    def clear_recent(self) -> None:
        self.ctx.settings.recent = []
        self._save()
        self.recent_changed.emit([])

    def _save(self) -> None:
        if not self._persist:
            return
        try:
            save_settings(self.ctx.paths, self.ctx.settings)
        except OSError as exc:  # a read-only profile must not stop the work
            log.warning("could not save settings: %s", exc)

    # --- the end ----------------------------------------------------------------------------

    def _job_failed(self, exc: BaseException) -> None:
        if self._closed:
            return
        self.problem.emit(self.tr("Something went wrong"), failure_text(exc))

    def shutdown(self) -> None:
        """Wait for the worker, then close the database (called once, when the window closes)."""
        if self._closed:
            return
        self._closed = True
        self.ctx.compute.shutdown()  # cancels a running solve; its result is not stored
        self.ctx.mail.shutdown()  # stops a sending between two messages; those sent are logged
        self.ctx.network.shutdown()  # a connection test gives up within its timeout
        self.ctx.runner.shutdown()
        if self.ctx.store is not None:
            store = self.ctx.store
            store.close()
            self.ctx.store = None
            if store.location.is_sqlite:
                from app.services.backups import backup_after_close

                backup_after_close(store, self.ctx.paths)  # only if it changed; never raises
