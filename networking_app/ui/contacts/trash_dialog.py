"""The trash: contacts deleted from the board wait here to be restored or purged."""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import QDate, QDateTime, QLocale, Qt, QTime, QTimeZone, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QStackedWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from networking_app.services.contacts import ContactBook, TrashEntry
from networking_app.ui.dates import day_text
from networking_app.ui.events import DataEvents
from networking_app.ui.labels import plural

ID_ROLE = Qt.ItemDataRole.UserRole
NAME_COL, ORGANISATION_COL, TRASHED_COL = range(3)


def local_time_text(stored: datetime) -> str:
    """A stored naive-UTC time in the user's time zone: "28 Nov 2026 5:30 PM"."""
    moment = QDateTime(
        QDate(stored.year, stored.month, stored.day),
        QTime(stored.hour, stored.minute, stored.second),
        QTimeZone.utc(),
    ).toLocalTime()
    day = moment.date().toPython()
    assert isinstance(day, date)
    clock = QLocale().toString(moment.time(), QLocale.FormatType.ShortFormat)
    return f"{day_text(day)} {clock}"


class TrashDialog(QDialog):
    """Lists the trash (newest first); restore or delete for good the selected contacts."""

    contacts_restored = Signal(list)
    contacts_purged = Signal(list)

    def __init__(
        self, book: ContactBook, events: DataEvents | None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.book, self.events = book, events
        self.setWindowTitle(self.tr("Trash"))

        self.tree = QTreeWidget()
        self.tree.setColumnCount(3)
        self.tree.setHeaderLabels(
            [self.tr("Name"), self.tr("Organisation"), self.tr("Moved to the trash")]
        )
        self.tree.setAccessibleName(self.tr("Contacts in the trash"))
        self.tree.setRootIsDecorated(False)
        self.tree.setUniformRowHeights(True)
        self.tree.setAlternatingRowColors(True)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(NAME_COL, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(ORGANISATION_COL, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(TRASHED_COL, QHeaderView.ResizeMode.ResizeToContents)
        self.empty_label = QLabel(
            self.tr(
                "The trash is empty. Contacts you delete wait here until you restore or purge them."
            )
        )
        self.empty_label.setWordWrap(True)
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setMargin(24)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.tree)
        self.stack.addWidget(self.empty_label)
        self.hint_label = QLabel(
            self.tr("Select several with Ctrl or Shift. Restored contacts return to their circle.")
        )
        self.hint_label.setWordWrap(True)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.restore_button = QPushButton(self.tr("&Restore"))
        self.purge_button = QPushButton(self.tr("&Delete for Good…"))
        self.buttons.addButton(self.restore_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.addButton(self.purge_button, QDialogButtonBox.ButtonRole.DestructiveRole)
        self.buttons.rejected.connect(self.reject)
        self.restore_button.clicked.connect(self.restore_selected)
        self.purge_button.clicked.connect(self.purge_selected)
        self.tree.itemSelectionChanged.connect(self._update_buttons)
        purge_key = QShortcut(QKeySequence.StandardKey.Delete, self.tree)
        purge_key.setContext(Qt.ShortcutContext.WidgetShortcut)
        purge_key.activated.connect(self.purge_selected)

        layout = QVBoxLayout(self)
        layout.addWidget(self.stack, 1)
        layout.addWidget(self.hint_label)
        layout.addWidget(self.buttons)
        # Enter restores; purging always asks first. Set once the button is in the dialog.
        self.restore_button.setDefault(True)
        self.resize(640, 420)
        self.reload()

    def reload(self) -> None:
        entries = self.book.trashed()
        self.tree.clear()
        self.tree.addTopLevelItems([self._item(entry) for entry in entries])
        self.stack.setCurrentWidget(self.tree if entries else self.empty_label)
        self.hint_label.setVisible(bool(entries))
        newest = self.tree.topLevelItem(0)
        if newest is not None:
            self.tree.setCurrentItem(newest)
            self.tree.setFocus()
        self._update_buttons()

    def selected_ids(self) -> list[int]:
        return [int(item.data(NAME_COL, ID_ROLE)) for item in self.tree.selectedItems()]

    def restore_selected(self) -> None:
        ids = self.selected_ids()
        if not ids:
            return
        self.book.restore(ids)
        self._announce(ids)
        self.contacts_restored.emit(ids)
        self.reload()

    def purge_selected(self) -> None:
        ids = self.selected_ids()
        if not ids:
            return
        if len(ids) == 1:
            question = self.tr("Delete {name} for good? This cannot be undone.").format(
                name=self.tree.selectedItems()[0].text(NAME_COL)
            )
        else:
            question = plural(
                len(ids),
                self.tr("Delete {n} contact for good? This cannot be undone."),
                self.tr("Delete {n} contacts for good? This cannot be undone."),
            )
        answer = QMessageBox.warning(
            self,
            self.tr("Delete for Good"),
            question + "\n\n" + self.tr("Their interactions stay in your timeline, without them."),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        self.book.purge(ids)
        self._announce(ids)
        self.contacts_purged.emit(ids)
        self.reload()

    def _announce(self, ids: list[int]) -> None:
        if self.events is not None:
            self.events.contacts_changed.emit(ids)

    def _update_buttons(self) -> None:
        count = len(self.tree.selectedItems())
        self.restore_button.setEnabled(count > 0)
        self.purge_button.setEnabled(count > 0)

    def _item(self, entry: TrashEntry) -> QTreeWidgetItem:
        name = entry.name or self.tr("(no name)")
        item = QTreeWidgetItem([name, entry.organisation, local_time_text(entry.archived_at)])
        item.setData(NAME_COL, ID_ROLE, entry.id)
        return item
