"""Read-only health checks of a database file: nothing here ever writes."""

from __future__ import annotations

import errno
import sqlite3
import struct
import urllib.parse
from contextlib import closing
from dataclasses import dataclass, field
from pathlib import Path

from networking_app.storage.errors import DatabaseBusy
from networking_app.storage.migrations import LATEST_VERSION, VERSION_TABLE

SQLITE_MAGIC = b"SQLite format 3\x00"

#: The database files this process has open (kept by ``storage.database``). Their bytes
#: are never read here with ``open()``: closing any descriptor of a file drops every
#: POSIX lock the process holds on it, SQLite's included, and another process would
#: then take the database for unused and delete its live WAL.
LIVE: set[Path] = set()


@dataclass(frozen=True)
class FileHealth:
    """What a cheap look at a database file found."""

    path: Path
    problem: str | None = None  # one sentence, None when usable
    version: int = 0  # our schema version, 0 for a new file
    newer: bool = False  # written by a newer Rapport

    @property
    def ok(self) -> bool:
        return self.problem is None


@dataclass(frozen=True)
class CheckReport:
    """The result of a full integrity and foreign-key check."""

    path: Path
    problems: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.problems


def connect_read_only(path: Path) -> sqlite3.Connection:
    uri = "file:" + urllib.parse.quote(str(path)) + "?mode=ro"
    return sqlite3.connect(uri, uri=True, timeout=5)


def _header_problem(path: Path) -> str | None:
    size = path.stat().st_size
    if size == 0 or path.resolve() in LIVE:  # open here: SQLite reads it, not us
        return None
    with path.open("rb") as handle:
        header = handle.read(100)
    if len(header) < 100 or not header.startswith(SQLITE_MAGIC):
        return "this is not a Rapport database (not an SQLite file)"
    page_size = struct.unpack(">H", header[16:18])[0]
    page_size = 65536 if page_size == 1 else page_size
    change_counter, page_count = struct.unpack(">II", header[24:32])
    valid_for = struct.unpack(">I", header[92:96])[0]
    if page_size < 512 or page_size & (page_size - 1):
        return "the SQLite header is damaged (impossible page size)"
    if valid_for == change_counter and size < page_count * page_size:
        return (
            f"the file is truncated ({size} bytes where its header announces"
            f" {page_count * page_size})"
        )
    return None


def read_chosen_file(path: Path) -> bytes:
    """The bytes of a file the user chose to import — never those of a database this
    process has open (see :data:`LIVE`): reading it would drop our locks on it."""
    if path.resolve() in LIVE:
        raise OSError(errno.EBUSY, "this is the database Rapport has open, not a file to import")
    return path.read_bytes()


def is_busy(exc: Exception) -> bool:
    """Whether SQLite refused because another connection holds the file (not damage)."""
    return getattr(exc, "sqlite_errorname", "") in ("SQLITE_BUSY", "SQLITE_LOCKED") or any(
        word in str(exc) for word in ("database is locked", "database is busy")
    )


def busy(path: Path) -> DatabaseBusy:
    return DatabaseBusy(
        f"{path}: another program is using the database right now (it is locked); close"
        " that program or wait a moment, then try again. Nothing was changed"
    )


def inspect_file(path: Path, *, full: bool = False) -> FileHealth:
    """Look at ``path`` without changing it.

    The quick look reads the header, the schema and our version table; ``full`` also
    runs ``PRAGMA quick_check`` over every page (used before backups and restores).
    Raises :class:`DatabaseBusy` when another program holds the file locked.
    """
    if not path.exists():
        return FileHealth(path)
    try:
        problem = _header_problem(path)
    except OSError as exc:
        return FileHealth(path, problem=f"the file cannot be read ({exc.strerror})")
    if problem:
        return FileHealth(path, problem=problem)
    if path.stat().st_size == 0:
        return FileHealth(path)
    try:
        with closing(connect_read_only(path)) as conn:
            tables = {
                r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
            }
            if tables and VERSION_TABLE not in tables:
                return FileHealth(path, problem="this SQLite file is not a Rapport database")
            version = 0
            if VERSION_TABLE in tables:
                version = int(
                    conn.execute(f"SELECT MAX(version) FROM {VERSION_TABLE}").fetchone()[0] or 0
                )
            if full:
                rows = [r[0] for r in conn.execute("PRAGMA quick_check")]
                if rows != ["ok"]:
                    return FileHealth(
                        path, problem="the database is damaged: " + rows[0], version=version
                    )
    except sqlite3.OperationalError as exc:
        if is_busy(exc):
            raise busy(path) from None
        return FileHealth(path, problem=f"the database is damaged ({exc})")
    except sqlite3.DatabaseError as exc:
        return FileHealth(path, problem=f"the database is damaged ({exc})")
    if version > LATEST_VERSION:
        return FileHealth(
            path,
            version=version,
            newer=True,
            problem=(
                f"it was written by a newer version of Rapport (schema {version}; this"
                f" version knows up to {LATEST_VERSION}); update Rapport to open it"
            ),
        )
    return FileHealth(path, version=version)


def check_database(path: Path) -> CheckReport:
    """``PRAGMA integrity_check`` and ``foreign_key_check``, every finding as a line.
    Raises :class:`DatabaseBusy` when another program holds the file locked."""
    if not path.exists():
        return CheckReport(
            path,
            [
                "there is no database here yet (open the app, or run"
                " `networking-app demo`, to create one)"
            ],
        )
    health = inspect_file(path)
    if not health.ok and health.problem is not None:
        return CheckReport(path, [health.problem])
    problems: list[str] = []
    try:
        with closing(connect_read_only(path)) as conn:
            rows = [r[0] for r in conn.execute("PRAGMA integrity_check")]
            if rows != ["ok"]:
                problems += [f"integrity: {row}" for row in rows]
            for table, rowid, parent, _fk in conn.execute("PRAGMA foreign_key_check"):
                problems.append(f"foreign key: {table} row {rowid} points to a missing {parent}")
    except sqlite3.DatabaseError as exc:
        if is_busy(exc):
            raise busy(path) from None
        problems.append(f"the database is damaged ({exc})")
    return CheckReport(path, problems)
