"""Reading on a worker thread for the wizard: ranking 30,000 contacts takes a second or two."""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

from networking_app.ui.worker_report import tell

log = logging.getLogger(__name__)


class _Signals(QObject):
    done = Signal(object)
    failed = Signal()


class BackgroundRead(QRunnable):
    """Runs ``read`` on the pool; ``signals.done`` carries its result to the GUI thread."""

    def __init__(self, read: Callable[[], object]) -> None:
        super().__init__()
        self.read = read
        self.signals = _Signals()
        self.done = False

    def run(self) -> None:
        try:
            result = self.read()
        except Exception:  # logged; the page says it could not read
            log.exception("reading for the introduction wizard failed")
            tell(self.signals.failed.emit, "introduction wizard")
        else:
            tell(lambda: self.signals.done.emit(result), "introduction wizard")
        finally:
            self.done = True


def start(
    read: Callable[[], object], done: Callable[[object], None], failed: Callable[[], None]
) -> BackgroundRead:
    """Start ``read`` in the background; keep the returned job until it reports."""
    job = BackgroundRead(read)
    job.setAutoDelete(False)  # kept here until it has run, even if the wizard closes first
    job.signals.done.connect(done)
    job.signals.failed.connect(failed)
    _RUNNING[:] = [old for old in _RUNNING if not old.done]
    _RUNNING.append(job)
    QThreadPool.globalInstance().start(job)
    return job


_RUNNING: list[BackgroundRead] = []
