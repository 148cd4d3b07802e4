"""Undoable reminder actions (done, snooze, skip, snooze all) for the Today view and tray."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand

from networking_app.domain.reminders import DueItem, ItemState
from networking_app.services.reminders import Reminders

Changed = Callable[[Sequence[DueItem]], None]


class ReminderCommand(QUndoCommand):
    """Applies ``act`` to each item; undo puts back each item's previous state."""

    def __init__(
        self,
        reminders: Reminders,
        text: str,
        act: Callable[[], list[tuple[DueItem, ItemState]]],
        changed: Changed,
    ) -> None:
        super().__init__(text)
        self.reminders = reminders
        self.act = act
        self.changed = changed
        self.previous: list[tuple[DueItem, ItemState]] = []

    def redo(self) -> None:
        self.previous = self.act()
        self.changed([item for item, _ in self.previous])

    def undo(self) -> None:
        for item, state in reversed(self.previous):
            self.reminders.restore(item, state)
        self.changed([item for item, _ in self.previous])


def done_command(reminders: Reminders, item: DueItem, changed: Changed) -> ReminderCommand:
    return ReminderCommand(
        reminders,
        QCoreApplication.translate("ReminderCommands", "Done: {name}").format(
            name=item.contact_name or item.title
        ),
        lambda: [(item, reminders.done(item))],
        changed,
    )


def snooze_command(
    reminders: Reminders, item: DueItem, until: date, changed: Changed
) -> ReminderCommand:
    return ReminderCommand(
        reminders,
        QCoreApplication.translate("ReminderCommands", "Snooze: {name}").format(
            name=item.contact_name or item.title
        ),
        lambda: [(item, reminders.snooze(item, until))],
        changed,
    )


def skip_command(reminders: Reminders, item: DueItem, changed: Changed) -> ReminderCommand:
    return ReminderCommand(
        reminders,
        QCoreApplication.translate("ReminderCommands", "Skip this cycle: {name}").format(
            name=item.contact_name or item.title
        ),
        lambda: [(item, reminders.skip(item))],
        changed,
    )


def snooze_all_command(reminders: Reminders, until: date, changed: Changed) -> ReminderCommand:
    return ReminderCommand(
        reminders,
        QCoreApplication.translate("ReminderCommands", "Snooze All"),
        lambda: reminders.snooze_all(until),
        changed,
    )
