"""The timeline view (Ctrl+3): filters above, the lazily loaded list of entries below.

Keys on the list: Enter edits, Delete deletes (undoable), Space marks the next step done or
not done, Ctrl+L logs a new interaction, Esc clears every filter.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence

from PySide6.QtCore import QModelIndex, QPoint, Qt, QTimer
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence, QShowEvent, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QLabel,
    QMenu,
    QPushButton,
    QStackedLayout,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from networking_app.domain.interactions import TimelineEntry, TimelineFilter
from networking_app.services.workspace import Workspace
from networking_app.ui.events import DataEvents
from networking_app.ui.timeline.log_dialog import LogInteractionDialog
from networking_app.ui.timeline.timeline_commands import (
    DeleteInteractionCommand,
    NextStepDoneCommand,
)
from networking_app.ui.timeline.timeline_delegate import TimelineDelegate
from networking_app.ui.timeline.timeline_filter_bar import TimelineFilterBar
from networking_app.ui.timeline.timeline_model import Role, TimelineModel

log = logging.getLogger(__name__)


class _TimelineList(QTreeView):
    """A flat list, shown by a tree view: it appends rows without re-measuring the others.

    QTreeView also fetches a page on every full layout, even when the rows it has fill the
    screen; holding those fetches keeps opening the view to one page. It still fetches when
    the last row comes into view or the user scrolls to the end.
    """

    def doItemsLayout(self) -> None:
        model = self.model()
        if isinstance(model, TimelineModel):
            with model.fetches_held():
                super().doItemsLayout()
        else:
            super().doItemsLayout()


class TimelineView(QWidget):
    """Every interaction, newest first, or one contact's when ``show_contact`` was called."""

    def __init__(
        self,
        workspace: Workspace,
        events: DataEvents,
        undo_stack: QUndoStack,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.workspace, self.events, self.undo_stack = workspace, events, undo_stack
        self._stale = False
        self._dialog: LogInteractionDialog | None = None

        self.filter_bar = TimelineFilterBar(workspace)
        self.log_button = QPushButton(self.tr("&Log Interaction…"))
        self.log_button.setToolTip(self.tr("Log a coffee, a call or a message (Ctrl+L)"))
        self.log_button.clicked.connect(lambda: self.log_interaction())

        self.model = TimelineModel(workspace.timeline, workspace.clock, self)
        self.list = _TimelineList()
        self.list.setObjectName("timeline-list")
        self.list.setAccessibleName(self.tr("Timeline"))
        self.list.setHeaderHidden(True)
        self.list.setRootIsDecorated(False)
        self.list.setIndentation(0)
        self.list.setItemsExpandable(False)
        self.list.setUniformRowHeights(False)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerItem)
        self.list.setMouseTracking(True)
        self.list.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.delegate = TimelineDelegate(workspace.clock, self.list)
        self.list.setItemDelegate(self.delegate)
        self.list.setModel(self.model)
        self.empty_label = QLabel()
        self.empty_label.setObjectName("timeline-empty")
        self.empty_label.setWordWrap(True)
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setMargin(48)
        self.empty_label.setStyleSheet("color: palette(placeholder-text);")

        self._build_actions()
        self.filter_bar.flow.addWidget(self.log_button)
        self.pages = QStackedLayout()
        self.pages.addWidget(self.list)
        self.pages.addWidget(self.empty_label)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 12, 12, 0)
        layout.addWidget(self.filter_bar)
        layout.addLayout(self.pages, 1)

        self.filter_bar.filter_changed.connect(self._filter_changed)
        self.list.selectionModel().currentChanged.connect(lambda *_: self._update_actions())
        self.list.doubleClicked.connect(lambda _index: self.edit_selected())
        self.list.customContextMenuRequested.connect(self._context_menu)
        self._contacts_timer = QTimer(self)
        self._contacts_timer.setSingleShot(True)
        self._contacts_timer.timeout.connect(self.refresh)
        events.interactions_changed.connect(self._interactions_changed)
        events.contacts_changed.connect(self._contacts_changed)
        self.model.set_filter(TimelineFilter())
        self._update_empty()
        self._update_actions()

    def _build_actions(self) -> None:
        def action(text: str, keys: Sequence[QKeySequence], slot: object) -> QAction:
            made = QAction(text, self.list)
            made.setShortcuts(list(keys))
            made.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
            made.triggered.connect(slot)
            self.list.addAction(made)
            return made

        key = QKeySequence
        self.edit_action = action(
            self.tr("&Edit…"), [key(Qt.Key.Key_Return), key(Qt.Key.Key_Enter)], self.edit_selected
        )
        self.delete_action = action(
            self.tr("&Delete"), [key(key.StandardKey.Delete)], self.delete_selected
        )
        self.done_action = action(
            self.tr("Mark Next Step &Done"), [key(Qt.Key.Key_Space)], self.toggle_next_step
        )
        # Ctrl+L is handled in keyPressEvent, so that a window-wide Ctrl+L wins without
        # an ambiguous-shortcut clash when the main window has one.
        self.clear_action = QAction(self.tr("Clear Filters"), self)
        self.clear_action.setShortcut(key(Qt.Key.Key_Escape))
        self.clear_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.clear_action.triggered.connect(self.filter_bar.clear)
        self.addAction(self.clear_action)

    # -- public -------------------------------------------------------------------------------
    def show_contact(self, contact_id: int) -> None:
        """One contact's timeline: every interaction they took part in."""
        self.filter_bar.set_filter(TimelineFilter(contact_id=contact_id))

    def focus_search(self) -> None:
        self.filter_bar.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.filter_bar.search.selectAll()

    def log_interaction(self, contact_ids: Sequence[int] = ()) -> LogInteractionDialog:
        """Open the log dialog (with ``contact_ids``, else the contact being filtered on)."""
        if not contact_ids:
            chosen = self.model.current_filter().contact_id
            contact_ids = [chosen] if chosen is not None else []
        return self._open_dialog(contact_ids, None)

    def selected_entry(self) -> TimelineEntry | None:
        return self.model.entry_at(self.list.currentIndex().row())

    def select_interaction(self, interaction_id: int) -> bool:
        row = self.model.row_of(interaction_id)
        if row < 0:
            return False
        index = self.model.index(row, 0)
        self.list.setCurrentIndex(index)
        self.list.scrollTo(index)
        return True

    def edit_selected(self) -> LogInteractionDialog | None:
        entry = self.selected_entry()
        return self._open_dialog((), entry.id) if entry is not None else None

    def delete_selected(self) -> None:
        entry = self.selected_entry()
        if entry is not None:
            timeline = self.workspace.timeline
            self.undo_stack.push(DeleteInteractionCommand(timeline, self.events, entry.id))

    def toggle_next_step(self) -> None:
        entry = self.selected_entry()
        if entry is not None and entry.next_step:
            done = entry.next_step_open
            command = NextStepDoneCommand(self.workspace.timeline, self.events, [entry.id], done)
            self.undo_stack.push(command)

    def refresh(self) -> None:
        """Re-read the entries shown, keeping the scroll position and the selection."""
        self._contacts_timer.stop()
        self._stale = False
        top = self.list.indexAt(QPoint(1, 1))
        anchor = self.model.row_key(top.row()) if top.isValid() else None
        current = self.list.currentIndex()
        current_entry = self.model.entry_at(current.row())
        self.model.reload()
        if current_entry is not None and not self.select_interaction(current_entry.id):
            # The selected entry is gone (deleted): select the one that took its place.
            self._select_near(current.row())
        # Last, as selecting scrolls to the selection.
        row = self.model.row_for_key(anchor) if anchor is not None else -1
        if row >= 0:
            self.list.scrollTo(self.model.index(row, 0), QAbstractItemView.ScrollHint.PositionAtTop)
        self._update_empty()
        self._update_actions()

    # -- reacting -------------------------------------------------------------------------
    def _filter_changed(self, flt: TimelineFilter) -> None:
        log.debug("timeline filter: %s", flt)
        self.model.set_filter(flt)
        self._stale = False
        self._update_empty()
        self._update_actions()

    def _interactions_changed(self, _ids: list[int]) -> None:
        if self.isVisible():
            self.refresh()
        else:
            self._stale = True

    def _contacts_changed(self, ids: list[int]) -> None:
        self.filter_bar.reload_choices()
        flt = self.model.current_filter()
        shown = set(ids).intersection(self._shown_people()) if ids else True
        if shown or flt.circle or flt.tag or flt.contact_id is not None:
            if self.isVisible():
                self._contacts_timer.start(0)  # once, after the other views have updated
            else:
                self._stale = True

    def _shown_people(self) -> set[int]:
        people: set[int] = set()
        for row in range(self.model.rowCount()):
            entry = self.model.entry_at(row)
            if entry is not None:
                people.update(cid for cid, _name in entry.participants)
        return people

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self.refresh()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if QKeySequence(event.keyCombination()) == QKeySequence("Ctrl+L"):
            self.log_interaction()
            return
        super().keyPressEvent(event)

    # -- helpers --------------------------------------------------------------------------
    def _open_dialog(
        self, contact_ids: Sequence[int], interaction_id: int | None
    ) -> LogInteractionDialog:
        dialog = LogInteractionDialog(
            self.workspace, self.events, self.undo_stack, contact_ids, interaction_id, self
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.interaction_saved.connect(self.select_interaction)
        self._dialog = dialog
        dialog.destroyed.connect(lambda: setattr(self, "_dialog", None))
        dialog.open()
        return dialog

    def _select_near(self, row: int) -> None:
        count = self.model.rowCount()
        for candidate in [*range(max(row, 0), count), *range(min(row, count) - 1, -1, -1)]:
            if self.model.entry_at(candidate) is not None:
                self.list.setCurrentIndex(self.model.index(candidate, 0))
                return

    def _update_empty(self) -> None:
        empty = self.model.rowCount() == 0
        if empty:
            self.empty_label.setText(
                self.tr(
                    "Nothing logged yet. Press Ctrl+L after a coffee, a call or a message:"
                    " the timeline is the memory of every relationship."
                )
                if self.model.current_filter() == TimelineFilter()
                else self.tr("No interaction matches these filters.")
            )
        self.pages.setCurrentWidget(self.empty_label if empty else self.list)

    def _update_actions(self) -> None:
        entry = self.selected_entry()
        self.edit_action.setEnabled(entry is not None)
        self.delete_action.setEnabled(entry is not None)
        has_step = entry is not None and bool(entry.next_step)
        self.done_action.setEnabled(has_step)
        reopen = has_step and entry is not None and not entry.next_step_open
        self.done_action.setText(
            self.tr("Mark Next Step &Not Done") if reopen else self.tr("Mark Next Step &Done")
        )

    def _context_menu(self, pos: QPoint) -> None:
        index: QModelIndex = self.list.indexAt(pos)
        if index.isValid() and index.data(Role.ROW_TYPE) == "entry":
            self.list.setCurrentIndex(index)
        menu = QMenu(self)
        menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        for item in (self.edit_action, self.done_action, self.delete_action):
            menu.addAction(item)
        menu.addSeparator()
        log_item = menu.addAction(
            self.tr("&Log Interaction…")
            + "\t"
            + QKeySequence("Ctrl+L").toString(QKeySequence.SequenceFormat.NativeText)
        )
        log_item.triggered.connect(lambda: self.log_interaction())
        menu.popup(self.list.viewport().mapToGlobal(pos))
