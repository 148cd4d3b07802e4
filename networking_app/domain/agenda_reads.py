"""What the agenda engine reads from the database as it goes, as plain rows. Pure.

The engine (:mod:`networking_app.domain.agenda`) is given the long lists up front and asks
:class:`AgendaReads` for the few rows it needs as it goes (the birthdays near today, the
ritual's ranking, the names and texts of the items made when read).
"""

from __future__ import annotations

from collections.abc import Collection, Sequence
from typing import Protocol

#: (contact id, day its touch falls due as a date ordinal, cadence in days, circle)
TouchRow = tuple[int, int, int, str]
#: (contact id, day its touch falls due as a date ordinal, cadence in days, whether it has
#:  an interaction: else the days count from when the contact was added)
DueTouch = tuple[int, int, int, int]
#: (contact id, target categories, base day ordinal (last interaction, else creation),
#:  whether it has an interaction, cadence or None, circle)
CategoryRow = tuple[int, str, int, int, "int | None", str]
#: (contact id, name, birthday month, day, year)
BirthdayRow = tuple[int, str, int, int, "int | None"]
#: (interaction id, due day as a date ordinal or None, occurred_at as stored when undated)
StepEntry = tuple[int, "int | None", "str | None"]


class AgendaReads(Protocol):
    """What the engine reads as it goes (the database, in the app)."""

    def birthdays_on(
        self, days: Collection[tuple[int, int]] | None, also: Collection[int] = ()
    ) -> Sequence[BirthdayRow]: ...

    def touches_of(self, ids: Collection[int]) -> Sequence[TouchRow]: ...

    def ranked_late(
        self, monday: int, cap: float, weak_points: float, skip: int, count: int
    ) -> Sequence[TouchRow]: ...

    def category_counts(self, since_ordinal: int) -> Sequence[tuple[str, int, int]]: ...

    def in_categories(self, categories: Collection[str]) -> Sequence[CategoryRow]: ...

    def step_details(
        self, ids: Sequence[int]
    ) -> dict[int, tuple[str, tuple[tuple[int, str], ...]]]: ...

    def names(self, ids: Collection[int]) -> dict[int, str]: ...

    def engaged(self, ids: Sequence[int]) -> set[int]: ...


class NoReads:
    """Reads for an engine given everything up front (tests): nothing more to read."""

    def birthdays_on(
        self, days: Collection[tuple[int, int]] | None, also: Collection[int] = ()
    ) -> Sequence[BirthdayRow]:
        return ()

    def touches_of(self, ids: Collection[int]) -> Sequence[TouchRow]:
        return ()

    def ranked_late(
        self, monday: int, cap: float, weak_points: float, skip: int, count: int
    ) -> Sequence[TouchRow]:
        return ()

    def category_counts(self, since_ordinal: int) -> Sequence[tuple[str, int, int]]:
        return ()

    def in_categories(self, categories: Collection[str]) -> Sequence[CategoryRow]:
        return ()

    def step_details(
        self, ids: Sequence[int]
    ) -> dict[int, tuple[str, tuple[tuple[int, str], ...]]]:
        return {}

    def names(self, ids: Collection[int]) -> dict[int, str]:
        return {}

    def engaged(self, ids: Sequence[int]) -> set[int]:
        return set()
