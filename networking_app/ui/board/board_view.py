"""The board (Ctrl+2): the network in one column per circle, a filter bar, a detail panel."""

from __future__ import annotations

import itertools
import logging

from PySide6.QtCore import QPoint, Qt, Signal
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence, QShowEvent, QUndoStack
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QMenu,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from networking_app.domain.vocabulary import Circle
from networking_app.services.workspace import Workspace
from networking_app.ui.board.avatar import PhotoCache
from networking_app.ui.board.board_column import CircleColumn
from networking_app.ui.board.board_delegate import CardDelegate
from networking_app.ui.board.board_model import CircleModel
from networking_app.ui.board.card_store import CardStore, StoreChange
from networking_app.ui.board.detail_panel import DetailPanel
from networking_app.ui.board.filter_bar import FilterBar
from networking_app.ui.commands import MoveCirclesCommand, TrashContactsCommand
from networking_app.ui.events import DataEvents
from networking_app.ui.labels import circle_labels

log = logging.getLogger(__name__)

CIRCLES = (Circle.CLOSE, Circle.EXTENDED, Circle.WEAK, Circle.TARGET)
DETAIL_WIDTH = (240, 0.24, 320)  # at least, share of the board's width, at most


class BoardView(QWidget):
    """Cards by circle; drag or Ctrl+Shift+1…4 to move, Delete to trash, Enter to edit."""

    edit_requested = Signal(int)  # contact id
    new_requested = Signal(object)  # the Circle of the focused column, or None
    selection_changed = Signal(list)  # selected contact ids
    timeline_requested = Signal(int)  # contact id: "Show timeline" in the detail panel
    log_requested = Signal(list)  # contact ids: log an interaction with them
    intro_requested = Signal(int)  # contact id: ask for an introduction to them

    def __init__(
        self,
        workspace: Workspace,
        undo_stack: QUndoStack,
        events: DataEvents,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.book, self.undo_stack, self.events = workspace.contacts, undo_stack, events
        self.store = CardStore(self.book, events, self)
        self.photos = PhotoCache(self.book.photo)
        self.delegate = CardDelegate(lambda: self.store.today, self.photos, self)
        self.models = {c: CircleModel(c, self.store, undo_stack, events, self) for c in CIRCLES}
        self.columns = [CircleColumn(self.models[c], self.delegate) for c in CIRCLES]
        self.filter_bar = FilterBar()
        self.detail = DetailPanel(self.book, workspace.timeline, undo_stack, events)
        self._focused: CircleColumn | None = None
        self._last_selection: list[int] = []
        self._followed: list[int] = []  # selected cards being changed (see _note_followed)
        self._updating = False
        self._kept: dict[CircleColumn, tuple[list[int], int | None]] = {}
        self._sized = False  # the detail panel's width is set at the first show

        self.board = QWidget()  # the four columns: the board's shortcuts live here
        self.board.setObjectName("boardColumns")
        row = QHBoxLayout(self.board)
        row.setContentsMargins(6, 0, 6, 6)
        row.setSpacing(8)
        for column in self.columns:
            row.addWidget(column, 1)
            self._connect_column(column)
        self.pages = QStackedWidget()
        self.pages.addWidget(self.board)
        self.pages.addWidget(self._empty_page())
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.pages)
        splitter.addWidget(self.detail)
        splitter.setCollapsible(0, False)  # the detail panel can be dragged away
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 0)
        self.splitter = splitter
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.filter_bar)
        layout.addWidget(splitter, 1)
        self._build_actions()
        chain = [
            self.filter_bar.search,
            self.filter_bar.tag,
            self.filter_bar.target,
            self.filter_bar.channel,
            self.filter_bar.industry,
            self.filter_bar.city,
            self.filter_bar.overdue,
            self.filter_bar.sort,
            *(c.view for c in self.columns),
        ]
        for first, second in itertools.pairwise(chain):
            QWidget.setTabOrder(first, second)

        self.filter_bar.filter_changed.connect(self._apply_filter)
        self.filter_bar.sort_changed.connect(self._apply_filter)
        self.filter_bar.choices_wanted.connect(self._refresh_choices)
        self.filter_bar.leave_requested.connect(self._enter_cards)
        self.store.about_to_change.connect(self._note_followed)
        self.store.changed.connect(self._store_changed)
        self.store.load_failed.connect(self._load_failed)
        self.detail.contact_activated.connect(self.select_contact)
        self.detail.edit_requested.connect(self.edit_requested)
        self.detail.timeline_requested.connect(self.timeline_requested)
        self.detail.log_requested.connect(lambda cid: self.log_requested.emit([cid]))
        self.detail.intro_requested.connect(self.intro_requested)

    def _empty_page(self) -> QWidget:
        page = QWidget()
        label = QLabel(
            self.tr("No contacts yet. Press Ctrl+N to add the first person of your network.")
        )
        label.setObjectName("boardEmpty")
        font = label.font()
        font.setPointSizeF(font.pointSizeF() * 1.25)
        label.setFont(font)
        label.setWordWrap(True)
        label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        button = QPushButton(self.tr("New Contact…"))
        button.clicked.connect(lambda: self.new_requested.emit(None))
        layout = QVBoxLayout(page)
        layout.addStretch(2)
        layout.addWidget(label)
        layout.addWidget(button, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(3)
        self.empty_label, self.empty_button = label, button
        self._empty_text = label.text()
        return page

    def _connect_column(self, column: CircleColumn) -> None:
        view, model = column.view, column.model
        view.selectionModel().selectionChanged.connect(lambda: self._selection_moved(column))
        view.doubleClicked.connect(
            lambda index: self.edit_requested.emit(column.model.card_at(index.row()).id)
        )
        view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        view.customContextMenuRequested.connect(lambda pos: self._context_menu(column, pos))
        view.neighbour_requested.connect(lambda step: self._focus_neighbour(column, step))
        view.focused.connect(lambda: setattr(self, "_focused", column))
        model.modelAboutToBeReset.connect(lambda: self._remember(column))
        model.modelReset.connect(lambda: self._restore(column))

    def _build_actions(self) -> None:
        context = Qt.ShortcutContext.WidgetWithChildrenShortcut
        self.move_actions: dict[Circle, QAction] = {}
        for number, (circle, label) in enumerate(circle_labels().items(), start=1):
            action = QAction(label, self.board)
            action.setShortcut(QKeySequence(f"Ctrl+Shift+{number}"))
            action.triggered.connect(lambda _=False, c=circle: self.move_selected(c))
            self.move_actions[circle] = action
        self.edit_action = QAction(self.tr("Edit…"), self.board)
        self.edit_action.setShortcuts(
            [QKeySequence(Qt.Key.Key_Return), QKeySequence(Qt.Key.Key_Enter)]
        )
        self.edit_action.triggered.connect(self._edit_current)
        self.trash_action = QAction(self.tr("Move to Trash"), self.board)
        self.trash_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Delete))
        self.trash_action.triggered.connect(self.trash_selected)
        self.new_action = QAction(self.tr("New Contact…"), self.board)
        self.new_action.triggered.connect(self.request_new)
        for action in (*self.move_actions.values(), self.edit_action, self.trash_action):
            action.setShortcutContext(context)
            self.board.addAction(action)

    # -- public API -------------------------------------------------------------------------------
    def ensure_loaded(self) -> None:
        """Read the cards the first time the board is needed (not at window start-up)."""
        if not self.store.loaded or self.book.clock.today() != self.store.today:
            self.store.load()

    def focus_filter(self) -> None:
        self.filter_bar.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.filter_bar.search.selectAll()

    def selected_ids(self) -> list[int]:
        return [cid for column in self.columns for cid in column.selected_ids()]

    def current_circle(self) -> Circle | None:
        """The circle of the column the user was last in."""
        return self._focused.model.circle if self._focused is not None else None

    def request_new(self) -> None:
        self.new_requested.emit(self.current_circle())

    def select_contact(self, contact_id: int) -> bool:
        """Select and show ``contact_id`` (clearing the filters if they hide it)."""
        self.ensure_loaded()
        card = self.store.card(contact_id)
        if card is None:
            return False
        column = self.columns[CIRCLES.index(card.circle)]
        rows = column.model.reveal({contact_id})
        if not rows:
            self.filter_bar.clear()
            rows = column.model.reveal({contact_id})
        column.view.select_rows([rows[contact_id]], rows[contact_id])
        self._focused = column
        return True

    def move_selected(self, circle: Circle) -> None:
        """Move the selected cards to ``circle`` (undoable); the selection follows them."""
        cards = (self.store.card(cid) for cid in self.selected_ids())
        ids = [c.id for c in cards if c is not None and c.circle is not circle]
        if not ids:
            return
        self.undo_stack.push(MoveCirclesCommand(self.book, self.events, ids, circle))
        column = self.columns[CIRCLES.index(circle)]  # the selection followed (_select_again)
        if column.selected_ids():
            column.view.setFocus(Qt.FocusReason.OtherFocusReason)

    def trash_selected(self) -> None:
        """Move the selected cards to the trash (undoable); the next card gets selected."""
        ids = self.selected_ids()
        if not ids:
            return
        column = next(c for c in self.columns if c.selected_ids())
        first = min(i.row() for i in column.view.selectionModel().selectedIndexes())
        self.undo_stack.push(TrashContactsCommand(self.book, self.events, ids))
        count = column.model.rowCount()
        if count:
            row = min(first, count - 1)
            column.view.select_rows([row], row)

    # -- filtering ----------------------------------------------------------------------------
    def _apply_filter(self) -> None:
        flt, key = self.filter_bar.current_filter(), self.filter_bar.sort_key()
        self._updating = True
        try:
            for model in self.models.values():
                model.set_view(flt, key)
        finally:
            self._updating = False
        self._update_summary()
        self._sync_selection()

    def _update_summary(self) -> None:
        shown = sum(model.count() for model in self.models.values())
        self.filter_bar.set_summary(shown, len(self.store))

    def _refresh_choices(self) -> None:
        self.filter_bar.set_choices(self.book.tags(), self.book.industries(), self.book.cities())

    def _show_loading(self) -> None:
        """Until the cards are in: say so, where the board will be."""
        self.empty_label.setText(self.tr("Loading your contacts…"))
        self.empty_button.hide()
        self.pages.setCurrentIndex(1)
        self.filter_bar.hide()
        self.detail.hide()

    def _load_failed(self) -> None:
        self.empty_label.setText(
            self.tr(
                "Your contacts could not be read. The log file says"
                " why; switching views tries again."
            )
        )

    def _store_changed(self, change: StoreChange) -> None:
        self.empty_label.setText(self._empty_text)
        self.empty_button.show()
        self.photos.forget(None if change.circles is None else change.ids)
        empty = len(self.store) == 0
        self.pages.setCurrentIndex(1 if empty else 0)
        self.filter_bar.setVisible(not empty)
        self.detail.setVisible(not empty)
        if change.circles is None:
            self._refresh_choices()
        self._update_summary()
        followed, self._followed = self._followed, []
        if followed and not self.selected_ids():
            self._select_again(followed)  # moved to another column (a drop, an undo)
        shown = self.detail.contact_id
        self._sync_selection()
        if (
            shown is not None
            and shown == self.detail.contact_id
            and (change.circles is None or shown in change.ids)
        ):
            self.detail.show_contact(shown)  # still selected, maybe changed

    # -- selection ----------------------------------------------------------------------------
    def _note_followed(self, ids: frozenset[int]) -> None:
        """Before cards change: the selected ones among them, for the selection to follow
        them if they change column."""
        self._followed = [i for i in self.selected_ids() if i in ids]

    def _select_again(self, ids: list[int]) -> None:
        """Select ``ids`` where they are now (the first one's column), if shown."""
        card = self.store.card(ids[0])
        if card is None:
            return
        column = self.columns[CIRCLES.index(card.circle)]
        rows = column.model.reveal(set(ids))
        if rows:
            column.view.select_rows(sorted(rows.values()), rows.get(ids[0]))
            self._focused = column

    def _selection_moved(self, column: CircleColumn) -> None:
        if self._updating:
            return
        if column.view.selectionModel().hasSelection():
            self._updating = True  # one column at a time holds the selection
            try:
                for other in self.columns:
                    if other is not column:
                        other.view.selectionModel().clearSelection()
            finally:
                self._updating = False
        self._sync_selection()

    def _sync_selection(self) -> None:
        ids = self.selected_ids()
        if ids == self._last_selection:
            return
        self._last_selection = ids
        if len(ids) == 1:
            self.detail.show_contact(ids[0])
        elif ids:
            self.detail.show_many(len(ids))
        else:
            self.detail.show_nothing()
        self.selection_changed.emit(ids)

    def _remember(self, column: CircleColumn) -> None:
        self._kept[column] = (column.selected_ids(), column.current_id())

    def _restore(self, column: CircleColumn) -> None:
        """After a reset, select again what is still shown (selections live across keystrokes)."""
        ids, current = self._kept.pop(column, ([], None))
        if not ids and current is None:
            return
        rows = column.model.reveal({*ids, *([current] if current is not None else [])})
        updating, self._updating = self._updating, True
        try:
            column.view.select_rows(
                [rows[i] for i in ids if i in rows], None if current is None else rows.get(current)
            )
        finally:
            self._updating = updating

    # -- keyboard and mouse -------------------------------------------------------------------
    def _edit_current(self) -> None:
        column = self._focused or next((c for c in self.columns if c.selected_ids()), None)
        contact_id = column.current_id() if column is not None else None
        if contact_id is None and len(self.selected_ids()) == 1:
            contact_id = self.selected_ids()[0]
        if contact_id is not None:
            self.edit_requested.emit(contact_id)

    def _enter_cards(self) -> None:
        """From the search field to the first card shown."""
        column = next((c for c in self.columns if c.model.rowCount()), None)
        if column is not None:
            column.view.setFocus(Qt.FocusReason.TabFocusReason)
            column.view.select_rows([0], 0)

    def _focus_neighbour(self, column: CircleColumn, step: int) -> None:
        index = CIRCLES.index(column.model.circle) + step
        if not 0 <= index < len(self.columns):
            return
        target = self.columns[index]
        target.view.setFocus(Qt.FocusReason.TabFocusReason)
        current = target.view.currentIndex()
        row = current.row() if current.isValid() else 0
        if target.model.rowCount():
            target.view.select_rows([row], row)

    def _context_menu(self, column: CircleColumn, pos: QPoint) -> None:
        self._focused = column
        ids = self.selected_ids()
        menu = QMenu(self)
        self.edit_action.setEnabled(len(ids) == 1)
        menu.addAction(self.edit_action)
        move = menu.addMenu(self.tr("Move to"))
        move.setEnabled(bool(ids))
        for circle, action in self.move_actions.items():
            action.setEnabled(circle is not column.model.circle)
            move.addAction(action)
        self.trash_action.setEnabled(bool(ids))
        menu.addAction(self.trash_action)
        menu.addSeparator()
        log = menu.addAction(self.tr("Log Interaction…"))
        log.setEnabled(bool(ids))
        log.triggered.connect(lambda: self.log_requested.emit(ids))
        intro = menu.addAction(self.tr("Ask for an Introduction…"))
        intro.setEnabled(len(ids) == 1)
        intro.triggered.connect(lambda: self.intro_requested.emit(ids[0]))
        menu.addAction(self.new_action)
        menu.exec(column.view.viewport().mapToGlobal(pos))
        for action in (self.edit_action, self.trash_action, *self.move_actions.values()):
            action.setEnabled(True)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape and self.filter_bar.current_filter().active:
            self.filter_bar.clear()
            return
        super().keyPressEvent(event)

    def showEvent(self, event: QShowEvent) -> None:
        if not self.store.loaded:
            self._show_loading()
            self.store.load_in_background()
        elif self.book.clock.today() != self.store.today:
            self.store.load_in_background()  # overdue markers move with the day
        if not self._sized:
            self._sized = True
            least, share, most = DETAIL_WIDTH
            detail = max(least, min(most, round(self.width() * share)))
            self.splitter.setSizes([self.width() - detail, detail])
        super().showEvent(event)
