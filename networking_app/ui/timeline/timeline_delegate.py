"""Paints the timeline's rows: week and day headers, and entries with their badges.

No widget per row: a row is a few lines of text and pills painted in the palette's own
colours (hues only at low opacity behind text), so light and dark palettes both read well.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import (
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QRect,
    QSize,
    Qt,
)
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPalette
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from networking_app.domain.interactions import TimelineEntry
from networking_app.domain.vocabulary import (
    AskOutcome,
    Direction,
    InteractionKind,
    ResponseState,
    ValueType,
)
from networking_app.services.clock import Clock
from networking_app.ui.timeline.interaction_labels import (
    direction_phrases,
    kind_labels,
    response_labels,
    short_date,
    time_text,
    value_labels,
)
from networking_app.ui.timeline.kind_glyphs import KIND_HUES, paint_kind
from networking_app.ui.timeline.timeline_model import Role, RowType

_Index = QModelIndex | QPersistentModelIndex

MARGIN = 16  # left and right of every row
GLYPH = 32  # diameter of the kind's disc
GAP = 12  # between the disc and the text column
PAD = 8  # above and below an entry's lines

GREEN, AMBER, BLUE, RED, GREY = (
    QColor(46, 160, 90),
    QColor(215, 150, 30),
    QColor(60, 130, 220),
    QColor(215, 60, 60),
    QColor(128, 128, 128),
)


@dataclass(frozen=True)
class Badge:
    text: str
    hue: QColor
    elide: bool = False  # the one badge that may be shortened to fit


def has_badges(entry: TimelineEntry) -> bool:
    """Whether :func:`badges` finds any (cheap: no text is built)."""
    return bool(
        entry.values_given
        or entry.ask
        or entry.next_step
        or entry.response_state in (ResponseState.WAITING, ResponseState.NO_ANSWER)
    )


def badges(entry: TimelineEntry, today: date) -> list[Badge]:
    """The pills under an entry: what was given, asked, what comes next, the answer."""
    found: list[Badge] = []
    if entry.values_given:
        names = value_labels()
        given = ", ".join(names.get(ValueType(v), v) for v in entry.values_given)
        found.append(
            Badge(
                QCoreApplication.translate("TimelineDelegate", "Gave: {values}").replace(
                    "{values}", given
                ),
                GREEN,
            )
        )
    if entry.ask:
        outcome = {
            AskOutcome.YES: (
                QCoreApplication.translate("TimelineDelegate", "Asked: they said yes"),
                GREEN,
            ),
            AskOutcome.NO: (
                QCoreApplication.translate("TimelineDelegate", "Asked: they said no"),
                GREY,
            ),
        }.get(
            AskOutcome(entry.ask_outcome or AskOutcome.PENDING),
            (QCoreApplication.translate("TimelineDelegate", "Asked: pending"), AMBER),
        )
        found.append(Badge(*outcome))
    unanswered = {ResponseState.WAITING: AMBER, ResponseState.NO_ANSWER: GREY}
    if entry.response_state in unanswered:
        state = ResponseState(entry.response_state)
        found.append(Badge(response_labels()[state], unanswered[state]))
    if entry.next_step:
        if not entry.next_step_open:
            text, hue = (
                QCoreApplication.translate("TimelineDelegate", "Done: {step}").replace(
                    "{step}", entry.next_step
                ),
                GREY,
            )
        elif entry.next_step_due is None:
            text, hue = (
                QCoreApplication.translate("TimelineDelegate", "Next step: {step}").replace(
                    "{step}", entry.next_step
                ),
                BLUE,
            )
        else:
            due = short_date(entry.next_step_due, today)
            text = QCoreApplication.translate(
                "TimelineDelegate", "Next step: {step} (due {date})"
            ).replace("{step}", entry.next_step)
            text = text.replace("{date}", due)
            hue = RED if entry.next_step_due < today else BLUE
        found.append(Badge(text, hue, elide=True))
    return found


class _Fonts:
    """The fonts and heights derived from the view's font, computed once per font."""

    def __init__(self, base: QFont) -> None:
        self.base = QFont(base)
        self.bold = QFont(base)
        self.bold.setBold(True)
        self.week = QFont(base)
        self.week.setBold(True)
        self.week.setPointSizeF(base.pointSizeF() * 1.15)
        self.day = QFont(base)
        self.day.setBold(True)
        self.day.setPointSizeF(base.pointSizeF() * 0.92)
        self.small = QFont(base)
        self.small.setPointSizeF(base.pointSizeF() * 0.9)
        line = QFontMetrics(base).height()
        self.line = line
        self.small_line = QFontMetrics(self.small).height()
        self.heights = {
            RowType.WEEK: QFontMetrics(self.week).height() + 22,
            RowType.DAY: QFontMetrics(self.day).height() + 10,
            RowType.ENTRY: PAD + line + 3 + line + PAD,
        }
        self.badge_line = 6 + self.small_line + 4


