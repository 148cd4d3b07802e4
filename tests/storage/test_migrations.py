"""Schema migrations: fresh databases, old ones brought forward, newer ones refused."""

from __future__ import annotations

import hashlib
import sqlite3
from pathlib import Path

import peewee as pw
import pytest

from networking_app.paths import AppPaths
from networking_app.storage.database import close_database, open_database
from networking_app.storage.errors import NewerSchema
from networking_app.storage.migrations import LATEST_VERSION, VERSION_TABLE, migrate
from networking_app.storage.models import ALL_MODELS, Contact, IntroductionRequest


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_new_database_is_created_at_the_latest_version(database: AppPaths) -> None:
    with sqlite3.connect(database.database) as conn:
        versions = [r[0] for r in conn.execute(f"SELECT version FROM {VERSION_TABLE}")]
    assert versions == list(range(1, LATEST_VERSION + 1))


def test_models_agree_with_the_migrated_schema(database: AppPaths) -> None:
    with sqlite3.connect(database.database) as conn:
        for model in ALL_MODELS:
            table = model._meta.table_name
            columns = {row[1] for row in conn.execute(f"PRAGMA table_info({table})")}
            expected = {field.column_name for field in model._meta.sorted_fields}
            assert expected == columns, table


def test_version_1_database_is_migrated_to_latest_and_copied_aside_first(paths: AppPaths) -> None:
    paths.ensure()
    old = pw.SqliteDatabase(str(paths.database), pragmas={"foreign_keys": 1})
    migrate(old, target=1)
    old.execute_sql(
        "INSERT INTO contact (uid, given_name, family_name, circle, created_at, updated_at)"
        " VALUES ('u-1', 'Élodie', 'Martin', 'close', '2025-01-02 10:00:00',"
        " '2025-01-02 10:00:00')"
    )
    old.close()
    before = _digest(paths.database)

    open_database(paths.database, paths.backups_dir)
    try:
        contact = Contact.get(Contact.uid == "u-1")
        assert contact.full_name == "Élodie Martin"
        IntroductionRequest.create(target=contact)  # a table migration 2 added
        assert IntroductionRequest.select().count() == 1
    finally:
        close_database()

    copies = list(paths.backups_dir.glob(f"pre-migration-v1-to-v{LATEST_VERSION}-*.sqlite3"))
    assert len(copies) == 1
    assert copies[0].stat().st_mode & 0o777 == 0o600
    with sqlite3.connect(copies[0]) as conn:
        assert conn.execute(f"SELECT MAX(version) FROM {VERSION_TABLE}").fetchone()[0] == 1
        assert conn.execute("SELECT given_name FROM contact").fetchone()[0] == "Élodie"
    assert before != _digest(paths.database)


def test_migration_that_fails_leaves_the_previous_version_intact(paths: AppPaths) -> None:
    from networking_app.storage.migrations import MIGRATIONS, Migration

    paths.ensure()
    database = pw.SqliteDatabase(str(paths.database))
    broken = (
        *MIGRATIONS,
        Migration(
            LATEST_VERSION + 1, "broken", ("CREATE TABLE extra (id INTEGER)", "NOT SQL AT ALL")
        ),
    )
    with pytest.raises(pw.OperationalError):
        migrate(database, target=LATEST_VERSION + 1, migrations=broken)
    assert not database.table_exists("extra")
    row = database.execute_sql(f"SELECT MAX(version) FROM {VERSION_TABLE}").fetchone()
    assert row[0] == LATEST_VERSION
    database.close()


def test_database_from_a_newer_version_is_refused_and_left_untouched(paths: AppPaths) -> None:
    paths.ensure()
    open_database(paths.database, paths.backups_dir)
    close_database()
    with sqlite3.connect(paths.database) as conn:
        conn.execute(
            f"INSERT INTO {VERSION_TABLE} (version, app_version, description)"
            " VALUES (?, '9.0', 'from the future')",
            (LATEST_VERSION + 5,),
        )
    conn.close()
    before = _digest(paths.database)

    with pytest.raises(NewerSchema) as refused:
        open_database(paths.database, paths.backups_dir)

    message = str(refused.value)
    assert "newer version of Rapport" in message
    assert str(paths.database) in message
    assert _digest(paths.database) == before
