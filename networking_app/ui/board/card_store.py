"""Every card of the board in memory, read once (on a worker thread) and then kept
current from ``contacts_changed`` by re-reading only the changed contacts."""

from __future__ import annotations

import gc
import logging
import threading
import time
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

from networking_app.domain.board import CardPool, ContactCard, SortKey, sort_cards
from networking_app.domain.board_search import TextMatches
from networking_app.domain.search_index import SearchIndex
from networking_app.domain.vocabulary import Circle
from networking_app.services.contacts import ContactBook
from networking_app.ui.events import DataEvents
from networking_app.ui.worker_report import tell

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class StoreChange:
    """What a refresh touched: ``circles`` None means everything was reloaded."""

    circles: frozenset[Circle] | None
    ids: frozenset[int] = frozenset()


def _yield() -> None:
    time.sleep(0.001)


class _LoadSignals(QObject):
    done = Signal(list)
    indexed = Signal(object)  # SearchIndex over the cards sent by ``done``, in that order
    failed = Signal()


class _LoadCards(QRunnable):
    def __init__(self, book: ContactBook) -> None:
        super().__init__()
        self.book = book
        self.signals = _LoadSignals()
        self.shown = threading.Event()  # set once the GUI thread has taken the cards

    def run(self) -> None:
        try:
            cards = self.book.cards_on_worker_thread()
        except Exception:  # logged; the board stays as it was and says so
            log.exception("reading the board's cards failed")
            tell(self.signals.failed.emit, "board")
        else:
            # The cards go first, to be shown; the search index follows (about as long
            # to make again) and searches scan the texts until it is there.
            tell(lambda: self.signals.done.emit(cards), "board")
            # Let the GUI thread show them first: both at once share one interpreter
            # lock, and showing 30,000 cards then stalled the window for 400 ms. Pausing
            # now and then afterwards keeps the window answering while the index is made.
            self.shown.wait(timeout=10)
            index = SearchIndex([card.search_text for card in cards], pause=_yield)
            tell(lambda: self.signals.indexed.emit(index), "board")


