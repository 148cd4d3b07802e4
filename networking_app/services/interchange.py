"""Import and export use-cases: read files into a plan (contacts, duplicates, rejected
parts), apply the plan in one transaction with progress and cancellation, export."""

from __future__ import annotations

import gc
from collections.abc import Callable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum
from pathlib import Path

from networking_app import __version__
from networking_app.interchange import json_backup
from networking_app.interchange.csv_layout import CsvLayout, Target, read_layout
from networking_app.interchange.model import (
    Decision,
    FileKind,
    FileRefused,
    ImportedContact,
    ReadCancelled,
)
from networking_app.interchange.reading import file_kind, read_file
from networking_app.interchange.vcard_writer import WritingStopped
from networking_app.interchange.writers import (
    BirthdayEntry,
    ExportedContact,
    ReminderEntry,
    csv_bytes,
    ics_bytes,
    repeat_rule,
    vcard_bytes,
)
from networking_app.services.clock import Clock
from networking_app.services.region import default_region
from networking_app.storage import duplicates, export_reads, importing, whole_database
from networking_app.storage import reminders as reminder_rows
from networking_app.storage.duplicates import Match
from networking_app.storage.importing import ImportCancelled, ImportCounts
from networking_app.storage.inspection import read_chosen_file
from networking_app.storage.whole_database import RestoreRefused

__all__ = [
    "Decision",
    "ExportCancelled",
    "ExportFormat",
    "FileProblem",
    "ImportCancelled",
    "ImportCounts",
    "ImportPlan",
    "ImportRefused",
    "Interchange",
    "ReadCancelled",
    "Target",
]


class ExportFormat(StrEnum):
    VCARD = "vcard"
    CSV = "csv"
    JSON = "json"
    ICS = "ics"


SUFFIX = {
    ExportFormat.VCARD: ".vcf",
    ExportFormat.CSV: ".csv",
    ExportFormat.JSON: ".json",
    ExportFormat.ICS: ".ics",
}


@dataclass(frozen=True)
class FileProblem:
    """A part of a file rejected or changed on the way in: the file, the line (0: the
    whole file) and why."""

    file: Path
    line: int
    reason: str

    def __str__(self) -> str:
        return (
            f"{self.file}:{self.line}: {self.reason}"
            if self.line
            else f"{self.file}: {self.reason}"
        )


class ExportCancelled(Exception):
    """The user cancelled an export: no file was written."""


class ImportRefused(Exception):
    """Nothing was imported: the problems say where and why."""

    def __init__(self, problems: Sequence[FileProblem]) -> None:
        self.problems = list(problems)
        super().__init__("; ".join(str(p) for p in problems))


@dataclass(frozen=True)
class PlannedContact:
    file: Path
    contact: ImportedContact
    match: Match | None  # a known contact (or earlier record) it repeats
    match_label: str = ""


@dataclass
class ImportPlan:
    """What an import would do; the user decides on duplicates before applying it."""

    files: list[Path]
    contacts: list[PlannedContact] = field(default_factory=list)
    rejected: list[FileProblem] = field(default_factory=list)
    notes: list[FileProblem] = field(default_factory=list)  # "encoding recognised as …"
    formats: dict[Path, str] = field(default_factory=dict)
    restore: json_backup.Backup | None = None  # a JSON backup into an empty database

    @property
    def duplicates(self) -> list[int]:
        return [n for n, p in enumerate(self.contacts) if p.match is not None]

    @property
    def warnings(self) -> list[FileProblem]:
        """What was changed on the way in (a value kept in the notes, a dropped year…)."""
        return [
            FileProblem(p.file, p.contact.line, w)
            for p in self.contacts
            for w in p.contact.warnings
        ]


