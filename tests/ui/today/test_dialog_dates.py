"""Days in the reminder dialogs read with four-digit years; weeks start on Monday."""

from __future__ import annotations

import re

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QCalendarWidget
from pytestqt.qtbot import QtBot

from networking_app.domain.reminders import DueKind
from networking_app.ui.shell.main_window import MainWindow

from .conftest import POPUP_LOG, People


@POPUP_LOG
def test_add_reminder_shows_the_year_in_full(
    qtbot: QtBot, window: MainWindow, people: People, lang: str
) -> None:
    dialog = window.today.add_reminder()
    shown = dialog.date_edit.text()
    assert "2026" in shown and "/26" not in shown and not shown.endswith("26.")
    assert dialog.date_edit.date() == QDate(2026, 11, 28)
    # Typing a date the way it is shown works: the format is not only for show.
    dialog.date_edit.setFocus()
    dialog.date_edit.setDate(QDate(2027, 1, 5))
    assert "2027" in dialog.date_edit.text()
    assert dialog.date_edit.calendarWidget().firstDayOfWeek() == Qt.DayOfWeek.Monday
    dialog.reject()


@POPUP_LOG
def test_life_event_dialog_shows_the_year_in_full(
    qtbot: QtBot, window: MainWindow, people: People
) -> None:
    dialog = window.today.record_life_event()
    assert re.search(r"\b2026\b", dialog.date_edit.text())
    dialog.reject()


@POPUP_LOG
def test_the_snooze_calendar_runs_monday_to_sunday_without_week_numbers(
    qtbot: QtBot, window: MainWindow, people: People
) -> None:
    view = window.today
    view.select_item(
        next(i.key for i in view.agenda.due if i.kind is DueKind.KEEP_IN_TOUCH)  # type: ignore[union-attr]
    )
    dialog = view.snooze_to_date()
    assert dialog is not None
    calendar = dialog.calendar
    assert calendar.firstDayOfWeek() == Qt.DayOfWeek.Monday
    assert calendar.verticalHeaderFormat() is QCalendarWidget.VerticalHeaderFormat.NoVerticalHeader
    dialog.reject()
