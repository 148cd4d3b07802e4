"""Calendar arithmetic for reminders: yearly dates, monthly repeats, ISO weeks, local days.

Pure. Every rule works on local calendar dates, so a 21-day cadence is 21 dates later
whatever the clocks did in between (a DST change makes a day 23 or 25 hours long, never
moves a date).
"""

from __future__ import annotations

import calendar
from collections.abc import Callable
from datetime import date, datetime, time, timedelta

#: A stored (naive UTC) time to the user's naive local time.
ToLocal = Callable[[datetime], datetime]


def on_year(month: int, day: int, year: int) -> date:
    """``month``/``day`` in ``year``; 29 February falls on 28 February in other years."""
    if day <= 28:  # every month has it: the common case, without the calendar
        return date(year, month, day)
    return date(year, month, min(day, calendar.monthrange(year, month)[1]))


def next_yearly(month: int, day: int, on_or_after: date) -> date:
    """The first yearly occurrence of ``month``/``day`` on or after ``on_or_after``."""
    this_year = on_year(month, day, on_or_after.year)
    return this_year if this_year >= on_or_after else on_year(month, day, on_or_after.year + 1)


def add_months(start: date, months: int) -> date:
    """``start`` moved by whole months, the day clamped to the month's end (31 Jan → 28 Feb)."""
    index = start.year * 12 + start.month - 1 + months
    return on_year(index % 12 + 1, start.day, index // 12)


def latest_occurrence(first: date, repeat_days: int | None, today: date) -> date | None:
    """The latest occurrence on or before ``today`` of something starting on ``first``.

    ``repeat_days`` None is a one-off; 30/365 repeat by calendar month/year (anchored on
    ``first``, so 31 January stays on the month's last day); other values are days.
    """
    if first > today:
        return None
    if not repeat_days:
        return first
    if repeat_days == 365:
        candidate = on_year(first.month, first.day, today.year)
        return candidate if candidate <= today else on_year(first.month, first.day, today.year - 1)
    if repeat_days == 30:
        months = (today.year - first.year) * 12 + today.month - first.month
        candidate = add_months(first, months)
        return candidate if candidate <= today else add_months(first, months - 1)
    return first + timedelta(days=(today - first).days // repeat_days * repeat_days)


class LocalDays:
    """Stored timestamps (naive UTC ISO text) to local date ordinals, fast.

    Converting 30,000 timestamps one by one through a time zone costs tens of
    milliseconds; this converts once per UTC day (two probes) and, on days without a
    clock change, compares the time of day with the offset's threshold as text.
    """

    def __init__(self, to_local: ToLocal) -> None:
        self.to_local = to_local
        self._days: dict[str, tuple[int, str, str] | None] = {}

    def _probe(self, day_text: str) -> tuple[int, str, str] | None:
        day = date.fromisoformat(day_text)
        start = datetime.combine(day, time())
        first = self.to_local(start) - start
        if self.to_local(start + timedelta(hours=23, minutes=59)) - start - timedelta(
            hours=23, minutes=59
        ) != first or abs(first) >= timedelta(days=1):
            return None  # the offset changes this day: convert each time exactly
        minutes = int(first.total_seconds() // 60)
        # Before ``low`` the local date is the day before; from ``high`` the day after.
        low = f"{-minutes // 60:02d}:{-minutes % 60:02d}" if minutes < 0 else ""
        high = f"{(1440 - minutes) // 60:02d}:{(1440 - minutes) % 60:02d}" if minutes > 0 else "~"
        return day.toordinal(), low, high

    def ordinal(self, stored: str) -> int:
        """The local date ordinal of ``stored`` ("YYYY-MM-DD HH:MM:SS", naive UTC)."""
        day_text = stored[:10]
        try:
            probe = self._days[day_text]
        except KeyError:
            probe = self._days[day_text] = self._probe(day_text)
        if probe is None:
            return self.to_local(datetime.fromisoformat(stored)).date().toordinal()
        ordinal, low, high = probe
        clock = stored[11:16]
        if clock < low:
            return ordinal - 1
        if clock >= high:
            return ordinal + 1
        return ordinal

    def day(self, stored: str) -> date:
        return date.fromordinal(self.ordinal(stored))
