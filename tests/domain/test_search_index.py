"""The board's search index answers exactly what scanning every text would."""

from __future__ import annotations

from datetime import date

from hypothesis import given, settings
from hypothesis import strategies as st

from networking_app.domain.board import BoardFilter, CardPool, ContactCard, search_text, select
from networking_app.domain.search_index import SearchIndex
from networking_app.domain.text import query_terms

TODAY = date(2026, 11, 28)
# A small alphabet makes shared bigrams, split bigrams and one-letter texts common.
TEXTS = st.lists(st.text(alphabet="abcé@0 \n", max_size=12), max_size=25)
TERMS = st.lists(st.text(alphabet="abcé@0", min_size=1, max_size=4), min_size=1, max_size=3)


def scan(texts: list[str], terms: list[str]) -> list[int]:
    return [int(all(term in text for term in terms)) for text in texts]


@given(TEXTS, TERMS)
def test_matches_equal_a_scan(texts: list[str], terms: list[str]) -> None:
    assert list(SearchIndex(texts).matches(terms)) == scan(texts, terms)


@given(TEXTS, TERMS)
def test_bits_and_positions_say_the_same_as_the_flags(texts: list[str], terms: list[str]) -> None:
    index = SearchIndex(texts)
    expected = [position for position, hit in enumerate(scan(texts, terms)) if hit]
    assert index.match_positions(terms) == expected
    assert index.match_bits(terms) == sum(1 << position for position in expected)


@settings(max_examples=60)
@given(TEXTS, st.lists(st.tuples(st.integers(0, 30), st.text(alphabet="abc@ ", max_size=8))), TERMS)
def test_matches_stay_exact_as_texts_change(
    texts: list[str], changes: list[tuple[int, str]], terms: list[str]
) -> None:
    index = SearchIndex(texts)
    index.matches(terms)  # remembered answers must not survive a change
    current = list(texts)
    for position, text in changes:
        index.put(position, text)
        current.extend([""] * (position + 1 - len(current)))
        current[position] = text
    assert list(index.matches(terms)) == scan(current, terms)


def test_select_through_the_index_finds_accents_digits_and_every_word() -> None:
    people = [
        ("Élodie Martin", "Acme", ["06 12 34 56 78"]),
        ("François Dubois", "Globex", []),
        ("Zoë Ng", "Acme Lyon", ["+33 6 99"]),
        ("A", "", []),
    ]
    cards = [
        ContactCard(id=n, name=name, organisation=org, search_text=search_text(name, org, phones=p))
        for n, (name, org, p) in enumerate(people, start=1)
    ]
    index = SearchIndex([card.search_text for card in cards])
    pool = CardPool(list(reversed(cards)), positions=[3, 2, 1, 0])  # another order
    for query, expected in [
        ("elodie", [1]),
        ("FRANCOIS", [2]),
        ("acme", [3, 1]),
        ("acme zo", [3]),
        ("0612", [1]),
        ("a", [4, 3, 2, 1]),
        ("e", [3, 2, 1]),
        ("nobody", []),
    ]:
        found = select(pool, BoardFilter(text=query), TODAY, index)
        assert [c.id for c in found] == expected, query
        assert found == select(pool, BoardFilter(text=query), TODAY), query  # the scan agrees
        assert found.positions == [card.id - 1 for card in found]
    assert query_terms("Élodie  MARTIN") == ["elodie", "martin"]
