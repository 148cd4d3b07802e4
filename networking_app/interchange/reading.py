"""Which reader a file needs, from its name and its first bytes."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from pathlib import PurePath
from typing import Any

from networking_app.domain.vocabulary import Channel, Circle, MethodKind, split_values
from networking_app.interchange import json_backup
from networking_app.interchange.building import ContactBuilder
from networking_app.interchange.csv_layout import Target, read_layout
from networking_app.interchange.csv_reader import read_rows
from networking_app.interchange.model import (
    FileKind,
    FileRefused,
    ImportedContact,
    ParseResult,
    Progress,
    Rejected,
)
from networking_app.interchange.vcard_reader import read_vcard

SUFFIXES = {
    ".vcf": FileKind.VCARD,
    ".vcard": FileKind.VCARD,
    ".csv": FileKind.CSV,
    ".tsv": FileKind.CSV,
    ".txt": FileKind.CSV,
    ".json": FileKind.JSON,
}


def file_kind(name: str, data: bytes) -> FileKind:
    """By content first (a .csv may hold vCards), then by the file name's suffix."""
    head = data[:2000].lstrip(b"\xef\xbb\xbf\xff\xfe\x00 \r\n\t").upper().replace(b"\x00", b"")
    if json_backup.looks_like_backup(data):
        return FileKind.JSON
    if head.startswith((b"BEGIN:VCARD", b"VERSION:")):
        return FileKind.VCARD
    kind = SUFFIXES.get(PurePath(name).suffix.lower())
    if kind is None:
        raise FileRefused(
            1, "not a contact file Rapport reads (.vcf vCard, .csv, or a Rapport .json backup)"
        )
    return kind


def read_file(
    name: str,
    data: bytes,
    today: date,
    mapping: Sequence[Target] | None = None,
    progress: Progress | None = None,
) -> tuple[ParseResult, json_backup.Backup | None]:
    """The contacts of one file (and the backup itself for a Rapport JSON backup)."""
    if not data.strip(b"\x00 \r\n\t"):
        raise FileRefused(1, "the file is empty")
    kind = file_kind(name, data)
    if kind is FileKind.VCARD:
        return read_vcard(data, today, progress), None
    if kind is FileKind.CSV:
        return read_rows(read_layout(data), today, mapping, progress), None
    backup = json_backup.decode(data)
    return contacts_of_backup(backup, today), backup


def _text(value: Any) -> str:
    return value if isinstance(value, str) else ""


def contacts_of_backup(backup: json_backup.Backup, today: date) -> ParseResult:
    result = ParseResult(FileKind.JSON, "Rapport backup")
    for number, row, methods, tags in json_backup.contacts_from_backup(backup):
        b = ContactBuilder(
            given_name=_text(row.get("given_name")),
            family_name=_text(row.get("family_name")),
            nickname=_text(row.get("nickname")),
            organisation=_text(row.get("organisation")),
            role=_text(row.get("role")),
            industry=_text(row.get("industry")),
            function=_text(row.get("function")),
            city=_text(row.get("city")),
            prep_notes=_text(row.get("prep_notes")),
            tags=list(tags),
        )
        if _text(row.get("circle")) in {c.value for c in Circle}:
            b.circle = row["circle"]
        if _text(row.get("channel")) in {c.value for c in Channel}:
            b.channel = row["channel"]
        if isinstance(row.get("cadence_days"), int) and 1 <= row["cadence_days"] <= 3650:
            b.cadence_days = row["cadence_days"]
        b.target_categories = tuple(split_values(_text(row.get("target_categories"))))
        if _text(row.get("notes")):
            b.notes.append(row["notes"])
        photo = row.get("photo")
        b.photo = photo if isinstance(photo, bytes) else None
        day, month, year = (row.get(k) for k in ("birthday_day", "birthday_month", "birthday_year"))
        if isinstance(day, int) and isinstance(month, int):
            b.set_birthday(
                (day, month, year if isinstance(year, int) else None),
                f"{day}/{month}/{year or ''}",
                today,
            )
        for method in methods:
            kind = _text(method.get("kind"))
            if kind in {k.value for k in MethodKind}:
                b.add_method(
                    kind,
                    _text(method.get("value")),
                    _text(method.get("label")),
                    bool(method.get("preferred")),
                )
        draft, why = b.build(number)
        if draft is None:
            result.rejected.append(Rejected(number, f"contact {number}: {why}"))
        else:
            result.contacts.append(ImportedContact(draft, number, warnings=tuple(b.warnings)))
    return result
