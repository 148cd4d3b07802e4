"""The main window as a user drives it: keyboard navigation, menus, remembered state."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from networking_app.paths import AppPaths
from networking_app.ui.intro.introductions_view import IntroductionsView
from networking_app.ui.shell.help_dialog import HelpDialog
from networking_app.ui.shell.main_window import MainWindow
from networking_app.ui.today.today_view import TodayView
from tests.ui.helpers import show_active

MakeWindow = Callable[[AppPaths], MainWindow]
ORDER = ["today", "board", "timeline", "introductions", "network"]


def test_every_view_is_reachable_with_ctrl_1_to_5(
    qtbot: QtBot, make_window: MakeWindow, paths: AppPaths
) -> None:
    window = make_window(paths)
    show_active(qtbot, window)
    for number in (5, 3, 1, 4, 2):
        with qtbot.waitSignal(window.view_changed) as changed:
            qtbot.keyClick(window, str(number), Qt.KeyboardModifier.ControlModifier)
        assert changed.args == [ORDER[number - 1]]
        assert window.current_view() == ORDER[number - 1]
        assert window.stack.currentWidget() is window.views[ORDER[number - 1]]
        assert window.sidebar.currentRow() == number - 1


def test_empty_states_are_honest_about_the_data(
    make_window: MakeWindow, paths: AppPaths, demo_paths: AppPaths
) -> None:
    window = make_window(demo_paths)
    introductions = window.views["introductions"]
    assert isinstance(introductions, IntroductionsView)
    assert introductions.table.topLevelItemCount() == 3  # the demo's three requests


def test_an_empty_network_says_so(make_window: MakeWindow, paths: AppPaths) -> None:
    window = make_window(paths)
    today = window.views["today"]
    assert isinstance(today, TodayView)
    today.refresh()
    assert today.summary.text() == "Nothing is due today"
    assert "Add the people who matter to you on the board" in today.empty.text()


def test_geometry_and_last_view_are_remembered(
    qtbot: QtBot, make_window: MakeWindow, paths: AppPaths
) -> None:
    first = make_window(paths)
    show_active(qtbot, first)
    first.resize(760, 530)
    first.move(40, 30)
    qtbot.keyClick(first, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    first.close()
    first.shutdown()

    second = make_window(paths)
    assert second.current_view() == "timeline"
    assert (second.width(), second.height()) == (760, 530)


def test_f1_opens_the_help_page(qtbot: QtBot, make_window: MakeWindow, paths: AppPaths) -> None:
    window = make_window(paths)
    show_active(qtbot, window)
    qtbot.keyClick(window, Qt.Key.Key_F1)
    dialogs = [
        w for w in QApplication.topLevelWidgets() if isinstance(w, HelpDialog) and w.isVisible()
    ]
    assert len(dialogs) == 1
    text = dialogs[0].browser.toPlainText()
    assert "weekly ritual" in text.lower()
    assert "Ctrl+1" in text
    dialogs[0].close()


def test_ctrl_q_quits(
    qtbot: QtBot, make_window: MakeWindow, paths: AppPaths, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Quitting the shared test QApplication would end every later test's event loop; the
    # real quit is exercised end to end by the Xvfb test.
    quits: list[bool] = []
    monkeypatch.setattr(QApplication, "quit", lambda: quits.append(True))
    window = make_window(paths)
    show_active(qtbot, window)
    qtbot.keyClick(window, Qt.Key.Key_Q, Qt.KeyboardModifier.ControlModifier)
    assert quits == [True]
    assert not window.isVisible()


def test_manual_backup_from_the_menu(
    qtbot: QtBot, make_window: MakeWindow, paths: AppPaths
) -> None:
    window = make_window(paths)
    window.backup_action.trigger()
    qtbot.waitUntil(lambda: "Backup written" in window.statusBar().currentMessage())
    backups = list(paths.backups_dir.glob("manual-*.sqlite3"))
    assert len(backups) == 1
    assert str(backups[0]) in window.statusBar().currentMessage()


def test_daily_backup_runs_in_the_background(
    qtbot: QtBot, make_window: MakeWindow, paths: AppPaths
) -> None:
    window = make_window(paths)
    window.start_auto_backup()
    qtbot.waitUntil(lambda: "Daily backup written" in window.statusBar().currentMessage())
    assert len(list(paths.backups_dir.glob("daily-*.sqlite3"))) == 1


@pytest.fixture
def answer_message_boxes(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Record QMessageBox.information calls instead of blocking on them."""
    seen: list[str] = []
    monkeypatch.setattr(
        QMessageBox, "information", lambda _parent, _title, text, *a: seen.append(text)
    )
    return seen
