"""A board column's scroll bar: painted as the style paints it, from pictures drawn once.

Fusion fills a scroll bar's groove and its handle with gradients at every repaint: 0.5
to 1.5 ms at a column's height, the longer the handle the slower (the arrows take
0.05 ms). A keystroke that changes how many cards a column holds changes its range, and
up to four of them are repainted. So the groove is kept as a picture (per size, palette
and state), drawn over the colour that lies beneath the scroll bar (its edge is
translucent). The handle, over the groove, is the same from row to row but for its two
ends: a handle of another length is its ends, kept as pictures, and one row between
them stretched; the style draws the row or two its outline reaches beyond (there it
blends with the groove), and the arrows. Pixel for pixel the style's own
scroll bar (``tests/ui/board/test_column_scroll_bar.py`` compares them).

Only where that was checked: the Fusion style, whole device pixel ratios, a plain colour
beneath, a handle whose middle rows are seen to be alike. A pressed or hovered scroll
bar, whose active part only Qt knows, is painted by Qt itself.
"""

from __future__ import annotations

from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QColor, QGuiApplication, QImage, QPainter, QPaintEvent, QRegion
from PySide6.QtWidgets import QScrollBar, QStyle, QStyleOptionSlider, QWidget

SC = QStyle.SubControl
CC_SCROLLBAR = QStyle.ComplexControl.CC_ScrollBar
_STYLES = ("QFusionStyle",)  # styles seen to draw the groove, then the handle, then the rest
END = 4  # rows at each end of the handle kept as they are drawn (its outline, its edges)
MARGIN = 2  # rows beyond the handle it draws on (Fusion's outline reaches one or two)


class _Handle:
    """A handle's own rows, drawn over the groove: its two ends and one middle row."""

    def __init__(self, drawn: QImage, rect: QRect, ratio: int) -> None:
        self.ratio, self.width = ratio, drawn.width()
        rows = rect.height() - 2 * END  # between the ends
        self.top = drawn.copy(0, rect.top() * ratio, self.width, END * ratio)
        self.bottom = drawn.copy(0, (rect.bottom() + 1 - END) * ratio, self.width, END * ratio)
        self.middle = drawn.copy(0, (rect.top() + END) * ratio, self.width, ratio)
        between = drawn.copy(0, (rect.top() + END) * ratio, self.width, rows * ratio)
        # Whether every row between the ends is that one (for this style and look).
        self.alike = bytes(between.constBits()) == bytes(self.middle.constBits()) * rows
        for image in (self.top, self.bottom, self.middle):
            image.setDevicePixelRatio(ratio)

    def paint(self, painter: QPainter, rect: QRect) -> None:
        """The handle's rows at ``rect`` (logical pixels), at least 2 * END rows long."""
        painter.drawImage(0, rect.top(), self.top)
        middle = rect.height() - 2 * END
        if middle > 0:
            painter.drawImage(
                QRect(0, rect.top() + END, self.width // self.ratio, middle), self.middle
            )
        painter.drawImage(0, rect.bottom() + 1 - END, self.bottom)


class ColumnScrollBar(QScrollBar):
    """A vertical scroll bar whose groove and handle are drawn from pictures when they
    can be."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(Qt.Orientation.Vertical, parent)
        self._look: tuple[object, ...] | None = None
        self._groove: QImage | None = None
        self._handle: _Handle | None = None
        self._handle_width = 0  # the handle's width its pictures were drawn at

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
        rest = SC.SC_All & ~SC.SC_ScrollBarGroove
        handle = self._handle_pictures(option, int(ratio), groove)
        rect = style.subControlRect(CC_SCROLLBAR, option, SC.SC_ScrollBarSlider, self)
        if handle is not None and self._fits(rect):
            handle.paint(painter, rect)
            # Its outline reaches a row or two beyond, over the groove (translucent there,
            # as the groove is near the arrows): the style draws those rows.
            width = self.width()
            painter.setClipRegion(
                QRegion(0, rect.top() - MARGIN, width, MARGIN)
                + QRegion(0, rect.bottom() + 1, width, MARGIN)
            )
            option.subControls = SC.SC_ScrollBarSlider
            style.drawComplexControl(CC_SCROLLBAR, option, painter, self)
            painter.setClipping(False)
            rest &= ~SC.SC_ScrollBarSlider
        option.subControls = rest
        style.drawComplexControl(CC_SCROLLBAR, option, painter, self)
        painter.end()

    def _fits(self, rect: QRect) -> bool:
        """Whether a handle at ``rect`` can be made of the pictures: as wide, long enough,
        with room for its margins."""
        return rect.width() == self._handle_width and rect.height() >= 2 * END

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
        look = (
            option.rect.size().toTuple(),
            ratio,
            option.palette.cacheKey(),
            int(option.state.value),
            option.direction,
            beneath.rgba(),
            id(self.style()),
        )
        if look != self._look or self._groove is None:
            size = option.rect.size() * ratio
            image = QImage(size, QImage.Format.Format_ARGB32_Premultiplied)
            image.setDevicePixelRatio(ratio)
            image.fill(beneath)
            self._draw_part(option, SC.SC_ScrollBarGroove, image)
            self._groove, self._look, self._handle = image, look, None
            self._handle_width = 0
        return self._groove

    def _draw_part(self, option: QStyleOptionSlider, part: QStyle.SubControl, onto: QImage) -> None:
        """Draw one part of the bar (the groove, the handle) as the style does, onto ``onto``."""
        painter = QPainter(onto)
        only = QStyleOptionSlider(option)
        only.subControls = part
        self.style().drawComplexControl(CC_SCROLLBAR, only, painter, self)
        painter.end()

    def _handle_pictures(
        self, option: QStyleOptionSlider, ratio: int, groove: QImage
    ) -> _Handle | None:
        """The handle's pictures for this look, drawn the first time a handle long enough
        is painted (None until then, or when its middle rows are not alike)."""
        if self._handle is not None or self._handle_width < 0:
            return self._handle
        rect = self.style().subControlRect(CC_SCROLLBAR, option, SC.SC_ScrollBarSlider, self)
        self._handle_width = rect.width()
        if rect.height() < 2 * END + 2 or not self._fits(rect):
            self._handle_width = 0
            return None
        drawn = groove.copy()
        drawn.setDevicePixelRatio(ratio)
        self._draw_part(option, SC.SC_ScrollBarSlider, drawn)
        made = _Handle(drawn, rect, ratio)
        if made.alike:
            self._handle, self._handle_width = made, rect.width()
        else:
            self._handle_width = -1  # this style's handle is not rows alike: the style draws it
        return self._handle
