"""What the reminder engine reads, and what the user did about reminders.

Reads return plain rows or domain dataclasses; the engine's rules live in
:mod:`networking_app.domain.reminders`.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Iterable, Sequence
from datetime import date, datetime, time
from typing import Any

from networking_app.domain.agenda_reads import BirthdayRow, StepEntry
from networking_app.domain.contacts import display_name
from networking_app.domain.reminders import (
    CustomReminder,
    ItemState,
    LifeEventRow,
    ReminderSettings,
    StateStatus,
)
from networking_app.domain.vocabulary import Circle, LifeEventKind
from networking_app.storage import touch_days
from networking_app.storage.models import (
    CustomReminder as CustomReminderRow,
)
from networking_app.storage.models import (
    LifeEvent,
    ReminderNotice,
    ReminderState,
    db,
)
from networking_app.storage.settings import cadence_days, get_setting, set_setting
from networking_app.storage.sql import rows

# -- what the engine reads ---------------------------------------------------------------------

LAST_INTERACTIONS_SQL = "SELECT contact_id, occurred_at FROM contact_last_interaction"


def last_interactions() -> list[tuple[int, str]]:
    """(contact id, latest interaction as stored) for every contact with one."""
    return [(r[0], r[1]) for r in rows(LAST_INTERACTIONS_SQL)]


#: ``domain.contacts.display_name`` in SQL (names are stored stripped): 30,000 names are
#: then one column made in C instead of three columns joined in Python.
NAME_SQL = (
    "CASE WHEN c.given_name <> '' AND c.family_name <> ''"
    " THEN c.given_name || ' ' || c.family_name"
    " WHEN c.given_name || c.family_name <> '' THEN c.given_name || c.family_name"
    " ELSE c.nickname END"
)


def birthdays_on(
    days: Collection[tuple[int, int]] | None, also: Collection[int] = ()
) -> list[BirthdayRow]:
    """Contacts (not in the trash) whose birthday field falls on one of ``days``
    ((month, day) pairs; None: any day), and those of ``also`` with one, by id."""
    terms, params = [], []
    if days is None:
        terms.append("1")
    else:
        by_month: dict[int, list[int]] = {}
        for month, day in days:
            by_month.setdefault(month, []).append(day)
        for month, month_days in sorted(by_month.items()):
            terms.append(
                f"(birthday_month = ? AND birthday_day IN ({','.join('?' * len(month_days))}))"
            )
            params += [month, *sorted(month_days)]
    if also:
        terms.append(f"c.id IN ({','.join('?' * len(also))})")
        params += list(also)
    if not terms:
        return []
    return rows(
        f"SELECT c.id, {NAME_SQL}, birthday_month, birthday_day, birthday_year FROM contact c"
        f" WHERE birthday_month IS NOT NULL AND birthday_day IS NOT NULL"
        f" AND +archived_at IS NULL AND ({' OR '.join(terms)}) ORDER BY c.id",
        params,
    )


def names(ids: Collection[int]) -> dict[int, str]:
    """The display names of ``ids``."""
    if not ids:
        return {}
    return dict(
        rows(
            f"SELECT c.id, {NAME_SQL} FROM contact c WHERE c.id IN ({','.join('?' * len(ids))})",
            list(ids),
        )
    )


#: The keep-in-touch rows (see storage.touch_days).
touches_due_by = touch_days.due_by
ranked_late = touch_days.ranked_late
touches_of = touch_days.of_contacts
category_counts = touch_days.category_counts
in_categories = touch_days.in_categories


def touch_days_up_to_date(
    basis: str,
    local_ordinal: Callable[[str], int],
    cadences: dict[str, int],
    only_a_few: bool = False,
) -> int:
    return touch_days.bring_up_to_date(basis, local_ordinal, cadences, only_a_few)


def life_events() -> list[LifeEventRow]:
    """The recorded life events of contacts not in the trash (birthdays are contact fields)."""
    found = []
    for eid, cid, kind, day, yearly, note, created, name in rows(
        "SELECT e.id, e.contact_id, e.kind, e.date, e.yearly, e.note, e.created_at,"
        f" {NAME_SQL} FROM life_event e"
        " CROSS JOIN contact c ON c.id = e.contact_id WHERE +c.archived_at IS NULL"
        " ORDER BY e.id"
    ):
        kind = LifeEventKind(kind) if kind in LifeEventKind._value2member_map_ else None
        found.append(
            LifeEventRow(
                contact_id=cid,
                contact_name=name,
                kind=kind or LifeEventKind.OTHER,
                day=date.fromisoformat(day[:10]),
                yearly=bool(yearly),
                note=note,
                id=eid,
                recorded=date.fromisoformat(created[:10]) if created else None,
            )
        )
    return found


def open_steps() -> list[StepEntry]:
    """Open next steps with someone not in the trash: dated ones first (by due day), then
    by the day of their meeting."""
    # The meeting's time only where it gives the day (undated steps): fewer strings made.
    columns = (
        "i.id, CAST(julianday(i.next_step_due) - 1721424.5 AS INTEGER),"
        " CASE WHEN i.next_step_due IS NULL THEN i.occurred_at END"
    )
    where = "i.next_step <> '' AND i.next_step_done_at IS NULL"
    # In the order of their index (due day, meeting, id): no sort.
    found = rows(
        f"SELECT {columns} FROM interaction i WHERE {where} AND i.next_step_due IS NOT NULL"
        " ORDER BY i.next_step_due, i.occurred_at, i.id"
    ) + rows(
        f"SELECT {columns} FROM interaction i WHERE {where} AND i.next_step_due IS NULL"
        " ORDER BY i.occurred_at, i.id"
    )
    # Left out: those with people all in the trash (the few meetings of someone in the
    # trash are looked at), and those left with nobody, their people purged.
    gone = {
        r[0]
        for r in rows(
            "SELECT p.interaction_id FROM contact c"
            " CROSS JOIN interaction_participant p ON p.contact_id = c.id"
            " WHERE c.archived_at IS NOT NULL AND NOT EXISTS ("
            "  SELECT 1 FROM interaction_participant q CROSS JOIN contact d ON d.id = q.contact_id"
            "  WHERE q.interaction_id = p.interaction_id AND d.archived_at IS NULL)"
            " UNION SELECT u.interaction_id FROM interaction_unlinked u WHERE NOT EXISTS"
            "  (SELECT 1 FROM interaction_participant q WHERE q.interaction_id = u.interaction_id)"
        )
    }
    return [row for row in found if row[0] not in gone] if gone else found


def step_details(ids: Sequence[int]) -> dict[int, tuple[str, tuple[tuple[int, str], ...]]]:
    """By interaction: its next step's text and the people concerned (not in the trash),
    by name."""
    if not ids:
        return {}
    found: dict[int, tuple[str, list[tuple[int, str]]]] = {}
    for iid, text, cid, name in rows(
        f"SELECT i.id, i.next_step, c.id, {NAME_SQL} FROM interaction i"
        " CROSS JOIN interaction_participant p ON p.interaction_id = i.id"
        " CROSS JOIN contact c ON c.id = p.contact_id"
        f" WHERE i.id IN ({','.join('?' * len(ids))}) AND +c.archived_at IS NULL"
        " ORDER BY i.id, c.given_name, c.family_name",
        list(ids),
    ):
        found.setdefault(iid, (text, []))[1].append((cid, name))
    return {iid: (text, tuple(people)) for iid, (text, people) in found.items()}


def custom_reminders() -> list[CustomReminder]:
    found = []
    for rid, text, first, repeat, cid, g, f, n in rows(
        "SELECT r.id, r.text, r.first_day, r.repeat_days, c.id, c.given_name, c.family_name,"
        " c.nickname FROM custom_reminder r LEFT JOIN contact c ON c.id = r.contact_id"
        " WHERE c.id IS NULL OR c.archived_at IS NULL ORDER BY r.first_day, r.id"
    ):
        name = display_name(g, f, n) if cid is not None else ""
        found.append(CustomReminder(rid, text, date.fromisoformat(first), repeat, cid, name))
    return found


def contacted_between(start: datetime, end: datetime) -> list[int]:
    """Different contacts (not in the trash) with an interaction in [start, end) (stored UTC)."""
    return [
        r[0]
        for r in rows(
            "SELECT DISTINCT p.contact_id FROM interaction i"
            # CROSS JOIN keeps this order: the week's interactions first (indexed by date).
            " CROSS JOIN interaction_participant p ON p.interaction_id = i.id"
            " CROSS JOIN contact c ON c.id = p.contact_id"
            " WHERE i.occurred_at >= ? AND i.occurred_at < ? AND c.archived_at IS NULL"
            " ORDER BY p.contact_id",
            (str(start), str(end)),
        )
    ]


def engaged(ids: Sequence[int]) -> set[int]:
    """Of ``ids``, who ever reached out, met mutually, or answered your outreach."""
    if not ids:
        return set()
    return {
        r[0]
        for r in rows(
            "SELECT DISTINCT p.contact_id FROM interaction_participant p"
            " JOIN interaction i ON i.id = p.interaction_id"
            f" WHERE p.contact_id IN ({','.join('?' * len(ids))})"
            " AND (i.direction <> 'outreach' OR i.response_state = 'answered')",
            list(ids),
        )
    }


def data_version() -> tuple[Any, int, int]:
    """What moves whenever the data may have changed, cheaply (microseconds).

    This thread's connection (peewee gives each thread its own), the rows it inserted,
    updated or deleted so far (``total_changes``, triggers' changes included; never goes
    back, even on a rollback), and ``PRAGMA data_version``, which moves when another
    connection — another thread, the command line, a restore — commits.
    """
    connection = db.connection()
    version = connection.execute("PRAGMA data_version").fetchone()[0]
    return connection, int(connection.total_changes), int(version)


def in_transaction() -> bool:
    """Whether this thread's connection is inside a transaction (its changes may still be
    rolled back, so nothing read now may be remembered as the committed data)."""
    return bool(db.connection().in_transaction)


# -- states ------------------------------------------------------------------------------------


def _day(text: str | None) -> date | None:
    return date.fromisoformat(text[:10]) if text else None


def states() -> dict[str, ItemState]:
    """Every recorded state, by key."""
    return {
        key: ItemState(key, StateStatus(status), _day(until), _day(cycle), logged, closed)
        for key, status, until, cycle, logged, closed in rows(
            "SELECT key, status, until, cycle, logged_interaction_id, closed_step_id"
            " FROM reminder_state"
        )
    }


def hidden_touches(ids: Sequence[int] | None = None) -> dict[int, ItemState]:
    """By contact (only ``ids`` when given), the keep-in-touch reminders the user snoozed
    or skipped: a few rows, whatever the number of contacts."""
    where = f" AND contact_id IN ({','.join('?' * len(ids))})" if ids is not None else ""
    found = {}
    for key, status, until, cycle in rows(
        "SELECT key, status, until, cycle FROM reminder_state"
        f" WHERE key LIKE 'touch:%' AND status IN ('snoozed', 'skipped'){where}",
        list(ids or ()),
    ):
        if key[6:].isdigit():
            found[int(key[6:])] = ItemState(key, StateStatus(status), _day(until), _day(cycle))
    return found


def state(key: str) -> ItemState:
    """The state of ``key`` (an empty one when the user did nothing about it)."""
    found = rows(
        "SELECT status, until, cycle, logged_interaction_id, closed_step_id"
        " FROM reminder_state WHERE key = ?",
        (key,),
    )
    if not found:
        return ItemState(key)
    status, until, cycle, logged, closed = found[0]
    return ItemState(key, StateStatus(status), _day(until), _day(cycle), logged, closed)


def put_state(item_state: ItemState, contact_id: int | None, now: datetime) -> None:
    """Record ``item_state``; a state without status removes the record."""
    if item_state.status is None:
        ReminderState.delete().where(ReminderState.key == item_state.key).execute()
        return
    exists = contact_id is not None and rows("SELECT 1 FROM contact WHERE id = ?", (contact_id,))
    ReminderState.replace(
        key=item_state.key,
        status=item_state.status.value,
        until=item_state.until,
        cycle=item_state.cycle,
        contact=contact_id if exists else None,
        logged_interaction_id=item_state.logged_interaction_id,
        closed_step_id=item_state.closed_step_id,
        at=now,
    ).execute()


# -- notifications -----------------------------------------------------------------------------


def notified_on(day: date) -> set[str]:
    return {r[0] for r in rows("SELECT key FROM reminder_notice WHERE day = ?", (str(day),))}


def record_notices(keys: Iterable[str], day: date, now: datetime) -> None:
    """Remember that ``keys`` were notified on ``day``; forget notices older than a week."""
    with db.atomic():
        rows_in = [{"key": key, "day": day, "at": now} for key in keys]
        for start in range(0, len(rows_in), 500):  # 20,000 at the daily time: in batches
            ReminderNotice.insert_many(rows_in[start : start + 500]).on_conflict_ignore().execute()
        ReminderNotice.delete().where(
            ReminderNotice.day < date.fromordinal(day.toordinal() - 7)
        ).execute()


# -- custom reminders and life events ---------------------------------------------------------


def add_custom(
    contact_id: int | None, text: str, first: date, repeat_days: int | None, now: datetime
) -> int:
    return int(
        CustomReminderRow.insert(
            contact=contact_id,
            text=text.strip(),
            first_day=first,
            repeat_days=repeat_days or None,
            created_at=now,
        ).execute()
    )


def delete_custom(reminder_id: int) -> None:
    CustomReminderRow.delete().where(CustomReminderRow.id == reminder_id).execute()


def add_life_event(
    contact_id: int, kind: LifeEventKind, day: date, note: str, yearly: bool, now: datetime
) -> int:
    return int(
        LifeEvent.insert(
            contact=contact_id,
            kind=kind.value,
            date=day,
            yearly=yearly,
            note=note.strip(),
            created_at=now,
        ).execute()
    )


def delete_life_event(event_id: int) -> None:
    LifeEvent.delete().where(LifeEvent.id == event_id).execute()


# -- settings ----------------------------------------------------------------------------------


def _time(value: Any, default: time | None) -> time | None:
    try:
        return time.fromisoformat(value) if isinstance(value, str) else default
    except ValueError:
        return default


def load_settings() -> ReminderSettings:
    defaults = ReminderSettings()
    cadences = {c: days for c in Circle if (days := cadence_days(c)) is not None}
    quiet = get_setting("reminders.quiet_hours", "default")
    if quiet == "default":
        quiet_start, quiet_end = defaults.quiet_start, defaults.quiet_end
    elif isinstance(quiet, list) and len(quiet) == 2:
        quiet_start, quiet_end = _time(quiet[0], None), _time(quiet[1], None)
    else:
        quiet_start = quiet_end = None
    paused = get_setting("reminders.paused_until")
    try:
        paused_until = datetime.fromisoformat(paused) if isinstance(paused, str) else None
    except ValueError:
        paused_until = None
    notice = get_setting("reminders.notice_days", defaults.advance_notice_days)
    target = get_setting("reminders.ritual_target", defaults.ritual_target)
    return ReminderSettings(
        cadences=cadences,
        daily_time=_time(get_setting("reminders.daily_time"), None) or defaults.daily_time,
        quiet_start=quiet_start,
        quiet_end=quiet_end,
        advance_notice_days=notice if isinstance(notice, int) and notice >= 0 else 1,
        ritual_target=target if isinstance(target, int) and target > 0 else 3,
        paused_until=paused_until if paused_until and paused_until.tzinfo else None,
    )


def save_settings(settings: ReminderSettings) -> None:
    with db.atomic():
        for circle, days in settings.cadences.items():
            if circle is not Circle.TARGET:
                set_setting(f"cadence.{circle.value}", int(days))
        set_setting("reminders.daily_time", settings.daily_time.strftime("%H:%M"))
        quiet = (
            [settings.quiet_start.strftime("%H:%M"), settings.quiet_end.strftime("%H:%M")]
            if settings.quiet_start is not None and settings.quiet_end is not None
            else None
        )
        set_setting("reminders.quiet_hours", quiet)
        set_setting("reminders.notice_days", int(settings.advance_notice_days))
        set_setting("reminders.ritual_target", int(settings.ritual_target))
        paused = settings.paused_until
        set_setting("reminders.paused_until", paused.isoformat() if paused else None)
