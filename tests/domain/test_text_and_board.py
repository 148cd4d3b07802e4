"""Folding, search and sorting of board cards: pure functions, no Qt, no database."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime

from networking_app.domain.board import (
    BoardFilter,
    ContactCard,
    SortKey,
    search_text,
    select,
    sort_cards,
)
from networking_app.domain.text import digits, fold, query_terms
from networking_app.domain.vocabulary import Circle

TODAY = date(2026, 11, 28)


def card(cid: int, name: str, **kw: object) -> ContactCard:
    phones = kw.pop("phones", ())
    extra = kw.pop("extra", ())
    return ContactCard(
        id=cid,
        name=name,
        sort_name=fold(name),
        search_text=search_text(name, *extra, phones=phones),  # type: ignore[arg-type]
        **kw,
    )  # type: ignore[arg-type]


def test_fold_removes_accents_and_case() -> None:
    assert fold("Élodie François Søren Œuvre STRAẞE") == "elodie francois soren oeuvre strasse"
    assert digits("+33 6 12-34.56") == "336123456"
    assert query_terms("  Élo  ROUX ") == ["elo", "roux"]
    # the apostrophe a phone or a word processor types is the one on the keyboard
    assert fold("Kerouac’h") == fold("Kerouac'h") == fold("KEROUACʼH") == "kerouac'h"


def test_a_phone_number_is_found_however_it_is_typed() -> None:
    cards = [
        card(1, "Abel", phones=("+33 6 39 98 23 01",)),  # stored international
        card(2, "Bea", phones=("06 12 34 56 78",)),  # stored national, in France
        card(3, "Cy", extra=("notes: salon 14/07, promo 2019-2021",)),
    ]
    cards[1] = replace(cards[1], search_text=search_text("bea", phones=["06 12 34 56 78"],
                                                         country_code="33"))  # fmt: skip
    found = {q: [c.id for c in select(cards, BoardFilter(text=q), TODAY)] for q in (
        "0639982301", "06 39 98 23 01", "+33639982301", "+33 6 39 98",
        "0612345678", "+33612345678", "+33 6 12 34", "14/07", "2019-2021",
    )}  # fmt: skip
    assert found == {
        "0639982301": [1], "06 39 98 23 01": [1], "+33639982301": [1], "+33 6 39 98": [1],
        "0612345678": [2], "+33612345678": [2], "+33 6 12 34": [2],
        "14/07": [3], "2019-2021": [3],
    }  # fmt: skip
    italy = [card(4, "Dario", phones=("+39 06 1234 5678",))]  # Italy keeps its 0
    assert select(italy, BoardFilter(text="0612345678"), TODAY) == italy


def test_every_term_must_match_somewhere() -> None:
    cards = [
        card(1, "Élodie Roux", extra=("Acme",)),
        card(2, "Elodie Martin"),
        card(3, "François Petit", phones=("06 12 34 56 78",)),
    ]
    assert [c.id for c in select(cards, BoardFilter(text="elodie"), TODAY)] == [1, 2]
    assert [c.id for c in select(cards, BoardFilter(text="ELO acme"), TODAY)] == [1]
    assert [c.id for c in select(cards, BoardFilter(text="francois"), TODAY)] == [3]
    assert [c.id for c in select(cards, BoardFilter(text="0612345"), TODAY)] == [3]
    assert select(cards, BoardFilter(text="nobody"), TODAY) == []


def test_filters_combine() -> None:
    cards = [
        card(1, "A", tags=("Mentor",), city="Lyon", due=date(2026, 11, 1)),
        card(2, "B", tags=("mentor",), city="Paris", due=date(2026, 12, 30)),
        card(3, "C", channel="event", target_categories=("potential_mentor",)),
    ]
    assert [c.id for c in select(cards, BoardFilter(tag="MENTOR"), TODAY)] == [1, 2]
    assert [c.id for c in select(cards, BoardFilter(tag="mentor", city="lyon"), TODAY)] == [1]
    assert [c.id for c in select(cards, BoardFilter(overdue_only=True), TODAY)] == [1]
    assert [c.id for c in select(cards, BoardFilter(channel="event"), TODAY)] == [3]
    flt = BoardFilter(target_category="potential_mentor")
    assert [c.id for c in select(cards, flt, TODAY)] == [3]


def test_sorting() -> None:
    cards = [
        card(1, "Zoé", last_interaction=datetime(2026, 1, 1), due=date(2026, 3, 1)),
        card(2, "Ana", last_interaction=None, due=None),
        card(3, "Marc", last_interaction=datetime(2026, 6, 1), due=date(2026, 1, 1)),
    ]
    sort_cards(cards, SortKey.NAME)
    assert [c.name for c in cards] == ["Ana", "Marc", "Zoé"]
    sort_cards(cards, SortKey.LAST_INTERACTION)
    assert [c.name for c in cards] == ["Ana", "Zoé", "Marc"]  # never, then longest ago
    sort_cards(cards, SortKey.NEXT_DUE)
    assert [c.name for c in cards] == ["Marc", "Zoé", "Ana"]  # most overdue, nothing due last
    assert Circle.WEAK in Circle
