"""The database lifecycle: open (checked, migrated), bind, close. Opened in one place."""

from __future__ import annotations

import fcntl
import logging
import os
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime
from pathlib import Path
from types import TracebackType

import peewee as pw

from networking_app.storage.backup import copy_database, newest_good_backup
from networking_app.storage.errors import DatabaseBusy, DatabaseUnusable, NewerSchema
from networking_app.storage.inspection import LIVE, busy, inspect_file, is_busy
from networking_app.storage.migrations import migrate
from networking_app.storage.models import db

log = logging.getLogger(__name__)

PRAGMAS = {
    "foreign_keys": 1,
    "journal_mode": "wal",
    "synchronous": "normal",
    "busy_timeout": 5000,
}


def open_database(path: Path, backups_dir: Path, now: datetime | None = None) -> pw.SqliteDatabase:
    """Open the database at ``path``, creating or migrating it, and bind the models to it.

    A file that is not a healthy Rapport database, or that a newer Rapport wrote, is
    refused with :class:`DatabaseUnusable` (naming the newest good backup) and left as
    it was, byte for byte.
    """
    health = inspect_file(path)
    if not health.ok:
        if health.newer:  # the data is newer than this code: no backup is the answer
            raise NewerSchema(path, health.problem or "newer schema")
        raise DatabaseUnusable(path, health.problem or "unusable", newest_good_backup(backups_dir))
    if path.exists() and path.stat().st_size == 0:
        # SQLite would take an empty file for a new database; with backups around, it is
        # data that was lost (a failed copy, a sync tool), not a first start.
        backup = newest_good_backup(backups_dir)
        if backup is not None:
            raise DatabaseUnusable(path, "the file is empty (0 bytes)", backup)
    path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
    old_umask = os.umask(0o077)  # the file and its -wal/-shm companions: owner only
    try:
        database = pw.SqliteDatabase(str(path), pragmas=PRAGMAS, timeout=5)
        database.connect()
        path.chmod(0o600)
        stamp = (now or datetime.now()).strftime("%Y%m%d-%H%M%S")

        def copy_aside(current: int, target: int) -> None:
            dest = backups_dir / f"pre-migration-v{current}-to-v{target}-{stamp}.sqlite3"
            copy_database(database.connection(), dest)
            log.info("database copied to %s before migrating", dest)

        migrate(database, before=copy_aside)
    except Exception as exc:
        if "database" in locals() and not database.is_closed():
            database.close()
        if is_busy(exc):  # peewee's OperationalError, or sqlite3's
            raise busy(path) from None
        raise
    finally:
        os.umask(old_umask)
    db.initialize(database)
    LIVE.add(path.resolve())
    return database


@contextmanager
def worker_connection() -> Iterator[None]:
    """Around database work on a worker thread: peewee gives each thread its own
    connection; this closes the worker's when done so none outlives the work."""
    try:
        yield
    finally:
        if db.obj is not None:
            db.obj.close()  # the calling thread's connection only


def close_database() -> None:
    """Checkpoint the WAL into the main file and close the bound database."""
    database = db.obj
    if database is None or database.is_closed():
        return
    try:
        database.execute_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        database.close()
        LIVE.discard(Path(database.database).resolve())


class DataDirLock:
    """An exclusive advisory lock on the data dir, held by the running app.

    Restores and demo fills refuse to run while the app holds it.
    """

    def __init__(self, data_dir: Path) -> None:
        self.path = data_dir / ".lock"
        self._fd: int | None = None

    def acquire(self) -> None:
        self.path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
        fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o600)
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            os.close(fd)
            raise DatabaseBusy(
                f"{self.path.parent}: Rapport is running with this data folder; quit it"
                " first (menu File → Quit, or Ctrl+Q)"
            ) from None
        self._fd = fd

    def release(self) -> None:
        if self._fd is not None:
            fcntl.flock(self._fd, fcntl.LOCK_UN)
            os.close(self._fd)
            self._fd = None

    def __enter__(self) -> DataDirLock:
        self.acquire()
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.release()
