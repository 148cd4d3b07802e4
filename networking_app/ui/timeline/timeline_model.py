"""The timeline as a lazily loaded list: entries newest first under week and day headers.

Only the first page is read when a filter is set; the view asks for the next page
(``canFetchMore``/``fetchMore``) when the user scrolls to the end. Pages are keyset pages
on (occurred_at, id), so the thousandth page costs what the first one does.
"""

from __future__ import annotations

import logging
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from enum import IntEnum, StrEnum
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QCoreApplication,
    QDate,
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)

from networking_app.domain.interactions import TimelineEntry, TimelineFilter, week_start
from networking_app.domain.vocabulary import InteractionKind
from networking_app.services.clock import Clock
from networking_app.services.timeline import Timeline
from networking_app.ui.timeline.interaction_labels import capitalised, kind_labels, time_text

log = logging.getLogger(__name__)

#: The first page: enough to fill a tall window, small enough to show in a blink.
FIRST_PAGE = 100
#: Later pages grow with what is shown (a quarter of it, up to this): every append makes
#: the view lay out all its rows again, so fewer, larger pages keep a long scroll linear-ish.
MAX_PAGE = 5000
#: A reload after a change re-reads at most this many entries to keep the scroll position.
RELOAD_LIMIT = 5000

_Index = QModelIndex | QPersistentModelIndex
# A flat list: saying so spares the view a hasChildren() call per row per layout.
# Headers are not enabled, so keyboard navigation steps over them.
_NO_FLAGS = Qt.ItemFlag.NoItemFlags
_HEADER_FLAGS = Qt.ItemFlag.ItemNeverHasChildren
_ENTRY_FLAGS = _HEADER_FLAGS | Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable


class RowType(StrEnum):
    WEEK = "week"
    DAY = "day"
    ENTRY = "entry"


class Role(IntEnum):
    ROW_TYPE = Qt.ItemDataRole.UserRole + 1  # RowType value (str), every row
    ENTRY = Qt.ItemDataRole.UserRole + 2  # TimelineEntry, entry rows only
    INTERACTION_ID = Qt.ItemDataRole.UserRole + 3  # int, entry rows only
    LOCAL_TIME = Qt.ItemDataRole.UserRole + 4  # naive local datetime, entry rows only
    DAY = Qt.ItemDataRole.UserRole + 5  # the local date (header and entry rows)


#: A row as (type, interaction id or header day): stable across reloads.
RowKey = tuple[RowType, int | date]


@dataclass(frozen=True, slots=True)
class TimelineRow:
    type: RowType
    day: date  # local date of the header or of the entry
    entry: TimelineEntry | None = None
    local_time: datetime | None = None


def week_label(monday: date, today: date) -> str:
    """ "This week", "Last week" or "Week of 3 November 2025"."""
    this_week = week_start(today)
    if monday == this_week:
        return QCoreApplication.translate("TimelineModel", "This week")
    if monday == this_week - timedelta(days=7):
        return QCoreApplication.translate("TimelineModel", "Last week")
    fmt = "d MMMM" if monday.year == today.year else "d MMMM yyyy"
    day = QLocale().toString(QDate(monday.year, monday.month, monday.day), fmt)
    return QCoreApplication.translate("TimelineModel", "Week of {date}").replace("{date}", day)


def day_label(day: date, today: date) -> str:
    """ "Today", "Yesterday", "Monday 24 November" (with the year when not this year's)."""
    if day == today:
        return QCoreApplication.translate("TimelineModel", "Today")
    if day == today - timedelta(days=1):
        return QCoreApplication.translate("TimelineModel", "Yesterday")
    fmt = "dddd d MMMM" if day.year == today.year else "dddd d MMMM yyyy"
    return capitalised(QLocale().toString(QDate(day.year, day.month, day.day), fmt))


