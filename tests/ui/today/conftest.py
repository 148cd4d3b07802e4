"""Fixtures for the Today view: the real window over a small network at a fixed time."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, datetime

import pytest
from pytestqt.qtbot import QtBot

from networking_app.domain.contacts import ContactDraft, MethodDraft
from networking_app.domain.interactions import InteractionDraft
from networking_app.domain.vocabulary import Circle, LifeEventKind
from networking_app.paths import AppPaths
from networking_app.services.clock import Clock
from networking_app.services.workspace import Workspace
from networking_app.ui.shell.main_window import MainWindow
from tests.ui.helpers import show_active

#: A Saturday morning, local time; its ISO week started on Monday 23 November.
NOW = datetime(2026, 11, 28, 10, 0)
TODAY = NOW.date()

POPUP_LOG = pytest.mark.qt_log_ignore(
    "This plugin does not support grabbing the keyboard",
    "This plugin does not support propagateSizeHints\\(\\)",
    "This plugin does not support raise\\(\\)",
)


@dataclass(frozen=True)
class People:
    alice: int  # close circle, last coffee 31 days ago: keep in touch, 10 days late
    bruno: int  # weak tie, silent for well over twice 180 days: dormant
    chloe: int  # extended, met this week; a next step due yesterday; birthday tomorrow


def _at(day: date, clock: Clock) -> datetime:
    return clock.to_utc(datetime(day.year, day.month, day.day, 12, 0))


def fill(workspace: Workspace) -> People:
    book, timeline, clock = workspace.contacts, workspace.timeline, workspace.clock
    alice = book.save(
        ContactDraft(
            given_name="Alice",
            family_name="Martin",
            circle=Circle.CLOSE,
            methods=(MethodDraft("email", "alice@example.org", preferred=True),),
        )
    )
    bruno = book.save(ContactDraft(given_name="Bruno", family_name="Petit", circle=Circle.WEAK))
    chloe = book.save(ContactDraft(given_name="Chloe", family_name="Roux", circle=Circle.EXTENDED))
    timeline.save(InteractionDraft((alice,), _at(date(2026, 10, 28), clock), summary="Coffee"))
    timeline.save(InteractionDraft((bruno,), _at(date(2025, 3, 1), clock), summary="Panel"))
    timeline.save(
        InteractionDraft(
            (chloe,),
            _at(date(2026, 11, 24), clock),
            summary="Lunch",
            next_step="Send the deck",
            next_step_due=date(2026, 11, 27),
        )
    )
    workspace.reminders.add_life_event(chloe, LifeEventKind.BIRTHDAY, date(1990, 11, 29))
    return People(alice, bruno, chloe)


@pytest.fixture
def workspace(database: AppPaths) -> Workspace:
    return Workspace(database, Clock(fixed=NOW))


@pytest.fixture
def people(workspace: Workspace) -> People:
    return fill(workspace)


@pytest.fixture
def window(qtbot: QtBot, workspace: Workspace, people: People) -> Iterator[MainWindow]:
    main = MainWindow(workspace)
    qtbot.addWidget(main)
    main.show_view("today")
    show_active(qtbot, main)
    yield main
    main.shutdown()
