"""The one place the app reads the time, so tests and benchmarks can set it."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, tzinfo


@dataclass
class Clock:
    """``now()`` is naive UTC (as stored); ``today()`` is the user's local date.

    ``zone`` None is the system's time zone, read afresh at each call (so a time-zone
    change on the machine is followed); tests set a ``ZoneInfo`` to travel.
    """

    fixed: datetime | None = None  # a local time, for tests
    zone: tzinfo | None = None

    def now(self) -> datetime:
        if self.fixed is not None:
            return self.to_utc(self.fixed).replace(microsecond=0)
        return datetime.now(UTC).replace(tzinfo=None, microsecond=0)

    def today(self) -> date:
        return self.local_now().date()

    def local_now(self) -> datetime:
        """The user's naive local time."""
        if self.fixed is not None:
            return self.fixed.replace(tzinfo=None, microsecond=0)
        return datetime.now(self.zone).replace(tzinfo=None, microsecond=0)

    def to_local(self, stored: datetime) -> datetime:
        """A stored (naive UTC) time as the user's naive local time."""
        return stored.replace(tzinfo=UTC).astimezone(self.zone).replace(tzinfo=None)

    def to_utc(self, local: datetime) -> datetime:
        """A naive local time (typed by the user) as a stored naive UTC time."""
        aware = local.replace(tzinfo=self.zone) if self.zone is not None else local
        return aware.astimezone(UTC).replace(tzinfo=None)
