"""The small pieces that repeat from card to card, each drawn once into a pixmap.

Avatars' discs, the time since the last interaction, tag chips, the give/ask marker
and the overdue badge recur across thousands of cards: a card paints them as one
``drawPixmap`` each. Kept in one least-recently-used table, emptied when the font changes.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable, Hashable

from PySide6.QtCore import QPoint, QRect, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPen, QPixmap

from networking_app.domain.contacts import initials
from networking_app.ui.board.avatar import avatar_hue, hue_color, initials_font, paint_disc

MARGIN_X, MARGIN_Y, PADDING, GAP = 4, 3, 7, 9
MAX_CHIP = 110  # a long tag is elided rather than hiding the others
PART_CACHE_SIZE = 2000
HUES, ATLAS_COLUMNS = 360, 24  # avatar hues; the discs' atlas is 24 by 15
OVERDUE_COLOR = QColor(0xC6, 0x28, 0x28)  # a red that reads on light and dark cards
WHITE = QColor(Qt.GlobalColor.white)
LEFT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
CENTER = Qt.AlignmentFlag.AlignCenter
ELIDE = Qt.TextElideMode.ElideRight


class Metrics:
    """Fonts and sizes derived from the view's font, computed once per font."""

    def __init__(self, font: QFont) -> None:
        self.font = QFont(font)
        self.bold = QFont(font)
        self.bold.setBold(True)
        self.small = QFont(font)
        if font.pixelSize() > 0:
            self.small.setPixelSize(max(8, round(font.pixelSize() * 0.85)))
        else:
            self.small.setPointSizeF(font.pointSizeF() * 0.85)
        self.fm, self.bold_fm, self.small_fm = (
            QFontMetrics(f) for f in (self.font, self.bold, self.small)
        )
        self.line = max(self.fm.height(), self.bold_fm.height())
        self.chip = self.small_fm.height() + 4
        self.avatar = self.line * 2
        self.initials = initials_font(self.font, self.avatar)
        self.clock = self.small_fm.ascent() - 2
        self.height = 2 * MARGIN_Y + 2 * PADDING + 2 * self.line + 4 + self.chip


