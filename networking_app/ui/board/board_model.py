"""The board's item models: one shared store of cards, one list model per circle column.

A keystroke in the search field re-filters up to 30,000 cards. With the search index
made, typing asks it (:func:`domain.board_search.find_text`): the counts come from bit
sets and a column picks out only the cards it shows. Other filters go through
:func:`domain.board.select` over a pre-sorted pool; when the new filter only narrows a
recent one (typing one more letter), only that filter's matches are searched again.
"""

from __future__ import annotations

import json
import logging
import operator
from collections import OrderedDict
from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QByteArray,
    QMimeData,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QUndoStack

from networking_app.domain.board import (
    BoardFilter,
    CardPool,
    ContactCard,
    SortKey,
    select,
)
from networking_app.domain.board_search import TextMatches, find_text
from networking_app.domain.text import query_terms
from networking_app.domain.vocabulary import Circle
from networking_app.ui.board.card_store import CardStore, StoreChange
from networking_app.ui.commands import MoveCirclesCommand
from networking_app.ui.events import DataEvents

log = logging.getLogger(__name__)

#: Drag-and-drop payload between columns: a JSON list of contact ids.
CONTACT_IDS_MIME = "application/x-rapport-contact-ids"

CARD_ROLE = Qt.ItemDataRole.UserRole + 1  # the ContactCard
ID_ROLE = Qt.ItemDataRole.UserRole + 2  # int
OVERDUE_ROLE = Qt.ItemDataRole.UserRole + 3  # bool

#: Above this many rows coming or going, a reset is cheaper than row-by-row signals.
_INCREMENTAL_LIMIT = 64
#: Rows handed to the view at a time (fetchMore): laying out a list costs Qt two calls
#: into Python per row, so 20,000 weak ties are shown a page at a time as one scrolls.
PAGE = 60
_CACHED_FILTERS = 24
_ID = operator.attrgetter("id")
#: A card's flags, combined once: the view asks for them at every card it paints, and
#: Python's enum operators cost microseconds each.
_CARD_FLAGS = (
    Qt.ItemFlag.ItemIsEnabled
    | Qt.ItemFlag.ItemIsSelectable
    | Qt.ItemFlag.ItemIsDragEnabled
    | Qt.ItemFlag.ItemNeverHasChildren
)

AnyIndex = QModelIndex | QPersistentModelIndex


def narrows(new: BoardFilter, old: BoardFilter) -> bool:
    """Whether every card that passes ``new`` also passes ``old``.

    Then ``new`` only needs to search ``old``'s matches: "fran" within the "fra" ones.
    """
    for name in ("tag", "target_category", "channel", "industry", "city"):
        value = getattr(old, name)
        if value and value != getattr(new, name):
            return False
    if old.overdue_only and not new.overdue_only:
        return False
    new_terms = query_terms(new.text)
    return all(any(term in longer for longer in new_terms) for term in query_terms(old.text))


def _found(cards: Sequence[ContactCard]) -> tuple[CardPool, int] | None:
    """The pool ``cards`` come from and their positions in it as bits, when known cheaply."""
    if isinstance(cards, TextMatches):
        return cards.pool, cards.found
    if isinstance(cards, CardPool):
        bits = cards.position_bits(make=False)  # a whole circle's, once it was searched
        if bits is not None:
            return cards, bits[0]
    return None


def _same(old: Sequence[ContactCard], new: Sequence[ContactCard]) -> bool:
    """Whether ``old`` and ``new`` are the same cards in the same order."""
    if new is old:
        return True
    if len(new) != len(old):
        return False
    found_old, found_new = _found(old), _found(new)
    if found_old is not None and found_new is not None and found_old[0] is found_new[0]:
        return found_old[1] == found_new[1]  # same pool, same order: the same bits say it
    return all(map(operator.is_, new, old))


