"""Line glyphs for the kinds of interaction, drawn with the palette's text colour.

Drawn rather than taken from an icon theme or an emoji font: both vary between desktops,
and a glyph in the text colour stays readable in light and dark palettes alike.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPainterPath, QPen, QPixmap

from networking_app.domain.vocabulary import InteractionKind

#: A soft hue per kind, used at low opacity behind the glyph (never for text).
KIND_HUES: dict[str, QColor] = {
    InteractionKind.COFFEE: QColor(166, 110, 60),
    InteractionKind.MEAL: QColor(214, 120, 40),
    InteractionKind.MEETING: QColor(60, 120, 200),
    InteractionKind.CALL: QColor(40, 150, 110),
    InteractionKind.VIDEO: QColor(120, 90, 200),
    InteractionKind.EMAIL: QColor(90, 110, 140),
    InteractionKind.MESSAGE: QColor(30, 150, 180),
    InteractionKind.EVENT: QColor(200, 70, 110),
    InteractionKind.SOCIAL_TOUCH: QColor(220, 80, 80),
}

_Draw = Callable[[QPainter], None]


def _coffee(p: QPainter) -> None:
    cup = QPainterPath()
    cup.moveTo(5, 10)
    cup.lineTo(17, 10)
    cup.lineTo(17, 15)
    cup.cubicTo(17, 19, 14, 20, 11, 20)
    cup.cubicTo(8, 20, 5, 19, 5, 15)
    cup.closeSubpath()
    p.drawPath(cup)
    p.drawArc(QRectF(15, 11, 5, 5), -90 * 16, 180 * 16)
    for x in (8.5, 12.5):
        steam = QPainterPath(QPointF(x, 8))
        steam.cubicTo(x - 1.5, 6.5, x + 1.5, 5.5, x, 3.5)
        p.drawPath(steam)


def _meal(p: QPainter) -> None:
    p.drawLine(QPointF(8, 4), QPointF(8, 20))  # fork
    p.drawLine(QPointF(5.5, 4), QPointF(5.5, 8.5))
    p.drawLine(QPointF(10.5, 4), QPointF(10.5, 8.5))
    p.drawArc(QRectF(5.5, 6, 5, 5), 180 * 16, 180 * 16)
    blade = QPainterPath(QPointF(16, 20))  # knife
    blade.lineTo(16, 4)
    blade.cubicTo(19, 6, 19.5, 10, 19, 13)
    blade.lineTo(16, 13)
    p.drawPath(blade)


def _meeting(p: QPainter) -> None:
    for cx, cy, r, w in ((8.5, 8, 2.8, 5.5), (16, 9.5, 2.3, 4.5)):
        p.drawEllipse(QPointF(cx, cy), r, r)
        p.drawArc(QRectF(cx - w, cy + r + 1.5, 2 * w, 2 * w), 0, 180 * 16)


def _call(p: QPainter) -> None:
    p.drawRoundedRect(QRectF(7, 3, 10, 18), 2, 2)
    p.drawLine(QPointF(10.5, 18), QPointF(13.5, 18))


def _video(p: QPainter) -> None:
    p.drawRoundedRect(QRectF(3, 7, 12, 10), 2, 2)
    lens = QPainterPath(QPointF(15, 10.5))
    lens.lineTo(21, 7.5)
    lens.lineTo(21, 16.5)
    lens.lineTo(15, 13.5)
    p.drawPath(lens)


def _email(p: QPainter) -> None:
    p.drawRoundedRect(QRectF(3, 6, 18, 12), 1.5, 1.5)
    flap = QPainterPath(QPointF(3.5, 6.5))
    flap.lineTo(12, 13)
    flap.lineTo(20.5, 6.5)
    p.drawPath(flap)


def _message(p: QPainter) -> None:
    bubble = QPainterPath(QPointF(6, 4))
    bubble.lineTo(18, 4)
    bubble.quadTo(21, 4, 21, 7)
    bubble.lineTo(21, 13)
    bubble.quadTo(21, 16, 18, 16)
    bubble.lineTo(11, 16)
    bubble.lineTo(6.5, 20)
    bubble.lineTo(7, 16)
    bubble.lineTo(6, 16)
    bubble.quadTo(3, 16, 3, 13)
    bubble.lineTo(3, 7)
    bubble.quadTo(3, 4, 6, 4)
    p.drawPath(bubble)
    for x in (8, 12, 16):
        p.drawPoint(QPointF(x, 10))


def _event(p: QPainter) -> None:
    p.drawRoundedRect(QRectF(4, 5.5, 16, 15), 1.5, 1.5)
    p.drawLine(QPointF(4, 10), QPointF(20, 10))
    p.drawLine(QPointF(8.5, 3.5), QPointF(8.5, 7.5))
    p.drawLine(QPointF(15.5, 3.5), QPointF(15.5, 7.5))
    star = QPainterPath(QPointF(12, 11.8))
    for x, y in (
        (13.1, 14.2),
        (15.6, 14.4),
        (13.7, 16),
        (14.3, 18.6),
        (12, 17.2),
        (9.7, 18.6),
        (10.3, 16),
        (8.4, 14.4),
        (10.9, 14.2),
    ):
        star.lineTo(x, y)
    star.closeSubpath()
    p.drawPath(star)


def _social(p: QPainter) -> None:
    heart = QPainterPath(QPointF(12, 19.5))
    heart.cubicTo(4, 14, 2.5, 10.5, 4.5, 7)
    heart.cubicTo(6.5, 4, 10.5, 4.5, 12, 8)
    heart.cubicTo(13.5, 4.5, 17.5, 4, 19.5, 7)
    heart.cubicTo(21.5, 10.5, 20, 14, 12, 19.5)
    p.drawPath(heart)


_GLYPHS: dict[str, _Draw] = {
    InteractionKind.COFFEE: _coffee,
    InteractionKind.MEAL: _meal,
    InteractionKind.MEETING: _meeting,
    InteractionKind.CALL: _call,
    InteractionKind.VIDEO: _video,
    InteractionKind.EMAIL: _email,
    InteractionKind.MESSAGE: _message,
    InteractionKind.EVENT: _event,
    InteractionKind.SOCIAL_TOUCH: _social,
}


def paint_kind(painter: QPainter, rect: QRectF, kind: str, color: QColor) -> None:
    """Draw the glyph of ``kind`` (a 24-unit design) scaled into ``rect``."""
    draw = _GLYPHS.get(kind, _message)
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    side = min(rect.width(), rect.height())
    painter.translate(rect.center().x() - side / 2, rect.center().y() - side / 2)
    painter.scale(side / 24, side / 24)
    pen = QPen(color, 1.6, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap)
    pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
    painter.setPen(pen)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    draw(painter)
    painter.restore()


ICON_SIZE = QSize(32, 32)


def kind_icon(kind: str, color: QColor, size: QSize = ICON_SIZE) -> QIcon:
    """The glyph as an icon (for combo boxes), crisp on high-density screens."""
    icon = QIcon()
    for scale in (1.0, 2.0):
        pixmap = QPixmap(int(size.width() * scale), int(size.height() * scale))
        pixmap.setDevicePixelRatio(scale)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        paint_kind(painter, QRectF(0, 0, size.width(), size.height()), kind, color)
        painter.end()
        icon.addPixmap(pixmap)
    return icon
