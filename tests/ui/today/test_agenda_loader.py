"""The agenda rebuilt on a worker thread after an action (the path taken at tens of
thousands of contacts), forced here on the small network by a zero threshold."""

from __future__ import annotations

import threading
from datetime import timedelta

import pytest
from PySide6.QtCore import QCoreApplication, Qt
from pytestqt.qtbot import QtBot

from networking_app.domain.reminders import DueItem, DueKind
from networking_app.services.reminders import AgendaBuild
from networking_app.services.workspace import Workspace
from networking_app.ui.shell.main_window import MainWindow
from networking_app.ui.today.today_view import TodayView
from networking_app.ui.tray.tray_service import TrayService

from .conftest import NOW, TODAY, People


def lines(view: TodayView) -> list[str]:
    """The keys of the item lines shown, in order."""
    tree = view.tree
    found = (
        tree.topLevelItem(i).data(0, Qt.ItemDataRole.UserRole)
        for i in range(tree.topLevelItemCount())
    )
    return [data.key for data in found if isinstance(data, DueItem)]


def due_item(view: TodayView, kind: DueKind, contact_id: int) -> DueItem:
    assert view.agenda is not None
    return next(i for i in view.agenda.due if i.kind is kind and i.contact_id == contact_id)


def slow(view: TodayView) -> None:
    """Take the worker path from now on, as a 300 ms build would."""
    view.loader.background_after_ms = 0


def built_on_a_thread(workspace: Workspace, job: AgendaBuild) -> None:
    worker = threading.Thread(target=workspace.reminders.build_on_worker_thread, args=(job,))
    worker.start()
    worker.join()


def test_done_shows_the_rest_at_once_then_the_rebuilt_agenda(
    qtbot: QtBot, window: MainWindow, people: People
) -> None:
    view = window.today
    slow(view)
    alice = due_item(view, DueKind.KEEP_IN_TOUCH, people.alice)
    before = lines(view)
    view.tree.select_item(alice.key)
    after_alice = before[before.index(alice.key) + 1]
    with qtbot.waitSignal(view.loader.loaded, timeout=10_000) as landed:
        qtbot.keyClick(view.tree, Qt.Key.Key_D)
        # Before the worker is done: the previous lines without Alice's, never empty,
        # the cursor on the line that took its place, and a hint that more is coming.
        assert view.loader.pending
        assert lines(view) == [key for key in before if key != alice.key]
        assert view.selected_key() == after_alice
        assert view.updating.isVisibleTo(view)
        assert view.updating.text() == "Updating…"
    agenda = landed.args[0]
    assert view.agenda is agenda and alice.key not in [item.key for item in agenda.due]
    assert alice.contact_id in agenda.ritual.contacted  # the touch logged counts this week
    assert not view.updating.isVisibleTo(view)
    assert view.selected_key() == after_alice
    assert window.workspace.reminders.is_current(TODAY)  # remembered: the next ask is instant


def test_a_result_overtaken_by_another_action_is_dropped_and_built_again(
    qtbot: QtBot, window: MainWindow, people: People
) -> None:
    view = window.today
    slow(view)
    alice = due_item(view, DueKind.KEEP_IN_TOUCH, people.alice)
    view.tree.select_item(alice.key)
    shown: list[object] = []
    view.loader.loaded.connect(shown.append)
    view.done_action.trigger()  # a build starts...
    snoozed = view.selected_due()
    assert snoozed is not None and snoozed.key != alice.key
    view.snooze_action.trigger()  # ...and the data changes before it lands
    assert snoozed.key not in lines(view) and alice.key not in lines(view)
    qtbot.waitUntil(lambda: bool(shown), timeout=10_000)
    qtbot.wait(50)
    assert len(shown) == 1  # the first build's agenda (missing the snooze) never showed
    assert view.agenda is shown[0]
    keys = [item.key for item in view.agenda.due]
    assert alice.key not in keys and snoozed.key not in keys
    assert not view.loader.pending


def test_the_service_refuses_a_build_when_the_data_moved_meanwhile(
    window: MainWindow, people: People
) -> None:
    workspace = window.workspace
    reminders = workspace.reminders
    window.today.refresh()
    job = reminders.start_build(TODAY)
    assert job is not None
    built_on_a_thread(workspace, job)
    bruno = due_item(window.today, DueKind.DORMANT, people.bruno)
    # Written without telling any view (as the command line does, from outside).
    reminders.snooze(bruno, TODAY + timedelta(days=3))
    assert reminders.adopt(job) is None
    assert not reminders.is_current(TODAY)
    # Built again for the data as it is, it is taken, and remembered.
    again = reminders.start_build(TODAY)
    assert again is not None
    built_on_a_thread(workspace, again)
    adopted = reminders.adopt(again)
    assert adopted is not None and bruno.key not in [item.key for item in adopted.due]
    assert reminders.is_current(TODAY) and reminders.agenda(TODAY) is adopted


@pytest.mark.parametrize("started", [False, True], ids=["before-it-starts", "while-it-runs"])
def test_closing_the_window_while_a_build_is_in_flight(
    qtbot: QtBot, window: MainWindow, people: People, started: bool
) -> None:
    view = window.today
    slow(view)
    view.tree.select_item(due_item(view, DueKind.KEEP_IN_TOUCH, people.alice).key)
    view.done_action.trigger()
    assert view.loader.pending
    reminders = window.workspace.reminders
    built = reminders.last_build_seconds
    if started:
        QCoreApplication.processEvents()  # handed to a worker once the GUI thread is idle
        assert view.loader.pending
    shown: list[object] = []
    view.loader.loaded.connect(shown.append)
    window.shutdown()  # waits for the worker, then closes the data folder
    assert (reminders.last_build_seconds != built) is started
    built = reminders.last_build_seconds
    window.close()
    qtbot.wait(50)  # whatever lands now is dropped: the folder is not opened again
    assert not view.loader.pending and shown == []
    assert reminders.last_build_seconds == built  # nothing built on a closed folder
    assert not reminders.readable()


def test_the_tray_waits_for_the_rebuilt_agenda_before_notifying(
    qtbot: QtBot, window: MainWindow, people: People
) -> None:
    view = window.today
    slow(view)
    tray = TrayService(window.workspace, window.events, window.undo_stack)
    tray.refresh()
    assert tray.loader is view.loader  # one build for both
    assert tray.agenda is not None
    alice = due_item(view, DueKind.KEEP_IN_TOUCH, people.alice)
    count = len(tray.agenda.due)
    with qtbot.waitSignal(tray.loader.loaded, timeout=10_000):
        tray.done(alice)
        tray.refresh()
        assert len(tray.agenda.due) == count - 1  # the badge drops at once
        notified: list[list[str]] = []
        tray.notified.connect(notified.append)
        at = window.workspace.clock.to_local(NOW).astimezone().replace(hour=20)
        assert tray.notify_due(at) == []  # not from an agenda that may be out of date
    qtbot.waitUntil(lambda: bool(notified), timeout=10_000)
    assert alice.key not in notified[0]  # done: never announced
    assert len(tray.agenda.due) == count - 1
    tray.menu.deleteLater()
