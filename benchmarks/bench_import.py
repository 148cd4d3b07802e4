"""How long importing takes: a 30,000-row LinkedIn CSV and a 10,000-card vCard file.

    .venv/bin/python benchmarks/bench_import.py [--rows 30000] [--cards 10000]

No assertions. Each import (read, duplicate detection against the database, one
transaction) is printed beside its floor measured in the same run on the same file: the
parser alone (Python's csv module over the decoded text; vobject.readComponents over the
whole vCard file). Targets: the CSV in ≤ 3 s; the vCard import ≤ 2× its floor.

Then the export of the contacts the LinkedIn import stored, as vCard 4.0 and as CSV,
beside its floor: reading those contacts from the database (``exported_contacts``).
"""

from __future__ import annotations

import argparse
import csv
import io
import random
import statistics
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

import vobject  # noqa: E402

from networking_app.paths import resolve_paths  # noqa: E402
from networking_app.services.interchange import SUFFIX, ExportFormat, Interchange  # noqa: E402
from networking_app.storage.database import close_database, open_database  # noqa: E402
from networking_app.storage.export_reads import exported_contacts  # noqa: E402

GIVEN = [
    "Élodie",
    "François",
    "Zoë",
    "Marc",
    "Inès",
    "Jürgen",
    "Søren",
    "Ana",
    "Chloé",
    "Olivier",
    "Agnieszka",
    "Hiroshi",
    "Léa",
    "Noah",
    "Grace",
    "Mehdi",
]
FAMILY = [
    "Roux",
    "Lefèvre",
    "Müller",
    "Nguyen",
    "Dubois",
    "García",
    "Kowalski",
    "Petit",
    "Ångström",
    "Martin",
    "Bernard",
    "O'Brien",
    "Durand",
    "Tanaka",
    "Moreau",
]
COMPANIES = [
    "Acme",
    "Globex",
    "Initech",
    "Nova & Co",
    "Datalab",
    "Stripe",
    "Figma",
    "Société Générale",
    "Umbrella",
    "Hooli",
]
POSITIONS = [
    "CTO",
    "Product Manager",
    "Data Scientist",
    "Head of Sales",
    "Engineer",
    "Designer",
    "Founder & CEO",
    "Analyst",
]


SYLLABLES = ["ka", "lo", "mi", "ré", "su", "to", "vé", "na", "ber", "gan", "dou", "lin"]


def family_name(rng: random.Random) -> str:
    """Mostly distinct people, as in a real network (a few share a name and employer)."""
    stem = "".join(rng.choice(SYLLABLES) for _ in range(3))
    return f"{rng.choice(FAMILY)}-{stem.capitalize()}" if rng.random() < 0.5 else stem.title()


def linkedin_csv(rows: int, rng: random.Random) -> bytes:
    out = io.StringIO()
    out.write(
        'Notes:\n"When exporting your connection data, you may notice that some of'
        ' the fields are empty."\n\n'
    )
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(
        ["First Name", "Last Name", "URL", "Email Address", "Company", "Position", "Connected On"]
    )
    start = date(2012, 1, 1)
    for n in range(rows):
        given, family = rng.choice(GIVEN), family_name(rng)
        email = f"{n}.{family.lower()}@example.org" if rng.random() < 0.3 else ""
        when = start + timedelta(days=rng.randrange(5000))
        writer.writerow(
            [
                given,
                family,
                f"https://www.linkedin.com/in/p{n}",
                email,
                rng.choice(COMPANIES),
                rng.choice(POSITIONS),
                when.strftime("%d %b %Y"),
            ]
        )
    return out.getvalue().encode("utf-8")


