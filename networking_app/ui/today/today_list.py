"""The list of the Today view: groups of due items, the ritual's suggestions, what comes.

Each group shows its first :data:`GROUP_LIMIT` lines, then a "Show n more…" line (Enter
shows the rest), so a backlog of thousands stays quick to show.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QAbstractItemView, QTreeWidget, QTreeWidgetItem, QWidget

from networking_app.domain.due_list import Items
from networking_app.domain.reminders import Agenda, DueItem, Suggestion
from networking_app.ui.dates import day_text
from networking_app.ui.today.item_text import (
    kind_labels,
    reconnect_text,
    suggestion_line,
    what_text,
    when_text,
)

ITEM_ROLE = Qt.ItemDataRole.UserRole
MORE_ROLE = Qt.ItemDataRole.UserRole + 1
#: Lines a group shows before its "Show n more…" line.
GROUP_LIMIT = 50
#: Groups after which the ritual's suggestions are listed: what is due today comes first.
_LATER_GROUPS = ("dormant_ties", "upcoming", "steps")

Section = tuple[str, str, Items]


def line_key(data: object) -> str | None:
    """The key of what a line shows: a due item's own, "suggestion:<id>" for a suggestion."""
    if isinstance(data, DueItem):
        return data.key
    if isinstance(data, Suggestion):
        return f"suggestion:{data.contact_id}"
    return None


