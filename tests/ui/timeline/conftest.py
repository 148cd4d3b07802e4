"""Fixtures for the timeline's widget tests: a workspace at a fixed time, a few people."""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any

import pytest
from PySide6.QtGui import QUndoStack
from pytestqt.qtbot import QtBot

from networking_app.domain.contacts import ContactDraft
from networking_app.domain.interactions import InteractionDraft
from networking_app.domain.vocabulary import Circle
from networking_app.paths import AppPaths
from networking_app.services.clock import Clock
from networking_app.services.workspace import Workspace
from networking_app.ui.events import DataEvents
from networking_app.ui.timeline.timeline_view import TimelineView
from tests.ui.helpers import show_active

#: A Saturday morning, local time; its week started on Monday 23 November.
NOW = datetime(2026, 11, 28, 9, 0)

#: The completer's popup asks the offscreen platform for a keyboard grab it cannot give
#: (the marker replaces the ini list, so that list is repeated here).
POPUP_LOG = pytest.mark.qt_log_ignore(
    "This plugin does not support grabbing the keyboard",
    "This plugin does not support propagateSizeHints\\(\\)",
    "This plugin does not support raise\\(\\)",
)


@pytest.fixture
def workspace(database: AppPaths) -> Workspace:
    """The UI's gateway over the test database, with the clock stopped at NOW."""
    return Workspace(database, Clock(fixed=NOW))


@pytest.fixture
def events() -> DataEvents:
    return DataEvents()


@pytest.fixture
def undo_stack() -> QUndoStack:
    return QUndoStack()


@pytest.fixture
def people(workspace: Workspace) -> dict[str, int]:
    book = workspace.contacts
    return {
        "francois": book.save(
            ContactDraft(given_name="François", family_name="Dubois", circle=Circle.CLOSE)
        ),
        "zoe": book.save(
            ContactDraft(
                given_name="Zoé", family_name="Martin", circle=Circle.CLOSE, tags=("mentor",)
            )
        ),
        "marc": book.save(ContactDraft(given_name="Marc", family_name="Petit", circle=Circle.WEAK)),
        "ana": book.save(ContactDraft(given_name="Ana", family_name="Lopes", circle=Circle.WEAK)),
    }


def log(workspace: Workspace, ids: list[int], days_ago: float, **fields: Any) -> int:
    """Store an interaction ``days_ago`` before NOW (stored time is UTC, as the app does)."""
    local = NOW - timedelta(days=days_ago)
    draft = InteractionDraft(
        contact_ids=tuple(ids), occurred_at=workspace.clock.to_utc(local), **fields
    )
    return workspace.timeline.save(draft)


@pytest.fixture
def make_view(
    qtbot: QtBot, workspace: Workspace, events: DataEvents, undo_stack: QUndoStack
) -> Any:
    """Build the timeline view on demand (after the test has stored its data), shown."""

    def make() -> TimelineView:
        view = TimelineView(workspace, events, undo_stack)
        qtbot.addWidget(view)
        view.resize(900, 600)
        show_active(qtbot, view)
        return view

    return make
