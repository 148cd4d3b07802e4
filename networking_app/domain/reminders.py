"""The reminder engine: what is due, why, and what the user did about it. Pure.

Every rule works on the user's local calendar dates; the current day is passed in.
Each due item has a ``key``, the stable identity of the thing to do ("touch:42" for the
keep-in-touch of contact 42, "event:7:2026" for this year's occurrence of life event 7).
What the user did about a key — done, snoozed until a day, skipped — is an
:class:`ItemState`; a state also records the ``cycle`` (the due date) it was about, so a
keep-in-touch snoozed or skipped in one cycle does not hide the next one.

Rules, from the guide's "Maintenir les relations dans le temps":

- keep in touch: the contact's cadence (their override, else their circle's) counted
  from the local date of the last interaction (or from when they were added);
  **dormant** once more than twice the cadence has passed since;
- next steps: open next steps whose due date has come;
- life events: birthdays every year (29 February on 28 February in other years) and
  yearly events on their day; one-off events (new job, promotion, publication, …) once,
  as a prompt to congratulate — all shown ``notice`` days ahead; a missed one-off stays
  for :data:`STALE_AFTER_DAYS` days, a missed birthday for :data:`BELATED_DAYS`;
- custom reminders, one-off or repeating (only the latest occurrence is shown);
- introduction follow-ups, given by providers (see :data:`FollowUpProvider`).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from enum import StrEnum
from typing import TYPE_CHECKING, Any

from networking_app.domain.recurrence import next_yearly, on_year
from networking_app.domain.vocabulary import DEFAULT_CADENCE_DAYS, Circle, LifeEventKind

if TYPE_CHECKING:
    from networking_app.domain.due_list import DueList, Items

#: A one-off life event not acted upon stops being offered this many days after it.
STALE_AFTER_DAYS = 30
#: A birthday not wished stays this many days after the day (a belated wish is still kind).
BELATED_DAYS = 3
#: How far ahead the Today view lists coming life events.
UPCOMING_DAYS = 14
#: Advance notice choices for life events, in days.
NOTICE_CHOICES = (0, 1, 3, 7)


class DueKind(StrEnum):
    KEEP_IN_TOUCH = "keep_in_touch"
    NEXT_STEP = "next_step"
    LIFE_EVENT = "life_event"
    CUSTOM = "custom"
    INTRO_FOLLOW_UP = "intro_follow_up"
    DORMANT = "dormant"  # keep in touch, more than twice the cadence late


class Reconnect(StrEnum):
    """Ways to revive a dormant tie, from the guide's FAQ ("relancer une relation")."""

    SHARE = "share"  # share something relevant: an article, industry news
    REACT = "react"  # react to their news or to something they published
    COFFEE = "coffee"  # a coffee to catch up, with no ask


@dataclass(frozen=True)
class DueItem:
    """One thing to do, as the Today view, the tray and ``networking-app review`` show it."""

    key: str  # stable identity: "touch:42", "step:901", "event:7:2026", "custom:3:2026-11-28"
    kind: DueKind
    due: date  # the day it falls due (life events: the day of the event)
    contact_id: int | None = None
    contact_name: str = ""
    title: str = ""  # next-step text, custom reminder text, life-event note
    days_late: int = 0  # > 0 overdue, 0 today, < 0 ahead (life events with notice)
    cadence_days: int | None = None
    last_interaction: date | None = None
    event_kind: LifeEventKind | None = None
    source_id: int | None = None  # interaction / life event / custom reminder / intro id
    reason: str = ""  # an English sentence for the command line; the UI words its own
    reconnect: tuple[Reconnect, ...] = ()  # dormant ties: ways to reach out again
    contact_ids: tuple[int, ...] = ()  # everyone concerned (a next step may have several)
    #: (id, name) of each person when there are several (a shared next step), else ()
    people: tuple[tuple[int, str], ...] = ()
    repeat_days: int | None = None  # custom reminders: as CustomReminder.repeat_days

    if not TYPE_CHECKING:  # (so that type checkers still catch a misspelt field)

        def __getattr__(self, name: str) -> Any:
            """Only reached for a ``reason`` the agenda left to be worded when first read
            (the views word their own: tens of thousands of sentences never made)."""
            wording = self.__dict__.get("_reason") if name == "reason" else None
            if wording is None:
                raise AttributeError(f"{type(self).__name__!r} object has no attribute {name!r}")
            words: str = wording(self)
            self.__dict__["reason"] = words
            return words


