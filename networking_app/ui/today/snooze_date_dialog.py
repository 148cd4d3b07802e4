"""Snooze a reminder until a date the user picks on a calendar."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QCalendarWidget,
    QDialog,
    QDialogButtonBox,
    QVBoxLayout,
    QWidget,
)


def week_calendar(calendar: QCalendarWidget) -> QCalendarWidget:
    """Weeks as the ritual counts them: Monday to Sunday, without ISO week numbers."""
    calendar.setFirstDayOfWeek(Qt.DayOfWeek.Monday)
    calendar.setVerticalHeaderFormat(QCalendarWidget.VerticalHeaderFormat.NoVerticalHeader)
    return calendar


class SnoozeDateDialog(QDialog):
    """A calendar starting at ``first`` (tomorrow): earlier days cannot be chosen."""

    def __init__(self, first: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Snooze until…"))
        self.calendar = week_calendar(QCalendarWidget())
        self.calendar.setMinimumDate(QDate(first.year, first.month, first.day))
        self.calendar.setSelectedDate(self.calendar.minimumDate())
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.calendar)
        layout.addWidget(buttons)

    def chosen(self) -> date:
        chosen = self.calendar.selectedDate().toPython()
        assert isinstance(chosen, date)
        return chosen
