"""Backups through SQLite's online backup API, their rotation, and restores.

A backup is only ever written from a database that passed ``quick_check``, so a damaged
file can never push the last good copies out of the rotation.
"""

from __future__ import annotations

import logging
import os
import re
import sqlite3
from contextlib import closing
from datetime import date, datetime
from pathlib import Path

from networking_app.storage.errors import DatabaseUnusable, StorageError
from networking_app.storage.inspection import connect_read_only, inspect_file

log = logging.getLogger(__name__)

DAILY_KEPT = 7
WEEKLY_KEPT = 4
_DAILY = re.compile(r"^daily-(\d{4}-\d{2}-\d{2})\.sqlite3$")
_WEEKLY = re.compile(r"^weekly-(\d{4}-W\d{2})\.sqlite3$")


def copy_database(source: Path | sqlite3.Connection, dest: Path) -> Path:
    """Write a consistent copy of ``source`` to ``dest`` (0600), safely replacing it."""
    dest.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
    partial = dest.with_name(dest.name + ".partial")
    partial.unlink(missing_ok=True)
    old_umask = os.umask(0o077)
    try:
        with closing(sqlite3.connect(partial)) as target:
            if isinstance(source, sqlite3.Connection):
                source.backup(target)
            else:
                with closing(connect_read_only(source)) as src:
                    src.backup(target)
            target.execute("PRAGMA journal_mode=DELETE")
            target.execute("PRAGMA synchronous=FULL")
            target.commit()
        partial.chmod(0o600)
        _fsync(partial)
        partial.replace(dest)
    except BaseException:
        partial.unlink(missing_ok=True)
        raise
    finally:
        os.umask(old_umask)
    return dest


def _fsync(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def make_backup(db_path: Path, dest: Path) -> Path:
    """A checked copy of the database at ``db_path``; refuses a damaged source."""
    if not db_path.exists():
        raise StorageError(f"{db_path}: there is no database to back up")
    health = inspect_file(db_path, full=True)
    if not health.ok:
        raise DatabaseUnusable(db_path, health.problem or "unusable")
    return copy_database(db_path, dest)


def list_backups(backups_dir: Path) -> list[Path]:
    """Rotation backups, newest first (by the date in their name, then mtime)."""
    if not backups_dir.is_dir():
        return []
    found = [
        p
        for p in backups_dir.iterdir()
        if p.suffix == ".sqlite3" and not p.name.endswith(".partial")
    ]
    return sorted(
        found,
        key=lambda p: (p.stat().st_mtime_ns, not p.name.startswith("weekly-"), p.name),
        reverse=True,
    )


def newest_good_backup(backups_dir: Path) -> Path | None:
    """The newest backup that passes a full check, or None."""
    for candidate in list_backups(backups_dir):
        health = inspect_file(candidate, full=True)
        if health.ok and health.version > 0:
            return candidate
    return None


def auto_backup(db_path: Path, backups_dir: Path, today: date) -> Path | None:
    """Take today's rotating backup if there is none yet; returns the new file or None.

    Keeps the newest 7 daily and 4 weekly (ISO week) backups.
    """
    daily = backups_dir / f"daily-{today.isoformat()}.sqlite3"
    if daily.exists() or not db_path.exists():
        return None
    make_backup(db_path, daily)
    year, week, _ = today.isocalendar()
    weekly = backups_dir / f"weekly-{year}-W{week:02d}.sqlite3"
    if not weekly.exists():
        copy_database(daily, weekly)
        stat = daily.stat()  # the same moment's data: the same time, so daily sorts first
        os.utime(weekly, ns=(stat.st_atime_ns, stat.st_mtime_ns))
    prune(backups_dir)
    log.info("automatic backup written to %s", daily)
    return daily


def prune(backups_dir: Path) -> list[Path]:
    """Delete rotation backups beyond the kept counts; returns what was deleted."""
    removed: list[Path] = []
    for pattern, kept in ((_DAILY, DAILY_KEPT), (_WEEKLY, WEEKLY_KEPT)):
        named = sorted(
            (p for p in backups_dir.iterdir() if pattern.match(p.name)),
            key=lambda p: p.name,
            reverse=True,
        )
        for old in named[kept:]:
            old.unlink()
            removed.append(old)
    return removed


def restore(source: Path, db_path: Path, now: datetime) -> Path | None:
    """Replace the database with ``source`` after checking it fully.

    The replaced database (with its WAL files) is moved aside, never deleted; returns
    where it went, or None when there was no database.
    """
    if not source.is_file():
        raise StorageError(f"{source}: no such file")
    health = inspect_file(source, full=True)
    if not health.ok:
        raise StorageError(f"{source}: cannot restore from it: {health.problem}")
    if health.version == 0:
        raise StorageError(f"{source}: cannot restore from it: it holds no Rapport data")
    # Copy first, beside the database: if that fails (disk full…), nothing was moved.
    staged = copy_database(source, db_path.with_name(db_path.name + ".restoring"))
    kept_aside = None
    stamp = now.strftime("%Y%m%d-%H%M%S")
    if db_path.exists():
        kept_aside = db_path.with_name(f"{db_path.name}.replaced-{stamp}")
        for suffix in ("", "-wal", "-shm"):
            part = db_path.with_name(db_path.name + suffix)
            if part.exists():
                part.replace(kept_aside.with_name(kept_aside.name + suffix))
    staged.replace(db_path)
    log.info("database restored from %s; previous one kept at %s", source, kept_aside)
    return kept_aside
