"""Rotating backups, restores and integrity checks on real files."""

from __future__ import annotations

import hashlib
import sqlite3
import subprocess
import sys
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest

from networking_app.paths import AppPaths
from networking_app.storage.backup import auto_backup, list_backups, make_backup, restore
from networking_app.storage.database import close_database
from networking_app.storage.errors import DatabaseUnusable, StorageError
from networking_app.storage.inspection import check_database
from networking_app.storage.models import Contact


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _names(path: Path) -> list[str]:
    with sqlite3.connect(path) as conn:
        return [r[0] for r in conn.execute("SELECT given_name FROM contact ORDER BY id")]


def test_automatic_backup_is_taken_once_a_day(database: AppPaths) -> None:
    Contact.create(given_name="François")
    first = auto_backup(database.database, database.backups_dir, date(2026, 3, 2))
    assert first is not None and first.name == "daily-2026-03-02.sqlite3"
    assert auto_backup(database.database, database.backups_dir, date(2026, 3, 2)) is None
    assert _names(first) == ["François"]
    assert first.stat().st_mode & 0o777 == 0o600
    assert (database.backups_dir / "weekly-2026-W10.sqlite3").exists()


def test_rotation_keeps_seven_daily_and_four_weekly(database: AppPaths) -> None:
    Contact.create(given_name="Chloé")
    start = date(2026, 1, 1)
    for offset in range(60):
        auto_backup(database.database, database.backups_dir, start + timedelta(days=offset))
    names = sorted(p.name for p in database.backups_dir.iterdir())
    daily = [n for n in names if n.startswith("daily-")]
    weekly = [n for n in names if n.startswith("weekly-")]
    assert daily == [f"daily-{start + timedelta(days=d)}.sqlite3" for d in range(53, 60)]
    assert weekly == [
        "weekly-2026-W06.sqlite3",
        "weekly-2026-W07.sqlite3",
        "weekly-2026-W08.sqlite3",
        "weekly-2026-W09.sqlite3",
    ]


def test_a_damaged_database_never_enters_the_rotation(database: AppPaths) -> None:
    for n in range(200):
        Contact.create(given_name=f"P{n}", notes="n" * 400)
    good = auto_backup(database.database, database.backups_dir, date(2026, 5, 1))
    close_database()
    data = bytearray(database.database.read_bytes())
    data[8192:12288] = b"\x07" * 4096  # scribble over a b-tree page
    database.database.write_bytes(bytes(data))

    with pytest.raises(DatabaseUnusable):
        auto_backup(database.database, database.backups_dir, date(2026, 5, 2))

    assert good is not None
    assert sorted(p.name for p in list_backups(database.backups_dir)) == [
        "daily-2026-05-01.sqlite3",
        "weekly-2026-W18.sqlite3",
    ]
    assert not (database.backups_dir / "daily-2026-05-02.sqlite3").exists()
    report = check_database(database.database)
    assert not report.ok


def test_restore_checks_the_file_and_keeps_the_replaced_database(database: AppPaths) -> None:
    Contact.create(given_name="Before")
    backup = make_backup(database.database, database.data_dir / "saved.sqlite3")
    Contact.create(given_name="After")
    close_database()

    kept = restore(backup, database.database, datetime(2026, 11, 28, 9, 30))

    assert kept is not None and kept.name == "rapport.sqlite3.replaced-20261128-093000"
    assert _names(kept) == ["Before", "After"]
    assert _names(database.database) == ["Before"]
    assert database.database.stat().st_mode & 0o777 == 0o600


@pytest.mark.parametrize("content", [b"not a database at all\n" * 100, b""])
def test_restore_refuses_a_bad_file_and_changes_nothing(
    database: AppPaths, tmp_path: Path, content: bytes
) -> None:
    Contact.create(given_name="Keep me")
    close_database()
    before = _digest(database.database)
    bad = tmp_path / "bad.sqlite3"
    bad.write_bytes(content)
    with pytest.raises(StorageError, match="cannot restore"):
        restore(bad, database.database, datetime(2026, 1, 1))
    assert _digest(database.database) == before
    assert not list(database.data_dir.glob("*.replaced-*"))


def test_check_reports_broken_foreign_keys(database: AppPaths) -> None:
    Contact.create(given_name="Real")
    close_database()
    with sqlite3.connect(database.database) as conn:
        conn.execute("PRAGMA foreign_keys=OFF")
        conn.execute(
            "INSERT INTO contact_method (contact_id, kind, value) VALUES"
            " (999, 'email', 'ghost@example.org')"
        )
    conn.close()
    report = check_database(database.database)
    assert report.problems == ["foreign key: contact_method row 1 points to a missing contact"]


def _count_elsewhere(path: Path) -> int:
    """Contacts as another process sees them (the command line while the window is open)."""
    code = (
        "import sqlite3, sys; c = sqlite3.connect(sys.argv[1]);"
        " print(c.execute('SELECT COUNT(*) FROM contact').fetchone()[0]); c.close()"
    )
    out = subprocess.run([sys.executable, "-c", code, str(path)], capture_output=True, text=True)
    assert out.returncode == 0, out.stderr
    return int(out.stdout)


def test_a_backup_taken_by_the_running_app_keeps_its_locks_so_others_see_its_writes(
    database: AppPaths,
) -> None:
    """Closing any descriptor of the database file drops the process's POSIX locks: a
    backup that read the header with open() let another process delete the live WAL."""
    Contact.create(given_name="Ann")
    assert auto_backup(database.database, database.backups_dir, date(2026, 3, 2)) is not None
    assert _count_elsewhere(database.database) == 1
    Contact.create(given_name="Bob")  # written after the other process came and went
    assert database.database.with_name("rapport.sqlite3-wal").exists()
    assert _count_elsewhere(database.database) == 2
