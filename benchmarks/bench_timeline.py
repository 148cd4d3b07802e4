"""How the timeline holds up with 300,000 interactions over 30,000 contacts.

    .venv/bin/python benchmarks/bench_timeline.py [--data DIR] [--rows N | --full]

Offscreen, no assertions. Each figure is printed beside its floor, measured in the same
run: the raw sqlite3 query that returns the same rows (with their participants' names).
The full scroll stops at --rows entries (default 20,000) unless --full is given.
"""

from __future__ import annotations

import argparse
import os
import resource
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
import tracemalloc
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from PySide6.QtCore import QEvent, QObject  # noqa: E402
from PySide6.QtGui import QUndoStack  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from benchmarks.timeline_data import NOW, build  # noqa: E402
from networking_app.domain.interactions import TimelineFilter  # noqa: E402
from networking_app.paths import resolve_paths  # noqa: E402
from networking_app.services.clock import Clock  # noqa: E402
from networking_app.services.workspace import Workspace  # noqa: E402
from networking_app.ui.events import DataEvents  # noqa: E402
from networking_app.ui.timeline.timeline_model import FIRST_PAGE  # noqa: E402
from networking_app.ui.timeline.timeline_view import TimelineView  # noqa: E402

COLUMNS = (
    "i.id, i.occurred_at, i.kind, i.direction, i.summary, i.notes, i.values_given, i.ask,"
    " i.ask_outcome, i.response_state, i.next_step, i.next_step_due, i.next_step_done_at"
)
SEARCH = "francois"


class _Painted(QObject):
    """Notes when the list's viewport has painted."""

    def __init__(self) -> None:
        super().__init__()
        self.painted = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            self.painted = True
        return False


def _until_painted(app: QApplication, view: TimelineView) -> None:
    spy = _Painted()
    view.list.viewport().installEventFilter(spy)
    view.list.viewport().update()
    while not spy.painted:
        app.processEvents()
    view.list.viewport().removeEventFilter(spy)


def _ms(seconds: float) -> str:
    return f"{seconds * 1000:8.1f} ms"


def _timed(action: Callable[[], object], repeat: int = 5) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        action()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def _report(name: str, ours: float, floor: float, note: str = "") -> None:
    ratio = ours / floor if floor else float("inf")
    print(f"{name:34s}{_ms(ours)}   floor{_ms(floor)}   ×{ratio:6.1f}  {note}")


# -- floors: the same rows straight from sqlite3 -------------------------------------------
def _page(raw: sqlite3.Connection, where: str, params: list[object], limit: int) -> list[tuple]:
    found = raw.execute(
        f"SELECT {COLUMNS} FROM interaction i {where}"
        " ORDER BY i.occurred_at DESC, i.id DESC LIMIT ?",
        [*params, limit],
    ).fetchall()
    ids = [r[0] for r in found]
    if ids:
        raw.execute(
            "SELECT p.interaction_id, c.id, c.given_name, c.family_name, c.nickname"
            " FROM interaction_participant p JOIN contact c ON c.id = p.contact_id"
            f" WHERE p.interaction_id IN ({','.join('?' * len(ids))})"
            " ORDER BY c.given_name, c.family_name",
            ids,
        ).fetchall()
    return found


