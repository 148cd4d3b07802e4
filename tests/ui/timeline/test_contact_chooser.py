"""Choosing contacts by typing: accents and case never hide anyone, best matches first."""

from __future__ import annotations

from networking_app.domain.text import fold
from networking_app.ui.timeline.contact_chooser import best_matches

NAMES = ["Marc Dubois", "Marie Dubreuil", "Anne-Marie Leroy", "François Dubois", "Zoé Marchand"]
CHOICES = [(n, name, fold(name)) for n, name in enumerate(NAMES, start=1)]


def names(query: str, exclude: tuple[int, ...] = ()) -> list[str]:
    return [name for _id, name in best_matches(CHOICES, query, exclude)]


def test_accents_and_case_are_ignored() -> None:
    assert names("francois") == ["François Dubois"]
    assert names("ZOE") == ["Zoé Marchand"]


def test_every_word_must_match_and_the_best_come_first() -> None:
    assert names("mar dub") == ["Marc Dubois", "Marie Dubreuil"]
    # Starts with it, then a word starts with it, then anywhere.
    assert names("mar") == [
        "Marc Dubois",
        "Marie Dubreuil",
        "Anne-Marie Leroy",
        "Zoé Marchand",
    ]


def test_chosen_contacts_are_not_offered_again() -> None:
    assert names("dubois", exclude=(1,)) == ["François Dubois"]
    assert names("   ") == []
