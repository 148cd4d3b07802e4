"""Each contact's keep-in-touch day, kept in ``contact_touch`` for the agenda.

The local day of a contact's last interaction (else of its creation) depends on the
user's time zone, and the day its touch falls due on the cadences in the settings: SQL
knows neither. Triggers mark a contact stale when anything these depend on changes, and
a new contact has no row yet (migration 5); :func:`bring_up_to_date` works those out
before the agenda reads, and every contact when the zone or the cadences differ from
the ones recorded.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Sequence

from networking_app.domain.agenda_reads import CategoryRow, DueTouch, TouchRow
from networking_app.storage.models import db
from networking_app.storage.sql import rows

_COLUMNS = "contact_id, due_day, cadence, circle"
_SOURCE = (
    "SELECT c.id, COALESCE(l.occurred_at, c.created_at), l.occurred_at IS NOT NULL,"
    " c.cadence_days, c.circle, c.target_categories, c.archived_at IS NULL"
    " FROM contact c LEFT JOIN contact_last_interaction l ON l.contact_id = c.id"
)


def bring_up_to_date(
    basis: str, local_ordinal: Callable[[str], int], cadences: dict[str, int]
) -> int:
    """Work out the days of the stale contacts (of every contact when ``basis`` — the
    zone and cadences the days depend on — is not the one recorded). ``local_ordinal``
    gives the local date ordinal of a stored time; ``cadences`` the days by circle.
    Returns how many contacts were worked out (0, and no write, when none was stale)."""
    recorded = rows("SELECT basis FROM contact_touch_basis")
    everyone = not recorded or recorded[0][0] != basis
    # Every contact has a row, the trigger deleting a deleted contact's: fewer rows than
    # contacts means new ones (two counts of narrow indexes: microseconds).
    new = rows("SELECT (SELECT COUNT(*) FROM contact) > (SELECT COUNT(*) FROM contact_touch)")
    if not everyone and not new[0][0] and not rows("SELECT 1 FROM contact_touch_stale LIMIT 1"):
        return 0
    # Writes come first in the transaction: it then holds the write lock, and what it reads
    # is what another program (the command line, the window) last committed.
    with db.atomic():
        if new[0][0] and not everyone:
            db.execute_sql(
                "INSERT INTO contact_touch_stale SELECT id FROM contact"
                " WHERE id NOT IN (SELECT contact_id FROM contact_touch) ON CONFLICT DO NOTHING"
            )
        if everyone:
            db.execute_sql("DELETE FROM contact_touch")
            found = rows(_SOURCE)
        else:
            db.execute_sql(
                "DELETE FROM contact_touch WHERE contact_id IN"
                " (SELECT contact_id FROM contact_touch_stale)"
            )
            found = rows(f"{_SOURCE} WHERE c.id IN (SELECT contact_id FROM contact_touch_stale)")
        db.cursor().executemany(
            "INSERT INTO contact_touch (contact_id, base_day, has_last, cadence, circle,"
            " categories, live) VALUES (?, ?, ?, ?, ?, ?, ?)",
            [
                (cid, local_ordinal(at), last, override or cadences.get(circle), circle, cats, live)
                for cid, at, last, override, circle, cats, live in found
            ],
        )
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
        "SELECT contact_id, due_day, cadence FROM contact_touch"
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


def details(ids: Sequence[int], name_sql: str) -> dict[int, tuple[str, bool, int]]:
    """By contact: (name, whether it has an interaction, base day ordinal) of ``ids``."""
    if not ids:
        return {}
    return {
        cid: (name, bool(last), base)
        for cid, name, last, base in rows(
            f"SELECT c.id, {name_sql}, t.has_last, t.base_day FROM contact c"
            " JOIN contact_touch t ON t.contact_id = c.id"
            f" WHERE c.id IN ({','.join('?' * len(ids))})",
            list(ids),
        )
    }
