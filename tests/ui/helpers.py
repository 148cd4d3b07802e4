"""Small helpers for driving widgets as a user would."""

from __future__ import annotations

from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot


def show_active(qtbot: QtBot, window: QWidget) -> None:
    """Show ``window`` and wait until it is active: shortcuts only reach the active window."""
    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)


def go_dark(widget: QWidget) -> None:
    """Give ``widget`` a dark palette (window, buttons, fields, text), as a dark theme does."""
    palette = widget.palette()
    for role, color in (
        (QPalette.ColorRole.Window, QColor(0x2B, 0x2B, 0x2B)),
        (QPalette.ColorRole.Button, QColor(0x35, 0x35, 0x35)),
        (QPalette.ColorRole.Base, QColor(0x1E, 0x1E, 0x1E)),
        (QPalette.ColorRole.Text, QColor(0xEE, 0xEE, 0xEE)),
    ):
        palette.setColor(role, color)
    widget.setPalette(palette)
