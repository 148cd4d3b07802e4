"""Undoable reminder actions (done, snooze, skip, snooze all) for the Today view and tray."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand

from networking_app.domain.reminders import DueItem, DueKind, ItemState
from networking_app.services.reminders import Reminders
from networking_app.ui.events import DataEvents


def announce(events: DataEvents, items: Sequence[DueItem], touched: bool) -> None:
    """Tell the views what an action changed.

    ``touched``: a touch was logged or removed, or a next step closed or reopened, so
    these people's cards and the timeline change too. ``reminders_changed`` comes last:
    the reminder views refresh once, on it.
    """
    people: dict[int, None] = {}
    for item in items:
        # A snoozed or skipped keep-in-touch changes when the board counts them overdue.
        if touched or item.kind in (DueKind.KEEP_IN_TOUCH, DueKind.DORMANT):
            ids = item.contact_ids or ((item.contact_id,) if item.contact_id else ())
            people.update(dict.fromkeys(ids))
    if people:  # (an empty list would mean "every contact changed")
        events.contacts_changed.emit(list(people))
    if touched:
        events.interactions_changed.emit([])
    events.reminders_changed.emit()


class ReminderCommand(QUndoCommand):
    """Applies ``act`` to each item; undo puts back each item's previous state."""

    def __init__(
        self,
        reminders: Reminders,
        text: str,
        act: Callable[[], list[tuple[DueItem, ItemState]]],
        events: DataEvents,
        touches: bool = False,
    ) -> None:
        super().__init__(text)
        self.reminders = reminders
        self.act = act
        self.events = events
        self.touches = touches
        self.previous: list[tuple[DueItem, ItemState]] = []

    def redo(self) -> None:
        self.previous = self.act()
        announce(self.events, [item for item, _ in self.previous], self.touches)

    def undo(self) -> None:
        for item, state in reversed(self.previous):
            self.reminders.restore(item, state)
        announce(self.events, [item for item, _ in self.previous], self.touches)

    def item_keys(self) -> list[str]:
        """The keys of the items acted on (a view selects them again after an undo)."""
        return [item.key for item, _ in self.previous]


def done_command(reminders: Reminders, item: DueItem, events: DataEvents) -> ReminderCommand:
    return ReminderCommand(
        reminders,
        QCoreApplication.translate("ReminderCommands", "Done: {name}").format(
            name=item.contact_name or item.title
        ),
        lambda: [(item, reminders.done(item))],
        events,
        touches=True,
    )


def snooze_command(
    reminders: Reminders, item: DueItem, until: date, events: DataEvents
) -> ReminderCommand:
    return ReminderCommand(
        reminders,
        QCoreApplication.translate("ReminderCommands", "Snooze: {name}").format(
            name=item.contact_name or item.title
        ),
        lambda: [(item, reminders.snooze(item, until))],
        events,
    )


def skip_command(reminders: Reminders, item: DueItem, events: DataEvents) -> ReminderCommand:
    return ReminderCommand(
        reminders,
        QCoreApplication.translate("ReminderCommands", "Skip this cycle: {name}").format(
            name=item.contact_name or item.title
        ),
        lambda: [(item, reminders.skip(item))],
        events,
    )


def snooze_all_command(reminders: Reminders, until: date, events: DataEvents) -> ReminderCommand:
    return ReminderCommand(
        reminders,
        QCoreApplication.translate("ReminderCommands", "Snooze All"),
        lambda: reminders.snooze_all(until),
        events,
    )


class RemoveReminderCommand(QUndoCommand):
    """Delete a custom reminder or a recorded life event; undo records it again."""

    def __init__(self, reminders: Reminders, item: DueItem, events: DataEvents) -> None:
        super().__init__(
            QCoreApplication.translate("ReminderCommands", "Delete: {name}").format(
                name=item.title or item.contact_name
            )
        )
        self.reminders, self.item, self.events = reminders, item, events
        self.put_back: Callable[[], DueItem | None] | None = None

    def redo(self) -> None:
        self.put_back = self.reminders.remove(self.item)
        if self.put_back is None:
            self.setObsolete(True)  # nothing of the user's own to delete
        announce(self.events, [self.item], touched=False)

    def undo(self) -> None:
        if self.put_back is not None:
            back = self.put_back()
            if back is not None:
                self.item = back
        announce(self.events, [self.item], touched=False)

    def item_keys(self) -> list[str]:
        return [self.item.key]


def removable(item: DueItem | None) -> bool:
    """A custom reminder or a recorded life event (not a birthday field, not a step)."""
    return (
        item is not None
        and item.source_id is not None
        and item.kind in (DueKind.CUSTOM, DueKind.LIFE_EVENT)
    )
