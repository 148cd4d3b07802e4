"""The agenda's shortcuts at scale give what the plain rules say, day after day.

Only the birthdays near today are read, items and their reasons are made when read, and
the due list is the kinds' lists merged by lateness: each is checked here against the
rule stated independently. The database is stood in for by :class:`MemoryReads`, which
reads plain contact rows the way the storage's SQL does.
"""

from __future__ import annotations

import calendar
from dataclasses import replace
from datetime import date, datetime, timedelta

import pytest

from networking_app.domain.agenda import (
    AgendaInput,
    BirthdayRow,
    CategoryRow,
    NoReads,
    StepEntry,
    TouchRow,
    build_agenda,
    with_follow_ups,
)
from networking_app.domain.recurrence import LocalDays
from networking_app.domain.reminders import (
    KIND_ORDER,
    DueItem,
    DueKind,
    ItemState,
    LifeEventRow,
    ReminderSettings,
    StateStatus,
)
from networking_app.domain.vocabulary import LifeEventKind

ADDED = "2020-01-01 09:00:00"
#: Every month/day a birthday field may hold, with the out-of-range ones a form may let
#: through (30 February, 31 April): they fall on the month's last day.
FIELDS = [(m, d) for m in range(1, 13) for d in range(1, 32) if d <= 29 or m != 2] + [(2, 30)]


#: (id, name, circle, cadence override, created_at, last interaction, birthday month,
#:  day, year, target categories), times as stored
ContactRow = tuple[
    int, str, str, "int | None", str, "str | None", "int | None", "int | None", "int | None", str
]  # fmt: skip
#: (interaction id, next step, due, occurred_at as stored, ((contact id, name), ...))
StepRow = tuple[int, str, "date | None", str, tuple[tuple[int, str], ...]]


def same_day(stored: datetime) -> datetime:
    return stored


class MemoryReads(NoReads):
    """What the storage reads, from plain rows (as its SQL does)."""

    def __init__(
        self, contacts: list[ContactRow], steps: list[StepRow], settings: ReminderSettings
    ) -> None:
        self.contacts = {row[0]: row for row in contacts}
        self.steps = {row[0]: row for row in steps}
        self.cadences = {c.value: days for c, days in settings.cadences.items()}

    def touch(self, row: ContactRow) -> tuple[int, int | None, bool]:
        base = LocalDays(same_day).ordinal(row[5] or row[4])
        return base, row[3] or self.cadences.get(row[2]), row[5] is not None

    def touches_due_by(
        self, day: int, dormant: bool | None = None
    ) -> list[tuple[int, int, int, int]]:
        found = []
        for row in self.contacts.values():
            base, cadence, last = self.touch(row)
            late = None if cadence is None else day - base - cadence
            if late is not None and late >= 0 and dormant in (None, late > cadence):  # type: ignore[operator]
                found.append((row[0], base + cadence, cadence, int(last)))  # type: ignore[operator]
        return sorted(found, key=lambda r: (r[1], r[0]))

    def rows_of(self) -> list[TouchRow]:
        found = []
        for row in self.contacts.values():
            base, cadence, _ = self.touch(row)
            if cadence is not None:
                found.append((row[0], base + cadence, cadence, row[2]))
        return found

    def ranked_late(
        self, monday: int, cap: float, weak_points: float, skip: int, count: int
    ) -> list[TouchRow]:
        def rank(r: TouchRow) -> tuple[float, int, int]:
            ratio = (monday - r[1]) / r[2]
            weak = weak_points if r[3] == "weak" and ratio > 1 else 0.0
            return (-(min(ratio, cap) + weak), r[1] - r[2], r[0])

        late = [r for r in self.rows_of() if r[1] < monday and r[3] != "target"]
        return sorted(late, key=rank)[skip : skip + count]

    def birthdays_on(self, days: object, also: object = ()) -> list[BirthdayRow]:
        return [
            (r[0], r[1], r[6], r[7], r[8])
            for r in self.contacts.values()
            if r[6] and r[7] and (days is None or (r[6], r[7]) in days or r[0] in also)  # type: ignore[operator]
        ]

    def touches_of(self, ids: object) -> list[TouchRow]:
        return [r for r in self.rows_of() if r[0] in ids]  # type: ignore[operator]

    def in_categories(self, categories: object) -> list[CategoryRow]:
        found: list[CategoryRow] = []
        for row in self.contacts.values():
            if row[9] and set(row[9].split(",")) & set(categories):  # type: ignore[call-overload]
                base, cadence, last = self.touch(row)
                found.append((row[0], row[9], base, last, cadence, row[2]))
        return found

    def step_details(self, ids: object) -> dict[int, tuple[str, tuple[tuple[int, str], ...]]]:
        return {iid: (row[1], row[4]) for iid, row in self.steps.items() if iid in ids}  # type: ignore[operator]

    def names(self, ids: object) -> dict[int, str]:
        return {cid: row[1] for cid, row in self.contacts.items() if cid in ids}  # type: ignore[operator]


