"""Typing in the board's search field: the matches of one column, made as far as shown.

A first letter matches most of 30,000 cards. Listing them all, per column, at every
keystroke cost more than the search itself; a column shows 60 cards at first, and its
header only needs counts. :class:`TextMatches` knows its counts at once from bit sets
(the index's answer within the pool's cards) and picks cards out of the pool as they
are read.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from itertools import compress, islice
from typing import overload

from networking_app.domain.board import BoardFilter, CardPool, ContactCard
from networking_app.domain.search_index import SearchIndex
from networking_app.domain.text import query_terms


class TextMatches(Sequence[ContactCard]):
    """The cards of a pool whose text matched a search, in the pool's order."""

    def __init__(self, pool: CardPool, found: int, flags: bytes) -> None:
        positions, (_members, late) = pool.positions, pool.position_bits() or (0, 0)
        assert positions is not None
        self.pool = pool
        self.found = found  #: the index positions matched, within the pool's
        self.flags = flags  #: per index position, 1 when its text matched (the whole index)
        self._count = found.bit_count()
        self._overdue = (found & late).bit_count()
        self._made: list[ContactCard] = []
        self._made_positions: list[int] = []
        # Two lazy picks from one pass each over the flags, kept in step by islice().
        self._rest = compress(pool, map(flags.__getitem__, positions))
        self._rest_positions = compress(positions, map(flags.__getitem__, positions))

    def __len__(self) -> int:
        return self._count

    def overdue(self) -> int:
        """How many of them are overdue (on the day their pool was made)."""
        return self._overdue

    def head(self, count: int) -> tuple[list[ContactCard], list[int]]:
        """The first ``count`` cards (fewer if there are fewer) and their index positions
        (the lists themselves: do not change them)."""
        missing = count - len(self._made)
        if missing > 0:
            self._made.extend(islice(self._rest, missing))
            self._made_positions.extend(islice(self._rest_positions, missing))
        return self._made, self._made_positions

    @overload
    def __getitem__(self, index: int) -> ContactCard: ...

    @overload
    def __getitem__(self, index: slice) -> list[ContactCard]: ...

    def __getitem__(self, index: int | slice) -> ContactCard | list[ContactCard]:
        if isinstance(index, slice):
            return self.head(self._count)[0][index]
        if index < 0:
            index += self._count
        if not 0 <= index < self._count:
            raise IndexError(index)
        return self.head(index + 1)[0][index]

    def __iter__(self) -> Iterator[ContactCard]:
        return iter(self.head(self._count)[0])


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
    return TextMatches(pool, index.match_bits(terms) & bits[0], index.matches(terms))
