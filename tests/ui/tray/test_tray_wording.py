"""The tray's tooltip in words a person would write, in English and French."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from datetime import datetime, timedelta

import pytest
from pytestqt.qtbot import QtBot

from networking_app.domain.interactions import InteractionDraft
from networking_app.paths import AppPaths
from networking_app.services.clock import Clock
from networking_app.services.workspace import Workspace
from networking_app.ui.tray import autostart
from networking_app.ui.tray.tray_service import TrayService
from tests.ui.today.conftest import NOW, People, fill

WORDS = {
    "en": {
        "reached": "3 people contacted this week — goal of 2 reached",
        "hour": "Notifications paused until 11:00\u202fAM",  # (Qt puts a narrow space)
        "tomorrow": "Notifications paused until tomorrow",
    },
    "fr": {
        "reached": "3 personnes contactées cette semaine — objectif de 2 atteint",
        "hour": "Notifications suspendues jusqu’à 11:00",
        "tomorrow": "Notifications suspendues jusqu’à demain",
    },
}


@pytest.fixture
def tray(qtbot: QtBot, database: AppPaths) -> Iterator[TrayService]:
    workspace = Workspace(database, Clock(fixed=NOW))
    service = TrayService(workspace)
    yield service
    service.menu.deleteLater()


def test_the_tooltip_says_the_goal_is_reached_and_until_when_it_is_paused(
    qtbot: QtBot, tray: TrayService, lang: str
) -> None:
    workspace = tray.workspace
    people: People = fill(workspace)
    this_week = workspace.clock.to_utc(datetime(2026, 11, 25, 12, 0))
    workspace.timeline.save(
        InteractionDraft((people.alice, people.bruno), this_week, summary="Lunch")
    )
    reminders = workspace.reminders
    reminders.save_settings(replace(reminders.settings(), ritual_target=2))
    tray.refresh(fresh=True)
    lines = tray.tooltip().split("\n")
    words = WORDS[lang]
    assert words["reached"] in lines
    assert not any("3 of 2" in line or "3 sur 2" in line for line in lines)
    tray.pause(timedelta(hours=1))
    assert tray.tooltip().split("\n")[-1] == words["hour"]
    tray.pause_until_tomorrow()
    assert tray.tooltip().split("\n")[-1] == words["tomorrow"]


def test_no_overdue_count_when_nothing_is_late(qtbot: QtBot, tray: TrayService, lang: str) -> None:
    workspace = tray.workspace
    workspace.reminders.add_custom(None, "Water the plants", workspace.clock.today(), None)
    tray.refresh(fresh=True)
    first = tray.tooltip().split("\n")[0]
    assert first == {"en": "Rapport: 1 due", "fr": "Rapport : 1 à faire"}[lang]


def test_the_login_entry_is_named_in_french_too(tmp_path: object) -> None:
    entry = autostart.desktop_entry(["networking-app", "tray"])
    assert "Name=Rapport reminders\n" in entry
    assert "Name[fr]=Rappels de Rapport\n" in entry
    assert "Comment[fr]=Vous rappelle de garder le contact" in entry
