"""Wiring the tray service to the window: one running instance serves both."""

from __future__ import annotations

import logging
import time

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QSystemTrayIcon

from networking_app.ui.shell.main_window import MainWindow
from networking_app.ui.today.today_view import STATUS_MS
from networking_app.ui.tray.tray_service import TrayService

log = logging.getLogger(__name__)


def wait_for_tray(seconds: float) -> bool:
    """At login the panel may start after us: wait a little for its tray to appear."""
    deadline = time.monotonic() + seconds
    while not QSystemTrayIcon.isSystemTrayAvailable():
        if time.monotonic() >= deadline:
            return False
        QCoreApplication.processEvents()
        time.sleep(0.25)
    return True


def open_today(window: MainWindow, key: str = "") -> None:
    """Bring the window forward on the Today view (on ``key`` when given)."""
    window.bring_to_front()
    window.show_view("today")
    if key:
        window.today.select_item(key)


def attach_tray(app: QApplication, window: MainWindow) -> TrayService | None:
    """Start the tray service beside ``window`` when the desktop has a tray.

    With a tray, closing the window keeps the service running; without one, closing the
    window quits and the Today view carries the reminders.
    """
    if not QSystemTrayIcon.isSystemTrayAvailable():
        log.info("no system tray: closing the window quits")
        app.setQuitOnLastWindowClosed(True)
        return None
    tray = TrayService(window.workspace, window.events, window.undo_stack, app)
    tray.borrow = window.today.current_agenda
    tray.open_today_requested.connect(lambda: open_today(window))
    tray.open_item_requested.connect(lambda key: open_today(window, key))
    tray.quit_requested.connect(window.quit_app)
    tray.said.connect(lambda text: window.statusBar().showMessage(text, STATUS_MS))
    app.setQuitOnLastWindowClosed(False)
    tray.start()
    log.info("tray service started")
    return tray
