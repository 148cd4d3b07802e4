"""Contact CSV files: LinkedIn connections, Google Contacts, Outlook, Thunderbird, our own
export, and any other CSV through a column mapping (guessed, then confirmed by the user).
The table itself is found by :mod:`.csv_layout`; here its rows become contacts.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence
from datetime import date

from dateutil import parser as date_parser

from networking_app.domain.vocabulary import Channel, Circle, MethodKind
from networking_app.interchange.building import ContactBuilder, parse_iso_birthday
from networking_app.interchange.csv_layout import CsvLayout, Target, read_layout, table_rows
from networking_app.interchange.model import (
    FileKind,
    FileRefused,
    ImportedContact,
    ParseResult,
    Progress,
    Rejected,
    report,
)


def _neutralised(value: str) -> str:
    """Undo our own export's formula-injection guard ("'=…" back to "=…")."""
    if len(value) > 1 and value[0] == "'" and value[1] in "=+-@\t\r":
        return value[1:]
    return value


@functools.lru_cache(maxsize=16384)  # a network's dates repeat: parse each once
def _date(text: str, month_first: bool) -> date | None:
    text = text.strip()
    if not text or text in ("0/0/00", "00/00/0000"):
        return None
    try:
        parsed: date = date_parser.parse(text, dayfirst=not month_first).date()
    except (ValueError, OverflowError):
        return None
    return parsed


def _month_first(values: Sequence[str], default: bool) -> bool:
    """Whether d/m/y or m/d/y, from the values of the whole column."""
    for value in values:
        parts = re.split(r"[/.]", value.strip())
        if len(parts) == 3 and all(p.isdigit() for p in parts):
            if int(parts[0]) > 12:
                return False
            if int(parts[1]) > 12:
                return True
    return default


def read_csv(data: bytes, today: date, mapping: Sequence[Target] | None = None) -> ParseResult:
    """Contacts from a CSV, with ``mapping`` (one target per column) or the guessed one."""
    layout = read_layout(data)
    return read_rows(layout, today, mapping)


def read_rows(
    layout: CsvLayout,
    today: date,
    mapping: Sequence[Target] | None = None,
    progress: Progress | None = None,
) -> ParseResult:
    targets = list(mapping) if mapping is not None else layout.guessed
    if len(targets) != len(layout.header):
        raise ValueError("the mapping must give one target per column")
    result = ParseResult(FileKind.CSV, layout.format.name if layout.format else "CSV", notes=[])
    if layout.encoding_note:
        result.notes.append(layout.encoding_note)
    if not any(t is not Target.IGNORE for t in targets):
        raise FileRefused(layout.header_line, "no column is mapped to a contact field")
    rows = table_rows(layout)
    own = layout.format is not None and layout.format.name == "Rapport"
    date_columns = [i for i, t in enumerate(targets) if t in (Target.BIRTHDAY, Target.CONNECTED_ON)]
    default_month_first = layout.format.month_first if layout.format else False
    month_first = {
        i: _month_first([r[i] for _n, r in rows if i < len(r)], default_month_first)
        for i in date_columns
    }
    width = len(layout.header)
    for n, (line, row) in enumerate(rows):
        report(progress, n, len(rows))
        if not any(cell.strip() for cell in row):
            continue
        if len(row) > width and any(cell.strip() for cell in row[width:]):
            result.rejected.append(
                Rejected(line, f"{len(row)} values where the header names {width} columns")
            )
            continue
        b = ContactBuilder()
        connected: date | None = None
        by_year: dict[Target, str] = {}
        middle = ""
        for index, target in enumerate(targets):
            if target is Target.IGNORE or index >= len(row):
                continue
            value = row[index].strip()
            if own:
                value = _neutralised(value)
            if not value:
                continue
            header = layout.header[index].strip()
            if target is Target.GIVEN_NAME:
                b.given_name = value
            elif target is Target.MIDDLE_NAME:
                middle = value
            elif target is Target.FAMILY_NAME:
                b.family_name = value
            elif target is Target.FULL_NAME:
                b.full_name = value
            elif target is Target.NICKNAME:
                b.nickname = value
            elif target is Target.ORGANISATION:
                b.organisation = b.organisation or value
            elif target is Target.DEPARTMENT:
                b.function = b.function or value
            elif target is Target.ROLE:
                b.role = b.role or value
            elif target is Target.INDUSTRY:
                b.industry = value
            elif target is Target.CITY:
                b.city = b.city or value
            elif target in (Target.EMAIL, Target.PHONE):
                kind = MethodKind.EMAIL if target is Target.EMAIL else MethodKind.PHONE
                for part in re.split(r"\s*:::\s*", value):  # Google: several in one cell
                    b.add_method(kind, part, _column_label(header, kind))
            elif target is Target.URL:
                b.add_method(MethodKind.URL, value)
            elif target is Target.LINKEDIN:
                b.add_method(MethodKind.SOCIAL, value, "LinkedIn")
            elif target is Target.SOCIAL:
                b.add_method(MethodKind.SOCIAL, value, header)
            elif target is Target.BIRTHDAY:
                iso = parse_iso_birthday(value)
                parsed = _date(value, month_first[index]) if iso is None else None
                b.set_birthday(
                    iso or ((parsed.day, parsed.month, parsed.year) if parsed else None),
                    value,
                    today,
                )
            elif target in (Target.BIRTH_YEAR, Target.BIRTH_MONTH, Target.BIRTH_DAY):
                by_year[target] = value
            elif target is Target.NOTES:
                b.notes.append(value)
            elif target is Target.TAGS:
                b.tags.extend(
                    t for t in re.split(r"\s*(?::::|,|;)\s*", value) if t and not t.startswith("*")
                )
            elif target is Target.CONNECTED_ON:
                connected = _date(value, month_first[index])
                if connected is None:
                    b.notes.append(f"Connected on: {value}")
                    b.warnings.append(f"connection date {value!r} is not a date; kept in the notes")
            elif target is Target.CIRCLE and value in {c.value for c in Circle}:
                b.circle = value
            elif target is Target.CHANNEL and value in {c.value for c in Channel}:
                b.channel = value
        if middle:
            b.given_name = f"{b.given_name} {middle}".strip()
        if by_year:
            parts = [by_year.get(t, "") for t in (Target.BIRTH_DAY, Target.BIRTH_MONTH)]
            if all(p.isdigit() for p in parts):
                year = by_year.get(Target.BIRTH_YEAR, "")
                b.set_birthday(
                    (int(parts[0]), int(parts[1]), int(year) if year.isdigit() else None),
                    "/".join(p for p in (*parts, year) if p),
                    today,
                )
        if layout.format is not None and layout.format.name == "LinkedIn connections":
            b.channel = Channel.ONLINE.value
        draft, why = b.build(line)
        if draft is None:
            result.rejected.append(Rejected(line, why))
            continue
        result.contacts.append(ImportedContact(draft, line, connected, tuple(b.warnings)))
    if not result.contacts and not result.rejected:
        raise FileRefused(layout.header_line, "the table has a header but no rows")
    return result


def _column_label(header: str, kind: str) -> str:
    """ "Home Phone" → "home", "E-mail 2 Address" → "", "Mobile Number" → "mobile"."""
    words = [
        w
        for w in re.split(r"[\s\-_]+", header.lower())
        if w
        and not w.isdigit()
        and w
        not in (
            "e",
            "mail",
            "email",
            "e-mail",
            "address",
            "phone",
            "number",
            "value",
            "primary",
            "secondary",
            "1",
            "2",
            "3",
        )
    ]
    return " ".join(words)