def _differ_by(old: Sequence[ContactCard], new: Sequence[ContactCard]) -> int | None:
    """How many cards come or go between ``old`` and ``new`` when both are cards of one
    pool in its order (else None)."""
    found_old, found_new = _found(old), _found(new)
    if found_old is not None and found_new is not None and found_old[0] is found_new[0]:
        return (found_old[1] ^ found_new[1]).bit_count()
    return None


def _every(_position: int) -> bool:
    return True


def _head(cards: Sequence[ContactCard], count: int) -> tuple[list[ContactCard], list[int]]:
    """The first ``count`` of ``cards`` (a pool or matches in it) and their index positions."""
    if isinstance(cards, TextMatches):
        return cards.head(count)
    assert isinstance(cards, CardPool) and cards.positions is not None
    return cards[:count], cards.positions[:count]


def _holds(cards: Sequence[ContactCard]) -> Callable[[int], object]:
    """Whether the card at an index position of their pool is among ``cards``."""
    if isinstance(cards, TextMatches):
        return cards.flags.__getitem__
    return _every  # the whole pool: every card of it


class CircleModel(QAbstractListModel):
    """The filtered, sorted cards of one circle: a column of the board."""

    #: the number of cards or of overdue cards may have changed
    counts_changed = Signal()

    def __init__(
        self,
        circle: Circle,
        store: CardStore,
        undo_stack: QUndoStack,
        events: DataEvents,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.circle, self.store = circle, store
        self.undo_stack, self.events = undo_stack, events
        self._filter = BoardFilter()
        self._sort = SortKey.NAME
        self._cards: Sequence[ContactCard] = []  # every match; the first _shown are rows
        self._shown = 0
        self._fetching = False
        self._matches: OrderedDict[BoardFilter, Sequence[ContactCard]] = OrderedDict()
        self._overdue: dict[BoardFilter, int] = {}  # per filter: the sort order changes nothing
        store.changed.connect(self._store_changed)
        if store.loaded:
            self._cards = self._select()
            self._shown = min(len(self._cards), PAGE)

    # -- what the column shows ---------------------------------------------------------------
    @property
    def cards(self) -> Sequence[ContactCard]:
        """Every card passing the filter, in order (rows are fetched from it page by page)."""
        return self._cards

    @property
    def filtered(self) -> bool:
        """Whether a filter hides some of the circle's cards (its search, tag, ...)."""
        return self._filter.active

    def count(self) -> int:
        return len(self._cards)

    def overdue_count(self) -> int:
        count = self._overdue.get(self._filter)
        if count is None:
            count = self.store.overdue_count(self._cards)
            self._overdue[self._filter] = count
        return count

    def card_at(self, row: int) -> ContactCard:
        return self._cards[row]

    def reveal(self, ids: set[int]) -> dict[int, int]:
        """The rows of those of ``ids`` in this column, fetching rows until they exist."""
        rows = {card.id: row for row, card in enumerate(self._cards) if card.id in ids}
        last = max(rows.values(), default=-1)
        if last >= self._shown:
            self.beginInsertRows(QModelIndex(), self._shown, last)
            self._shown = last + 1
            self.endInsertRows()
        return rows

    def set_view(self, flt: BoardFilter, key: SortKey) -> None:
        """Show the cards passing ``flt`` in ``key`` order."""
        if flt == self._filter and key is self._sort:
            return
        if key is not self._sort:
            self._matches.clear()
        self._filter, self._sort = flt, key
        self._show(self._select(), frozenset())

    def forget_matches(self) -> None:
        """Drop the remembered results of recent filters (the next search starts cold)."""
        self._matches.clear()
        self._overdue.clear()

    def _select(self) -> Sequence[ContactCard]:
        pool: Sequence[ContactCard] = self.store.pool(self.circle, self._sort)
        flt = self._filter
        if not flt.active:
            return pool
        found = self._matches.get(flt)
        if found is not None:
            self._matches.move_to_end(flt)
            return found
        found = find_text(pool, flt, self.store.index)
        if found is None:
            for earlier, matches in self._matches.items():
                shorter = isinstance(matches, CardPool) and len(matches) < len(pool)
                if shorter and narrows(flt, earlier):
                    pool = matches
            found = select(pool, flt, self.store.today, self.store.index)
        self._matches[flt] = found
        if len(self._matches) > _CACHED_FILTERS:
            forgotten, _ = self._matches.popitem(last=False)
            self._overdue.pop(forgotten, None)
        return found

    def _store_changed(self, change: StoreChange) -> None:
        if change.circles is not None and self.circle not in change.circles:
            return
        self.forget_matches()
        self._show(self._select(), change.ids)

    def _show(self, new: Sequence[ContactCard], touched: frozenset[int]) -> None:
        """Replace the rows, with row signals when few changed (selections survive)."""
        old = self._cards
        if _same(old, new):
            self._cards = new
            return
        differ = _differ_by(old, new)
        if differ is not None and differ <= _INCREMENTAL_LIMIT:
            self._patch_within(old, new, differ)
        elif (
            differ is not None
            or abs(len(new) - len(old)) > _INCREMENTAL_LIMIT
            or not self._patch(old, new, touched)
        ):
            self.beginResetModel()
            self._cards, self._shown = new, min(len(new), PAGE)
            self.endResetModel()
        self.counts_changed.emit()

    def _patch_within(
        self, old: Sequence[ContactCard], new: Sequence[ContactCard], differ: int
    ) -> None:
        """:meth:`_patch` when ``old`` and ``new`` are cards of one pool in its order (one
        more letter typed), ``differ`` of them coming or going: which ones is known from
        their index positions, so only the rows shown are looked at, not every match."""
        in_old, in_new = _holds(old), _holds(new)
        came = (differ + len(new) - len(old)) // 2
        shown, shown_positions = _head(old, self._shown)
        cards, positions = list(shown), list(shown_positions)
        for row in range(len(cards) - 1, -1, -1):
            if not in_new(positions[row]):
                self.beginRemoveRows(QModelIndex(), row, row)
                del cards[row], positions[row]
                self._cards, self._shown = cards, self._shown - 1
                self.endRemoveRows()
        # As in _patch: the cards are now len(new) - came; rows past the shown ones go
        # silently, unless every card is shown and there is room left on the first page.
        total = len(new) - came
        head, head_positions = _head(new, self._shown + came + 1)
        for row, position in enumerate(head_positions):
            if row >= self._shown and not total == self._shown < PAGE:
                break  # every card still to come goes past the rows shown
            if in_old(position):
                continue
            self.beginInsertRows(QModelIndex(), row, row)
            cards.insert(row, head[row])
            self._cards, self._shown = cards, self._shown + 1
            total += 1
            self.endInsertRows()
        self._cards = new

    def _patch(
        self, old: Sequence[ContactCard], new: Sequence[ContactCard], touched: frozenset[int]
    ) -> bool:
        """Turn ``old`` into ``new`` with remove/insert/dataChanged signals, if that is simple."""
        old_ids, new_ids = list(map(_ID, old)), list(map(_ID, new))
        gone = set(old_ids).difference(new_ids)
        came = set(new_ids).difference(old_ids)
        if len(gone) + len(came) > _INCREMENTAL_LIMIT:
            return False
        if [i for i in old_ids if i not in gone] != [i for i in new_ids if i not in came]:
            moved = touched.intersection(old_ids).intersection(new_ids)  # edited, re-sorted
            gone, came = gone | moved, came | moved
            if len(gone) + len(came) > _INCREMENTAL_LIMIT:
                return False
            if [i for i in old_ids if i not in gone] != [i for i in new_ids if i not in came]:
                return False
        # Rows past the fetched ones change silently: the view does not know them yet.
        cards = list(old)
        for row in range(len(cards) - 1, -1, -1):
            if cards[row].id not in gone:
                continue
            if row < self._shown:
                self.beginRemoveRows(QModelIndex(), row, row)
                del cards[row]
                self._cards, self._shown = cards, self._shown - 1
                self.endRemoveRows()
            else:
                del cards[row]
        for row, card in enumerate(new):
            if card.id not in came:
                continue
            if row < self._shown or len(cards) == self._shown < PAGE:
                self.beginInsertRows(QModelIndex(), row, row)
                cards.insert(row, card)
                self._cards, self._shown = cards, self._shown + 1
                self.endInsertRows()
            else:
                cards.insert(row, card)
        changed = [
            row
            for row, (a, b) in enumerate(zip(cards[: self._shown], new, strict=False))
            if a is not b
        ]
        self._cards = new
        if changed:
            self.dataChanged.emit(self.index(changed[0]), self.index(changed[-1]))
        return True

    # -- QAbstractItemModel ------------------------------------------------------------------
    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self._shown

    def canFetchMore(self, parent: AnyIndex) -> bool:
        return not parent.isValid() and self._shown < len(self._cards)

    def fetchMore(self, parent: AnyIndex) -> None:
        more = min(PAGE, len(self._cards) - self._shown)
        if parent.isValid() or more <= 0 or self._fetching:
            return
        # Whoever hears rowsAboutToBeInserted may ask for more again (Qt's model tester
        # does): that page would be announced twice and counted twice.
        self._fetching = True
        try:
            self.beginInsertRows(QModelIndex(), self._shown, self._shown + more - 1)
            self._shown += more
            self.endInsertRows()
        finally:
            self._fetching = False

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= self._shown:
            return None
        card = self._cards[index.row()]
        if role == CARD_ROLE:
            return card
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return card.name
        if role == Qt.ItemDataRole.ToolTipRole:
            return " @ ".join(p for p in (card.role, card.organisation) if p) or card.name
        if role == ID_ROLE:
            return card.id
        if role == OVERDUE_ROLE:
            return card.due is not None and card.due < self.store.today
        return None

    def roleNames(self) -> dict[int, QByteArray]:
        names = super().roleNames()
        names[CARD_ROLE] = QByteArray(b"card")
        names[ID_ROLE] = QByteArray(b"contactId")
        names[OVERDUE_ROLE] = QByteArray(b"overdue")
        return names

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.ItemIsDropEnabled  # drop anywhere in the column
        return _CARD_FLAGS

    # -- drag and drop: a drop pushes an undoable move -------------------------------------
    def supportedDragActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def mimeTypes(self) -> list[str]:
        return [CONTACT_IDS_MIME]

    def mimeData(self, indexes: Sequence[QModelIndex]) -> QMimeData:
        ids = sorted({self._cards[i.row()].id for i in indexes if i.isValid()})
        mime = QMimeData()
        mime.setData(CONTACT_IDS_MIME, QByteArray(json.dumps(ids).encode()))
        return mime

    def _incoming(self, data: QMimeData) -> list[int]:
        """The dropped contacts that are not in this circle yet."""
        if not data.hasFormat(CONTACT_IDS_MIME):
            return []
        try:
            ids = json.loads(bytes(data.data(CONTACT_IDS_MIME).data()))
        except ValueError:
            return []
        cards = (self.store.card(i) for i in ids if isinstance(i, int))
        return [c.id for c in cards if c is not None and c.circle is not self.circle]

    def canDropMimeData(
        self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: AnyIndex
    ) -> bool:
        return action == Qt.DropAction.MoveAction and bool(self._incoming(data))

    def dropMimeData(
        self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: AnyIndex
    ) -> bool:
        if action == Qt.DropAction.IgnoreAction:
            return True
        ids = self._incoming(data) if action == Qt.DropAction.MoveAction else []
        if not ids:
            return False
        log.info("moving %d contacts to %s by drag and drop", len(ids), self.circle.value)
        self.undo_stack.push(MoveCirclesCommand(self.store.book, self.events, ids, self.circle))
        return True
