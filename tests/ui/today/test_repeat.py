"""A repeating reminder says how often it comes back, in the dialog and on its line."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QRect, Qt
from pytestqt.qtbot import QtBot

from networking_app.ui.shell.main_window import MainWindow
from networking_app.ui.today.reminder_dialogs import CustomReminderDialog

from .conftest import POPUP_LOG, People

HINTS = {
    "en": {
        None: "Once, on that day.",
        1: "Every day.",
        7: "Every week, on the same weekday.",
        30: "Every month, on the same day (the 31st falls on the month’s last day).",
        31: "Every 31 days.",
        32: "Every 32 days.",
        365: "Every year, on the same date.",
    },
    "fr": {
        None: "Une seule fois, ce jour-là.",
        1: "Chaque jour.",
        7: "Chaque semaine, le même jour de la semaine.",
        30: "Chaque mois, le même jour (le 31 tombe le dernier jour du mois).",
        31: "Tous les 31 jours.",
        32: "Tous les 32 jours.",
        365: "Chaque année, à la même date.",
    },
}


def fully_shown(dialog: CustomReminderDialog) -> bool:
    hint = dialog.repeat_hint
    inside = dialog.rect().contains(QRect(hint.mapTo(dialog, QPoint(0, 0)), hint.size()))
    return inside and hint.height() >= hint.heightForWidth(hint.width())


@POPUP_LOG
def test_every_repeat_says_what_it_means_and_reads_in_full(
    qtbot: QtBot, window: MainWindow, people: People, lang: str
) -> None:
    dialog = window.today.add_reminder()
    qtbot.waitExposed(dialog)
    hints = HINTS[lang]
    assert dialog.repeat_hint.text() == hints[None]
    qtbot.mouseClick(dialog.repeat_check, Qt.MouseButton.LeftButton)
    for days in (1, 7, 30, 31, 32, 365):
        dialog.repeat_days.setValue(days)
        assert dialog.repeat_hint.isVisible()
        assert dialog.repeat_hint.text() == hints[days]
        assert fully_shown(dialog), days
    dialog.reject()


@POPUP_LOG
@pytest.mark.parametrize("days", [30, 31])
def test_a_repeating_reminder_says_so_on_its_line(
    qtbot: QtBot, window: MainWindow, people: People, lang: str, days: int
) -> None:
    view = window.today
    dialog = view.add_reminder()
    dialog.text_edit.setText("Water the plants")
    dialog.repeat_check.setChecked(True)
    dialog.repeat_days.setValue(days)
    dialog.save()
    every = {
        ("en", 30): "every month",
        ("en", 31): "every 31 days",
        ("fr", 30): "chaque mois",
        ("fr", 31): "tous les 31 jours",
    }[lang, days]
    tree = view.tree
    qtbot.waitUntil(
        lambda: any(
            tree.topLevelItem(i).text(1).startswith("Water the plants")
            for i in range(tree.topLevelItemCount())
        )
    )
    row = next(
        tree.topLevelItem(i)
        for i in range(tree.topLevelItemCount())
        if tree.topLevelItem(i).text(1).startswith("Water the plants")
    )
    assert row.text(1) == f"Water the plants ({every})"
    assert every in row.toolTip(1)


@POPUP_LOG
def test_a_one_off_reminder_shows_its_text_alone(
    qtbot: QtBot, window: MainWindow, people: People
) -> None:
    view = window.today
    dialog = view.add_reminder()
    dialog.text_edit.setText("Renew the membership")
    dialog.save()
    tree = view.tree
    texts = [tree.topLevelItem(i).text(1) for i in range(tree.topLevelItemCount())]
    assert "Renew the membership" in texts
