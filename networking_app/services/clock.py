"""The one place the app reads the time, so tests and benchmarks can set it."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime


@dataclass
class Clock:
    """``now()`` is naive UTC (as stored); ``today()`` is the user's local date."""

    fixed: datetime | None = None  # a local time, for tests

    def now(self) -> datetime:
        if self.fixed is not None:
            return self.fixed.astimezone(UTC).replace(tzinfo=None, microsecond=0)
        return datetime.now(UTC).replace(tzinfo=None, microsecond=0)

    def today(self) -> date:
        return self.fixed.date() if self.fixed is not None else date.today()
