"""Importing into a real database: duplicates, one transaction, cancel, the JSON backup,
the calendar."""

from __future__ import annotations

import sqlite3
from dataclasses import replace
from datetime import date, datetime
from pathlib import Path

import icalendar
import pytest

from networking_app.domain.contacts import ContactDraft, MethodDraft
from networking_app.domain.vocabulary import Circle
from networking_app.paths import AppPaths, resolve_paths
from networking_app.services.clock import Clock
from networking_app.services.contacts import ContactBook
from networking_app.services.demo import fill_demo
from networking_app.services.interchange import (
    Decision,
    ExportFormat,
    ImportCancelled,
    ImportRefused,
    Interchange,
    ReadCancelled,
)
from networking_app.storage.database import close_database, open_database
from networking_app.storage.duplicates import normalised_phone
from networking_app.storage.sql import rows

NOW = datetime(2026, 11, 28, 9, 0)


class FixedClock(Clock):
    def now(self) -> datetime:
        return NOW

    def today(self) -> date:
        return NOW.date()


def service() -> Interchange:
    return Interchange(FixedClock(), region="FR")


def vcf(tmp_path: Path, name: str, *cards: str) -> Path:
    path = tmp_path / name
    path.write_text(
        "".join(f"BEGIN:VCARD\r\nVERSION:3.0\r\n{c}\r\nEND:VCARD\r\n" for c in cards),
        encoding="utf-8",
    )
    return path


def names() -> list[str]:
    return [
        r[0] for r in rows("SELECT trim(given_name || ' ' || family_name) FROM contact ORDER BY id")
    ]


def known(book: ContactBook, **fields: object) -> int:
    return book.save(ContactDraft(**fields))  # type: ignore[arg-type]


def test_phone_normalisation() -> None:
    assert normalised_phone("06 12 34 56 78", "FR") == "+33612345678"
    assert normalised_phone("+33 (0)6 12-34-56-78", None) == "+33612345678"
    assert normalised_phone("0033 6 12 34 56 78", "FR") == "+33612345678"
    assert normalised_phone("12", "FR") == ""


def test_duplicates_by_email_phone_and_name_with_organisation(
    database: AppPaths, tmp_path: Path
) -> None:
    book = ContactBook(FixedClock())
    by_email = known(book, given_name="Ann", methods=(MethodDraft("email", "Ann@Lee.com"),))
    by_phone = known(book, given_name="Bob", methods=(MethodDraft("phone", "06 12 34 56 78"),))
    by_name = known(book, given_name="Chloé", family_name="Roux", organisation="Acme")
    path = vcf(
        tmp_path,
        "dups.vcf",
        "FN:Ann Lee\r\nEMAIL:ann@lee.com\r\nTITLE:Buyer",
        "FN:Robert\r\nTEL:+33 6 12 34 56 78",
        "N:ROUX;Chloe;;;\r\nORG:ACME",
        "FN:New Person\r\nEMAIL:new@person.org",
        "FN:New Person again\r\nEMAIL:NEW@person.org",
    )
    plan = service().plan([path])
    assert [(p.match.contact_id, p.match.reason) if p.match else None for p in plan.contacts] == [
        (by_email, "email"),
        (by_phone, "phone"),
        (by_name, "name and organisation"),
        None,
        (-4, "email"),  # the fourth card of the same file
    ]
    counts = service().apply(
        plan, {0: Decision.MERGE, 1: Decision.KEEP_BOTH, 2: Decision.SKIP, 4: Decision.MERGE}
    )
    assert (counts.added, counts.merged, counts.skipped) == (2, 2, 1)
    assert names() == ["Ann Lee", "Bob", "Chloé Roux", "Robert", "New Person"]
    ann = book.draft(by_email)
    assert ann.role == "Buyer"  # merged: the empty field is filled
    assert [m.value for m in ann.methods] == ["Ann@Lee.com"]  # same email, not repeated


def test_a_malformed_file_imports_nothing_unless_asked(database: AppPaths, tmp_path: Path) -> None:
    good = vcf(tmp_path, "good.vcf", "FN:Ann Lee")
    bad = tmp_path / "bad.vcf"
    bad.write_bytes(b"BEGIN:VCARD\r\nFN:Bob\r\nEND:VCARD\r\nBEGIN:VCARD\r\nFN\r\nEND:VCARD\r\n")
    plan = service().plan([good, bad])
    with pytest.raises(ImportRefused) as refused:
        service().apply(plan)
    assert [str(p) for p in refused.value.problems] == [
        f"{bad}:5: 'FN' is not a property (it has no ':')"
    ]
    assert names() == []
    counts = service().apply(plan, skip_invalid=True)
    assert counts.added == 2
    assert names() == ["Ann Lee", "Bob"]


