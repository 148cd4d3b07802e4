"""The open data folder: the use-cases the window needs, over one bound database."""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path

from networking_app.domain.profile import Profile
from networking_app.paths import AppPaths
from networking_app.services.clock import Clock
from networking_app.services.contacts import ContactBook
from networking_app.services.introductions import Introductions
from networking_app.services.reminders import Reminders
from networking_app.services.timeline import Timeline
from networking_app.storage import backup as backups
from networking_app.storage import queries, settings
from networking_app.storage.database import DataDirLock, close_database, open_database
from networking_app.storage.errors import DatabaseBusy, DatabaseUnusable
from networking_app.storage.queries import NetworkCounts

log = logging.getLogger(__name__)


@dataclass
class Workspace:
    """One data folder opened by the app; the UI talks to the data only through it."""

    paths: AppPaths
    clock: Clock = field(default_factory=Clock)

    def __post_init__(self) -> None:
        self.contacts = ContactBook(self.clock)
        self.timeline = Timeline(self.clock)
        self.introductions = Introductions(self.clock)
        self.reminders = Reminders(self.clock)
        self.reminders.providers.append(self.introductions.due_items)

    def open(self) -> None:
        """Lock the data folder and open its database (raises DatabaseUnusable/Busy)."""
        self.paths.ensure()
        self._lock = DataDirLock(self.paths.data_dir)
        self._lock.acquire()
        try:
            open_database(self.paths.database, self.paths.backups_dir)
        except BaseException:
            self._lock.release()
            raise

    def close(self) -> None:
        close_database()
        lock = getattr(self, "_lock", None)
        if lock is not None:
            lock.release()

    # -- profile -------------------------------------------------------------------
    def profile(self) -> Profile:
        return settings.load_profile()

    def save_profile(self, profile: Profile) -> None:
        settings.save_profile(profile)

    def counts(self) -> queries.NetworkCounts:
        return queries.network_counts()

    # -- backups (safe from a worker thread: they use their own connection) ---------
    def auto_backup(self, today: date) -> Path | None:
        return backups.auto_backup(self.paths.database, self.paths.backups_dir, today)

    def backup_now(self, dest: Path | None = None) -> Path:
        dest = dest or self.paths.backups_dir / f"manual-{datetime.now():%Y%m%d-%H%M%S}.sqlite3"
        return backups.make_backup(self.paths.database, dest)


def newest_good_backup(paths: AppPaths) -> Path | None:
    return backups.newest_good_backup(paths.backups_dir)


def restore_backup(paths: AppPaths, source: Path) -> Path | None:
    """Replace the (closed) database with ``source``; returns where the old one went."""
    with DataDirLock(paths.data_dir):
        return backups.restore(source, paths.database, datetime.now())


__all__ = [
    "DatabaseBusy",
    "DatabaseUnusable",
    "NetworkCounts",
    "Workspace",
    "newest_good_backup",
    "restore_backup",
]