def _floor_scroll(raw: sqlite3.Connection, pages: list[int]) -> None:
    after: tuple[str, int] | None = None
    for size in pages:
        where, params = ("", []) if after is None else (
            "WHERE (i.occurred_at, i.id) < (?, ?)", [after[0], after[1]]
        )  # fmt: skip
        found = _page(raw, where, params, size)
        after = (found[-1][1], found[-1][0])


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--data", type=Path, help="reuse (or build once into) this folder")
    parser.add_argument("--rows", type=int, default=20_000, help="entries to scroll through")
    parser.add_argument("--full", action="store_true", help="scroll to the very end")
    parser.add_argument("--build-only", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    data = args.data or Path(tempfile.mkdtemp(prefix="bench-timeline-"))
    database = data / "rapport.sqlite3"
    if args.build_only:
        build(data)
        return 0
    if not database.exists():
        # In a child process, so that building does not count in this one's memory.
        start = time.perf_counter()
        subprocess.run([sys.executable, __file__, "--build-only", "--data", str(data)], check=True)
        print(
            f"built 30,000 contacts and 300,000 interactions in {time.perf_counter() - start:.1f} s"
        )
    print(f"data: {data}")

    app = QApplication(sys.argv[:1])
    workspace = Workspace(resolve_paths(data), Clock(fixed=NOW))
    workspace.open()
    raw = sqlite3.connect(database)
    counts = raw.execute("SELECT COUNT(*) FROM interaction").fetchone()[0]
    print(f"{counts:,} interactions; first page {FIRST_PAGE} entries\n")

    # -- first screen -------------------------------------------------------------------
    def first_screen() -> TimelineView:
        view = TimelineView(workspace, DataEvents(), QUndoStack())
        view.resize(1000, 700)
        view.show()
        _until_painted(app, view)
        return view

    start = time.perf_counter()
    cold = first_screen()
    cold_time = time.perf_counter() - start
    cold.close()
    views: list[TimelineView] = []
    ours = _timed(lambda: views.append(first_screen()))
    for view in views:
        view.close()
        view.deleteLater()
    app.processEvents()
    floor = _timed(lambda: _page(raw, "", [], FIRST_PAGE))
    _report("first screen (warm, median of 5)", ours, floor, f"cold: {_ms(cold_time).strip()}")

    # -- full scroll --------------------------------------------------------------------
    view = first_screen()
    model = view.model
    cap = None if args.full else args.rows
    pages = [model.entry_count()]
    steps: list[tuple[float, int]] = []  # one scroll to the bottom: fetch, lay out, paint
    start = time.perf_counter()
    while model.canFetchMore() and (cap is None or model.entry_count() < cap):
        step = time.perf_counter()
        view.list.scrollToBottom()
        app.processEvents()
        steps.append((time.perf_counter() - step, model.entry_count()))
        pages.append(model.entry_count() - sum(pages))
    scroll_time = time.perf_counter() - start
    shown = model.entry_count()
    floor = _timed(lambda: _floor_scroll(raw, pages), repeat=1)
    whole = "to the end" if not model.canFetchMore() else f"capped at {shown:,} entries"
    _report(f"scroll {whole}", scroll_time, floor,
            f"{len(pages)} pages, {shown / scroll_time:,.0f} entries/s")  # fmt: skip
    slowest, where = max(steps)
    median = statistics.median(t for t, _n in steps)
    print(f"{'':34s}slowest page {_ms(slowest).strip()} (reaching {where:,} entries),"
          f" median page {_ms(median).strip()}")  # fmt: skip

    # -- filters ------------------------------------------------------------------------
    busiest = raw.execute(
        "SELECT contact_id, COUNT(*) FROM interaction_participant"
        " GROUP BY contact_id ORDER BY 2 DESC LIMIT 1"
    ).fetchone()
    bar = view.filter_bar

    def by_contact() -> None:
        view.show_contact(busiest[0])
        _until_painted(app, view)

    def by_text() -> None:
        bar.set_filter(TimelineFilter(text=SEARCH))
        _until_painted(app, view)

    def reset() -> None:
        bar.clear()
        app.processEvents()

    timings = []
    for action in (by_contact, by_text):
        runs = []
        for _ in range(5):
            reset()
            start = time.perf_counter()
            action()
            runs.append(time.perf_counter() - start)
        timings.append(statistics.median(runs))
    contact_where = (
        "WHERE i.id IN (SELECT interaction_id FROM interaction_participant WHERE contact_id = ?)"
    )
    floor = _timed(lambda: _page(raw, contact_where, [busiest[0]], FIRST_PAGE))
    _report("filter by one contact", timings[0], floor, f"{busiest[1]} interactions")
    text_where = (
        "WHERE i.id IN (SELECT rowid FROM interaction_search WHERE interaction_search MATCH ?)"
    )
    matches = raw.execute(
        "SELECT COUNT(*) FROM interaction_search WHERE interaction_search MATCH ?",
        (f'"{SEARCH}"*',),
    ).fetchone()[0]
    floor = _timed(lambda: _page(raw, text_where, [f'"{SEARCH}"*'], FIRST_PAGE))
    _report(f'filter by text "{SEARCH}"', timings[1], floor, f"{matches:,} matches")
    view.close()

    # -- memory -------------------------------------------------------------------------
    print()
    tracemalloc.start()
    base = tracemalloc.get_traced_memory()[0]
    view = first_screen()
    model = view.model
    marks = [(model.entry_count(), tracemalloc.get_traced_memory()[0] - base)]
    for target in (1_000, 5_000, min(args.rows, 20_000)):
        while model.canFetchMore() and model.entry_count() < target:
            view.list.scrollToBottom()
            app.processEvents()
        marks.append((model.entry_count(), tracemalloc.get_traced_memory()[0] - base))
    peak = tracemalloc.get_traced_memory()[1] - base
    tracemalloc.stop()
    for entries, used in marks:
        print(f"memory with {entries:>6,} entries shown: {used / 2**20:7.2f} MiB"
              f"  ({used / max(entries, 1) / 1024:5.2f} KiB per entry)")  # fmt: skip
    print(f"peak while scrolling: {peak / 2**20:.2f} MiB (Python allocations, tracemalloc)")
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(
        f"process max RSS: {rss:.0f} MiB; table: {counts:,} rows, database file"
        f" {database.stat().st_size / 2**20:.0f} MiB"
    )
    view.close()
    raw.close()
    workspace.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
