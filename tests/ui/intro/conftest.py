"""Fixtures for the introduction widgets: a workspace at a fixed time, a small network."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest
from PySide6.QtGui import QUndoStack

from networking_app.domain.contacts import ContactDraft, MethodDraft, RelationshipDraft
from networking_app.domain.interactions import InteractionDraft
from networking_app.domain.profile import Profile
from networking_app.domain.vocabulary import Circle
from networking_app.paths import AppPaths
from networking_app.services.clock import Clock
from networking_app.services.workspace import Workspace
from networking_app.ui.events import DataEvents

NOW = datetime(2026, 11, 28, 9, 0)


@pytest.fixture
def workspace(database: AppPaths) -> Workspace:
    return Workspace(database, Clock(fixed=NOW))


@pytest.fixture
def events() -> DataEvents:
    return DataEvents()


@pytest.fixture
def undo_stack() -> QUndoStack:
    return QUndoStack()


@pytest.fixture
def people(workspace: Workspace) -> dict[str, int]:
    """A person to meet, a friend who knows them (and was given to), a colleague of theirs."""
    book = workspace.contacts
    target = book.save(
        ContactDraft(
            given_name="François",
            family_name="Muller",
            organisation="Acme",
            role="Head of Payments",
            circle=Circle.TARGET,
        )
    )
    zoe = book.save(
        ContactDraft(
            given_name="Zoe",
            family_name="Martin",
            circle=Circle.CLOSE,
            methods=(MethodDraft("email", "zoe@example.org", preferred=True),),
            relationships=(RelationshipDraft(target, "knows", 4),),
        )
    )
    marc = book.save(ContactDraft(given_name="Marc", family_name="Petit", organisation="Acme"))
    workspace.timeline.save(
        InteractionDraft(
            contact_ids=(zoe,),
            occurred_at=workspace.clock.to_utc(NOW - timedelta(days=10)),
            values_given=("information",),
            summary="Sent her the pricing study",
        )
    )
    workspace.save_profile(
        Profile(
            name="Camille Lefèvre",
            pitch="I lead product at Lumen Data.",
            signature="Camille\ncamille@lumen.example",
        )
    )
    return {"target": target, "zoe": zoe, "marc": marc}