# The default lives in __init__; without the class attribute, an item made by
# ``new_item`` without a ``reason`` reaches ``__getattr__``.
delattr(DueItem, "reason")


class StateStatus(StrEnum):
    DONE = "done"
    SNOOZED = "snoozed"
    SKIPPED = "skipped"


@dataclass(frozen=True)
class ItemState:
    """What the user did about a key; ``status`` None means nothing (the item shows).

    ``logged_interaction_id`` and ``closed_step_id`` say what a *done* also changed, so
    that restoring the previous state can take the logged touch back out.
    """

    key: str
    status: StateStatus | None = None
    until: date | None = None  # snoozed/skipped: hidden before this day
    cycle: date | None = None  # the due date the state was about
    logged_interaction_id: int | None = None
    closed_step_id: int | None = None

    def hides(self, due: date, today: date) -> bool:
        """Whether this state hides the occurrence due on ``due`` ``today``."""
        if self.status is None or (self.cycle is not None and self.cycle != due):
            return False
        if self.status is StateStatus.DONE:
            return True
        return self.until is None or today < self.until


def touch_due_shown(due: date | None, state: ItemState | None) -> date | None:
    """When a contact's next touch counts as due on the board, once what the user did
    about its keep-in-touch reminder in Today is taken into account.

    Snoozed or skipped until a day, the reminder comes back — late — on that day, so the
    board shows the contact overdue from then on: the day before is returned (overdue
    means due before today). Anything else leaves ``due`` as it is.
    """
    if due is None or state is None or state.until is None:
        return due
    if state.status not in (StateStatus.SNOOZED, StateStatus.SKIPPED):
        return due
    if state.cycle is not None and state.cycle != due:
        return due  # about an earlier cycle: a touch was logged since
    return max(due, state.until - timedelta(days=1))


def _default_cadences() -> dict[Circle, int]:
    return dict(DEFAULT_CADENCE_DAYS)


@dataclass(frozen=True)
class ReminderSettings:
    """The user's reminder settings (stored in the database, so they travel with backups)."""

    cadences: dict[Circle, int] = field(default_factory=_default_cadences)
    daily_time: time = time(9, 0)
    quiet_start: time | None = time(22, 0)  # None: no quiet hours
    quiet_end: time | None = time(8, 0)
    advance_notice_days: int = 1  # life events: 0, 1, 3 or 7
    ritual_target: int = 3  # people to contact each week (the guide's conclusion)
    paused_until: datetime | None = None  # aware; notifications paused until then


@dataclass(frozen=True)
class Suggestion:
    """A person suggested for this week's ritual, with the reasons it was chosen."""

    contact_id: int
    contact_name: str
    score: float
    # "overdue", "dormant_weak_tie", "life_event_soon", "neglected_category:<TargetCategory>"
    why: tuple[str, ...]


@dataclass(frozen=True)
class Ritual:
    """Contact ``target`` different people this ISO week (Monday to Sunday, local)."""

    week_start: date
    target: int
    contacted: tuple[int, ...]  # different people with an interaction this week
    suggestions: tuple[Suggestion, ...]

    @property
    def done(self) -> bool:
        return len(self.contacted) >= self.target