class TimelineModel(QAbstractListModel):
    """Rows are week headers, day headers and entries, in time order, newest first."""

    def __init__(
        self,
        timeline: Timeline,
        clock: Clock,
        parent: QObject | None = None,
        first_page: int = FIRST_PAGE,
    ) -> None:
        super().__init__(parent)
        self.timeline, self.clock, self.first_page = timeline, clock, first_page
        self._filter = TimelineFilter()
        self._rows: list[TimelineRow] = []
        self._row_of_id: dict[int, int] = {}
        self._entries = 0
        self._after: tuple[datetime, int] | None = None
        self._exhausted = True
        self._held = False  # inside begin…/end… of a change, or held by the view

    # -- what the view and its actions ask ------------------------------------------------
    def current_filter(self) -> TimelineFilter:
        return self._filter

    def entry_count(self) -> int:
        """Entries loaded so far (header rows not counted)."""
        return self._entries

    def exhausted(self) -> bool:
        """True once every entry matching the filter is loaded."""
        return self._exhausted

    def entry_at(self, row: int) -> TimelineEntry | None:
        return self._rows[row].entry if 0 <= row < len(self._rows) else None

    def row_of(self, interaction_id: int) -> int:
        """The row of an interaction, or -1 when it is not loaded."""
        return self._row_of_id.get(interaction_id, -1)

    def row_key(self, row: int) -> RowKey:
        """What row ``row`` shows, in terms that survive a reload (see :meth:`row_for_key`)."""
        found = self._rows[row]
        return (found.type, found.entry.id if found.entry else found.day)

    def row_for_key(self, key: RowKey) -> int:
        """The row showing ``key`` after a reload, or -1."""
        kind, value = key
        if isinstance(value, int):
            return self.row_of(value)
        for row, found in enumerate(self._rows):
            if found.type is kind and found.day == value:
                return row
        return -1

    # -- loading ----------------------------------------------------------------------------
    def set_filter(self, flt: TimelineFilter) -> None:
        """Show what ``flt`` matches: forget every row, read the first page."""
        self._filter = flt
        self._load(self.first_page)

    def reload(self) -> None:
        """Re-read after a change, as many entries as were shown (within a limit)."""
        self._load(min(max(self._entries, self.first_page), RELOAD_LIMIT))

    def _load(self, count: int) -> None:
        entries: list[TimelineEntry] = []
        after = None
        exhausted = False
        while len(entries) < count:
            limit = min(count - len(entries), MAX_PAGE)
            page = self.timeline.page(self._filter, after, limit)
            entries += page
            if len(page) < limit:
                exhausted = True
                break
            after = (page[-1].occurred_at, page[-1].id)
        with self.fetches_held():
            self.beginResetModel()
            self._rows, self._row_of_id, self._entries = [], {}, 0
            self._after, self._exhausted = None, exhausted
            self._rows = self._rows_for(entries)
            self.endResetModel()

    def _rows_for(self, entries: list[TimelineEntry]) -> list[TimelineRow]:
        """The rows that show ``entries`` after the loaded ones (headers where needed)."""
        rows: list[TimelineRow] = []
        start = len(self._rows)
        last = self._rows[-1].day if self._rows else None
        for entry in entries:
            local = self.clock.to_local(entry.occurred_at)
            day = local.date()
            if last is None or week_start(day) != week_start(last):
                rows.append(TimelineRow(RowType.WEEK, week_start(day)))
            if day != last:
                rows.append(TimelineRow(RowType.DAY, day))
            self._row_of_id[entry.id] = start + len(rows)
            rows.append(TimelineRow(RowType.ENTRY, day, entry, local))
            last = day
        if entries:
            self._entries += len(entries)
            self._after = (entries[-1].occurred_at, entries[-1].id)
        return rows

    @contextmanager
    def fetches_held(self) -> Iterator[None]:
        """Ignore ``fetchMore`` meanwhile: while a change is being announced (one change at
        a time, whoever listens), or while the view lays itself out."""
        held, self._held = self._held, True
        try:
            yield
        finally:
            self._held = held

    def canFetchMore(self, parent: _Index = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and not self._exhausted

    def fetchMore(self, parent: _Index = QModelIndex()) -> None:  # noqa: B008
        if parent.isValid() or self._exhausted or self._held:
            return
        limit = min(MAX_PAGE, max(self.first_page, self._entries // 4))
        page = self.timeline.page(self._filter, self._after, limit)
        self._exhausted = len(page) < limit
        if not page:
            return
        added = self._rows_for(page)
        first = len(self._rows)
        with self.fetches_held():
            self.beginInsertRows(QModelIndex(), first, first + len(added) - 1)
            self._rows.extend(added)
            self.endInsertRows()
        log.debug("timeline: %d more entries, %d rows", len(page), len(self._rows))

    # -- Qt model -----------------------------------------------------------------------------
    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def flags(self, index: _Index) -> Qt.ItemFlag:
        # Called for every row at every layout: constants, no enum lookups.
        if not index.isValid():
            return _NO_FLAGS
        return _HEADER_FLAGS if self._rows[index.row()].entry is None else _ENTRY_FLAGS

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        if role == Role.ROW_TYPE:
            return row.type.value
        if role == Role.DAY:
            return row.day
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self.header_text(row) if row.entry is None else self._spoken(row)
        if row.entry is None:
            return None
        if role == Role.ENTRY:
            return row.entry
        if role == Role.INTERACTION_ID:
            return row.entry.id
        if role == Role.LOCAL_TIME:
            return row.local_time
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(row.entry)
        return None

    def header_text(self, row: TimelineRow) -> str:
        today = self.clock.today()
        if row.type is RowType.WEEK:
            return week_label(row.day, today)
        return day_label(row.day, today)

    def _spoken(self, row: TimelineRow) -> str:
        entry = row.entry
        assert entry is not None and row.local_time is not None
        kind = kind_labels().get(InteractionKind(entry.kind), entry.kind)
        names = ", ".join(name for _id, name in entry.participants)
        time = time_text(row.local_time)
        return f"{time} · {kind} · {names} — {entry.summary}"

    def _tooltip(self, entry: TimelineEntry) -> str:
        parts = [entry.summary, entry.notes[:500]]
        return "\n\n".join(p for p in parts if p.strip())
