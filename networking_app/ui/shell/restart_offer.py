"""After a language change: offer to restart now (the texts are made when views are)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QMessageBox, QWidget


def offer_restart(parent: QWidget, restart: Callable[[], object]) -> QMessageBox:
    """A window-modal question, not blocking; Restart Now (the default) calls ``restart``."""

    box = QMessageBox(
        QMessageBox.Icon.Question,
        QCoreApplication.translate("MainWindow", "Language"),
        QCoreApplication.translate(
            "MainWindow", "The new language is used from the next start. Restart Rapport now?"
        ),
        QMessageBox.StandardButton.NoButton,
        parent,
    )
    box.setObjectName("restart-offer")
    now = box.addButton(
        QCoreApplication.translate("MainWindow", "&Restart Now"), QMessageBox.ButtonRole.AcceptRole
    )
    box.addButton(
        QCoreApplication.translate("MainWindow", "&Later"), QMessageBox.ButtonRole.RejectRole
    )
    box.setDefaultButton(now)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    now.clicked.connect(lambda: restart())
    box.open()
    return box
