"""Emails, phones, web links and social handles, each with a label and a preferred one."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import (
    QAbstractItemModel,
    QModelIndex,
    QPersistentModelIndex,
    QSignalBlocker,
    Qt,
    Signal,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QPushButton,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from networking_app.domain.contacts import MethodDraft
from networking_app.domain.vocabulary import MethodKind
from networking_app.ui.contacts.problem_messages import ProblemLabel, error_color
from networking_app.ui.contacts.row_table import RowTable
from networking_app.ui.labels import method_kind_labels

KIND_COL, VALUE_COL, LABEL_COL, PREFERRED_COL = range(4)
KIND_ROLE = Qt.ItemDataRole.UserRole
_Index = QModelIndex | QPersistentModelIndex


class _MethodDelegate(QStyledItemDelegate):
    """A combo box for the kind, line edits for the rest. Every keystroke is written to the
    model at once (not when the cell is left), so validation follows the typing."""

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: _Index) -> QWidget:
        cell = QPersistentModelIndex(index)
        model = index.model()
        if index.column() == KIND_COL:
            combo = QComboBox(parent)
            for kind, label in method_kind_labels().items():
                combo.addItem(label, kind.value)
            combo.currentIndexChanged.connect(lambda _row: self.setModelData(combo, model, cell))
            return combo
        line = QLineEdit(parent)
        line.setFrame(False)
        line.textEdited.connect(lambda text: model.setData(cell, text, Qt.ItemDataRole.EditRole))
        return line

    def setEditorData(self, editor: QWidget, index: _Index) -> None:
        if isinstance(editor, QComboBox):
            row = editor.findData(index.data(KIND_ROLE))
            if row != editor.currentIndex():
                editor.setCurrentIndex(row)
        elif isinstance(editor, QLineEdit):
            text = index.data(Qt.ItemDataRole.EditRole) or ""
            if editor.text() != text:  # keeps the cursor where it is while typing
                editor.setText(text)

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: _Index) -> None:
        if isinstance(editor, QComboBox):
            if model.data(index, KIND_ROLE) != editor.currentData():
                model.setData(index, editor.currentData(), KIND_ROLE)
                model.setData(index, editor.currentText(), Qt.ItemDataRole.DisplayRole)
        elif isinstance(editor, QLineEdit):
            model.setData(index, editor.text(), Qt.ItemDataRole.EditRole)


class MethodsEditor(QWidget):
    """A table of contact methods with buttons to add one of each kind and to remove."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.table = RowTable(0, 4)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Kind"), self.tr("Address or number"), self.tr("Label"), self.tr("Preferred")]
        )
        self.table.setAccessibleName(self.tr("Emails, phones and links"))
        self.table.setItemDelegate(_MethodDelegate(self.table))
        self.table.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.SelectedClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        self.table.setTabKeyNavigation(False)  # Tab leaves the table; arrows move in it
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(VALUE_COL, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(PREFERRED_COL, QHeaderView.ResizeMode.ResizeToContents)
        self.table.setColumnWidth(KIND_COL, 110)
        self.table.setColumnWidth(LABEL_COL, 150)
        self.problems_label = ProblemLabel()

        labels = method_kind_labels()
        self.add_buttons = {
            MethodKind.EMAIL: QPushButton(self.tr("Add e&mail")),
            MethodKind.PHONE: QPushButton(self.tr("Add p&hone")),
            MethodKind.URL: QPushButton(self.tr("Add &web link")),
            MethodKind.SOCIAL: QPushButton(self.tr("Add so&cial")),
        }
        buttons = QHBoxLayout()
        for kind, button in self.add_buttons.items():
            button.setToolTip(labels[kind])
            button.clicked.connect(lambda _checked=False, k=kind: self.add_method(k))
            buttons.addWidget(button)
        buttons.addStretch(1)
        self.remove_button = QPushButton(self.tr("&Remove"))
        self.remove_button.setEnabled(False)
        self.remove_button.clicked.connect(self.remove_selected)
        buttons.addWidget(self.remove_button)

        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.problems_label)
        layout.addLayout(buttons)

        self._problems: list[tuple[int, str]] | None = None  # None: rows moved, redo all
        self.table.itemChanged.connect(self._on_item_changed)
        self.table.itemChanged.connect(self.changed)
        self.table.itemSelectionChanged.connect(
            lambda: self.remove_button.setEnabled(bool(self.table.selected_rows()))
        )
        self.table.remove_requested.connect(self.remove_selected)

    # -- the value --------------------------------------------------------------------------
    def methods(self) -> tuple[MethodDraft, ...]:
        return tuple(
            MethodDraft(
                kind=self.table.cell(row, KIND_COL).data(KIND_ROLE),
                value=self.table.cell(row, VALUE_COL).text(),
                label=self.table.cell(row, LABEL_COL).text(),
                preferred=self.table.cell(row, PREFERRED_COL).checkState() == Qt.CheckState.Checked,
            )
            for row in range(self.table.rowCount())
        )

    def set_methods(self, methods: Sequence[MethodDraft]) -> None:
        with QSignalBlocker(self.table):
            self.table.setRowCount(0)
            for method in methods:
                self._append(method)
        self._problems = None
        self.changed.emit()

    # -- editing ----------------------------------------------------------------------------
    def add_method(self, kind: MethodKind) -> None:
        """A new row of ``kind``, its value ready to type; the first of a kind is preferred."""
        first = all(m.kind != kind.value for m in self.methods())
        with QSignalBlocker(self.table):
            row = self._append(MethodDraft(kind.value, "", "", preferred=first))
        self.table.setFocus()
        self.table.setCurrentCell(row, VALUE_COL)
        self.table.editItem(self.table.cell(row, VALUE_COL))
        self._problems = None
        self.changed.emit()

    def remove_selected(self) -> None:
        rows = self.table.selected_rows()
        if not rows:
            return
        for row in sorted(rows, reverse=True):
            self.table.removeRow(row)
        if self.table.rowCount():
            self.table.setCurrentCell(min(min(rows), self.table.rowCount() - 1), VALUE_COL)
        self._problems = None
        self.changed.emit()

    def set_problems(self, problems: Sequence[tuple[int, str]]) -> None:
        """Mark the rows (by index) that cannot be saved and say why under the table."""
        problems = list(problems)
        if problems == self._problems:
            return  # called on every keystroke: repaint only when the problems change
        self._problems = problems
        red = error_color(self.palette())
        said = dict(problems)
        with QSignalBlocker(self.table):
            for row in range(self.table.rowCount()):
                item = self.table.cell(row, VALUE_COL)
                message = said.get(row, "")
                if item.toolTip() != message:
                    item.setToolTip(message)
                    item.setData(Qt.ItemDataRole.ForegroundRole, red if message else None)
        self.problems_label.set_messages([message for _row, message in problems])

    def _append(self, method: MethodDraft) -> int:
        row = self.table.rowCount()
        self.table.insertRow(row)
        kind = QTableWidgetItem(method_kind_labels()[MethodKind(method.kind)])
        kind.setData(KIND_ROLE, method.kind)
        self.table.setItem(row, KIND_COL, kind)
        self.table.setItem(row, VALUE_COL, QTableWidgetItem(method.value))
        self.table.setItem(row, LABEL_COL, QTableWidgetItem(method.label))
        preferred = QTableWidgetItem()
        preferred.setFlags(
            Qt.ItemFlag.ItemIsEnabled
            | Qt.ItemFlag.ItemIsSelectable
            | Qt.ItemFlag.ItemIsUserCheckable
        )
        state = Qt.CheckState.Checked if method.preferred else Qt.CheckState.Unchecked
        preferred.setCheckState(state)
        self.table.setItem(row, PREFERRED_COL, preferred)
        return row

    def _on_item_changed(self, item: QTableWidgetItem) -> None:
        if item.column() not in (PREFERRED_COL, KIND_COL):
            return
        row = item.row()
        if self.table.cell(row, PREFERRED_COL).checkState() == Qt.CheckState.Checked:
            self._only_preferred(row)

    def _only_preferred(self, row: int) -> None:
        """One preferred address per kind: the one just chosen."""
        kind = self.table.cell(row, KIND_COL).data(KIND_ROLE)
        with QSignalBlocker(self.table):
            for other in range(self.table.rowCount()):
                if other != row and self.table.cell(other, KIND_COL).data(KIND_ROLE) == kind:
                    self.table.cell(other, PREFERRED_COL).setCheckState(Qt.CheckState.Unchecked)
