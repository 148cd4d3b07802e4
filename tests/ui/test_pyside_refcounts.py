"""Guard against PySide6 builds that free None or True (6.12.0 on CPython 3.11 did).

Such a build aborts the app after a few thousand widget calls, so it must never be used.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot


class _Emitter(QObject):
    fired = Signal(int)


def test_void_calls_and_emits_keep_none_and_true_alive(qtbot: QtBot) -> None:
    label = QLabel()
    qtbot.addWidget(label)
    emitter = _Emitter()
    emitter.fired.connect(lambda _value: None)
    none_before, true_before = sys.getrefcount(None), sys.getrefcount(True)
    for n in range(500):
        label.setText(str(n))
        emitter.fired.emit(n)
    # Other code may take or drop a few references meanwhile; the bug loses 500 of each.
    assert sys.getrefcount(None) - none_before > -100, "this PySide6 frees None: pin another"
    assert sys.getrefcount(True) - true_before > -100, "this PySide6 frees True: pin another"
