"""Which cards contain a search term, without scanning 30,000 texts on every keystroke.

Each three-character sequence (trigram) of the folded search texts maps to the set of
card positions whose text contains it, kept as one Python integer used as a bit set.
Sets for one or two characters are the union of the trigram sets holding them (made
when first asked for). A term of up to three characters is then answered exactly by one
lookup, a longer one by intersecting its trigrams' sets and checking the texts of the
candidates left. Intersecting 30,000-bit sets takes microseconds: a first letter, which
matches most cards, costs no more than a rare word.

Positions are stable for the life of the index: a changed text is re-indexed in place,
a removed one leaves an empty slot.
"""

from __future__ import annotations

import re
from collections import defaultdict, deque
from collections.abc import Callable, Iterable, Sequence
from itertools import compress, repeat
from operator import add, contains, not_

_BITS_TO_BYTES = bytes.maketrans(b"01", b"\x00\x01")
_MEMO = 8  # recent answers, asked again by the board's other columns
_TERMS = 64  # recent terms' exact answers
_PAUSE_EVERY = 256  # texts indexed between two pauses (see ``SearchIndex``)
_SPARSE = 16  # fewer candidates than one text in this many: checked one by one
_ONE = re.compile("1")


def bits_at(positions: Iterable[int]) -> int:
    """A bit set with the bits of ``positions`` set (position 0 is the lowest bit)."""
    positions = list(positions)
    if not positions:
        return 0
    digits = bytearray(b"0" * (max(positions) + 1))
    deque(map(digits.__setitem__, positions, repeat(49)), 0)  # ord("1")
    digits.reverse()
    return int(digits, 2)


def _key(terms: Iterable[str]) -> tuple[str, ...]:
    return tuple(sorted(set(terms)))


def _grams(text: str) -> set[str]:
    """What the index records for ``text``: its trigrams, or the text itself if shorter."""
    if len(text) < 3:
        return {text} if text else set()
    # map() over shifted strings builds every triple in C, far faster than slicing.
    return set(map(add, map(add, text, text[1:]), text[2:]))


