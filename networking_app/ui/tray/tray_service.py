"""The reminder service in the system tray.

The icon shows how many items are due; its menu acts on the first five; notifications come
at the user's daily time and when an item falls due during the day (the engine decides
which, never twice a day, never in quiet hours or while paused). Due items are recomputed
on a data change, on a day change and after a wake from suspend or a clock change (a tick
that arrives much later than planned).
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable, Sequence
from dataclasses import replace
from datetime import date, datetime, timedelta
from functools import partial

from PySide6.QtCore import QLocale, QObject, QTime, QTimer, Signal
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QMenu, QSystemTrayIcon

from networking_app.domain.reminders import Agenda, DueItem
from networking_app.services.workspace import Workspace
from networking_app.ui.dates import day_text
from networking_app.ui.events import DataEvents
from networking_app.ui.today import review_text
from networking_app.ui.today.agenda_loader import AgendaLoader, overdue_count
from networking_app.ui.today.item_text import (
    item_line,
    kind_labels,
    reconnect_text,
    what_text,
    when_text,
)
from networking_app.ui.today.reminder_commands import (
    done_command,
    snooze_all_command,
    snooze_command,
)
from networking_app.ui.tray.badge import app_icon, badge_icon

log = logging.getLogger(__name__)

TICK_MS = 60_000
MENU_ITEMS = 5
NOTIFICATION_MS = 15_000
FIRST_CHECK_MS = 300


class TrayService(QObject):
    """The tray icon, its menu and the notifications, over ``workspace.reminders``."""

    #: the user asked for today's review (menu entry or a click on the icon)
    open_today_requested = Signal()
    #: a notification was clicked: show this item (its key) in the Today view
    open_item_requested = Signal(str)
    quit_requested = Signal()
    #: notifications were shown for these item keys
    notified = Signal(list)
    #: what an action from the menu did, in words (the window shows it in its status bar)
    said = Signal(str)

    def __init__(
        self,
        workspace: Workspace,
        events: DataEvents | None = None,
        undo_stack: QUndoStack | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.reminders = workspace.reminders
        self.events = events or DataEvents(self)
        self.undo_stack = undo_stack or QUndoStack(self)
        self.agenda: Agenda | None = None
        self._base_icon = app_icon()
        self._shown_count = -1
        self._clicked_key = ""
        self._stale = False
        self._day = self.workspace.clock.today()
        #: Seconds on the wall clock: a tick much later than planned means a wake from
        #: suspend or a clock change (QTimer counts monotonic time, which a suspend stops).
        self.wall: Callable[[], float] = time.time
        #: The agenda another view computed for a day on the same data, if any.
        self.borrow: Callable[[date], Agenda | None] = lambda _day: None
        self._last_tick = self.wall()
        #: the agenda shown is provisional: a worker is building the current one
        self._pending = False
        self._notify_when_loaded = False
        self.loader = self._loader_of(self.events)

        self.menu = QMenu()
        self.menu.aboutToHide.connect(self._menu_closed)
        self.icon = QSystemTrayIcon(self)
        self.icon.setContextMenu(self.menu)
        self.icon.activated.connect(self._activated)
        self.icon.messageClicked.connect(self._message_clicked)
        self._refresh_soon = QTimer(self)
        self._refresh_soon.setSingleShot(True)
        self._refresh_soon.setInterval(0)
        self._refresh_soon.timeout.connect(self.refresh)
        self.timer = QTimer(self)
        self.timer.setInterval(TICK_MS)
        self.timer.timeout.connect(self.tick)
        self._connect_events()

    # -- wiring -----------------------------------------------------------------------
    def _connect_events(self) -> None:
        self.events.contacts_changed.connect(self.schedule_refresh)
        self.events.interactions_changed.connect(self.schedule_refresh)
        self.events.introductions_changed.connect(self.schedule_refresh)
        self.events.reminders_changed.connect(self.schedule_refresh)

    def _loader_of(self, events: DataEvents) -> AgendaLoader:
        """The agenda loader the Today view over ``events`` uses too (one build for both)."""
        loader = AgendaLoader.shared(self.reminders, events)
        loader.loaded.connect(self._loaded)
        return loader

    def start(self) -> None:
        self.refresh()
        self.icon.show()
        self.timer.start()
        # The first check once the tray has docked the icon (a balloon points at it).
        QTimer.singleShot(FIRST_CHECK_MS, self, self.tick)

    def stop(self) -> None:
        self.timer.stop()
        self.icon.hide()
        self.menu.deleteLater()

    def now(self) -> datetime:
        """The local time, aware (the workspace clock's, so tests can set it)."""
        clock = self.workspace.clock
        return clock.to_local(clock.now()).astimezone()

    # -- recomputation ----------------------------------------------------------------
    def schedule_refresh(self, *_args: object) -> None:
        self._refresh_soon.start()

    def refresh(self, fresh: bool = False) -> None:
        """Re-read the agenda (or borrow the one just computed for the same data); the
        menu is rebuilt once it is closed if it is open now."""
        today = self.workspace.clock.today()
        borrowed = None if fresh else self.borrow(today)
        agenda = borrowed or self.loader.request(today)
        self._pending = agenda is None
        if agenda is None:  # built on a worker thread: the last one, minus what was acted on
            agenda = self.loader.provisional() or self.agenda
        if agenda is not None:
            self._show(agenda)

    def _loaded(self, agenda: Agenda) -> None:
        """An agenda built on a worker thread, current when it landed."""
        self._pending = False
        self._show(agenda)
        if self._notify_when_loaded:
            self._notify_when_loaded = False
            self.notify_due(self.now())

    def _show(self, agenda: Agenda) -> None:
        self.agenda = agenda
        due = agenda.due
        if len(due) != self._shown_count:
            self.icon.setIcon(badge_icon(len(due), self._base_icon))
            self._shown_count = len(due)
        self.icon.setToolTip(self.tooltip())
        if self.menu.isVisible():
            self._stale = True
        else:
            self._build_menu()

    def tick(self) -> None:
        """Every minute: catch day changes, wakes and clock jumps, then notify."""
        wall = self.wall()
        jumped = abs(wall - self._last_tick) > 3 * TICK_MS / 1000
        self._last_tick = wall
        today = self.workspace.clock.today()
        if jumped or today != self._day:
            log.info("recomputing reminders (%s)", "clock jump or wake" if jumped else "new day")
            self._day = today
            self.refresh(fresh=True)
        self.notify_due(self.now())

    def notify_due(self, now: datetime) -> Sequence[DueItem]:
        """Show one notification for what became due; returns the items it names.

        While the agenda is being rebuilt, waits for it: the one shown may still list an
        item just done."""
        if self._pending:
            self._notify_when_loaded = True
            return []
        items = self.reminders.to_notify(now, self.agenda)
        if not items:
            return []
        if len(items) == 1:
            item = items[0]
            title = item.contact_name or kind_labels()[item.kind]
            body = f"{what_text(item)} ({when_text(item)})"
            if item.reconnect:
                body += "\n" + reconnect_text(item)
        else:
            title = self.tr("{n} reminders are due").format(n=QLocale().toString(len(items)))
            lines = [item_line(item) for item in items[:3]]
            if len(items) > 3:
                lines.append(self.tr("and {n} more").format(n=QLocale().toString(len(items) - 3)))
            body = "\n".join(lines)
        self._clicked_key = items[0].key
        self.icon.showMessage(title, body, self.icon.icon(), NOTIFICATION_MS)
        self.reminders.mark_notified(items, now)
        log.info("notified %d reminders", len(items))
        self.notified.emit(list(items.keys()))
        return items

    # -- what the user sees -----------------------------------------------------------
    def tooltip(self) -> str:
        agenda = self.agenda
        if agenda is None or not agenda.due:
            lines = [self.tr("Rapport: nothing is due today")]
        else:
            late = overdue_count(agenda.due)
            due = (
                self.tr("Rapport: {n} due, {late} overdue")
                if late
                else self.tr("Rapport: {n} due")  # never "0 overdue"
            )
            lines = [
                due.format(n=QLocale().toString(len(agenda.due)), late=QLocale().toString(late))
            ]
        if agenda is not None:
            lines.append(review_text.ritual_line(agenda.ritual))
        until = self.paused_until()
        if until is not None:
            lines.append(
                self.tr("Notifications paused until {when}").format(when=self._when(until))
            )
        return "\n".join(lines)

    def _when(self, moment: datetime) -> str:
        """ "14:30" today, "tomorrow" at midnight, else "3 Dec 2026 14:30"."""
        local = moment.astimezone(self.now().tzinfo)
        today = self.now().date()
        clock = QLocale().toString(QTime(local.hour, local.minute), QLocale.FormatType.ShortFormat)
        if local.date() == today:
            return clock
        if local.date() == today + timedelta(days=1):
            if local.time() == datetime.min.time():
                return self.tr("tomorrow")
            return self.tr("tomorrow {time}").format(time=clock)
        return f"{day_text(local.date())} {clock}"

    def _build_menu(self) -> None:
        self._stale = False
        menu = self.menu
        # clear() keeps the submenus (children of the menu): drop them with their actions.
        for old in menu.findChildren(QMenu):
            old.deleteLater()
        menu.clear()
        menu.addAction(self.tr("Open Today’s Review"), self.open_today_requested.emit)
        menu.addSeparator()
        due = self.agenda.due if self.agenda else ()
        if not due:
            empty = menu.addAction(self.tr("Nothing is due today"))
            empty.setEnabled(False)
        for item in due[:MENU_ITEMS]:
            sub = menu.addMenu(item_line(item))
            sub.setObjectName(f"due:{item.key}")
            sub.addAction(self.tr("Done"), partial(self.done, item))
            for label, days in self.snooze_choices():
                sub.addAction(label, partial(self.snooze, item, days))
        if len(due) > MENU_ITEMS:
            more = menu.addAction(
                self.tr("{n} more in today’s review…").format(
                    n=QLocale().toString(len(due) - MENU_ITEMS)
                )
            )
            more.triggered.connect(self.open_today_requested.emit)
        menu.addSeparator()
        snooze_all = menu.addAction(self.tr("Snooze All until Tomorrow"), self.snooze_all)
        snooze_all.setEnabled(bool(due))
        pause = menu.addMenu(self.tr("Pause Notifications"))
        pause.addAction(self.tr("For 1 Hour"), lambda: self.pause(timedelta(hours=1)))
        pause.addAction(self.tr("Until Tomorrow"), self.pause_until_tomorrow)
        resume = pause.addAction(self.tr("Resume Now"), self.resume)
        resume.setEnabled(self.paused_until() is not None)
        menu.addSeparator()
        menu.addAction(self.tr("Quit Rapport"), self.quit_requested.emit)

    def snooze_choices(self) -> list[tuple[str, int]]:
        return [
            (self.tr("Snooze until Tomorrow"), 1),
            (self.tr("Snooze 3 Days"), 3),
            (self.tr("Snooze a Week"), 7),
        ]

    # -- actions ----------------------------------------------------------------------
    def done(self, item: DueItem) -> None:
        self.loader.acted_on([item])
        self.undo_stack.push(done_command(self.reminders, item, self.events))
        self.said.emit(review_text.done_message(item))

    def snooze(self, item: DueItem, days: int) -> None:
        until = self.workspace.clock.today() + timedelta(days=days)
        self.loader.acted_on([item])
        self.undo_stack.push(snooze_command(self.reminders, item, until, self.events))
        self.said.emit(review_text.snooze_message(item, until))

    def snooze_all(self) -> None:
        until = self.workspace.clock.today() + timedelta(days=1)
        if self.agenda is not None:
            self.loader.acted_on(self.agenda.due)
        self.undo_stack.push(snooze_all_command(self.reminders, until, self.events))
        self.said.emit(
            self.tr("Everything due is snoozed until {date}").format(date=day_text(until))
        )

    def paused_until(self) -> datetime | None:
        until = self.reminders.settings().paused_until
        if until is None or until <= self.now():
            return None
        return until

    def pause(self, length: timedelta) -> None:
        self._set_pause(self.now() + length)

    def pause_until_tomorrow(self) -> None:
        tomorrow = self.workspace.clock.today() + timedelta(days=1)
        self._set_pause(datetime.combine(tomorrow, datetime.min.time()).astimezone())

    def resume(self) -> None:
        self._set_pause(None)

    def _set_pause(self, until: datetime | None) -> None:
        settings = self.reminders.settings()
        self.reminders.save_settings(replace(settings, paused_until=until))
        log.info("notifications paused until %s", until)
        self.refresh()

    def _menu_closed(self) -> None:
        if self._stale:
            # Rebuilding inside aboutToHide would delete the action being triggered.
            QTimer.singleShot(0, self._build_menu)

    def _activated(self, reason: QSystemTrayIcon.ActivationReason) -> None:
        if reason in (
            QSystemTrayIcon.ActivationReason.Trigger,
            QSystemTrayIcon.ActivationReason.DoubleClick,
        ):
            self.open_today_requested.emit()

    def _message_clicked(self) -> None:
        if self._clicked_key:
            self.open_item_requested.emit(self._clicked_key)
        else:
            self.open_today_requested.emit()