class TodayList(QTreeWidget):
    """Who, what, when — one line per item, bold headings between the groups."""

    #: Enter or a double click on an item's line
    item_opened = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.agenda: Agenda | None = None
        self._expanded: set[str] = set()
        self.setObjectName("todayList")
        self.setAccessibleName(self.tr("Today's review"))
        self.setColumnCount(3)
        self.setHeaderLabels([self.tr("Who"), self.tr("What"), self.tr("When")])
        self.setRootIsDecorated(False)
        self.setUniformRowHeights(True)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.header().setStretchLastSection(False)
        self.setColumnWidth(0, 240)
        self.header().setSectionResizeMode(1, self.header().ResizeMode.Stretch)
        self.setColumnWidth(2, 130)
        self.itemActivated.connect(lambda row, _column: self._activated(row))

    # -- filling ------------------------------------------------------------------------
    def sections(self, agenda: Agenda) -> list[Section]:
        """(id, heading, items) of each group shown, an item only in its first group."""
        labels = kind_labels()
        found: list[Section] = []
        for kind in labels:
            items = agenda.due.of_kind(kind)
            found.append((kind.value, self.tr("Due: {kind}").format(kind=labels[kind]), items))
        shown = agenda.due.key_set()  # told by keys: the items are made when shown
        for sid, title, pool in (
            ("dormant_ties", self.tr("Dormant ties to revive"), agenda.dormant),
            ("upcoming", self.tr("Life events in the next 14 days"), agenda.upcoming_events),
            ("steps", self.tr("Open next steps"), agenda.next_steps),
        ):
            found.append((sid, title, pool.without(shown)))
        return [section for section in found if section[2]]

    def show_agenda(self, agenda: Agenda) -> None:
        """Show ``agenda``, keeping the selected line when it is still there."""
        current = self.selected_key()
        rows = self.rows()
        at = next((n for n, row in enumerate(rows) if row is self.currentItem()), None)
        self.agenda = agenda
        self._fill(agenda)
        if current and self.select_item(current):
            return
        if at is not None:  # done, snoozed or skipped: on to the line that took its place
            self.select_from(at)
        else:
            self.select_first()

    def drop_lines(self, keys: frozenset[str], agenda: Agenda) -> None:
        """Take out the lines of ``keys`` (acted on; ``agenda`` is the one shown without
        them), the cursor moving on as :meth:`show_agenda` does; quicker than refilling."""
        rows = self.rows()
        current = self.currentItem()
        at = next((n for n, row in enumerate(rows) if row is current), None)
        if at is not None and line_key(rows[at].data(0, ITEM_ROLE)) not in keys:
            at = None  # the cursor stays where it is
        for n in reversed(range(len(rows))):
            if line_key(rows[n].data(0, ITEM_ROLE)) in keys:
                self.takeTopLevelItem(n)
        self.agenda = agenda
        if at is not None:
            self.select_from(at)

    def _fill(self, agenda: Agenda) -> None:
        self.clear()
        bold = QFont(self.font())
        bold.setBold(True)

        def heading(title: str) -> None:
            top = QTreeWidgetItem(self, [title])
            top.setFirstColumnSpanned(True)
            top.setFont(0, bold)
            top.setFlags(Qt.ItemFlag.ItemIsEnabled)

        groups = self.sections(agenda)
        suggestions_at = next(
            (i for i, (sid, _, _) in enumerate(groups) if sid in _LATER_GROUPS), len(groups)
        )
        for index, (sid, title, items) in enumerate(groups):
            if index == suggestions_at:
                self._add_suggestions(agenda, heading)
            heading(title)
            limit = len(items) if sid in self._expanded else GROUP_LIMIT
            for item in items[:limit]:
                self._add(item)
            if len(items) > limit:
                more = QTreeWidgetItem(
                    self, ["", self.tr("Show {n} more…").format(n=len(items) - limit), ""]
                )
                more.setData(0, MORE_ROLE, sid)
                more.setForeground(1, self.palette().link())
        if suggestions_at == len(groups):
            self._add_suggestions(agenda, heading)

    def _add(self, item: DueItem) -> None:
        what = tip = what_text(item)
        if item.reconnect:  # a dormant tie: the guide's ways back in, in view
            since = (
                self.tr("Last contact {date}").format(date=day_text(item.last_interaction))
                if item.last_interaction
                else what
            )
            what = f"{since} · {reconnect_text(item)}"
            tip = f"{tip}\n{reconnect_text(item)}"
        row = QTreeWidgetItem(self, [item.contact_name, what, when_text(item)])
        row.setData(0, ITEM_ROLE, item)
        row.setToolTip(1, tip)
        if item.days_late > 0:
            row.setForeground(2, Qt.GlobalColor.darkRed)

    def _add_suggestions(self, agenda: Agenda, heading: Callable[[str], None]) -> None:
        if not agenda.ritual.suggestions:
            return
        heading(self.tr("Suggested for this week’s ritual"))
        for suggestion in agenda.ritual.suggestions:
            reasons = suggestion_line(suggestion).partition(" — ")[2]
            row = QTreeWidgetItem(self, [suggestion.contact_name, reasons, ""])
            row.setData(0, ITEM_ROLE, suggestion)

    def show_more(self, section: str) -> None:
        """Show every item of ``section``."""
        self._expanded.add(section)
        if self.agenda is not None:
            self.show_agenda(self.agenda)

    def _activated(self, row: QTreeWidgetItem) -> None:
        section = row.data(0, MORE_ROLE)
        if not section:
            self.item_opened.emit()
            return
        index = self.indexOfTopLevelItem(row)
        self.show_more(section)
        landing = self.topLevelItem(index)  # the first line that was hidden
        if landing is not None:
            self.setCurrentItem(landing)

    # -- selection ----------------------------------------------------------------------
    def rows(self) -> list[QTreeWidgetItem]:
        found = (self.topLevelItem(i) for i in range(self.topLevelItemCount()))
        return [row for row in found if row is not None]

    def selected(self) -> DueItem | Suggestion | None:
        row = self.currentItem()
        return None if row is None else row.data(0, ITEM_ROLE)

    def selected_key(self) -> str | None:
        return line_key(self.selected())

    def select_item(self, key: str) -> bool:
        """Select the line of ``key``, showing the rest of its group when it is hidden."""
        if self._select_shown(key):
            return True
        if self.agenda is not None:
            for sid, _title, items in self.sections(self.agenda):
                if sid not in self._expanded and key in set(items.keys()):
                    self.show_more(sid)
                    return self._select_shown(key)
        return False

    def _select_shown(self, key: str) -> bool:
        for row in self.rows():
            if line_key(row.data(0, ITEM_ROLE)) == key:
                self.setCurrentItem(row)
                self.scrollToItem(row)
                return True
        return False

    def select_first(self) -> None:
        self.select_from(0)

    def select_from(self, index: int) -> None:
        """The first actionable line at ``index`` or after it (else the last one before)."""
        rows = self.rows()
        actionable = [n for n, row in enumerate(rows) if row.data(0, ITEM_ROLE) is not None]
        after = [n for n in actionable if n >= index]
        chosen = after[0] if after else (actionable[-1] if actionable else None)
        if chosen is not None:
            self.setCurrentItem(rows[chosen])
            self.scrollToItem(rows[chosen])
