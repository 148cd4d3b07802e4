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

import heapq
from collections.abc import Callable, Collection, Iterator, Sequence
from dataclasses import dataclass
from datetime import date
from itertools import islice

from networking_app.domain.agenda_reads import AgendaReads, DueTouch, TouchRow
from networking_app.domain.reminders import ItemState, Suggestion
from networking_app.domain.vocabulary import Circle

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


def touch_hidden(row: DueTouch | TouchRow, states: dict[int, ItemState], today: date) -> bool:
    """Whether the keep-in-touch of ``row`` (contact id, due day, ...) is out of sight."""
    state = states.get(row[0])
    return state is not None and state.hides(date.fromordinal(row[1]), today)


def candidates(
    today: date,
    soon: set[int],
    touch_states: dict[int, ItemState],
    contacted: Collection[int],
    reads: AgendaReads,
) -> Iterator[Candidate]:
    """The ritual's candidates, scored as of Monday (see :mod:`networking_app.domain.ritual`),
    best first: those late on Monday (all due today), those with a life event near
    Monday, those in a target category."""
    monday_ord = today.toordinal() - today.weekday()
    window_ord = monday_ord - NEGLECT_WINDOW_DAYS
    # Who is in a neglected category counts; the others are scored as anyone else.
    counts: dict[str, list[int]] = {}
    for cats, people, touched in reads.category_counts(window_ord):
        for category in cats.split(","):
            tally = counts.setdefault(category, [0, 0])
            tally[0] += people
            tally[1] += touched
    neglected = neglected_categories({k: (v[0], v[1]) for k, v in counts.items()})
    cats_of: dict[int, str] = {}
    pool: dict[int, TouchRow] = {}
    for cid, cats, base_ord, _has_last, cadence, circle in reads.in_categories(neglected):
        cats_of[cid] = cats
        if cadence is not None:
            pool[cid] = (cid, base_ord + cadence, cadence, circle)
    missing = [cid for cid in soon if cid not in pool]
    pool.update((row[0], row) for row in reads.touches_of(missing))
    left_out = set(contacted)
    if touch_states:  # snoozed or skipped: not suggested while hidden
        for row in reads.touches_of(list(touch_states)):
            if touch_hidden(row, touch_states, today):
                left_out.add(row[0])
    weak, target = Circle.WEAK.value, Circle.TARGET.value
    # (rank..., base score, dormant weak, overdue, event soon, categories) per contender:
    # tuples compare in C, and a Candidate is made only for the few the ritual looks at.
    # Those with an event soon or in a neglected category are scored here; the thousands
    # merely late come ranked by the database, a page at a time (see ``ranked_late``).
    ranked: list[tuple[float, int, int, float, float, bool, bool, str]] = []
    for cid, due_ord, cadence, circle in pool.values():
        if circle == target or cid in left_out:
            continue
        ratio = (monday_ord - due_ord) / cadence
        score = min(ratio, OVERDUE_CAP) if ratio > 0 else 0.0
        event_soon = cid in soon
        if event_soon:
            score += LIFE_EVENT_POINTS
        cats = cats_of.get(cid, "")
        if cats and neglected and any(c in neglected for c in cats.split(",")):
            score += NEGLECTED_POINTS
        dormant_weak = DORMANT_WEAK_POINTS if circle == weak and ratio > 1 else 0.0
        if score <= 0 and not dormant_weak:
            continue
        silent = monday_ord - due_ord + cadence
        ranked.append(
            (
                -(score + dormant_weak),
                -silent,
                cid,
                score,
                dormant_weak,
                ratio > 0,
                event_soon,
                cats,
            )
        )
    ranked.sort()
    skip = left_out.union(soon, cats_of)

    def merely_late() -> Iterator[tuple[float, int, int, float, float, bool, bool, str]]:
        page, seen = 200, 0
        while True:
            found = reads.ranked_late(monday_ord, OVERDUE_CAP, DORMANT_WEAK_POINTS, seen, page)
            for cid, due_ord, cadence, circle in found:
                if cid in skip:
                    continue
                ratio = (monday_ord - due_ord) / cadence
                score = min(ratio, OVERDUE_CAP)
                weak_tie = DORMANT_WEAK_POINTS if circle == weak and ratio > 1 else 0.0
                yield (-(score + weak_tie), due_ord - monday_ord - cadence, cid, score,
                       weak_tie, True, False, "")  # fmt: skip
            if len(found) < page:
                return
            seen += page

    for _, silent, cid, score, weak_tie, overdue, event_soon, cats in heapq.merge(
        ranked, merely_late()
    ):
        why = ["overdue"] if overdue else []
        if event_soon:
            why.append("life_event_soon")
        if cats:
            why += [f"neglected_category:{c}" for c in sorted(cats.split(",")) if c in neglected]
        yield Candidate(cid, "", score, -silent, bool(weak_tie), tuple(why))
