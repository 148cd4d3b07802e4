"""The tray icon carries the number of due items in a red badge."""

from __future__ import annotations

from PySide6.QtGui import QColor, QIcon, QPixmap
from pytestqt.qtbot import QtBot

from networking_app.ui.tray.badge import BADGE_COLOUR, badge_icon, badge_pixmap, badge_text


def _red_pixels(pixmap: QPixmap) -> int:
    image = pixmap.toImage()
    return sum(
        1
        for x in range(image.width())
        for y in range(image.height())
        if QColor(image.pixel(x, y)) == BADGE_COLOUR
    )


def test_badge_text() -> None:
    assert badge_text(0) == ""
    assert badge_text(7) == "7"
    assert badge_text(99) == "99"
    assert badge_text(250) == "99+"


def test_a_count_draws_a_badge_and_zero_does_not(qtbot: QtBot) -> None:
    base = QIcon()  # a blank base keeps the check to the badge itself
    assert _red_pixels(badge_pixmap(base, 32, 0)) == 0
    with_badge = badge_pixmap(base, 32, 4)
    red = _red_pixels(with_badge)
    assert red > 50
    # The badge sits in the top-right corner.
    image = with_badge.toImage()
    assert QColor(image.pixel(29, 9)) == BADGE_COLOUR
    assert QColor(image.pixel(2, 30)) != BADGE_COLOUR


def test_the_icon_has_every_tray_size(qtbot: QtBot) -> None:
    icon = badge_icon(3)
    sizes = {(s.width(), s.height()) for s in icon.availableSizes()}
    assert {(16, 16), (22, 22), (24, 24), (32, 32)} <= sizes
