"""The Today view over 30,000 contacts and 300,000 interactions (offscreen Qt).

    .venv/bin/python benchmarks/bench_today.py [--data DIR] [--runs 5]

No assertions. Prints what a refresh of the Today view costs beside its floor measured
in the same run: ``Reminders.agenda()`` alone, which the view cannot do without. The
difference is the view's own work (grouping, the first lines of each group, the ritual).

Then a refresh after an action (a snooze, undone after each run), which must build the
agenda again: the time the GUI thread is busy (the write, then the previous lines shown
without the one snoozed), the worker thread's build, and the wait until the new agenda
is shown; beside it the same action with the build on the GUI thread, as before.
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
from itertools import pairwise
from pathlib import Path
from zoneinfo import ZoneInfo

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from PySide6.QtCore import QEventLoop, QTimer  # noqa: E402
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


def wait_loaded(view: TodayView) -> None:
    """Run a real event loop until the agenda built on the worker thread is shown (a
    loop, not processEvents: the worker needs the interpreter lock meanwhile)."""
    if not view.loader.pending:
        return
    loop = QEventLoop()
    view.loader.loaded.connect(loop.quit)
    QTimer.singleShot(30_000, loop.quit)
    loop.exec()
    view.loader.loaded.disconnect(loop.quit)


def after_action(
    view: TodayView, undo: QUndoStack, runs: int, background: bool
) -> dict[str, float]:
    """Median ms of a snooze from the Today view: the GUI thread's time in the action,
    the longest the window then went without answering (a 2 ms heartbeat timer's longest
    gap, the action included), the worker's build, and until the new agenda is shown."""
    view.loader.background_after_ms = 0 if background else float("inf")
    gui, frozen, worker, shown = [], [], [], []
    beats: list[float] = []
    heart = QTimer()
    heart.setInterval(2)
    heart.timeout.connect(lambda: beats.append(time.perf_counter()))
    for _ in range(runs):
        view.tree.select_first()
        heart.start()
        start = time.perf_counter()
        beats[:] = [start]
        view.snooze_days(1)
        gui.append((time.perf_counter() - start) * 1000)
        wait_loaded(view)
        end = time.perf_counter()
        shown.append((end - start) * 1000)
        heart.stop()
        beats.append(end)
        frozen.append(max(b - a for a, b in pairwise(beats)) * 1000)
        worker.append((view.reminders.last_build_seconds or 0) * 1000)
        undo.undo()
        wait_loaded(view)
    return {
        "gui": statistics.median(gui),
        "frozen": statistics.median(frozen),
        "worker": statistics.median(worker),
        "shown": statistics.median(shown),
    }


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
        undo = QUndoStack()
        view = TodayView(workspace, DataEvents(), undo)
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
        before = after_action(view, undo, args.runs, background=False)
        after = after_action(view, undo, args.runs, background=True)
        print("\n  after an action (a snooze): the agenda is built again")
        print(f"    built on the GUI thread: GUI busy      {before['gui']:8.1f} ms")
        print(
            f"    built on a worker:       GUI busy      {after['gui']:8.1f} ms"
            f"   x {after['gui'] / before['gui']:.2f} of the above"
        )
        print(f"      longest the window did not answer    {after['frozen']:8.1f} ms")
        print(f"      the worker's build                   {after['worker']:8.1f} ms")
        print(f"      until the new agenda is shown        {after['shown']:8.1f} ms")
    finally:
        workspace.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
