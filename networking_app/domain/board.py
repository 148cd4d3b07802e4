"""The board's cards, and searching, filtering and sorting them in memory.

A LinkedIn export can hold 30,000 connections: every card carries its folded search text
once, so a keystroke is a scan of plain strings, not a database query.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from enum import StrEnum

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


def search_text(*parts: str, phones: Iterable[str] = ()) -> str:
    """The folded haystack of a card: every searchable field, phones also as digits."""
    words = [fold(p) for p in parts if p]
    words += [digits(p) for p in phones if digits(p)]
    return "\n".join(words)


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


def matches(card: ContactCard, flt: BoardFilter, terms: Sequence[str], today: date) -> bool:
    if any(term not in card.search_text for term in terms):
        return False
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


def select(cards: Sequence[ContactCard], flt: BoardFilter, today: date) -> list[ContactCard]:
    """The cards that pass ``flt``, in their current order."""
    if not flt.active:
        return list(cards)
    terms = query_terms(flt.text)
    if terms and not (
        flt.tag
        or flt.target_category
        or flt.channel
        or flt.industry
        or flt.city
        or flt.overdue_only
    ):
        # The common case while typing: a tight loop over strings only.
        return [c for c in cards if all(t in c.search_text for t in terms)]
    return [c for c in cards if matches(c, flt, terms, today)]


def sort_cards(cards: list[ContactCard], key: SortKey) -> None:
    """Sort in place; names break ties so the order never jumps."""
    cards.sort(key=lambda c: c.sort_name)
    if key is SortKey.LAST_INTERACTION:
        cards.sort(key=lambda c: c.last_interaction or datetime.min)
    elif key is SortKey.NEXT_DUE:
        cards.sort(key=lambda c: (c.due is None, c.due or date.max))
