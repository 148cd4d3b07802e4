"""Painting one board card: no widget per card, only the cards on screen get painted.

    (AV)  Élodie Roux               +3 / −1
          Product manager @ Acme
    ◷ 3 weeks  [mentor] [python]      (overdue)

The small "+3 / −1" marker is the give/ask balance of the last 12 months (give before you
ask): green when values given keep up with the asks, orange when asks outnumber them.

The parts that repeat from card to card (initials avatars, the time since, tag chips, the
overdue badge) are drawn once into small pixmaps and reused: a keystroke in the search
repaints every visible card, and a card costs about a dozen painter calls instead of 70.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable, Hashable
from datetime import date

from PySide6.QtCore import (
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QPoint,
    QRect,
    QSize,
    Qt,
)
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetrics,
    QHelpEvent,
    QPainter,
    QPalette,
    QPen,
    QPixmap,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QToolTip,
)

from networking_app.domain.board import ContactCard
from networking_app.ui.board.avatar import PhotoCache, paint_initials
from networking_app.ui.board.balance_marker import balance_marker, card_tooltip
from networking_app.ui.board.board_model import CARD_ROLE
from networking_app.ui.labels import since_label

MARGIN_X, MARGIN_Y, PADDING, GAP = 4, 3, 7, 9
MAX_TAGS = 3
MAX_CHIP = 110  # a long tag is elided rather than hiding the others
OVERDUE_COLOR = QColor(0xC6, 0x28, 0x28)  # a red that reads on light and dark cards
# The give/ask marker's ink: (on a light card, on a dark card), both readable (WCAG AA).
GIVING_COLORS = (QColor(0x2E, 0x7D, 0x32), QColor(0x81, 0xC7, 0x84))  # green
ASKING_COLORS = (QColor(0xB4, 0x53, 0x09), QColor(0xFF, 0xB7, 0x4D))  # orange
PART_CACHE_SIZE = 2000
CARD_CACHE_SIZE = 160  # whole cards: a few screens of them (about 70 KB each)

# Qt's enums are slow to reach from Python; a card paint uses these constants many times.
Role = QPalette.ColorRole
LEFT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
CENTER = Qt.AlignmentFlag.AlignCenter
ELIDE = Qt.TextElideMode.ElideRight
SELECTED, ACTIVE = QStyle.StateFlag.State_Selected, QStyle.StateFlag.State_Active
HOVER, FOCUS = QStyle.StateFlag.State_MouseOver, QStyle.StateFlag.State_HasFocus


class _Metrics:
    """Fonts and sizes derived from the view's font, computed once per font."""

    def __init__(self, font: QFont) -> None:
        self.key = font.key()
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
        self.clock = self.small_fm.ascent() - 2
        self.height = 2 * MARGIN_Y + 2 * PADDING + 2 * self.line + 4 + self.chip


