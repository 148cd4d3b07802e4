"""Run by test_real_tray.py on Xvfb with trayer: the tray service as `networking-app tray`.

Prints one line per fact the test checks:
  available <bool>           the desktop has a system tray
  icon <x> <y> <w> <h> <red> the icon's place on screen and how many badge-red pixels it shows
  due <key>                  the due items, in order
  menu <text>                each line of the tray menu
  done <key>                 the item marked done from the menu (by keyboard)
  notified <key>             items a notification named
  balloon <bool>             a notification balloon is on screen
  again <n>                  items notified by a second check the same day (must be 0)
  clicked <view> <key>       where a click on the notification led
  after <key>                the due items once one was marked done
  closed <bool>              the window is still visible after closing it (the app runs on)
"""

from __future__ import annotations

import subprocess
import sys
from dataclasses import replace
from datetime import datetime, time
from pathlib import Path

from PySide6.QtCore import QPoint, Qt, QTimer
from PySide6.QtGui import QColor, QImage
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMenu, QSystemTrayIcon, QWidget

from networking_app.app import build_main_window
from networking_app.paths import resolve_paths
from networking_app.ui.tray.badge import BADGE_COLOUR
from networking_app.ui.tray.tray_app import attach_tray


def say(*words: object) -> None:
    print(*words, flush=True)


def screenshot(path: Path) -> QImage:
    subprocess.run(["import", "-window", "root", str(path)], check=True)
    return QImage(str(path))


def red_pixels(image: QImage, x: int, y: int, w: int, h: int) -> int:
    count = 0
    for px in range(max(x, 0), min(x + w, image.width())):
        for py in range(max(y, 0), min(y + h, image.height())):
            colour = QColor(image.pixel(px, py))
            if (
                abs(colour.red() - BADGE_COLOUR.red()) < 40
                and colour.green() < 90
                and colour.blue() < 90
            ):
                count += 1
    return count


def balloon() -> QWidget | None:
    for widget in QApplication.topLevelWidgets():
        if widget.metaObject().className() == "QBalloonTip" and widget.isVisible():
            return widget
    return None


def main(data_dir: str, out: str) -> int:
    shots = Path(out)
    app = QApplication(sys.argv[:1])
    window = build_main_window(resolve_paths(data_dir))
    reminders = window.workspace.reminders
    # Notify at once: the daily time is midnight and no quiet hours get in the way.
    settings = reminders.settings()
    reminders.save_settings(
        replace(settings, daily_time=time(0, 0), quiet_start=None, quiet_end=None)
    )
    say("available", QSystemTrayIcon.isSystemTrayAvailable())
    tray = attach_tray(app, window)
    if tray is None:
        return 2
    tray.notified.connect(lambda keys: [say("notified", key) for key in keys])

    def drive() -> None:
        geometry = tray.icon.geometry()
        image = screenshot(shots / "tray-icon.png")
        red = red_pixels(image, geometry.x(), geometry.y(), geometry.width(), geometry.height())
        say("icon", geometry.x(), geometry.y(), geometry.width(), geometry.height(), red)
        assert tray.agenda is not None
        for item in tray.agenda.due:
            say("due", item.key)
        tip = balloon()
        say("balloon", tip is not None)
        screenshot(shots / "tray-notification.png")
        say("again", len(tray.notify_due(datetime.now().astimezone())))
        if tip is not None:
            # A click on the notification opens its item in the Today view.
            QTest.mouseClick(tip, Qt.MouseButton.LeftButton, pos=QPoint(30, 30))
            QTest.qWait(300)
            say("clicked", window.current_view(), window.today.selected_key() or "-")
        # Closing the window keeps the service: the rest runs only if the app did not quit.
        window.close()
        say("closed", window.isVisible())
        QTimer.singleShot(500, use_the_menu)

    def use_the_menu() -> None:
        geometry = tray.icon.geometry()
        assert tray.agenda is not None

        # The menu, opened below the icon as a click would, then walked by keyboard.
        tray.menu.popup(geometry.bottomLeft() + QPoint(0, 2))
        QTest.qWait(400)
        for action in tray.menu.actions():
            if not action.isSeparator():
                say("menu", action.text())
        screenshot(shots / "tray-menu.png")
        first = tray.agenda.due[0]
        QTest.keyClick(tray.menu, Qt.Key.Key_Down)  # Open today's review
        QTest.keyClick(tray.menu, Qt.Key.Key_Down)  # the first due item
        QTest.keyClick(tray.menu, Qt.Key.Key_Right)  # its submenu, on "Done"
        QTest.qWait(300)
        popup = QApplication.activePopupWidget()
        assert isinstance(popup, QMenu) and popup is not tray.menu, popup
        screenshot(shots / "tray-submenu.png")
        QTest.keyClick(popup, Qt.Key.Key_Return)
        QTest.qWait(300)
        say("done", first.key)
        say("status", window.statusBar().currentMessage())
        for item in tray.agenda.due:
            say("after", item.key)

        app.quit()

    QTimer.singleShot(800, drive)
    QTimer.singleShot(60_000, lambda: app.exit(3))  # never hang the suite
    code = app.exec()
    tray.stop()
    window.shutdown()
    say("quit")
    return code


if __name__ == "__main__":
    sys.exit(main(sys.argv[1], sys.argv[2]))
