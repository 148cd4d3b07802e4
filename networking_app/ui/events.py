"""One hub of "the data changed" signals, so every view refreshes what it shows."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal


class DataEvents(QObject):
    """Emitted after a change is stored; views re-read only what they show."""

    #: ids of the contacts whose card may have changed (added, edited, moved, trashed,
    #: restored, merged away); an empty list means "reload everything".
    contacts_changed = Signal(list)
    #: ids of the interactions logged, edited, deleted, restored or whose next step was
    #: marked done; an empty list means "reload everything".
    interactions_changed = Signal(list)
    #: ids of the introduction requests saved or moved along their chain; an empty list
    #: means "reload everything".
    introductions_changed = Signal(list)
    #: reminder states, custom reminders, life events or reminder settings changed
    reminders_changed = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        #: How many changes were announced: something computed at the same count is
        #: still current (connected first, so it counts before any view reacts).
        self.generation = 0
        self.contacts_changed.connect(self._count)
        self.interactions_changed.connect(self._count)
        self.reminders_changed.connect(self._count)
        self.introductions_changed.connect(self._count)

    def _count(self, *_args: object) -> None:
        self.generation += 1
