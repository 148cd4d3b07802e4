"""Typing in the board's search field: the matches of one column, made as far as shown.

A first letter matches most of 30,000 cards. Listing them all, per column, at every
keystroke cost more than the search itself; a column shows 60 cards at first, and its
header only needs counts. :class:`TextMatches` knows its counts at once from bit sets
(the index's answer within the pool's cards) and picks cards out of the pool as they
are read.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from itertools import compress, islice
from typing import overload

from networking_app.domain.board import BoardFilter, CardPool, ContactCard
from networking_app.domain.search_index import SearchIndex
from networking_app.domain.text import query_terms

#: Below one match in this many cards of a column, its matches are all made at once from
#: the index's list of matches (sorted into the pool's order) rather than found by
#: walking the pool: 60 matches of 700 among 22,000 cards lie 2,000 cards deep.
SPARSE = 16


class TextMatches(Sequence[ContactCard]):
    """The cards of a pool whose text matched a search, in the pool's order."""

    def __init__(
        self, pool: CardPool, found: int, flags: bytes, matched: Callable[[], list[int]]
    ) -> None:
        """``found``: the index positions matched within the pool's; ``flags``: per index
        position, 1 when its text matched; ``matched()``: those positions, in order."""
        positions, (_members, late) = pool.positions, pool.position_bits() or (0, 0)
        assert positions is not None
        self.pool, self.found, self.flags = pool, found, flags
        self._count = found.bit_count()
        self._overdue = (found & late).bit_count()
        self._made: list[ContactCard] = []
        self._made_positions: list[int] = []
        sparse = self._count > 0 and self._count * SPARSE < len(pool)
        ranks = pool.ranks(len(flags)) if sparse else None
        if ranks is not None:
            places = sorted(filter(None, map(ranks.__getitem__, matched())))  # 1 + place
            self._made_positions = [positions[place - 1] for place in places]
            self._made = [pool[place - 1] for place in places]
        # Two lazy picks from one pass each over the flags, kept in step by islice().
        self._rest = compress(pool, map(flags.__getitem__, positions))
        self._rest_positions = compress(positions, map(flags.__getitem__, positions))

    def __len__(self) -> int:
        return self._count

    def overdue(self) -> int:
        """How many of them are overdue (on the day their pool was made)."""
        return self._overdue

    def head(self, count: int) -> tuple[list[ContactCard], list[int]]:
        """The first ``count`` cards (fewer if there are fewer) and their index positions."""
        self._make(count)
        return self._made[:count], self._made_positions[:count]

    def _make(self, count: int) -> list[ContactCard]:
        """Pick cards out of the pool until the first ``count`` are made."""
        missing = min(count, self._count) - len(self._made)
        if missing > 0:
            self._made.extend(islice(self._rest, missing))
            self._made_positions.extend(islice(self._rest_positions, missing))
        return self._made

    @overload
    def __getitem__(self, index: int) -> ContactCard: ...

    @overload
    def __getitem__(self, index: slice) -> list[ContactCard]: ...

    def __getitem__(self, index: int | slice) -> ContactCard | list[ContactCard]:
        if isinstance(index, slice):
            return self._make(self._count)[index]
        if index < 0:
            index += self._count
        if not 0 <= index < self._count:
            raise IndexError(index)
        return self._make(index + 1)[index]

    def __iter__(self) -> Iterator[ContactCard]:
        return iter(self._make(self._count))


def find_text(
    pool: Sequence[ContactCard], flt: BoardFilter, index: SearchIndex | None
) -> TextMatches | None:
    """The cards of ``pool`` that ``flt`` keeps, when it filters by text alone and the
    ``index`` knows where the pool's cards are (else None: use ``board.select``)."""
    if index is None or not flt.text_only or not isinstance(pool, CardPool):
        return None
    terms = query_terms(flt.text)
    bits = pool.position_bits()
    if not terms or bits is None:
        return None
    return TextMatches(
        pool,
        index.match_bits(terms) & bits[0],
        index.matches(terms),
        lambda: index.match_positions(terms),
    )
