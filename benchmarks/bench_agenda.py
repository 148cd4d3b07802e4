"""The daily agenda over 30,000 contacts and 300,000 interactions.

    .venv/bin/python benchmarks/bench_agenda.py [--data DIR] [--runs 7]

No Qt, no assertions. Prints the time of ``Reminders.agenda()`` (everything the Today
view, the tray and ``networking-app review`` get: due items, the week's ritual and its
suggestions, life events, next steps, dormant ties) beside its floor measured in the same
run on the same file: the one SQL query that finds each contact's last interaction.
Cold: a new service, nothing remembered; warm: asked again with nothing changed (the
agenda is remembered); after a write: the same service after a snooze (the agenda is
built again, the zone's local days kept). Target: agenda <= 50 ms.

Each contact's keep-in-touch day is kept in the database (``storage.touch_days``); the
benchmark also prints what working them all out again costs, which happens once after a
change of time zone or of cadences (a write to a contact or its timeline works out that
contact's alone, at the next agenda).
"""

from __future__ import annotations

import argparse
import gc
import random
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import timedelta
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from benchmarks.timeline_data import NOW, build  # noqa: E402
from networking_app.domain.agenda import AgendaInput, build_agenda  # noqa: E402
from networking_app.domain.recurrence import LocalDays  # noqa: E402
from networking_app.services.clock import Clock  # noqa: E402
from networking_app.services.reminders import Reminders  # noqa: E402
from networking_app.storage import reminders as store  # noqa: E402
from networking_app.storage.database import close_database, open_database  # noqa: E402
from networking_app.storage.reminders import LAST_INTERACTIONS_SQL  # noqa: E402

TARGET_MS = 50.0
CATEGORIES = ("own_industry", "adjacent_industry", "complementary_function", "potential_mentor")


def ms(seconds: float) -> float:
    return seconds * 1000


def timed(function: Callable[[], Any], runs: int) -> tuple[float, float, Any]:
    """(first run, median of the others) in ms, and the last result."""
    times, result = [], None
    for _ in range(runs + 1):
        start = time.perf_counter()
        result = function()
        times.append(ms(time.perf_counter() - start))
    return times[0], statistics.median(times[1:]), result


