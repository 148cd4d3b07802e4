"""Assemble the daily review from what the database holds. Pure; see ``reminders`` for rules.

Built for 30,000 contacts: the database gives only the contacts whose touch falls due
(storage keeps each one's due day, see ``storage.touch_days``), rules work on day
ordinals, and the long lists make their items — names, texts — when first read
(:mod:`networking_app.domain.due_list`).
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field, replace
from datetime import date, timedelta

from networking_app.domain.agenda_reads import (
    AgendaReads,
    BirthdayRow,
    CategoryRow,
    DueTouch,
    NoReads,
    StepEntry,
    TouchRow,
)
from networking_app.domain.due_list import DueList, Items, remembered
from networking_app.domain.interactions import week_start
from networking_app.domain.recurrence import LocalDays, latest_occurrence, next_yearly
from networking_app.domain.reminders import (
    BELATED_DAYS,
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
from networking_app.domain.ritual import Candidate, candidates, choose_ranked, touch_hidden
from networking_app.domain.vocabulary import LifeEventKind

#: A one-off life event this recent counts as news to react to (a dormant tie's opener).
NEWS_DAYS = 60


@dataclass
class AgendaInput:
    """Everything the engine reads for one day."""

    today: date
    settings: ReminderSettings
    local_days: LocalDays
    #: contacts whose touch falls due on or before ``today`` but at most one cadence ago,
    #: most late first (then by id)
    touches: Sequence[DueTouch] = ()
    #: those more than one cadence late (dormant ties), in the same order
    dormant_touches: Sequence[DueTouch] = ()
    life_events: Sequence[LifeEventRow] = ()
    steps: Sequence[StepEntry] = ()
    customs: Sequence[CustomReminder] = ()
    follow_ups: Iterable[DueItem] = ()
    states: dict[str, ItemState] = field(default_factory=dict)
    contacted_this_week: Sequence[int] = ()
    reads: AgendaReads = field(default_factory=NoReads)


def build_agenda(data: AgendaInput) -> Agenda:
    today = data.today
    # Only the birthdays that fall near today can show: the database gives those (a
    # birthday recorded as a life event and also in the contact's fields counts once:
    # those contacts' fields are all looked at).
    near = birthday_days(today, data.settings.advance_notice_days)
    recorded = {e.contact_id for e in data.life_events if e.kind is LifeEventKind.BIRTHDAY}
    events = []
    fields = set()
    for cid, name, month, day, year in data.reads.birthdays_on(near, recorded):
        event = birthday_row(cid, name, month, day, year)
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
    keep, shown_dormant, dormant, candidates = _keep_in_touch(data, soon, news)
    steps, open_steps = _steps(data)
    parts = {
        DueKind.KEEP_IN_TOUCH: keep,
        DueKind.NEXT_STEP: steps,
        DueKind.LIFE_EVENT: _by_lateness(due_events),
        DueKind.CUSTOM: _by_lateness(_customs(data)),
        DueKind.DORMANT: shown_dormant,
    }
    due = DueList(parts)
    follow_ups = without_hidden(list(data.follow_ups), data.states, today)
    if follow_ups:
        due = due.with_part(DueKind.INTRO_FOLLOW_UP, _by_lateness(follow_ups))
    chosen = choose_ranked(candidates, data.settings.ritual_target, data.reads.engaged)
    named = data.reads.names([s.contact_id for s in chosen]) if chosen else {}
    ritual = Ritual(
        week_start=week_start(today),
        target=data.settings.ritual_target,
        contacted=tuple(data.contacted_this_week),
        suggestions=tuple(replace(s, contact_name=named.get(s.contact_id, "")) for s in chosen),
    )
    return Agenda(today, due, Items.of(upcoming), open_steps, dormant, ritual)


def _by_lateness(items: list[DueItem]) -> Items:
    """A short list of made items, most late first (a stable sort: its order among equals)."""
    return Items.of(sorted(items, key=lambda item: -item.days_late))


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

    The same result as building with them: they are a kind of their own in the due list,
    most late first, in the providers' order among equals.
    """
    shown = sorted(without_hidden(list(follow_ups), states, agenda.today), key=sort_key)
    if not shown:
        return agenda
    return replace(agenda, due=agenda.due.with_part(DueKind.INTRO_FOLLOW_UP, Items.of(shown)))


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
) -> tuple[Items, Items, Items, Iterator[Candidate]]:
    """Keep-in-touch items and dormant ones shown, dormant ties (shown or not), ritual
    candidates."""
    today, states = data.today, data.states
    today_ord = today.toordinal()
    touch_states = {
        int(key[6:]): state
        for key, state in states.items()
        if key.startswith("touch:") and key[6:].isdigit()
    }
    keep, dormant, shown_dormant = data.touches, data.dormant_touches, data.dormant_touches
    if touch_states:  # the few snoozed or skipped, out of sight until they come back
        keep = [row for row in keep if not touch_hidden(row, touch_states, today)]
        shown_dormant = [row for row in dormant if not touch_hidden(row, touch_states, today)]
    found = candidates(today, soon, touch_states, data.contacted_this_week, data.reads)

    def late(row: DueTouch) -> int:
        return today_ord - row[1]

    def key(row: DueTouch) -> str:
        return f"touch:{row[0]}"

    def make(kind: DueKind) -> Callable[[Sequence[DueTouch]], list[DueItem]]:
        def items(rows: Sequence[DueTouch]) -> list[DueItem]:
            named = data.reads.names([row[0] for row in rows])
            made = []
            for cid, due_ord, cadence, has_last in rows:
                name = named.get(cid, "")
                is_dormant = kind is DueKind.DORMANT
                made.append(
                    new_item(
                        {
                            "key": f"touch:{cid}",
                            "kind": kind,
                            "due": date.fromordinal(due_ord),
                            "contact_id": cid,
                            "contact_name": name,
                            "title": "",
                            "days_late": today_ord - due_ord,
                            "cadence_days": cadence,
                            "last_interaction": (
                                date.fromordinal(due_ord - cadence) if has_last else None
                            ),
                            "event_kind": None,
                            "source_id": None,
                            "_reason": touch_words,
                            "reconnect": reconnect_ideas(cid in news) if is_dormant else (),
                            "contact_ids": (cid,),
                        }
                    )
                )
            return made

        return items

    touch, dormant_made = make(DueKind.KEEP_IN_TOUCH), remembered(make(DueKind.DORMANT), key)
    return (
        Items(keep, touch, key, late),
        Items(shown_dormant, dormant_made, key, late),
        Items(dormant, dormant_made, key, late),
        found,
    )


