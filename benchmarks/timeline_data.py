"""300,000 interactions over the board benchmark's 30,000 contacts, written fast.

The contacts come from ``board_data.build`` (the same network as the board benchmark);
its few interactions are replaced by ours. Rows go in with ``executemany`` in one
transaction with the full-text triggers dropped, then the index is rebuilt once and the
triggers are put back exactly as migration 3 wrote them.
"""

from __future__ import annotations

import random
from datetime import datetime, timedelta
from pathlib import Path

from benchmarks.board_data import build as build_contacts
from networking_app.storage.database import close_database, open_database
from networking_app.storage.migrations import MIGRATIONS
from networking_app.storage.models import db

NOW = datetime(2026, 11, 28, 9, 0)
KINDS = ("coffee", "meal", "meeting", "call", "video", "email", "message", "event", "social_touch")
DIRECTIONS = ("outreach", "inbound", "mutual")
VALUES = ("introduction", "information", "expertise", "visibility", "support")
TOPICS = (
    "their move to product leadership",
    "pricing for a B2B launch",
    "hiring a first data engineer",
    "the conférence on climate tech",
    "a possible intro to their CFO",
    "remote team rituals",
    "the écosystème fintech à Lyon",
    "usage-based billing",
    "a podcast episode on discovery",
    "what they look for in a mentor",
)
OPENERS = ("Coffee with", "Call with", "Lunch with", "Emailed", "Met", "Messaged")
STEPS = ("Send the deck", "Book a lunch next month", "Intro to Camille", "Share the article")


def _search_triggers() -> list[str]:
    """Migration 3's trigger statements, so the rebuilt schema is the migrated one."""
    migration = next(m for m in MIGRATIONS if m.version == 3)
    return [s for s in migration.statements if s.lstrip().startswith("CREATE TRIGGER")]


def build(data_dir: Path, contacts: int = 30_000, interactions: int = 300_000) -> None:
    """A migrated database in ``data_dir``: ``contacts`` people, ``interactions`` entries."""
    build_contacts(data_dir, contacts)
    rng = random.Random(300)
    open_database(data_dir / "rapport.sqlite3", data_dir / "backups")
    try:
        names = dict(db.execute_sql("SELECT id, given_name FROM contact").fetchall())
        ids = list(names)
        rows, participants = [], []
        for iid in range(1, interactions + 1):
            at = NOW - timedelta(minutes=rng.randint(0, 5 * 365 * 24 * 60))
            people = rng.sample(ids, 1 if rng.random() < 0.9 else rng.randint(2, 4))
            summary = f"{rng.choice(OPENERS)} {names[people[0]]} about {rng.choice(TOPICS)}"
            notes = f"{rng.choice(TOPICS).capitalize()}." if rng.random() < 0.3 else ""
            gave = (
                ",".join(sorted(rng.sample(VALUES, rng.randint(1, 2))))
                if rng.random() < 0.2
                else ""
            )
            ask = "An introduction to their team" if rng.random() < 0.05 else ""
            direction = rng.choice(DIRECTIONS)
            state = (
                rng.choice(("answered", "waiting", "no_answer"))
                if direction == "outreach"
                else None
            )
            step = rng.choice(STEPS) if rng.random() < 0.1 else ""
            due = (at + timedelta(days=14)).date().isoformat() if step else None
            done = str(at + timedelta(days=10)) if step and rng.random() < 0.7 else None
            stamp = str(at)
            outcome = "pending" if ask else None
            kind = rng.choice(KINDS)
            rows.append((iid, stamp, kind, direction, summary, notes, gave, ask, outcome,
                         state, step, due, done, stamp, stamp))  # fmt: skip
            participants += [(iid, cid) for cid in people]
        with db.atomic():
            for name in ("insert", "delete", "update"):
                db.execute_sql(f"DROP TRIGGER interaction_search_{name}")
            db.execute_sql("DELETE FROM interaction")
            cursor = db.cursor()
            cursor.executemany(
                "INSERT INTO interaction (id, occurred_at, kind, direction, summary, notes,"
                " values_given, ask, ask_outcome, response_state, next_step, next_step_due,"
                " next_step_done_at, created_at, updated_at)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                rows,
            )
            cursor.executemany(
                "INSERT INTO interaction_participant (interaction_id, contact_id) VALUES (?, ?)",
                participants,
            )
            db.execute_sql("INSERT INTO interaction_search (interaction_search) VALUES ('rebuild')")
            for statement in _search_triggers():
                db.execute_sql(statement)
    finally:
        close_database()
