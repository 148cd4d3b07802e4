"""Opening the database: pragmas, permissions, and files that must not be opened."""

from __future__ import annotations

import hashlib
import sqlite3
from pathlib import Path

import pytest

from networking_app.paths import AppPaths
from networking_app.storage.backup import make_backup
from networking_app.storage.database import (
    DataDirLock,
    close_database,
    open_database,
)
from networking_app.storage.errors import DatabaseBusy, DatabaseUnusable
from networking_app.storage.models import Contact, db
from tests.locking import held_locked


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_pragmas_and_owner_only_permissions(database: AppPaths) -> None:
    assert db.execute_sql("PRAGMA foreign_keys").fetchone()[0] == 1
    assert db.execute_sql("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert db.execute_sql("PRAGMA synchronous").fetchone()[0] == 1  # NORMAL
    Contact.create(given_name="Zoé")
    assert database.database.stat().st_mode & 0o777 == 0o600
    assert database.data_dir.stat().st_mode & 0o777 == 0o700
    assert database.backups_dir.stat().st_mode & 0o777 == 0o700
    for companion in ("-wal", "-shm"):
        part = database.database.with_name(database.database.name + companion)
        assert part.stat().st_mode & 0o077 == 0, companion


def test_contacts_get_a_stable_uuid(database: AppPaths) -> None:
    first = Contact.create(given_name="Ana-Lucía")
    again = Contact.get_by_id(first.id)
    assert again.uid == first.uid
    assert len(first.uid) == 36
    assert Contact.create(given_name="Søren").uid != first.uid


@pytest.mark.parametrize(
    "content",
    [
        b"",  # replaced below by random bytes of the same size as a real database
        b"hello, this is a text file\n" * 200,
        b"SQLite format 3\x00" + b"\xff" * 84 + b"\x00" * 4000,
    ],
)
def test_garbage_at_the_database_path_is_refused_byte_for_byte(
    paths: AppPaths, content: bytes
) -> None:
    paths.ensure()
    paths.database.write_bytes(content or bytes(range(256)) * 64)
    before = _digest(paths.database)
    with pytest.raises(DatabaseUnusable) as refused:
        open_database(paths.database, paths.backups_dir)
    assert str(paths.database) in str(refused.value)
    assert "left untouched" in str(refused.value)
    assert _digest(paths.database) == before
    assert sorted(p.name for p in paths.data_dir.iterdir()) == [
        "backups",
        "config",
        "logs",
        "rapport.sqlite3",
    ]


def test_truncated_database_is_refused_and_the_newest_good_backup_named(database: AppPaths) -> None:
    for n in range(300):
        Contact.create(given_name=f"Person {n}", notes="x" * 500)
    close_database()
    backup = make_backup(database.database, database.backups_dir / "daily-2026-11-27.sqlite3")
    data = database.database.read_bytes()
    database.database.write_bytes(data[: len(data) // 2])
    before = _digest(database.database)

    with pytest.raises(DatabaseUnusable) as refused:
        open_database(database.database, database.backups_dir)

    assert "truncated" in refused.value.reason
    assert refused.value.backup == backup
    assert f"networking-app restore {backup}" in str(refused.value)
    assert _digest(database.database) == before


def test_a_foreign_sqlite_file_is_not_taken_for_ours(paths: AppPaths) -> None:
    paths.ensure()
    with sqlite3.connect(paths.database) as conn:
        conn.execute("CREATE TABLE photos (id INTEGER PRIMARY KEY, blob BLOB)")
    conn.close()
    before = _digest(paths.database)
    with pytest.raises(DatabaseUnusable, match="not a Rapport database"):
        open_database(paths.database, paths.backups_dir)
    assert _digest(paths.database) == before


def test_data_folder_lock_is_exclusive(paths: AppPaths) -> None:
    with DataDirLock(paths.data_dir), pytest.raises(DatabaseBusy, match="quit it first"):
        DataDirLock(paths.data_dir).acquire()
    with DataDirLock(paths.data_dir):  # released: can be taken again
        pass


def test_a_database_another_program_holds_is_busy_not_damaged(database: AppPaths) -> None:
    Contact.create(given_name="Ann")
    close_database()
    before = _digest(database.database)
    with held_locked(database.database), pytest.raises(DatabaseBusy) as busy:
        open_database(database.database, database.backups_dir)
    assert "another program is using the database right now" in str(busy.value)
    assert "damaged" not in str(busy.value) and "restore" not in str(busy.value)
    assert _digest(database.database) == before
    open_database(database.database, database.backups_dir)  # free again: it opens
    assert [c.given_name for c in Contact.select()] == ["Ann"]


def test_an_emptied_database_file_is_refused_when_backups_exist(database: AppPaths) -> None:
    Contact.create(given_name="Ann")
    close_database()
    backup = make_backup(database.database, database.backups_dir / "daily-2026-11-27.sqlite3")
    database.database.write_bytes(b"")
    with pytest.raises(DatabaseUnusable) as refused:
        open_database(database.database, database.backups_dir)
    assert refused.value.reason == "the file is empty (0 bytes)"
    assert refused.value.backup == backup
    assert database.database.stat().st_size == 0  # left as it was


def test_an_empty_file_without_backups_is_a_first_start(paths: AppPaths) -> None:
    paths.ensure()
    paths.database.write_bytes(b"")  # SQLite made it, then the first start was cut short
    open_database(paths.database, paths.backups_dir)
    try:
        assert Contact.select().count() == 0
    finally:
        close_database()
