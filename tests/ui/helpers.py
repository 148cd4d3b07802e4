"""Small helpers for driving widgets as a user would."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QMessageBox, QWidget
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


def answer_questions(monkeypatch: pytest.MonkeyPatch, *answers: object) -> list[str]:
    """Answer the next ``QMessageBox.question`` calls with ``answers``, in turn (a real one
    would block an offscreen test); returns the texts asked, as they come."""
    left, asked = list(answers), []

    def answer(_parent: object, _title: str, text: str, *_args: object) -> object:
        asked.append(text)
        return left.pop(0)

    monkeypatch.setattr(QMessageBox, "question", answer)
    return asked
