"""Why a contact cannot be saved, in the user's words, and the red label that says it."""

from __future__ import annotations

import calendar

from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QLabel, QWidget

from networking_app.domain.contacts import ContactDraft, Finding, Problem


def birthday_text(day: int, month: int, year: int | None) -> str:
    """ "31 February", "29 February 2023": a date that may not exist, in words."""
    name = QLocale().standaloneMonthName(month)
    if year is None:
        text = QCoreApplication.translate("ContactProblems", "{day} {month}")
    else:
        text = QCoreApplication.translate("ContactProblems", "{day} {month} {year}")
    return text.format(day=day, month=name, year=year)


def _birthday_message(draft: ContactDraft, problem: Problem) -> str:
    day, month, year = draft.birthday_day, draft.birthday_month, draft.birthday_year
    if problem is Problem.FUTURE_BIRTHDAY:
        return QCoreApplication.translate(
            "ContactProblems", "This birthday is in the future: check the year."
        )
    if day is None or month is None or not 1 <= month <= 12:
        return QCoreApplication.translate(
            "ContactProblems", "Choose both the day and the month of the birthday."
        )
    if year is not None and year < 1900:
        return QCoreApplication.translate(
            "ContactProblems", "Enter a year after 1900, or leave the year empty."
        )
    if day == 29 and month == 2 and year is not None and not calendar.isleap(year):
        return QCoreApplication.translate(
            "ContactProblems", "{date} does not exist: {year} is not a leap year."
        ).format(date=birthday_text(day, month, year), year=year)
    return QCoreApplication.translate(
        "ContactProblems", "{date} does not exist: check the day and the month."
    ).format(date=birthday_text(day, month, year))


def problem_message(finding: Finding, draft: ContactDraft) -> str:
    """One sentence telling the user what is wrong and how to fix it."""
    problem = finding.problem
    if problem is Problem.EMPTY_NAME:
        return QCoreApplication.translate(
            "ContactProblems", "Enter a name (first name, last name or nickname)."
        )
    if problem in (Problem.IMPOSSIBLE_BIRTHDAY, Problem.FUTURE_BIRTHDAY):
        return _birthday_message(draft, problem)
    if problem is Problem.BAD_CADENCE:
        return QCoreApplication.translate(
            "ContactProblems",
            "Enter between 1 and 3650 days, or leave it empty to follow the circle.",
        )
    if problem is Problem.SELF_RELATIONSHIP:
        return QCoreApplication.translate(
            "ContactProblems", "A contact cannot have a relationship with themselves."
        )
    if problem is Problem.BAD_STRENGTH:
        return QCoreApplication.translate("ContactProblems", "Strength goes from 1 to 5.")
    row = finding.index + 1
    value = draft.methods[finding.index].value.strip() if finding.index >= 0 else ""
    if problem is Problem.BAD_EMAIL:
        return QCoreApplication.translate(
            "ContactProblems",
            "“{value}” is not an email address: it should look like name@example.org.",
        ).format(value=value)
    if problem is Problem.BAD_PHONE:
        return QCoreApplication.translate(
            "ContactProblems", "“{value}” is not a phone number: use digits, spaces and + ( ) - . /"
        ).format(value=value)
    if problem is Problem.EMPTY_VALUE:
        return QCoreApplication.translate(
            "ContactProblems", "Row {row} is empty: type a value or remove the row."
        ).format(row=row)
    return str(problem)  # a problem this version does not word yet: better raw than silent


def error_color(palette: QPalette) -> QColor:
    """A red that reads on the light and the dark palettes alike."""
    dark = palette.color(QPalette.ColorRole.Window).lightness() < 128
    return QColor("#ff8a80") if dark else QColor("#b3261e")


class ProblemLabel(QLabel):
    """Red text under a field, hidden while there is nothing to say."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        palette = self.palette()
        palette.setColor(QPalette.ColorRole.WindowText, error_color(palette))
        self.setPalette(palette)
        self.hide()

    def set_messages(self, messages: list[str]) -> None:
        # Called on every keystroke: touch the widget only where something changes.
        text = "\n".join(dict.fromkeys(messages))
        if text != self.text():
            self.setText(text)
            self.setAccessibleName(text)
        if self.isHidden() == bool(messages):
            self.setVisible(bool(messages))
