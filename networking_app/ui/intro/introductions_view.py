"""The Introductions view (Ctrl+4): every request, its dated chain, one action per step."""

from __future__ import annotations

import html
import logging
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QShowEvent, QUndoCommand, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QToolButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from networking_app.domain.introductions import (
    IllegalTransition,
    IntroSummary,
    can_move,
    next_steps,
)
from networking_app.domain.vocabulary import IntroStatus
from networking_app.services.clock import Clock
from networking_app.services.introductions import Introductions, StepRecord
from networking_app.services.workspace import Workspace
from networking_app.ui.dates import day_text
from networking_app.ui.events import DataEvents
from networking_app.ui.intro.intro_labels import (
    export_drafts,
    follow_up_text,
    refusal_text,
    status_labels,
)

log = logging.getLogger(__name__)
_ID = Qt.ItemDataRole.UserRole
#: The chain in the order the small timeline shows it.
CHAIN = (
    IntroStatus.DRAFT,
    IntroStatus.ASKED,
    IntroStatus.ACCEPTED,
    IntroStatus.DECLINED,
    IntroStatus.INTRODUCED,
    IntroStatus.MET,
    IntroStatus.CLOSED,
)


class IntroStepCommand(QUndoCommand):
    """One step of a request's chain, with what it wrote on the timeline; undoable."""

    def __init__(
        self,
        intros: Introductions,
        events: DataEvents,
        request_id: int,
        status: IntroStatus,
        text: str,
    ) -> None:
        super().__init__(text)
        self.intros, self.events = intros, events
        self.request_id, self.status = request_id, status
        self.record: StepRecord | None = None

    def redo(self) -> None:
        try:
            self.record = self.intros.move(self.request_id, self.status)
        except IllegalTransition:  # changed elsewhere meanwhile: nothing was written
            log.warning("introduction %s cannot move to %s", self.request_id, self.status)
            self.setObsolete(True)
        self._changed()

    def undo(self) -> None:
        if self.record is not None:
            self.intros.undo(self.record)
            self._changed()

    def _changed(self) -> None:
        self.events.introductions_changed.emit([self.request_id])
        if self.record is not None and self.record.interaction_ids:
            self.events.interactions_changed.emit(list(self.record.interaction_ids))
        if self.record is not None and self.record.target_before is not None:
            self.events.contacts_changed.emit([self.record.target_before[0]])