@contextmanager
def _bulk() -> Iterator[None]:
    """Reading or storing tens of thousands of contacts creates millions of objects and no
    cycles: the cyclic garbage collector would rescan them all many times over."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


@dataclass
class Interchange:
    clock: Clock = field(default_factory=Clock)
    region: str | None = field(default_factory=default_region)

    # -- import -------------------------------------------------------------------------
    def csv_layout(self, path: Path) -> CsvLayout | None:
        """The table of a CSV that needs its columns confirmed; None for known formats
        and non-CSV files. Raises :class:`ImportRefused` for unreadable files."""
        data = self._read(path)
        try:
            if file_kind(path.name, data) is not FileKind.CSV:
                return None
            layout = read_layout(data)
        except FileRefused as exc:
            raise ImportRefused([FileProblem(path, exc.line, exc.reason)]) from None
        return None if layout.known else layout

    def plan(
        self,
        paths: Sequence[Path],
        mappings: Mapping[Path, Sequence[Target]] | None = None,
        progress: Callable[[int, int], bool] | None = None,
    ) -> ImportPlan:
        """Read every file; a file refused as a whole becomes one rejected entry.
        ``progress(done, total)`` (in files × 1000) returning False stops the reading:
        :class:`ReadCancelled`."""
        with _bulk():
            return self._plan(paths, mappings, progress)

    def _plan(
        self,
        paths: Sequence[Path],
        mappings: Mapping[Path, Sequence[Target]] | None,
        progress: Callable[[int, int], bool] | None,
    ) -> ImportPlan:
        plan = ImportPlan(list(paths))
        read: list[tuple[Path, ImportedContact]] = []
        for number, path in enumerate(paths):

            def within(done: int, total: int, number: int = number) -> bool:
                share = 1000 * number + (1000 * done // total if total else 0)
                return progress is None or progress(share, 1000 * len(paths))

            try:
                data = self._read(path)
                result, backup = read_file(
                    path.name, data, self.clock.today(), (mappings or {}).get(path), within
                )
            except ImportRefused as exc:
                plan.rejected.extend(exc.problems)
                continue
            except FileRefused as exc:
                plan.rejected.append(FileProblem(path, exc.line, exc.reason))
                continue
            plan.formats[path] = result.format_name
            plan.notes.extend(FileProblem(path, 0, note) for note in result.notes)
            plan.rejected.extend(FileProblem(path, r.line, r.reason) for r in result.rejected)
            if backup is not None and len(paths) == 1 and whole_database.database_is_empty():
                plan.restore = backup
            elif backup is not None:
                plan.notes.append(
                    FileProblem(
                        path,
                        0,
                        "this data folder already has data, so only the backup's contacts are"
                        " imported; its interactions, introductions and settings are restored"
                        " only into an empty data folder",
                    )
                )
            read.extend((path, c) for c in result.contacts)
        if plan.restore is None:
            matches = duplicates.find_duplicates(
                [c.draft for _p, c in read], self.region, [c.uid for _p, c in read]
            )
            labels = duplicates.duplicate_labels(m.contact_id for m in matches if m)
            for (path, contact), match in zip(read, matches, strict=True):
                label = ""
                if match is not None:
                    label = labels.get(match.contact_id, "")
                    if match.contact_id < 0:
                        earlier = read[-match.contact_id - 1]
                        label = f"{earlier[1].draft.name} ({earlier[0].name}:{earlier[1].line})"
                plan.contacts.append(PlannedContact(path, contact, match, label))
        else:
            plan.contacts = [PlannedContact(p, c, None) for p, c in read]
        plan.rejected.sort(key=lambda r: (str(r.file), r.line))
        return plan

    def apply(
        self,
        plan: ImportPlan,
        decisions: dict[int, Decision] | Decision = Decision.MERGE,
        skip_invalid: bool = False,
        progress: Callable[[int, int], bool] | None = None,
    ) -> ImportCounts:
        """Store the plan in one transaction. Rejected parts refuse the whole import
        unless ``skip_invalid``. ``progress(done, total)`` returning False cancels
        (:class:`ImportCancelled`, nothing stored)."""
        if plan.rejected and not skip_invalid:
            raise ImportRefused(plan.rejected)
        if plan.restore is not None:
            tables = {n: (t.columns, t.rows) for n, t in plan.restore.tables.items()}
            if progress is not None and not progress(0, 1):
                raise ImportCancelled()
            try:
                count = whole_database.restore_tables(tables, plan.restore.schema_version)
            except RestoreRefused as exc:
                raise ImportRefused([FileProblem(plan.files[0], 1, str(exc))]) from None
            return ImportCounts(added=count)
        chosen = [
            (decisions if isinstance(decisions, Decision) else decisions.get(n, Decision.MERGE))
            for n in range(len(plan.contacts))
        ]
        with _bulk():
            return importing.apply_import(
                [
                    importing.IncomingContact(
                        p.contact.draft, p.contact.connected_on, p.contact.uid
                    )
                    for p in plan.contacts
                ],
                [p.match for p in plan.contacts],
                [d.value for d in chosen],
                self.clock.now(),
                progress,
                self.region,
            )

    @staticmethod
    def _read(path: Path) -> bytes:
        try:
            return read_chosen_file(path)
        except OSError as exc:
            raise ImportRefused([FileProblem(path, 0, exc.strerror or str(exc))]) from None

    # -- export -------------------------------------------------------------------------
    def export_bytes(
        self, fmt: ExportFormat, progress: Callable[[int, int], bool] | None = None
    ) -> tuple[bytes, int]:
        """The file's bytes and how many contacts (or events) it holds. ``progress(done,
        total)`` is told as vCards are written; returning False raises
        :class:`ExportCancelled`."""
        if fmt is ExportFormat.JSON:
            tables = whole_database.dump_tables()
            backup = json_backup.Backup(
                schema_version=whole_database.schema_version(),
                exported_at=json_backup.now_text(self.clock.now()),
                app_version=__version__,
                tables={n: json_backup.Table(c, r) for n, (c, r) in tables.items()},
            )
            return json_backup.encode(backup), len(tables["contact"][1])
        if fmt is ExportFormat.ICS:
            born = [BirthdayEntry(*b) for b in export_reads.birthdays()]
            steps = [
                ReminderEntry(
                    f"next-step-{iid}", f"{names}: {step}" if names else step, summary, due
                )
                for iid, step, summary, due, names in export_reads.open_next_steps(date.min)
            ]
            steps += self._reminder_entries(self.clock.today())
            return ics_bytes(born, steps, self.clock.now()), len(born) + len(steps)
        contacts = [ExportedContact(u, d, t) for u, d, t in export_reads.exported_contacts()]
        if fmt is ExportFormat.CSV:
            return csv_bytes(contacts), len(contacts)
        try:
            return vcard_bytes(contacts, progress), len(contacts)
        except WritingStopped:
            raise ExportCancelled from None

    @staticmethod
    def _reminder_entries(today: date) -> list[ReminderEntry]:
        """Custom reminders and recorded life events: the repeating ones as series, the
        one-off ones from today on (the past ones are history, not reminders)."""
        entries = []
        for custom in reminder_rows.custom_reminders():
            rule = repeat_rule(custom.first, custom.repeat_days)
            if rule is None and custom.first < today:
                continue
            who = f"{custom.contact_name}: " if custom.contact_name else ""
            entries.append(
                ReminderEntry(f"custom-{custom.id}", who + custom.text, "", custom.first, rule)
            )
        for event in reminder_rows.life_events():
            if not event.yearly and event.day < today:
                continue
            label = event.kind.value.replace("_", " ")
            summary = f"{event.contact_name} — {label}" + (f": {event.note}" if event.note else "")
            rule = repeat_rule(event.day, 365) if event.yearly else None
            entries.append(ReminderEntry(f"life-event-{event.id}", summary, "", event.day, rule))
        return entries

    def export(
        self, fmt: ExportFormat, dest: Path, progress: Callable[[int, int], bool] | None = None
    ) -> int:
        """Write the export next to ``dest`` then move it in place (never half a file);
        :class:`ExportCancelled` (see :meth:`export_bytes`) leaves ``dest`` untouched."""
        data, count = self.export_bytes(fmt, progress)
        dest.parent.mkdir(parents=True, exist_ok=True)
        partial = dest.with_name(dest.name + ".part")
        partial.write_bytes(data)
        partial.replace(dest)
        return count
