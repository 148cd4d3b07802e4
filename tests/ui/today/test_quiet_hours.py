"""Quiet hours: times typed as a user types them, equal ends refused with a reason."""

from __future__ import annotations

from datetime import time

from PySide6.QtCore import QPoint, Qt, QTime
from pytestqt.qtbot import QtBot

from networking_app.ui.shell.main_window import MainWindow
from networking_app.ui.today.reminder_settings_dialog import ReminderSettingsDialog, TimeEdit
from tests.ui.helpers import show_active

from .conftest import POPUP_LOG, People

PROBLEM = {
    "en": "Quiet hours that start and end at the same time are no quiet hours",
    "fr": "Des heures calmes qui commencent et finissent à la même heure",
}


def type_hour(qtbot: QtBot, edit: TimeEdit, digits: str) -> None:
    """Click on the hour as a user does, then type."""
    qtbot.mouseClick(edit.lineEdit(), Qt.MouseButton.LeftButton, pos=QPoint(6, edit.height() // 2))
    qtbot.keyClicks(edit, digits)


def open_settings(qtbot: QtBot, window: MainWindow) -> ReminderSettingsDialog:
    dialog = window.open_reminder_settings()
    show_active(qtbot, dialog)
    return dialog


@POPUP_LOG
def test_typed_hours_are_taken(qtbot: QtBot, window: MainWindow, people: People) -> None:
    dialog = open_settings(qtbot, window)
    assert dialog.quiet_start.time() == QTime(22, 0)
    type_hour(qtbot, dialog.quiet_start, "23")
    assert dialog.quiet_start.time() == QTime(23, 0)
    type_hour(qtbot, dialog.daily_time, "0745")  # on to the minutes by itself
    assert dialog.daily_time.time() == QTime(7, 45)
    dialog.accept()
    saved = window.workspace.reminders.settings()
    assert saved.quiet_start == time(23, 0) and saved.daily_time == time(7, 45)


@POPUP_LOG
def test_equal_ends_are_explained_and_not_saved(
    qtbot: QtBot, window: MainWindow, people: People, lang: str
) -> None:
    dialog = open_settings(qtbot, window)
    assert not dialog.quiet_problem.isVisible()
    type_hour(qtbot, dialog.quiet_start, "08")  # 08:00 to 08:00
    assert dialog.quiet_start.time() == QTime(8, 0)
    assert dialog.quiet_problem.isVisible()
    assert dialog.quiet_problem.text().startswith(PROBLEM[lang])
    dialog.accept()
    assert dialog.isVisible()  # refused: the line says why
    assert window.workspace.reminders.settings().quiet_start == time(22, 0)
    type_hour(qtbot, dialog.quiet_end, "07")
    assert not dialog.quiet_problem.isVisible()
    dialog.accept()
    assert not dialog.isVisible()
    saved = window.workspace.reminders.settings()
    assert (saved.quiet_start, saved.quiet_end) == (time(8, 0), time(7, 0))


@POPUP_LOG
def test_equal_ends_do_not_matter_without_quiet_hours(
    qtbot: QtBot, window: MainWindow, people: People
) -> None:
    dialog = open_settings(qtbot, window)
    dialog.quiet_end.setTime(QTime(22, 0))
    assert dialog.quiet_problem.isVisible()
    qtbot.mouseClick(dialog.quiet_check, Qt.MouseButton.LeftButton)
    assert not dialog.quiet_problem.isVisible()
    dialog.accept()
    assert window.workspace.reminders.settings().quiet_start is None
