"""Each contact's keep-in-touch day, kept in ``contact_touch`` for the agenda.

The local day of a contact's last interaction (else of its creation) depends on the
user's time zone, and the day its touch falls due on the cadences in the settings: SQL
knows neither. Triggers mark a contact stale when anything these depend on changes, and
a new contact has no row yet (migration 5); :func:`bring_up_to_date` works those out
before the agenda reads, and every contact when the zone or the cadences differ from
the ones recorded.
"""

from __future__ import annotations

from collections.abc import Callable, Collection

import peewee as pw

from networking_app.domain.agenda_reads import CategoryRow, DueTouch, TouchRow
from networking_app.storage.inspection import is_busy
from networking_app.storage.models import db
from networking_app.storage.sql import rows

_COLUMNS = "contact_id, due_day, cadence, circle"
_SOURCE = (
    "SELECT c.id, COALESCE(l.occurred_at, c.created_at), l.occurred_at IS NOT NULL,"
    " c.cadence_days, c.circle, c.target_categories, c.archived_at IS NULL"
    " FROM contact c LEFT JOIN contact_last_interaction l ON l.contact_id = c.id"
)


#: How long to wait for another program's write (an import) before working the days
#: out into a copy instead, in milliseconds; the connection's usual wait is put back.
WRITE_WAIT_MS = 150


#: More contacts to work out than this (after an import; ~5 µs each) is "a lot".
A_FEW = 1000


def bring_up_to_date(
    basis: str,
    local_ordinal: Callable[[str], int],
    cadences: dict[str, int],
    only_a_few: bool = False,
) -> int:
    """Work out the days of the stale and new contacts (of every contact when ``basis`` —
    the zone and cadences the days depend on — is not the one recorded). ``local_ordinal``
    gives the local date ordinal of a stored time; ``cadences`` the days by circle.
    Returns how many contacts were worked out (0, and no write, when none needed it, or
    when ``only_a_few`` and more than :data:`A_FEW` do: a GUI thread leaves those to its
    worker).

    When another program holds the write lock (an import, the window's or the command
    line's), the days go into a temporary copy of the table for this connection, which
    its reads then see, instead of waiting: the agenda is right at once, and the next
    call writes them.
    """
    db.execute_sql("DROP TABLE IF EXISTS temp.contact_touch")  # a previous call's copy
    needed = _needed(basis)
    if not needed or (only_a_few and needed > A_FEW):
        return 0
    (wait,) = rows("PRAGMA busy_timeout")[0]
    db.execute_sql(f"PRAGMA busy_timeout = {WRITE_WAIT_MS}")
    try:
        # IMMEDIATE: the write lock first, so what is read next is what another program
        # (the window, the command line) last committed, and decided afresh under it.
        with db.atomic("IMMEDIATE"):
            return _work_out(basis, local_ordinal, cadences, "main")
    except pw.OperationalError as exc:
        if not is_busy(exc):
            raise
    finally:
        db.execute_sql(f"PRAGMA busy_timeout = {int(wait)}")
    columns = "contact_id, base_day, has_last, cadence, circle, categories, live"
    db.execute_sql(
        "CREATE TEMP TABLE contact_touch (contact_id INTEGER PRIMARY KEY, base_day INTEGER,"
        " has_last INTEGER, cadence INTEGER,"
        " due_day INTEGER GENERATED ALWAYS AS (base_day + cadence) VIRTUAL,"
        " circle TEXT, categories TEXT, live INTEGER)"
    )
    db.execute_sql(
        f"INSERT INTO temp.contact_touch ({columns}) SELECT {columns} FROM main.contact_touch"
    )
    return _work_out(basis, local_ordinal, cadences, "temp")


def _needed(basis: str) -> int:
    """About how many contacts to work out: all of them when the zone or cadences changed,
    else the new ones and the stale ones (microseconds: every contact has a row, the
    trigger deleting a deleted contact's, so fewer rows than contacts means new ones)."""
    recorded = rows("SELECT basis FROM contact_touch_basis")
    everyone, new, stale = rows(
        "SELECT (SELECT COUNT(*) FROM contact), (SELECT COUNT(*) FROM contact) -"
        " (SELECT COUNT(*) FROM contact_touch), (SELECT COUNT(*) FROM contact_touch_stale)"
    )[0]
    if not recorded or recorded[0][0] != basis:
        return int(everyone) or 1  # (1: the basis is recorded even with no contacts yet)
    return int(new) + int(stale)


