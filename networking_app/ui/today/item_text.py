"""Translated words for due items: the engine's English ``reason`` is for the CLI only."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from networking_app.domain.reminders import DueItem, DueKind, Reconnect, Suggestion
from networking_app.domain.vocabulary import LifeEventKind
from networking_app.ui.dates import day_text
from networking_app.ui.labels import target_category_labels


def kind_labels() -> dict[DueKind, str]:
    """Group headings of the Today view, in the order they are shown."""
    return {
        DueKind.KEEP_IN_TOUCH: QCoreApplication.translate("Today", "Keep in touch"),
        DueKind.NEXT_STEP: QCoreApplication.translate("Today", "Next steps"),
        DueKind.LIFE_EVENT: QCoreApplication.translate("Today", "Life events"),
        DueKind.CUSTOM: QCoreApplication.translate("Today", "Your reminders"),
        DueKind.INTRO_FOLLOW_UP: QCoreApplication.translate("Today", "Introduction follow-ups"),
        DueKind.DORMANT: QCoreApplication.translate("Today", "Dormant ties to revive"),
    }


def life_event_labels() -> dict[LifeEventKind, str]:
    return {
        LifeEventKind.BIRTHDAY: QCoreApplication.translate("Today", "Birthday"),
        LifeEventKind.NEW_JOB: QCoreApplication.translate("Today", "New job"),
        LifeEventKind.PROMOTION: QCoreApplication.translate("Today", "Promotion"),
        LifeEventKind.PUBLICATION: QCoreApplication.translate("Today", "Publication"),
        LifeEventKind.MOVE: QCoreApplication.translate("Today", "Move"),
        LifeEventKind.MILESTONE: QCoreApplication.translate("Today", "Personal milestone"),
        LifeEventKind.OTHER: QCoreApplication.translate("Today", "Other event"),
    }


def when_text(item: DueItem) -> str:
    """ "today", "3 days late", "in 2 days"."""
    if item.days_late == 0:
        return QCoreApplication.translate("Today", "today")
    if item.days_late > 0:
        return (
            QCoreApplication.translate("Today", "1 day late")
            if item.days_late == 1
            else QCoreApplication.translate("Today", "{n} days late").format(n=item.days_late)
        )
    ahead = -item.days_late
    return (
        QCoreApplication.translate("Today", "tomorrow")
        if ahead == 1
        else QCoreApplication.translate("Today", "in {n} days").format(n=ahead)
    )


def repeat_text(days: int) -> str:
    """How often a reminder of the user's comes back: "every month", "every 31 days"."""
    named = {
        1: QCoreApplication.translate("Today", "every day"),
        7: QCoreApplication.translate("Today", "every week"),
        30: QCoreApplication.translate("Today", "every month"),
        365: QCoreApplication.translate("Today", "every year"),
    }
    return named.get(days) or QCoreApplication.translate("Today", "every {n} days").format(n=days)


def what_text(item: DueItem) -> str:
    """What the item asks of the user, without the person's name."""
    if item.kind in (DueKind.KEEP_IN_TOUCH, DueKind.DORMANT):
        if item.last_interaction is None:
            return QCoreApplication.translate("Today", "No interaction logged yet")
        cadence = item.cadence_days or 0
        return QCoreApplication.translate("Today", "Last contact {date}, every {n} days").format(
            date=day_text(item.last_interaction), n=cadence
        )
    if item.kind is DueKind.LIFE_EVENT:
        label = life_event_labels().get(item.event_kind or LifeEventKind.OTHER, "")
        if not item.title:
            return label
        return QCoreApplication.translate("Today", "{event}: {note}").format(
            event=label, note=item.title
        )
    if item.kind is DueKind.NEXT_STEP:
        return QCoreApplication.translate("Today", "Next step: {text}").format(text=item.title)
    if item.kind is DueKind.INTRO_FOLLOW_UP:
        return QCoreApplication.translate("Today", "Introduction: {text}").format(text=item.title)
    if item.repeat_days:  # a reminder of the user's that comes back: say so on its line
        return QCoreApplication.translate("Today", "{text} ({every})").format(
            text=item.title, every=repeat_text(item.repeat_days)
        )
    return item.title


def _elide(text: str, width: int = 48) -> str:
    return text if len(text) <= width else text[: width - 1].rstrip() + "…"


def short_what(item: DueItem) -> str:
    """What the item asks, in a few words (menus and notifications)."""
    if item.kind is DueKind.KEEP_IN_TOUCH:
        return QCoreApplication.translate("Today", "keep in touch")
    if item.kind is DueKind.DORMANT:
        return QCoreApplication.translate("Today", "dormant tie to revive")
    if item.kind is DueKind.LIFE_EVENT:
        return life_event_labels().get(item.event_kind or LifeEventKind.OTHER, "")
    return _elide(item.title)


def item_line(item: DueItem) -> str:
    """One line for menus and notifications: "Name — what (when)"."""
    who = item.contact_name or QCoreApplication.translate("Today", "Reminder")
    return f"{_elide(who, 32)} — {short_what(item)} ({when_text(item)})"


def reconnect_labels() -> dict[Reconnect, str]:
    """The guide's ways back to a dormant tie."""
    return {
        Reconnect.SHARE: QCoreApplication.translate("Today", "share something relevant"),
        Reconnect.REACT: QCoreApplication.translate("Today", "react to their news"),
        Reconnect.COFFEE: QCoreApplication.translate("Today", "a coffee with no ask"),
    }


def reconnect_text(item: DueItem) -> str:
    labels = reconnect_labels()
    return QCoreApplication.translate("Today", "Ideas: {ideas}").format(
        ideas=", ".join(labels[r] for r in item.reconnect)
    )


def why_text(code: str) -> str:
    """A suggestion's reason code in words."""
    if code.startswith("neglected_category:"):
        value = code.partition(":")[2]
        labels = {c.value: label for c, label in target_category_labels().items()}
        return QCoreApplication.translate(
            "Today", "a target category you neglect: {category}"
        ).format(category=labels.get(value, value))
    return {
        "overdue": QCoreApplication.translate("Today", "overdue for their cadence"),
        "dormant_weak_tie": QCoreApplication.translate(
            "Today", "a dormant weak tie worth reviving"
        ),
        "life_event_soon": QCoreApplication.translate("Today", "a life event coming up"),
    }.get(code, code)


def suggestion_line(suggestion: Suggestion) -> str:
    reasons = ", ".join(why_text(code) for code in suggestion.why)
    return f"{suggestion.contact_name} — {reasons}" if reasons else suggestion.contact_name
