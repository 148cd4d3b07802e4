"""Boards on real data folders: the demo network, or a few contacts made for one test."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import date, datetime

import pytest
from PySide6.QtGui import QKeySequence, QUndoStack
from pytestqt.qtbot import QtBot

from networking_app.paths import AppPaths
from networking_app.services.clock import Clock
from networking_app.services.workspace import Workspace
from networking_app.storage.models import Interaction, InteractionParticipant
from networking_app.ui.board.board_view import BoardView
from networking_app.ui.events import DataEvents

#: the day the demo network was written for (tests/ui/conftest.py)
DEMO_DAY = date(2026, 11, 28)


@pytest.fixture
def demo_workspace(demo_paths: AppPaths) -> Iterator[Workspace]:
    """The demo data folder, opened, on the day the demo was written for."""
    workspace = Workspace(demo_paths, Clock(datetime(2026, 11, 28, 10, 0)))
    workspace.open()
    yield workspace
    workspace.close()


@pytest.fixture
def fresh_workspace(paths: AppPaths) -> Iterator[Workspace]:
    """An empty data folder, opened; its clock can be moved (``workspace.clock.fixed``)."""
    workspace = Workspace(paths, Clock(datetime(2026, 1, 5, 9, 0)))
    workspace.open()
    yield workspace
    workspace.close()


MakeBoard = Callable[[Workspace], BoardView]


@pytest.fixture
def make_board(qtbot: QtBot) -> MakeBoard:
    """A shown board with its own undo stack (Ctrl+Z / Ctrl+Shift+Z, as the window has)."""

    def make(workspace: Workspace) -> BoardView:
        stack = QUndoStack()
        board = BoardView(workspace, stack, DataEvents())
        undo = stack.createUndoAction(board)
        undo.setShortcut(QKeySequence("Ctrl+Z"))
        redo = stack.createRedoAction(board)
        redo.setShortcut(QKeySequence("Ctrl+Shift+Z"))
        board.addActions([undo, redo])
        qtbot.addWidget(board)
        board.resize(1280, 760)
        board.show()
        qtbot.waitExposed(board)
        qtbot.waitUntil(lambda: board.store.loaded)  # the cards are read on a worker thread
        qtbot.wait(10)  # and laid out
        return board

    return make


def add_interaction(contact_id: int, when: datetime) -> None:
    """A coffee with ``contact_id`` at ``when`` (the timeline has no use-case yet)."""
    interaction = Interaction.create(
        occurred_at=when, kind="coffee", direction="mutual", summary="Coffee"
    )
    InteractionParticipant.insert(interaction=interaction.id, contact=contact_id).execute()
