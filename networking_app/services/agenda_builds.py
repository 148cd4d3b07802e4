"""Building the agenda: on a worker thread, and without the cyclic garbage collector."""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date

from networking_app.domain.reminders import Agenda, ItemState


@contextmanager
def no_cyclic_gc() -> Iterator[None]:
    """Tens of thousands of rows and items, none in a cycle: without this, the collector
    walks the whole heap several times over (a quarter of the agenda's time at 30,000)."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


@dataclass
class AgendaBuild:
    """An agenda built on a worker thread for the data as the requesting thread saw it
    when asking (:meth:`Reminders.start_build`, then :meth:`Reminders.build_on_worker_thread`
    on the worker, then :meth:`Reminders.adopt` back on the requesting thread)."""

    day: date
    zone: object
    #: the requesting thread's cache key when asked (its connection, its data version)
    key: tuple[object, ...]
    result: tuple[Agenda, dict[str, ItemState]] | None = None
    seconds: float = 0.0
