"""When to notify: at the daily time, never in quiet hours, never twice a day per item. Pure.

Times here are the user's naive local times; the caller converts the clock first, so a
DST change or a new time zone simply gives another local time.
"""

from __future__ import annotations

from datetime import date, datetime, time, timedelta
from enum import StrEnum

from networking_app.domain.due_list import DueList
from networking_app.domain.reminders import ReminderSettings


def in_quiet_hours(moment: time, start: time | None, end: time | None) -> bool:
    """Inside [start, end); a range like 22:00–08:00 spans midnight; equal ends mean none."""
    if start is None or end is None or start == end:
        return False
    if start < end:
        return start <= moment < end
    return moment >= start or moment < end


def to_notify(
    due: DueList,
    now: datetime,
    notified_today: set[str],
    settings: ReminderSettings,
    paused: bool = False,
) -> DueList:
    """The items to announce at local time ``now``: none while paused, in quiet hours or
    before the daily time; otherwise every due item not yet announced today (so one that
    becomes due later in the day is announced when it appears). Told by their keys: the
    items are made only when read."""
    if paused or in_quiet_hours(now.time(), settings.quiet_start, settings.quiet_end):
        return DueList({})
    if now.time() < settings.daily_time:
        return DueList({})
    return due.without(notified_today)


def next_change(
    now: datetime, settings: ReminderSettings, paused_until: datetime | None
) -> datetime:
    """The next local time at which :func:`to_notify` may answer differently without a
    data change: the daily time, the end of quiet hours or of a pause, or midnight."""
    day = now.date()
    moments = [datetime.combine(day + timedelta(days=1), time())]
    daily = datetime.combine(day, settings.daily_time)
    if daily > now:
        moments.append(daily)
    if settings.quiet_end is not None and in_quiet_hours(
        now.time(), settings.quiet_start, settings.quiet_end
    ):
        end = datetime.combine(day, settings.quiet_end)
        moments.append(end if end > now else end + timedelta(days=1))
    if paused_until is not None and paused_until > now:
        moments.append(paused_until)
    return min(moments)


class SnoozeChoice(StrEnum):
    TOMORROW = "tomorrow"
    THREE_DAYS = "three_days"
    WEEK = "week"


def snooze_until(choice: SnoozeChoice, today: date) -> date:
    """The day a snoozed item comes back (a chosen date is passed as is)."""
    days = {SnoozeChoice.TOMORROW: 1, SnoozeChoice.THREE_DAYS: 3, SnoozeChoice.WEEK: 7}[choice]
    return today + timedelta(days=days)
