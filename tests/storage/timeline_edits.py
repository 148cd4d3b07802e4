"""The edits that move a contact's last interaction, for the tests of the tables kept by
triggers (each test draws a list of them with hypothesis)."""

from __future__ import annotations

from datetime import datetime

from hypothesis import HealthCheck, settings
from hypothesis import strategies as st

from networking_app.domain.interactions import InteractionDraft
from networking_app.storage.contact_editing import archive, merge, purge
from networking_app.storage.interactions import (
    delete_interaction,
    load_interaction,
    save_interaction,
)

#: What :func:`edit_timeline` knows how to do.
TIMELINE_EDITS = ["log", "redate", "delete", "merge", "purge"]

#: Each example runs in a transaction the test rolls back, so the database starts empty.
EXAMPLES = settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)


def edits(actions: list[str]) -> st.SearchStrategy[list[tuple[str, list[int], int]]]:
    """Lists of (action, which of five people, a number of days)."""
    return st.lists(
        st.tuples(
            st.sampled_from(actions),
            st.lists(st.integers(0, 4), min_size=1, max_size=3, unique=True),
            st.integers(0, 400),
        ),
        max_size=25,
    )


def edit_timeline(
    action: str, alive: list[int], days: int, at: datetime, logged: list[int], now: datetime
) -> None:
    """Do ``action`` to the people ``alive`` (ids), at ``at``; ``logged`` holds the
    interactions logged so far (``days`` picks one of them)."""
    if action == "log" and alive:
        logged.append(save_interaction(InteractionDraft(tuple(alive), at), now))
    elif action == "redate" and logged:
        old = load_interaction(logged[days % len(logged)])
        save_interaction(InteractionDraft(old.contact_ids or tuple(alive), at, id=old.id), now)
    elif action == "delete" and logged:
        delete_interaction(logged.pop(days % len(logged)))
    elif action == "merge" and len(alive) >= 2:
        merge(alive[0], alive[1], now)
    elif action == "purge" and alive:
        archive([alive[0]], now)
        purge([alive[0]])
