"""Another program holding a database locked, as a backup or sync tool can, or writing to
it (an import from the command line)."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterator
from contextlib import AbstractContextManager, contextmanager
from pathlib import Path

_HOLD = """
import sqlite3, sys
c = sqlite3.connect(sys.argv[1], isolation_level=None, timeout=10)
for statement in sys.argv[2:]:
    c.execute(statement)
print("holding", flush=True)
sys.stdin.read()
c.execute("ROLLBACK")
"""


@contextmanager
def _held(database: Path, *statements: str) -> Iterator[None]:
    """Another process runs ``statements`` on ``database`` and holds on until the block ends."""
    holder = subprocess.Popen(
        [sys.executable, "-c", _HOLD, str(database), *statements],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "holding"
        yield
    finally:
        holder.communicate(timeout=30)  # closes its input: it lets go and ends


def held_locked(database: Path) -> AbstractContextManager[None]:
    """``database`` locked exclusively by another process until the block ends."""
    return _held(database, "PRAGMA locking_mode=EXCLUSIVE", "BEGIN EXCLUSIVE")


def another_program_writing(database: Path) -> AbstractContextManager[None]:
    """Another process holding the write lock of ``database`` (an import from the command
    line) until the block ends; reading stays possible, as in SQLite's WAL mode."""
    return _held(database, "BEGIN IMMEDIATE")
