"""Dates as every view writes them: one format, in the user's language.

A day is "26 Jan 2026" (English) or "26 janv. 2026" (French) wherever it is shown — in
Today, the introductions, the detail panel — rather than "1/26/26" in one view and words
in another.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, QLocale

#: The one written form of a day (QLocale's month abbreviations follow the language).
DAY_FORMAT = "d MMM yyyy"


def qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def day_text(day: date) -> str:
    """``day`` as the user's language writes it: "26 Jan 2026", "26 janv. 2026"."""
    return str(QLocale().toString(qdate(day), DAY_FORMAT))
