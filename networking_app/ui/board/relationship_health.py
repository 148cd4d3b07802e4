"""What the timeline tells about the contact shown in the detail panel.

    Give and ask     Given 1 · Asked 1 in the last 12 months (all time: 3 given, 1 asked)
    Responsiveness   Answered 3 of 5 outreach messages (60%), usually within 10 hours
    Next steps       Send the deck — due 1 Dec 2026 overdue              [Done]
                     Show timeline

The guide: give before you ask, and a real interest shows in how they answer.
"""

from __future__ import annotations

import html
from datetime import date, timedelta

from PySide6.QtCore import QCoreApplication, QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QPalette, QShowEvent, QUndoStack
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from networking_app.domain.interactions import Balance, Responsiveness
from networking_app.services.timeline import OpenNextStep, Timeline
from networking_app.ui.dates import day_text
from networking_app.ui.events import DataEvents
from networking_app.ui.labels import plural
from networking_app.ui.timeline.timeline_commands import NextStepDoneCommand

MAX_STEPS = 5  # the rest are one click away, in the contact's timeline
TIMELINE_HREF = "timeline"
# Warnings that read on light and on dark panels (WCAG AA against white / #2b2b2b).
WARNING_ON_LIGHT, WARNING_ON_DARK = QColor(0xB4, 0x53, 0x09), QColor(0xFF, 0xB7, 0x4D)
OVERDUE_ON_LIGHT, OVERDUE_ON_DARK = QColor(0xC6, 0x28, 0x28), QColor(0xFF, 0x8A, 0x80)


def is_dark(palette: QPalette) -> bool:
    return palette.color(QPalette.ColorRole.Window).lightness() < 128


def balance_text(balance: Balance) -> str:
    """ "Given 3 · Asked 1 in the last 12 months (all time: 5 given, 2 asked)"."""
    if not (balance.given_all or balance.asked_all):
        return QCoreApplication.translate("RelationshipHealth", "Nothing given or asked yet.")
    return (
        QCoreApplication.translate(
            "RelationshipHealth",
            "Given {given} · Asked {asked} in the last 12 months"
            " (all time: {given_all} given, {asked_all} asked)",
        )
        .replace("{given_all}", str(balance.given_all))
        .replace("{asked_all}", str(balance.asked_all))
        .replace("{given}", str(balance.given_12m))
        .replace("{asked}", str(balance.asked_12m))
    )


def balance_hint(balance: Balance) -> str:
    """The guide's advice when the last 12 months asked more than they gave."""
    if balance.asked_12m > balance.given_12m:
        return QCoreApplication.translate(
            "RelationshipHealth", "Give before you ask: share something useful first."
        )
    return ""


def delay_text(delay: timedelta) -> str:
    """A delay as people say it: "20 minutes", "10 hours", "3 days"."""
    minutes = max(1, round(delay.total_seconds() / 60))
    if minutes < 60:
        return plural(
            minutes,
            QCoreApplication.translate("RelationshipHealth", "{n} minute"),
            QCoreApplication.translate("RelationshipHealth", "{n} minutes"),
        )
    hours = round(minutes / 60)
    if hours < 48:
        return plural(
            hours,
            QCoreApplication.translate("RelationshipHealth", "{n} hour"),
            QCoreApplication.translate("RelationshipHealth", "{n} hours"),
        )
    return plural(
        round(hours / 24),
        QCoreApplication.translate("RelationshipHealth", "{n} day"),
        QCoreApplication.translate("RelationshipHealth", "{n} days"),
    )


def responsiveness_text(resp: Responsiveness) -> str:
    """ "Answered 3 of 5 outreach messages (60%), usually within 10 hours"."""
    if not resp.outreach:
        return QCoreApplication.translate("RelationshipHealth", "No outreach yet.")
    share = round(100 * (resp.answered_share or 0.0))
    text = plural(
        resp.outreach,
        QCoreApplication.translate(
            "RelationshipHealth", "Answered {answered} of {n} outreach message ({share}%)"
        ),
        QCoreApplication.translate(
            "RelationshipHealth", "Answered {answered} of {n} outreach messages ({share}%)"
        ),
    )
    text = text.replace("{answered}", str(resp.answered)).replace("{share}", str(share))
    if resp.answered and resp.median_delay is not None:
        text += QCoreApplication.translate(
            "RelationshipHealth", ", usually within {delay}"
        ).replace("{delay}", delay_text(resp.median_delay))
    return text


