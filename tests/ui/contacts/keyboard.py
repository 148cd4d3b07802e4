"""Typing as a user does: keys go to the pop-up when one is open, else to the focused widget.

On the offscreen platform a pop-up cannot grab the keyboard, so without this the keys
would skip the completer's pop-up that a real keyboard would reach.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot


def _target() -> QWidget:
    target = QApplication.activePopupWidget() or QApplication.focusWidget()
    assert target is not None, "nothing has the keyboard focus"
    return target


def type_text(qtbot: QtBot, text: str) -> None:
    for char in text:  # one by one: the pop-up may open or close after any of them
        if char.isascii():
            qtbot.keyClick(_target(), char)
        else:  # QTest only knows ASCII keys; a keyboard layout sends "é" as text
            for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
                event = QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, char)
                QApplication.sendEvent(_target(), event)


def press(
    qtbot: QtBot, key: Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier
) -> None:
    qtbot.keyClick(_target(), key, modifier)


def focus(qtbot: QtBot, widget: QWidget) -> None:
    """Click into ``widget`` the way Tab or the mouse would give it the focus."""
    widget.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(widget.hasFocus)


def clear_and_type(qtbot: QtBot, widget: QWidget, text: str) -> None:
    """Select everything in the focused field and type over it."""
    focus(qtbot, widget)
    press(qtbot, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    press(qtbot, Qt.Key.Key_Backspace)
    type_text(qtbot, text)