def test_cancel_rolls_everything_back(database: AppPaths, tmp_path: Path) -> None:
    cards = [f"FN:Person {n}\r\nEMAIL:p{n}@example.org" for n in range(1000)]
    plan = service().plan([vcf(tmp_path, "many.vcf", *cards)])
    seen: list[int] = []

    def progress(done: int, total: int) -> bool:
        seen.append(done)
        return done < 600

    with pytest.raises(ImportCancelled):
        service().apply(plan, progress=progress)
    assert seen[:4] == [0, 200, 400, 600]
    assert names() == []
    assert rows("SELECT count(*) FROM contact_method") == [(0,)]


def test_linkedin_connection_becomes_a_dated_first_interaction(
    database: AppPaths, tmp_path: Path
) -> None:
    path = tmp_path / "Connections.csv"
    path.write_text(
        'Notes:\n"Some fields are empty."\n\nFirst Name,Last Name,URL,Email Address,'
        "Company,Position,Connected On\nAda,Lovelace,https://lnkd.in/ada,,Engines,CEO,"
        "14 May 2026\n",
        encoding="utf-8",
    )
    service().apply(service().plan([path]))
    assert rows("SELECT channel FROM contact") == [("online",)]
    assert rows(
        "SELECT i.occurred_at, i.kind, c.given_name FROM interaction i"
        " JOIN interaction_participant p ON p.interaction_id = i.id"
        " JOIN contact c ON c.id = p.contact_id"
    ) == [("2026-05-14 12:00:00", "social_touch", "Ada")]


def _dump(path: Path) -> dict[str, list[tuple[object, ...]]]:
    connection = sqlite3.connect(path)
    try:
        tables = [
            r[0]
            for r in connection.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name"
            )
        ]
        dump = {
            t: sorted(connection.execute(f'SELECT * FROM "{t}"').fetchall(), key=repr)
            for t in tables
            # The full-text index's own pages are laid out by insertion history; what they
            # must agree on is what a search finds (below).
            if t != "schema_version" and not t.startswith("interaction_search_")
        }
        dump["search: coffee"] = connection.execute(
            "SELECT rowid FROM interaction_search WHERE interaction_search MATCH 'coffee'"
            " ORDER BY rowid"
        ).fetchall()
        return dump
    finally:
        connection.close()


def test_json_export_into_an_empty_data_dir_reproduces_the_database(
    paths: AppPaths, tmp_path: Path
) -> None:
    paths.ensure()
    open_database(paths.database, paths.backups_dir)
    fill_demo(date(2026, 11, 28))
    backup = tmp_path / "rapport.json"
    service().export(ExportFormat.JSON, backup)
    close_database()

    other = resolve_paths(tmp_path / "other")
    other.ensure()
    open_database(other.database, other.backups_dir)
    plan = service().plan([backup])
    assert plan.restore is not None
    service().apply(plan)
    close_database()

    before, after = _dump(paths.database), _dump(other.database)
    assert before.keys() == after.keys()
    assert sum(len(v) for v in before.values()) > 1000  # the demo network, for real
    assert before["search: coffee"], "the demo has coffees to find"
    for table in before:
        assert before[table] == after[table], table


def test_json_backup_into_a_database_with_contacts_adds_the_contacts(
    database: AppPaths, tmp_path: Path
) -> None:
    book = ContactBook(FixedClock())
    known(book, given_name="Ann", methods=(MethodDraft("email", "ann@lee.com"),))
    backup = tmp_path / "b.json"
    service().export(ExportFormat.JSON, backup)
    known(book, given_name="Zed")
    plan = service().plan([backup])
    assert plan.restore is None
    assert "only the backup's contacts are imported" in plan.notes[0].reason
    assert plan.contacts[0].match is not None  # Ann is already here
    service().apply(plan, Decision.SKIP)
    assert names() == ["Ann", "Zed"]


def test_ics_has_overdue_next_steps_too(database: AppPaths, tmp_path: Path) -> None:
    from networking_app.domain.interactions import InteractionDraft
    from networking_app.services.timeline import Timeline

    book = ContactBook(FixedClock())
    zoe = known(book, given_name="Zoé")
    Timeline(FixedClock()).save(
        InteractionDraft(
            occurred_at=datetime(2026, 11, 1, 10, 0),
            contact_ids=(zoe,),
            summary="Coffee",
            next_step="Send the deck",
            next_step_due=date(2026, 11, 10),  # overdue on 28 November
        )
    )
    path = tmp_path / "rapport.ics"
    service().export(ExportFormat.ICS, path)
    events = icalendar.Calendar.from_ical(path.read_bytes()).walk("VEVENT")
    assert [str(e["summary"]) for e in events] == ["Zoé: Send the deck"]


