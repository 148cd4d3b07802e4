"""Each contact's last interaction, kept by triggers, always equals what a full scan says."""

from __future__ import annotations

from datetime import datetime, timedelta

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from networking_app.domain.interactions import InteractionDraft
from networking_app.paths import AppPaths
from networking_app.storage.contact_editing import archive, merge, purge
from networking_app.storage.interactions import (
    delete_interaction,
    load_interaction,
    save_interaction,
)
from networking_app.storage.models import Contact, db
from networking_app.storage.reminders import last_interactions
from networking_app.storage.sql import rows

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


operations = st.lists(
    st.tuples(
        st.sampled_from(["log", "redate", "delete", "merge", "purge"]),
        st.lists(st.integers(0, 4), min_size=1, max_size=3, unique=True),
        st.integers(0, 400),
    ),
    max_size=25,
)


# Each example runs in a transaction rolled back at its end, so the database starts empty.
@settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(operations)
def test_the_kept_table_matches_a_full_scan_after_any_edits(
    database: AppPaths, steps: list[tuple[str, list[int], int]]
) -> None:
    with db.atomic() as transaction:
        people = [Contact.create(given_name=f"P{i}").id for i in range(5)]
        logged: list[int] = []
        for action, who, days in steps:
            at = NOW - timedelta(days=days, minutes=days)
            alive = [people[i] for i in who if Contact.get_or_none(Contact.id == people[i])]
            if action == "log" and alive:
                logged.append(save_interaction(InteractionDraft(tuple(alive), at), NOW))
            elif action == "redate" and logged:
                old = load_interaction(logged[days % len(logged)])
                save_interaction(
                    InteractionDraft(old.contact_ids or tuple(alive), at, id=old.id), NOW
                )
            elif action == "delete" and logged:
                delete_interaction(logged.pop(days % len(logged)))
            elif action == "merge" and len(alive) >= 2:
                merge(alive[0], alive[1], NOW)
            elif action == "purge" and alive:
                archive([alive[0]], NOW)
                purge([alive[0]])
            assert kept() == scanned(), (action, who, days)
        transaction.rollback()
