"""Start-up dialog for a database that cannot be opened: say what, where, and offer a backup."""

from __future__ import annotations

from enum import Enum, auto

from PySide6.QtCore import QCoreApplication, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QMessageBox, QWidget

from networking_app.services.workspace import DatabaseBusy, DatabaseUnusable


class Choice(Enum):
    RESTORE = auto()
    QUIT = auto()


def ask_what_to_do(error: DatabaseUnusable, parent: QWidget | None = None) -> Choice:
    """Explain the problem; the user restores the newest good backup or quits."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Critical)
    box.setWindowTitle(
        QCoreApplication.translate("DatabaseProblem", "Rapport cannot open your data")
    )
    box.setText(
        QCoreApplication.translate(
            "DatabaseProblem", "Rapport cannot open {path}: {reason}."
        ).format(path=error.path, reason=error.reason)
    )
    details = QCoreApplication.translate("DatabaseProblem", "The file was left exactly as it is.")
    if error.backup is not None:
        details += " " + QCoreApplication.translate(
            "DatabaseProblem",
            "The newest good backup is {backup}. Restoring it keeps the current file aside;"
            " nothing is deleted.",
        ).format(backup=error.backup)
    else:
        details += " " + QCoreApplication.translate(
            "DatabaseProblem", "No good backup was found in the backups folder."
        )
    box.setInformativeText(details)
    restore = None
    if error.backup is not None:
        restore = box.addButton(
            QCoreApplication.translate("DatabaseProblem", "&Restore Newest Backup"),
            QMessageBox.ButtonRole.AcceptRole,
        )
    folder = box.addButton(
        QCoreApplication.translate("DatabaseProblem", "Open Data &Folder"),
        QMessageBox.ButtonRole.ActionRole,
    )
    quit_button = box.addButton(
        QCoreApplication.translate("DatabaseProblem", "&Quit"), QMessageBox.ButtonRole.RejectRole
    )
    box.setDefaultButton(restore or quit_button)
    while True:
        box.exec()
        clicked = box.clickedButton()
        if clicked is folder:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(error.path.parent)))
            continue
        return Choice.RESTORE if restore is not None and clicked is restore else Choice.QUIT


def ask_to_retry(error: DatabaseBusy, parent: QWidget | None = None) -> bool:
    """Another program holds the database: say so and offer to try again (True) or quit.
    Nothing is wrong with the data, so no backup is offered."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(QCoreApplication.translate("DatabaseProblem", "Your data is in use"))
    box.setText(
        QCoreApplication.translate(
            "DatabaseProblem",
            "Another program is using Rapport's data right now, so it cannot be opened.",
        )
    )
    box.setInformativeText(
        QCoreApplication.translate(
            "DatabaseProblem",
            "Close the program that holds it (a backup or sync tool, another copy of"
            " Rapport on another account) or wait a moment, then try again. Nothing was"
            " changed.",
        )
    )
    box.setDetailedText(str(error))
    retry = box.addButton(
        QCoreApplication.translate("DatabaseProblem", "&Try Again"),
        QMessageBox.ButtonRole.AcceptRole,
    )
    box.addButton(
        QCoreApplication.translate("DatabaseProblem", "&Quit"), QMessageBox.ButtonRole.RejectRole
    )
    box.setDefaultButton(retry)
    box.exec()
    return box.clickedButton() is retry
