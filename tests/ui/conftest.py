"""Fixtures for widget tests: a real data folder, filled or empty, and the real window."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import date

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from networking_app.app import build_main_window
from networking_app.paths import AppPaths
from networking_app.services.demo import fill_demo
from networking_app.storage.database import close_database, open_database
from networking_app.ui.i18n import install_translators
from networking_app.ui.shell.main_window import MainWindow


@pytest.fixture
def demo_paths(paths: AppPaths) -> AppPaths:
    """A data folder holding the demo network."""
    paths.ensure()
    open_database(paths.database, paths.backups_dir)
    fill_demo(date(2026, 11, 28))
    close_database()
    return paths


@pytest.fixture
def make_window(qtbot: QtBot) -> Iterator[Callable[[AppPaths], MainWindow]]:
    """Build main windows the way the app does; each is shut down after the test."""
    windows: list[MainWindow] = []

    def make(paths: AppPaths) -> MainWindow:
        window = build_main_window(paths)
        qtbot.addWidget(window)
        windows.append(window)
        return window

    yield make
    for window in windows:
        window.shutdown()


@pytest.fixture(params=["en", "fr"])
def lang(request: pytest.FixtureRequest) -> Iterator[str]:
    """The test runs in English, then in French (catalogue and locale), then back."""
    app = QApplication.instance()
    assert app is not None
    install_translators(app, request.param)
    yield request.param
    install_translators(app, "en")


@pytest.fixture
def french() -> Iterator[None]:
    """The test runs in French (catalogue and locale), then back to English."""
    app = QApplication.instance()
    assert app is not None
    install_translators(app, "fr")
    yield
    install_translators(app, "en")
