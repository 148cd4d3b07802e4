"""The daily review (Ctrl+1): what is due, the weekly ritual, the next two weeks.

One key per action on the selected line: L logs a touch (prefilled log dialog), D marks it
done, S snoozes (tomorrow, 3 days, a week, a chosen date), K skips this cycle, Enter or O
opens the contact, M drafts a message from a template. Done, snooze and skip are undoable.
"""

from __future__ import annotations

import logging
from datetime import date, timedelta

import shiboken6
from PySide6.QtCore import QPoint, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence, QShowEvent, QUndoStack
from PySide6.QtWidgets import (
    QDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QMenu,
    QProgressBar,
    QPushButton,
    QToolBar,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from networking_app.domain.reminders import Agenda, DueItem, Suggestion
from networking_app.domain.vocabulary import TemplateKind
from networking_app.services.workspace import Workspace
from networking_app.ui.events import DataEvents
from networking_app.ui.today import review_text
from networking_app.ui.today.agenda_loader import AgendaLoader
from networking_app.ui.today.draft_dialog import DraftDialog
from networking_app.ui.today.reminder_commands import (
    ReminderCommand,
    RemoveReminderCommand,
    done_command,
    removable,
    skip_command,
    snooze_command,
)
from networking_app.ui.today.reminder_dialogs import CustomReminderDialog, LifeEventDialog
from networking_app.ui.today.snooze_date_dialog import SnoozeDateDialog
from networking_app.ui.today.today_list import TodayList
from networking_app.ui.today.today_menus import draft_menu, snooze_menu

log = logging.getLogger(__name__)

#: Commands whose line is selected again when they are undone.
RESELECTED_ON_UNDO = (ReminderCommand, RemoveReminderCommand)

DAY_CHECK_MS = 60_000
STATUS_MS = 10_000


class TodayView(QWidget):
    """Overdue and due today by kind, this week's ritual, events in 14 days, next steps."""

    open_contact_requested = Signal(int)
    log_requested = Signal(int)
    settings_requested = Signal()

    def __init__(
        self,
        workspace: Workspace,
        events: DataEvents,
        undo_stack: QUndoStack,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.reminders = workspace.reminders
        self.events = events
        self.undo_stack = undo_stack
        self.agenda: Agenda | None = None
        self._stale = True
        self._shown_day: date | None = None
        self.dialog: QDialog | None = None  # the last dialog opened (tests look at it)
        self._agenda_at: tuple[date, int] | None = None
        #: builds the agenda, on a worker thread when slow (shared with the tray)
        self.loader = AgendaLoader.shared(self.reminders, events)
        self.loader.loaded.connect(self._loaded)
        self._tree_from: Agenda | None = None  # the current agenda the lines were made from

        self.heading = QLabel()
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setBold(True)
        self.heading.setFont(font)
        self.summary = QLabel()
        # While the agenda is rebuilt after an action (slow with tens of thousands of
        # contacts), the lines shown are the previous ones minus what was acted on.
        self.updating = QLabel(self.tr("Updating…"))
        self.updating.setObjectName("todayUpdating")
        self.updating.setEnabled(False)  # greyed: a hint, not news
        self.updating.hide()
        self.add_button = QPushButton(self.tr("Add &Reminder…"))
        self.add_button.clicked.connect(lambda: self.add_reminder())
        self.event_button = QPushButton(self.tr("Record Life &Event…"))
        self.event_button.clicked.connect(lambda: self.record_life_event())
        self.settings_button = QPushButton(self.tr("Reminder Se&ttings…"))
        self.settings_button.clicked.connect(self.settings_requested.emit)
        # The heading has a row of its own: long French labels never squeeze it.
        header = QVBoxLayout()
        header.addWidget(self.heading)
        below = QHBoxLayout()
        below.addWidget(self.summary, 1)
        below.addWidget(self.updating)
        tools = QToolBar()
        tools.setObjectName("todayTools")
        tools.setFloatable(False)
        tools.setMovable(False)
        for button in (self.add_button, self.event_button, self.settings_button):
            tools.addWidget(button)
        below.addWidget(tools)
        header.addLayout(below)

        self.ritual_label = QLabel()
        self.ritual_label.setWordWrap(True)
        self.ritual_bar = QProgressBar()
        self.ritual_bar.setTextVisible(False)
        self.ritual_bar.setFixedWidth(180)
        ritual = QHBoxLayout()
        ritual.addWidget(self.ritual_label, 1)
        ritual.addWidget(self.ritual_bar)

        self.empty = QLabel()
        self.empty.setObjectName("todayEmpty")
        self.empty.setWordWrap(True)
        self.empty.setTextFormat(Qt.TextFormat.PlainText)
        self.empty.setStyleSheet(
            "QLabel#todayEmpty { background: palette(alternate-base); padding: 10px;"
            " border-radius: 6px; }"
        )

        self.tree = TodayList()
        self.tree.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.tree.customContextMenuRequested.connect(lambda pos: self._context_menu(pos))
        self.tree.currentItemChanged.connect(lambda *_: self._update_actions())
        self.tree.item_opened.connect(self.open_contact)

        self._build_actions()
        # A tool bar: when the window is narrow, what does not fit goes behind its » button.
        bar = QToolBar()
        bar.setObjectName("todayActions")
        bar.setFloatable(False)
        bar.setMovable(False)
        for action in (self.log_action, self.done_action):
            bar.addWidget(self._button(action))
        self.snooze_button = self._button(self.snooze_action)
        self.snooze_button.setMenu(self.snooze_menu)
        self.snooze_button.setPopupMode(QToolButton.ToolButtonPopupMode.MenuButtonPopup)
        bar.addWidget(self.snooze_button)
        for action in (self.skip_action, self.open_action):
            bar.addWidget(self._button(action))
        self.draft_button = self._button(self.draft_action)
        self.draft_button.setMenu(self.draft_menu)
        self.draft_button.setPopupMode(QToolButton.ToolButtonPopupMode.MenuButtonPopup)
        bar.addWidget(self.draft_button)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.addLayout(header)
        line = QFrame()
        line.setFrameShape(QFrame.Shape.HLine)
        layout.addWidget(line)
        layout.addLayout(ritual)
        layout.addWidget(self.empty)
        layout.addWidget(self.tree, 1)
        layout.addWidget(bar)

        # One refresh per change: contacts and interactions often change together, and
        # reminder actions announce reminders_changed last (it refreshes at once).
        self._refresh_soon = QTimer(self)
        self._refresh_soon.setSingleShot(True)
        self._refresh_soon.setInterval(0)
        self._refresh_soon.timeout.connect(self._data_changed)
        events.contacts_changed.connect(lambda _ids: self._data_changed_soon())
        events.interactions_changed.connect(lambda _ids: self._data_changed_soon())
        events.introductions_changed.connect(lambda _ids: self._data_changed_soon())
        events.reminders_changed.connect(self._data_changed)
        self._day_timer = QTimer(self)
        self._day_timer.setInterval(DAY_CHECK_MS)
        self._day_timer.timeout.connect(self._check_day)
        self._day_timer.start()
        self._undo_index = undo_stack.index()
        self._reselect: str | None = None
        undo_stack.indexChanged.connect(self._undo_moved)
        self._update_actions()

    # -- actions ------------------------------------------------------------------------
    def _build_actions(self) -> None:
        def action(text: str, key: str, slot: object) -> QAction:
            act = QAction(text, self)
            act.setShortcut(QKeySequence(key))
            act.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            act.setToolTip(f"{text.replace('&', '')} ({key})")
            act.triggered.connect(slot)
            self.addAction(act)
            return act

        self.log_action = action(self.tr("&Log Touch…"), "L", lambda: self.log_touch())
        self.done_action = action(self.tr("&Done"), "D", lambda: self.mark_done())
        self.snooze_action = action(self.tr("&Snooze"), "S", lambda: self.snooze_days(1))
        self.skip_action = action(self.tr("S&kip This Cycle"), "K", lambda: self.skip())
        self.open_action = action(self.tr("&Open Contact"), "O", lambda: self.open_contact())
        self.draft_action = action(self.tr("Draft &Message…"), "M", lambda: self.draft())
        self.delete_action = action(self.tr("Dele&te Reminder"), "Del", lambda: self.delete())
        self.snooze_menu = snooze_menu(self, self.snooze_days, self.snooze_to_date)
        self.draft_menu = draft_menu(self, self.draft)

    def _button(self, action: QAction) -> QToolButton:
        button = QToolButton()
        button.setDefaultAction(action)
        button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        return button

    # -- reading the agenda -------------------------------------------------------------
    def refresh(self) -> None:
        """Re-read the agenda and show it, keeping the selected line when it remains.

        When it has to be built on a worker thread, the previous agenda without the
        lines just acted on is shown meanwhile ("Updating…"), then the new one."""
        today = self.workspace.clock.today()
        agenda = self.loader.request(today)
        self._stale = False
        if agenda is not None:
            self._show(agenda, today, current=True)
            return
        meanwhile = self.loader.provisional()
        if meanwhile is not None:
            self._show(meanwhile, today, current=False)

    def _loaded(self, agenda: Agenda) -> None:
        """An agenda built on a worker thread, current when it landed."""
        today = self.workspace.clock.today()
        if self.isVisible() and agenda.today == today:
            self._show(agenda, today, current=True)
        else:
            self._stale = True  # remembered by the service: shown at once when visible

    def _show(self, agenda: Agenda, today: date, current: bool) -> None:
        self.agenda = agenda
        self._agenda_at = (today, self.events.generation) if current else None
        self.updating.setVisible(not current)
        self._shown_day = today
        self.heading.setText(review_text.heading(today))
        self.summary.setText(review_text.summary(agenda))
        ritual = agenda.ritual
        self.ritual_bar.setMaximum(max(ritual.target, 1))
        self.ritual_bar.setValue(min(len(ritual.contacted), ritual.target))
        self.ritual_label.setText(review_text.ritual_text(ritual))
        if not current and self._tree_from is not None and self._tree_from is self.loader.latest:
            self.tree.drop_lines(self.loader.gone, agenda)  # the rest stays as it is
        else:
            self.tree.show_agenda(agenda)
            self._tree_from = agenda if current else None
        self._show_empty(agenda)
        self._select_restored()  # an undone line, once its agenda is in
        self._update_actions()

    def current_agenda(self, today: date) -> Agenda | None:
        """The agenda shown, if it is for ``today`` and nothing changed since (the tray
        reuses it rather than computing the same one again)."""
        if self._agenda_at == (today, self.events.generation):
            return self.agenda
        return None

    def _show_empty(self, agenda: Agenda) -> None:
        if agenda.due:
            self.empty.hide()
            return
        self.empty.setText(review_text.empty_day_text(agenda))
        self.empty.show()

    def _data_changed(self) -> None:
        self._refresh_soon.stop()
        if self.isVisible():
            self.refresh()
        else:
            self._stale = True

    def _data_changed_soon(self) -> None:
        if self.isVisible():
            self._refresh_soon.start()
        else:
            self._stale = True

    def _check_day(self) -> None:
        if self._shown_day is not None and self.workspace.clock.today() != self._shown_day:
            self._data_changed()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale or self._shown_day != self.workspace.clock.today():
            self.refresh()
        self.tree.setFocus()

    # -- selection ----------------------------------------------------------------------
    def selected(self) -> DueItem | Suggestion | None:
        return self.tree.selected()

    def selected_due(self) -> DueItem | None:
        chosen = self.selected()
        return chosen if isinstance(chosen, DueItem) else None

    def selected_key(self) -> str | None:
        return self.tree.selected_key()

    def select_item(self, key: str) -> bool:
        """Select the line of the item with ``key`` (a clicked notification names one)."""
        if self._stale:
            self.refresh()
        return self.tree.select_item(key)

    def _update_actions(self) -> None:
        due = self.selected_due()
        chosen = self.selected()
        has_contact = chosen is not None and chosen.contact_id is not None
        for act in (self.done_action, self.snooze_action, self.skip_action):
            act.setEnabled(due is not None)
        self.snooze_menu.setEnabled(due is not None)
        for act in (self.log_action, self.open_action, self.draft_action):
            act.setEnabled(has_contact)
        self.delete_action.setEnabled(removable(due))

    def _context_menu(self, pos: QPoint) -> None:
        if self.selected() is None:
            return
        menu = QMenu(self)
        menu.addAction(self.log_action)
        menu.addAction(self.done_action)
        menu.addMenu(self.snooze_menu).setText(self.tr("Snooze"))
        menu.addAction(self.skip_action)
        menu.addAction(self.open_action)
        menu.addMenu(self.draft_menu).setText(self.tr("Draft Message"))
        if self.delete_action.isEnabled():
            menu.addSeparator()
            menu.addAction(self.delete_action)
        menu.popup(self.tree.viewport().mapToGlobal(pos))

    # -- the actions themselves -----------------------------------------------------------
    def mark_done(self) -> None:
        item = self.selected_due()
        if item is not None:
            self.loader.acted_on([item])
            self.undo_stack.push(done_command(self.reminders, item, self.events))
            self._status(review_text.done_message(item))

    def snooze_days(self, days: int) -> None:
        self.snooze_until(self.workspace.clock.today() + timedelta(days=days))

    def snooze_until(self, until: date) -> None:
        item = self.selected_due()
        if item is not None:
            self.loader.acted_on([item])
            self.undo_stack.push(snooze_command(self.reminders, item, until, self.events))
            self._status(review_text.snooze_message(item, until))

    def snooze_to_date(self) -> SnoozeDateDialog | None:
        if self.selected_due() is None:
            return None
        dialog = SnoozeDateDialog(self.workspace.clock.today() + timedelta(days=1), self)
        dialog.accepted.connect(lambda: self.snooze_until(dialog.chosen()))
        self._open(dialog)
        return dialog

    def delete(self) -> None:
        """Del: a reminder of the user's own (or a recorded life event) goes; Ctrl+Z."""
        item = self.selected_due()
        if removable(item):
            assert item is not None
            self.loader.acted_on([item])
            self.undo_stack.push(RemoveReminderCommand(self.reminders, item, self.events))

    def skip(self) -> None:
        item = self.selected_due()
        if item is not None:
            self.loader.acted_on([item])
            self.undo_stack.push(skip_command(self.reminders, item, self.events))
            back = self.workspace.reminders.skipped_until(item)
            self._status(review_text.skip_message(item, back))

    def _status(self, text: str) -> None:
        """Say what an action did in the window's status bar (the line is gone from view)."""
        window = self.window()
        if isinstance(window, QMainWindow):
            window.statusBar().showMessage(text, STATUS_MS)

    def _undo_moved(self, index: int) -> None:
        """After an undo, select the line that came back (else the cursor stays elsewhere)."""
        if not shiboken6.isValid(self.undo_stack):
            return  # the stack clears itself as the window closes: nothing to select
        undone = index < self._undo_index
        self._undo_index = index
        command = self.undo_stack.command(index) if undone else None
        keys = command.item_keys() if isinstance(command, RESELECTED_ON_UNDO) else []
        self._reselect = keys[0] if keys else None
        self._select_restored()

    def _select_restored(self) -> None:
        if self._reselect is not None and self.tree.select_item(self._reselect):
            self._reselect = None

    def log_touch(self) -> None:
        chosen = self.selected()
        if chosen is not None and chosen.contact_id is not None:
            self.log_requested.emit(chosen.contact_id)

    def open_contact(self) -> None:
        chosen = self.selected()
        if chosen is not None and chosen.contact_id is not None:
            self.open_contact_requested.emit(chosen.contact_id)

    def draft(self, kind: TemplateKind | None = None) -> DraftDialog | None:
        chosen = self.selected()
        if chosen is None or chosen.contact_id is None:
            return None
        dialog = DraftDialog.for_line(self.workspace, chosen, kind, self)
        self._open(dialog)
        return dialog

    def add_reminder(self, contact_id: int | None = None) -> CustomReminderDialog:
        dialog = CustomReminderDialog(self.workspace, self._contact_for(contact_id), self)
        dialog.saved.connect(lambda _id: self.events.reminders_changed.emit())
        self._open(dialog)
        return dialog

    def record_life_event(self, contact_id: int | None = None) -> LifeEventDialog:
        dialog = LifeEventDialog(self.workspace, self._contact_for(contact_id), self)
        dialog.saved.connect(lambda _id: self.events.reminders_changed.emit())
        self._open(dialog)
        return dialog

    def _contact_for(self, contact_id: int | None) -> int | None:
        """``contact_id``, else the selected line's person."""
        chosen = self.selected()
        return chosen.contact_id if contact_id is None and chosen is not None else contact_id

    def _open(self, dialog: QDialog) -> None:
        self.dialog = dialog
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