def test_ics_has_yearly_birthdays_and_upcoming_next_steps(
    database: AppPaths, tmp_path: Path
) -> None:
    book = ContactBook(FixedClock())
    known(book, given_name="Léa", birthday_day=29, birthday_month=2)
    known(book, given_name="Tom", birthday_day=3, birthday_month=7, birthday_year=1980)
    path = tmp_path / "rapport.ics"
    count = service().export(ExportFormat.ICS, path)
    assert count == 2
    calendar = icalendar.Calendar.from_ical(path.read_bytes())
    events = {str(e["summary"]): e for e in calendar.walk("VEVENT")}
    assert set(events) == {"Léa — birthday", "Tom — birthday"}
    assert events["Tom — birthday"].decoded("dtstart") == date(1980, 7, 3)
    assert events["Tom — birthday"]["rrule"]["FREQ"] == ["YEARLY"]
    assert events["Léa — birthday"]["rrule"]["BYMONTHDAY"] == [-1]  # 28 Feb in common years


def test_a_large_linkedin_import_is_searchable_like_any_interaction(
    database: AppPaths, tmp_path: Path
) -> None:
    path = tmp_path / "Connections.csv"
    lines = [f"P{n},Q{n},,p{n}@example.org,Co,Dev,01 Jan 2024" for n in range(1200)]
    path.write_text(
        "First Name,Last Name,URL,Email Address,Company,Position,Connected On\n" + "\n".join(lines),
        encoding="utf-8",
    )
    service().apply(service().plan([path]))
    found = rows(
        "SELECT count(*) FROM interaction_search WHERE interaction_search MATCH 'linkedin'"
    )
    assert found == [(1200,)]
    # The per-row trigger is back: a new interaction is indexed as before.
    db_trigger = rows("SELECT count(*) FROM sqlite_master WHERE name = 'interaction_search_insert'")
    assert db_trigger == [(1,)]
    rows(
        "INSERT INTO interaction (occurred_at, kind, direction, summary, created_at,"
        " updated_at) VALUES ('2026-01-01 10:00:00', 'call', 'mutual', 'zeppelin', 'x', 'x')"
    )
    assert rows(
        "SELECT count(*) FROM interaction_search WHERE interaction_search MATCH 'zeppelin'"
    ) == [(1,)]


def test_importing_the_same_files_twice_changes_nothing(database: AppPaths, tmp_path: Path) -> None:
    linkedin = tmp_path / "Connections.csv"
    linkedin.write_text(
        "First Name,Last Name,URL,Email Address,Company,Position,Connected On\n"
        "Ada,Lovelace,https://lnkd.in/ada,ada@engines.org,Engines,CEO,14 May 2026\n",
        encoding="utf-8",
    )
    cards = vcf(
        tmp_path,
        "c.vcf",
        "N:Roux;Élodie;;;\r\nEMAIL;TYPE=work:e@roux.fr\r\nTEL:06 12 34 56 78\r\n"
        "BDAY:--0412\r\nCATEGORIES:mentor\r\nNOTE:Line one\\nline two",
    )
    service().apply(service().plan([linkedin, cards]))
    tables = ("contact", "contact_method", "tag", "contact_tag", "interaction")
    before = {t: rows(f"SELECT * FROM {t} ORDER BY 1") for t in tables}
    counts = service().apply(service().plan([linkedin, cards]))
    assert (counts.added, counts.merged) == (0, 2)
    assert {t: rows(f"SELECT * FROM {t} ORDER BY 1") for t in tables} == before


