"""Avatars: the contact's photo in a circle, or initials on a colour taken from the name."""

from __future__ import annotations

import zlib

from PySide6.QtCore import QRect, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QImage, QPainter, QPainterPath, QPixmap

from networking_app.domain.contacts import initials


def avatar_color(name: str) -> QColor:
    """A stable, mid-light colour per name (crc32: Python's hash() changes per run)."""
    hue = zlib.crc32(name.encode("utf-8")) % 360
    return QColor.fromHsl(hue, 110, 105)


def paint_initials(painter: QPainter, rect: QRect, name: str, font: QFont) -> None:
    """White initials on a coloured disc; readable on light and dark palettes alike."""
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(avatar_color(name))
    painter.drawEllipse(rect)
    font = QFont(font)
    font.setBold(True)
    font.setPixelSize(max(8, int(rect.height() * 0.4)))
    painter.setFont(font)
    painter.setPen(QColor(Qt.GlobalColor.white))
    painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, initials(name))
    painter.restore()


def round_photo(data: bytes, size: int, ratio: float = 1.0) -> QPixmap | None:
    """Decode ``data`` once into a ``size``-pixel round pixmap; None if it is not an image."""
    image = QImage.fromData(data)
    if image.isNull():
        return None
    side = round(size * ratio)
    image = image.scaled(
        side,
        side,
        Qt.AspectRatioMode.KeepAspectRatioByExpanding,
        Qt.TransformationMode.SmoothTransformation,
    )
    pixmap = QPixmap(side, side)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    clip = QPainterPath()
    clip.addEllipse(QRectF(0, 0, side, side))
    painter.setClipPath(clip)
    painter.drawImage((side - image.width()) // 2, (side - image.height()) // 2, image)
    painter.end()
    pixmap.setDevicePixelRatio(ratio)
    return pixmap
