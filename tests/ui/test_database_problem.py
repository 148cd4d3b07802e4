"""Start-up with a file the app must not open: explain, offer the backup, never overwrite."""

from __future__ import annotations

import hashlib
from collections.abc import Iterator
from datetime import date

import pytest
from PySide6.QtWidgets import QApplication, QMessageBox, QPushButton
from pytestqt.qtbot import QtBot

from networking_app.app import open_window
from networking_app.paths import AppPaths
from networking_app.services.workspace import DatabaseUnusable
from networking_app.storage.backup import auto_backup
from networking_app.storage.database import close_database, open_database
from networking_app.storage.models import Contact
from networking_app.ui.shell.database_problem import Choice, ask_what_to_do
from networking_app.ui.shell.main_window import MainWindow


@pytest.fixture
def broken_with_backup(paths: AppPaths) -> AppPaths:
    paths.ensure()
    open_database(paths.database, paths.backups_dir)
    Contact.create(given_name="Élodie", family_name="Roux")
    close_database()
    auto_backup(paths.database, paths.backups_dir, date(2026, 11, 27))
    paths.database.write_bytes(b"\x00garbage" * 1000)
    for part in ("-wal", "-shm"):
        paths.database.with_name(paths.database.name + part).unlink(missing_ok=True)
    return paths


@pytest.fixture
def opened() -> Iterator[list[MainWindow]]:
    windows: list[MainWindow] = []
    yield windows
    for window in windows:
        window.shutdown()


def test_restoring_the_offered_backup_opens_the_data_and_keeps_the_bad_file(
    qtbot: QtBot, broken_with_backup: AppPaths, opened: list[MainWindow]
) -> None:
    paths = broken_with_backup
    bad_digest = hashlib.sha256(paths.database.read_bytes()).hexdigest()
    seen: list[DatabaseUnusable] = []

    def choose_restore(error: DatabaseUnusable) -> Choice:
        seen.append(error)
        return Choice.RESTORE

    window = open_window(paths, ask=choose_restore)
    assert window is not None
    opened.append(window)
    assert seen[0].backup == paths.backups_dir / "daily-2026-11-27.sqlite3"
    assert "not an SQLite file" in seen[0].reason
    assert window.workspace.counts().contacts == 1
    kept = next(paths.data_dir.glob("rapport.sqlite3.replaced-*"))
    assert hashlib.sha256(kept.read_bytes()).hexdigest() == bad_digest


def test_quitting_leaves_the_bad_file_as_it_was(broken_with_backup: AppPaths) -> None:
    before = broken_with_backup.database.read_bytes()
    assert open_window(broken_with_backup, ask=lambda _error: Choice.QUIT) is None
    assert broken_with_backup.database.read_bytes() == before
    assert not list(broken_with_backup.data_dir.glob("*.replaced-*"))


def test_the_dialog_says_what_and_where_and_offers_the_backup(
    qtbot: QtBot, broken_with_backup: AppPaths
) -> None:
    error = DatabaseUnusable(
        broken_with_backup.database,
        "the file is truncated",
        broken_with_backup.backups_dir / "daily-2026-11-27.sqlite3",
    )
    texts: list[str] = []

    def click_restore() -> None:
        box = QApplication.activeModalWidget()
        assert isinstance(box, QMessageBox)
        texts.extend([box.text(), box.informativeText()])
        restore = next(
            b for b in box.findChildren(QPushButton) if b.text() == "&Restore Newest Backup"
        )
        restore.click()

    qtbot.waitUntil(lambda: True)
    from PySide6.QtCore import QTimer

    QTimer.singleShot(50, click_restore)
    assert ask_what_to_do(error) is Choice.RESTORE
    assert texts[0] == (
        f"Rapport cannot open {broken_with_backup.database}: the file is truncated."
    )
    assert "daily-2026-11-27.sqlite3" in texts[1]
    assert "nothing is deleted" in texts[1]


def test_a_database_from_a_newer_rapport_is_never_replaced_by_a_backup(
    broken_with_backup: AppPaths, monkeypatch: pytest.MonkeyPatch
) -> None:
    import sqlite3

    from networking_app.storage.migrations import LATEST_VERSION, VERSION_TABLE

    paths = broken_with_backup
    paths.database.unlink()
    open_database(paths.database, paths.backups_dir)
    close_database()
    with sqlite3.connect(paths.database) as conn:
        conn.execute(
            f"INSERT INTO {VERSION_TABLE} (version, app_version, description)"
            " VALUES (?, '9.0', 'future')",
            (LATEST_VERSION + 1,),
        )
    conn.close()
    before = paths.database.read_bytes()
    said: list[str] = []
    monkeypatch.setattr(QMessageBox, "critical", lambda _p, _t, text, *_a: said.append(text))

    def never(_error: DatabaseUnusable) -> Choice:
        raise AssertionError("a newer database must not be offered a backup")

    assert open_window(paths, ask=never) is None
    assert "newer version of Rapport" in said[0] and "restore" not in said[0]
    assert paths.database.read_bytes() == before


def test_data_another_program_holds_offers_to_try_again_not_a_restore(
    qtbot: QtBot, paths: AppPaths, opened: list[MainWindow]
) -> None:
    from contextlib import ExitStack

    from networking_app.services.workspace import DatabaseBusy
    from tests.locking import held_locked

    paths.ensure()
    open_database(paths.database, paths.backups_dir)
    Contact.create(given_name="Ann")
    close_database()
    asked: list[DatabaseBusy] = []

    def never(_error: DatabaseUnusable) -> Choice:
        raise AssertionError("a busy database is not a damaged one")

    with ExitStack() as lock:
        lock.enter_context(held_locked(paths.database))

        def try_again_once_it_is_free(error: DatabaseBusy) -> bool:
            asked.append(error)
            lock.close()  # the other program let go
            return True

        window = open_window(paths, ask=never, retry=try_again_once_it_is_free)
    assert window is not None
    opened.append(window)
    assert len(asked) == 1 and "another program is using the database" in str(asked[0])
    assert window.workspace.counts().contacts == 1


def test_the_busy_question_offers_try_again_and_quit(qtbot: QtBot, paths: AppPaths) -> None:
    from PySide6.QtCore import QTimer

    from networking_app.services.workspace import DatabaseBusy
    from networking_app.ui.shell.database_problem import ask_to_retry

    seen: list[list[str]] = []

    def answer() -> None:
        box = next(w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox))
        seen.append([b.text() for b in box.buttons()])
        box.defaultButton().click()

    QTimer.singleShot(0, answer)
    assert ask_to_retry(DatabaseBusy(f"{paths.database}: busy")) is True
    assert sorted(seen[0]) == ["&Quit", "&Try Again", "Show Details..."]
