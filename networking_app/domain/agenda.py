"""Assemble the daily review from what the database holds. Pure; see ``reminders`` for rules.

Built for 30,000 contacts: one pass over plain rows, date ordinals instead of date
objects, and items made only for what is due.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field, replace
from datetime import date, timedelta
from itertools import chain
from operator import attrgetter

from networking_app.domain.interactions import week_start
from networking_app.domain.recurrence import LocalDays, latest_occurrence, next_yearly
from networking_app.domain.reminders import (
    BELATED_DAYS,
    KIND_ORDER,
    UPCOMING_DAYS,
    Agenda,
    CustomReminder,
    DueItem,
    DueKind,
    ItemState,
    LifeEventRow,
    ReminderSettings,
    Ritual,
    StateStatus,
    birthday_row,
    custom_key,
    event_occurrence,
    event_shows,
    life_event_item,
    new_item,
    plural,
    reconnect_ideas,
    sort_key,
    step_words,
    touch_words,
    undated_step_words,
    without_hidden,
)
from networking_app.domain.ritual import (
    LIFE_EVENT_POINTS,
    NEGLECT_WINDOW_DAYS,
    NEGLECTED_POINTS,
    OVERDUE_CAP,
    Candidate,
    choose,
    neglected_categories,
)
from networking_app.domain.vocabulary import Circle, LifeEventKind

#: (id, name, circle, cadence override, created_at, last interaction, birthday month,
#:  day, year, target categories), times as stored (naive UTC text).
ContactRow = tuple[
    int, str, str, "int | None", str, "str | None", "int | None", "int | None", "int | None", str
]  # fmt: skip
#: (interaction id, next step, due, occurred_at as stored, ((contact id, name), ...))
StepRow = tuple[int, str, "date | None", str, tuple[tuple[int, str], ...]]

#: A one-off life event this recent counts as news to react to (a dormant tie's opener).
NEWS_DAYS = 60


@dataclass
class AgendaInput:
    """Everything the engine reads for one day."""

    today: date
    settings: ReminderSettings
    local_days: LocalDays
    contacts: Sequence[ContactRow] = ()
    life_events: Sequence[LifeEventRow] = ()
    steps: Sequence[StepRow] = ()
    customs: Sequence[CustomReminder] = ()
    follow_ups: Iterable[DueItem] = ()
    states: dict[str, ItemState] = field(default_factory=dict)
    contacted_this_week: Sequence[int] = ()
    engaged: Callable[[Sequence[int]], set[int]] = lambda ids: set()


def build_agenda(data: AgendaInput) -> Agenda:
    today = data.today
    # Only the birthdays that fall near today can show; the thousands of others are
    # skipped before any date is made (a birthday recorded as a life event and also in
    # the contact's fields counts once: those contacts' fields are all looked at).
    near = birthday_days(today, data.settings.advance_notice_days)
    recorded = {e.contact_id for e in data.life_events if e.kind is LifeEventKind.BIRTHDAY}
    events = []
    fields = set()
    for row in data.contacts:
        month, day = row[6], row[7]
        if month and day and (near is None or (month, day) in near or row[0] in recorded):
            cid = row[0]
            event = birthday_row(cid, row[1], month, day, row[8])
            events.append(event)
            fields.add((cid, event.day.month, event.day.day))
    events += [
        e
        for e in data.life_events
        if not (
            e.kind is LifeEventKind.BIRTHDAY
            and e.yearly
            and (e.contact_id, e.day.month, e.day.day) in fields
        )
    ]
    due_events, upcoming, soon, news = _life_events(events, data)
    # Most late first, then by kind (KIND_ORDER), then in the engine's order: the kinds
    # laid end to end in that order, then one stable sort on lateness alone (C compares).
    groups: dict[DueKind, list[DueItem]] = {kind: [] for kind in KIND_ORDER}
    groups[DueKind.LIFE_EVENT] += due_events
    keep, shown_dormant, dormant, candidates = _keep_in_touch(data, soon, news)
    groups[DueKind.KEEP_IN_TOUCH] += keep
    groups[DueKind.DORMANT] += shown_dormant
    steps, open_steps = _steps(data)
    groups[DueKind.NEXT_STEP] += steps
    groups[DueKind.CUSTOM] += _customs(data)
    for item in without_hidden(list(data.follow_ups), data.states, today):
        groups[item.kind].append(item)
    due = list(chain.from_iterable(groups.values()))
    due.sort(key=attrgetter("days_late"), reverse=True)  # reverse keeps the sort stable
    monday = week_start(today)
    ritual = Ritual(
        week_start=monday,
        target=data.settings.ritual_target,
        contacted=tuple(data.contacted_this_week),
        suggestions=tuple(choose(candidates, data.settings.ritual_target, data.engaged)),
    )
    dormant.sort(key=lambda item: (-item.days_late, item.contact_name.casefold()))
    return Agenda(today, tuple(due), tuple(upcoming), tuple(open_steps), tuple(dormant), ritual)


def birthday_days(today: date, notice: int) -> set[tuple[int, int]] | None:
    """Every (month, day) a birthday field may hold and still matter ``today``: due
    (from :data:`BELATED_DAYS` ago to ``notice`` days ahead), coming in the next
    :data:`UPCOMING_DAYS`, or near this week's Monday (the ritual). None: any may.

    A day past the month's end (29 February, 31 April) falls on the month's last day,
    so a window holding a month's last day holds every later day of that month too.
    """
    first = min(today - timedelta(days=BELATED_DAYS), week_start(today))
    last = today + timedelta(days=max(notice, UPCOMING_DAYS))
    if (last - first).days >= 365:
        return None
    found = set()
    day = first
    while day <= last:
        found.add((day.month, day.day))
        following = day + timedelta(days=1)
        if following.day == 1:
            found.update((day.month, later) for later in range(day.day + 1, 32))
        day = following
    return found


def with_follow_ups(
    agenda: Agenda, follow_ups: Iterable[DueItem], states: dict[str, ItemState]
) -> Agenda:
    """``agenda`` (built without follow-ups) with the providers' items in its due list.

    The same result as building with them: each goes after every item that sorts before
    it or level with it (the stable sort put follow-ups after the other kinds' items), in
    the providers' order among equals. Costs a few comparisons per follow-up, not a sort.
    """
    shown = sorted(without_hidden(list(follow_ups), states, agenda.today), key=sort_key)
    if not shown:
        return agenda
    due = list(agenda.due)
    for item in shown:
        due.insert(bisect_right(due, sort_key(item), key=sort_key), item)
    return replace(agenda, due=tuple(due))


def _life_events(
    events: Sequence[LifeEventRow], data: AgendaInput
) -> tuple[list[DueItem], list[DueItem], set[int], set[int]]:
    """Due life events, those of the next two weeks, who has one near Monday, who has news."""
    today, notice, states = data.today, data.settings.advance_notice_days, data.states
    monday = week_start(today)
    due, upcoming, soon, news = [], [], set(), set()
    for event in events:
        occurrence = event_occurrence(event, today)
        if occurrence is not None and event_shows(event, occurrence, today, notice):
            item = life_event_item(event, occurrence, today)
            state = states.get(item.key)
            if state is None or not state.hides(item.due, today):
                due.append(item)
        coming = event.day
        if event.yearly:
            coming = (
                occurrence
                if occurrence and occurrence >= today
                else next_yearly(event.day.month, event.day.day, today)
            )
        if 0 <= (coming - today).days <= UPCOMING_DAYS:
            item = life_event_item(event, coming, today)
            state = states.get(item.key)
            if state is None or state.status is not StateStatus.DONE:
                upcoming.append(item)
        near = event.day
        if event.yearly:  # the first on or after Monday; occurrences are >= 365 days apart
            near = (
                coming
                if (coming - monday).days < 365
                else next_yearly(event.day.month, event.day.day, monday)
            )
        if 0 <= (near - monday).days <= UPCOMING_DAYS:
            soon.add(event.contact_id)
        if not event.yearly and 0 <= (today - event.day).days <= NEWS_DAYS:
            news.add(event.contact_id)
    upcoming.sort(key=lambda item: (item.due, item.contact_name.casefold()))
    return due, upcoming, soon, news


def _keep_in_touch(
    data: AgendaInput, soon: set[int], news: set[int]
) -> tuple[list[DueItem], list[DueItem], list[DueItem], list[Candidate]]:
    """Keep-in-touch items and dormant ones shown, dormant ties (shown or not), ritual
    candidates."""
    today, states, cadences = data.today, data.states, data.settings.cadences
    by_circle = {c.value: days for c, days in cadences.items()}
    ordinal = data.local_days.ordinal
    today_ord = today.toordinal()
    monday_ord = today_ord - today.weekday()
    contacted = set(data.contacted_this_week)
    weak, target = Circle.WEAK.value, Circle.TARGET.value
    items: list[DueItem] = []
    shown_dormant: list[DueItem] = []
    dormant: list[DueItem] = []
    touch_kind, dormant_kind = DueKind.KEEP_IN_TOUCH, DueKind.DORMANT
    scored: list[tuple[int, str, str, float, int, bool, str]] = []
    categories: dict[str, list[int]] = {}
    window_ord = monday_ord - NEGLECT_WINDOW_DAYS
    touch_states = {
        int(key[6:]): state
        for key, state in states.items()
        if key.startswith("touch:") and key[6:].isdigit()
    }
    for cid, name, circle, override, created, last, _, _, _, cats in data.contacts:
        base_ord = ordinal(last or created)
        if cats:
            for category in cats.split(","):
                tally = categories.setdefault(category, [0, 0])
                tally[0] += 1
                tally[1] += last is not None and base_ord >= window_ord
        cadence = override or by_circle.get(circle)
        if cadence is None:
            continue
        due_ord = base_ord + cadence
        late = today_ord - due_ord
        state = touch_states.get(cid) if touch_states else None
        hidden = False
        if late >= 0 or state is not None:
            hidden = state is not None and state.hides(date.fromordinal(due_ord), today)
        if late >= 0:
            is_dormant = late > cadence
            last_day = date.fromordinal(base_ord) if last else None
            item = new_item(
                {
                    "key": f"touch:{cid}",
                    "kind": dormant_kind if is_dormant else touch_kind,
                    "due": date.fromordinal(due_ord),
                    "contact_id": cid,
                    "contact_name": name,
                    "title": "",
                    "days_late": late,
                    "cadence_days": cadence,
                    "last_interaction": last_day,
                    "event_kind": None,
                    "source_id": None,
                    "_reason": touch_words,
                    "reconnect": reconnect_ideas(cid in news) if is_dormant else (),
                    "contact_ids": (cid,),
                }
            )
            if is_dormant:
                dormant.append(item)
                if not hidden:
                    shown_dormant.append(item)
            elif not hidden:
                items.append(item)
        if hidden or circle == target or cid in contacted:
            continue
        late_monday = monday_ord - due_ord
        if late_monday > 0 or cid in soon or cats:
            silent = monday_ord - base_ord
            scored.append((cid, name, circle, late_monday / cadence, silent, cid in soon, cats))
    neglected = neglected_categories({k: (v[0], v[1]) for k, v in categories.items()})
    candidates = []
    for cid, name, circle, ratio, silent, event_soon, cats in scored:
        why: list[str] = []
        score = 0.0
        if ratio > 0:
            score += min(ratio, OVERDUE_CAP)
            why.append("overdue")
        if event_soon:
            score += LIFE_EVENT_POINTS
            why.append("life_event_soon")
        hit = sorted(c for c in cats.split(",") if c in neglected) if cats else []
        if hit:
            score += NEGLECTED_POINTS
            why += [f"neglected_category:{c}" for c in hit]
        dormant_weak = circle == weak and ratio > 1
        if score <= 0 and not dormant_weak:
            continue
        candidates.append(Candidate(cid, name, score, silent, dormant_weak, tuple(why)))
    return items, shown_dormant, dormant, candidates


def _steps(data: AgendaInput) -> tuple[list[DueItem], list[DueItem]]:
    """Next steps due, and every open next step (undated ones carry their meeting's day);
    a step snoozed or skipped is in neither until its day comes back."""
    today, states = data.today, data.states
    due, every = [], []
    step_kind = DueKind.NEXT_STEP
    for iid, text, when, occurred, people in data.steps:
        names = people[0][1] if len(people) == 1 else ", ".join(name for _, name in people)
        day = when or data.local_days.day(occurred)
        late = (today - when).days if when else 0
        item = new_item(
            {
                "key": f"step:{iid}",
                "kind": step_kind,
                "due": day,
                "contact_id": people[0][0],
                "contact_name": names,
                "title": text,
                "days_late": late,
                "cadence_days": None,
                "last_interaction": None,
                "event_kind": None,
                "source_id": iid,
                "_reason": step_words if when else undated_step_words,
                "reconnect": (),
                "contact_ids": tuple(cid for cid, _ in people),
                "people": people if len(people) > 1 else (),
            }
        )
        state = states.get(item.key)
        if state is not None and state.hides(day, today):
            continue  # done, or snoozed/skipped: out of sight until it comes back
        every.append(item)
        if when is not None and late >= 0:
            due.append(item)
    return due, every


def _customs(data: AgendaInput) -> list[DueItem]:
    today, states = data.today, data.states
    found = []
    for reminder in data.customs:
        occurrence = latest_occurrence(reminder.first, reminder.repeat_days, today)
        if occurrence is None:
            continue
        key = custom_key(reminder.id, occurrence)
        state = states.get(key)
        if state is not None and state.hides(occurrence, today):
            continue
        late = (today - occurrence).days
        who = f" ({reminder.contact_name})" if reminder.contact_name else ""
        when = "today" if late == 0 else f"{plural(late, 'day')} late"
        found.append(
            DueItem(
                key=key,
                kind=DueKind.CUSTOM,
                due=occurrence,
                contact_id=reminder.contact_id,
                contact_name=reminder.contact_name,
                title=reminder.text,
                days_late=late,
                source_id=reminder.id,
                reason=f"Reminder{who}, {when}: {reminder.text}",
                repeat_days=reminder.repeat_days,
                contact_ids=(reminder.contact_id,) if reminder.contact_id else (),
            )
        )
    return found


__all__ = [
    "AgendaInput",
    "ContactRow",
    "LifeEventKind",
    "StepRow",
    "build_agenda",
    "with_follow_ups",
]
