"""A board column's scroll bar: painted as the style paints it, its groove drawn once.

Fusion fills a scroll bar's groove with a gradient at every repaint: most of a scroll
bar's paint (0.5-1 ms at a column's height, where the handle and arrows take 0.05 ms).
A keystroke that changes how many cards a column holds changes its range, and up to
four of them are repainted. The groove does not depend on the range or the position: it
is kept as a picture per size, palette and state, drawn over the colour that lies
beneath the scroll bar (its edge is translucent), and the style draws the rest over it.
Pixel for pixel the style's own scroll bar (``tests/ui/board/test_column_scroll_bar.py``
compares them).

Only where that was checked: the Fusion style, whole device pixel ratios, a plain colour
beneath. A pressed or hovered scroll bar, whose active part only Qt knows, is painted by
Qt itself.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QGuiApplication, QImage, QPainter, QPaintEvent
from PySide6.QtWidgets import QScrollBar, QStyle, QStyleOptionSlider, QWidget

SC = QStyle.SubControl
_ALL_BUT_GROOVE = SC.SC_All & ~SC.SC_ScrollBarGroove
_STYLES = ("QFusionStyle",)  # styles seen to draw the groove first, apart from the rest


class ColumnScrollBar(QScrollBar):
    """A vertical scroll bar whose groove is drawn from a picture when it can be."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(Qt.Orientation.Vertical, parent)
        self._groove_key: tuple[object, ...] | None = None
        self._groove: QImage | None = None

    def paintEvent(self, event: QPaintEvent) -> None:
        style = self.style()
        ratio = self.devicePixelRatio()
        beneath = self._beneath()
        if (
            beneath is None
            or ratio != int(ratio)
            or style.metaObject().className() not in _STYLES
            or self.isSliderDown()
            or self.underMouse()
            or QGuiApplication.mouseButtons() != Qt.MouseButton.NoButton
        ):
            super().paintEvent(event)
            return
        option = QStyleOptionSlider()
        self.initStyleOption(option)
        option.subControls = SC.SC_All  # as QScrollBar.paintEvent
        option.activeSubControls = SC.SC_None  # neither pressed nor hovered (see above)
        groove = self._groove_picture(option, int(ratio), beneath)
        painter = QPainter(self)
        painter.drawImage(0, 0, groove)
        option.subControls = _ALL_BUT_GROOVE
        style.drawComplexControl(QStyle.ComplexControl.CC_ScrollBar, option, painter, self)
        painter.end()

    def _beneath(self) -> QColor | None:
        """The plain colour Qt paints beneath this scroll bar (its first ancestor that
        fills its background), or None when that is not a plain opaque colour."""
        widget = self.parentWidget()
        while widget is not None:
            if widget.isWindow() or widget.autoFillBackground():
                brush = widget.palette().brush(widget.backgroundRole())
                solid = brush.style() == Qt.BrushStyle.SolidPattern
                return brush.color() if solid and brush.color().alpha() == 255 else None
            widget = widget.parentWidget()
        return None

    def _groove_picture(self, option: QStyleOptionSlider, ratio: int, beneath: QColor) -> QImage:
        """The groove alone over ``beneath``, drawn the first time this look is painted."""
        key = (
            option.rect.size().toTuple(),
            ratio,
            option.palette.cacheKey(),
            int(option.state.value),
            option.direction,
            beneath.rgba(),
            id(self.style()),
        )
        if key != self._groove_key or self._groove is None:
            size = option.rect.size() * ratio
            image = QImage(size, QImage.Format.Format_ARGB32_Premultiplied)
            image.setDevicePixelRatio(ratio)
            image.fill(beneath)
            painter = QPainter(image)
            groove = QStyleOptionSlider(option)
            groove.subControls = SC.SC_ScrollBarGroove
            self.style().drawComplexControl(
                QStyle.ComplexControl.CC_ScrollBar, groove, painter, self
            )
            painter.end()
            self._groove, self._groove_key = image, key
        return self._groove
