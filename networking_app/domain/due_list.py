"""The agenda's lists, with each due item made when first read. Pure.

At 30,000 contacts a day's agenda holds some 20,000 due items, but the Today view shows
the first fifty of each group and the tray the first five. The lists keep one small
tuple per item (an *entry*: ids and day numbers) and make the items of a page — names
and texts read then — the first time one of them is read.
"""

from __future__ import annotations

import heapq
from bisect import bisect_left
from collections.abc import Callable, Collection, Iterator, Sequence
from itertools import islice
from operator import attrgetter
from typing import Any, overload

from networking_app.domain.reminders import KIND_ORDER, DueItem, DueKind

#: Items made at a time.
PAGE = 64

_key_of = attrgetter("key")


def _late_of(item: DueItem) -> int:
    return item.days_late


class _Lazy(Sequence[DueItem]):
    """A read-only list of due items made as they are read: subclasses say how to get
    ready for a span (:meth:`_ready`) and what stands at a place (:meth:`_at`)."""

    __slots__ = ()

    def _ready(self, start: int, stop: int) -> None:
        """Get the places ``start``..``stop`` ready to be read (a slice's, at once)."""

    def _at(self, index: int) -> DueItem:
        raise NotImplementedError

    @overload
    def __getitem__(self, index: int) -> DueItem: ...

    @overload
    def __getitem__(self, index: slice) -> list[DueItem]: ...

    def __getitem__(self, index: int | slice) -> DueItem | list[DueItem]:
        if isinstance(index, slice):
            span = range(*index.indices(len(self)))
            if span:
                self._ready(min(span), max(span) + 1)
            return [self._at(i) for i in span]
        if index < 0:
            index += len(self)
        if not 0 <= index < len(self):
            raise IndexError(index)
        self._ready(index, index + 1)
        return self._at(index)

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Sequence) or isinstance(other, str):
            return NotImplemented
        return len(self) == len(other) and all(a == b for a, b in zip(self, other, strict=True))

    __hash__ = None  # type: ignore[assignment]

    def __repr__(self) -> str:
        return f"{type(self).__name__}({len(self)} items)"


