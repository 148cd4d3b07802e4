"""The remembered agenda: asked again it is instant, and no change of any kind leaves it stale.

Every check compares what the user would see with an agenda built from scratch by a new
service on the same real SQLite file.
"""

from __future__ import annotations

import sqlite3
import time
from collections.abc import Callable, Iterator
from dataclasses import replace
from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from networking_app.domain.contacts import ContactDraft
from networking_app.domain.interactions import InteractionDraft
from networking_app.domain.reminders import Agenda, DueItem, DueKind
from networking_app.domain.vocabulary import Circle, LifeEventKind
from networking_app.paths import AppPaths
from networking_app.services.clock import Clock
from networking_app.services.reminders import Reminders
from networking_app.services.workspace import Workspace
from networking_app.storage.models import db

PARIS = ZoneInfo("Europe/Paris")


@pytest.fixture
def workspace(paths: AppPaths) -> Iterator[Workspace]:
    space = Workspace(paths, Clock(fixed=datetime(2026, 10, 1, 10, 0), zone=PARIS))
    space.open()
    yield space
    space.close()


def travel(workspace: Workspace, day: date) -> None:
    workspace.clock.fixed = datetime.combine(day, datetime.min.time()).replace(hour=10)


def seen(workspace: Workspace) -> Agenda:
    """The agenda the app shows, checked against one built afresh by a new service."""
    agenda = workspace.reminders.agenda()
    fresh = Reminders(workspace.clock, providers=list(workspace.reminders.providers))
    assert agenda == fresh.agenda()
    return agenda


def item(agenda: Agenda, key: str) -> DueItem | None:
    return next((i for i in agenda.due if i.key == key), None)


def add(workspace: Workspace, name: str, circle: Circle = Circle.CLOSE) -> int:
    return workspace.contacts.save(ContactDraft(given_name=name, circle=circle))


def test_asked_again_without_a_change_the_agenda_is_the_one_already_built(
    workspace: Workspace,
) -> None:
    add(workspace, "Ana")
    travel(workspace, date(2026, 11, 28))
    first = seen(workspace)
    assert workspace.reminders.agenda() is first
    assert workspace.reminders.agenda(date(2026, 11, 28)) is first


def test_logging_editing_and_deleting_an_interaction_each_show_at_once(
    workspace: Workspace,
) -> None:
    ana = add(workspace, "Ana")  # close circle: every 21 days
    travel(workspace, date(2026, 11, 28))
    assert item(seen(workspace), f"touch:{ana}") is not None

    draft = InteractionDraft(contact_ids=(ana,), occurred_at=workspace.clock.now())
    iid = workspace.timeline.save(draft)
    assert item(seen(workspace), f"touch:{ana}") is None  # just met: nothing due

    workspace.timeline.save(replace(draft, id=iid, occurred_at=datetime(2026, 10, 20, 9)))
    back = item(seen(workspace), f"touch:{ana}")
    assert back is not None and back.last_interaction == date(2026, 10, 20)

    workspace.timeline.delete(iid)
    never = item(seen(workspace), f"touch:{ana}")
    assert never is not None and never.last_interaction is None


def test_editing_moving_and_trashing_a_contact_each_show_at_once(workspace: Workspace) -> None:
    ana = add(workspace, "Ana")
    travel(workspace, date(2026, 11, 28))
    before = item(seen(workspace), f"touch:{ana}")
    assert before is not None and before.cadence_days == 21

    draft = workspace.contacts.draft(ana)
    workspace.contacts.save(replace(draft, cadence_days=30, given_name="Anaïs"))
    edited = item(seen(workspace), f"touch:{ana}")
    assert edited is not None and (edited.cadence_days, edited.contact_name) == (30, "Anaïs")

    workspace.contacts.save(replace(draft, cadence_days=None, birthday_month=11, birthday_day=29))
    assert item(seen(workspace), f"birthday:{ana}:2026") is not None  # tomorrow, 1 day notice

    workspace.contacts.move({ana: Circle.TARGET})  # people to meet have no cadence
    assert item(seen(workspace), f"touch:{ana}") is None

    workspace.contacts.trash([ana])
    assert not [i for i in seen(workspace).due if ana in i.contact_ids]
    workspace.contacts.restore([ana])
    assert item(seen(workspace), f"birthday:{ana}:2026") is not None


def test_done_snooze_skip_and_their_undo_each_show_at_once(workspace: Workspace) -> None:
    ana, bo, cy = add(workspace, "Ana"), add(workspace, "Bo"), add(workspace, "Cy")
    travel(workspace, date(2026, 11, 28))
    reminders = workspace.reminders
    agenda = seen(workspace)
    touch = {cid: item(agenda, f"touch:{cid}") for cid in (ana, bo, cy)}
    assert all(touch.values())

    done = reminders.done(touch[ana])  # type: ignore[arg-type]
    snoozed = reminders.snooze(touch[bo], date(2026, 11, 29))  # type: ignore[arg-type]
    skipped = reminders.skip(touch[cy])  # type: ignore[arg-type]
    assert [item(seen(workspace), f"touch:{cid}") for cid in (ana, bo, cy)] == [None] * 3

    for cid, previous in ((ana, done), (bo, snoozed), (cy, skipped)):
        reminders.restore(touch[cid], previous)  # type: ignore[arg-type]
        assert item(seen(workspace), f"touch:{cid}") == touch[cid]


def test_a_changed_setting_shows_at_once(workspace: Workspace) -> None:
    ana = add(workspace, "Ana")
    travel(workspace, date(2026, 11, 28))
    assert item(seen(workspace), f"touch:{ana}") is not None
    reminders = workspace.reminders
    settings = reminders.settings()
    reminders.save_settings(replace(settings, cadences={**settings.cadences, Circle.CLOSE: 90}))
    assert item(seen(workspace), f"touch:{ana}") is None
    reminders.save_settings(replace(settings, ritual_target=5))
    assert seen(workspace).ritual.target == 5


