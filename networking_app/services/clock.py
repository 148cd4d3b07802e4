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

    def to_local(self, stored: datetime) -> datetime:
        """A stored (naive UTC) time as the user's naive local time."""
        return stored.replace(tzinfo=UTC).astimezone().replace(tzinfo=None)

    def to_utc(self, local: datetime) -> datetime:
        """A naive local time (typed by the user) as a stored naive UTC time."""
        return local.astimezone(UTC).replace(tzinfo=None)
