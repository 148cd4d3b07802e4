"""Every data table as rows, and back: the JSON backup's dump and restore."""

from __future__ import annotations

import sqlite3
from typing import Any

from networking_app.storage.migrations import LATEST_VERSION, VERSION_TABLE
from networking_app.storage.models import db
from networking_app.storage.sql import rows

#: Kept by triggers from other tables (so rebuilt by a restore, never restored).
DERIVED_TABLES = frozenset(
    {
        "contact_last_interaction",
        "contact_touch",
        "contact_touch_stale",
        "contact_touch_basis",
        "interaction_unlinked",
    }
)


def data_tables() -> list[str]:
    """Tables holding data, in creation order: not SQLite's, not the schema version, not
    full-text indexes or other tables that triggers rebuild from their content tables."""
    found = rows("SELECT name, sql FROM sqlite_master WHERE type = 'table' ORDER BY rowid")
    virtual = [name for name, sql in found if (sql or "").upper().startswith("CREATE VIRTUAL")]
    return [
        name
        for name, _sql in found
        if not name.startswith("sqlite_")
        and name != VERSION_TABLE
        and name not in DERIVED_TABLES
        and name not in virtual
        and not any(name.startswith(v + "_") for v in virtual)
    ]


def dump_tables() -> dict[str, tuple[list[str], list[list[Any]]]]:
    out = {}
    for table in data_tables():
        columns = [r[1] for r in rows(f'PRAGMA table_info("{table}")')]
        order = "rowid" if table not in ("contact_tag", "interaction_participant") else "1, 2"
        data = [list(r) for r in rows(f'SELECT * FROM "{table}" ORDER BY {order}')]
        out[table] = (columns, data)
    return out


def schema_version() -> int:
    return int(rows(f"SELECT MAX(version) FROM {VERSION_TABLE}")[0][0] or 0)


def database_is_empty() -> bool:
    """No contact (even in the trash), interaction or introduction: a restore replaces nothing."""
    return not any(
        rows(f"SELECT 1 FROM {t} LIMIT 1")
        for t in ("contact", "interaction", "introduction_request", "life_event")
    )


class RestoreRefused(Exception):
    pass


def restore_tables(tables: dict[str, tuple[list[str], list[list[Any]]]], backup_schema: int) -> int:
    """Replace every table's rows with the backup's, ids included (one transaction).
    Returns the number of contacts restored."""
    if backup_schema > LATEST_VERSION:
        raise RestoreRefused(
            f"the backup comes from a newer Rapport (schema {backup_schema}, this one knows"
            f" {LATEST_VERSION}); update Rapport"
        )
    known = data_tables()
    unknown = [t for t in tables if t not in known]
    if unknown:
        raise RestoreRefused(f"the backup has tables this Rapport does not know: {unknown}")
    with db.atomic():
        db.execute_sql("PRAGMA defer_foreign_keys = ON")
        for table in reversed(known):
            db.execute_sql(f'DELETE FROM "{table}"')
        for table in known:
            if table not in tables:
                continue
            columns, data = tables[table]
            have = {r[1] for r in rows(f'PRAGMA table_info("{table}")')}
            missing = [c for c in columns if c not in have]
            if missing:
                raise RestoreRefused(f'table "{table}" has unknown columns {missing}')
            if data:
                names = ", ".join(f'"{c}"' for c in columns)
                marks = ", ".join("?" * len(columns))
                try:
                    db.cursor().executemany(
                        f'INSERT INTO "{table}" ({names}) VALUES ({marks})', data
                    )
                except sqlite3.IntegrityError as exc:  # a value the schema forbids
                    raise RestoreRefused(
                        f'table "{table}" holds a row this Rapport cannot accept ({exc})'
                    ) from None
        problems = rows("PRAGMA foreign_key_check")
        if problems:
            raise RestoreRefused(
                f"the backup's rows do not agree (table {problems[0][0]} points at a missing"
                f" {problems[0][2]} row)"
            )
    return len(tables.get("contact", ([], []))[1])
