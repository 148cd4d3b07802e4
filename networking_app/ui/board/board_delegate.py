"""Painting one board card: no widget per card, only the cards on screen get painted.

    (AV)  Élodie Roux               +3 / −1
          Product manager @ Acme
    ◷ 3 weeks  [mentor] [python]      (overdue)

The small "+3 / −1" marker is the give/ask balance of the last 12 months (give before you
ask): green when values given keep up with the asks, orange when asks outnumber them.

A keystroke in the search shows up to 40 cards never painted before, so each costs as
little as it can: the parts that repeat from card to card (avatars' discs, the time
since, tag chips, the overdue badge) are small pixmaps drawn once (``card_parts``); the
card's background and frame, the same for every card of a column, is one pixmap too
(a card starts as a copy of it); the colours of a palette and state are worked out once.
Only the initials, the name and the job are drawn as text. A painted card is kept whole
for as long as it may be shown again.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable
from datetime import date

from PySide6.QtCore import (
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QRect,
    QSize,
    Qt,
)
from PySide6.QtGui import (
    QColor,
    QFont,
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
from networking_app.ui.board.avatar import PhotoCache
from networking_app.ui.board.balance_marker import balance_marker, card_tooltip
from networking_app.ui.board.board_model import CARD_ROLE, CircleModel
from networking_app.ui.board.card_parts import (
    GAP,
    LEFT,
    MARGIN_X,
    MARGIN_Y,
    PADDING,
    CardParts,
    Metrics,
)
from networking_app.ui.labels import since_label

MAX_TAGS = 3
# The give/ask marker's ink: (on a light card, on a dark card), both readable (WCAG AA).
GIVING_COLORS = (QColor(0x2E, 0x7D, 0x32), QColor(0x81, 0xC7, 0x84))  # green
ASKING_COLORS = (QColor(0xB4, 0x53, 0x09), QColor(0xFF, 0xB7, 0x4D))  # orange
CARD_CACHE_SIZE = 160  # whole cards: a few screens of them (about 70 KB each)
SEEN_SIZE = 2000  # cards painted once (a second paint keeps a picture of them)
LOOK_CACHE_SIZE = 32  # palettes x states x sizes in use at once

# Qt's enums are slow to reach from Python; a card paint uses these constants many times.
Role = QPalette.ColorRole
SELECTED, ACTIVE = QStyle.StateFlag.State_Selected, QStyle.StateFlag.State_Active
HOVER, FOCUS = QStyle.StateFlag.State_MouseOver, QStyle.StateFlag.State_HasFocus
STATES = SELECTED | ACTIVE | HOVER | FOCUS  # the states that change how a card looks
_STATES = int(STATES.value)
_SELECTED, _ACTIVE, _HOVER, _FOCUS = (int(s.value) for s in (SELECTED, ACTIVE, HOVER, FOCUS))


class _Look:
    """What every card of one palette, state and size shares: colours, background, frame."""

    def __init__(
        self, palette: QPalette, state: int, width: int, height: int, ratio: float
    ) -> None:
        self.selected = selected = bool(state & _SELECTED)
        group = QPalette.ColorGroup.Active if state & _ACTIVE else QPalette.ColorGroup.Inactive
        self.text = palette.color(group, Role.HighlightedText if selected else Role.Text)
        self.quiet = QColor(self.text)
        self.quiet.setAlphaF(0.72)
        self.chip_fill = palette.color(group, Role.HighlightedText if selected else Role.Highlight)
        self.chip_fill.setAlphaF(0.22 if selected else 0.16)
        self.chip_ink = palette.color(group, Role.HighlightedText if selected else Role.Text)
        self.base = palette.color(group, Role.Base)
        dark = 1 if self.base.lightness() < 128 else 0
        self.giving, self.asking = GIVING_COLORS[dark], ASKING_COLORS[dark]
        self.frame = QPixmap(round(width * ratio), round(height * ratio))
        self.frame.setDevicePixelRatio(ratio)
        self.frame.fill(palette.color(Role.Window))  # opaque: text keeps its antialiasing
        painter = QPainter(self.frame)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        rect = QRect(0, 0, width, height).adjusted(MARGIN_X, MARGIN_Y, -MARGIN_X, -MARGIN_Y)
        _paint_frame(painter, rect, palette, group, state)
        painter.end()


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
        self._metrics: Metrics | None = None
        self._parts = CardParts(self.tr("overdue"))
        self._looks: OrderedDict[tuple[object, ...], _Look] = OrderedDict()
        self._pictures: OrderedDict[tuple[object, ...], tuple[ContactCard, int, QPixmap]] = (
            OrderedDict()
        )
        self._since: dict[int | None, str] = {}  # days -> "3 weeks"
        self._seen: OrderedDict[tuple[object, ...], None] = OrderedDict()  # painted once

    def metrics(self, font: QFont) -> Metrics:
        # QFont == costs a fifteenth of key(), asked at every card painted.
        if self._metrics is None or font != self._metrics.font:
            self._metrics = Metrics(font)
            self._parts.clear()
            self._looks.clear()
            self._pictures.clear()
            self._seen.clear()
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
        state = option.state.value & _STATES  # Python's enum operators cost more
        palette: QPalette = option.palette
        palette_key = palette.cacheKey()
        ratio = painter.device().devicePixelRatioF()
        today = self.today()
        width, height = rect.width(), rect.height()
        key = (id(card), state, width, height, ratio, today)
        cached = self._pictures.get(key)
        if cached is not None and cached[0] is card and cached[1] == palette_key:
            self._pictures.move_to_end(key)
            painter.drawPixmap(rect.topLeft(), cached[2])
            return
        m = self.metrics(option.font)
        look_key = (palette_key, state, width, height, ratio)
        look = self._looks.get(look_key)
        if look is None:
            look = self._looks[look_key] = _Look(palette, state, width, height, ratio)
            if len(self._looks) > LOOK_CACHE_SIZE:
                self._looks.popitem(last=False)
        if key not in self._seen and _filtered(index):
            # Seen for the first time (a keystroke shows up to 40 such cards, most never
            # shown again): painted straight onto the view, a picture saved only if the
            # card is painted again. A column with no filter is the board as it opens
            # and after Esc: its first cards stay on top at most keys (the first key
            # painted 33 of its 40 cards a second time), so they are kept at once.
            self._seen[key] = None
            if len(self._seen) > SEEN_SIZE:
                self._seen.popitem(last=False)
            painter.save()
            painter.drawPixmap(rect.topLeft(), look.frame)
            painter.translate(rect.topLeft())
            self._paint_card(painter, card, width, height, look, m, ratio, today)
            painter.restore()
            return
        picture = look.frame.copy()  # the card is painted over its background and frame
        picture.setDevicePixelRatio(ratio)
        on_picture = QPainter(picture)
        self._paint_card(on_picture, card, width, height, look, m, ratio, today)
        on_picture.end()
        self._pictures[key] = (card, palette_key, picture)
        if len(self._pictures) > CARD_CACHE_SIZE:
            self._pictures.popitem(last=False)
        painter.drawPixmap(rect.topLeft(), picture)

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
        width: int,
        height: int,
        look: _Look,
        m: Metrics,
        ratio: float,
        today: date,
    ) -> None:
        """Everything over the background and frame (already on the picture)."""
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        inner = QRect(0, 0, width, height).adjusted(
            MARGIN_X + PADDING, MARGIN_Y + PADDING, -MARGIN_X - PADDING, -MARGIN_Y - PADDING
        )
        photo = self.photos.get(card.id, m.avatar, ratio) if card.has_photo else None
        if photo is None:
            self._parts.paint_avatar(painter, inner.left(), inner.top(), card.name, m, ratio)
        else:
            painter.drawPixmap(inner.topLeft(), photo)

        # Beside the avatar: the name (and the give/ask marker), then role @ organisation.
        left = inner.left() + m.avatar + GAP
        text_width = inner.right() - left
        name_width = text_width
        balance = balance_marker(card)
        if balance is not None:
            label, asking = balance
            ink = look.asking if asking else look.giving
            marker = self._parts.marker(label, ink, look.base, m, ratio)
            room = text_width - round(marker.width() / ratio) - 6
            if m.bold_fm.horizontalAdvance(card.name) > room:
                # The name matters more: a dot of the same colour says enough.
                marker = self._parts.dot(ink, look.base, m, ratio)
            marker_width = round(marker.width() / ratio)
            painter.drawPixmap(
                inner.right() + 1 - marker_width, inner.top() + (m.line - m.chip) // 2, marker
            )
            name_width -= marker_width + 6
        painter.setFont(m.bold)
        painter.setPen(look.text)
        painter.drawText(
            QRect(left, inner.top(), name_width, m.line),
            LEFT,
            self._parts.elided(card.name, name_width, m, bold=True),
        )
        job = " @ ".join(p for p in (card.role, card.organisation) if p)
        if job:
            painter.setFont(m.font)
            painter.setPen(look.quiet)
            painter.drawText(
                QRect(left, inner.top() + m.line + 2, text_width, m.line),
                LEFT,
                self._parts.elided(job, text_width, m),
            )

        # The card's full width below: time since the last interaction, tags, overdue.
        top = inner.bottom() - m.chip + 1
        right = inner.right() + 1
        if card.due is not None and card.due < today:
            badge = self._parts.badge(m, ratio)
            right -= round(badge.width() / ratio)
            painter.drawPixmap(right, top, badge)
            right -= 6
        last = card.last_interaction
        strip = self._parts.since(
            self._since_label(None if last is None else (today - last.date()).days),
            look.quiet,
            m,
            ratio,
        )
        x = inner.left()
        if round(strip.width() / ratio) <= right - x:
            painter.drawPixmap(x, top, strip)
            x += round(strip.width() / ratio) + 8
        for tag in card.tags[:MAX_TAGS]:
            chip = self._parts.chip(tag, right - x, look.chip_fill, look.chip_ink, m, ratio)
            if chip is None:
                break
            painter.drawPixmap(x, top, chip)
            x += round(chip.width() / ratio) + 4

    def _since_label(self, days: int | None) -> str:
        label = self._since.get(days)
        if label is None:
            if len(self._since) > 1000:
                self._since.clear()
            label = self._since[days] = since_label(days)
        return label


def _filtered(index: QModelIndex | QPersistentModelIndex) -> bool:
    """Whether the card's column shows only the cards passing a filter."""
    model = index.model()
    return not isinstance(model, CircleModel) or model.filtered


def _paint_frame(
    painter: QPainter, rect: QRect, palette: QPalette, group: QPalette.ColorGroup, state: int
) -> None:
    highlight = palette.color(group, Role.Highlight)
    selected = state & _SELECTED
    if selected:
        fill, border = highlight, highlight.darker(130)
    else:
        fill = palette.color(group, Role.Base)
        border = palette.color(group, Role.Mid)
        if state & _HOVER:
            border = highlight
    painter.setPen(QPen(border, 1))
    painter.setBrush(fill)
    painter.drawRoundedRect(rect.adjusted(0, 0, -1, -1), 6, 6)
    if state & _FOCUS:
        ring = palette.color(group, Role.HighlightedText if selected else Role.Highlight)
        painter.setPen(QPen(ring, 2))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRoundedRect(rect.adjusted(2, 2, -2, -2), 5, 5)
