"""Who this contact knows: the links behind introducer suggestions and bridges."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from PySide6.QtCore import (
    QAbstractItemModel,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSignalBlocker,
    Qt,
    Signal,
)
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QGridLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSpinBox,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from networking_app.domain.contacts import RelationshipDraft
from networking_app.domain.vocabulary import RelationshipKind
from networking_app.ui.contacts.contact_picker import Choice, ContactPicker
from networking_app.ui.contacts.problem_messages import ProblemLabel, error_color
from networking_app.ui.contacts.row_table import RowTable
from networking_app.ui.labels import relationship_labels

CONTACT_COL, KIND_COL, STRENGTH_COL = range(3)
DATA_ROLE = Qt.ItemDataRole.UserRole
_Index = QModelIndex | QPersistentModelIndex


def kind_combo(parent: QWidget | None = None) -> QComboBox:
    combo = QComboBox(parent)
    for kind, label in relationship_labels().items():
        combo.addItem(label, kind.value)
    return combo


def strength_spin(parent: QWidget | None = None) -> QSpinBox:
    spin = QSpinBox(parent)
    spin.setRange(1, 5)
    spin.setValue(3)
    return spin


class _LinkDelegate(QStyledItemDelegate):
    """The kind as a combo box, the strength as a 1–5 spin box; the contact is fixed.
    Changes reach the model at once, so validation follows them."""

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: _Index) -> QWidget:
        cell = QPersistentModelIndex(index)
        model = index.model()
        if index.column() == KIND_COL:
            combo = kind_combo(parent)
            combo.currentIndexChanged.connect(lambda _row: self.setModelData(combo, model, cell))
            return combo
        spin = strength_spin(parent)
        spin.setFrame(False)
        spin.valueChanged.connect(lambda _value: self.setModelData(spin, model, cell))
        return spin

    def setEditorData(self, editor: QWidget, index: _Index) -> None:
        value = index.data(DATA_ROLE)
        if isinstance(editor, QComboBox):
            row = max(editor.findData(value), 0)
            if row != editor.currentIndex():
                editor.setCurrentIndex(row)
        elif isinstance(editor, QSpinBox) and editor.value() != value:
            editor.setValue(int(value))

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: _Index) -> None:
        if isinstance(editor, QComboBox):
            value, text = editor.currentData(), editor.currentText()
        elif isinstance(editor, QSpinBox):
            value, text = editor.value(), str(editor.value())
        else:
            return
        if model.data(index, DATA_ROLE) != value:
            model.setData(index, value, DATA_ROLE)
            model.setData(index, text, Qt.ItemDataRole.DisplayRole)


class RelationshipsEditor(QWidget):
    """A table of this contact's links, and a row to add one: whom, how, how strong."""

    changed = Signal()

    def __init__(
        self, choices: Sequence[Choice], self_id: int | None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._names = {c.id: c.name for c in choices}
        self.table = RowTable(0, 3)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Person"), self.tr("Relationship"), self.tr("Strength (1–5)")]
        )
        self.table.setAccessibleName(self.tr("Relationships"))
        self.table.setItemDelegate(_LinkDelegate(self.table))
        self.table.setTabKeyNavigation(False)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(CONTACT_COL, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(STRENGTH_COL, QHeaderView.ResizeMode.ResizeToContents)
        self.table.setColumnWidth(KIND_COL, 150)

        self.picker = ContactPicker(choices, exclude=[self_id] if self_id is not None else [])
        self.picker.setAccessibleName(self.tr("New relationship with"))
        self.kind_combo = kind_combo()
        self.kind_combo.setAccessibleName(self.tr("Kind of relationship"))
        self.strength_spin = strength_spin()
        self.strength_spin.setAccessibleName(self.tr("Strength, from 1 (faint) to 5 (strong)"))
        self.add_button = QPushButton(self.tr("&Add"))
        self.add_button.setEnabled(False)
        self.remove_button = QPushButton(self.tr("&Remove"))
        self.remove_button.setEnabled(False)
        self.incoming_label = QLabel()
        self.incoming_label.setWordWrap(True)
        self.incoming_label.hide()
        self.problems_label = ProblemLabel()
        self._problems: list[tuple[int, str]] | None = None  # None: rows moved, redo all

        with_label = QLabel(self.tr("&With:"))
        with_label.setBuddy(self.picker)
        strength_label = QLabel(self.tr("Stren&gth:"))
        strength_label.setBuddy(self.strength_spin)
        add_row = QGridLayout()
        add_row.addWidget(with_label, 0, 0)
        add_row.addWidget(self.picker, 0, 1)
        add_row.addWidget(self.kind_combo, 0, 2)
        add_row.addWidget(strength_label, 0, 3)
        add_row.addWidget(self.strength_spin, 0, 4)
        add_row.addWidget(self.add_button, 0, 5)
        add_row.addWidget(self.remove_button, 0, 6)
        add_row.setColumnStretch(1, 1)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.problems_label)
        layout.addLayout(add_row)
        layout.addWidget(self.incoming_label)

        self.picker.contact_changed.connect(
            lambda contact_id: self.add_button.setEnabled(contact_id is not None)
        )
        self.picker.search_line.returnPressed.connect(self._add_on_enter)
        self.kind_combo.installEventFilter(self)
        self.strength_spin.installEventFilter(self)
        self.add_button.clicked.connect(self.add_chosen)
        self.remove_button.clicked.connect(self.remove_selected)
        self.table.remove_requested.connect(self.remove_selected)
        self.table.itemChanged.connect(self.changed)
        self.table.itemSelectionChanged.connect(
            lambda: self.remove_button.setEnabled(bool(self.table.selected_rows()))
        )

    # -- the value --------------------------------------------------------------------------
    def relationships(self) -> tuple[RelationshipDraft, ...]:
        return tuple(
            RelationshipDraft(
                other_id=self.table.cell(row, CONTACT_COL).data(DATA_ROLE),
                kind=self.table.cell(row, KIND_COL).data(DATA_ROLE),
                strength=self.table.cell(row, STRENGTH_COL).data(DATA_ROLE),
            )
            for row in range(self.table.rowCount())
        )

    def set_relationships(
        self, links: Sequence[RelationshipDraft], names: Mapping[int, str] | None = None
    ) -> None:
        """Show ``links``; ``names`` names contacts the picker does not offer (in the trash)."""
        self._names.update(names or {})
        with QSignalBlocker(self.table):
            self.table.setRowCount(0)
            for link in links:
                self._append(link)
        self._problems = None
        self.changed.emit()

    def set_incoming(self, names: Sequence[str]) -> None:
        """Links other contacts hold towards this one (edited from their side)."""
        self.incoming_label.setText(
            self.tr("Also linked from their side: {names}.").format(names=", ".join(names))
        )
        self.incoming_label.setVisible(bool(names))

    # -- editing ----------------------------------------------------------------------------
    def add_chosen(self) -> None:
        """Add the link set up in the row under the table (or select it if it exists)."""
        other = self.picker.contact_id()
        if other is None:
            return
        link = RelationshipDraft(other, self.kind_combo.currentData(), self.strength_spin.value())
        existing = [
            row
            for row, known in enumerate(self.relationships())
            if (known.other_id, known.kind) == (link.other_id, link.kind)
        ]
        if existing:
            self.table.selectRow(existing[0])
            return
        with QSignalBlocker(self.table):
            row = self._append(link)
        self.table.selectRow(row)
        self.picker.set_contact_id(None)
        self.picker.setFocus()
        self._problems = None
        self.changed.emit()

    def remove_selected(self) -> None:
        rows = self.table.selected_rows()
        for row in sorted(rows, reverse=True):
            self.table.removeRow(row)
        if rows:
            self._problems = None
            self.changed.emit()

    def set_problems(self, problems: Sequence[tuple[int, str]]) -> None:
        problems = list(problems)
        if problems == self._problems:
            return  # called on every keystroke: repaint only when the problems change
        self._problems = problems
        red = error_color(self.palette())
        wrong = {row for row, _message in problems}
        with QSignalBlocker(self.table):
            for row in range(self.table.rowCount()):
                colour = red if row in wrong else None
                self.table.cell(row, CONTACT_COL).setData(Qt.ItemDataRole.ForegroundRole, colour)
        self.problems_label.set_messages([message for _row, message in problems])

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Enter in the row under the table adds the link set up there (not save the dialog)."""
        if (
            watched in (self.kind_combo, self.strength_spin)
            and isinstance(event, QKeyEvent)
            and event.type() == QEvent.Type.KeyPress
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
            and self.picker.contact_id() is not None
        ):
            self.strength_spin.interpretText()
            self.add_chosen()
            return True
        return super().eventFilter(watched, event)

    def _add_on_enter(self) -> None:
        if self.picker.is_suggesting():
            return  # this Enter takes a suggestion; the next one adds the link
        self.picker.resolve_text()  # Enter comes before the field's editingFinished
        if self.picker.contact_id() is not None:
            self.add_chosen()

    def _append(self, link: RelationshipDraft) -> int:
        row = self.table.rowCount()
        self.table.insertRow(row)
        name = self._names.get(link.other_id) or self.tr("(a contact in the trash)")
        contact = QTableWidgetItem(name)
        contact.setData(DATA_ROLE, link.other_id)
        contact.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
        self.table.setItem(row, CONTACT_COL, contact)
        kind = QTableWidgetItem(relationship_labels()[RelationshipKind(link.kind)])
        kind.setData(DATA_ROLE, link.kind)
        self.table.setItem(row, KIND_COL, kind)
        strength = QTableWidgetItem(str(link.strength))
        strength.setData(DATA_ROLE, link.strength)
        self.table.setItem(row, STRENGTH_COL, strength)
        return row
