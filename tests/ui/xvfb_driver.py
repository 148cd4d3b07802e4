"""Run by test_real_window.py under Xvfb: drive the real window with keystrokes.

Prints the view shown after each Ctrl+5 … Ctrl+1, then "quit" once Ctrl+Q ended the event loop.
"""

from __future__ import annotations

import subprocess
import sys

from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from networking_app.app import build_main_window
from networking_app.paths import resolve_paths


def main(data_dir: str, screenshot: str) -> int:
    app = QApplication(sys.argv[:1])
    window = build_main_window(resolve_paths(data_dir))
    window.show()
    window.activateWindow()

    def drive() -> None:
        for number in (5, 4, 3, 2, 1):
            QTest.keyClick(
                window, Qt.Key(Qt.Key.Key_0.value + number), Qt.KeyboardModifier.ControlModifier
            )
            QTest.qWait(100)
            print(window.current_view(), flush=True)
        subprocess.run(["import", "-window", "root", screenshot], check=True)
        QTest.keyClick(window, Qt.Key.Key_Q, Qt.KeyboardModifier.ControlModifier)

    QTimer.singleShot(500, drive)
    QTimer.singleShot(60_000, lambda: app.exit(3))  # never hang the suite
    code = app.exec()
    window.shutdown()
    print("quit", flush=True)
    return code


if __name__ == "__main__":
    sys.exit(main(sys.argv[1], sys.argv[2]))