class TimelineDelegate(QStyledItemDelegate):
    """Fixed heights per row type, so the view lays out long timelines cheaply."""

    def __init__(self, clock: Clock, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.clock = clock
        self._fonts: _Fonts | None = None

    def fonts(self, font: QFont) -> _Fonts:
        if self._fonts is None or self._fonts.base != font:
            self._fonts = _Fonts(font)
        return self._fonts

    def sizeHint(self, option: QStyleOptionViewItem, index: _Index) -> QSize:
        fonts = self.fonts(option.font)
        kind = RowType(index.data(Role.ROW_TYPE))
        height = fonts.heights[kind]
        if kind is RowType.ENTRY and has_badges(index.data(Role.ENTRY)):
            height += fonts.badge_line
        return QSize(200, height)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: _Index) -> None:
        fonts = self.fonts(option.font)
        rect: QRect = option.rect
        palette: QPalette = option.palette
        painter.save()
        painter.setClipRect(rect)
        kind = RowType(index.data(Role.ROW_TYPE))
        if kind is RowType.ENTRY:
            self._paint_entry(painter, option, index, fonts)
        else:
            # Headers are disabled items (the keyboard steps over them), not greyed text.
            active = QPalette.ColorGroup.Active
            muted = palette.color(active, QPalette.ColorRole.PlaceholderText)
            text = str(index.data(Qt.ItemDataRole.DisplayRole))
            if kind is RowType.WEEK:
                painter.setFont(fonts.week)
                painter.setPen(palette.color(active, QPalette.ColorRole.Text))
                area = rect.adjusted(MARGIN, 12, -MARGIN, -4)
                painter.drawText(area, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop, text)
                painter.setPen(palette.color(active, QPalette.ColorRole.Mid))
                painter.drawLine(
                    rect.left() + MARGIN, rect.bottom(), rect.right() - MARGIN, rect.bottom()
                )
            else:
                painter.setFont(fonts.day)
                painter.setPen(muted)
                area = rect.adjusted(MARGIN + GLYPH + GAP, 0, -MARGIN, 0)
                painter.drawText(
                    area, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignBottom, text
                )
        painter.restore()

    # -- an entry ---------------------------------------------------------------------------
    def _paint_entry(
        self, painter: QPainter, option: QStyleOptionViewItem, index: _Index, fonts: _Fonts
    ) -> None:
        entry: TimelineEntry = index.data(Role.ENTRY)
        rect: QRect = option.rect
        palette: QPalette = option.palette
        state = option.state
        selected = bool(state & QStyle.StateFlag.State_Selected)
        group = (
            QPalette.ColorGroup.Active
            if state & QStyle.StateFlag.State_Active
            else QPalette.ColorGroup.Inactive
        )
        if selected:
            painter.fillRect(rect, palette.color(group, QPalette.ColorRole.Highlight))
            ink = palette.color(group, QPalette.ColorRole.HighlightedText)
            muted = QColor(ink)
            muted.setAlphaF(0.75)
        else:
            if state & QStyle.StateFlag.State_MouseOver:
                painter.fillRect(rect, palette.color(group, QPalette.ColorRole.AlternateBase))
            ink = palette.color(group, QPalette.ColorRole.Text)
            muted = palette.color(group, QPalette.ColorRole.PlaceholderText)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)

        # The kind: a soft disc in the kind's hue, the glyph in the text colour.
        top = rect.top() + PAD
        disc = QRect(rect.left() + MARGIN, top + fonts.line + 3 - GLYPH // 2 + 2, GLYPH, GLYPH)
        hue = QColor(KIND_HUES.get(entry.kind, GREY))
        hue.setAlpha(70 if not selected else 110)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(hue)
        painter.drawEllipse(disc)
        paint_kind(painter, disc.adjusted(6, 6, -6, -6).toRectF(), entry.kind, ink)

        left = disc.right() + GAP
        right = rect.right() - MARGIN
        # Line 1: time · kind, the people (bold), who reached out (right).
        local = index.data(Role.LOCAL_TIME)
        time = time_text(local)
        kind = kind_labels().get(InteractionKind(entry.kind), entry.kind)
        lead = f"{time} · {kind}"
        direction = direction_phrases().get(Direction(entry.direction), "")
        base = QFontMetrics(fonts.base)
        painter.setFont(fonts.base)
        painter.setPen(muted)
        line1 = QRect(left, top, right - left, fonts.line)
        direction_width = base.horizontalAdvance(direction)
        painter.drawText(
            line1, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, direction
        )
        painter.drawText(line1, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, lead)
        names_left = left + base.horizontalAdvance(lead) + 10
        names_width = max(0, right - direction_width - 16 - names_left)
        names = ", ".join(name for _id, name in entry.participants)
        painter.setFont(fonts.bold)
        painter.setPen(ink)
        names = QFontMetrics(fonts.bold).elidedText(names, Qt.TextElideMode.ElideRight, names_width)
        painter.drawText(
            QRect(names_left, top, names_width, fonts.line),
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
            names,
        )

        # Line 2: the summary, else the notes' first line, else a quiet placeholder.
        line2 = QRect(left, top + fonts.line + 3, right - left, fonts.line)
        painter.setFont(fonts.base)
        summary = entry.summary or entry.notes.strip().split("\n", 1)[0]
        if summary:
            painter.setPen(ink if entry.summary else muted)
        else:
            summary = QCoreApplication.translate("TimelineDelegate", "No summary")
            painter.setPen(muted)
        painter.drawText(
            line2,
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
            base.elidedText(summary, Qt.TextElideMode.ElideRight, line2.width()),
        )

        # Line 3: badges.
        y = line2.bottom() + 1 + 6
        self._paint_badges(
            painter, fonts, badges(entry, self.clock.today()), left, right, y, ink, selected
        )

    def _paint_badges(
        self,
        painter: QPainter,
        fonts: _Fonts,
        found: list[Badge],
        left: int,
        right: int,
        y: int,
        ink: QColor,
        selected: bool,
    ) -> None:
        metrics = QFontMetrics(fonts.small)
        painter.setFont(fonts.small)
        height = fonts.small_line + 4
        x = left
        for badge in found:
            room = right - x
            text = badge.text
            width = metrics.horizontalAdvance(text) + 14
            if width > room:
                if not badge.elide and room < 80:
                    break
                text = metrics.elidedText(text, Qt.TextElideMode.ElideRight, max(0, room - 14))
                width = metrics.horizontalAdvance(text) + 14
            if room < 40:
                break
            pill = QRect(x, y, width, height)
            fill = QColor(ink if selected else badge.hue)
            fill.setAlpha(45 if selected else 50)
            edge = QColor(ink if selected else badge.hue)
            edge.setAlpha(150)
            painter.setPen(edge)
            painter.setBrush(fill)
            painter.drawRoundedRect(pill.adjusted(0, 0, -1, -1), height / 2, height / 2)
            painter.setPen(ink)
            painter.drawText(pill, Qt.AlignmentFlag.AlignCenter, text)
            x += width + 6