def test_vcard_export_reads_back_into_another_data_folder_without_loss(
    paths: AppPaths, tmp_path: Path
) -> None:
    rich = ContactDraft(
        given_name="Élodie",
        family_name="Roux-Ångström",
        nickname="Lodie",
        organisation="Acme, Inc; Europe",
        role="CTO",
        industry="Robotics",
        function="Engineering",
        city="Lyon",
        circle=Circle.CLOSE,
        target_categories=("potential_mentor",),
        channel="event",
        birthday_day=29,
        birthday_month=2,
        cadence_days=30,
        prep_notes="Ask about the Berlin office",
        notes="Met at MixIT\nLikes climbing",
        methods=(
            MethodDraft("email", "elodie@acme.io", "work", True),
            MethodDraft("phone", "+33 6 12 34 56 78", "mobile"),
            MethodDraft("url", "https://roux.dev"),
            MethodDraft("social", "https://www.linkedin.com/in/eroux", "linkedin"),
        ),
        tags=("Lyon tech", "mentor"),  # as the editor lists them: by name
        photo=b"\x89PNG\r\n\x1a\n" + bytes(range(200)),
    )
    paths.ensure()
    open_database(paths.database, paths.backups_dir)
    ContactBook(FixedClock()).save(rich)
    exported = tmp_path / "out.vcf"
    service().export(ExportFormat.VCARD, exported)
    close_database()
    other = resolve_paths(tmp_path / "other")
    other.ensure()
    open_database(other.database, other.backups_dir)
    try:
        service().apply(service().plan([exported]))
        book = ContactBook(FixedClock())
        back = book.draft(book.cards()[0].id)
    finally:
        close_database()
    assert back == replace(rich, id=back.id)


def test_reading_reports_progress_and_can_be_stopped(database: AppPaths, tmp_path: Path) -> None:
    first = vcf(tmp_path, "a.vcf", *[f"FN:A {n}" for n in range(1200)])
    second = vcf(tmp_path, "b.vcf", *[f"FN:B {n}" for n in range(600)])
    seen: list[tuple[int, int]] = []

    def watch(done: int, total: int) -> bool:
        seen.append((done, total))
        return True

    plan = service().plan([first, second], progress=watch)
    assert len(plan.contacts) == 1800
    assert seen[0] == (0, 2000)
    assert seen[-1][0] >= 1000  # the second file, after the first
    assert [d for d, _t in seen] == sorted(d for d, _t in seen)

    with pytest.raises(ReadCancelled):
        service().plan([first, second], progress=lambda done, _total: done < 400)
    assert names() == []


def test_ics_has_the_reminders_as_they_repeat_in_the_app(
    database: AppPaths, tmp_path: Path
) -> None:
    from dateutil.rrule import rrulestr

    from networking_app.domain.recurrence import latest_occurrence
    from networking_app.domain.vocabulary import LifeEventKind
    from networking_app.services.reminders import Reminders

    book = ContactBook(FixedClock())
    zoe = known(book, given_name="Zoé")
    reminders = Reminders(FixedClock())
    month_end = reminders.add_custom(zoe, "Send the monthly report", date(2027, 1, 31), 30)
    reminders.add_custom(None, "Review my targets", date(2026, 12, 1), 7)
    reminders.add_custom(None, "Long past, once", date(2026, 1, 5), None)
    reminders.add_life_event(zoe, LifeEventKind.NEW_JOB, date(2026, 12, 15), "Head of data")
    reminders.add_life_event(zoe, LifeEventKind.MILESTONE, date(2020, 3, 2), "Wedding", True)
    path = tmp_path / "rapport.ics"
    service().export(ExportFormat.ICS, path)
    events = {
        str(e["summary"]): e for e in icalendar.Calendar.from_ical(path.read_bytes()).walk("VEVENT")
    }
    assert set(events) == {
        "Zoé: Send the monthly report",
        "Review my targets",
        "Zoé — new job: Head of data",
        "Zoé — milestone: Wedding",
    }
    assert "rrule" not in events["Zoé — new job: Head of data"]
    assert events["Review my targets"]["rrule"]["FREQ"] == ["WEEKLY"]
    # A calendar app expands the series to the very days the app will remind on.
    monthly = events["Zoé: Send the monthly report"]
    start = monthly.decoded("dtstart")
    rule = monthly["rrule"].to_ical().decode()
    days = [
        d.date() for d in rrulestr(rule, dtstart=datetime.combine(start, datetime.min.time()))[:14]
    ]
    assert days[:4] == [date(2027, 1, 31), date(2027, 2, 28), date(2027, 3, 31), date(2027, 4, 30)]
    for day in days:
        assert latest_occurrence(start, 30, day) == day, (month_end, day)


def test_the_open_database_itself_is_refused_without_touching_its_locks(
    database: AppPaths,
) -> None:
    known(ContactBook(FixedClock()), given_name="Ann")
    plan = service().plan([database.database])
    assert plan.contacts == []
    assert [p.reason for p in plan.rejected] == [
        "this is the database Rapport has open, not a file to import"
    ]
    assert database.database.with_name("rapport.sqlite3-wal").exists()
