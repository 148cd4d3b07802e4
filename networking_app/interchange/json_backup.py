"""The JSON backup: every table of the database, in a documented, versioned format
(docs/json-format.md). This module only encodes and checks; storage reads and writes rows.
"""

from __future__ import annotations

import base64
import json
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from networking_app.interchange.model import FileRefused

FORMAT = "rapport-backup"
FORMAT_VERSION = 1


@dataclass(frozen=True)
class Table:
    columns: list[str]
    rows: list[list[Any]]


@dataclass(frozen=True)
class Backup:
    schema_version: int
    exported_at: str
    app_version: str
    tables: dict[str, Table]


def _cell(value: Any) -> Any:
    if isinstance(value, bytes | bytearray | memoryview):
        return {"base64": base64.b64encode(bytes(value)).decode("ascii")}
    return value


def _uncell(value: Any) -> Any:
    if isinstance(value, dict):
        if set(value) != {"base64"} or not isinstance(value["base64"], str):
            raise ValueError('an object cell must be {"base64": "…"}')
        return base64.b64decode(value["base64"], validate=True)
    if value is None or isinstance(value, str | int | float | bool):
        return value
    raise ValueError(f"unexpected cell {value!r}")


def encode(backup: Backup) -> bytes:
    document = {
        "format": FORMAT,
        "format_version": FORMAT_VERSION,
        "schema_version": backup.schema_version,
        "app_version": backup.app_version,
        "exported_at": backup.exported_at,
        "tables": {
            name: {"columns": t.columns, "rows": [[_cell(v) for v in row] for row in t.rows]}
            for name, t in backup.tables.items()
        },
    }
    return json.dumps(document, ensure_ascii=False, indent=1).encode("utf-8")


def looks_like_backup(data: bytes) -> bool:
    head = data[:200].lstrip()
    return head.startswith(b"{") and FORMAT.encode() in data[:400]


def decode(data: bytes) -> Backup:
    """Read and check a backup; :class:`FileRefused` says where and why it is wrong."""
    try:
        document = json.loads(data.decode("utf-8-sig"))
    except UnicodeDecodeError as exc:
        raise FileRefused(data[: exc.start].count(b"\n") + 1, "not UTF-8 text") from None
    except json.JSONDecodeError as exc:
        raise FileRefused(exc.lineno, f"not valid JSON: {exc.msg}") from None
    if not isinstance(document, dict) or document.get("format") != FORMAT:
        raise FileRefused(1, f'not a Rapport backup (no "format": "{FORMAT}")')
    version = document.get("format_version")
    if not isinstance(version, int) or version > FORMAT_VERSION:
        raise FileRefused(
            1,
            f"backup format version {version} is newer than this Rapport reads"
            f" ({FORMAT_VERSION}); update Rapport",
        )
    schema = document.get("schema_version")
    tables = document.get("tables")
    if not isinstance(schema, int) or not isinstance(tables, dict):
        raise FileRefused(1, '"schema_version" (a number) and "tables" (an object) are required')
    out: dict[str, Table] = {}
    for name, table in tables.items():
        if (
            not isinstance(table, dict)
            or not isinstance(table.get("columns"), list)
            or not all(isinstance(c, str) for c in table["columns"])
            or not isinstance(table.get("rows"), list)
        ):
            raise FileRefused(1, f'table "{name}": "columns" and "rows" lists are required')
        columns = table["columns"]
        rows = []
        for index, row in enumerate(table["rows"]):
            if not isinstance(row, list) or len(row) != len(columns):
                raise FileRefused(
                    1, f'table "{name}", row {index + 1}: {len(columns)} values expected'
                )
            try:
                rows.append([_uncell(v) for v in row])
            except (ValueError, TypeError) as exc:
                raise FileRefused(1, f'table "{name}", row {index + 1}: {exc}') from None
        out[name] = Table(columns, rows)
    return Backup(
        schema_version=schema,
        exported_at=str(document.get("exported_at", "")),
        app_version=str(document.get("app_version", "")),
        tables=out,
    )


def now_text(now: datetime) -> str:
    return now.isoformat(timespec="seconds")


def contacts_from_backup(
    backup: Backup,
) -> list[tuple[int, dict[str, Any], list[dict[str, Any]], list[str]]]:
    """(row number, contact fields, methods, tag names) for each contact of a backup."""

    def records(name: str) -> list[dict[str, Any]]:
        table = backup.tables.get(name)
        return [dict(zip(table.columns, row, strict=True)) for row in table.rows] if table else []

    methods: dict[Any, list[dict[str, Any]]] = {}
    for method in records("contact_method"):
        methods.setdefault(method.get("contact_id"), []).append(method)
    tag_names = {t.get("id"): str(t.get("name", "")) for t in records("tag")}
    tags: dict[Any, list[str]] = {}
    for link in records("contact_tag"):
        tags.setdefault(link.get("contact_id"), []).append(tag_names.get(link.get("tag_id"), ""))
    return [
        (index + 1, contact, methods.get(contact.get("id"), []), tags.get(contact.get("id"), []))
        for index, contact in enumerate(records("contact"))
        if contact.get("archived_at") is None
    ]
