"""A column's scroll bar looks exactly like the style's own, whatever it shows."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QRect
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QScrollBar
from pytest import MonkeyPatch
from pytestqt.qtbot import QtBot

from networking_app.services.workspace import Workspace
from networking_app.ui.board import column_scroll_bar
from networking_app.ui.board.board_view import BoardView
from networking_app.ui.board.column_scroll_bar import ColumnScrollBar
from tests.ui.board.conftest import MakeBoard
from tests.ui.helpers import go_dark


def pixels(board: BoardView, bar: QScrollBar) -> QImage:
    """What the board shows where ``bar`` is, painted as the window paints it."""
    return board.grab(QRect(bar.mapTo(board, QPoint(0, 0)), bar.size())).toImage()


def the_styles_own(board: BoardView, bar: QScrollBar) -> QImage:
    """The same place with ``bar`` painted by the style alone (as for a style it does
    not know)."""
    with MonkeyPatch.context() as patch:
        patch.setattr(column_scroll_bar, "_STYLES", ())
        return pixels(board, bar)


@pytest.mark.parametrize("dark", [False, True])
def test_a_columns_scroll_bar_is_painted_as_the_style_paints_it(
    qtbot: QtBot, make_board: MakeBoard, demo_workspace: Workspace, dark: bool
) -> None:
    board = make_board(demo_workspace)
    board.resize(1280, 420)  # short columns: every one of them scrolls
    if dark:
        go_dark(board)
    qtbot.wait(10)
    bars = [c.view.verticalScrollBar() for c in board.columns]
    shown = [bar for bar in bars if bar.isVisible()]
    assert shown and all(isinstance(bar, ColumnScrollBar) for bar in bars)
    for bar in shown:
        for value in (0, bar.maximum() // 3, bar.maximum()):
            bar.setValue(value)
            assert pixels(board, bar) == the_styles_own(board, bar)
    # Fewer cards, a longer handle (the range changes at a keystroke): still the same.
    board.filter_bar.search.setText("a")
    qtbot.wait(10)
    for bar in [bar for bar in bars if bar.isVisible()]:
        assert pixels(board, bar) == the_styles_own(board, bar)


def test_a_disabled_columns_scroll_bar_is_painted_as_the_style_paints_it(
    qtbot: QtBot, make_board: MakeBoard, demo_workspace: Workspace
) -> None:
    board = make_board(demo_workspace)
    board.resize(1280, 420)
    board.setEnabled(False)
    qtbot.wait(10)
    bars = (c.view.verticalScrollBar() for c in board.columns)
    bar = next(bar for bar in bars if bar.isVisible())
    assert pixels(board, bar) == the_styles_own(board, bar)