def _heading(text: str) -> QLabel:
    """A section title, as the detail panel's own."""
    heading = QLabel(text)
    heading.setObjectName("detailSection")
    font = heading.font()
    font.setBold(True)
    heading.setFont(font)
    heading.setContentsMargins(0, 10, 0, 0)
    return heading


def _text() -> QLabel:
    label = QLabel()
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    # Wrapped labels in a narrow panel: never wider than the panel, as tall as they need.
    label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
    return label


class StepRow(QWidget):
    """One open next step: its text and due date, and a button that marks it done."""

    def __init__(self, step: OpenNextStep, today: date, palette: QPalette) -> None:
        super().__init__()
        self.step = step
        self.overdue = step.due is not None and step.due < today
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(6)
        self.label = _text()
        self.label.setObjectName("nextStep")
        self.label.setTextFormat(Qt.TextFormat.RichText)
        self.label.setText(self._rich(palette))
        self.label.setAccessibleName(self._plain())
        self.done_button = QToolButton()
        self.done_button.setObjectName("nextStepDone")
        self.done_button.setText(self.tr("Done"))
        self.done_button.setToolTip(self.tr("Mark this next step done (Ctrl+Z undoes)"))
        self.done_button.setAccessibleName(
            self.tr("Mark “{step}” done").replace("{step}", step.text)
        )
        self.done_button.setAutoRaise(False)
        row.addWidget(self.label, 1)
        row.addWidget(self.done_button, 0, Qt.AlignmentFlag.AlignTop)

    def _due(self) -> str:
        assert self.step.due is not None
        return self.tr("due {date}").replace("{date}", day_text(self.step.due))

    def _plain(self) -> str:
        parts = [self.step.text]
        if self.step.due is not None:
            parts.append(self._due())
        if self.overdue:
            parts.append(self.tr("overdue"))
        return " — ".join(parts)

    def _rich(self, palette: QPalette) -> str:
        text = html.escape(self.step.text)
        if self.step.due is None:
            return text
        quiet = palette.color(QPalette.ColorRole.PlaceholderText).name()
        due = f'<span style="color:{quiet}">&nbsp;— {html.escape(self._due())}</span>'
        if not self.overdue:
            return text + due
        red = (OVERDUE_ON_DARK if is_dark(palette) else OVERDUE_ON_LIGHT).name()
        return f'{text}{due} <b style="color:{red}">{html.escape(self.tr("overdue"))}</b>'


