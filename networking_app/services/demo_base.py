"""What the demo's writers share: one fill's state, its calendar and bulk inserts."""

from __future__ import annotations

import random
from datetime import date, datetime, time, timedelta
from typing import Any

import peewee as pw

from networking_app.domain.vocabulary import Circle, RelationshipKind


def bulk(model: type[pw.Model], rows: list[dict[str, Any]]) -> int:
    """insert_many in chunks small enough for SQLite's limit on bound variables."""
    if not rows:
        return 0
    if any(row.keys() != rows[0].keys() for row in rows):  # peewee would drop the extras
        raise ValueError(f"{model.__name__}: rows with different fields")
    for batch in pw.chunked(rows, max(1, 900 // len(rows[0]))):
        model.insert_many(batch).execute()
    return len(rows)


def next_id(model: type[pw.Model]) -> int:
    return int(model.select(pw.fn.MAX(model._meta.primary_key)).scalar() or 0) + 1


class DemoState:
    """One fill's state: rows are built in memory with explicit ids, then inserted in bulk."""

    # The parts some contacts play, given by ``cast_roles`` once the contacts exist.
    overdue: set[int]
    upcoming: set[int]
    dormant: set[int]
    archived: set[int]
    bridges: list[int]
    met: int
    met_introducer: int

    def __init__(self, today: date, rng: random.Random) -> None:
        self.today, self.rng = today, rng
        self.midnight = datetime.combine(today, time())
        self.contacts: dict[int, dict[str, Any]] = {}
        self.circle: dict[Circle, list[int]] = {c: [] for c in Circle}
        self.links: dict[tuple[frozenset[int], RelationshipKind], dict[str, Any]] = {}
        self.knowers: dict[int, list[int]] = {}

    def day(self, days_ago: int) -> date:
        """A working day ``days_ago`` back (a weekend moves to the Friday before)."""
        d = self.today - timedelta(days=days_ago)
        return d - timedelta(days=max(0, d.weekday() - 4))

    def at(self, d: date) -> datetime:
        """A time during working hours on ``d``."""
        return datetime.combine(d, time(8, 30)) + timedelta(minutes=self.rng.randrange(0, 570, 5))

    def name(self, cid: int) -> str:
        return f"{self.contacts[cid]['given_name']} {self.contacts[cid]['family_name']}"
