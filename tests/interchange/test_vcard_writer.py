"""The vCard writer: what RFC 6350 asks of every line, checked on the bytes."""

from __future__ import annotations

import pytest
import vobject

from networking_app.domain.contacts import ContactDraft, MethodDraft
from networking_app.interchange.vcard_writer import WritingStopped, fold, write_cards

LONG_NOTE = "Rencontrée à la conférence « Réseaux & stratégie » ; suite, café\n" * 5


def card() -> ContactDraft:
    return ContactDraft(
        given_name="Élodie",
        family_name="Dupré, Jr",
        organisation="Acme; Paris",
        notes=LONG_NOTE,
        tags=("clients, VIP", "café"),
        methods=(
            MethodDraft("email", "elodie@example.org", "work,internet", True),
            MethodDraft("url", "https://example.org/a b", "a:b", False),
        ),
    )


def test_lines_are_crlf_at_most_75_octets_and_folds_keep_characters_whole() -> None:
    data = write_cards([("u1", card(), None)])
    lines = data.split(b"\r\n")
    assert lines[0] == b"BEGIN:VCARD" and lines[-2] == b"END:VCARD" and lines[-1] == b""
    assert all(len(line) <= 75 for line in lines)
    for line in lines:
        line.decode("utf-8")  # no piece ends or starts inside a character
    assert b"\n" not in data.replace(b"\r\n", b"")


def test_an_independent_reader_gets_every_value_back() -> None:
    parsed = vobject.readOne(write_cards([("u1", card(), "20261128T090000Z")]).decode())
    assert parsed.fn.value == "Élodie Dupré, Jr"
    assert parsed.n.value.family == "Dupré, Jr"
    assert parsed.org.value == ["Acme; Paris"]
    assert parsed.note.value == LONG_NOTE
    assert parsed.categories.value == ["clients, VIP", "café"]
    assert parsed.email.params["TYPE"] == ["work", "internet"]
    assert parsed.email.params["PREF"] == ["1"]
    assert parsed.url.value == "https://example.org/ab"
    assert parsed.url.params["TYPE"] == ["a:b"]
    assert parsed.rev.value == "20261128T090000Z"


def test_fold_counts_octets_not_characters() -> None:
    folded = fold("NOTE:" + "é" * 100)
    pieces = folded.encode().split(b"\r\n")
    assert [len(p) for p in pieces[:-1]] == [75, 75, 57]
    assert "".join(p.lstrip(" ") for p in folded.split("\r\n")) == "NOTE:" + "é" * 100


def test_progress_is_told_and_can_stop_the_writing() -> None:
    told: list[tuple[int, int]] = []
    cards = [(f"u{n}", card(), None) for n in range(1200)]
    write_cards(cards, lambda done, total: told.append((done, total)) or True)
    assert told == [(0, 1200), (500, 1200), (1000, 1200), (1200, 1200)]
    with pytest.raises(WritingStopped):
        write_cards(cards, lambda done, total: done < 500)
