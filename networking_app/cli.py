"""The `networking-app` command line: a stable contract that users script.

Exit 0 on success; otherwise one clear line on stderr and a non-zero status.
"""

from __future__ import annotations

import argparse
import re
import sys
from collections.abc import Sequence
from datetime import date, datetime
from pathlib import Path
from typing import NoReturn

from networking_app import APP_NAME, __version__
from networking_app.paths import DATA_DIR_ENV, AppPaths, resolve_paths

EXIT_OK, EXIT_PROBLEM, EXIT_USAGE = 0, 1, 2


class _Parser(argparse.ArgumentParser):
    """argparse, with a mistake said in one line (and where to find help), not the usage
    block followed by the error."""

    def error(self, message: str) -> NoReturn:
        self.exit(EXIT_USAGE, f"{self.prog}: error: {message} (see {self.prog} --help)\n")


def build_parser() -> argparse.ArgumentParser:
    common = _Parser(add_help=False)
    common.add_argument(
        "--data-dir",
        metavar="DIR",
        default=argparse.SUPPRESS,
        help=f"keep the database here (default: ${DATA_DIR_ENV}, else the user data folder)",
    )
    parser = _Parser(
        prog="networking-app",
        parents=[common],
        description=f"{APP_NAME}: strategic networking as daily habits. Without a command,"
        " opens the window.",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    commands.add_parser(
        "demo", parents=[common], help="fill an empty data folder with a realistic demo network"
    )
    backup = commands.add_parser(
        "backup", parents=[common], help="write a checked copy of the database"
    )
    backup.add_argument(
        "--output",
        metavar="FILE",
        type=Path,
        help="where to write it (default: a dated file in the backups folder)",
    )
    restore = commands.add_parser(
        "restore",
        parents=[common],
        help="replace the database with a backup (the current one is kept aside)",
    )
    restore.add_argument("file", metavar="FILE", type=Path)
    review = commands.add_parser(
        "review",
        parents=[common],
        help="today's agenda: due touches, follow-ups, life events, the weekly ritual",
    )
    review.add_argument(
        "--date", metavar="YYYY-MM-DD", type=_day, help="the agenda of that day (default: today)"
    )
    review.add_argument("--json", action="store_true", help="print JSON (format in the README)")
    commands.add_parser(
        "check", parents=[common], help="run SQLite's integrity and foreign-key checks"
    )
    _add_intro_parser(commands, common)
    commands.add_parser(
        "tray", parents=[common], help="run the reminder service in the system tray, no window"
    )
    _add_interchange_commands(commands, common)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    paths = resolve_paths(getattr(args, "data_dir", None))
    if args.command is None:
        from networking_app.app import run_gui

        return run_gui(paths, sys.argv[:1])
    if args.command == "tray":
        from networking_app.app import run_gui

        return run_gui(paths, sys.argv[:1], tray_only=True)
    handler = {"demo": _demo, "backup": _backup, "restore": _restore, "check": _check}
    handler["intro"] = _intro
    handler["review"] = _review
    handler.update({"import": _import, "export": _export})
    from networking_app.storage.errors import StorageError

    try:
        return handler[args.command](paths, args)
    except StorageError as exc:
        return _fail(str(exc))
    except KeyboardInterrupt:
        return _fail("interrupted; nothing was changed")


def _day(text: str) -> date:
    try:
        day = date.fromisoformat(text)
    except ValueError as exc:
        if re.fullmatch(r"\d{4}-\d{2}-\d{2}", text):  # the form is right: the day is not
            raise argparse.ArgumentTypeError(f"{text} does not exist ({exc})") from None
        raise argparse.ArgumentTypeError(f"{text!r} is not a date like 2026-11-28") from None
    if not 1900 <= day.year <= 9000:  # weeks and time zones around it must exist
        raise argparse.ArgumentTypeError(f"{text!r}: choose a year between 1900 and 9000")
    return day


def _fail(message: str, status: int = EXIT_USAGE) -> int:
    print(f"networking-app: error: {message}", file=sys.stderr)
    return status


def _demo(paths: AppPaths, _args: argparse.Namespace) -> int:
    from networking_app.services.demo import DemoRefused, fill_demo
    from networking_app.storage.database import DataDirLock, close_database, open_database

    paths.ensure()
    with DataDirLock(paths.data_dir):
        open_database(paths.database, paths.backups_dir)
        try:
            summary = fill_demo(date.today())
        except DemoRefused as exc:
            return _fail(f"{paths.database}: {exc}")
        finally:
            close_database()
    print(
        f"Demo network written to {paths.database}: {summary.contacts} contacts,"
        f" {summary.interactions} interactions, {summary.introductions} introduction"
        f" requests."
    )
    return EXIT_OK


def _backup(paths: AppPaths, args: argparse.Namespace) -> int:
    from networking_app.storage.backup import make_backup

    dest = args.output or paths.backups_dir / (f"manual-{datetime.now():%Y%m%d-%H%M%S}.sqlite3")
    dest = dest.expanduser().resolve()
    if dest == paths.database.resolve():
        return _fail(f"{dest}: that is the database itself; choose another file")
    written = make_backup(paths.database, dest)
    print(f"Backup written to {written}")
    return EXIT_OK


def _restore(paths: AppPaths, args: argparse.Namespace) -> int:
    from networking_app.storage.backup import restore
    from networking_app.storage.database import DataDirLock

    source = args.file.expanduser().resolve()
    if source == paths.database.resolve():
        return _fail(f"{source}: that is the database itself; name a backup file")
    paths.ensure()
    with DataDirLock(paths.data_dir):
        kept = restore(source, paths.database, datetime.now())
    print(f"Restored {paths.database} from {source}.")
    if kept is not None:
        print(f"The database it replaced is kept at {kept}")
    return EXIT_OK


def _check(paths: AppPaths, _args: argparse.Namespace) -> int:
    from networking_app.storage.backup import newest_good_backup
    from networking_app.storage.inspection import check_database

    report = check_database(paths.database)
    if report.ok:
        print(f"{paths.database}: ok (integrity and foreign keys checked)")
        return EXIT_OK
    print(f"{paths.database}: {len(report.problems)} problem(s) found:", file=sys.stderr)
    for problem in report.problems:
        print(f"  {problem}", file=sys.stderr)
    if paths.database.exists():
        backup = newest_good_backup(paths.backups_dir)
        print(
            f"The newest good backup is {backup}; restore it with `networking-app restore"
            f" {backup}`."
            if backup
            else "No good backup was found.",
            file=sys.stderr,
        )
    return EXIT_PROBLEM


# -- intro -----------------------------------------------------------------------------------


def _add_intro_parser(
    commands: argparse._SubParsersAction[_Parser],
    common: _Parser,
) -> None:
    intro = commands.add_parser(
        "intro", parents=[common], help="introduction requests: list them, export their drafts"
    )
    actions = intro.add_subparsers(dest="intro_command", metavar="ACTION", required=True)
    actions.add_parser("list", parents=[common], help="every request with its status")
    export = actions.add_parser(
        "export", parents=[common], help="write a request's two email drafts as .eml files"
    )
    export.add_argument("id", metavar="ID", type=int, help="the request's number (intro list)")
    export.add_argument("--out", metavar="DIR", type=Path, required=True, help="target folder")


def _intro(paths: AppPaths, args: argparse.Namespace) -> int:
    from networking_app.services.clock import Clock
    from networking_app.services.introductions import Introductions, RequestNotFound
    from networking_app.storage.database import DataDirLock, close_database, open_database

    if not paths.database.exists():
        return _fail(f"{paths.database}: no database yet; open the app or run `demo` first")
    with DataDirLock(paths.data_dir):
        open_database(paths.database, paths.backups_dir)
        try:
            service = Introductions(Clock())
            if args.intro_command == "list":
                for r in service.all():
                    last = r.steps[-1].at if r.steps else r.updated_at
                    introducer = r.introducer_name or "(no introducer)"
                    print(
                        f"{r.id}\t{r.status.value}\t{last:%Y-%m-%d}\t{r.target_name}"
                        f"\tvia {introducer}"
                    )
                return EXIT_OK
            out = args.out.expanduser()
            if out.exists() and not out.is_dir():
                return _fail(f"{out}: not a folder; give a folder for the two .eml files")
            try:
                written = service.export(args.id, out)
            except RequestNotFound:
                return _fail(f"no introduction request #{args.id}; see `networking-app intro list`")
            except OSError as exc:
                return _fail(f"{out}: cannot write there ({exc.strerror or exc})")
        finally:
            close_database()
    print(f"Opt-in request written to {written.opt_in}")
    print(f"Forwardable email written to {written.forwardable}")
    if not written.introducer_has_email:
        print("The introducer has no email address recorded: the opt-in draft has no recipient.")
    return EXIT_OK


def _review(paths: AppPaths, args: argparse.Namespace) -> int:
    import json

    from networking_app.services.clock import Clock
    from networking_app.services.introductions import Introductions
    from networking_app.services.reminders import Reminders
    from networking_app.services.review import agenda_json, agenda_text
    from networking_app.storage.database import open_database
    from networking_app.storage.models import db

    if not paths.database.exists():
        return _fail(f"{paths.database}: no database yet; open the app or run `demo` first")
    open_database(paths.database, paths.backups_dir)
    try:
        clock = Clock()
        reminders = Reminders(clock)
        reminders.providers.append(Introductions(clock).due_items)  # as in the window
        agenda = reminders.agenda(args.date)
        # Printed before closing: the agenda's lists read names and texts as they go.
        if args.json:
            print(json.dumps(agenda_json(agenda), ensure_ascii=False, indent=2))
        else:
            print(agenda_text(agenda))
    finally:
        db.close()  # no checkpoint (the app's writes are not waited for)
    return EXIT_OK


# -- import and export (issue 7) ------------------------------------------------------------


def _add_interchange_commands(
    commands: argparse._SubParsersAction[_Parser],
    common: _Parser,
) -> None:
    imp = commands.add_parser(
        "import",
        parents=[common],
        help="import contacts: .vcf (vCard 2.1/3.0/4.0), .csv (LinkedIn, Google, Outlook,"
        " other), a Rapport .json backup",
        description="Import contacts in one transaction: if any part of a file cannot be"
        " read, nothing is imported and each problem is printed as FILE:LINE: reason, unless"
        " --skip-invalid is given. A JSON backup imported into an empty data folder restores"
        " the whole database.",
    )
    imp.add_argument("files", metavar="FILE", type=Path, nargs="+")
    imp.add_argument(
        "--duplicates",
        choices=("merge", "keep", "skip"),
        default="merge",
        help="a contact with the same email, phone, or name and organisation as a known one:"
        " merge it into the known one (fills empty fields, adds methods; the default), keep"
        " both, or skip it",
    )
    imp.add_argument(
        "--skip-invalid",
        action="store_true",
        help="import the valid records and report the rejected ones on stderr",
    )
    imp.add_argument(
        "--map",
        metavar="COLUMN=FIELD",
        action="append",
        default=[],
        help="for a CSV: read COLUMN as FIELD (e.g. --map 'Courriel=email'); FIELD is one of"
        " given_name, family_name, full_name, nickname, organisation, role, email, phone, url,"
        " birthday, notes, tags, city, ignore…",
    )
    imp.add_argument("--dry-run", action="store_true", help="read and report, change nothing")
    exp = commands.add_parser(
        "export",
        parents=[common],
        help="export contacts (vCard, CSV), everything (JSON), or"
        " birthdays and reminders (iCalendar)",
    )
    exp.add_argument("--format", required=True, choices=("vcard", "csv", "json", "ics"))
    exp.add_argument("--output", metavar="FILE", type=Path, required=True)


def _import(paths: AppPaths, args: argparse.Namespace) -> int:
    from networking_app.interchange.csv_layout import read_layout
    from networking_app.interchange.model import FileRefused
    from networking_app.services.interchange import (
        Decision,
        ImportRefused,
        Interchange,
        Target,
    )
    from networking_app.storage.database import DataDirLock, close_database, open_database
    from networking_app.storage.inspection import read_chosen_file

    files = [f.expanduser() for f in args.files]
    missing = [f for f in files if not f.is_file()]
    if missing:
        return _fail(f"{missing[0]}: no such file")
    targets = {t.value or "ignore": t for t in Target}
    overrides: dict[str, Target] = {}
    for item in args.map:
        column, eq, name = item.partition("=")
        if not eq or name.strip().lower() not in targets:
            return _fail(
                f"--map {item!r}: expected COLUMN=FIELD with FIELD one of"
                f" {', '.join(sorted(targets))}"
            )
        overrides[column.strip().casefold()] = targets[name.strip().lower()]
    paths.ensure()
    with DataDirLock(paths.data_dir):
        open_database(paths.database, paths.backups_dir)
        try:
            service = Interchange()
            mappings = {}
            for f in files if overrides else []:
                try:
                    layout = read_layout(read_chosen_file(f))
                except (FileRefused, OSError):
                    continue  # the plan reports why
                mappings[f] = [
                    overrides.get(h.strip().casefold(), guessed)
                    for h, guessed in zip(layout.header, layout.guessed, strict=True)
                ]
            plan = service.plan(files, mappings)
            for note in (*plan.notes, *plan.warnings):
                print(f"note: {note}", file=sys.stderr)
            if plan.rejected and not args.skip_invalid:
                for problem in plan.rejected:
                    print(f"networking-app: error: {problem}", file=sys.stderr)
                print(
                    "networking-app: nothing was imported; fix the file, or import the valid"
                    " records with --skip-invalid",
                    file=sys.stderr,
                )
                return EXIT_PROBLEM
            for problem in plan.rejected:
                print(f"rejected: {problem}", file=sys.stderr)
            if args.dry_run:
                print(
                    f"Would import {len(plan.contacts)} contact(s) ({len(plan.duplicates)}"
                    f" possible duplicate(s), {len(plan.rejected)} rejected)."
                )
                return EXIT_OK
            try:
                counts = service.apply(plan, Decision(args.duplicates), args.skip_invalid)
            except ImportRefused as exc:
                for problem in exc.problems:
                    print(f"networking-app: error: {problem}", file=sys.stderr)
                return EXIT_PROBLEM
        finally:
            close_database()
    if plan.restore is not None:
        print(f"Restored the backup into {paths.database}: {counts.added} contacts.")
    else:
        print(
            f"Imported {counts.added} new contact(s), merged {counts.merged}, skipped"
            f" {counts.skipped} duplicate(s), rejected {len(plan.rejected)}."
        )
    return EXIT_OK


def _export(paths: AppPaths, args: argparse.Namespace) -> int:
    from networking_app.services.interchange import ExportFormat, Interchange
    from networking_app.storage.database import close_database, open_database

    dest = args.output.expanduser().resolve()
    if dest == paths.database.resolve():
        return _fail(f"{dest}: that is the database itself; choose another file")
    if dest.is_dir():
        return _fail(f"{dest}: is a folder; give a file name")
    if not paths.database.exists():
        return _fail(f"{paths.database}: no database yet; nothing to export")
    open_database(paths.database, paths.backups_dir)
    try:
        count = Interchange().export(ExportFormat(args.format), dest)
    except OSError as exc:
        return _fail(f"{dest}: {exc.strerror or exc}")
    finally:
        close_database()
    what = "events" if args.format == "ics" else "contacts"
    print(f"Exported {count} {what} to {dest}")
    return EXIT_OK
