"""Run by test_real_window.py under Xvfb: choose French in the settings, then Restart Now.

The process then becomes ``python -m networking_app --data-dir DIR`` again (``os.execv``);
the test reads the log to see it start a second time, in French.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from networking_app.app import run_gui
from networking_app.paths import resolve_paths
from networking_app.ui.shell.main_window import MainWindow


def choose_french_and_restart() -> None:
    window = next(w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow))
    settings = window.open_settings()
    settings.language_combo.setCurrentIndex(settings.language_combo.findData("fr"))
    settings.accept()
    offer = window.findChild(QMessageBox, "restart-offer")
    assert offer is not None
    offer.defaultButton().click()  # "Restart Now"


def main(data_dir: str) -> int:
    sys.argv = ["networking-app", "--data-dir", data_dir]  # what the user typed
    QApplication(sys.argv[:1])  # run_gui configures this one
    QTimer.singleShot(1000, choose_french_and_restart)
    return run_gui(resolve_paths(data_dir), sys.argv[:1])


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))
