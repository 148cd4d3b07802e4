"""A table whose Delete key asks to remove the selected rows (when no cell is edited)."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import QAbstractItemView, QTableWidget, QTableWidgetItem


class RowTable(QTableWidget):
    remove_requested = Signal()

    def cell(self, row: int, column: int) -> QTableWidgetItem:
        item = self.item(row, column)
        assert item is not None, (row, column)  # every cell is filled when its row is added
        return item

    def selected_rows(self) -> set[int]:
        return {index.row() for index in self.selectionModel().selectedRows()}

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.matches(QKeySequence.StandardKey.Delete) and (
            self.state() != QAbstractItemView.State.EditingState
        ):
            self.remove_requested.emit()
            return
        super().keyPressEvent(event)