class CardDelegate(QStyledItemDelegate):
    """Paints a contact card; every card has the same height (uniformItemSizes)."""

    def __init__(
        self,
        today: Callable[[], date],
        photos: PhotoCache,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.today, self.photos = today, photos
        self._metrics: _Metrics | None = None
        self._parts: OrderedDict[Hashable, QPixmap] = OrderedDict()
        self._pictures: OrderedDict[tuple[object, ...], tuple[ContactCard, int, QPixmap]] = (
            OrderedDict()
        )
        self._overdue_text = self.tr("overdue")

    def metrics(self, font: QFont) -> _Metrics:
        if self._metrics is None or self._metrics.key != font.key():
            self._metrics = _Metrics(font)
            self._parts.clear()
            self._pictures.clear()
        return self._metrics

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        m = self.metrics(option.font)
        return QSize(16 * m.fm.averageCharWidth() + m.avatar, m.height)

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        """Draw the card from its cached picture, painting that first if needed.

        A keystroke resets the columns, and the cards on top are often the same ones:
        those come back as one drawPixmap each.
        """
        card: ContactCard | None = index.data(CARD_ROLE)
        if card is None:
            return
        rect: QRect = option.rect
        state: QStyle.StateFlag = option.state & (SELECTED | ACTIVE | HOVER | FOCUS)
        palette: QPalette = option.palette
        ratio = painter.device().devicePixelRatioF()
        today = self.today()
        key = (id(card), int(state.value), rect.width(), rect.height(), ratio, today)
        cached = self._pictures.get(key)
        if cached is None or cached[0] is not card or cached[1] != palette.cacheKey():
            picture = QPixmap(round(rect.width() * ratio), round(rect.height() * ratio))
            picture.setDevicePixelRatio(ratio)
            picture.fill(palette.color(Role.Window))  # opaque: text keeps its antialiasing
            on_picture = QPainter(picture)
            self._paint_card(
                on_picture,
                card,
                rect.translated(-rect.topLeft()),
                state,
                palette,
                self.metrics(option.font),
                ratio,
                today,
            )
            on_picture.end()
            cached = (card, palette.cacheKey(), picture)
            self._pictures[key] = cached
            if len(self._pictures) > CARD_CACHE_SIZE:
                self._pictures.popitem(last=False)
        else:
            self._pictures.move_to_end(key)
        painter.drawPixmap(rect.topLeft(), cached[2])

    def helpEvent(
        self,
        event: QHelpEvent,
        view: QAbstractItemView,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> bool:
        """The tooltip adds the give/ask balance to the model's (the marker's meaning)."""
        if event is None or event.type() != QEvent.Type.ToolTip or not index.isValid():
            return super().helpEvent(event, view, option, index)
        tip = card_tooltip(index)
        if tip:
            QToolTip.showText(event.globalPos(), tip, view, option.rect)
        else:
            QToolTip.hideText()
        return True

    def _paint_card(
        self,
        painter: QPainter,
        card: ContactCard,
        outer: QRect,
        state: QStyle.StateFlag,
        palette: QPalette,
        m: _Metrics,
        ratio: float,
        today: date,
    ) -> None:
        selected = bool(state & SELECTED)
        active = bool(state & ACTIVE)
        group = QPalette.ColorGroup.Active if active else QPalette.ColorGroup.Inactive
        text = palette.color(group, Role.HighlightedText if selected else Role.Text)
        quiet = QColor(text)
        quiet.setAlphaF(0.72)
        rect = outer.adjusted(MARGIN_X, MARGIN_Y, -MARGIN_X, -MARGIN_Y)

        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        self._paint_frame(painter, rect, palette, group, state, selected)
        inner = rect.adjusted(PADDING, PADDING, -PADDING, -PADDING)
        photo = self.photos.get(card.id, m.avatar, ratio) if card.has_photo else None
        if photo is None:
            photo = self._part(
                ("avatar", card.name), m.avatar, m.avatar, ratio, _initials(card.name, m)
            )
        painter.drawPixmap(inner.topLeft(), photo)

        # Beside the avatar: the name (and the give/ask marker), then role @ organisation.
        left = inner.left() + m.avatar + GAP
        width = inner.right() - left
        name_width = width
        marker = self._marker(card, palette, group, m, ratio, compact=False)
        if marker is not None:
            room = width - round(marker.width() / ratio) - 6
            if m.bold_fm.horizontalAdvance(card.name) > room:
                # The name matters more: a dot of the same colour says enough.
                marker = self._marker(card, palette, group, m, ratio, compact=True)
            assert marker is not None
            marker_width = round(marker.width() / ratio)
            painter.drawPixmap(
                inner.right() + 1 - marker_width, inner.top() + (m.line - m.chip) // 2, marker
            )
            name_width -= marker_width + 6
        painter.setFont(m.bold)
        painter.setPen(text)
        painter.drawText(
            QRect(left, inner.top(), name_width, m.line),
            LEFT,
            m.bold_fm.elidedText(card.name, ELIDE, name_width),
        )
        job = " @ ".join(p for p in (card.role, card.organisation) if p)
        if job:
            painter.setFont(m.font)
            painter.setPen(quiet)
            painter.drawText(
                QRect(left, inner.top() + m.line + 2, width, m.line),
                LEFT,
                m.fm.elidedText(job, ELIDE, width),
            )

        # The card's full width below: time since the last interaction, tags, overdue.
        top = inner.bottom() - m.chip + 1
        right = inner.right() + 1
        if card.due is not None and card.due < today:
            badge = self._badge(m, ratio)
            right -= round(badge.width() / ratio)
            painter.drawPixmap(right, top, badge)
            right -= 6
        last = card.last_interaction
        since = since_label(None if last is None else (today - last.date()).days)
        strip = self._since(since, quiet, m, ratio)
        x = inner.left()
        if round(strip.width() / ratio) <= right - x:
            painter.drawPixmap(x, top, strip)
            x += round(strip.width() / ratio) + 8
        for tag in card.tags[:MAX_TAGS]:
            chip = self._chip(tag, right - x, selected, palette, group, m, ratio)
            if chip is None:
                break
            painter.drawPixmap(x, top, chip)
            x += round(chip.width() / ratio) + 4
        painter.restore()

    # -- parts ----------------------------------------------------------------------------------
    def _part(
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
        self._parts[key] = pixmap
        if len(self._parts) > PART_CACHE_SIZE:
            self._parts.popitem(last=False)
        return pixmap

    def _since(self, since: str, color: QColor, m: _Metrics, ratio: float) -> QPixmap:
        width = m.clock + 5 + m.small_fm.horizontalAdvance(since) + 2

        def draw(painter: QPainter) -> None:
            _paint_clock(painter, QRect(1, (m.chip - m.clock) // 2, m.clock, m.clock), color)
            painter.setFont(m.small)
            painter.drawText(
                QRect(m.clock + 5, 0, width, m.chip),
                LEFT,
                since,
            )

        return self._part(("since", since, color.rgba()), width, m.chip, ratio, draw)

    def _marker(
        self,
        card: ContactCard,
        palette: QPalette,
        group: QPalette.ColorGroup,
        m: _Metrics,
        ratio: float,
        compact: bool,
    ) -> QPixmap | None:
        """The give/ask pill: coloured figures on the card's own background, tinted.

        Drawn on an opaque base-coloured pill, it reads the same on a selected card.
        ``compact``: only a dot of the same colour (the tooltip has the figures).
        """
        marker = balance_marker(card)
        if marker is None:
            return None
        label, asking = marker
        base = palette.color(group, Role.Base)
        ink = (ASKING_COLORS if asking else GIVING_COLORS)[1 if base.lightness() < 128 else 0]
        if compact:
            return self._dot(ink, base, m, ratio)
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

        return self._part(("marker", label, ink.rgba(), base.rgba()), width, m.chip, ratio, draw)

    def _dot(self, ink: QColor, base: QColor, m: _Metrics, ratio: float) -> QPixmap:
        """A dot of ``ink`` ringed with ``base`` (it shows on plain and selected cards),
        as tall as a chip so that it sits where the pill would."""
        size = max(8, m.chip // 2 + 2)

        def draw(painter: QPainter) -> None:
            painter.setPen(QPen(base, 1.5))
            painter.setBrush(ink)
            painter.drawEllipse(QRect(1, (m.chip - size) // 2 + 1, size - 2, size - 2))

        return self._part(("dot", ink.rgba(), base.rgba()), size, m.chip, ratio, draw)

    def _badge(self, m: _Metrics, ratio: float) -> QPixmap:
        """The red "overdue" pill."""
        label = self._overdue_text
        width = m.small_fm.horizontalAdvance(label) + 12

        def draw(painter: QPainter) -> None:
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(OVERDUE_COLOR)
            painter.drawRoundedRect(QRect(0, 0, width, m.chip), m.chip / 2, m.chip / 2)
            painter.setPen(QColor(Qt.GlobalColor.white))
            painter.setFont(m.small)
            painter.drawText(QRect(0, 0, width, m.chip), CENTER, label)

        return self._part(("badge", label), width, m.chip, ratio, draw)

    def _chip(
        self,
        tag: str,
        room: int,
        selected: bool,
        palette: QPalette,
        group: QPalette.ColorGroup,
        m: _Metrics,
        ratio: float,
    ) -> QPixmap | None:
        """A tag chip no wider than ``room`` (None when even an elided one does not fit)."""
        if room < m.chip * 2:
            return None
        label = m.small_fm.elidedText(tag, ELIDE, min(room, MAX_CHIP) - 12)
        width = m.small_fm.horizontalAdvance(label) + 12
        fill = palette.color(group, Role.HighlightedText if selected else Role.Highlight)
        fill.setAlphaF(0.22 if selected else 0.16)
        ink = palette.color(group, Role.HighlightedText if selected else Role.Text)

        def draw(painter: QPainter) -> None:
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(fill)
            painter.drawRoundedRect(QRect(0, 0, width, m.chip), 4, 4)
            painter.setPen(ink)
            painter.setFont(m.small)
            painter.drawText(QRect(0, 0, width, m.chip), CENTER, label)

        key = ("chip", label, fill.rgba(), ink.rgba())
        return self._part(key, width, m.chip, ratio, draw)

    def _paint_frame(
        self,
        painter: QPainter,
        rect: QRect,
        palette: QPalette,
        group: QPalette.ColorGroup,
        state: QStyle.StateFlag,
        selected: bool,
    ) -> None:
        highlight = palette.color(group, Role.Highlight)
        if selected:
            fill, border = highlight, highlight.darker(130)
        else:
            fill = palette.color(group, Role.Base)
            border = palette.color(group, Role.Mid)
            if state & HOVER:
                border = highlight
        painter.setPen(QPen(border, 1))
        painter.setBrush(fill)
        painter.drawRoundedRect(rect.adjusted(0, 0, -1, -1), 6, 6)
        if state & FOCUS:
            ring = palette.color(group, Role.HighlightedText if selected else Role.Highlight)
            painter.setPen(QPen(ring, 2))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRoundedRect(rect.adjusted(2, 2, -2, -2), 5, 5)


def _initials(name: str, m: _Metrics) -> Callable[[QPainter], None]:
    return lambda painter: paint_initials(painter, QRect(0, 0, m.avatar, m.avatar), name, m.font)


def _paint_clock(painter: QPainter, rect: QRect, color: QColor) -> None:
    """A small clock face: "since the last interaction" without spending words on it."""
    painter.setPen(QPen(color, 1.2))
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.drawEllipse(rect)
    center = rect.center()
    painter.drawLine(center, QPoint(center.x(), rect.top() + 2))
    painter.drawLine(center, QPoint(rect.right() - 2, center.y()))
