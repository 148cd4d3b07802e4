"""The board's cards, and searching, filtering and sorting them in memory.

A LinkedIn export can hold 30,000 connections: every card carries its folded search text
once, so a keystroke is a scan of plain strings, not a database query.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from enum import StrEnum
from itertools import compress
from typing import Any

from networking_app.domain.search_index import SearchIndex, bits_at
from networking_app.domain.text import digits, fold, query_terms
from networking_app.domain.vocabulary import Circle


@dataclass(frozen=True)
class ContactCard:
    """What a board card shows and what search and filters look at."""

    id: int
    name: str
    organisation: str = ""
    role: str = ""
    industry: str = ""
    function: str = ""
    city: str = ""
    circle: Circle = Circle.WEAK
    tags: tuple[str, ...] = ()
    target_categories: tuple[str, ...] = ()
    channel: str | None = None
    last_interaction: datetime | None = None
    due: date | None = None
    has_photo: bool = False
    given_12m: int = 0  # values given over the last 12 months (give before you ask)
    asked_12m: int = 0
    search_text: str = field(default="", repr=False, compare=False)
    sort_name: str = field(default="", repr=False, compare=False)


def search_text(*parts: str, phones: Iterable[str] = (), country_code: str = "") -> str:
    """The folded haystack of a card: every searchable field, phones as digits in the
    forms people type them (:func:`phone_forms`)."""
    folded = fold("\n".join(p for p in parts if p))
    numbers = [form for phone in phones for form in phone_forms(phone, country_code)]
    return "\n".join([folded, *numbers]) if numbers else folded


def phone_forms(phone: str, country_code: str = "") -> list[str]:
    """A phone number's digits, and the same number written the other way, so that a
    search typed either way finds it: "+33 6 39 98 23 01" is also "0639982301", and
    "06 39 98 23 01" (with ``country_code`` "33", the user's country) "+33639982301".

    The country code of an international number is not parsed (that costs more than the
    whole card at 30,000 contacts): the national form is given for codes of one, two and
    three digits, which only adds a few digits' text that nobody types otherwise.
    """
    text = phone.strip()
    number = digits(text)
    if not number:
        return []
    if text.startswith(("+", "00")):
        international = number[2:] if text.startswith("00") else number
        return [number, "+" + international] + [
            "0" + international[size:] for size in (1, 2, 3) if len(international) > size + 4
        ]
    if number.startswith("0") and country_code:
        return [number, f"+{country_code}{number[1:]}"]
    return [number]


class SortKey(StrEnum):
    NAME = "name"
    LAST_INTERACTION = "last_interaction"  # longest ago (or never) first
    NEXT_DUE = "next_due"  # most overdue first, nothing due last


@dataclass(frozen=True)
class BoardFilter:
    """The filter bar's state; empty fields filter nothing."""

    text: str = ""
    tag: str = ""
    target_category: str = ""
    channel: str = ""
    industry: str = ""
    city: str = ""
    overdue_only: bool = False

    @property
    def active(self) -> bool:
        return self != BoardFilter()

    @property
    def text_only(self) -> bool:
        """Whether the text is all there is to it (typing in the search field)."""
        return bool(self.text) and self == BoardFilter(text=self.text)


class CardPool(list[ContactCard]):
    """Cards with side lists kept in step: search texts, overdue flags, index positions.

    A keystroke scans a plain list of strings (or asks the search index by position)
    without touching the cards themselves, which lie scattered in memory. A pool made by
    :meth:`keep` derives its side lists from its parent's only when one is read: a
    keystroke pays for the cards it keeps, not for lists nobody looks at.
    """

    def __init__(
        self,
        cards: Iterable[ContactCard] = (),
        hays: list[str] | None = None,
        late: list[bool] | None = None,
        positions: list[int] | None = None,
    ) -> None:
        super().__init__(cards)
        self._hays, self._late, self._positions = hays, late, positions
        self._parent: CardPool | None = None
        self._mask: Sequence[int | bool] | None = None  # None: every card of the parent
        self._bits: tuple[int, int] | None = None
        self._ranks: list[int] = []

    def _side(self, name: str) -> list[Any] | None:
        value: list[Any] | None = getattr(self, name)
        if value is None and self._parent is not None:
            source = self._parent._side(name)
            if source is not None:
                value = list(source if self._mask is None else compress(source, self._mask))
                setattr(self, name, value)
        return value

    @property
    def hays(self) -> list[str]:
        """The cards' search texts, in order."""
        hays = self._side("_hays")
        if hays is None:
            hays = self._hays = [card.search_text for card in self]
        return hays

    @property
    def late(self) -> list[bool] | None:
        """Per card, overdue on the day the pool was made (when it was given one)."""
        return self._side("_late")

    @property
    def positions(self) -> list[int] | None:
        """Per card, its position in the :class:`SearchIndex` of every card (when known)."""
        return self._side("_positions")

    def position_bits(self, make: bool = True) -> tuple[int, int] | None:
        """The cards, and the overdue ones, as bit sets of their index positions (None
        when the pool does not know them, or they were not made yet and ``make`` is
        false); made once."""
        if self._bits is None and make:
            positions, late = self.positions, self.late
            if positions is None or late is None:
                return None
            self._bits = bits_at(positions), bits_at(compress(positions, late))
        return self._bits

    def ranks(self, size: int) -> list[int] | None:
        """Per index position (``size`` of them at least), 1 + the place in the pool of the
        card there, or 0 when it is not in the pool (None when positions are unknown)."""
        positions = self.positions
        if positions is None:
            return None
        if len(self._ranks) < size:
            ranks = [0] * max(size, max(positions, default=-1) + 1)
            deque(map(ranks.__setitem__, positions, range(1, len(positions) + 1)), 0)
            self._ranks = ranks
        return self._ranks

    @classmethod
    def of(
        cls, cards: Iterable[ContactCard], today: date, positions: list[int] | None = None
    ) -> CardPool:
        """A pool that also knows which cards are overdue ``today``."""
        pool = cls(cards, positions=positions)
        pool._late = [c.due is not None and c.due < today for c in pool]
        return pool

    def _child(self, cards: Iterable[ContactCard], mask: Sequence[int | bool] | None) -> CardPool:
        child = CardPool(cards)
        child._parent, child._mask = self, mask
        return child

    def copy(self) -> CardPool:
        return self._child(self, None)

    def keep(self, mask: Sequence[int | bool]) -> CardPool:
        """The cards whose ``mask`` entry is true, texts and flags alongside."""
        return self._child(compress(self, mask), mask)

    def overdue(self) -> int | None:
        """How many are overdue (None when the pool was made without a day)."""
        late = self.late
        return late.count(True) if late is not None else None


def _passes_fields(card: ContactCard, flt: BoardFilter, today: date) -> bool:
    """Every filter but the text."""
    if flt.tag and fold(flt.tag) not in (fold(t) for t in card.tags):
        return False
    if flt.target_category and flt.target_category not in card.target_categories:
        return False
    if flt.channel and card.channel != flt.channel:
        return False
    if flt.industry and fold(card.industry) != fold(flt.industry):
        return False
    if flt.city and fold(card.city) != fold(flt.city):
        return False
    return not flt.overdue_only or (card.due is not None and card.due < today)


def select(
    cards: Sequence[ContactCard],
    flt: BoardFilter,
    today: date,
    index: SearchIndex | None = None,
) -> CardPool:
    """The cards that pass ``flt``, in their current order.

    With the ``index`` of every card (and a pool that knows its cards' positions in it),
    the text is matched there instead of by scanning the pool's texts.
    """
    pool = cards if isinstance(cards, CardPool) else CardPool(cards)
    if not flt.active:
        return pool.copy()
    terms = query_terms(flt.text)
    if terms and index is not None and pool.positions is not None:
        pool = pool.keep(list(map(index.matches(terms).__getitem__, pool.positions)))
        terms = []
    # The longest word first: it is the most selective, the others then scan less.
    for term in sorted(terms, key=len, reverse=True):
        pool = pool.keep([term in hay for hay in pool.hays])
    if (
        flt.tag
        or flt.target_category
        or flt.channel
        or flt.industry
        or flt.city
        or flt.overdue_only
    ):
        pool = pool.keep([_passes_fields(card, flt, today) for card in pool])
    return pool


def sort_cards(cards: list[ContactCard], key: SortKey) -> None:
    """Sort in place; names break ties so the order never jumps."""
    cards.sort(key=lambda c: c.sort_name)
    if key is SortKey.LAST_INTERACTION:
        cards.sort(key=lambda c: c.last_interaction or datetime.min)
    elif key is SortKey.NEXT_DUE:
        cards.sort(key=lambda c: (c.due is None, c.due or date.max))
