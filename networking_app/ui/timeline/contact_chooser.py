"""Choosing contacts by typing part of a name: chips for the chosen, a completer for the rest.

Matching folds accents and case ("francois" finds "François") and every typed word must
appear in the name, so "mar dub" finds "Marie Dubois". Enter adds the highlighted (or best)
match; Backspace in the empty field selects the last chip, Backspace or Delete removes it.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from PySide6.QtCore import (
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QRect,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import (
    QColor,
    QFontMetrics,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPalette,
    QPen,
    QResizeEvent,
    QStandardItem,
    QStandardItemModel,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCompleter,
    QFrame,
    QLineEdit,
    QListView,
    QListWidget,
    QListWidgetItem,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from networking_app.domain.text import fold, query_terms
from networking_app.services.contacts import ContactBook

MAX_SUGGESTIONS = 20
#: Where a word starts inside a name, besides spaces: Anne-Marie, d'Arc, d’Arc.
_WORD_BREAKS = str.maketrans("-'’", "   ")
_ID = Qt.ItemDataRole.UserRole
_Index = QModelIndex | QPersistentModelIndex


def best_matches(
    choices: Sequence[tuple[int, str, str]], query: str, exclude: Iterable[int] = ()
) -> list[tuple[int, str]]:
    """(id, name) of the names holding every word of ``query``, best first.

    ``choices`` are (id, name, folded name). Names starting with the query come first,
    then names with a word starting with it, then the others, each in name order.
    """
    terms = query_terms(query)
    if not terms:
        return []
    skip = set(exclude)
    whole = " ".join(terms)
    ranked: list[tuple[int, int, str]] = []
    for cid, name, folded in choices:
        if cid in skip or not all(t in folded for t in terms):
            continue
        words = " " + folded.translate(_WORD_BREAKS)
        if folded.startswith(whole):
            rank = 0
        elif all(f" {t}" in words for t in terms):
            rank = 1
        else:
            rank = 2
        ranked.append((rank, cid, name))
    ranked.sort(key=lambda r: r[0])  # stable: name order within a rank
    return [(cid, name) for _rank, cid, name in ranked[:MAX_SUGGESTIONS]]


class _ChipDelegate(QStyledItemDelegate):
    """A chip: the name in a rounded pill, with a cross that removes it when clicked."""

    @staticmethod
    def _cross(option: QStyleOptionViewItem) -> int:
        return max(7, QFontMetrics(option.font).height() // 2 - 1)

    def sizeHint(self, option: QStyleOptionViewItem, index: _Index) -> QSize:
        metrics = QFontMetrics(option.font)
        text = str(index.data(Qt.ItemDataRole.DisplayRole))
        width = 10 + metrics.horizontalAdvance(text) + 8 + self._cross(option) + 10
        return QSize(width, metrics.height() + 8)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: _Index) -> None:
        rect: QRect = option.rect.adjusted(1, 1, -1, -1)
        palette: QPalette = option.palette
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        fill = palette.color(QPalette.ColorRole.Highlight)
        if not selected:
            fill = QColor(fill)
            fill.setAlpha(45)
        painter.setPen(palette.color(QPalette.ColorRole.Mid))
        painter.setBrush(fill)
        painter.drawRoundedRect(rect, rect.height() / 2, rect.height() / 2)
        role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        ink = palette.color(role)
        painter.setPen(ink)
        painter.setFont(option.font)
        text = str(index.data(Qt.ItemDataRole.DisplayRole))
        painter.drawText(rect.adjusted(10, 0, 0, 0), Qt.AlignmentFlag.AlignVCenter, text)
        side = self._cross(option)
        cross = QRect(rect.right() - 9 - side, rect.center().y() - side // 2, side, side)
        painter.setPen(QPen(ink, 1.5))
        painter.drawLine(cross.topLeft(), cross.bottomRight())
        painter.drawLine(cross.topRight(), cross.bottomLeft())
        painter.restore()

    def editorEvent(
        self, event: QEvent, model: object, option: QStyleOptionViewItem, index: _Index
    ) -> bool:
        if isinstance(event, QMouseEvent) and event.type() == QEvent.Type.MouseButtonRelease:
            rect: QRect = option.rect
            if event.position().x() > rect.right() - self._cross(option) - 14:
                chips = self.parent()
                if isinstance(chips, _Chips):
                    chips.remove_requested.emit(int(index.data(_ID)))
                    return True
        return False


class _Chips(QListWidget):
    """The chosen contacts, wrapping over as many lines as they need."""

    remove_requested = Signal(int)

    def __init__(self) -> None:
        super().__init__()
        self.setFlow(QListView.Flow.LeftToRight)
        self.setWrapping(True)
        self.setResizeMode(QListView.ResizeMode.Adjust)
        self.setSpacing(2)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
        self.setItemDelegate(_ChipDelegate(self))
        self.viewport().setAutoFillBackground(False)
        self.setStyleSheet("QListWidget { background: transparent; }")

    def fit_height(self) -> None:
        """As tall as the chips need (up to three lines, then it scrolls)."""
        if not self.count():
            self.hide()
            return
        width = max(self.viewport().width(), 200)
        lines, x, line_height = 1, 0, 0
        for row in range(self.count()):
            hint = self.sizeHintForIndex(self.model().index(row, 0))
            step = hint.width() + 2 * self.spacing()
            line_height = max(line_height, hint.height() + 2 * self.spacing())
            if x and x + step > width:
                lines, x = lines + 1, 0
            x += step
        self.setFixedHeight(min(lines, 3) * line_height + 2)
        self.show()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.fit_height()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
            for item in self.selectedItems():
                self.remove_requested.emit(int(item.data(_ID)))
            return
        super().keyPressEvent(event)


class ContactChooser(QWidget):
    """Several contacts as chips (or one, shown in the field, with ``single=True``)."""

    selection_changed = Signal(list)  # the chosen contact ids

    def __init__(
        self, book: ContactBook, single: bool = False, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.book, self.single = book, single
        self._choices: list[tuple[int, str, str]] | None = None
        self._names: dict[int, str] = {}
        self._ids: list[int] = []
        self.editor = QLineEdit()
        self.editor.setPlaceholderText(
            self.tr("Filter by contact…") if single else self.tr("Type a name, then Enter")
        )
        self.editor.setClearButtonEnabled(single)
        self.editor.installEventFilter(self)
        self.editor.textEdited.connect(self._suggest)
        self.editor.textChanged.connect(self._text_changed)
        self.suggestions = QStandardItemModel(self)
        self.completer = QCompleter(self.suggestions, self)
        self.completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        self.completer.setWidget(self.editor)
        self.completer.activated[QModelIndex].connect(self._activated)  # type: ignore[index]
        self.chips = _Chips()
        self.chips.remove_requested.connect(self.remove_contact)
        self.chips.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.chips)
        layout.addWidget(self.editor)
        self.setFocusProxy(self.editor)

    # -- the choices --------------------------------------------------------------------------
    def choices(self) -> list[tuple[int, str, str]]:
        """(id, name, folded name) of every contact, read on first use."""
        if self._choices is None:
            self._choices = [(cid, name, fold(name)) for cid, name in self.book.choices()]
            self._names.update((cid, name) for cid, name, _f in self._choices)
        return self._choices

    def reload_choices(self) -> None:
        """Contacts were added, renamed or trashed: read them again when next needed."""
        self._choices = None

    def name_of(self, contact_id: int) -> str:
        self.choices()
        return self._names.get(contact_id) or self.tr("Contact in the trash")

    # -- the chosen ---------------------------------------------------------------------------
    def contact_ids(self) -> list[int]:
        return list(self._ids)

    def set_contact_ids(self, ids: Iterable[int], names: dict[int, str] | None = None) -> None:
        """Choose exactly ``ids`` (``names`` for people the choices lack, e.g. trashed)."""
        self._names.update(names or {})
        self._ids = list(dict.fromkeys(ids))[: 1 if self.single else None]
        self._show()

    def add_contact(self, contact_id: int) -> None:
        if contact_id in self._ids:
            return
        self._ids = [contact_id] if self.single else [*self._ids, contact_id]
        self._show()

    def remove_contact(self, contact_id: int) -> None:
        if contact_id in self._ids:
            self._ids.remove(contact_id)
            self._show()
            self.editor.setFocus()

    def clear(self) -> None:
        self.set_contact_ids([])

    def _show(self) -> None:
        if self.single:
            blocked = self.editor.blockSignals(True)
            self.editor.setText(self.name_of(self._ids[0]) if self._ids else "")
            self.editor.blockSignals(blocked)
            self._embolden(bool(self._ids))
        else:
            self.chips.clear()
            for cid in self._ids:
                item = QListWidgetItem(self.name_of(cid))
                item.setData(_ID, cid)
                item.setToolTip(self.tr("Backspace or Delete removes the selected contact"))
                self.chips.addItem(item)
            self.chips.fit_height()
        self.selection_changed.emit(list(self._ids))

    # -- typing -------------------------------------------------------------------------------
    def _suggest(self, text: str) -> None:
        found = best_matches(self.choices(), text, () if self.single else self._ids)
        self.suggestions.clear()
        for cid, name in found:
            item = QStandardItem(name)
            item.setData(cid, _ID)
            self.suggestions.appendRow(item)
        if found:
            self.completer.complete()
            self._popup().setCurrentIndex(self.suggestions.index(0, 0))
        else:
            self._popup().hide()

    def _popup(self) -> QAbstractItemView:
        popup = self.completer.popup()
        assert popup is not None
        return popup

    def _text_changed(self, text: str) -> None:
        # In single mode the field shows the chosen name: editing it un-chooses.
        if self.single and self._ids and text != self.name_of(self._ids[0]):
            self._ids = []
            self._embolden(False)
            self.selection_changed.emit([])

    def _embolden(self, on: bool) -> None:
        font = self.editor.font()
        font.setBold(on)
        self.editor.setFont(font)

    def _activated(self, index: QModelIndex) -> None:
        self._choose(int(index.data(_ID)))

    def _choose(self, contact_id: int) -> None:
        self._popup().hide()
        if not self.single:
            self.editor.clear()
        self.add_contact(contact_id)

    def choose_typed(self) -> bool:
        """Add the highlighted suggestion, else the best match of the typed text."""
        popup = self._popup()
        current = popup.currentIndex() if popup.isVisible() else QModelIndex()
        if current.isValid():
            self._choose(int(current.data(_ID)))
            return True
        found = best_matches(self.choices(), self.editor.text(), () if self.single else self._ids)
        if found:
            self._choose(found[0][0])
            return True
        return False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.editor and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            return self._editor_key(event)
        return super().eventFilter(watched, event)

    def _editor_key(self, event: QKeyEvent) -> bool:
        key, empty = event.key(), not self.editor.text()
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not empty:
            if self.single and self._ids:
                return False  # the chosen name itself: Enter goes on to the dialog or view
            self.choose_typed()
            return True
        if key == Qt.Key.Key_Down and not empty and not self._popup().isVisible():
            self._suggest(self.editor.text())
            return True
        if self.single or not empty or not self._ids:
            return False
        if key in (Qt.Key.Key_Backspace, Qt.Key.Key_Delete):
            selected = [int(i.data(_ID)) for i in self.chips.selectedItems()]
            if selected:
                for cid in selected:
                    self.remove_contact(cid)
            elif key == Qt.Key.Key_Backspace:
                last = self.chips.item(self.chips.count() - 1)
                self.chips.setCurrentItem(last)
            return True
        if key == Qt.Key.Key_Escape and self.chips.selectedItems():
            self.chips.clearSelection()
            return True
        return False
