"""One column of the board: a header with the counts above the list of cards."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QItemSelectionModel, QModelIndex, Qt, Signal
from PySide6.QtGui import (
    QDragEnterEvent,
    QDragLeaveEvent,
    QDragMoveEvent,
    QDropEvent,
    QFocusEvent,
    QKeyEvent,
    QPainter,
    QPaintEvent,
    QPalette,
    QPen,
    QResizeEvent,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QLabel,
    QListView,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from networking_app.ui.board.board_delegate import CardDelegate
from networking_app.ui.board.board_model import CircleModel
from networking_app.ui.board.column_scroll_bar import ColumnScrollBar
from networking_app.ui.labels import circle_labels, plural


class CardListView(QListView):
    """The cards of one circle: extended selection, dragged to another column to move."""

    #: Ctrl+Left / Ctrl+Right: go to the column on that side (-1 or +1)
    neighbour_requested = Signal(int)
    focused = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setUniformItemSizes(True)  # the layout of 30,000 rows costs nothing
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        bar = ColumnScrollBar()  # repainted at many keystrokes: see its module
        self.setVerticalScrollBar(bar)
        # An item view connects only the scroll bar it was made with (scrolling to the
        # bottom fetches the next page of cards).
        bar.actionTriggered.connect(self.verticalScrollbarAction)
        bar.valueChanged.connect(self.verticalScrollbarValueChanged)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        self.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.setDropIndicatorShown(False)  # columns are sorted: where it lands is not a choice
        self.setMouseTracking(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.viewport().setBackgroundRole(QPalette.ColorRole.Window)
        self._drop_target = False

    def focusInEvent(self, event: QFocusEvent) -> None:
        super().focusInEvent(event)
        self.focused.emit()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        ctrl = event.modifiers() & Qt.KeyboardModifier.ControlModifier
        if ctrl and event.key() in (Qt.Key.Key_Left, Qt.Key.Key_Right):
            self.neighbour_requested.emit(-1 if event.key() == Qt.Key.Key_Left else 1)
            return
        super().keyPressEvent(event)

    def select_rows(self, rows: list[int], current: int | None = None) -> None:
        """Select ``rows`` (making ``current`` the current one) and show it."""
        model, selection = self.model(), self.selectionModel()
        flags = QItemSelectionModel.SelectionFlag
        selection.clearSelection()
        for row in rows:
            selection.select(model.index(row, 0), flags.Select)
        if current is not None:
            index = model.index(current, 0)
            selection.setCurrentIndex(index, flags.NoUpdate)
            self.scrollTo(index)

    # -- a visible drop target while dragging -------------------------------------------------
    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        super().dragEnterEvent(event)
        self._set_drop_target(event.isAccepted())

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        super().dragMoveEvent(event)
        self._set_drop_target(event.isAccepted())

    def dragLeaveEvent(self, event: QDragLeaveEvent) -> None:
        super().dragLeaveEvent(event)
        self._set_drop_target(False)

    def dropEvent(self, event: QDropEvent) -> None:
        self._set_drop_target(False)
        super().dropEvent(event)

    def _set_drop_target(self, on: bool) -> None:
        if on != self._drop_target:
            self._drop_target = on
            self.viewport().update()

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if self._drop_target:
            painter = QPainter(self.viewport())
            pen = QPen(self.palette().color(QPalette.ColorRole.Highlight), 2, Qt.PenStyle.DashLine)
            painter.setPen(pen)
            painter.drawRoundedRect(self.viewport().rect().adjusted(2, 2, -2, -2), 6, 6)
            painter.end()


class CircleColumn(QWidget):
    """The circle's name and its counts ("12 contacts · 3 overdue") above its cards."""

    def __init__(
        self, model: CircleModel, delegate: CardDelegate, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.model = model
        self.header = QLabel()
        self.header.setObjectName("boardColumnHeader")
        font = self.header.font()
        font.setBold(True)
        self.header.setFont(font)
        self.counts = QLabel()
        self.counts.setObjectName("boardColumnCounts")
        self.counts.setStyleSheet("color: palette(placeholder-text);")
        for label in (self.header, self.counts):
            label.setContentsMargins(8, 0, 8, 0)
            # Narrow columns elide these rather than widen the window.
            label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        #: the whole header on one line: "Close circle · 12 · 3 overdue" (tooltip, screen readers)
        self.header_text = ""
        self.view = CardListView()
        self.view.setObjectName(f"board-{model.circle.value}")
        self.view.setModel(model)
        self.view.setItemDelegate(delegate)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.header)
        layout.addWidget(self.counts)
        layout.addSpacing(4)
        layout.addWidget(self.view, 1)
        model.counts_changed.connect(self.update_header)
        self.update_header()

    def update_header(self) -> None:
        circle = circle_labels()[self.model.circle]
        count, overdue = self.model.count(), self.model.overdue_count()
        contacts = plural(
            count,
            QCoreApplication.translate("Board", "{n} contact"),
            QCoreApplication.translate("Board", "{n} contacts"),
        )
        if overdue:
            self.header_text = QCoreApplication.translate(
                "Board", "{circle} · {count} · {overdue} overdue"
            ).format(circle=circle, count=count, overdue=overdue)
            counts = [
                QCoreApplication.translate("Board", "{contacts} · {overdue} overdue").format(
                    contacts=contacts, overdue=overdue
                ),
                QCoreApplication.translate("Board", "{count} · {overdue} overdue").format(
                    count=count, overdue=overdue
                ),
            ]
        else:
            self.header_text = QCoreApplication.translate("Board", "{circle} · {count}").format(
                circle=circle, count=count
            )
            counts = [contacts, str(count)]
        self._texts = ([circle], counts)
        for label in (self.header, self.counts):
            label.setToolTip(self.header_text)
        self.view.setAccessibleName(self.header_text)
        self._elide()

    def _elide(self) -> None:
        """Each line in the longest form that fits, else the shortest one elided."""
        for label, forms in zip((self.header, self.counts), self._texts, strict=True):
            width, metrics = label.contentsRect().width(), label.fontMetrics()
            fits = [text for text in forms if metrics.horizontalAdvance(text) <= width]
            text = fits[0] if fits else forms[-1]
            label.setText(metrics.elidedText(text, Qt.TextElideMode.ElideRight, width))

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._elide()

    def selected_ids(self) -> list[int]:
        """The selected contacts, top to bottom."""
        rows = sorted(i.row() for i in self.view.selectionModel().selectedIndexes())
        return [self.model.card_at(row).id for row in rows]

    def current_id(self) -> int | None:
        index: QModelIndex = self.view.currentIndex()
        return self.model.card_at(index.row()).id if index.isValid() else None
