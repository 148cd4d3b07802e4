"""Each contact's keep-in-touch day, kept for the agenda, always equals what a full scan
of the contacts says — after any edit, a change of cadences or a change of time zone."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

from hypothesis import example, given

from networking_app.domain.interactions import InteractionDraft
from networking_app.domain.recurrence import LocalDays
from networking_app.paths import AppPaths
from networking_app.storage.contact_editing import archive, unarchive
from networking_app.storage.interactions import (
    save_interaction,
)
from networking_app.storage.models import Contact, db
from networking_app.storage.sql import rows
from networking_app.storage.touch_days import (
    bring_up_to_date,
    category_counts,
    due_by,
    in_categories,
    ranked_late,
)
from tests.storage.timeline_edits import EXAMPLES, TIMELINE_EDITS, edit_timeline, edits

NOW = datetime(2026, 11, 28, 12)
CADENCES = {"close": 21, "extended": 60, "weak": 180}
FAR = datetime(2100, 1, 1).toordinal()


def local_days(zone: str) -> LocalDays:
    tz = ZoneInfo(zone)
    return LocalDays(lambda t: t.replace(tzinfo=UTC).astimezone(tz).replace(tzinfo=None))


def scanned(zone: str, cadences: dict[str, int]) -> list[tuple[int, int, int, int, str]]:
    """The due rows worked out from the contacts themselves, one by one."""
    ordinal = local_days(zone).ordinal
    found = []
    for cid, at, last, override, circle in rows(
        "SELECT c.id, COALESCE(l.occurred_at, c.created_at), l.occurred_at IS NOT NULL,"
        " c.cadence_days, c.circle"
        " FROM contact c LEFT JOIN contact_last_interaction l ON l.contact_id = c.id"
        " WHERE c.archived_at IS NULL"
    ):
        cadence = override or cadences.get(circle)
        if cadence is not None:
            found.append((cid, ordinal(at) + cadence, cadence, last, circle))
    return sorted(found, key=lambda r: (r[1], r[0]))


def kept(zone: str, cadences: dict[str, int]) -> list[tuple[int, int, int, int, str]]:
    """The kept rows, with their circle (as the ritual's ranking gives them)."""
    bring_up_to_date(f"{zone} {sorted(cadences.items())}", local_days(zone).ordinal, cadences)
    circles = dict(rows("SELECT contact_id, circle FROM contact_touch"))
    return [(*r, circles[r[0]]) for r in due_by(FAR)]


def ritual_order(found: list[tuple[int, int, int, int, str]], monday: int) -> list[int]:
    """The ritual's ranking of the merely late, stated plainly (domain.ritual)."""

    def rank(row: tuple[int, int, int, int, str]) -> tuple[float, int, int]:
        ratio = (monday - row[1]) / row[2]
        weak = 1.0 if row[4] == "weak" and ratio > 1 else 0.0
        return (-(min(ratio, 2.0) + weak), -(monday - row[1] + row[2]), row[0])

    late = [r for r in found if r[1] < monday and r[4] != "target"]
    return [r[0] for r in sorted(late, key=rank)]


ACTIONS = [*TIMELINE_EDITS, "circle", "override", "trash", "back", "cadences"]


@EXAMPLES
@given(edits(ACTIONS))
@example([("log", [0], 0), ("log", [0], 0), ("purge", [0], 0), ("delete", [0], 0)])
def test_the_kept_days_match_a_full_scan_after_any_edits(
    database: AppPaths, steps: list[tuple[str, list[int], int]]
) -> None:
    with db.atomic() as transaction:
        db.execute_sql("DELETE FROM contact_touch_basis")
        people = [
            Contact.create(given_name=f"P{i}", created_at=NOW - timedelta(days=30 * i)).id
            for i in range(5)
        ]
        cadences = dict(CADENCES)
        logged: list[int] = []
        for action, who, days in steps:
            at = NOW - timedelta(days=days, minutes=days * 7)
            alive = [people[i] for i in who if Contact.get_or_none(Contact.id == people[i])]
            first = alive[0] if alive else None
            if action in TIMELINE_EDITS:
                edit_timeline(action, alive, days, at, logged, NOW)
            elif action == "circle" and first:
                circle = ("close", "extended", "weak", "target")[days % 4]
                Contact.update(circle=circle).where(Contact.id == first).execute()
            elif action == "override" and first:
                value = None if days % 3 == 0 else days % 90 + 1
                Contact.update(cadence_days=value).where(Contact.id == first).execute()
            elif action == "trash" and first:
                archive([first], NOW)
            elif action == "back" and first:
                unarchive([first])
            elif action == "cadences":
                cadences["weak"] = 30 + days
            found = kept("Europe/Paris", cadences)
            assert found == scanned("Europe/Paris", cadences), (action, who, days)
            monday = NOW.toordinal() - days % 7
            assert [r[0] for r in ranked_late(monday, 2.0, 1.0, 0, 10**6)] == ritual_order(
                found, monday
            )
            # Meetings left with nobody (their people purged) are all noted.
            nobody = "NOT EXISTS (SELECT 1 FROM interaction_participant p WHERE p.interaction_id"
            noted = f"SELECT interaction_id FROM interaction_unlinked u WHERE {nobody}"
            assert rows(f"{noted} = u.interaction_id)") == rows(
                f"SELECT id FROM interaction i WHERE {nobody} = i.id) ORDER BY id"
            )
            today = NOW.toordinal()
            assert due_by(today, True) + due_by(today, False) == sorted(
                due_by(today), key=lambda r: (today - r[1] <= r[2], r[1], r[0])
            )
        transaction.rollback()


def test_another_time_zone_works_every_day_out_again(database: AppPaths) -> None:
    # 23:30 UTC is the same day in London, the next one in Paris.
    ana = Contact.create(given_name="Ana", circle="close", created_at=NOW).id
    save_interaction(InteractionDraft((ana,), datetime(2026, 11, 1, 23, 30)), NOW)
    paris = kept("Europe/Paris", CADENCES)
    london = kept("Europe/London", CADENCES)
    assert paris == scanned("Europe/Paris", CADENCES) and london == scanned(
        "Europe/London", CADENCES
    )
    assert paris[0][1] == london[0][1] + 1
    # Nothing stale, same zone: nothing is written again.
    assert (
        bring_up_to_date(
            f"Europe/London {sorted(CADENCES.items())}",
            local_days("Europe/London").ordinal,
            CADENCES,
        )
        == 0
    )


def test_target_categories_are_counted_and_found_by_category(database: AppPaths) -> None:
    ana = Contact.create(given_name="Ana", target_categories="own_industry,potential_mentor").id
    bo = Contact.create(given_name="Bo", target_categories="potential_mentor").id
    Contact.create(given_name="Cy")
    save_interaction(InteractionDraft((bo,), NOW - timedelta(days=10)), NOW)
    kept("UTC", CADENCES)
    window = (NOW - timedelta(days=90)).toordinal()
    assert sorted(category_counts(window)) == [
        ("own_industry,potential_mentor", 1, 0),
        ("potential_mentor", 1, 1),
    ]
    assert [r[0] for r in in_categories(["own_industry"])] == [ana]
    assert [r[0] for r in in_categories(["potential_mentor"])] == [ana, bo]
    assert in_categories([]) == []
