"""The questions dialogs ask before losing what the user typed."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget


def discard_changes(parent: QWidget, text: str) -> bool:
    """Ask whether to throw away unsaved edits (``text`` says which); Cancel is the default.
    True: discard them."""
    answer = QMessageBox.question(
        parent,
        QCoreApplication.translate("Confirm", "Discard changes?"),
        text,
        QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
        QMessageBox.StandardButton.Cancel,
    )
    return answer == QMessageBox.StandardButton.Discard
