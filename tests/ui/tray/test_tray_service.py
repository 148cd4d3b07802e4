"""The tray service's menu, actions and recomputation (offscreen; the real tray has its
own test in test_real_tray.py)."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime, timedelta

import pytest
from PySide6.QtWidgets import QMenu
from pytestqt.qtbot import QtBot

from networking_app.domain.reminders import DueKind
from networking_app.paths import AppPaths
from networking_app.services.clock import Clock
from networking_app.services.workspace import Workspace
from networking_app.ui.today.item_text import item_line
from networking_app.ui.tray.tray_service import TrayService
from tests.ui.today.conftest import NOW, People, fill


@pytest.fixture
def workspace(database: AppPaths) -> Workspace:
    return Workspace(database, Clock(fixed=NOW))


@pytest.fixture
def tray(qtbot: QtBot, workspace: Workspace) -> Iterator[TrayService]:
    service = TrayService(workspace)
    service.refresh()
    yield service
    service.menu.deleteLater()


@pytest.fixture
def people(workspace: Workspace) -> People:
    return fill(workspace)


def entries(menu: QMenu) -> list[str]:
    return [a.text() for a in menu.actions() if not a.isSeparator()]


def submenu(tray: TrayService, key: str) -> QMenu:
    found = tray.menu.findChild(QMenu, f"due:{key}")
    assert isinstance(found, QMenu)
    return found


def test_the_menu_lists_the_first_five_due_items(
    workspace: Workspace, people: People, tray: TrayService
) -> None:
    assert tray.agenda is not None
    due = tray.agenda.due
    assert 0 < len(due) <= 5
    shown = entries(tray.menu)
    assert shown[0] == "Open Today’s Review"
    assert shown[1 : 1 + len(due)] == [item_line(item) for item in due]
    assert shown[-3:] == ["Snooze All until Tomorrow", "Pause Notifications", "Quit Rapport"]
    assert entries(submenu(tray, due[0].key))[:2] == ["Done", "Snooze until Tomorrow"]
    assert f"{len(due)} due" in tray.tooltip()


def test_done_from_the_menu_updates_the_data_and_can_be_undone(
    qtbot: QtBot, workspace: Workspace, people: People, tray: TrayService
) -> None:
    assert tray.agenda is not None
    alice = next(i for i in tray.agenda.due if i.contact_id == people.alice)
    done = submenu(tray, alice.key).actions()[0]
    with qtbot.waitSignal(tray.events.reminders_changed), qtbot.waitSignal(tray.said) as said:
        done.trigger()
    assert said.args == [f"Done: {alice.contact_name} — a touch was logged"]
    assert alice.key not in [i.key for i in workspace.reminders.agenda(NOW.date()).due]
    qtbot.waitUntil(lambda: tray.menu.findChild(QMenu, f"due:{alice.key}") is None)
    tray.undo_stack.undo()
    assert alice.key in [i.key for i in workspace.reminders.agenda(NOW.date()).due]


def test_snooze_all_until_tomorrow(
    qtbot: QtBot, workspace: Workspace, people: People, tray: TrayService
) -> None:
    action = next(a for a in tray.menu.actions() if a.text() == "Snooze All until Tomorrow")
    with qtbot.waitSignal(tray.said) as said:
        action.trigger()
    assert said.args[0].startswith("Everything due is snoozed until ")
    assert workspace.reminders.agenda(NOW.date()).due == ()
    qtbot.waitUntil(lambda: "Nothing is due today" in entries(tray.menu))
    tomorrow = workspace.reminders.agenda(NOW.date() + timedelta(days=1))
    assert any(i.kind is DueKind.KEEP_IN_TOUCH for i in tomorrow.due)


def test_pause_and_resume_notifications(
    workspace: Workspace, people: People, tray: TrayService
) -> None:
    pause = next(a for a in tray.menu.actions() if a.text() == "Pause Notifications").menu()
    assert isinstance(pause, QMenu)
    pause.actions()[0].trigger()  # for 1 hour
    until = workspace.reminders.settings().paused_until
    assert until is not None
    assert until - NOW.astimezone() == timedelta(hours=1)
    assert "Notifications paused" in tray.tooltip()
    assert workspace.reminders.to_notify(NOW.astimezone()) == []
    tray.resume()
    assert workspace.reminders.settings().paused_until is None
    assert "Notifications paused" not in tray.tooltip()


def test_a_new_day_is_noticed_at_the_next_tick(
    workspace: Workspace, people: People, tray: TrayService
) -> None:
    assert tray.agenda is not None and tray.agenda.today == NOW.date()
    assert workspace.clock.fixed is not None
    workspace.clock.fixed += timedelta(days=1)
    tray.tick()
    assert tray.agenda.today == NOW.date() + timedelta(days=1)


def test_a_wake_from_suspend_recomputes(
    workspace: Workspace, people: People, tray: TrayService
) -> None:
    assert tray.agenda is not None
    before = len(tray.agenda.due)
    # Changed while the machine slept, without any signal reaching the tray.
    workspace.reminders.snooze_all(NOW.date() + timedelta(days=1))
    tray.tick()  # on time: nothing to recompute
    assert len(tray.agenda.due) == before
    slept_until = tray.wall() + 3 * 3600
    tray.wall = lambda: slept_until
    tray.tick()  # three hours after the previous tick: a wake
    assert tray.agenda.due == ()
    assert "nothing is due today" in tray.tooltip()


def test_notifications_wait_for_the_daily_time_and_skip_quiet_hours_and_pauses(
    qtbot: QtBot, workspace: Workspace, people: People, tray: TrayService
) -> None:
    shown: list[list[str]] = []
    tray.notified.connect(shown.append)
    day = NOW.date()
    assert tray.notify_due(datetime(2026, 11, 28, 8, 30).astimezone()) == []  # before 09:00
    tray.pause(timedelta(hours=1))  # from NOW, 10:00, until 11:00
    assert tray.notify_due(datetime(2026, 11, 28, 10, 30).astimezone()) == []
    first = tray.notify_due(datetime(2026, 11, 28, 11, 5).astimezone())
    assert {i.key for i in first} == {i.key for i in workspace.reminders.agenda(day).due}
    assert tray.notify_due(datetime(2026, 11, 28, 15, 0).astimezone()) == []  # once a day
    assert tray.notify_due(datetime(2026, 11, 29, 23, 0).astimezone()) == []  # quiet hours
    assert tray.notify_due(datetime(2026, 11, 30, 9, 0).astimezone())  # a new day
    assert len(shown) == 2
