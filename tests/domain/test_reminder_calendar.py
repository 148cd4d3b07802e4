"""Calendar rules of the reminder engine: leap years, month ends, local days, quiet hours."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from hypothesis import given
from hypothesis import strategies as st

from networking_app.domain.notifications import SnoozeChoice, in_quiet_hours, snooze_until
from networking_app.domain.recurrence import (
    LocalDays,
    add_months,
    latest_occurrence,
    next_yearly,
    on_year,
)
from networking_app.domain.ritual import Candidate, choose


def test_29_february_outside_leap_years() -> None:
    assert on_year(2, 29, 2027) == date(2027, 2, 28)
    assert on_year(2, 29, 2028) == date(2028, 2, 29)
    assert next_yearly(2, 29, date(2027, 3, 1)) == date(2028, 2, 29)
    assert next_yearly(2, 29, date(2100, 1, 1)) == date(2100, 2, 28)  # not a leap year


def test_months_keep_to_the_month_end_from_their_anchor() -> None:
    assert add_months(date(2027, 1, 31), 1) == date(2027, 2, 28)
    assert add_months(date(2028, 1, 31), 1) == date(2028, 2, 29)
    assert add_months(date(2027, 1, 31), 2) == date(2027, 3, 31)
    assert add_months(date(2026, 12, 15), 1) == date(2027, 1, 15)
    assert latest_occurrence(date(2027, 1, 31), 30, date(2027, 3, 30)) == date(2027, 2, 28)
    assert latest_occurrence(date(2024, 2, 29), 365, date(2025, 3, 1)) == date(2025, 2, 28)
    assert latest_occurrence(date(2026, 11, 2), 7, date(2026, 11, 15)) == date(2026, 11, 9)
    assert latest_occurrence(date(2026, 11, 2), None, date(2026, 11, 1)) is None


ZONES = ["Europe/Paris", "America/New_York", "Asia/Kolkata", "Pacific/Kiritimati",
         "America/St_Johns", "Australia/Lord_Howe", "UTC"]  # fmt: skip


@given(
    st.sampled_from(ZONES),
    st.datetimes(min_value=datetime(2000, 1, 1), max_value=datetime(2040, 1, 1)),
)
def test_local_days_agree_with_a_full_time_zone_conversion(zone: str, stored: datetime) -> None:
    tz = ZoneInfo(zone)
    stored = stored.replace(microsecond=0)

    def to_local(moment: datetime) -> datetime:
        return moment.replace(tzinfo=UTC).astimezone(tz).replace(tzinfo=None)

    assert LocalDays(to_local).day(str(stored)) == to_local(stored).date()


def test_local_days_around_a_dst_change() -> None:
    tz = ZoneInfo("Europe/Paris")

    def to_local(moment: datetime) -> datetime:
        return moment.replace(tzinfo=UTC).astimezone(tz).replace(tzinfo=None)

    days = LocalDays(to_local)
    start = datetime(2026, 3, 28, 20, 0)
    for minutes in range(0, 24 * 60, 7):
        moment = start + timedelta(minutes=minutes)
        assert days.day(str(moment)) == to_local(moment).date(), moment


def test_quiet_hours_across_midnight_and_snooze_choices() -> None:
    assert in_quiet_hours(time(23, 0), time(22, 0), time(8, 0))
    assert in_quiet_hours(time(7, 59), time(22, 0), time(8, 0))
    assert not in_quiet_hours(time(8, 0), time(22, 0), time(8, 0))
    assert in_quiet_hours(time(13, 0), time(12, 0), time(14, 0))
    assert not in_quiet_hours(time(3, 0), None, None)
    assert not in_quiet_hours(time(3, 0), time(8, 0), time(8, 0))
    today = date(2026, 12, 30)
    assert snooze_until(SnoozeChoice.TOMORROW, today) == date(2026, 12, 31)
    assert snooze_until(SnoozeChoice.THREE_DAYS, today) == date(2027, 1, 2)
    assert snooze_until(SnoozeChoice.WEEK, today) == date(2027, 1, 6)


@given(
    st.lists(
        st.tuples(st.floats(0, 4.5), st.integers(0, 900), st.booleans()), min_size=0, max_size=130
    ),
    st.integers(1, 6),
    st.sets(st.integers(0, 129)),
)
def test_choosing_in_batches_gives_the_best_overall(
    raw: list[tuple[float, int, bool]], size: int, engaged: set[int]
) -> None:
    candidates = [
        Candidate(i, f"C{i}", round(base, 2), silent, weak, ("overdue",))
        for i, (base, silent, weak) in enumerate(raw)
    ]
    chosen = choose(candidates, size, lambda ids: engaged & set(ids))
    final = sorted(
        (
            -(c.base + (1.0 if c.dormant_weak and c.contact_id in engaged else 0.0)),
            -c.silent_days,
            c.contact_id,
        )
        for c in candidates
    )
    expected = [cid for score, _, cid in final if score < 0][:size]
    assert [s.contact_id for s in chosen] == expected
