"""Assemble the daily review from what the database holds. Pure; see ``reminders`` for rules.

Built for 30,000 contacts: one pass over plain rows, date ordinals instead of date
objects, and items made only for what is due.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field, replace
from datetime import date

from networking_app.domain.interactions import week_start
from networking_app.domain.recurrence import LocalDays, latest_occurrence, next_yearly
from networking_app.domain.reminders import (
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
    make_item,
    plural,
    reconnect_ideas,
    sort_key,
    touch_reason,
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
    events = []
    for cid, name, *_, month, day, year, _ in data.contacts:
        if month and day:
            events.append(birthday_row(cid, name, month, day, year))
    # A birthday recorded as a life event and also in the contact's fields counts once.
    fields = {(e.contact_id, e.day.month, e.day.day) for e in events}
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
    due: list[DueItem] = [*due_events]
    touches, dormant, candidates = _keep_in_touch(data, soon, news)
    due += touches
    steps, open_steps = _steps(data)
    due += steps
    due += _customs(data)
    due += without_hidden(list(data.follow_ups), data.states, today)
    due.sort(key=sort_key)
    monday = week_start(today)
    ritual = Ritual(
        week_start=monday,
        target=data.settings.ritual_target,
        contacted=tuple(data.contacted_this_week),
        suggestions=tuple(choose(candidates, data.settings.ritual_target, data.engaged)),
    )
    dormant.sort(key=lambda item: (-item.days_late, item.contact_name.casefold()))
    return Agenda(today, tuple(due), tuple(upcoming), tuple(open_steps), tuple(dormant), ritual)


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
) -> tuple[list[DueItem], list[DueItem], list[Candidate]]:
    """Keep-in-touch and dormant items, dormant ties (shown or not), ritual candidates."""
    today, states, cadences = data.today, data.states, data.settings.cadences
    by_circle = {c.value: days for c, days in cadences.items()}
    ordinal = data.local_days.ordinal
    today_ord = today.toordinal()
    monday_ord = today_ord - today.weekday()
    contacted = set(data.contacted_this_week)
    weak, target = Circle.WEAK.value, Circle.TARGET.value
    items: list[DueItem] = []
    dormant: list[DueItem] = []
    scored: list[tuple[int, str, str, float, int, bool, str]] = []
    categories: dict[str, list[int]] = {}
    window_ord = monday_ord - NEGLECT_WINDOW_DAYS
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
        key = f"touch:{cid}"
        state = states.get(key)
        hidden = False
        if late >= 0 or state is not None:
            hidden = state is not None and state.hides(date.fromordinal(due_ord), today)
        if late >= 0:
            is_dormant = late > cadence
            base = date.fromordinal(base_ord)
            item = make_item(
                key=key,
                kind=DueKind.DORMANT if is_dormant else DueKind.KEEP_IN_TOUCH,
                due=date.fromordinal(due_ord),
                contact_id=cid,
                contact_name=name,
                days_late=late,
                cadence_days=cadence,
                last_interaction=base if last else None,
                reason=touch_reason(name, cadence, base if last else None, today, base)
                + (" — dormant" if is_dormant else ""),
                reconnect=reconnect_ideas(cid in news) if is_dormant else (),
                contact_ids=(cid,),
            )
            if not hidden:
                items.append(item)
            if is_dormant:
                dormant.append(item)
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
    return items, dormant, candidates


def _steps(data: AgendaInput) -> tuple[list[DueItem], list[DueItem]]:
    """Next steps due, and every open next step (undated ones carry their meeting's day)."""
    today, states = data.today, data.states
    due, every = [], []
    for iid, text, when, occurred, people in data.steps:
        names = people[0][1] if len(people) == 1 else ", ".join(name for _, name in people)
        day = when or data.local_days.day(occurred)
        late = (today - when).days if when else 0
        if when is None:
            reason = f"Open next step with {names} since {day.isoformat()}: {text}"
        elif late > 0:
            reason = f"Next step with {names}, {plural(late, 'day')} late: {text}"
        else:
            reason = (
                f"Next step with {names} due {'today' if late == 0 else day.isoformat()}: {text}"
            )
        item = make_item(
            key=f"step:{iid}",
            kind=DueKind.NEXT_STEP,
            due=day,
            contact_id=people[0][0],
            contact_name=names,
            title=text,
            days_late=late,
            source_id=iid,
            reason=reason,
            contact_ids=tuple(cid for cid, _ in people),
        )
        every.append(item)
        state = states.get(item.key)
        if when is not None and late >= 0 and (state is None or not state.hides(when, today)):
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
