"""The Today view's two drop-down menus: how long to snooze, which message to draft."""

from __future__ import annotations

from collections.abc import Callable
from functools import partial

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMenu, QWidget

from networking_app.domain.vocabulary import TemplateKind


def snooze_menu(
    parent: QWidget, for_days: Callable[[int], object], until_date: Callable[[], object]
) -> QMenu:
    """Until tomorrow, for 3 days, for a week, or until a date chosen in a calendar."""
    menu = QMenu(parent)
    for label, days in (
        (QCoreApplication.translate("TodayView", "Until Tomorrow"), 1),
        (QCoreApplication.translate("TodayView", "For 3 Days"), 3),
        (QCoreApplication.translate("TodayView", "For a Week"), 7),
    ):
        menu.addAction(label, partial(for_days, days))
    menu.addAction(QCoreApplication.translate("TodayView", "Until a Date…"), lambda: until_date())
    return menu


def draft_menu(parent: QWidget, draft: Callable[[TemplateKind], object]) -> QMenu:
    """One entry per message template."""
    menu = QMenu(parent)
    for kind, label in (
        (TemplateKind.RECONNECT, QCoreApplication.translate("TodayView", "Reconnect")),
        (TemplateKind.CONGRATULATE, QCoreApplication.translate("TodayView", "Congratulate")),
        (TemplateKind.SHARE, QCoreApplication.translate("TodayView", "Share an Article")),
        (TemplateKind.THANK, QCoreApplication.translate("TodayView", "Thank You")),
        (TemplateKind.FOLLOW_UP, QCoreApplication.translate("TodayView", "Follow Up")),
    ):
        menu.addAction(label, partial(draft, kind))
    return menu
