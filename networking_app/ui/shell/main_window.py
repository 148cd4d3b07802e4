"""The main window: navigation sidebar, the five views, menus, remembered state."""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import date
from pathlib import Path

from PySide6.QtCore import (
    QByteArray,
    QObject,
    QRunnable,
    QSettings,
    Qt,
    QThreadPool,
    QTimer,
    Signal,
)
from PySide6.QtGui import (
    QAction,
    QActionGroup,
    QCloseEvent,
    QDragEnterEvent,
    QDropEvent,
    QKeySequence,
    QUndoStack,
)
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QStackedWidget,
    QWidget,
)

from networking_app import APP_NAME, __version__
from networking_app.domain.profile import Profile
from networking_app.services.workspace import Workspace
from networking_app.ui.board.board_view import BoardView
from networking_app.ui.events import DataEvents
from networking_app.ui.interchange.interchange_actions import InterchangeActions, dropped_files
from networking_app.ui.intro.introductions_view import IntroductionsView
from networking_app.ui.shell.contact_actions import ContactActions
from networking_app.ui.shell.empty_state import EmptyStateView
from networking_app.ui.shell.help_dialog import HelpDialog
from networking_app.ui.shell.restart_offer import offer_restart
from networking_app.ui.shell.settings_dialog import SettingsDialog
from networking_app.ui.shell.views import VIEWS
from networking_app.ui.timeline.timeline_view import TimelineView
from networking_app.ui.today.reminder_settings_dialog import ReminderSettingsDialog
from networking_app.ui.today.today_view import TodayView

log = logging.getLogger(__name__)

BACKUP_CHECK_INTERVAL_MS = 60 * 60 * 1000


class _BackupSignals(QObject):
    finished = Signal(str)  # path of the new backup, "" when none was due
    failed = Signal(str)


class _BackupJob(QRunnable):
    """A backup off the GUI thread: it checks and copies the whole file."""

    def __init__(self, take: Callable[[], Path | None]) -> None:
        super().__init__()
        self.take = take
        self.signals = _BackupSignals()
        self.done = False

    def run(self) -> None:
        try:
            written = self.take()
        except Exception as exc:  # reported in the status bar and the log, never lost
            log.exception("backup failed")
            self.signals.failed.emit(str(exc))
        else:
            self.signals.finished.emit(str(written or ""))
        finally:
            self.done = True