class IntroductionsView(QWidget):
    """Follow-ups at the top, the requests on the left, the chosen one's chain on the right."""

    #: "Ask for an Introduction…" was pressed
    new_requested = Signal()

    def __init__(
        self,
        workspace: Workspace,
        events: DataEvents,
        undo_stack: QUndoStack,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.intros: Introductions = workspace.introductions
        self.clock: Clock = workspace.clock
        self.events, self.undo_stack = events, undo_stack
        self.requests: list[IntroSummary] = []
        self._sized = False

        self.follow_title = QLabel(self.tr("<b>To do for your introductions</b>"))
        self.follow_list = QListWidget()
        self.follow_list.setAccessibleName(self.tr("Introduction follow-ups"))
        self.follow_list.setMaximumHeight(96)
        self.follow_list.itemActivated.connect(lambda it: self.select_request(it.data(_ID)))
        self.table = QTreeWidget()
        self.table.setRootIsDecorated(False)
        self.table.setAccessibleName(self.tr("Introduction requests"))
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setHeaderLabels(
            [self.tr("Person to meet"), self.tr("Introducer"), self.tr("Status"), self.tr("Since")]
        )
        self.table.currentItemChanged.connect(lambda *_: self._show_current())
        self.new_button = QPushButton(self.tr("Ask for an Introduction…"))
        self.new_button.setToolTip(self.tr("Ctrl+I"))
        self.new_button.clicked.connect(self.new_requested)

        self.heading = QLabel()
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.heading.setFont(font)
        self.heading.setWordWrap(True)
        self.facts = QLabel()
        self.facts.setWordWrap(True)
        self.facts.setTextFormat(Qt.TextFormat.RichText)
        self.facts.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.step_buttons: dict[IntroStatus, QToolButton] = {}
        steps = QHBoxLayout()
        steps.setSpacing(4)
        for status in CHAIN:
            button = QToolButton()
            button.setCheckable(True)
            button.setStyleSheet("QToolButton:checked { font-weight: bold; }")
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
            button.clicked.connect(lambda _=False, s=status: self.move_to(s))
            self.step_buttons[status] = button
            steps.addWidget(button)
        steps.addStretch(1)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setObjectName("introMessage")
        self.export_button = QPushButton(self.tr("Export Drafts…"))
        self.export_button.clicked.connect(lambda: self.export_current())
        detail = QWidget()
        column = QVBoxLayout(detail)
        column.setContentsMargins(16, 12, 16, 12)
        column.addWidget(self.heading)
        column.addWidget(QLabel(self.tr("Steps (click the next one when it happens):")))
        column.addLayout(steps)
        column.addWidget(self.message)
        column.addWidget(self.facts)
        row = QHBoxLayout()
        row.addWidget(self.export_button)
        row.addStretch(1)
        column.addLayout(row)
        column.addStretch(1)

        left = QWidget()
        left_column = QVBoxLayout(left)
        left_column.setContentsMargins(6, 0, 0, 6)
        left_column.addWidget(self.table, 1)
        left_column.addWidget(self.new_button, 0, Qt.AlignmentFlag.AlignLeft)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(left)
        splitter.addWidget(detail)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 1)
        self.splitter = splitter

        self.empty = QLabel(
            self.tr(
                "No introduction request yet. Press Ctrl+I (or “Ask for an Introduction” on"
                " a contact) to ask someone you know to introduce you: the wizard checks"
                " the ask is fair, drafts the opt-in request and the email to forward, and"
                " this view then follows the chain until you thank the introducer."
            )
        )
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setMargin(48)
        empty_page = QWidget()
        empty_layout = QVBoxLayout(empty_page)
        empty_layout.addStretch(1)
        empty_layout.addWidget(self.empty)
        self.empty_button = QPushButton(self.tr("Ask for an Introduction…"))
        self.empty_button.clicked.connect(self.new_requested)
        empty_layout.addWidget(self.empty_button, 0, Qt.AlignmentFlag.AlignHCenter)
        empty_layout.addStretch(2)
        self.pages = QStackedWidget()
        main = QWidget()
        main_layout = QVBoxLayout(main)
        main_layout.setContentsMargins(0, 6, 0, 0)
        follow = QFrame()
        follow_layout = QVBoxLayout(follow)
        follow_layout.setContentsMargins(6, 0, 6, 0)
        follow_layout.addWidget(self.follow_title)
        follow_layout.addWidget(self.follow_list)
        self.follow_box = follow
        main_layout.addWidget(follow)
        main_layout.addWidget(splitter, 1)
        self.pages.addWidget(main)
        self.pages.addWidget(empty_page)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.pages)
        events.introductions_changed.connect(self._requests_changed)
        events.contacts_changed.connect(lambda _ids: self.reload())
        events.reminders_changed.connect(self.reload)  # a follow-up snoozed in Today
        self.reload()

    def showEvent(self, event: QShowEvent) -> None:
        if not self._sized:  # the list gets room for its four columns at the first show
            self._sized = True
            left = max(480, round(self.width() * 0.45))
            self.splitter.setSizes([left, max(1, self.width() - left)])
        super().showEvent(event)

    # -- reading --------------------------------------------------------------------------
    def _requests_changed(self, ids: list[int]) -> None:
        """Reload; a request that was not there before (the wizard's) becomes the current."""
        known = {r.id for r in self.requests}
        self.reload()
        new = [request_id for request_id in ids if request_id not in known]
        if new:
            self.select_request(new[-1])

    def reload(self) -> None:
        current = self.current_id()
        self.requests = self.intros.all()
        labels = status_labels()
        self.table.clear()
        items = []
        for r in self.requests:
            since = r.steps[-1].at if r.steps else r.updated_at
            item = QTreeWidgetItem(
                [
                    r.target_name,
                    r.introducer_name or self.tr("(no introducer)"),
                    labels[r.status],
                    self._date(since),
                ]
            )
            item.setData(0, _ID, r.id)
            items.append(item)
        self.table.addTopLevelItems(items)
        for column in range(4):
            self.table.resizeColumnToContents(column)
        self.follow_list.clear()
        for f in self.intros.follow_ups(self.requests):
            entry = QListWidgetItem(f"{day_text(f.due)} — {follow_up_text(f)}")
            entry.setData(_ID, f.request_id)
            self.follow_list.addItem(entry)
        self.follow_box.setVisible(self.follow_list.count() > 0)
        self.pages.setCurrentIndex(0 if self.requests else 1)
        if self.requests:
            self.select_request(current if current is not None else self.requests[0].id)

    def _date(self, stored: datetime) -> str:
        return day_text(self.clock.to_local(stored).date())

    def current_id(self) -> int | None:
        item = self.table.currentItem()
        return int(item.data(0, _ID)) if item is not None else None

    def current(self) -> IntroSummary | None:
        rid = self.current_id()
        return next((r for r in self.requests if r.id == rid), None)

    def select_request(self, request_id: int) -> None:
        for row in range(self.table.topLevelItemCount()):
            item = self.table.topLevelItem(row)
            if item is not None and item.data(0, _ID) == request_id:
                self.table.setCurrentItem(item)
                return

    def _show_current(self) -> None:
        r = self.current()
        self.message.clear()
        if r is None:
            return
        labels = status_labels()
        self.heading.setText(
            self.tr("{target} via {introducer}").format(
                target=r.target_name, introducer=r.introducer_name or self.tr("(no introducer)")
            )
        )
        reached = {s.status: s.at for s in r.steps}
        nexts = next_steps(r.status)
        for status, button in self.step_buttons.items():
            at = reached.get(status)
            text = labels[status] + ("\n" + self._date(at) if at else "\n—")
            button.setText(text)
            button.setChecked(at is not None)
            button.setEnabled(True)
            button.setToolTip(
                self.tr("Mark it now")
                if status in nexts
                else refusal_text(r.status, status, list(nexts))
            )
        facts = [
            (self.tr("Why this person"), r.why),
            (self.tr("The ask"), r.ask),
        ]
        self.facts.setText(
            "".join(f"<p><b>{title}</b><br>{_escape(text)}</p>" for title, text in facts if text)
        )

    # -- changing -------------------------------------------------------------------------
    def move_to(self, status: IntroStatus) -> bool:
        """Take the step (undoable), or say why it cannot be taken now."""
        r = self.current()
        if r is None:
            return False
        if not can_move(r.status, status):
            self._show_current()  # put the button states back
            self.message.setText(refusal_text(r.status, status, list(next_steps(r.status))))
            return False
        text = self.tr("Mark Introduction “{status}”").format(status=status_labels()[status])
        self.undo_stack.push(IntroStepCommand(self.intros, self.events, r.id, status, text))
        log.info("introduction %s moved to %s", r.id, status.value)
        return True

    def export_current(self, folder: Path | None = None) -> None:
        r = self.current()
        if r is None:
            return
        if folder is None:
            chosen = QFileDialog.getExistingDirectory(self, self.tr("Save the drafts in"))
            if not chosen:
                return
            folder = Path(chosen)
        self.message.setText(export_drafts(self.intros, r.id, folder))


def _escape(text: str) -> str:
    return html.escape(text).replace("\n", "<br>")