class RelationshipHealth(QWidget):
    """Give/ask balance, responsiveness and open next steps of one contact, kept current."""

    #: "Show timeline" was clicked: the contact's timeline
    timeline_requested = Signal(int)

    def __init__(
        self,
        timeline: Timeline,
        undo_stack: QUndoStack,
        events: DataEvents,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.timeline, self.undo_stack, self.events = timeline, undo_stack, events
        self.contact_id: int | None = None
        self.rows: list[StepRow] = []
        self._stale = False  # changed while hidden: re-read when shown
        self._focus_row: int | None = None  # after "Done" from the keyboard, focus moves on
        # Commands announce a change with a few signals in a row: re-read once, after them.
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self.refresh)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        self.balance_label = _text()
        self.balance_label.setObjectName("detail-balance")
        self.hint_label = _text()
        self.hint_label.setObjectName("detail-balance-hint")
        self.responsiveness_label = _text()
        self.responsiveness_label.setObjectName("detail-responsiveness")
        self.steps_box = QVBoxLayout()
        self.steps_box.setContentsMargins(0, 0, 0, 0)
        self.steps_box.setSpacing(4)
        self.no_steps = _text()
        self.no_steps.setText(self.tr("No open next step."))
        self.no_steps.setStyleSheet("color: palette(placeholder-text);")
        self.more_steps = _text()
        self.more_steps.setStyleSheet("color: palette(placeholder-text);")
        show_timeline = html.escape(self.tr("Show timeline"))
        self.timeline_link = QLabel(f'<a href="{TIMELINE_HREF}">{show_timeline}</a>')
        self.timeline_link.setObjectName("detail-timeline-link")
        self.timeline_link.setTextFormat(Qt.TextFormat.RichText)
        self.timeline_link.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
        self.timeline_link.setToolTip(self.tr("Every interaction with this contact"))
        self.timeline_link.linkActivated.connect(self._link)
        for widget in (
            _heading(self.tr("Give and ask")),
            self.balance_label,
            self.hint_label,
            _heading(self.tr("Responsiveness")),
            self.responsiveness_label,
            _heading(self.tr("Next steps")),
        ):
            layout.addWidget(widget)
        layout.addLayout(self.steps_box)
        layout.addWidget(self.no_steps)
        layout.addWidget(self.more_steps)
        layout.addWidget(self.timeline_link, 0, Qt.AlignmentFlag.AlignLeft)

        events.interactions_changed.connect(self._interactions_changed)
        events.contacts_changed.connect(self._contacts_changed)

    # -- what is shown ---------------------------------------------------------------------------
    def show_contact(self, contact_id: int) -> None:
        """Read and show ``contact_id``'s figures now."""
        self.contact_id = contact_id
        self.refresh()

    def clear(self) -> None:
        self.contact_id = None
        self._timer.stop()
        self._stale = False

    def refresh(self) -> None:
        """Re-read the figures of the contact shown."""
        self._timer.stop()
        self._stale = False
        if self.contact_id is None:
            return
        timeline, contact_id = self.timeline, self.contact_id
        balance = timeline.balance(contact_id)
        self.balance_label.setText(balance_text(balance))
        hint = balance_hint(balance)
        self.hint_label.setText(hint)
        self.hint_label.setVisible(bool(hint))
        warning = WARNING_ON_DARK if is_dark(self.palette()) else WARNING_ON_LIGHT
        self.hint_label.setStyleSheet(f"color: {warning.name()}; font-style: italic;")
        self.responsiveness_label.setText(responsiveness_text(timeline.responsiveness(contact_id)))
        self._fill_steps(timeline.open_next_steps(contact_id))

    def _fill_steps(self, steps: list[OpenNextStep]) -> None:
        refocus = self._focus_row
        self._focus_row = None
        for row in self.rows:
            self.steps_box.removeWidget(row)
            row.hide()
            row.deleteLater()  # maybe inside its own button's click
        today = self.timeline.clock.today()
        self.rows = [StepRow(step, today, self.palette()) for step in steps[:MAX_STEPS]]
        for row in self.rows:
            row.done_button.clicked.connect(lambda _=False, r=row: self._mark_done(r))
            self.steps_box.addWidget(row)
        self.no_steps.setVisible(not steps)
        more = len(steps) - len(self.rows)
        self.more_steps.setText(
            plural(
                more,
                self.tr("and {n} other in the timeline"),
                self.tr("and {n} others in the timeline"),
            )
            if more > 0
            else ""
        )
        self.more_steps.setVisible(more > 0)
        if refocus is not None:
            target = (
                self.rows[min(refocus, len(self.rows) - 1)].done_button
                if self.rows
                else self.timeline_link
            )
            target.setFocus(Qt.FocusReason.OtherFocusReason)

    # -- actions -------------------------------------------------------------------------------
    def _mark_done(self, row: StepRow) -> None:
        if row.done_button.hasFocus():
            self._focus_row = self.rows.index(row)
        command = NextStepDoneCommand(
            self.timeline, self.events, [row.step.interaction_id], done=True
        )
        self.undo_stack.push(command)
        self.refresh()  # at once: the row goes away under the pointer

    def _link(self, href: str) -> None:
        if href == TIMELINE_HREF and self.contact_id is not None:
            self.timeline_requested.emit(self.contact_id)

    # -- keeping current -----------------------------------------------------------------------
    def _interactions_changed(self, _ids: list[int]) -> None:
        self._changed()  # any interaction may be one of theirs; three small queries tell

    def _contacts_changed(self, ids: list[int]) -> None:
        if not ids or self.contact_id in ids:
            self._changed()

    def _changed(self) -> None:
        if self.contact_id is None:
            return
        if self.isVisible():
            self._timer.start()
        else:
            self._stale = True  # the board is not in front: read when it comes back

    def showEvent(self, event: QShowEvent) -> None:
        if self._stale:
            self.refresh()
        super().showEvent(event)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.PaletteChange and self.contact_id is not None:
            self._changed()  # light to dark: the warning colours follow
        super().changeEvent(event)