def vcards(cards: int, rng: random.Random) -> bytes:
    out = []
    for n in range(cards):
        given, family = rng.choice(GIVEN), family_name(rng)
        bday = date(1950, 1, 1) + timedelta(days=rng.randrange(20000))
        out.append(
            "BEGIN:VCARD\r\nVERSION:3.0\r\n"
            f"N:{family};{given};;;\r\nFN:{given} {family}\r\n"
            f"ORG:{rng.choice(COMPANIES)}\r\nTITLE:{rng.choice(POSITIONS)}\r\n"
            f"item1.EMAIL;TYPE=INTERNET,WORK:{n}.{family.lower()}@example.org\r\n"
            f"TEL;TYPE=CELL:+33 6 {n % 100:02d} {n // 100 % 100:02d} 00 {n % 97:02d}\r\n"
            f"BDAY:{bday.isoformat()}\r\nCATEGORIES:imported,{rng.choice(['a', 'b'])}\r\n"
            "NOTE:Met at the conference\\, talked about data.\r\nEND:VCARD\r\n"
        )
    return "".join(out).encode("utf-8")


def timed(action):  # type: ignore[no-untyped-def]
    start = time.perf_counter()
    result = action()
    return time.perf_counter() - start, result


def import_into_fresh(folder: Path, name: str, source: Path) -> tuple[float, float, float, int]:
    paths = resolve_paths(folder / name)
    paths.ensure()
    open_database(paths.database, paths.backups_dir)
    try:
        service = Interchange()
        plan_time, plan = timed(lambda: service.plan([source]))
        apply_time, counts = timed(lambda: service.apply(plan))
    finally:
        close_database()
    return plan_time + apply_time, plan_time, apply_time, counts.added


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rows", type=int, default=30_000)
    parser.add_argument("--cards", type=int, default=10_000)
    parser.add_argument("--repeat", type=int, default=3, help="runs of each; medians shown")
    args = parser.parse_args()
    rng = random.Random(7)
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        csv_file = folder / "Connections.csv"
        csv_file.write_bytes(linkedin_csv(args.rows, rng))
        vcf_file = folder / "contacts.vcf"
        vcf_file.write_bytes(vcards(args.cards, rng))

        def csv_floor() -> float:
            text = csv_file.read_bytes().decode()
            return timed(lambda: sum(1 for _ in csv.reader(io.StringIO(text))))[0]

        def vcf_floor() -> float:
            text = vcf_file.read_bytes().decode()
            return timed(lambda: sum(1 for _ in vobject.readComponents(text)))[0]

        # Floor and import alternate, so that load from elsewhere hits both alike.
        for label, source, floor_of, what, target in (
            ("LinkedIn CSV", csv_file, csv_floor, f"{args.rows:,} rows", "≤ 3 s"),
            ("vCard 3.0", vcf_file, vcf_floor, f"{args.cards:,} cards", "≤ 2× the floor"),
        ):
            floors, runs = [], []
            for n in range(args.repeat):
                floors.append(floor_of())
                runs.append(import_into_fresh(folder, f"{source.suffix}-{n}", source))
            floor = statistics.median(floors)
            total, plan, apply, added = sorted(runs)[len(runs) // 2]
            print(f"{label}, {what} ({added:,} contacts), median of {args.repeat}:")
            print(
                f"  import {total:6.2f} s (read + duplicates {plan:.2f} s, store {apply:.2f} s)"
                f"   target {target}"
            )
            print(f"  floor  {floor:6.2f} s (parser alone)   ratio {total / floor:6.2f}×")
        export_from(folder / ".csv-0", args.repeat)


def export_from(data: Path, repeat: int) -> None:
    """The export of every contact in ``data``, each format beside the reading alone."""
    paths = resolve_paths(data)
    open_database(paths.database, paths.backups_dir)
    try:
        service = Interchange()
        floor = statistics.median(timed(exported_contacts)[0] for _ in range(repeat))
        for fmt in (ExportFormat.VCARD, ExportFormat.CSV):
            times = []
            for _ in range(repeat):
                target = data / f"out{SUFFIX[fmt]}"
                took, count = timed(lambda f=fmt, t=target: service.export(f, t))
                times.append(took)
            took = statistics.median(times)
            print(f"Export {fmt.value}, {count:,} contacts, median of {repeat}:")
            print(
                f"  export {took:6.2f} s   floor {floor:.2f} s (reading)"
                f"   ratio {took / floor:.2f}×"
            )
    finally:
        close_database()


if __name__ == "__main__":
    main()
