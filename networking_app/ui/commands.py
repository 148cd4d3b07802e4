"""Undoable changes, pushed on the window's shared QUndoStack (Ctrl+Z / Ctrl+Shift+Z)."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand

from networking_app.domain.vocabulary import Circle
from networking_app.services.contacts import ContactBook
from networking_app.ui.events import DataEvents
from networking_app.ui.labels import circle_labels, plural


class MoveCirclesCommand(QUndoCommand):
    """Move contacts to another circle; undo puts each back where it was."""

    def __init__(
        self, book: ContactBook, events: DataEvents, ids: Sequence[int], circle: Circle
    ) -> None:
        super().__init__(
            plural(
                len(ids),
                QCoreApplication.translate("Commands", "Move {n} contact to {circle}"),
                QCoreApplication.translate("Commands", "Move {n} contacts to {circle}"),
            ).replace("{circle}", circle_labels()[circle])
        )
        self.book, self.events = book, events
        self.target = {cid: circle for cid in ids}
        self.previous: dict[int, Circle] = {}

    def redo(self) -> None:
        self.previous = self.book.move(self.target)
        self.events.contacts_changed.emit(list(self.target))

    def undo(self) -> None:
        self.book.move(self.previous)
        self.events.contacts_changed.emit(list(self.previous))


class TrashContactsCommand(QUndoCommand):
    """Move contacts to the trash; undo restores them."""

    def __init__(self, book: ContactBook, events: DataEvents, ids: Sequence[int]) -> None:
        super().__init__(
            plural(
                len(ids),
                QCoreApplication.translate("Commands", "Move {n} contact to the trash"),
                QCoreApplication.translate("Commands", "Move {n} contacts to the trash"),
            )
        )
        self.book, self.events, self.ids = book, events, list(ids)

    def redo(self) -> None:
        self.book.trash(self.ids)
        self.events.contacts_changed.emit(self.ids)

    def undo(self) -> None:
        self.book.restore(self.ids)
        self.events.contacts_changed.emit(self.ids)