def _steps(data: AgendaInput) -> tuple[Items, Items]:
    """Next steps due, and every open next step (undated ones carry their meeting's day);
    a step snoozed or skipped is in neither until its day comes back."""
    today, states = data.today, data.states
    today_ord = today.toordinal()
    day_of = data.local_days.ordinal

    def day(entry: StepEntry) -> int:
        """The due day, else (undated: the time is there) the meeting's local day."""
        return entry[1] if entry[1] is not None else day_of(entry[2] or "")

    every = data.steps  # in the database's order: dated ones by day, then undated ones
    stated = {key[5:] for key in states if key.startswith("step:")}
    if stated:  # the few done, snoozed or skipped: out of sight until they come back
        every = [
            entry
            for entry in every
            if str(entry[0]) not in stated
            or not states[f"step:{entry[0]}"].hides(date.fromordinal(day(entry)), today)
        ]
    # Due: the dated ones up to today, which come first.
    due = every[: bisect_right(every, today_ord, key=_due_or_later)]

    def late(entry: StepEntry) -> int:
        return today_ord - entry[1] if entry[1] is not None else 0

    def key(entry: StepEntry) -> str:
        return f"step:{entry[0]}"

    def make(entries: Sequence[StepEntry]) -> list[DueItem]:
        found = data.reads.step_details([entry[0] for entry in entries])
        made = []
        for entry in entries:
            iid, dated = entry[0], entry[1] is not None
            text, people = found.get(iid, ("", ()))
            names = people[0][1] if len(people) == 1 else ", ".join(name for _, name in people)
            made.append(
                new_item(
                    {
                        "key": f"step:{iid}",
                        "kind": DueKind.NEXT_STEP,
                        "due": date.fromordinal(day(entry)),
                        "contact_id": people[0][0] if people else None,
                        "contact_name": names,
                        "title": text,
                        "days_late": late(entry),
                        "cadence_days": None,
                        "last_interaction": None,
                        "event_kind": None,
                        "source_id": iid,
                        "_reason": step_words if dated else undated_step_words,
                        "reconnect": (),
                        "contact_ids": tuple(cid for cid, _ in people),
                        "people": people if len(people) > 1 else (),
                    }
                )
            )
        return made

    shared = remembered(make, key)
    return Items(due, shared, key, late), Items(every, shared, key, late)


def _due_or_later(entry: StepEntry) -> int:
    """A step's due day, undated ones after every day (they come last)."""
    return entry[1] if entry[1] is not None else date.max.toordinal() + 1


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
    "AgendaReads",
    "BirthdayRow",
    "CategoryRow",
    "LifeEventKind",
    "NoReads",
    "StepEntry",
    "TouchRow",
    "build_agenda",
    "with_follow_ups",
]