@dataclass(frozen=True)
class Agenda:
    """The daily review, for one local day. The lists make their items when first read
    (:mod:`networking_app.domain.due_list`)."""

    today: date
    due: DueList  # overdue, due today, and life events inside their notice
    upcoming_events: Items  # life events in the next UPCOMING_DAYS days
    next_steps: Items  # every open next step not snoozed (dated ones first)
    dormant: Items  # dormant ties, longest first (also the ones not shown)
    ritual: Ritual


#: Gives due items of kind INTRO_FOLLOW_UP for ``today`` (the introductions feature
#: registers one with :class:`networking_app.services.reminders.Reminders`).
FollowUpProvider = Callable[[date], Iterable[DueItem]]


# -- keep in touch ----------------------------------------------------------------------------


def reconnect_ideas(recent_news: bool) -> tuple[Reconnect, ...]:
    """The guide's three ways back in; their news first when there is some."""
    if recent_news:
        return (Reconnect.REACT, Reconnect.SHARE, Reconnect.COFFEE)
    return (Reconnect.SHARE, Reconnect.COFFEE, Reconnect.REACT)


def plural(n: int, word: str) -> str:
    return f"{n} {word}" if n == 1 else f"{n} {word}s"


def touch_reason(name: str, cadence: int, last: date | None, today: date, base: date) -> str:
    since = (today - base).days
    if last is None:
        return (
            f"No interaction with {name} logged in the {plural(since, 'day')} since you added"
            f" them (every {plural(cadence, 'day')})"
        )
    return (
        f"{plural(since, 'day')} since your last interaction with {name}"
        f" (every {plural(cadence, 'day')})"
    )


def touch_words(item: DueItem) -> str:
    """A keep-in-touch or dormant item's reason, from its fields (worded when first read)."""
    cadence = item.cadence_days or 0
    today = item.due + timedelta(days=item.days_late)
    base = item.due - timedelta(days=cadence)
    words = touch_reason(item.contact_name, cadence, item.last_interaction, today, base)
    return words + (" — dormant" if item.kind is DueKind.DORMANT else "")


def step_words(item: DueItem) -> str:
    """A dated next step's reason, from its fields (worded when first read)."""
    names, text, late = item.contact_name, item.title, item.days_late
    if late > 0:
        return f"Next step with {names}, {plural(late, 'day')} late: {text}"
    return f"Next step with {names} due {'today' if late == 0 else item.due.isoformat()}: {text}"


def undated_step_words(item: DueItem) -> str:
    """An undated next step's reason (its ``due`` is the day of its meeting)."""
    return f"Open next step with {item.contact_name} since {item.due.isoformat()}: {item.title}"


# -- life events ------------------------------------------------------------------------------

_CONGRATULATE = (LifeEventKind.NEW_JOB, LifeEventKind.PROMOTION, LifeEventKind.PUBLICATION)


@dataclass(frozen=True)
class LifeEventRow:
    """A life event as the engine reads it (a contact's birthday is one too, id None)."""

    contact_id: int
    contact_name: str
    kind: LifeEventKind
    day: date  # the event's date (for a birthday: any year, even unknown, with its month/day)
    yearly: bool
    note: str = ""
    id: int | None = None  # None: the contact's birthday field
    recorded: date | None = None  # when the user recorded it (a late record is still news)
    birth_year: int | None = None


def event_occurrence(event: LifeEventRow, today: date) -> date | None:
    """The occurrence that matters ``today``: this year's (or a belated one), else the next.

    One-off events have their single date; yearly ones (birthdays) the occurrence that is
    at most :data:`BELATED_DAYS` past, else the next one.
    """
    if not event.yearly:
        return event.day
    return next_yearly(event.day.month, event.day.day, today - timedelta(days=BELATED_DAYS))


def event_key(event: LifeEventRow, occurrence: date) -> str:
    if event.id is None:
        return f"birthday:{event.contact_id}:{occurrence.year}"
    return f"event:{event.id}:{occurrence.year}" if event.yearly else f"event:{event.id}"


