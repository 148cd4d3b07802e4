"""Text folding for search: accents, case and punctuation never hide a contact."""

from __future__ import annotations

import re
import unicodedata
from functools import cache

import phonenumbers

# Letters that Unicode does not decompose into a base letter plus an accent.
_SPECIAL = {
    "ø": "o",
    "Ø": "o",
    "æ": "ae",
    "Æ": "ae",
    "œ": "oe",
    "Œ": "oe",
    "đ": "d",
    "Đ": "d",
    "ł": "l",
    "Ł": "l",
    "ı": "i",
    "þ": "th",
    "Þ": "th",
    "ð": "d",
    "Ð": "d",
    "ß": "ss",
    # Apostrophes a word processor or a phone types instead of "'": "Kerouac’h".
    "\u2019": "'",
    "\u2018": "'",
    "\u02bc": "'",
    "\u201b": "'",
}
_NON_DIGIT = re.compile(r"\D+")
#: Letters a keyboard rarely has, typed as two: "coeur" for "cœur", "strasse" for "straße".
_DIGRAPHS = (("oe", "œ"), ("ae", "æ"), ("ss", "ß"))


def _slow_fold(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text.translate(_table()))
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()


@cache
def _table() -> dict[int, str]:
    """Latin letters with accents → plain letters, computed once: folding 30,000 cards
    becomes one C-level ``str.translate`` per text instead of a Python loop per letter."""
    table = {ord(k): v for k, v in _SPECIAL.items()}
    for code in range(0x00C0, 0x0250):
        char = chr(code)
        if ord(char) in table:
            continue
        plain = "".join(
            c for c in unicodedata.normalize("NFKD", char) if not unicodedata.combining(c)
        )
        if plain != char and plain.isascii():
            table[code] = plain
    return table


def fold(text: str) -> str:
    """Lower-case ``text`` without accents: "Élodie Søren" → "elodie soren"."""
    if text.isascii():  # most names and emails
        return text.lower()
    plain = text.translate(_table())
    return plain.lower() if plain.isascii() else _slow_fold(plain)


def digits(text: str) -> str:
    """Only the digits of ``text``, so "06 12-34" is found by "061234"."""
    return _NON_DIGIT.sub("", text)


def query_terms(query: str) -> list[str]:
    """The folded words of a search query; every one must match. A query that looks like
    a phone number is one term, its national digits (see :func:`phone_digits`)."""
    number = phone_digits(query)
    return [number] if number is not None else fold(query).split()


#: What people type for a phone number: digits, spaces and the usual punctuation, maybe
#: after + or 00 (at least two digits, so that "3" stays a word like any other).
_PHONE_QUERY = re.compile(r"\s*(?:\+|00)?[\d\s().\-/]*\d[\d\s().\-/]*\d[\d\s().\-/]*")


def phone_digits(query: str) -> str | None:
    """The digits a phone-like query is looked for by, whichever way it is written, or
    None when it is not one.

    Stored numbers are searched as their digits ("+33 6 39 98 23 01" → "33639982301",
    "06 39 98 23 01" → "0639982301"). Both hold the national number without its trunk
    0 ("639982301"), so that is what is looked for: "+33 6 39…" and "0033 6 39…" drop
    their country code, "06 39…" its leading 0 (from the fourth digit typed). A partial
    international number that cannot be told apart yet keeps its digits.
    """
    if not _PHONE_QUERY.fullmatch(query):
        return None
    text = query.strip()
    if text.startswith(("+", "00")):
        try:
            parsed = phonenumbers.parse(
                "+" + text.lstrip("+")[2 if text.startswith("00") else 0 :], None
            )
        except phonenumbers.NumberParseException:
            return digits(text)
        zeros = "0" * (parsed.number_of_leading_zeros or 1) if parsed.italian_leading_zero else ""
        return zeros + str(parsed.national_number)
    found = digits(text)
    # The trunk 0 goes once three digits follow it: "06" alone would become "6", which
    # every number holds.
    return found[1:] if found.startswith("0") and len(found) > 3 else found


def typed_forms(folded: str) -> list[str]:
    """Other spellings of a folded search word with the letters typed as two letters:
    "coeur" → ["cœur"]. For indexes that keep œ, æ or ß whole."""
    return [folded.replace(pair, letter) for pair, letter in _DIGRAPHS if pair in folded]
