"""Done, Snooze and Skip say what they did; Ctrl+Z selects the line that came back."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from networking_app.domain.reminders import DueKind
from networking_app.ui.shell.main_window import MainWindow
from networking_app.ui.today.today_view import TodayView

from .conftest import People

MESSAGES = {
    "en": {
        "done": "Done: Alice Martin — a touch was logged",
        "step": "Done: Chloe Roux — the next step is closed",
        "snooze": "Snoozed Alice Martin until 1 Dec 2026",
        "skip": "Skipped Alice Martin until 19 Dec 2026",  # 21 days from 28 November
    },
    "fr": {
        "done": "Fait : Alice Martin — un contact a été enregistré",
        "step": "Fait : Chloe Roux — la prochaine étape est close",
        "snooze": "Reporté au 1 déc. 2026 : Alice Martin",
        "skip": "Passé jusqu’au 19 déc. 2026 : Alice Martin",
    },
}


def select(view: TodayView, kind: DueKind, contact_id: int) -> str:
    assert view.agenda is not None
    key = next(i.key for i in view.agenda.due if i.kind is kind and i.contact_id == contact_id)
    assert view.select_item(key)
    return key


def status(window: MainWindow) -> str:
    return window.statusBar().currentMessage()


def undo(qtbot: QtBot, window: MainWindow) -> None:
    qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)


def test_each_action_says_what_it_did_and_undo_brings_the_line_back_selected(
    qtbot: QtBot, window: MainWindow, people: People, lang: str
) -> None:
    view = window.today
    words = MESSAGES[lang]
    for key_press, message in (
        (Qt.Key.Key_D, "done"),
        (Qt.Key.Key_K, "skip"),
    ):
        key = select(view, DueKind.KEEP_IN_TOUCH, people.alice)
        qtbot.keyClick(view.tree, key_press)
        assert status(window) == words[message]
        assert view.selected_key() != key
        undo(qtbot, window)
        qtbot.waitUntil(lambda key=key: view.selected_key() == key)  # type: ignore[misc]

    key = select(view, DueKind.KEEP_IN_TOUCH, people.alice)
    view.snooze_days(3)
    assert status(window) == words["snooze"]
    undo(qtbot, window)
    qtbot.waitUntil(lambda: view.selected_key() == key)

    key = select(view, DueKind.NEXT_STEP, people.chloe)
    qtbot.keyClick(view.tree, Qt.Key.Key_D)
    assert status(window) == words["step"]
    undo(qtbot, window)
    qtbot.waitUntil(lambda: view.selected_key() == key)


def test_undoing_a_deleted_reminder_selects_it_again(
    qtbot: QtBot, window: MainWindow, people: People
) -> None:
    view = window.today
    dialog = view.add_reminder()
    dialog.text_edit.setText("Book the venue")
    dialog.save()
    assert view.agenda is not None
    key = next(i.key for i in view.agenda.due if i.kind is DueKind.CUSTOM)
    view.select_item(key)
    qtbot.keyClick(view.tree, Qt.Key.Key_Delete)
    assert view.selected_key() != key
    view.select_item(select(view, DueKind.KEEP_IN_TOUCH, people.alice))
    undo(qtbot, window)
    qtbot.waitUntil(
        lambda: (
            view.selected() is not None
            and getattr(view.selected(), "title", "") == "Book the venue"
        )
    )
