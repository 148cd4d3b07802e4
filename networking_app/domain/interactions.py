"""Interactions: what a log entry holds, its rules, and what the timeline tells.

Pure: the current time is always passed in.
"""

from __future__ import annotations

import statistics
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from enum import StrEnum

from networking_app.domain.vocabulary import Direction, InteractionKind, ResponseState

#: How far ahead an interaction may be dated: later the same day is fine (time zones,
#: a meeting about to start); a planned meeting is a next step, not an interaction.
FUTURE_TOLERANCE = timedelta(hours=12)


@dataclass(frozen=True)
class InteractionDraft:
    """Everything the log dialog edits; ``id`` is None for a new entry."""

    contact_ids: tuple[int, ...]
    occurred_at: datetime  # naive UTC, when it happened
    kind: InteractionKind = InteractionKind.COFFEE
    direction: Direction = Direction.MUTUAL
    summary: str = ""
    notes: str = ""
    values_given: tuple[str, ...] = ()
    ask: str = ""
    ask_outcome: str | None = None  # AskOutcome value when there is an ask
    response_state: str | None = None  # ResponseState value, outreach only
    responded_at: datetime | None = None
    next_step: str = ""
    next_step_due: date | None = None
    next_step_done_at: datetime | None = None
    id: int | None = None


class InteractionProblem(StrEnum):
    NO_CONTACT = "no_contact"
    IN_THE_FUTURE = "in_the_future"
    TOO_OLD = "too_old"
    NEXT_STEP_WITHOUT_TEXT = "next_step_without_text"
    RESPONSE_BEFORE_EVENT = "response_before_event"


def validate(draft: InteractionDraft, now: datetime) -> list[InteractionProblem]:
    """Every reason ``draft`` cannot be saved (empty when it can)."""
    found = []
    if not draft.contact_ids:
        found.append(InteractionProblem.NO_CONTACT)
    if draft.occurred_at > now + FUTURE_TOLERANCE:
        found.append(InteractionProblem.IN_THE_FUTURE)
    if draft.occurred_at.year < 1900:
        found.append(InteractionProblem.TOO_OLD)
    if draft.next_step_due is not None and not draft.next_step.strip():
        found.append(InteractionProblem.NEXT_STEP_WITHOUT_TEXT)
    if draft.responded_at is not None and draft.responded_at < draft.occurred_at:
        found.append(InteractionProblem.RESPONSE_BEFORE_EVENT)
    return found


# -- what the timeline tells about a contact ----------------------------------------------


@dataclass(frozen=True)
class Balance:
    """Give before you ask: values given and asks made, recently and overall."""

    given_12m: int = 0
    asked_12m: int = 0
    given_all: int = 0
    asked_all: int = 0

    @property
    def leaning(self) -> int:
        """Positive when you gave more than you asked over the last 12 months."""
        return self.given_12m - self.asked_12m


def balance(entries: Iterable[tuple[datetime, str, str]], now: datetime) -> Balance:
    """From (occurred_at, values_given, ask) rows of one contact's interactions."""
    since = now - timedelta(days=365)
    given_12m = asked_12m = given_all = asked_all = 0
    for occurred_at, values, ask in entries:
        gave = len([v for v in values.split(",") if v])
        asked = 1 if ask.strip() else 0
        given_all += gave
        asked_all += asked
        if occurred_at >= since:
            given_12m += gave
            asked_12m += asked
    return Balance(given_12m, asked_12m, given_all, asked_all)


@dataclass(frozen=True)
class Responsiveness:
    """How they answer your outreach: the guide's sign of a real interest."""

    outreach: int = 0  # outreach whose outcome is known or pending
    answered: int = 0
    median_delay: timedelta | None = None

    @property
    def answered_share(self) -> float | None:
        return self.answered / self.outreach if self.outreach else None


def responsiveness(
    entries: Iterable[tuple[datetime, str | None, datetime | None]],
) -> Responsiveness:
    """From (occurred_at, response_state, responded_at) of one contact's outreach."""
    outreach = answered = 0
    delays: list[timedelta] = []
    for occurred_at, state, responded_at in entries:
        if state is None:
            continue
        outreach += 1
        if state == ResponseState.ANSWERED:
            answered += 1
            if responded_at is not None and responded_at >= occurred_at:
                delays.append(responded_at - occurred_at)
    median = (
        timedelta(seconds=statistics.median(d.total_seconds() for d in delays)) if delays else None
    )
    return Responsiveness(outreach, answered, median)


# -- grouping the timeline --------------------------------------------------------------------


def week_start(day: date) -> date:
    """Monday of the ISO week of ``day``."""
    return day - timedelta(days=day.weekday())


@dataclass(frozen=True)
class TimelineFilter:
    """What the timeline shows; empty fields filter nothing."""

    contact_id: int | None = None
    circle: str = ""
    tag: str = ""
    kind: str = ""
    since: date | None = None  # local dates, inclusive
    until: date | None = None
    values_given: bool = False
    asks: bool = False
    open_next_steps: bool = False
    text: str = ""


@dataclass(frozen=True)
class TimelineEntry:
    """One interaction as the timeline shows it."""

    id: int
    occurred_at: datetime
    kind: str
    direction: str
    summary: str
    notes: str
    values_given: tuple[str, ...]
    ask: str
    ask_outcome: str | None
    response_state: str | None
    next_step: str
    next_step_due: date | None
    next_step_done_at: datetime | None
    participants: tuple[tuple[int, str], ...]

    @property
    def next_step_open(self) -> bool:
        return bool(self.next_step) and self.next_step_done_at is None
