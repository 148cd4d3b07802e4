"""The agenda for the Today view and the tray, rebuilt on a worker thread when slow.

The agenda is remembered until the data changes (see ``Reminders.agenda``); after a write
it is built again, about 40 ms at 30,000 contacts. Once a build has been that slow, the
next ones run on a worker thread while the window keeps answering: meanwhile the views
show the last agenda without the lines just acted on (:meth:`AgendaLoader.provisional`),
and ``loaded`` brings the new one. Small data (the demo: 3 ms) keeps the plain
synchronous path.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable
from dataclasses import replace
from datetime import date

from PySide6.QtCore import QObject, QRunnable, QThreadPool, QTimer, Signal

from networking_app.domain.due_list import DueList
from networking_app.domain.reminders import Agenda, DueItem
from networking_app.services.reminders import AgendaBuild, Reminders
from networking_app.ui.events import DataEvents
from networking_app.ui.worker_report import tell

log = logging.getLogger(__name__)

#: A rebuild goes to a worker thread once the last build took at least this long (at
#: 30,000 contacts the build takes 35-45 ms, the window then never waits more than ~35 ms).
BACKGROUND_AFTER_MS = 20.0


def overdue_count(due: DueList) -> int:
    """How many of an agenda's ``due`` items are late (told without making the items)."""
    return due.overdue()


class _BuildSignals(QObject):
    done = Signal(object)  # the _BuildAgenda that finished
    failed = Signal(object)


class _BuildAgenda(QRunnable):
    def __init__(self, reminders: Reminders, job: AgendaBuild, generation: int) -> None:
        super().__init__()
        self.reminders = reminders
        self.job = job
        self.generation = generation  # the data events' count when it started
        self.signals = _BuildSignals()

    def run(self) -> None:
        try:
            self.reminders.build_on_worker_thread(self.job)
        except Exception:  # logged; the agenda is then built on the GUI thread
            log.exception("building the agenda on a worker thread failed")
            tell(lambda: self.signals.failed.emit(self), "agenda views")
        else:
            tell(lambda: self.signals.done.emit(self), "agenda views")


class AgendaLoader(QObject):
    """One agenda build at a time for the views sharing ``events`` (Today and the tray)."""

    #: an agenda built on a worker thread and still current when it landed
    loaded = Signal(object)

    def __init__(
        self, reminders: Reminders, events: DataEvents, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("agendaLoader")
        self.reminders = reminders
        self.events = events
        #: builds at least this slow (ms) are done on a worker thread next time
        self.background_after_ms = BACKGROUND_AFTER_MS
        #: the last agenda known current (shown while the next one is built)
        self.latest: Agenda | None = None
        self._job: _BuildAgenda | None = None
        self._wanted: date | None = None
        self._gone: set[str] = set()  # the keys of the items acted on since the last agenda

    @classmethod
    def shared(cls, reminders: Reminders, events: DataEvents) -> AgendaLoader:
        """The loader of ``reminders`` for the views of ``events`` (made on first use)."""
        for child in events.findChildren(QObject, "agendaLoader"):
            if isinstance(child, AgendaLoader) and child.reminders is reminders:
                return child
        return cls(reminders, events, events)

    @property
    def pending(self) -> bool:
        """Whether a build is running on a worker thread."""
        return self._job is not None

    def request(self, today: date) -> Agenda | None:
        """The agenda of ``today`` at once when it is remembered, small to build or there
        is nothing to show meanwhile; else None, and ``loaded`` brings it later."""
        self._wanted = today
        if self._job is not None:
            return None  # when it lands it is checked against the data and ``today``
        slow = self.reminders.last_build_seconds
        if (
            self.latest is None
            or slow is None
            or slow * 1000 < self.background_after_ms
            or self.reminders.is_current(today)
        ):
            return self._current(self.reminders.agenda(today))
        job = self.reminders.start_build(today)
        if job is None:  # inside a transaction: a worker could not see its data
            return self._current(self.reminders.agenda(today))
        self._start(job)
        return None

    def acted_on(self, items: Iterable[DueItem] | DueList) -> None:
        """These items were just done, snoozed, skipped or deleted: leave them out of
        :meth:`provisional` until the next agenda comes (a whole due list by its keys,
        without making its items)."""
        self._gone.update(items.key_set() if isinstance(items, DueList) else (i.key for i in items))

    @property
    def gone(self) -> frozenset[str]:
        """The keys of the items acted on since the last agenda came."""
        return frozenset(self._gone)

    def provisional(self) -> Agenda | None:
        """What to show while a build runs: the last agenda without the lines acted on."""
        latest, gone = self.latest, self._gone
        if latest is None or not gone:
            return latest
        return replace(
            latest,
            due=latest.due.without(gone),
            upcoming_events=latest.upcoming_events.without(gone),
            next_steps=latest.next_steps.without(gone),
            dormant=latest.dormant.without(gone),
        )

    def _current(self, agenda: Agenda) -> Agenda:
        self.latest = agenda
        self._gone.clear()
        return agenda

    def _start(self, job: AgendaBuild) -> None:
        runnable = self._job = _BuildAgenda(self.reminders, job, self.events.generation)
        runnable.signals.done.connect(self._landed)
        runnable.signals.failed.connect(self._failed)
        # Started once the GUI thread is idle again: the views first show what they can
        # (they would otherwise share the interpreter lock with the build, twice slower).
        QTimer.singleShot(0, self, lambda: self._run(runnable))

    def _run(self, runnable: _BuildAgenda) -> None:
        if runnable is not self._job:
            return
        if not self.reminders.readable():
            self._job = None  # the window closed the data folder meanwhile
            return
        QThreadPool.globalInstance().start(runnable)

    def _landed(self, runnable: _BuildAgenda) -> None:
        if runnable is not self._job:
            return
        self._job = None
        if not self.reminders.readable():
            return  # the data folder was closed meanwhile (the window shut down)
        wanted = self._wanted or runnable.job.day
        agenda = None
        if runnable.generation == self.events.generation and runnable.job.day == wanted:
            agenda = self.reminders.adopt(runnable.job)  # None if the data moved meanwhile
        if agenda is None:  # stale: build again for the data as it is now
            agenda = self.request(wanted)
            if agenda is None:
                return  # the next build is running
        self.loaded.emit(self._current(agenda))

    def _failed(self, runnable: _BuildAgenda) -> None:
        if runnable is not self._job:
            return
        self._job = None
        if self.reminders.readable() and self._wanted is not None:
            self.loaded.emit(self._current(self.reminders.agenda(self._wanted)))