class Items(_Lazy):
    """Due items of one kind, most late first, kept as entries until read.

    ``make`` turns a page of entries into their items; ``key`` and ``late`` give an
    entry's item key and days late without making it.
    """

    __slots__ = ("_entries", "_key", "_late", "_make", "_pages")

    def __init__(
        self,
        entries: Sequence[Any],
        make: Callable[[Sequence[Any]], list[DueItem]],
        key: Callable[[Any], str],
        late: Callable[[Any], int],
    ) -> None:
        self._entries = entries
        self._make = make
        self._key = key
        self._late = late
        self._pages: dict[int, list[DueItem]] = {}

    @classmethod
    def of(cls, items: Sequence[DueItem]) -> Items:
        """Items already made (the short lists: life events, custom reminders)."""
        return cls(items, list, _key_of, _late_of)

    def __len__(self) -> int:
        return len(self._entries)

    def _ready(self, start: int, stop: int) -> None:
        if stop - start > PAGE:
            self._make_pages(start, stop)

    def _at(self, index: int) -> DueItem:
        page, at = divmod(index, PAGE)
        made = self._pages.get(page)
        if made is None:
            made = self._pages[page] = self._make(self._entries[page * PAGE : (page + 1) * PAGE])
        return made[at]

    def _make_pages(self, start: int, stop: int) -> None:
        """Make the pages holding ``start``..``stop`` not made yet, in runs of up to
        sixteen pages (one read each: a long list read through makes few reads)."""
        first, last = start // PAGE, (stop - 1) // PAGE
        page = first
        while page <= last:
            if page in self._pages:
                page += 1
                continue
            run = page
            while run <= last and run - page < 16 and run not in self._pages:
                run += 1
            made = self._make(self._entries[page * PAGE : run * PAGE])
            for n in range(page, run):
                self._pages[n] = made[(n - page) * PAGE : (n - page + 1) * PAGE]
            page = run

    def __iter__(self) -> Iterator[DueItem]:
        if self._entries:
            self._make_pages(0, len(self))
        for page in range(0, (len(self) + PAGE - 1) // PAGE):
            yield from self._pages[page]

    def key(self, index: int) -> str:
        return self._key(self._entries[index])

    def late(self, index: int) -> int:
        return self._late(self._entries[index])

    def keys(self) -> Iterator[str]:
        return map(self._key, self._entries)

    def overdue(self) -> int:
        """How many are late (they come first)."""
        return bisect_left(range(len(self)), 0, key=lambda i: -self.late(i))

    def without(self, keys: Collection[str]) -> Items:
        """These items but those of ``keys`` (made items are made again when read)."""
        if not keys:
            return self
        kept = [entry for entry in self._entries if self._key(entry) not in keys]
        return Items(kept, self._make, self._key, self._late)


def remembered(
    make: Callable[[Sequence[Any]], list[DueItem]], key: Callable[[Any], str]
) -> Callable[[Sequence[Any]], list[DueItem]]:
    """``make``, remembering what it made by key: for lists sharing entries (the due next
    steps are the first open ones), each item is made once."""
    made: dict[str, DueItem] = {}

    def make_missing(entries: Sequence[Any]) -> list[DueItem]:
        missing = [entry for entry in entries if key(entry) not in made]
        if missing:
            made.update(zip(map(key, missing), make(missing), strict=True))
        return [made[key(entry)] for entry in entries]

    return make_missing


def _ranked(part: Items, rank: int, kind: DueKind) -> Iterator[tuple[int, int, int, DueKind]]:
    """``part``'s places in the merge: most late first, then by kind, then its own order."""
    return ((-part.late(i), rank, i, kind) for i in range(len(part)))


class DueList(_Lazy):
    """Everything due, most late first, then by kind (:data:`KIND_ORDER`), then in each
    kind's own order: the kinds' lists merged as they are read."""

    __slots__ = ("_merge", "_order", "parts")

    def __init__(self, parts: dict[DueKind, Items]) -> None:
        self.parts = {kind: parts.get(kind) or Items.of(()) for kind in KIND_ORDER}
        self._order: list[tuple[DueKind, int]] = []
        self._merge: Iterator[tuple[int, int, int, DueKind]] | None = None

    def of_kind(self, kind: DueKind) -> Items:
        return self.parts[kind]

    def with_part(self, kind: DueKind, items: Items) -> DueList:
        return DueList({**self.parts, kind: items})

    def without(self, keys: Collection[str]) -> DueList:
        return DueList({kind: part.without(keys) for kind, part in self.parts.items()})

    def overdue(self) -> int:
        return sum(part.overdue() for part in self.parts.values())

    def keys(self) -> Iterator[str]:
        """The items' keys, in the list's order (merged: see :meth:`key_set` for a set)."""
        self._placed(len(self))
        parts = self.parts
        return (parts[kind].key(at) for kind, at in self._order)

    def key_set(self) -> set[str]:
        """The items' keys, quicker than :meth:`keys` when their order does not matter."""
        # (not a dict: iterating an Items makes its items; its keys() does not)
        return {key for part in self.parts.values() for key in part.keys()}  # noqa: SIM118

    def __len__(self) -> int:
        return sum(len(part) for part in self.parts.values())

    def _placed(self, count: int) -> None:
        """Merge until the first ``count`` places are known."""
        if len(self._order) >= count:
            return
        if self._merge is None:
            self._merge = heapq.merge(
                *(_ranked(part, rank, kind) for rank, (kind, part) in enumerate(self.parts.items()))
            )
        self._order += (
            (kind, i) for _, _, i, kind in islice(self._merge, count - len(self._order))
        )

    def _ready(self, start: int, stop: int) -> None:
        self._placed(stop)

    def _at(self, index: int) -> DueItem:
        kind, at = self._order[index]
        return self.parts[kind][at]

    def __iter__(self) -> Iterator[DueItem]:
        for part in self.parts.values():
            for _ in part:  # made in blocks (a page at a time when read in order)
                pass
        self._placed(len(self))
        parts = self.parts
        for kind, at in self._order:
            yield parts[kind][at]
