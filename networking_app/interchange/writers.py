"""Contacts out: vCard 4.0, CSV safe against formula injection, iCalendar birthdays and
reminders. Inputs are plain records; outputs are bytes."""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime

import icalendar

from networking_app.domain.contacts import ContactDraft
from networking_app.domain.vocabulary import MethodKind
from networking_app.interchange.vcard_writer import Progress, write_cards


@dataclass(frozen=True)
class ExportedContact:
    uid: str
    draft: ContactDraft
    updated_at: datetime | None = None


def vcard_bytes(contacts: Iterable[ExportedContact], progress: Progress | None = None) -> bytes:
    """vCard 4.0 (RFC 6350); our fields without a vCard property go in X-RAPPORT-*.
    ``progress(done, total)`` returning False raises :class:`WritingStopped`."""
    return write_cards(
        [
            (c.uid, c.draft, c.updated_at.strftime("%Y%m%dT%H%M%SZ") if c.updated_at else None)
            for c in contacts
        ],
        progress,
    )


#: Cells starting with these are formulas in spreadsheet programs (OWASP "CSV injection").
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")

CSV_HEADER = (
    "First Name",
    "Last Name",
    "Nickname",
    "Organisation",
    "Role",
    "Industry",
    "Function",
    "City",
    "Circle",
    "Channel",
    "Emails",
    "Phones",
    "URLs",
    "Social",
    "Birthday",
    "Tags",
    "Notes",
)


def neutralise(cell: str) -> str:
    """Prefix a quote to cells a spreadsheet would run as a formula."""
    return "'" + cell if cell.startswith(FORMULA_STARTS) else cell


def csv_bytes(contacts: Iterable[ExportedContact]) -> bytes:
    """One row per contact, UTF-8 with a BOM (so spreadsheet programs read the accents)."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(CSV_HEADER)
    for item in contacts:
        d = item.draft

        def joined(kind: MethodKind, d: ContactDraft = d) -> str:
            return " ::: ".join(m.value for m in d.methods if m.kind == kind)

        birthday = ""
        if d.birthday_month and d.birthday_day:
            birthday = (
                f"{d.birthday_year:04d}-{d.birthday_month:02d}-{d.birthday_day:02d}"
                if d.birthday_year
                else f"--{d.birthday_month:02d}-{d.birthday_day:02d}"
            )
        row = (
            d.given_name,
            d.family_name,
            d.nickname,
            d.organisation,
            d.role,
            d.industry,
            d.function,
            d.city,
            d.circle.value,
            d.channel or "",
            joined(MethodKind.EMAIL),
            joined(MethodKind.PHONE),
            joined(MethodKind.URL),
            joined(MethodKind.SOCIAL),
            birthday,
            ", ".join(d.tags),
            d.notes,
        )
        writer.writerow([neutralise(cell) for cell in row])
    return ("\ufeff" + out.getvalue()).encode("utf-8")


@dataclass(frozen=True)
class BirthdayEntry:
    uid: str
    name: str
    day: int
    month: int
    year: int | None


@dataclass(frozen=True)
class ReminderEntry:
    key: str  # stable across exports, so calendar apps update rather than duplicate
    summary: str
    description: str
    due: date
    rule: dict[str, object] | None = None  # an RRULE for repeating reminders


def repeat_rule(first: date, repeat_days: int | None) -> dict[str, object] | None:
    """The RRULE of a reminder repeating as the reminder engine repeats it.

    7 is weekly and any other number of days a daily interval; 30 is monthly and 365
    yearly, anchored on ``first``: a day the month lacks falls on its last day (31 → 30
    April, 28 or 29 February), which ``BYSETPOS=-1`` over the candidate days expresses.
    """
    if not repeat_days:
        return None
    if repeat_days == 7:
        return {"freq": "weekly"}
    if repeat_days == 30:
        if first.day <= 28:
            return {"freq": "monthly", "bymonthday": first.day}
        return {"freq": "monthly", "bymonthday": list(range(28, first.day + 1)), "bysetpos": -1}
    if repeat_days == 365:
        if (first.month, first.day) == (2, 29):
            return {"freq": "yearly", "bymonth": 2, "bymonthday": -1}
        return {"freq": "yearly"}
    return {"freq": "daily", "interval": repeat_days}


def ics_bytes(
    birthdays: Sequence[BirthdayEntry], reminders: Sequence[ReminderEntry], stamp: datetime
) -> bytes:
    """A calendar of yearly birthdays and dated reminders (all-day events)."""
    calendar = icalendar.Calendar()
    calendar.add("prodid", "-//Rapport//networking-app//EN")
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("x-wr-calname", "Rapport")
    for entry in birthdays:
        event = icalendar.Event()
        event.add("uid", f"birthday-{entry.uid}@rapport")
        event.add("dtstamp", stamp)
        event.add("summary", f"{entry.name} — birthday")
        # A known year starts the series at the birth; otherwise a leap year, so 29 Feb works.
        start = date(entry.year or 2000, entry.month, entry.day)
        event.add("dtstart", start)
        event.add("rrule", repeat_rule(start, 365))  # 29 Feb: 28 Feb in common years
        event.add("transp", "TRANSPARENT")
        event.add("categories", ["Birthday"])
        calendar.add_component(event)
    for reminder in reminders:
        event = icalendar.Event()
        event.add("uid", f"{reminder.key}@rapport")
        event.add("dtstamp", stamp)
        event.add("summary", reminder.summary)
        if reminder.description:
            event.add("description", reminder.description)
        event.add("dtstart", reminder.due)
        if reminder.rule:
            event.add("rrule", reminder.rule)
        calendar.add_component(event)
    return bytes(calendar.to_ical())
