"""The weekly ritual's suggestions: who to contact this week, and why. Pure.

The guide's conclusion: contact three people of your network each week. Each contact
that is not in "people to meet", was not contacted this week and whose reminder is not
snoozed or skipped gets a score, computed **as of the Monday** so the week's list stays
put while the days pass:

=======================  ======================================================  ======
reason (``why`` code)    when                                                    points
=======================  ======================================================  ======
``overdue``              past their cadence: days late ÷ cadence, at most 2      0 – 2
``dormant_weak_tie``     a weak tie silent for over twice the cadence who once   1
                         engaged with you (reached out, met, or answered)
``life_event_soon``      a birthday or life event within 14 days of Monday       1.5
``neglected_category:X`` in a target category X of which fewer than a quarter    1
                         of the people heard from you in the last 90 days
=======================  ======================================================  ======

Highest score first; ties go to the longest silence, then the lowest id.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from itertools import islice

from networking_app.domain.reminders import Suggestion

OVERDUE_CAP = 2.0
DORMANT_WEAK_POINTS = 1.0
LIFE_EVENT_POINTS = 1.5
NEGLECTED_POINTS = 1.0
NEGLECTED_SHARE = 0.25
NEGLECT_WINDOW_DAYS = 90
#: Candidates whose "worth reviving" is looked up at a time.
BATCH = 50


@dataclass(frozen=True)
class Candidate:
    contact_id: int
    name: str
    base: float  # every reason but the dormant weak tie's
    silent_days: int
    dormant_weak: bool
    why: tuple[str, ...]

    @property
    def potential(self) -> float:
        return self.base + (DORMANT_WEAK_POINTS if self.dormant_weak else 0.0)


def neglected_categories(counts: dict[str, tuple[int, int]]) -> set[str]:
    """Categories where fewer than a quarter of the people were touched lately.

    ``counts`` maps a category to (people in it, people touched in the window).
    """
    return {
        category
        for category, (people, touched) in counts.items()
        if people and touched < NEGLECTED_SHARE * people
    }


def rank(candidate: Candidate) -> tuple[float, int, int]:
    """The order candidates are considered in: best potential, longest silence, lowest id."""
    return (-candidate.potential, -candidate.silent_days, candidate.contact_id)


def choose(
    candidates: Sequence[Candidate],
    size: int,
    engaged: Callable[[Sequence[int]], set[int]],
) -> list[Suggestion]:
    """The ``size`` best candidates; "worth reviving" is looked up only for contenders."""
    return choose_ranked(iter(sorted(candidates, key=rank)), size, engaged)


def choose_ranked(
    ordered: Iterator[Candidate],
    size: int,
    engaged: Callable[[Sequence[int]], set[int]],
) -> list[Suggestion]:
    """:func:`choose` for candidates given in :func:`rank` order, made as they are read
    (thousands are overdue; a handful are looked at)."""
    best: list[tuple[float, int, int, Candidate, bool]] = []
    while batch := list(islice(ordered, BATCH)):
        if len(best) >= size and rank(batch[0]) > (-best[-1][0], -best[-1][1], best[-1][2]):
            break  # at best, no one further ranks above the ones kept
        worth = engaged([c.contact_id for c in batch if c.dormant_weak])
        for c in batch:
            revived = c.dormant_weak and c.contact_id in worth
            score = c.base + (DORMANT_WEAK_POINTS if revived else 0.0)
            best.append((score, c.silent_days, c.contact_id, c, revived))
        best.sort(key=lambda b: (-b[0], -b[1], b[2]))
        del best[size:]
    return [
        Suggestion(
            c.contact_id,
            c.name,
            round(score, 2),
            (*c.why[:1], "dormant_weak_tie", *c.why[1:]) if revived else c.why,
        )
        for score, _, _, c, revived in best
        if score > 0
    ]