class MainWindow(QMainWindow):
    """The window the user opens every morning."""

    view_changed = Signal(str)
    #: The user asked to restart now (a new language): the application quits, then
    #: starts again once the data folder is closed (see ``app.run_gui``).
    restart_requested = Signal()

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self._ui_state = QSettings(str(workspace.paths.ui_state_file), QSettings.Format.IniFormat)
        self._help: HelpDialog | None = None
        self._backup_jobs: list[_BackupJob] = []
        self._shut_down = False
        self.setWindowTitle(APP_NAME)
        self.setMinimumSize(720, 480)

        self.sidebar = QListWidget()
        self.sidebar.setObjectName("navigation")
        self.sidebar.setAccessibleName(self.tr("Navigation"))
        self.sidebar.setFixedWidth(180)
        self.sidebar.setStyleSheet("QListWidget#navigation::item { padding: 10px 12px; }")
        self.undo_stack = QUndoStack(self)
        self.events = DataEvents(self)
        self.board = BoardView(workspace, self.undo_stack, self.events)
        self.contact_actions = ContactActions(
            self, workspace, self.undo_stack, self.events, self.board.selected_ids
        )
        self.board.selection_changed.connect(self.contact_actions.selection_changed)
        self.interchange_actions = InterchangeActions(self, workspace, self.events)
        self.setAcceptDrops(True)  # contact files dropped on the window are imported
        self.board.edit_requested.connect(self.contact_actions.edit_contact)
        self.board.new_requested.connect(self.contact_actions.new_contact)
        self.board.timeline_requested.connect(self.show_contact_timeline)
        self.timeline = TimelineView(workspace, self.events, self.undo_stack)
        self.board.log_requested.connect(self.timeline.log_interaction)
        self.events.contacts_changed.connect(lambda _ids: self.refresh())
        self.events.interactions_changed.connect(lambda _ids: self.refresh())
        self.today = TodayView(workspace, self.events, self.undo_stack)
        self.today.log_requested.connect(lambda cid: self.timeline.log_interaction([cid]))
        self.today.open_contact_requested.connect(self.open_contact)
        self.today.settings_requested.connect(self.open_reminder_settings)
        self.board.detail.reminder_requested.connect(self.today.add_reminder)
        self.board.detail.life_event_requested.connect(self.today.record_life_event)
        real_views: dict[str, QWidget] = {
            "today": self.today,
            "board": self.board,
            "timeline": self.timeline,
        }
        self.introductions = IntroductionsView(workspace, self.events, self.undo_stack)
        self.introductions.new_requested.connect(lambda: self.contact_actions.ask_introduction())
        self.board.intro_requested.connect(self.contact_actions.ask_introduction)
        real_views["introductions"] = self.introductions
        self.stack = QStackedWidget()
        self.views: dict[str, QWidget] = {}
        for spec in VIEWS:
            view = real_views.get(spec.key)
            if view is None and spec.heading and spec.explanation:
                view = EmptyStateView(spec.heading(), spec.explanation())
            assert view is not None, spec.key
            view.setObjectName(f"view-{spec.key}")
            self.views[spec.key] = view
            self.stack.addWidget(view)
            item = QListWidgetItem(spec.title())
            item.setData(Qt.ItemDataRole.UserRole, spec.key)
            self.sidebar.addItem(item)
        self.sidebar.currentRowChanged.connect(self._show_row)

        central = QWidget()
        layout = QHBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.sidebar)
        layout.addWidget(self.stack, 1)
        self.setCentralWidget(central)
        self._build_menus()
        self.interchange_actions.watch_drops(self)
        self.refresh()
        self._restore_state()

        self._backup_timer = QTimer(self)
        self._backup_timer.setInterval(BACKUP_CHECK_INTERVAL_MS)
        self._backup_timer.timeout.connect(self.start_auto_backup)

    # -- menus and shortcuts ---------------------------------------------------------
    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        self.backup_action = file_menu.addAction(self.tr("&Back Up Now"), self.backup_now)
        self.settings_action = file_menu.addAction(self.tr("&Settings…"), self.open_settings)
        self.settings_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Preferences))
        if self.settings_action.shortcut().isEmpty():
            self.settings_action.setShortcut(QKeySequence("Ctrl+,"))
        self.settings_action.setMenuRole(QAction.MenuRole.PreferencesRole)
        self.reminder_settings_action = file_menu.addAction(
            self.tr("&Reminders and Templates…"), self.open_reminder_settings
        )
        file_menu.addSeparator()
        self.quit_action = file_menu.addAction(self.tr("&Quit"), self.quit_app)
        self.quit_action.setShortcut(QKeySequence("Ctrl+Q"))
        self.quit_action.setMenuRole(QAction.MenuRole.QuitRole)
        self.interchange_actions.fill_menu(file_menu, self.backup_action)

        edit_menu = self.menuBar().addMenu(self.tr("&Edit"))
        self.undo_action = self.undo_stack.createUndoAction(self, self.tr("&Undo"))
        self.undo_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Undo))
        self.redo_action = self.undo_stack.createRedoAction(self, self.tr("&Redo"))
        self.redo_action.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
        edit_menu.addAction(self.undo_action)
        edit_menu.addAction(self.redo_action)
        edit_menu.addSeparator()
        self.find_action = edit_menu.addAction(self.tr("&Find Contacts…"), self.find_contacts)
        self.find_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Find))

        contacts_menu = self.menuBar().addMenu(self.tr("&Contacts"))
        self.contact_actions.fill_menu(contacts_menu)
        contacts_menu.addSeparator()
        self.log_action = contacts_menu.addAction(
            self.tr("&Log Interaction…"), self.log_interaction
        )
        self.log_action.setShortcut(QKeySequence("Ctrl+L"))
        self.contact_timeline_action = contacts_menu.addAction(
            self.tr("Show Contact’s &Timeline"), self.show_contact_timeline
        )

        view_menu = self.menuBar().addMenu(self.tr("&View"))
        group = QActionGroup(self)
        self.view_actions: dict[str, QAction] = {}
        for number, spec in enumerate(VIEWS, start=1):
            action = view_menu.addAction(spec.title())
            action.setCheckable(True)
            action.setShortcut(QKeySequence(f"Ctrl+{number}"))
            action.triggered.connect(lambda _=False, key=spec.key: self.show_view(key))
            group.addAction(action)
            self.view_actions[spec.key] = action

        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        self.help_action = help_menu.addAction(self.tr("Rapport &Help"), self.open_help)
        self.help_action.setShortcut(QKeySequence(QKeySequence.StandardKey.HelpContents))
        help_menu.addAction(self.tr("&About Rapport"), self.show_about)

    # -- navigation -------------------------------------------------------------------
    def current_view(self) -> str:
        return VIEWS[self.stack.currentIndex()].key

    def show_view(self, key: str) -> None:
        keys = [spec.key for spec in VIEWS]
        self.sidebar.setCurrentRow(keys.index(key))

    def _show_row(self, row: int) -> None:
        if row < 0:
            return
        self.stack.setCurrentIndex(row)
        key = VIEWS[row].key
        self.view_actions[key].setChecked(True)
        log.info("view changed to %s", key)
        self.view_changed.emit(key)

    def find_contacts(self) -> None:
        """Ctrl+F: the timeline's search when it is shown, else the board's."""
        if self.current_view() == "timeline":
            self.timeline.focus_search()
            return
        self.show_view("board")
        self.board.focus_filter()

    def log_interaction(self) -> None:
        """Ctrl+L from anywhere: the people selected on the board are prefilled."""
        ids = self.board.selected_ids() if self.current_view() == "board" else []
        self.timeline.log_interaction(ids)

    def show_contact_timeline(self, contact_id: int | None = None) -> None:
        ids = [contact_id] if contact_id is not None else self.board.selected_ids()
        if len(ids) == 1:
            self.show_view("timeline")
            self.timeline.show_contact(ids[0])

    def open_contact(self, contact_id: int) -> None:
        """Show ``contact_id`` on the board, selected, with its detail panel."""
        self.show_view("board")
        if self.board.store.loaded:
            self.board.select_contact(contact_id)
            return

        def when_loaded(_change: object) -> None:
            self.board.store.changed.disconnect(when_loaded)
            self.board.select_contact(contact_id)

        # The cards are read in the background the first time the board shows.
        self.board.store.changed.connect(when_loaded)

    def refresh(self) -> None:
        """Re-read what the views show from the data."""
        counts = self.workspace.counts()
        for spec in VIEWS:
            view = self.views[spec.key]
            if isinstance(view, EmptyStateView) and spec.fact is not None:
                view.set_fact(spec.fact(counts))
        self.statusBar().showMessage(
            self.tr("Data folder: {path}").format(path=self.workspace.paths.data_dir)
        )

    # -- dropped contact files ----------------------------------------------------------
    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if dropped_files(event):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:
        files = dropped_files(event)
        if not files:
            event.ignore()
            return
        event.acceptProposedAction()
        self.interchange_actions.import_files(files)

    # -- state ------------------------------------------------------------------------
    def _restore_state(self) -> None:
        geometry = self._ui_state.value("window/geometry")
        if isinstance(geometry, QByteArray) and not geometry.isEmpty():
            self.restoreGeometry(geometry)
        else:
            self.resize(1280, 800)
        last = self._ui_state.value("window/last_view", "today")
        self.show_view(last if last in self.view_actions else "today")

    def save_state(self) -> None:
        self._ui_state.setValue("window/geometry", self.saveGeometry())
        self._ui_state.setValue("window/last_view", self.current_view())
        self._ui_state.sync()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.save_state()
        super().closeEvent(event)

    def bring_to_front(self) -> None:
        """Show and raise the window (a second launch asked for it)."""
        if self.isMinimized():
            self.showNormal()
        self.show()
        self.raise_()
        self.activateWindow()

    # -- actions ----------------------------------------------------------------------
    def open_settings(self) -> SettingsDialog:
        """Open the settings (window-modal, without blocking); saved when accepted."""
        dialog = SettingsDialog(self.workspace.profile(), self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self._save_profile(dialog.profile()))
        dialog.open()
        return dialog

    def open_reminder_settings(self) -> ReminderSettingsDialog:
        """Cadences, notification time, quiet hours, ritual, start at login, templates."""
        dialog = ReminderSettingsDialog(self.workspace, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.saved.connect(self.events.reminders_changed.emit)
        dialog.cadences_changed.connect(lambda: self.events.contacts_changed.emit([]))
        dialog.open()
        return dialog

    def _save_profile(self, profile: Profile) -> None:
        previous = self.workspace.profile()
        self.workspace.save_profile(profile)
        if profile.language != previous.language:
            offer_restart(self, self.restart_requested.emit)

    def open_help(self) -> None:
        if self._help is None:
            self._help = HelpDialog(self)
        self._help.show()
        self._help.raise_()
        self._help.activateWindow()

    def show_about(self) -> None:
        QMessageBox.about(
            self,
            self.tr("About Rapport"),
            self.tr(
                "<h3>Rapport {version}</h3><p>Strategic networking as daily habits:"
                " give first, keep in touch a little and often, ask well.</p>"
                "<p>Your data stays on this computer, in {path}.</p>"
            ).format(version=__version__, path=self.workspace.paths.data_dir),
        )

    def backup_now(self) -> None:
        """File → Back Up Now, in the background; the status bar says where it went."""
        self.statusBar().showMessage(self.tr("Backing up…"))
        self._start_backup(self.workspace.backup_now, self._backup_done, self._backup_failed)

    def _backup_done(self, path: str) -> None:
        self.statusBar().showMessage(self.tr("Backup written to {path}").format(path=path))

    def _backup_failed(self, message: str) -> None:
        self.statusBar().clearMessage()
        QMessageBox.warning(self, self.tr("Backup failed"), message)

    def start_auto_backup(self) -> None:
        """Take today's rotating backup in the background if it is not there yet."""
        self._start_backup(
            lambda: self.workspace.auto_backup(date.today()),
            self._auto_backup_done,
            self._auto_backup_failed,
        )
        if not self._backup_timer.isActive():
            self._backup_timer.start()

    def _start_backup(
        self,
        take: Callable[[], Path | None],
        done: Callable[[str], None],
        failed: Callable[[str], None],
    ) -> None:
        job = _BackupJob(take)
        job.setAutoDelete(False)  # kept until its signals have been delivered
        job.signals.finished.connect(done)
        job.signals.failed.connect(failed)
        # Jobs live until the pool is done with them; finished ones are dropped here.
        self._backup_jobs = [old for old in self._backup_jobs if not old.done]
        self._backup_jobs.append(job)
        QThreadPool.globalInstance().start(job)

    def _auto_backup_done(self, path: str) -> None:
        if path:
            self.statusBar().showMessage(
                self.tr("Daily backup written to {path}").format(path=path), 10_000
            )

    def _auto_backup_failed(self, message: str) -> None:
        self.statusBar().showMessage(
            self.tr("The daily backup failed: {reason}").format(reason=message)
        )

    def quit_app(self) -> None:
        self.close()
        QApplication.quit()

    def shutdown(self) -> None:
        """Save state, let background work finish, close the data folder (once)."""
        if self._shut_down:
            return
        self._shut_down = True
        self._backup_timer.stop()
        self.save_state()
        QThreadPool.globalInstance().waitForDone()
        self._backup_jobs.clear()
        self.workspace.close()