def engine_input(
    today: date,
    settings: ReminderSettings,
    contacts: list[ContactRow] = (),  # type: ignore[assignment]
    steps: list[StepRow] = (),  # type: ignore[assignment]
    **others: object,
) -> AgendaInput:
    reads = MemoryReads(list(contacts), list(steps), settings)
    entries: list[StepEntry] = [
        (iid, due.toordinal() if due else None, occurred)
        for iid, _text, due, occurred, _people in sorted(
            steps, key=lambda r: (r[2] is None, r[2] or date.min, r[3], r[0])
        )
    ]
    return AgendaInput(
        today,
        settings,
        LocalDays(same_day),
        touches=reads.touches_due_by(today.toordinal(), False),
        dormant_touches=reads.touches_due_by(today.toordinal(), True),
        steps=entries,
        reads=reads,
        **others,  # type: ignore[arg-type]
    )


def birthdays() -> list[ContactRow]:
    """People to meet (no cadence, so only their birthdays show), one per month/day."""
    return [
        (i, f"P{m:02d}{d:02d}", "target", None, ADDED, None, m, d, None, "")
        for i, (m, d) in enumerate(FIELDS, start=1)
    ]


def occurrences(month: int, day: int, around: date) -> list[date]:
    return [
        date(year, month, min(day, calendar.monthrange(year, month)[1]))
        for year in (around.year - 1, around.year, around.year + 1)
    ]


DAYS = [date(2027, 12, 20) + timedelta(days=k) for k in range(80)]  # new year, 28/29 Feb
DAYS += [date(2028, 4, 24) + timedelta(days=k) for k in range(10)]  # 30 April
DAYS += [date(2027, 2, 20) + timedelta(days=k) for k in range(12)]  # 28 Feb, no leap


@pytest.mark.parametrize("notice", [0, 1, 7, 30])
def test_every_birthday_shows_on_the_days_the_rule_says_and_only_then(notice: int) -> None:
    rows = birthdays()
    settings = ReminderSettings(advance_notice_days=notice)
    for today in DAYS:
        agenda = build_agenda(engine_input(today, settings, contacts=rows))
        due = {i.contact_id for i in agenda.due}
        coming = {i.contact_id for i in agenda.upcoming_events}
        for cid, _, _, _, _, _, month, day, _, _ in rows:
            days = occurrences(month, day, today)
            # Shown from `notice` days ahead until 3 days after (a belated wish).
            expected_due = any(-3 <= (o - today).days <= notice for o in days)
            expected_coming = any(0 <= (o - today).days <= 14 for o in days)
            assert (cid in due, cid in coming) == (expected_due, expected_coming), (
                today,
                month,
                day,
            )


