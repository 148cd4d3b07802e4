"""The tray icon: the app's icon with the number of due items drawn in a badge."""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QFont, QIcon, QPainter, QPixmap

from networking_app.paths import resources_dir

#: Sizes drawn for the icon: trays ask for 16–48 px depending on the panel.
SIZES = (16, 22, 24, 32, 48, 64)
BADGE_COLOUR = QColor("#c62828")


def app_icon() -> QIcon:
    icon = QIcon(str(resources_dir() / "icons" / "rapport.svg"))
    return icon


def badge_text(count: int) -> str:
    """What the badge says: nothing at zero, "99+" beyond 99."""
    if count <= 0:
        return ""
    return str(count) if count < 100 else "99+"


def badge_pixmap(base: QIcon, size: int, count: int) -> QPixmap:
    """``base`` at ``size`` px with a red badge in the top-right corner holding ``count``."""
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    base.paint(painter, 0, 0, size, size)
    text = badge_text(count)
    if text:
        # The badge takes a good share of small icons: it is the point of the icon.
        height = max(9.0, size * 0.58)
        width = max(height, height * (0.45 + 0.3 * len(text)))
        width = min(width, float(size))
        rect = QRectF(size - width, 0, width, height)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(BADGE_COLOUR)
        painter.drawRoundedRect(rect, height / 2, height / 2)
        font = QFont()
        font.setBold(True)
        font.setPixelSize(max(7, round(height * (0.78 if len(text) == 1 else 0.62))))
        painter.setFont(font)
        painter.setPen(QColor("white"))
        painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, text)
    painter.end()
    return pixmap


def badge_icon(count: int, base: QIcon | None = None) -> QIcon:
    """The tray icon for ``count`` due items, at every size a tray may ask for."""
    base = base or app_icon()
    icon = QIcon()
    for size in SIZES:
        icon.addPixmap(badge_pixmap(base, size, count))
    return icon
