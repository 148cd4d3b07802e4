"""Each contact's last interaction, kept by triggers, always equals what a full scan says."""

from __future__ import annotations

from datetime import datetime, timedelta

from hypothesis import given

from networking_app.paths import AppPaths
from networking_app.storage.models import Contact, db
from networking_app.storage.reminders import last_interactions
from networking_app.storage.sql import rows
from tests.storage.timeline_edits import EXAMPLES, TIMELINE_EDITS, edit_timeline, edits

NOW = datetime(2026, 11, 28, 12)


def scanned() -> dict[int, str]:
    return dict(
        rows(
            "SELECT p.contact_id, MAX(i.occurred_at) FROM interaction_participant p"
            " JOIN interaction i ON i.id = p.interaction_id GROUP BY p.contact_id"
        )
    )


def kept() -> dict[int, str]:
    return dict(last_interactions())


@EXAMPLES
@given(edits(TIMELINE_EDITS))
def test_the_kept_table_matches_a_full_scan_after_any_edits(
    database: AppPaths, steps: list[tuple[str, list[int], int]]
) -> None:
    with db.atomic() as transaction:
        people = [Contact.create(given_name=f"P{i}").id for i in range(5)]
        logged: list[int] = []
        for action, who, days in steps:
            at = NOW - timedelta(days=days, minutes=days)
            alive = [people[i] for i in who if Contact.get_or_none(Contact.id == people[i])]
            edit_timeline(action, alive, days, at, logged, NOW)
            assert kept() == scanned(), (action, who, days)
        transaction.rollback()
