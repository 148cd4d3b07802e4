"""Small helpers for the hand-written SQL of the read paths (fast at 30,000 rows)."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import Any

from networking_app.storage.models import db


def rows(sql: str, params: Sequence[Any] = ()) -> list[tuple[Any, ...]]:
    return list(db.execute_sql(sql, params).fetchall())


def when(text: str | None) -> datetime | None:
    return datetime.fromisoformat(text) if text else None