def test_life_events_and_custom_reminders_show_at_once(workspace: Workspace) -> None:
    ana = add(workspace, "Ana")
    travel(workspace, date(2026, 11, 28))
    reminders = workspace.reminders
    seen(workspace)
    event = reminders.add_life_event(ana, LifeEventKind.NEW_JOB, date(2026, 11, 27), "CTO")
    assert item(seen(workspace), f"event:{event}") is not None
    custom = reminders.add_custom(ana, "Send the article", date(2026, 11, 28), None)
    assert item(seen(workspace), f"custom:{custom}:2026-11-28") is not None
    reminders.delete_life_event(event)
    reminders.delete_custom(custom)
    agenda = seen(workspace)
    assert item(agenda, f"event:{event}") is None
    assert item(agenda, f"custom:{custom}:2026-11-28") is None


def test_a_new_day_and_a_new_time_zone_show_at_once(workspace: Workspace) -> None:
    ana = add(workspace, "Ana")
    clock = workspace.clock
    travel(workspace, date(2026, 11, 2))
    # 23:30 in Paris on 1 November is already 2 November in Tokyo.
    workspace.timeline.save(
        InteractionDraft(
            contact_ids=(ana,), occurred_at=clock.to_utc(datetime(2026, 11, 1, 23, 30))
        )
    )
    travel(workspace, date(2026, 11, 22))
    today = item(seen(workspace), f"touch:{ana}")
    assert today is not None and today.days_late == 0
    travel(workspace, date(2026, 11, 23))
    tomorrow = item(seen(workspace), f"touch:{ana}")
    assert tomorrow is not None and tomorrow.days_late == 1
    clock.zone = ZoneInfo("Asia/Tokyo")
    moved = item(seen(workspace), f"touch:{ana}")
    assert moved is not None and moved.last_interaction == date(2026, 11, 2)
    assert moved.days_late == 0


def test_a_change_committed_by_another_connection_shows_at_once(workspace: Workspace) -> None:
    ana = add(workspace, "Ana")
    travel(workspace, date(2026, 11, 28))
    assert item(seen(workspace), f"touch:{ana}") is not None
    other = sqlite3.connect(workspace.paths.database)  # e.g. `networking-app` in a terminal
    with other:
        other.execute("UPDATE contact SET cadence_days = 365 WHERE id = ?", (ana,))
    other.close()
    assert item(seen(workspace), f"touch:{ana}") is None


def test_what_a_rolled_back_transaction_wrote_is_not_remembered(workspace: Workspace) -> None:
    ana = add(workspace, "Ana")
    travel(workspace, date(2026, 11, 28))
    assert item(seen(workspace), f"touch:{ana}") is not None
    with pytest.raises(RuntimeError), db.atomic():
        workspace.timeline.save(
            InteractionDraft(contact_ids=(ana,), occurred_at=workspace.clock.now())
        )
        assert item(workspace.reminders.agenda(), f"touch:{ana}") is None  # inside: seen
        raise RuntimeError("the save fails further on")
    assert item(seen(workspace), f"touch:{ana}") is not None


def test_follow_ups_are_asked_at_every_call_and_sorted_in(workspace: Workspace) -> None:
    ana, bo = add(workspace, "Ana"), add(workspace, "Bo")
    travel(workspace, date(2026, 11, 28))
    pending: list[DueItem] = []
    workspace.reminders.providers.append(lambda today: pending)
    plain = seen(workspace)
    late = [i.days_late for i in plain.due]
    assert late and late == sorted(late, reverse=True)
    for days, cid in ((late[0], ana), (0, bo), (late[0] + 5, bo)):
        pending.append(
            DueItem(
                key=f"intro:{cid}:{days}",
                kind=DueKind.INTRO_FOLLOW_UP,
                due=date(2026, 11, 28) - timedelta(days=days),
                contact_id=cid,
                days_late=days,
                contact_ids=(cid,),
            )
        )
        agenda = seen(workspace)  # no data changed, the provider did
        assert f"intro:{cid}:{days}" in {i.key for i in agenda.due}
    assert agenda.due[0].key == f"intro:{bo}:{late[0] + 5}"
    pending.clear()
    assert seen(workspace) is plain


@pytest.fixture
def system_zone(monkeypatch: pytest.MonkeyPatch) -> Iterator[Callable[[str], None]]:
    """Change the machine's time zone (TZ) as a user travelling would; put it back after."""

    def move(zone: str) -> None:
        monkeypatch.setenv("TZ", zone)
        time.tzset()

    yield move
    monkeypatch.undo()
    time.tzset()


def test_with_the_machine_s_zone_a_change_of_it_shows_at_once(
    paths: AppPaths, system_zone: Callable[[str], None]
) -> None:
    system_zone("Europe/Paris")
    space = Workspace(paths, Clock(fixed=datetime(2026, 11, 2, 10, 0)))  # zone: the machine's
    space.open()
    try:
        ana = add(space, "Ana")
        # 23:30 in Paris on 1 November is already 2 November in Tokyo.
        space.timeline.save(
            InteractionDraft(
                contact_ids=(ana,), occurred_at=space.clock.to_utc(datetime(2026, 11, 1, 23, 30))
            )
        )
        travel(space, date(2026, 11, 22))
        paris = item(seen(space), f"touch:{ana}")
        assert paris is not None and paris.last_interaction == date(2026, 11, 1)
        system_zone("Asia/Tokyo")
        assert item(seen(space), f"touch:{ana}") is None  # counted from 2 November now
    finally:
        space.close()