class CardParts:
    """Pixmaps of card pieces by what they show, drawn the first time one is needed."""

    def __init__(self, overdue_text: str) -> None:
        self.overdue_text = overdue_text
        self._parts: OrderedDict[Hashable, QPixmap] = OrderedDict()
        self._elided: dict[tuple[str, int], str] = {}  # (tag, room) -> the chip's text
        self._texts: dict[tuple[str, int, bool], str] = {}  # names and jobs, elided
        self._discs: dict[float, tuple[QPixmap, int]] = {}  # ratio -> (atlas, cell)

    def clear(self) -> None:
        self._parts.clear()
        self._elided.clear()
        self._texts.clear()
        self._discs.clear()

    def elided(self, text: str, width: int, m: Metrics, bold: bool = False) -> str:
        """``text`` elided to ``width`` in the card's font (or its bold). Names and jobs
        recur (people share names, many share a role at one organisation) and eliding
        costs a text layout, as much as drawing the text."""
        key = (text, width, bold)
        found = self._texts.get(key)
        if found is None:
            if len(self._texts) >= PART_CACHE_SIZE:
                self._texts.clear()
            fm = m.bold_fm if bold else m.fm
            found = self._texts[key] = fm.elidedText(text, ELIDE, width)
        return found

    def _known(self, key: Hashable, ratio: float) -> QPixmap | None:
        """The pixmap of ``key`` if drawn already (then nothing needs measuring)."""
        pixmap = self._parts.get((key, ratio))
        if pixmap is not None:
            self._parts.move_to_end((key, ratio))
        return pixmap

    def part(
        self, key: Hashable, width: int, height: int, ratio: float, draw: Callable[[QPainter], None]
    ) -> QPixmap:
        """The pixmap of ``key`` at ``ratio``, drawn by ``draw`` the first time it is needed."""
        key = (key, ratio)
        pixmap = self._parts.get(key)
        if pixmap is not None:
            self._parts.move_to_end(key)
            return pixmap
        pixmap = QPixmap(max(1, round(width * ratio)), max(1, round(height * ratio)))
        pixmap.setDevicePixelRatio(ratio)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        draw(painter)
        painter.end()
        return self._keep(key, pixmap)

    def _keep(self, key: Hashable, pixmap: QPixmap) -> QPixmap:
        """Remember ``pixmap`` under ``key`` (with its ratio), forgetting the least used."""
        self._parts[key] = pixmap
        if len(self._parts) > PART_CACHE_SIZE:
            self._parts.popitem(last=False)
        return pixmap

    def paint_avatar(
        self, painter: QPainter, x: int, y: int, name: str, m: Metrics, ratio: float
    ) -> None:
        """White initials on a disc coloured from the name, at ``x``, ``y``: the disc
        from the discs of every hue (drawn together the first time one is needed), the
        letters straight onto the card (a picture per name, 40 us to make, was most of a
        new card's avatar: most names shown are new)."""
        atlas, cell = self._disc_atlas(m, ratio)
        row, column = divmod(avatar_hue(name), ATLAS_COLUMNS)
        source = QRectF(column * cell, row * cell, cell, cell)
        painter.drawPixmap(QRectF(x, y, cell / ratio, cell / ratio), atlas, source)
        painter.setFont(m.initials)
        painter.setPen(WHITE)
        painter.drawText(x, y, m.avatar, m.avatar, CENTER, initials(name))

    def _disc_atlas(self, m: Metrics, ratio: float) -> tuple[QPixmap, int]:
        """The avatar discs of all 360 hues side by side, and the side of each (in device
        pixels). Drawn one by one, as a keystroke met new colours, they cost the first
        keys 1-2 ms each (50 us a disc); together, 360 take about 5 ms, once."""
        found = self._discs.get(ratio)
        if found is None:
            cell = max(1, round(m.avatar * ratio))
            rows = -(-HUES // ATLAS_COLUMNS)
            atlas = QPixmap(cell * ATLAS_COLUMNS, cell * rows)
            atlas.fill(Qt.GlobalColor.transparent)
            painter = QPainter(atlas)
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            rect = QRect(0, 0, m.avatar, m.avatar)
            for hue in range(HUES):
                row, column = divmod(hue, ATLAS_COLUMNS)
                # As on a disc's own picture at this ratio, moved by whole device pixels.
                painter.resetTransform()
                painter.translate(column * cell, row * cell)
                painter.scale(ratio, ratio)
                paint_disc(painter, rect, hue_color(hue))
            painter.end()
            found = self._discs[ratio] = (atlas, cell)
        return found

    def since(self, since: str, color: QColor, m: Metrics, ratio: float) -> QPixmap:
        """A clock face and the time since the last interaction ("3 weeks")."""
        key = ("since", since, color.rgba())
        found = self._known(key, ratio)
        if found is not None:
            return found
        width = m.clock + 5 + m.small_fm.horizontalAdvance(since) + 2

        def draw(painter: QPainter) -> None:
            _paint_clock(painter, QRect(1, (m.chip - m.clock) // 2, m.clock, m.clock), color)
            painter.setFont(m.small)
            painter.drawText(QRect(m.clock + 5, 0, width, m.chip), LEFT, since)

        return self.part(key, width, m.chip, ratio, draw)

    def marker(self, label: str, ink: QColor, base: QColor, m: Metrics, ratio: float) -> QPixmap:
        """The give/ask pill: coloured figures on an opaque ``base`` pill, tinted with ``ink``
        (it reads the same on a selected card)."""
        tint = QColor(ink)
        tint.setAlphaF(0.16)
        width = m.small_fm.horizontalAdvance(label) + 10

        def draw(painter: QPainter) -> None:
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(base)
            pill = QRect(0, 0, width, m.chip)
            painter.drawRoundedRect(pill, m.chip / 2, m.chip / 2)
            painter.setBrush(tint)
            painter.drawRoundedRect(pill, m.chip / 2, m.chip / 2)
            painter.setPen(ink)
            painter.setFont(m.small)
            painter.drawText(pill, CENTER, label)

        return self.part(("marker", label, ink.rgba(), base.rgba()), width, m.chip, ratio, draw)

    def dot(self, ink: QColor, base: QColor, m: Metrics, ratio: float) -> QPixmap:
        """A dot of ``ink`` ringed with ``base`` (it shows on plain and selected cards),
        as tall as a chip so that it sits where the pill would."""
        size = max(8, m.chip // 2 + 2)

        def draw(painter: QPainter) -> None:
            painter.setPen(QPen(base, 1.5))
            painter.setBrush(ink)
            painter.drawEllipse(QRect(1, (m.chip - size) // 2 + 1, size - 2, size - 2))

        return self.part(("dot", ink.rgba(), base.rgba()), size, m.chip, ratio, draw)

    def badge(self, m: Metrics, ratio: float) -> QPixmap:
        """The red "overdue" pill."""
        label = self.overdue_text
        width = m.small_fm.horizontalAdvance(label) + 12

        def draw(painter: QPainter) -> None:
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(OVERDUE_COLOR)
            painter.drawRoundedRect(QRect(0, 0, width, m.chip), m.chip / 2, m.chip / 2)
            painter.setPen(QColor(Qt.GlobalColor.white))
            painter.setFont(m.small)
            painter.drawText(QRect(0, 0, width, m.chip), CENTER, label)

        return self.part(("badge", label), width, m.chip, ratio, draw)

    def chip(
        self, tag: str, room: int, fill: QColor, ink: QColor, m: Metrics, ratio: float
    ) -> QPixmap | None:
        """A tag chip no wider than ``room`` (None when even an elided one does not fit)."""
        if room < m.chip * 2:
            return None
        room = min(room, MAX_CHIP)
        label = self._elided.get((tag, room))
        if label is None:
            if len(self._elided) >= PART_CACHE_SIZE:
                self._elided.clear()
            label = self._elided[(tag, room)] = m.small_fm.elidedText(tag, ELIDE, room - 12)
        key = ("chip", label, fill.rgba(), ink.rgba())
        found = self._known(key, ratio)
        if found is not None:
            return found
        width = m.small_fm.horizontalAdvance(label) + 12

        def draw(painter: QPainter) -> None:
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(fill)
            painter.drawRoundedRect(QRect(0, 0, width, m.chip), 4, 4)
            painter.setPen(ink)
            painter.setFont(m.small)
            painter.drawText(QRect(0, 0, width, m.chip), CENTER, label)

        return self.part(key, width, m.chip, ratio, draw)


def _paint_clock(painter: QPainter, rect: QRect, color: QColor) -> None:
    """A small clock face: "since the last interaction" without spending words on it."""
    painter.setPen(QPen(color, 1.2))
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.drawEllipse(rect)
    center = rect.center()
    painter.drawLine(center, QPoint(center.x(), rect.top() + 2))
    painter.drawLine(center, QPoint(rect.right() - 2, center.y()))
