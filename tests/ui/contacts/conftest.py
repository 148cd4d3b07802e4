"""A real data folder opened as the app opens it, for dialogs shown without the main window."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime

import pytest
from PySide6.QtWidgets import QMessageBox

from networking_app.paths import AppPaths
from networking_app.services.clock import Clock
from networking_app.services.contacts import ContactBook
from networking_app.services.workspace import Workspace

#: The day the demo network is written for: birthdays after it are "in the future".
TODAY = datetime(2026, 11, 28, 10, 0)


@pytest.fixture
def book(demo_paths: AppPaths) -> Iterator[ContactBook]:
    """The demo network's contacts, in a real SQLite file."""
    workspace = Workspace(demo_paths, Clock(TODAY))
    workspace.open()
    yield workspace.contacts
    workspace.close()


@pytest.fixture
def empty_book(paths: AppPaths) -> Iterator[ContactBook]:
    """A fresh data folder with no contact at all."""
    workspace = Workspace(paths, Clock(TODAY))
    workspace.open()
    yield workspace.contacts
    workspace.close()


@pytest.fixture(autouse=True)
def never_block_on_a_message_box(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """A message box left open would wait forever offscreen: answer the safe way, and keep
    what was asked. Tests that need another answer patch these again."""
    asked: list[str] = []

    def answer(choice: QMessageBox.StandardButton) -> object:
        def box(_parent: object, title: str, text: str, *_args: object) -> object:
            asked.append(f"{title}: {text}")
            return choice

        return box

    monkeypatch.setattr(QMessageBox, "question", answer(QMessageBox.StandardButton.Discard))
    monkeypatch.setattr(QMessageBox, "warning", answer(QMessageBox.StandardButton.Cancel))
    return asked