def _work_out(
    basis: str,
    local_ordinal: Callable[[str], int],
    cadences: dict[str, int],
    into: str,
    everyone: bool = False,
) -> int:
    """Work the rows out into ``into`` ("main", or "temp" for a copy nobody else sees):
    those of ``everyone``, else of the stale and new contacts (all of them when the
    basis changed)."""
    table = f"{into}.contact_touch"
    recorded = rows("SELECT basis FROM contact_touch_basis")
    everyone = everyone or not recorded or recorded[0][0] != basis
    if everyone:
        db.execute_sql(f"DELETE FROM {table}")
        found = rows(_SOURCE)
    else:
        # Stale ones, and new ones (without a row: fewer rows than contacts).
        new = rows(f"SELECT (SELECT COUNT(*) FROM contact) > (SELECT COUNT(*) FROM {table})")
        ids = [r[0] for r in rows("SELECT contact_id FROM contact_touch_stale")]
        if new[0][0]:
            ids += [
                r[0]
                for r in rows(
                    f"SELECT id FROM contact WHERE id NOT IN (SELECT contact_id FROM {table})"
                )
            ]
        if not ids:
            return 0
        if len(ids) > 20_000:  # an import's worth: every contact at once, in one scan
            return _work_out(basis, local_ordinal, cadences, into, everyone=True)
        marks = ",".join("?" * len(ids))
        db.execute_sql(f"DELETE FROM {table} WHERE contact_id IN ({marks})", ids)
        found = rows(f"{_SOURCE} WHERE c.id IN ({marks})", ids)
    db.cursor().executemany(
        f"INSERT INTO {table} (contact_id, base_day, has_last, cadence, circle, categories,"
        " live) VALUES (?, ?, ?, ?, ?, ?, ?)",
        [
            (cid, local_ordinal(at), last, override or cadences.get(circle), circle, cats, live)
            for cid, at, last, override, circle, cats, live in found
        ],
    )
    if into == "main":
        db.execute_sql("DELETE FROM contact_touch_stale")
        if everyone:
            db.execute_sql("DELETE FROM contact_touch_basis")
            db.execute_sql("INSERT INTO contact_touch_basis (basis) VALUES (?)", (basis,))
    return len(found)


def due_by(day_ordinal: int, dormant: bool | None = None) -> list[DueTouch]:
    """Contacts (not in the trash) whose touch falls due on or before the date ordinal
    ``day_ordinal``, most late first (then by id): only those more than their cadence
    late then (dormant True), or only the others (False)."""
    split = {None: "", True: " AND ? - due_day > cadence", False: " AND ? - due_day <= cadence"}
    return rows(
        "SELECT contact_id, due_day, cadence, has_last FROM contact_touch"
        f" WHERE live AND cadence IS NOT NULL AND due_day <= ?{split[dormant]}"
        " ORDER BY due_day, contact_id",
        (day_ordinal,) if dormant is None else (day_ordinal, day_ordinal),
    )


def ranked_late(
    monday: int, cap: float, weak_points: float, skip: int, count: int
) -> list[TouchRow]:
    """``count`` contacts (after the first ``skip``) late on the date ordinal ``monday``,
    not to meet, in the order the week's ritual ranks those with nothing but lateness
    (see ``domain.ritual``): days late ÷ cadence capped at ``cap``, plus ``weak_points``
    for a weak tie over one cadence late; then the longest silence, then the lowest id.
    Sorted in SQL: thousands are late, the ritual looks at a handful."""
    return rows(
        f"SELECT {_COLUMNS} FROM contact_touch"
        " WHERE live AND cadence IS NOT NULL AND due_day < ? AND circle <> 'target'"
        " ORDER BY MIN((? - due_day) * 1.0 / cadence, ?)"
        " + CASE WHEN circle = 'weak' AND ? - due_day > cadence THEN ? ELSE 0.0 END"
        " DESC, due_day - cadence, contact_id LIMIT ? OFFSET ?",
        (monday, monday, cap, monday, weak_points, count, skip),
    )


def of_contacts(ids: Collection[int]) -> list[TouchRow]:
    """The rows of ``ids`` (those not in the trash and with a cadence)."""
    if not ids:
        return []
    return rows(
        f"SELECT {_COLUMNS} FROM contact_touch WHERE live AND cadence IS NOT NULL"
        f" AND contact_id IN ({','.join('?' * len(ids))})",
        list(ids),
    )


def category_counts(since_ordinal: int) -> list[tuple[str, int, int]]:
    """(categories as stored, people, people with an interaction on or after the date
    ordinal ``since_ordinal``) for each set of target categories (not in the trash)."""
    return rows(
        "SELECT categories, COUNT(*), SUM(has_last AND base_day >= ?) FROM contact_touch"
        " WHERE live AND categories <> '' GROUP BY categories",
        (since_ordinal,),
    )


def in_categories(categories: Collection[str]) -> list[CategoryRow]:
    """Every contact (not in the trash) in one of ``categories``, by id."""
    if not categories:
        return []
    terms = " OR ".join("instr(',' || categories || ',', ?) > 0" for _ in categories)
    return rows(
        "SELECT contact_id, categories, base_day, has_last, cadence, circle FROM contact_touch"
        f" WHERE live AND categories <> '' AND ({terms}) ORDER BY contact_id",
        [f",{category}," for category in categories],
    )