class CardStore(QObject):
    """Every card not in the trash, in memory, kept current from ``contacts_changed``."""

    changed = Signal(object)  # StoreChange
    #: ids whose cards are about to be read again (before ``changed``, before any view
    #: drops a card that left its column)
    about_to_change = Signal(object)
    load_started = Signal()
    load_failed = Signal()

    def __init__(self, book: ContactBook, events: DataEvents, parent: QObject | None = None):
        super().__init__(parent)
        self.book = book
        self.today = book.clock.today()
        self.loaded = False
        self._job: _LoadCards | None = None
        self._stale_while_loading = False
        self._cards: dict[int, ContactCard] = {}
        #: where each card's search text sits in the index (stable until the next load)
        self._positions: dict[int, int] = {}
        #: the search index of every card; None until made (searches then scan)
        self.index: SearchIndex | None = None
        self._unindexed: dict[int, str] = {}  # position -> text changed before it came
        self._indexing: _LoadCards | None = None
        self._pools: dict[tuple[Circle, SortKey], list[ContactCard]] = {}
        self._overdue: set[int] | None = None
        events.contacts_changed.connect(self.refresh)

    def __len__(self) -> int:
        return len(self._cards)

    def card(self, contact_id: int) -> ContactCard | None:
        return self._cards.get(contact_id)

    def load(self) -> None:
        """Read every card now (the rest of the time only changed ones are re-read)."""
        cards = self.book.cards()
        self._install(cards)
        self.index = SearchIndex([card.search_text for card in cards])

    @property
    def loading(self) -> bool:
        return self._job is not None

    def load_in_background(self) -> None:
        """Read every card on a worker thread: 30,000 cards take about a second to read
        and fold, and the window must stay responsive meanwhile. ``changed`` fires when
        they are in."""
        if self._job is not None:
            return
        job = self._job = _LoadCards(self.book)
        job.signals.done.connect(self._background_done)
        job.signals.indexed.connect(lambda index: self._background_indexed(job, index))
        self._job.signals.failed.connect(self._background_failed)
        self.load_started.emit()
        QThreadPool.globalInstance().start(self._job)

    def _background_done(self, cards: list[ContactCard]) -> None:
        job, self._job = self._job, None
        try:
            if self._stale_while_loading:  # a change landed while reading: read again
                self._stale_while_loading = False
                self.load_in_background()
                return
            self._install(cards)
            self._indexing = job
        finally:
            if job is not None:
                job.shown.set()

    def _background_indexed(self, job: _LoadCards, index: SearchIndex) -> None:
        if job is not self._indexing:
            return  # made for cards that were replaced meanwhile
        self._indexing = None
        for position, text in self._unindexed.items():
            index.put(position, text)
        self._unindexed.clear()
        self.index = index

    def _background_failed(self) -> None:
        self._job = None
        self.load_failed.emit()

    def _install(self, cards: list[ContactCard]) -> None:
        self.today = self.book.clock.today()
        self._cards = {card.id: card for card in cards}
        self._positions = {card.id: position for position, card in enumerate(cards)}
        self.index, self._indexing = None, None
        self._unindexed.clear()
        # 30,000 long-lived cards would make every full garbage collection walk them
        # (100 ms and more, felt as a stutter while typing): set them aside for good.
        gc.freeze()
        self.loaded = True
        self._forget(None)
        self.changed.emit(StoreChange(None))

    def refresh(self, ids: Sequence[int]) -> None:
        """Re-read the cards of ``ids`` (an empty list: all of them)."""
        if self._job is not None:
            self._stale_while_loading = True  # the read in flight may predate this change
        if not self.loaded:
            return  # the first load will read everything anyway
        if not ids or self.book.clock.today() != self.today:
            self.load_in_background()  # the window stays responsive meanwhile
            return
        fresh = {card.id: card for card in self.book.cards(ids)}
        self.about_to_change.emit(frozenset(ids))
        circles: set[Circle] = set()
        for contact_id in ids:
            old, new = self._cards.get(contact_id), fresh.get(contact_id)
            if old is not None:
                circles.add(old.circle)
            if new is None:
                self._cards.pop(contact_id, None)  # trashed, purged or merged away
            else:
                self._cards[contact_id] = new  # keeps its place in the dict when known
                circles.add(new.circle)
            self._reindex(contact_id, "" if new is None else new.search_text)
        self._forget(circles)
        self.changed.emit(StoreChange(frozenset(circles), frozenset(ids)))

    def _reindex(self, contact_id: int, text: str) -> None:
        position = self._positions.get(contact_id)
        if position is None:
            if not text:
                return
            position = self._positions[contact_id] = len(self._positions)
        if self.index is not None:
            self.index.put(position, text)
        else:
            self._unindexed[position] = text

    def _forget(self, circles: set[Circle] | None) -> None:
        self._overdue = None
        for key in list(self._pools):
            if circles is None or key[0] in circles:
                del self._pools[key]

    def pool(self, circle: Circle, key: SortKey) -> list[ContactCard]:
        """The circle's cards in ``key`` order (kept until one of them changes; never mutated)."""
        pool = self._pools.get((circle, key))
        if pool is None:
            cards = [card for card in self._cards.values() if card.circle is circle]
            sort_cards(cards, key)
            pool = CardPool.of(cards, self.today, [self._positions[card.id] for card in cards])
            # What a search of the index needs (a few ms for 20,000 cards), made now rather
            # than by the first keystroke.
            pool.position_bits()
            pool.ranks(len(self._positions))
            self._pools[(circle, key)] = pool
        return pool

    def overdue_count(self, cards: Iterable[ContactCard]) -> int:
        """How many of ``cards`` (cards of this store) are overdue today."""
        known = cards.overdue() if isinstance(cards, CardPool | TextMatches) else None
        if known is not None:
            return known  # counted in C from the pool's flags, or from bit sets
        if self._overdue is None:
            today = self.today
            self._overdue = {
                id(c) for c in self._cards.values() if c.due is not None and c.due < today
            }
        # By identity: counting 20,000 cards then never touches the cards themselves
        # (scattered in memory), only the list of them. The set is rebuilt on any change.
        return sum(map(self._overdue.__contains__, map(id, cards)))
