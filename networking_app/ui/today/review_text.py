"""The Today view's texts: the date, what is due, the ritual, an empty day, and the
status lines after Done, Snooze and Skip.

Translated in the "TodayView" context, as they were when the view wrote them itself.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, QLocale

from networking_app.domain.reminders import Agenda, DueItem, DueKind, Ritual
from networking_app.ui.dates import day_text, qdate
from networking_app.ui.labels import plural
from networking_app.ui.today.agenda_loader import overdue_count
from networking_app.ui.today.item_text import what_text


def heading(today: date) -> str:
    return QCoreApplication.translate("TodayView", "Today, {date}").format(
        date=QLocale().toString(qdate(today), "dddd d MMMM")
    )


def summary(agenda: Agenda) -> str:
    if not agenda.due:
        return QCoreApplication.translate("TodayView", "Nothing is due today")
    late = overdue_count(agenda.due)
    due = QLocale().toString(len(agenda.due))  # 19,870 / 19 870
    if not late:  # "0 of them overdue" says nothing
        return QCoreApplication.translate("TodayView", "{due} due").format(due=due)
    return QCoreApplication.translate("TodayView", "{due} due, {late} of them overdue").format(
        due=due, late=QLocale().toString(late)
    )


def ritual_text(ritual: Ritual) -> str:
    start = QLocale().toString(qdate(ritual.week_start), "d MMMM")
    done = len(ritual.contacted)
    if ritual.done:
        text = plural(
            done,
            QCoreApplication.translate(
                "TodayView",
                "This week’s ritual is done: {n} person contacted since Monday {start}"
                " — goal of {target} reached.",
            ),
            QCoreApplication.translate(
                "TodayView",
                "This week’s ritual is done: {n} different people contacted since Monday"
                " {start} — goal of {target} reached.",
            ),
        )
    else:
        text = QCoreApplication.translate(
            "TodayView",
            "This week’s ritual: {done} of {target} different people contacted since"
            " Monday {start}.",
        ).replace("{done}", str(done))
    return text.format(target=ritual.target, start=start)


def ritual_line(ritual: Ritual) -> str:
    """The ritual in a few words (the tray's tooltip)."""
    done = len(ritual.contacted)
    if ritual.done:
        text = plural(
            done,
            QCoreApplication.translate(
                "TodayView", "{n} person contacted this week — goal of {target} reached"
            ),
            QCoreApplication.translate(
                "TodayView", "{n} people contacted this week — goal of {target} reached"
            ),
        )
    else:
        text = QCoreApplication.translate(
            "TodayView", "This week: {done} of {target} people contacted"
        ).replace("{done}", str(done))
    return text.format(target=ritual.target)


def empty_day_text(agenda: Agenda) -> str:
    """What an empty day offers instead: a dormant tie, the ritual, or where to begin."""
    if agenda.dormant:
        tie = agenda.dormant[0]
        return QCoreApplication.translate(
            "TodayView",
            "Nothing is due today. A good moment to revive a dormant tie: {name}"
            " ({what}). Share something relevant, react to their news, or offer a"
            " coffee with no ask — press M to draft a message.",
        ).format(name=tie.contact_name, what=what_text(tie))
    if agenda.ritual.suggestions:
        return QCoreApplication.translate(
            "TodayView",
            "Nothing is due today. Keep the weekly ritual going: {name} is suggested below.",
        ).format(name=agenda.ritual.suggestions[0].contact_name)
    return QCoreApplication.translate(
        "TodayView",
        "Nothing is due today. Add the people who matter to you on the board and"
        " Rapport will remind you to keep in touch.",
    )


def _name(item: DueItem) -> str:
    return item.contact_name or item.title


def done_message(item: DueItem) -> str:
    """The status line after Done: what it changed besides the line leaving."""
    if item.kind is DueKind.NEXT_STEP:
        text = QCoreApplication.translate("TodayView", "Done: {name} — the next step is closed")
    elif item.contact_ids:
        text = QCoreApplication.translate("TodayView", "Done: {name} — a touch was logged")
    else:
        text = QCoreApplication.translate("TodayView", "Done: {name}")
    return text.format(name=_name(item))


def snooze_message(item: DueItem, until: date) -> str:
    return QCoreApplication.translate("TodayView", "Snoozed {name} until {date}").format(
        name=_name(item), date=day_text(until)
    )


def skip_message(item: DueItem, back: date | None) -> str:
    """Skipped until ``back`` (a keep-in-touch), or for this time (anything else)."""
    if back is not None:
        return QCoreApplication.translate("TodayView", "Skipped {name} until {date}").format(
            name=_name(item), date=day_text(back)
        )
    return QCoreApplication.translate("TodayView", "Skipped {name} this time").format(
        name=_name(item)
    )