class SearchIndex:
    """Trigram bit sets over a list of folded texts (one per position).

    ``pause`` is called now and then while the index is made: on a worker thread, a
    ``time.sleep(0)`` there hands the interpreter back to the GUI thread promptly.
    """

    def __init__(self, texts: Sequence[str] = (), pause: Callable[[], None] | None = None):
        # The texts are copied, one after the other in memory: checking 16,000 of them
        # for a term ("prod") took 5 ms when they lay scattered among the cards' other
        # fields, 2 ms side by side (the processor's caches). About 6 MB for 30,000.
        self._texts: list[str] = []
        keep = self._texts.append
        postings: defaultdict[str, list[int]] = defaultdict(list)
        lookup, append = postings.__getitem__, list.append
        for position, text in enumerate(texts):
            keep(text.encode().decode())
            deque(map(append, map(lookup, _grams(text)), repeat(position)), 0)
            if pause is not None and not position % _PAUSE_EVERY:
                pause()
        zeros = b"0" * len(self._texts)
        self._sets: dict[str, int] = {}
        for count, (gram, positions) in enumerate(postings.items()):
            digits = bytearray(zeros)
            deque(map(digits.__setitem__, positions, repeat(49)), 0)  # ord("1")
            digits.reverse()  # position 0 is the lowest bit
            self._sets[gram] = int(digits, 2)
            if pause is not None and not count % _PAUSE_EVERY:
                pause()
        self._shorter: dict[str, int] = {}  # one and two characters, made when asked for
        self._memo: dict[tuple[str, ...], bytes] = {}
        self._bits: dict[tuple[str, ...], int] = {}
        self._positions: dict[tuple[str, ...], list[int]] = {}
        self._terms: dict[str, int] = {}

    def __len__(self) -> int:
        return len(self._texts)

    # -- keeping it current -------------------------------------------------------------
    def put(self, position: int, text: str) -> None:
        """The text at ``position`` is now ``text`` ("" removes it; a new position grows
        the index)."""
        if position >= len(self._texts):
            self._texts.extend([""] * (position + 1 - len(self._texts)))
        old, self._texts[position] = self._texts[position], text
        before, after = _grams(old), _grams(text)
        bit = 1 << position
        for gram in before - after:
            self._sets[gram] &= ~bit
        for gram in after - before:
            self._sets[gram] = self._sets.get(gram, 0) | bit
        self._shorter.clear()
        self._memo.clear()
        self._bits.clear()
        self._positions.clear()
        self._terms.clear()

    def forget_answers(self) -> None:
        """Drop every remembered answer (the benchmark's cold start)."""
        self._shorter.clear()
        self._memo.clear()
        self._bits.clear()
        self._positions.clear()
        self._terms.clear()

    # -- asking it ----------------------------------------------------------------------
    def matches(self, terms: Iterable[str]) -> bytes:
        """Per position, 1 when its text contains every one of ``terms``, else 0."""
        key = _key(terms)
        found = self._memo.get(key)
        if found is None:
            size, bits = len(self._texts), self.match_bits(key)
            if bits:
                digits = bin(bits)[:1:-1].ljust(size, "0")  # lowest bit first
                found = digits.encode().translate(_BITS_TO_BYTES)
            else:
                found = bytes(size)
            if len(self._memo) >= _MEMO:
                del self._memo[next(iter(self._memo))]
            self._memo[key] = found
        return found

    def match_positions(self, terms: Iterable[str]) -> list[int]:
        """The positions whose text contains every one of ``terms``, in order."""
        key = _key(terms)
        found = self._positions.get(key)
        if found is None:
            bits = self.match_bits(key)
            if bits.bit_count() * _SPARSE < len(self._texts):
                # A few hundred: found in the bits' digits (0.05 ms, not 0.3 ms for a
                # pass over 30,000 flags). A keystroke that narrows a column to a few
                # cards asks for them (``board_search.TextMatches``).
                found = [match.start() for match in _ONE.finditer(bin(bits)[:1:-1])]
            else:
                found = list(compress(range(len(self._texts)), self.matches(key)))
            if len(self._positions) >= _MEMO:
                del self._positions[next(iter(self._positions))]
            self._positions[key] = found
        return found

    def match_bits(self, terms: Iterable[str]) -> int:
        """The positions whose text contains every one of ``terms``, as a bit set."""
        key = _key(terms)
        found = self._bits.get(key)
        if found is None:
            found = (1 << len(self._texts)) - 1
            for term in key:
                found &= self._term(term)
                if not found:
                    break
            if len(self._bits) >= _MEMO:
                del self._bits[next(iter(self._bits))]
            self._bits[key] = found
        return found

    def _term(self, term: str) -> int:
        """The texts holding ``term``, exactly, as a bit set (remembered: typing on after
        "product m" asks for "product" again at every key)."""
        bits = self._terms.get(term)
        if bits is None:
            if len(term) < 3:
                bits = self._short_set(term)
            else:
                bits = (1 << len(self._texts)) - 1
                for gram in _grams(term):
                    bits &= self._sets.get(gram, 0)
                if len(term) > 3 and bits:
                    bits = self._checked(bits, term)  # its trigrams may sit apart
            if len(self._terms) >= _TERMS:
                del self._terms[next(iter(self._terms))]
            self._terms[term] = bits
        return bits

    def _checked(self, candidates: int, term: str) -> int:
        """Those of ``candidates`` whose text really holds ``term``."""
        digits = bin(candidates)[:1:-1]  # lowest bit first, up to the last candidate
        positions: Iterable[int]
        texts: Iterable[str]
        if candidates.bit_count() * _SPARSE < len(self._texts):
            # A few hundred candidates: found one by one, not by a pass over every text.
            positions = [match.start() for match in _ONE.finditer(digits)]
            texts = map(self._texts.__getitem__, positions)
        else:
            mask = digits.encode().translate(_BITS_TO_BYTES)
            positions, texts = compress(range(len(mask)), mask), compress(self._texts, mask)
        # One flag per candidate, made in C (``operator.contains`` into bytes): terms of
        # four letters or more usually hold in every candidate ("prod": 16,000 of them,
        # 3.1 -> 1.7 ms), and then no position is needed. compress() takes one position
        # for each flag: the two stay in step.
        held = bytes(map(contains, texts, repeat(term)))
        if 0 not in held:
            return candidates
        return candidates ^ bits_at(compress(positions, map(not_, held)))

    def _short_set(self, term: str) -> int:
        """The texts holding a one- or two-character ``term``: every gram holding it."""
        bits = self._shorter.get(term)
        if bits is None:
            bits = 0
            for gram, gram_bits in self._sets.items():
                if term in gram:
                    bits |= gram_bits
            self._shorter[term] = bits
        return bits
