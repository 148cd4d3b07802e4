"""F1: a short page that explains the method and the shortcuts."""

from __future__ import annotations

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget

from networking_app.paths import resources_dir


def help_page(language: str) -> str:
    folder = resources_dir() / "help"
    page = folder / f"help.{language}.html"
    if not page.exists():
        page = folder / "help.en.html"
    return page.read_text(encoding="utf-8")


class HelpDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Rapport Help"))
        self.resize(640, 640)
        self.browser = QTextBrowser()
        self.browser.setOpenLinks(False)
        self.browser.setHtml(help_page(QLocale().name().split("_")[0]))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser)
        layout.addWidget(buttons)
