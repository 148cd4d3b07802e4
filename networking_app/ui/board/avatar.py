"""Avatars: the contact's photo in a circle, or initials on a colour taken from the name."""

from __future__ import annotations

import zlib
from collections import OrderedDict
from collections.abc import Callable, Iterable

from PySide6.QtCore import QRect, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QImage, QPainter, QPainterPath, QPixmap

from networking_app.domain.contacts import initials

PHOTO_CACHE_SIZE = 400  # decoded photos kept; scrolling 30,000 cards must not keep them all


def avatar_hue(name: str) -> int:
    """A stable hue per name (crc32: Python's hash() changes per run)."""
    return zlib.crc32(name.encode("utf-8")) % 360


def avatar_color(name: str) -> QColor:
    """A stable, mid-light colour per name."""
    return hue_color(avatar_hue(name))


def hue_color(hue: int) -> QColor:
    """The avatar colour of ``hue`` (0-359)."""
    return QColor.fromHsl(hue, 110, 105)


def paint_initials(painter: QPainter, rect: QRect, name: str, font: QFont) -> None:
    """White initials on a coloured disc; readable on light and dark palettes alike."""
    paint_disc(painter, rect, avatar_color(name))
    paint_letters(painter, rect, name, initials_font(font, rect.height()))


def paint_disc(painter: QPainter, rect: QRect, color: QColor) -> None:
    """The avatar's disc, without its initials."""
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(color)
    painter.drawEllipse(rect)
    painter.restore()


def initials_font(font: QFont, height: int) -> QFont:
    """The initials' font for an avatar ``height`` pixels high."""
    font = QFont(font)
    font.setBold(True)
    font.setPixelSize(max(8, int(height * 0.4)))
    return font


def paint_letters(painter: QPainter, rect: QRect, name: str, font: QFont) -> None:
    """The avatar's initials, over its disc."""
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
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


class PhotoCache:
    """Decoded avatar pixmaps by contact id, loaded the first time a card is painted."""

    def __init__(self, load: Callable[[int], bytes | None]) -> None:
        self.load = load
        self._pixmaps: OrderedDict[tuple[int, int, float], QPixmap | None] = OrderedDict()

    def get(self, contact_id: int, size: int, ratio: float) -> QPixmap | None:
        key = (contact_id, size, ratio)
        if key in self._pixmaps:
            self._pixmaps.move_to_end(key)
            return self._pixmaps[key]
        data = self.load(contact_id)
        pixmap = round_photo(data, size, ratio) if data else None
        self._pixmaps[key] = pixmap
        if len(self._pixmaps) > PHOTO_CACHE_SIZE:
            self._pixmaps.popitem(last=False)
        return pixmap

    def forget(self, ids: Iterable[int] | None = None) -> None:
        """Drop the photos of ``ids`` (all of them when None): they may have changed."""
        if ids is None:
            self._pixmaps.clear()
            return
        gone = set(ids)
        for key in [k for k in self._pixmaps if k[0] in gone]:
            del self._pixmaps[key]
