"""How ranking introducers holds up with 30,000 contacts and 300,000 interactions.

    .venv/bin/python benchmarks/bench_intro.py [--data DIR]

The wizard's second page ranks every contact as a possible introducer for the target:
relationships, bridges into the target's organisation and industry, the give/ask balance
and the last contact of each. No assertions. The figure is printed beside its floor,
measured in the same run: the raw sqlite3 queries that read the same rows, unranked.
"""

from __future__ import annotations

import argparse
import random
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from benchmarks.timeline_data import NOW, build  # noqa: E402
from networking_app.paths import resolve_paths  # noqa: E402
from networking_app.services.clock import Clock  # noqa: E402
from networking_app.services.workspace import Workspace  # noqa: E402

RELATIONSHIPS = 60_000


def _timed(action: Callable[[], object], repeat: int = 5) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        action()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def _add_relationships(database: Path) -> None:
    """Who knows whom: the data set of the timeline benchmark has no relationships."""
    raw = sqlite3.connect(database)
    ids = [r[0] for r in raw.execute("SELECT id FROM contact")]
    rng = random.Random(6)
    rows = [(*rng.sample(ids, 2), "knows", rng.randint(1, 5)) for _ in range(RELATIONSHIPS)]
    raw.executemany(
        "INSERT INTO relationship (source_id, other_id, kind, strength, note)"
        " VALUES (?, ?, ?, ?, '')",
        rows,
    )
    raw.commit()
    raw.close()


def _floor(raw: sqlite3.Connection, since: str) -> None:
    raw.execute(
        "SELECT id, given_name, family_name, nickname, organisation, industry FROM contact"
        " WHERE archived_at IS NULL"
    ).fetchall()
    raw.execute("SELECT source_id, other_id, strength FROM relationship").fetchall()
    raw.execute(
        "SELECT p.contact_id, SUM(i.values_given <> ''), SUM(i.ask <> '') FROM interaction i"
        " JOIN interaction_participant p ON p.interaction_id = i.id"
        " WHERE i.occurred_at >= ? AND (i.values_given <> '' OR i.ask <> '')"
        " GROUP BY p.contact_id",
        (since,),
    ).fetchall()
    raw.execute(
        "SELECT p.contact_id, MAX(i.occurred_at) FROM interaction_participant p"
        " JOIN interaction i ON i.id = p.interaction_id GROUP BY p.contact_id"
    ).fetchall()
    raw.execute("SELECT contact_id, value FROM contact_method WHERE kind = 'email'").fetchall()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--data", type=Path, help="reuse (or build once into) this folder")
    parser.add_argument("--build-only", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    data = args.data or Path(tempfile.mkdtemp(prefix="bench-intro-"))
    database = data / "rapport.sqlite3"
    if args.build_only:
        build(data)
        _add_relationships(database)
        return 0
    if not database.exists():
        start = time.perf_counter()
        subprocess.run([sys.executable, __file__, "--build-only", "--data", str(data)], check=True)
        print(f"built the data set in {time.perf_counter() - start:.1f} s")
    print(f"data: {data}")

    workspace = Workspace(resolve_paths(data), Clock(fixed=NOW))
    workspace.open()
    raw = sqlite3.connect(database)
    count = raw.execute("SELECT COUNT(*) FROM contact").fetchone()[0]
    target = raw.execute("SELECT id FROM contact ORDER BY id LIMIT 1 OFFSET 500").fetchone()[0]
    since = str(workspace.clock.now().replace(year=NOW.year - 1))
    ours = _timed(lambda: workspace.introductions.candidates(target))
    floor = _timed(lambda: _floor(raw, since))
    ranked = workspace.introductions.candidates(target)
    knows = sum(1 for c in ranked if c.tie.value == "knows_target")
    print(f"{count:,} contacts; {len(ranked):,} candidates, {knows} know the target\n")
    print(
        f"rank introducers (median of 5) {ours * 1000:8.1f} ms"
        f"   floor (raw queries) {floor * 1000:8.1f} ms   ratio {ours / floor:5.2f}×"
    )
    raw.close()
    workspace.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
