"""A table whose Delete key asks to remove the selected rows (when no cell is edited)."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import QAbstractItemView, QTableWidget


class RowTable(QTableWidget):
    remove_requested = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.matches(QKeySequence.StandardKey.Delete) and (
            self.state() != QAbstractItemView.State.EditingState
        ):
            self.remove_requested.emit()
            return
        super().keyPressEvent(event)
