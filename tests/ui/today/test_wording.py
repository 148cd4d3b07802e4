"""Today's headline words: no "0 of them overdue", no "12 of 3", plurals as people write."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from datetime import datetime

import pytest
from PySide6.QtCore import QCoreApplication
from pytestqt.qtbot import QtBot

from networking_app.domain.interactions import InteractionDraft
from networking_app.services.workspace import Workspace
from networking_app.ui.labels import plural
from networking_app.ui.shell.main_window import MainWindow
from networking_app.ui.today.reminder_settings_dialog import ReminderSettingsDialog
from tests.ui.helpers import show_active

from .conftest import People


@pytest.fixture
def bare_window(qtbot: QtBot, workspace: Workspace) -> Iterator[MainWindow]:
    """The window over a network holding only what each test adds."""
    main = MainWindow(workspace)
    qtbot.addWidget(main)
    yield main
    main.shutdown()


def test_nothing_late_means_no_overdue_count(
    qtbot: QtBot, bare_window: MainWindow, workspace: Workspace, lang: str
) -> None:
    workspace.reminders.add_custom(None, "Water the plants", workspace.clock.today(), None)
    bare_window.show_view("today")
    show_active(qtbot, bare_window)
    assert bare_window.today.summary.text() == {"en": "1 due", "fr": "1 à faire"}[lang]


def test_late_items_are_counted(
    qtbot: QtBot, window: MainWindow, people: People, lang: str
) -> None:
    window.today.refresh()
    assert (
        window.today.summary.text()
        == {
            "en": "4 due, 3 of them overdue",
            "fr": "4 à faire, dont 3 en retard",
        }[lang]
    )


def test_a_ritual_beyond_its_goal_says_the_goal_is_reached(
    qtbot: QtBot, window: MainWindow, people: People, lang: str
) -> None:
    workspace = window.workspace
    when = workspace.clock.to_utc(datetime(2026, 11, 25, 12, 0))
    workspace.timeline.save(InteractionDraft((people.alice, people.bruno), when, summary="Lunch"))
    reminders = workspace.reminders
    reminders.save_settings(replace(reminders.settings(), ritual_target=2))
    window.today.refresh()
    assert (
        window.today.ritual_label.text()
        == {
            "en": "This week’s ritual is done: 3 different people contacted since Monday"
            " 23 November — goal of 2 reached.",
            "fr": "Rituel de la semaine accompli : 3 personnes différentes contactées depuis"
            " le lundi 23 novembre — objectif de 2 atteint.",
        }[lang]
    )


def test_counts_of_zero_read_as_each_language_writes_them(lang: str) -> None:
    def tr(text: str) -> str:
        return QCoreApplication.translate("Board", text)

    assert (
        plural(0, tr("{n} contact"), tr("{n} contacts"))
        == {
            "en": "0 contacts",
            "fr": "0 contact",
        }[lang]
    )
    assert plural(1, tr("{n} contact"), tr("{n} contacts")) == "1 contact"


def test_cadence_labels_keep_the_circle_lower_case_in_french(
    qtbot: QtBot, window: MainWindow, people: People, french: None
) -> None:
    dialog = window.open_reminder_settings()
    assert isinstance(dialog, ReminderSettingsDialog)
    form = dialog.tabs.widget(0).layout()
    labels = [form.itemAt(row, form.ItemRole.LabelRole).widget().text() for row in range(3)]
    assert labels == [
        "Garder le contact, cercle proche :",
        "Garder le contact, cercle élargi :",
        "Garder le contact, liens faibles :",
    ]
    dialog.done(0)
