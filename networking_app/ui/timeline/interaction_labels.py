"""Translated words for the interaction vocabularies and the log dialog's problems."""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import QCoreApplication, QDate, QLocale, QTime

from networking_app.domain.interactions import InteractionProblem
from networking_app.domain.vocabulary import (
    AskOutcome,
    Direction,
    InteractionKind,
    ResponseState,
    ValueType,
)


def kind_labels() -> dict[InteractionKind, str]:
    return {
        InteractionKind.COFFEE: QCoreApplication.translate("TimelineLabels", "Coffee"),
        InteractionKind.MEAL: QCoreApplication.translate("TimelineLabels", "Meal"),
        InteractionKind.MEETING: QCoreApplication.translate("TimelineLabels", "Meeting"),
        InteractionKind.CALL: QCoreApplication.translate("TimelineLabels", "Call"),
        InteractionKind.VIDEO: QCoreApplication.translate("TimelineLabels", "Video call"),
        InteractionKind.EMAIL: QCoreApplication.translate("TimelineLabels", "Email"),
        InteractionKind.MESSAGE: QCoreApplication.translate("TimelineLabels", "Message"),
        InteractionKind.EVENT: QCoreApplication.translate("TimelineLabels", "Event"),
        InteractionKind.SOCIAL_TOUCH: QCoreApplication.translate("TimelineLabels", "Social touch"),
    }


def direction_phrases() -> dict[Direction, str]:
    """How a timeline row says who started it."""
    return {
        Direction.OUTREACH: QCoreApplication.translate("TimelineLabels", "I reached out"),
        Direction.INBOUND: QCoreApplication.translate("TimelineLabels", "They reached out"),
        Direction.MUTUAL: QCoreApplication.translate("TimelineLabels", "Mutual"),
    }


def value_labels() -> dict[ValueType, str]:
    return {
        ValueType.INTRODUCTION: QCoreApplication.translate("TimelineLabels", "introduction"),
        ValueType.INFORMATION: QCoreApplication.translate("TimelineLabels", "information"),
        ValueType.EXPERTISE: QCoreApplication.translate("TimelineLabels", "expertise"),
        ValueType.VISIBILITY: QCoreApplication.translate("TimelineLabels", "visibility"),
        ValueType.SUPPORT: QCoreApplication.translate("TimelineLabels", "support"),
    }


def outcome_labels() -> dict[AskOutcome, str]:
    return {
        AskOutcome.PENDING: QCoreApplication.translate("TimelineLabels", "Pending"),
        AskOutcome.YES: QCoreApplication.translate("TimelineLabels", "Yes"),
        AskOutcome.NO: QCoreApplication.translate("TimelineLabels", "No"),
    }


def response_labels() -> dict[ResponseState, str]:
    return {
        ResponseState.ANSWERED: QCoreApplication.translate("TimelineLabels", "Answered"),
        ResponseState.WAITING: QCoreApplication.translate(
            "TimelineLabels", "Waiting for an answer"
        ),
        ResponseState.NO_ANSWER: QCoreApplication.translate("TimelineLabels", "No answer"),
    }


def problem_messages() -> dict[InteractionProblem, str]:
    return {
        InteractionProblem.NO_CONTACT: QCoreApplication.translate(
            "TimelineLabels", "Choose at least one contact."
        ),
        InteractionProblem.IN_THE_FUTURE: QCoreApplication.translate(
            "TimelineLabels",
            "This date is in the future: a planned meeting is a next step, not an interaction.",
        ),
        InteractionProblem.TOO_OLD: QCoreApplication.translate(
            "TimelineLabels", "This date is too far in the past."
        ),
        InteractionProblem.NEXT_STEP_WITHOUT_TEXT: QCoreApplication.translate(
            "TimelineLabels", "A next step needs a description."
        ),
        InteractionProblem.RESPONSE_BEFORE_EVENT: QCoreApplication.translate(
            "TimelineLabels", "The answer cannot come before the interaction."
        ),
    }


def short_date(day: date, today: date) -> str:
    """ "1 Dec", with the year when it is not this year's: "1 Dec 2025"."""
    fmt = "d MMM" if day.year == today.year else "d MMM yyyy"
    return QLocale().toString(QDate(day.year, day.month, day.day), fmt)


def time_text(moment: datetime) -> str:
    """The time of day in the user's locale: "14:05" or "2:05 PM"."""
    return QLocale().toString(QTime(moment.hour, moment.minute), QLocale.FormatType.ShortFormat)


def capitalised(text: str) -> str:
    """French day names are lower case; a heading starts with a capital."""
    return text[:1].upper() + text[1:]


__all__ = [
    "capitalised",
    "direction_phrases",
    "kind_labels",
    "outcome_labels",
    "problem_messages",
    "response_labels",
    "short_date",
    "time_text",
    "value_labels",
]