def test_a_recorded_birthday_and_the_same_in_the_contact_fields_count_once_far_ahead() -> None:
    today = date(2027, 3, 1)
    rows: list[ContactRow] = [(1, "Ana", "target", None, ADDED, None, 3, 10, None, "")]
    recorded = LifeEventRow(1, "Ana", LifeEventKind.BIRTHDAY, date(1990, 3, 10), True, "", 7)
    agenda = build_agenda(
        engine_input(today, ReminderSettings(), contacts=rows, life_events=[recorded])
    )
    assert [i.key for i in agenda.upcoming_events] == ["birthday:1:2027"]


def people(count: int) -> list[ContactRow]:
    """Close (21 days) and weak (180) ties last met at various dates, some never."""
    rows: list[ContactRow] = []
    for i in range(1, count + 1):
        last = None if i % 5 == 0 else f"2026-{1 + i % 11:02d}-{1 + i % 27:02d} 12:00:00"
        circle = ("close", "extended", "weak")[i % 3]
        rows.append(
            (i, f"N{i}", circle, 10 if i % 7 == 0 else None, ADDED, last, None, None, None, "")
        )
    return rows


def test_due_is_most_late_first_then_by_kind_then_by_contact() -> None:
    today = date(2026, 11, 28)
    steps = [
        (
            900 + i,
            f"step {i}",
            today - timedelta(days=i % 40),
            "2026-10-01 10:00:00",
            ((i, f"N{i}"),),
        )
        for i in range(1, 60)
    ]
    agenda = build_agenda(
        engine_input(today, ReminderSettings(), contacts=people(200), steps=steps)
    )
    kinds = {i.kind for i in agenda.due}
    assert {DueKind.KEEP_IN_TOUCH, DueKind.DORMANT, DueKind.NEXT_STEP} <= kinds
    order = [(-i.days_late, KIND_ORDER[i.kind]) for i in agenda.due]
    assert order == sorted(order)
    for a, b in zip(agenda.due, agenda.due[1:], strict=False):
        if (a.days_late, a.kind) == (b.days_late, b.kind):
            assert (a.source_id or a.contact_id or 0) < (b.source_id or b.contact_id or 0)


def test_reasons_are_worded_when_read_and_items_compare_as_values() -> None:
    today = date(2026, 11, 28)
    steps = [(901, "Send the deck", today, "2026-11-01 10:00:00", ((1, "N1"), (2, "N2")))]
    agenda = build_agenda(engine_input(today, ReminderSettings(), contacts=people(3), steps=steps))
    step = next(i for i in agenda.due if i.kind is DueKind.NEXT_STEP)
    assert step.reason == "Next step with N1, N2 due today: Send the deck"
    touch = next(i for i in agenda.due if i.key == "touch:1")
    assert "since your last interaction with N1 (every 60 days)" in touch.reason
    # A copy made the ordinary way is equal, hashes alike, and replace() keeps the words.
    same = DueItem(**{name: getattr(touch, name) for name in DueItem.__dataclass_fields__})
    assert same == touch and hash(same) == hash(touch)
    assert replace(touch, title="x").reason == touch.reason
    with pytest.raises(AttributeError):
        touch.colour  # type: ignore[attr-defined]  # noqa: B018


def test_follow_ups_sorted_in_match_a_build_with_them() -> None:
    today = date(2026, 11, 28)
    follow = [
        DueItem(f"intro:{n}", DueKind.INTRO_FOLLOW_UP, today, n, days_late=late, contact_ids=(n,))
        for n, late in ((1, 0), (2, 500), (3, 40), (4, 40), (5, 9999))
    ]
    states = {
        "intro:4": ItemState("intro:4", StateStatus.SNOOZED, today + timedelta(days=1), today)
    }
    base = engine_input(today, ReminderSettings(), contacts=people(120), states=states)
    with_them = build_agenda(replace(base, follow_ups=follow))
    assert with_follow_ups(build_agenda(base), follow, states) == with_them
    assert "intro:4" not in {i.key for i in with_them.due}
    assert with_them.due[0].key == "intro:5"