def build_all(data: Path) -> None:
    """The timeline benchmark's data, plus what reminders read: birthdays for a third of
    the contacts, target categories for a seventh, 500 life events, 200 custom reminders."""
    build(data)
    rng = random.Random(5)
    db = sqlite3.connect(data / "rapport.sqlite3")
    with db:
        ids = [r[0] for r in db.execute("SELECT id FROM contact")]
        db.executemany(
            "UPDATE contact SET birthday_month = ?, birthday_day = ?, birthday_year = ?"
            " WHERE id = ?",
            [
                (m, rng.randint(1, 29 if m == 2 else 30), rng.choice((None, 1985)), cid)
                for cid in ids[::3]
                for m in (rng.randint(1, 12),)
            ],
        )
        db.executemany(
            "UPDATE contact SET target_categories = ? WHERE id = ?",
            [(rng.choice(CATEGORIES), cid) for cid in ids[::7]],
        )
        kinds = ("new_job", "promotion", "publication", "move")
        db.executemany(
            "INSERT INTO life_event (contact_id, kind, date, yearly, note, created_at)"
            " VALUES (?, ?, date(?, ?), 0, '', ?)",
            [
                (
                    rng.choice(ids),
                    rng.choice(kinds),
                    NOW.date().isoformat(),
                    f"{rng.randint(-60, 20)} days",
                    str(NOW),
                )
                for _ in range(500)
            ],
        )
        db.executemany(
            "INSERT INTO custom_reminder (contact_id, text, first_day, repeat_days, created_at)"
            " VALUES (?, 'Check in', date(?, ?), ?, ?)",
            [
                (
                    rng.choice(ids),
                    NOW.date().isoformat(),
                    f"-{rng.randint(0, 90)} days",
                    rng.choice((None, 7, 30)),
                    str(NOW),
                )
                for _ in range(200)
            ],
        )
    db.close()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--data", type=Path, help="reuse (or build once into) this folder")
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--build-only", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    data = args.data or Path(tempfile.mkdtemp(prefix="bench-agenda-"))
    database = data / "rapport.sqlite3"
    if args.build_only:
        build_all(data)
        return 0
    if not database.exists():
        start = time.perf_counter()
        subprocess.run([sys.executable, __file__, "--build-only", "--data", str(data)], check=True)
        print(f"built the data in {time.perf_counter() - start:.1f} s")
    print(f"data: {data}")

    open_database(database, data / "backups")
    try:
        clock = Clock(fixed=NOW, zone=ZoneInfo("Europe/Paris"))
        reminders = Reminders(clock)
        raw = sqlite3.connect(database)
        contacts, interactions = raw.execute(
            "SELECT (SELECT COUNT(*) FROM contact), (SELECT COUNT(*) FROM interaction)"
        ).fetchone()
        print(f"{contacts:,} contacts, {interactions:,} interactions, day {NOW.date()}\n")

        _, floor, _ = timed(lambda: raw.execute(LAST_INTERACTIONS_SQL).fetchall(), 7)
        start = time.perf_counter()
        raw.execute(
            "SELECT p.contact_id, MAX(i.occurred_at) FROM interaction_participant p"
            " JOIN interaction i ON i.id = p.interaction_id GROUP BY p.contact_id"
        ).fetchall()
        grouped = ms(time.perf_counter() - start)

        # Cold: a new service, nothing remembered (what any write leads to: the next call
        # builds afresh). Warm: the same service asked again with nothing changed.
        first, cold, _ = timed(lambda: Reminders(clock).agenda(NOW.date()), args.runs)
        agenda = reminders.agenda(NOW.date())
        _, warm, _ = timed(lambda: reminders.agenda(NOW.date()), 1000)

        def worded() -> int:  # what `review` adds: every reason in words (made when read)
            fresh = Reminders(clock).agenda(NOW.date())
            start = time.perf_counter()
            count = sum(len(i.reason) > 0 for i in (*fresh.due, *fresh.next_steps))
            words.append(ms(time.perf_counter() - start))
            return count

        words: list[float] = []
        for _ in range(3):
            worded()

        def after_write() -> None:  # a click on Snooze in the Today view, then its undo
            item = reminders.agenda(NOW.date()).due[0]
            previous = reminders.snooze(item, NOW.date() + timedelta(days=1))
            start = time.perf_counter()
            reminders.agenda(NOW.date())
            written.append(ms(time.perf_counter() - start))
            reminders.restore(item, previous)

        written: list[float] = []
        for _ in range(args.runs):
            after_write()

        def reads() -> AgendaInput:
            return AgendaInput(
                today=NOW.date(),
                settings=store.load_settings(),
                local_days=LocalDays(clock.to_local),
                touches=store.touches_due_by(NOW.date().toordinal()),
                life_events=store.life_events(),
                steps=store.open_steps(),
                customs=store.custom_reminders(),
                states=store.states(),
                reads=store,
            )

        def every_day_again(n: int) -> float:  # a new zone or new cadences: all 30,000 again
            cadences = {c.value: d for c, d in store.load_settings().cadences.items()}
            start = time.perf_counter()
            store.touch_days_up_to_date(f"zone {n}", LocalDays(clock.to_local).ordinal, cadences)
            return ms(time.perf_counter() - start)

        again = statistics.median(every_day_again(n) for n in range(3))
        Reminders(clock).agenda(NOW.date())  # back to the clock's zone (all again, untimed)

        gc.disable()  # as Reminders.agenda() does while it builds
        try:
            _, read_ms, inputs = timed(reads, args.runs)
            _, rules_ms, _ = timed(lambda: build_agenda(inputs), args.runs)
        finally:
            gc.enable()

        def line(label: str, value: float, note: str = "") -> None:
            print(f"  {label:<52} {value:8.2f} ms   x{value / floor:6.2f} of the floor{note}")

        print(f"  {'floor: last interaction of every contact':<52} {floor:8.2f} ms")
        print(f"  {'  (the same by grouping the participations)':<52} {grouped:8.2f} ms")
        line("agenda, cold: first call", first)
        line(
            f"agenda, cold: median of {args.runs} (a new service each)",
            cold,
            f"   target <= {TARGET_MS:.0f} ms",
        )
        line("  of which reading the lists (SQL to rows)", read_ms)
        line("  of which the rules (with the few rows they read)", rules_ms)
        line("  every reason worded (review), on top", statistics.median(words))
        line("agenda, warm: median of 1000 (asked again)", warm)
        line(f"agenda after a write (snooze), median of {args.runs}", statistics.median(written))
        line("every keep-in-touch day worked out again (new zone)", again)
        ritual = agenda.ritual
        print(
            f"\n  {len(agenda.due):,} due ({sum(i.days_late > 0 for i in agenda.due):,} overdue),"
            f" {len(agenda.dormant):,} dormant, {len(agenda.next_steps):,} open next steps,"
            f" {len(agenda.upcoming_events):,} life events in 14 days;"
            f" ritual {len(ritual.contacted)}/{ritual.target},"
            f" {len(ritual.suggestions)} suggestions"
        )
    finally:
        close_database()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