def event_shows(event: LifeEventRow, occurrence: date, today: date, notice: int) -> bool:
    """Inside the notice before it, and not yet stale after it."""
    if today < occurrence - timedelta(days=notice):
        return False
    if event.yearly:
        return (today - occurrence).days <= BELATED_DAYS
    news = max(occurrence, event.recorded or occurrence)
    return (today - news).days <= STALE_AFTER_DAYS


def event_reason(event: LifeEventRow, occurrence: date, today: date) -> str:
    delta = (occurrence - today).days
    when = "today" if delta == 0 else f"in {plural(delta, 'day')}" if delta > 0 else "passed"
    if event.kind is LifeEventKind.BIRTHDAY:
        age = f", {occurrence.year - event.birth_year} years" if event.birth_year else ""
        if delta < 0:
            return f"{event.contact_name}'s birthday was {plural(-delta, 'day')} ago{age}"
        return f"{event.contact_name}'s birthday {when}{age}"
    what = event.kind.value.replace("_", " ")
    verb = "congratulate" if event.kind in _CONGRATULATE else "react to the news of"
    return f"{what.capitalize()} ({occurrence.isoformat()}): {verb} {event.contact_name}"


def life_event_item(event: LifeEventRow, occurrence: date, today: date) -> DueItem:
    return new_item(
        {
            "key": event_key(event, occurrence),
            "kind": DueKind.LIFE_EVENT,
            "due": occurrence,
            "contact_id": event.contact_id,
            "contact_name": event.contact_name,
            "title": event.note,
            "days_late": (today - occurrence).days,
            "cadence_days": None,
            "last_interaction": None,
            "event_kind": event.kind,
            "source_id": event.id,
            "_reason": lambda _item: event_reason(event, occurrence, today),
            "reconnect": (),
            "contact_ids": (event.contact_id,),
            "people": (),
            "repeat_days": None,
        }
    )


def birthday_row(
    contact_id: int, name: str, month: int, day: int, year: int | None
) -> LifeEventRow:
    """A contact's birthday field as a yearly life event."""
    return LifeEventRow(
        contact_id, name, LifeEventKind.BIRTHDAY, on_year(month, day, 2000), True, "", None,
        None, year,
    )  # fmt: skip


# -- custom reminders -----------------------------------------------------------------------


@dataclass(frozen=True)
class CustomReminder:
    id: int
    text: str
    first: date
    repeat_days: int | None = None  # None: once; 7 weekly; 30 monthly; 365 yearly; n days
    contact_id: int | None = None
    contact_name: str = ""


def custom_key(reminder_id: int, occurrence: date) -> str:
    return f"custom:{reminder_id}:{occurrence.isoformat()}"


# -- ordering ----------------------------------------------------------------------------------

KIND_ORDER = {kind: i for i, kind in enumerate(DueKind)}


def sort_key(item: DueItem) -> tuple[int, int]:
    """Most late first, then by kind: the order of the review (a stable sort keeps the
    engine's order, by contact, among equals)."""
    return (-item.days_late, KIND_ORDER[item.kind])


_new = object.__new__
_set = object.__setattr__


def new_item(values: dict[str, Any]) -> DueItem:
    """A :class:`DueItem` from ``values``, a fresh dict naming every field, taken as the
    item's own (the agenda makes tens of thousands; still frozen afterwards). Instead of
    ``reason``, ``values`` may hold ``"_reason": function``, called with the item on the
    first read of ``reason`` (one shared function, no per-item recipe to allocate)."""
    item: DueItem = _new(DueItem)
    _set(item, "__dict__", values)
    return item


def without_hidden(
    items: Sequence[DueItem], states: dict[str, ItemState], today: date
) -> list[DueItem]:
    """The items no state hides ``today``."""
    return [
        item
        for item in items
        if (state := states.get(item.key)) is None or not state.hides(item.due, today)
    ]
