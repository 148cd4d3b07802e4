"""The Today view over 30,000 contacts and 300,000 interactions (offscreen Qt).

    .venv/bin/python benchmarks/bench_today.py [--data DIR] [--runs 5]

No assertions. Prints what a refresh of the Today view costs beside its floor measured
in the same run: ``Reminders.agenda()`` alone, which the view cannot do without. The
difference is the view's own work (grouping, the first lines of each group, the ritual).
Uses the agenda benchmark's data (built once into --data when missing).
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from zoneinfo import ZoneInfo

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from PySide6.QtGui import QUndoStack  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from benchmarks.timeline_data import NOW  # noqa: E402
from networking_app.paths import resolve_paths  # noqa: E402
from networking_app.services.clock import Clock  # noqa: E402
from networking_app.services.workspace import Workspace  # noqa: E402
from networking_app.ui.events import DataEvents  # noqa: E402
from networking_app.ui.today.today_view import TodayView  # noqa: E402


def median_ms(function: Callable[[], object], runs: int) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        function()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--data", type=Path, help="reuse (or build once into) this folder")
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    data = args.data or Path(tempfile.mkdtemp(prefix="bench-today-"))
    if not (data / "rapport.sqlite3").exists():
        builder = ROOT / "benchmarks" / "bench_agenda.py"
        subprocess.run(
            [sys.executable, str(builder), "--build-only", "--data", str(data)], check=True
        )
    app = QApplication(sys.argv[:1])
    workspace = Workspace(resolve_paths(data), Clock(fixed=NOW, zone=ZoneInfo("Europe/Paris")))
    workspace.open()
    try:
        view = TodayView(workspace, DataEvents(), QUndoStack())
        view.resize(1100, 700)
        view.show()
        app.processEvents()
        floor = median_ms(workspace.reminders.agenda, args.runs)
        refresh = median_ms(view.refresh, args.runs)
        agenda = view.agenda
        assert agenda is not None
        print(f"data: {data}, day {NOW.date()}")
        print(
            f"{len(agenda.due):,} due, {len(agenda.next_steps):,} open next steps,"
            f" {view.tree.topLevelItemCount():,} lines shown\n"
        )
        print(f"  floor: the agenda alone                 {floor:8.1f} ms")
        print(
            f"  Today view refresh (agenda + lines)    {refresh:8.1f} ms   x {refresh / floor:.2f}"
        )
        print(f"    of which the view's own work         {refresh - floor:8.1f} ms")
    finally:
        workspace.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
