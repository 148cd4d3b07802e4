"""The reminder engine over a real database, travelling in time with the clock."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest

from networking_app.domain.interactions import InteractionDraft
from networking_app.domain.reminders import DueItem, DueKind, Reconnect, StateStatus
from networking_app.domain.vocabulary import Circle, Direction, LifeEventKind, ResponseState
from networking_app.paths import AppPaths
from networking_app.services.clock import Clock
from networking_app.services.reminders import Reminders
from networking_app.storage.interactions import load_interaction, save_interaction
from networking_app.storage.models import Contact, Interaction

PARIS = ZoneInfo("Europe/Paris")


@pytest.fixture
def clock() -> Clock:
    return Clock(fixed=datetime(2026, 11, 28, 10, 0), zone=PARIS)


@pytest.fixture
def reminders(database: AppPaths, clock: Clock) -> Reminders:
    return Reminders(clock)


def person(
    name: str,
    circle: Circle = Circle.CLOSE,
    added: datetime = datetime(2024, 1, 1),
    **fields: object,
) -> int:
    return int(Contact.create(given_name=name, circle=circle.value, created_at=added, **fields).id)


def meet(clock: Clock, local: datetime, *ids: int, **fields: object) -> int:
    """Log an interaction at the local time ``local`` (stored in UTC, as the app does)."""
    draft = InteractionDraft(contact_ids=ids, occurred_at=clock.to_utc(local), **fields)  # type: ignore[arg-type]
    return save_interaction(draft, clock.now())


def travel(clock: Clock, day: date, at: time = time(10, 0)) -> None:
    clock.fixed = datetime.combine(day, at)


def due(reminders: Reminders, key: str) -> DueItem | None:
    return next((item for item in reminders.agenda().due if item.key == key), None)


# -- keep in touch ---------------------------------------------------------------------------


def test_cadence_counts_from_the_back_dated_event_not_from_when_it_was_typed(
    reminders: Reminders, clock: Clock
) -> None:
    ana = person("Ana")  # close circle: every 21 days
    meet(clock, datetime(2026, 11, 1, 18, 0), ana)  # typed today, happened on 1 November
    travel(clock, date(2026, 11, 21))
    assert due(reminders, f"touch:{ana}") is None
    travel(clock, date(2026, 11, 22))
    item = due(reminders, f"touch:{ana}")
    assert item is not None and item.kind is DueKind.KEEP_IN_TOUCH
    assert (item.due, item.days_late, item.cadence_days) == (date(2026, 11, 22), 0, 21)
    assert item.last_interaction == date(2026, 11, 1)
    assert "21 days since your last interaction with Ana" in item.reason


def test_a_contact_never_met_counts_from_when_they_were_added_and_override_wins(
    reminders: Reminders, clock: Clock
) -> None:
    bo = person("Bo", Circle.WEAK, added=datetime(2026, 11, 1, 9), cadence_days=10)
    travel(clock, date(2026, 11, 11))
    item = due(reminders, f"touch:{bo}")
    assert item is not None and item.last_interaction is None and item.cadence_days == 10


def test_dormant_is_beyond_twice_the_cadence(reminders: Reminders, clock: Clock) -> None:
    cy = person("Cy", Circle.EXTENDED)  # 60 days
    meet(clock, datetime(2026, 1, 1, 12), cy, direction=Direction.INBOUND)
    travel(clock, date(2026, 1, 1) + timedelta(days=120))
    item = due(reminders, f"touch:{cy}")
    assert item is not None and item.kind is DueKind.KEEP_IN_TOUCH
    travel(clock, date(2026, 1, 1) + timedelta(days=121))
    item = due(reminders, f"touch:{cy}")
    assert item is not None and item.kind is DueKind.DORMANT
    assert set(item.reconnect) == set(Reconnect)
    assert [d.key for d in reminders.agenda().dormant] == [f"touch:{cy}"]


def test_a_dormant_tie_with_fresh_news_is_offered_to_react_first(
    reminders: Reminders, clock: Clock
) -> None:
    di = person("Di", Circle.WEAK)
    meet(clock, datetime(2025, 1, 1, 12), di)
    reminders.add_life_event(di, LifeEventKind.NEW_JOB, date(2026, 11, 20), "Head of Data")
    item = due(reminders, f"touch:{di}")
    assert item is not None and item.reconnect[0] is Reconnect.REACT


def test_the_last_interaction_day_is_the_local_one_and_follows_a_time_zone_change(
    reminders: Reminders, clock: Clock
) -> None:
    ed = person("Ed")
    # 23:30 in Paris on 1 November is 22:30 UTC the same day, but 07:30 on 2 November in Tokyo.
    meet(clock, datetime(2026, 11, 1, 23, 30), ed)
    travel(clock, date(2026, 11, 22))
    item = due(reminders, f"touch:{ed}")
    assert item is not None and item.last_interaction == date(2026, 11, 1)
    clock.zone = ZoneInfo("Asia/Tokyo")
    assert due(reminders, f"touch:{ed}") is None  # now counted from 2 November
    travel(clock, date(2026, 11, 23))
    item = due(reminders, f"touch:{ed}")
    assert item is not None and item.last_interaction == date(2026, 11, 2)


def test_a_dst_change_does_not_move_the_due_date(reminders: Reminders, clock: Clock) -> None:
    fay = person("Fay")
    # Paris leaves winter time on 29 March 2026 at 02:00: that day has 23 hours.
    meet(clock, datetime(2026, 3, 28, 23, 30), fay)  # 22:30 UTC
    travel(clock, date(2026, 4, 18), time(0, 5))
    item = due(reminders, f"touch:{fay}")
    assert item is not None and item.due == date(2026, 4, 18)
    assert item.last_interaction == date(2026, 3, 28)
    # And back to winter time on 25 October 2026 (a 25-hour day).
    meet(clock, datetime(2026, 10, 25, 0, 30), fay)  # 22:30 UTC on the 24th
    travel(clock, date(2026, 11, 15), time(0, 5))
    item = due(reminders, f"touch:{fay}")
    assert item is not None and item.last_interaction == date(2026, 10, 25)


# -- done, snooze, skip, and undo ---------------------------------------------------------------


def test_done_logs_a_touch_that_resets_the_cadence_and_undo_takes_it_back(
    reminders: Reminders, clock: Clock
) -> None:
    gil = person("Gil")
    meet(clock, datetime(2026, 10, 1, 12), gil)
    item = due(reminders, f"touch:{gil}")
    assert item is not None
    before = Interaction.select().count()
    previous = reminders.done(item)
    assert Interaction.select().count() == before + 1
    touch = load_interaction(previous.logged_interaction_id or 0)
    assert touch.contact_ids == (gil,) and touch.direction is Direction.OUTREACH
    assert due(reminders, f"touch:{gil}") is None
    travel(clock, date(2026, 11, 28) + timedelta(days=21))
    assert due(reminders, f"touch:{gil}") is not None  # the new cycle, from today's touch
    travel(clock, date(2026, 11, 28))
    reminders.restore(item, previous)
    assert Interaction.select().count() == before
    assert due(reminders, f"touch:{gil}") is not None


def test_snooze_hides_until_the_chosen_day_and_undo_shows_it_again(
    reminders: Reminders, clock: Clock
) -> None:
    hal = person("Hal")
    meet(clock, datetime(2026, 10, 1, 12), hal)
    item = due(reminders, f"touch:{hal}")
    assert item is not None
    previous = reminders.snooze(item, date(2026, 12, 1))
    assert previous.status is None
    for day in (date(2026, 11, 28), date(2026, 11, 30)):
        travel(clock, day)
        assert due(reminders, f"touch:{hal}") is None
    travel(clock, date(2026, 12, 1))
    assert due(reminders, f"touch:{hal}") is not None
    travel(clock, date(2026, 11, 28))
    reminders.restore(item, previous)
    assert due(reminders, f"touch:{hal}") is not None


def test_skip_a_keep_in_touch_waits_one_cadence_and_a_new_touch_starts_afresh(
    reminders: Reminders, clock: Clock
) -> None:
    ivy = person("Ivy")
    meet(clock, datetime(2026, 10, 1, 12), ivy)
    item = due(reminders, f"touch:{ivy}")
    assert item is not None
    reminders.skip(item)
    travel(clock, date(2026, 11, 28) + timedelta(days=20))
    assert due(reminders, f"touch:{ivy}") is None
    travel(clock, date(2026, 11, 28) + timedelta(days=21))
    assert due(reminders, f"touch:{ivy}") is not None
    # A skipped cycle never hides the next one: touch, then 21 days later it is due.
    travel(clock, date(2026, 11, 28))
    reminders.skip(item)
    meet(clock, datetime(2026, 11, 28, 9), ivy)
    travel(clock, date(2026, 12, 19))
    assert due(reminders, f"touch:{ivy}") is not None


def test_next_step_done_closes_it_without_logging_and_undo_reopens_it(
    reminders: Reminders, clock: Clock
) -> None:
    jo = person("Jo")
    step = meet(
        clock,
        datetime(2026, 11, 20, 12),
        jo,
        next_step="Send the deck",
        next_step_due=date(2026, 11, 27),
    )
    item = due(reminders, f"step:{step}")
    assert item is not None and item.title == "Send the deck" and item.days_late == 1
    count = Interaction.select().count()
    previous = reminders.done(item)
    assert load_interaction(step).next_step_done_at is not None
    assert Interaction.select().count() == count
    assert due(reminders, f"step:{step}") is None
    reminders.restore(item, previous)
    assert load_interaction(step).next_step_done_at is None
    assert due(reminders, f"step:{step}") is not None


def test_a_snoozed_next_step_leaves_the_open_steps_until_its_day_comes(
    reminders: Reminders, clock: Clock
) -> None:
    jo = person("Jo")
    step = meet(clock, datetime(2026, 11, 20, 12), jo, next_step="Send the deck",
                next_step_due=date(2026, 11, 27))  # fmt: skip
    key = f"step:{step}"
    item = due(reminders, key)
    assert item is not None
    previous = reminders.snooze(item, date(2026, 12, 1))
    assert due(reminders, key) is None
    assert key not in {i.key for i in reminders.agenda().next_steps}
    travel(clock, date(2026, 12, 1))
    assert due(reminders, key) is not None
    assert key in {i.key for i in reminders.agenda().next_steps}
    travel(clock, date(2026, 11, 28))
    reminders.restore(item, previous)
    assert key in {i.key for i in reminders.agenda().next_steps}


def test_snooze_all_until_tomorrow(reminders: Reminders, clock: Clock) -> None:
    for name in ("Kim", "Lou"):
        meet(clock, datetime(2026, 9, 1, 12), person(name))
    undo = reminders.snooze_all(date(2026, 11, 29))
    assert len(undo) == 2 and not reminders.agenda().due
    travel(clock, date(2026, 11, 29))
    assert len(reminders.agenda().due) == 2


# -- life events, birthdays, custom reminders ---------------------------------------------------


def test_29_february_birthdays_fall_on_28_february_in_other_years(
    reminders: Reminders, clock: Clock
) -> None:
    max_ = person("Max", birthday_month=2, birthday_day=29, birthday_year=1988)
    meet(clock, datetime(2027, 2, 1, 12), max_)  # keep the cadence quiet
    reminders.save_settings(reminders.settings().__class__(advance_notice_days=0))
    travel(clock, date(2027, 2, 28))
    item = due(reminders, f"birthday:{max_}:2027")
    assert item is not None and item.due == date(2027, 2, 28) and item.days_late == 0
    assert "39 years" in item.reason
    travel(clock, date(2028, 2, 28))
    assert due(reminders, f"birthday:{max_}:2028") is None  # 2028 is a leap year
    travel(clock, date(2028, 2, 29))
    assert due(reminders, f"birthday:{max_}:2028") is not None


def test_a_birthday_both_recorded_and_in_the_contact_fields_is_reminded_once(
    reminders: Reminders, clock: Clock
) -> None:
    ren = person("Ren", birthday_month=11, birthday_day=28)
    meet(clock, datetime(2026, 11, 27, 12), ren)
    reminders.add_life_event(ren, LifeEventKind.BIRTHDAY, date(1990, 11, 28))
    births = [i for i in reminders.agenda().due if i.kind is DueKind.LIFE_EVENT]
    assert [i.key for i in births] == [f"birthday:{ren}:2026"]
    reminders.add_life_event(ren, LifeEventKind.BIRTHDAY, date(1990, 11, 29))  # another day
    assert len([i for i in reminders.agenda().due if i.kind is DueKind.LIFE_EVENT]) == 2


def test_birthday_notice_belated_days_and_done_this_year_only(
    reminders: Reminders, clock: Clock
) -> None:
    nia = person("Nia", birthday_month=1, birthday_day=2)
    meet(clock, datetime(2026, 12, 20, 12), nia)
    settings = reminders.settings()
    from dataclasses import replace

    reminders.save_settings(replace(settings, advance_notice_days=7))
    travel(clock, date(2026, 12, 25))
    assert due(reminders, f"birthday:{nia}:2027") is None
    travel(clock, date(2026, 12, 26))  # seven days ahead, across the new year
    item = due(reminders, f"birthday:{nia}:2027")
    assert item is not None and item.days_late == -7
    travel(clock, date(2027, 1, 5))  # three days belated: still kind
    assert due(reminders, f"birthday:{nia}:2027") is not None
    travel(clock, date(2027, 1, 6))
    assert due(reminders, f"birthday:{nia}:2027") is None
    travel(clock, date(2027, 1, 2))
    item = due(reminders, f"birthday:{nia}:2027")
    assert item is not None
    reminders.done(item)
    assert due(reminders, f"birthday:{nia}:2027") is None
    travel(clock, date(2028, 1, 1))
    assert due(reminders, f"birthday:{nia}:2028") is not None


def test_a_new_job_is_a_one_off_prompt_that_goes_stale(reminders: Reminders, clock: Clock) -> None:
    oz = person("Oz")
    meet(clock, datetime(2026, 11, 27, 12), oz)
    event = reminders.add_life_event(oz, LifeEventKind.NEW_JOB, date(2026, 11, 29), "CTO")
    item = due(reminders, f"event:{event}")
    assert item is not None and item.days_late == -1 and item.title == "CTO"
    assert "congratulate Oz" in item.reason
    assert [e.key for e in reminders.agenda().upcoming_events] == [f"event:{event}"]
    travel(clock, date(2026, 11, 29) + timedelta(days=30))
    assert due(reminders, f"event:{event}") is not None
    travel(clock, date(2026, 11, 29) + timedelta(days=31))
    assert due(reminders, f"event:{event}") is None


def test_monthly_custom_reminder_keeps_to_the_month_end(reminders: Reminders, clock: Clock) -> None:
    rid = reminders.add_custom(None, "Review the pipeline", date(2027, 1, 31), 30)
    travel(clock, date(2027, 1, 31))
    item = due(reminders, f"custom:{rid}:2027-01-31")
    assert item is not None and item.title == "Review the pipeline"
    reminders.done(item)
    travel(clock, date(2027, 2, 27))
    assert not [i for i in reminders.agenda().due if i.kind is DueKind.CUSTOM]
    travel(clock, date(2027, 2, 28))
    assert due(reminders, f"custom:{rid}:2027-02-28") is not None
    travel(clock, date(2027, 3, 31))  # unhandled February is superseded by March
    customs = [i.key for i in reminders.agenda().due if i.kind is DueKind.CUSTOM]
    assert customs == [f"custom:{rid}:2027-03-31"]


def test_skipping_a_one_off_drops_it(reminders: Reminders, clock: Clock) -> None:
    rid = reminders.add_custom(person("Pia"), "Call about the offsite", date(2026, 11, 28), None)
    item = due(reminders, f"custom:{rid}:2026-11-28")
    assert item is not None and item.contact_name == "Pia"
    reminders.skip(item)
    travel(clock, date(2027, 6, 1))
    assert due(reminders, f"custom:{rid}:2026-11-28") is None


def test_introduction_follow_ups_come_from_a_provider(reminders: Reminders, clock: Clock) -> None:
    quinn = person("Quinn")
    meet(clock, datetime(2026, 11, 27, 12), quinn)

    def asked_a_week_ago(today: date) -> list[DueItem]:
        return [
            DueItem(
                key="intro:5:asked",
                kind=DueKind.INTRO_FOLLOW_UP,
                due=date(2026, 11, 27),
                contact_id=quinn,
                contact_name="Quinn",
                title="Nudge Quinn about the intro to Dana",
                days_late=(today - date(2026, 11, 27)).days,
                contact_ids=(quinn,),
            )
        ]

    reminders.providers.append(asked_a_week_ago)
    item = due(reminders, "intro:5:asked")
    assert item is not None
    previous = reminders.done(item)
    assert previous.logged_interaction_id is not None
    assert due(reminders, "intro:5:asked") is None


# -- the weekly ritual --------------------------------------------------------------------------


def test_ritual_progress_counts_different_people_in_the_local_iso_week(
    reminders: Reminders, clock: Clock
) -> None:
    rae, sam, tom = person("Rae"), person("Sam"), person("Tom")
    meet(clock, datetime(2026, 11, 22, 23, 30), rae)  # Sunday night: last week
    meet(clock, datetime(2026, 11, 23, 0, 10), sam)  # Monday just after midnight
    meet(clock, datetime(2026, 11, 24, 12), sam, tom)  # Sam again: still one person
    ritual = reminders.agenda().ritual
    assert ritual.week_start == date(2026, 11, 23)
    assert sorted(ritual.contacted) == sorted([sam, tom]) and not ritual.done
    travel(clock, date(2026, 11, 30), time(0, 1))  # a new week starts from nothing
    assert reminders.agenda().ritual.contacted == ()


def test_ritual_suggestions_explain_themselves_and_skip_who_was_contacted(
    reminders: Reminders, clock: Clock
) -> None:
    late = person("Uma")  # close, 21 days
    meet(clock, datetime(2026, 10, 1, 12), late)
    weak = person("Vic", Circle.WEAK)  # a weak tie silent for 400 days, who once answered
    meet(
        clock,
        datetime(2025, 10, 20, 12),
        weak,
        direction=Direction.OUTREACH,
        response_state=ResponseState.ANSWERED,
    )
    # The only potential mentor, not heard from in the last 90 days (yet not overdue).
    mentor = person("Wes", Circle.EXTENDED, target_categories="potential_mentor", cadence_days=365)
    meet(clock, datetime(2026, 6, 1, 12), mentor)
    party = person("Xia", birthday_month=12, birthday_day=1)
    meet(clock, datetime(2026, 11, 10, 12), party)
    done_already = person("Yan")
    meet(clock, datetime(2026, 9, 1, 12), done_already)
    meet(clock, datetime(2026, 11, 24, 12), done_already)
    reminders.save_settings(reminders.settings().__class__(ritual_target=4))
    suggestions = {s.contact_name: s for s in reminders.agenda().ritual.suggestions}
    assert set(suggestions) == {"Uma", "Vic", "Wes", "Xia"}
    assert suggestions["Vic"].why == ("overdue", "dormant_weak_tie")
    assert suggestions["Uma"].why == ("overdue",)
    assert suggestions["Wes"].why == ("neglected_category:potential_mentor",)
    assert suggestions["Xia"].why == ("life_event_soon",)
    ordered = [s.contact_name for s in reminders.agenda().ritual.suggestions]
    assert ordered[0] == "Vic"  # capped overdue (2) + worth reviving (1)


# -- notifications ------------------------------------------------------------------------------


def aware(local: datetime, zone: ZoneInfo = PARIS) -> datetime:
    return local.replace(tzinfo=zone)


def test_notifications_wait_for_the_daily_time_and_never_repeat_on_the_same_day(
    reminders: Reminders, clock: Clock
) -> None:
    zed = person("Zed")
    meet(clock, datetime(2026, 10, 1, 12), zed)
    morning = datetime(2026, 11, 28, 8, 59)
    travel(clock, morning.date(), morning.time())
    assert reminders.to_notify(aware(morning)) == []
    nine = aware(datetime(2026, 11, 28, 9, 0))
    first = reminders.to_notify(nine)
    assert [i.key for i in first] == [f"touch:{zed}"]
    reminders.mark_notified(first, nine)
    assert reminders.to_notify(nine + timedelta(hours=3)) == []
    # An item that becomes due later that day is announced once, on its own.
    amy = person("Amy")
    meet(clock, datetime(2026, 10, 2, 12), amy)
    later = reminders.to_notify(nine + timedelta(hours=4))
    assert [i.key for i in later] == [f"touch:{amy}"]
    reminders.mark_notified(later, nine + timedelta(hours=4))
    assert reminders.to_notify(nine + timedelta(hours=5)) == []
    # The next day, still due: announced again at the daily time.
    travel(clock, date(2026, 11, 29))
    assert len(reminders.to_notify(nine + timedelta(days=1))) == 2


def test_the_same_instant_in_utc_counts_as_the_local_day(
    reminders: Reminders, clock: Clock
) -> None:
    meet(clock, datetime(2026, 10, 1, 12), person("Bea"))
    nine = aware(datetime(2026, 11, 28, 9, 0))
    reminders.mark_notified(reminders.to_notify(nine), nine)
    # 08:30 UTC is 09:30 in Paris, the same local day: nothing new.
    assert reminders.to_notify(datetime(2026, 11, 28, 8, 30, tzinfo=UTC)) == []


def test_quiet_hours_and_pause_hold_notifications_back(reminders: Reminders, clock: Clock) -> None:
    from dataclasses import replace

    meet(clock, datetime(2026, 10, 1, 12), person("Cal"))
    settings = replace(reminders.settings(), quiet_start=time(21, 0), quiet_end=time(10, 0))
    reminders.save_settings(settings)
    assert reminders.to_notify(aware(datetime(2026, 11, 28, 9, 30))) == []
    assert reminders.next_check(aware(datetime(2026, 11, 28, 9, 30))) == datetime(
        2026, 11, 28, 10, 0
    )
    assert len(reminders.to_notify(aware(datetime(2026, 11, 28, 10, 0)))) == 1
    assert reminders.to_notify(aware(datetime(2026, 11, 28, 21, 5))) == []
    paused = replace(settings, paused_until=aware(datetime(2026, 11, 28, 12, 0)))
    reminders.save_settings(paused)
    assert reminders.settings().paused_until == paused.paused_until
    assert reminders.to_notify(aware(datetime(2026, 11, 28, 11, 0))) == []
    assert reminders.to_notify(datetime(2026, 11, 28, 11, 0)) == []  # naive: the user's zone
    assert len(reminders.to_notify(aware(datetime(2026, 11, 28, 12, 0)))) == 1


def test_the_daily_time_holds_on_a_dst_morning(reminders: Reminders, clock: Clock) -> None:
    meet(clock, datetime(2026, 2, 1, 12), person("Dee"))
    travel(clock, date(2026, 3, 29))  # clocks went forward at 02:00 this morning
    # 07:59 UTC is 09:59 summer time in Paris: after the daily time.
    assert len(reminders.to_notify(datetime(2026, 3, 29, 7, 59, tzinfo=UTC))) == 1
    assert reminders.to_notify(datetime(2026, 3, 29, 6, 59, tzinfo=UTC)) == []  # 08:59


def test_a_state_remembers_its_cycle(reminders: Reminders, clock: Clock) -> None:
    eli = person("Eli")
    meet(clock, datetime(2026, 10, 1, 12), eli)
    item = due(reminders, f"touch:{eli}")
    assert item is not None
    reminders.snooze(item, date(2027, 1, 1))
    from networking_app.storage.reminders import state

    saved = state(item.key)
    assert saved.status is StateStatus.SNOOZED and saved.cycle == item.due


def test_the_board_and_the_daily_review_agree_on_the_due_day_near_midnight(
    reminders: Reminders, clock: Clock
) -> None:
    from networking_app.services.contacts import ContactBook

    zoe = person("Zoé")  # close circle: every 21 days
    meet(clock, datetime(2026, 11, 1, 0, 30), zoe)  # 31 October in UTC, 1 November in Paris
    (card,) = ContactBook(clock).cards([zoe])
    assert card.due == date(2026, 11, 22)  # from the local day, as the review counts
    travel(clock, date(2026, 11, 22))
    assert due(reminders, f"touch:{zoe}") is not None
    assert due(reminders, f"touch:{zoe}").days_late == 0  # type: ignore[union-attr]
