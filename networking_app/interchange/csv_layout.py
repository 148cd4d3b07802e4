"""The table inside a contact CSV: its delimiter, where the header is (LinkedIn puts
notes before it), which known format it is, and a guessed field for each column."""

from __future__ import annotations

import csv
import io
import re
from dataclasses import dataclass, field
from enum import StrEnum

from networking_app.interchange.encoding import decode_text
from networking_app.interchange.model import FileRefused

csv.field_size_limit(10_000_000)


class Target(StrEnum):
    """What a CSV column can hold."""

    IGNORE = ""
    GIVEN_NAME = "given_name"
    MIDDLE_NAME = "middle_name"
    FAMILY_NAME = "family_name"
    FULL_NAME = "full_name"
    NICKNAME = "nickname"
    ORGANISATION = "organisation"
    DEPARTMENT = "department"
    ROLE = "role"
    INDUSTRY = "industry"
    CITY = "city"
    EMAIL = "email"
    PHONE = "phone"
    URL = "url"
    LINKEDIN = "linkedin"
    SOCIAL = "social"
    BIRTHDAY = "birthday"
    BIRTH_YEAR = "birth_year"
    BIRTH_MONTH = "birth_month"
    BIRTH_DAY = "birth_day"
    NOTES = "notes"
    TAGS = "tags"
    CONNECTED_ON = "connected_on"
    CIRCLE = "circle"
    CHANNEL = "channel"


_EXACT: dict[str, Target] = {
    **dict.fromkeys(
        ["first name", "given name", "firstname", "prénom", "prenom"], Target.GIVEN_NAME
    ),
    **dict.fromkeys(["middle name", "additional name", "middle names"], Target.MIDDLE_NAME),
    **dict.fromkeys(
        ["last name", "family name", "surname", "lastname", "nom de famille"], Target.FAMILY_NAME
    ),
    **dict.fromkeys(["name", "display name", "full name", "nom", "nom complet"], Target.FULL_NAME),
    **dict.fromkeys(["nickname", "surnom", "screen name"], Target.NICKNAME),
    **dict.fromkeys(
        [
            "company",
            "organization",
            "organisation",
            "organization 1 - name",
            "organization name",
            "société",
            "entreprise",
            "employer",
        ],
        Target.ORGANISATION,
    ),
    **dict.fromkeys(
        ["department", "organization 1 - department", "organization department", "service"],
        Target.DEPARTMENT,
    ),
    **dict.fromkeys(
        [
            "position",
            "job title",
            "organization 1 - title",
            "organization title",
            "role",
            "poste",
            "fonction",
        ],
        Target.ROLE,
    ),
    **dict.fromkeys(["industry", "secteur"], Target.INDUSTRY),
    **dict.fromkeys(
        ["city", "home city", "work city", "business city", "address 1 - city", "ville"],
        Target.CITY,
    ),
    **dict.fromkeys(
        [
            "url",
            "web page",
            "website",
            "web page 1",
            "web page 2",
            "personal web page",
            "website 1 - value",
            "site web",
        ],
        Target.URL,
    ),
    **dict.fromkeys(["linkedin", "linkedin url", "profile url"], Target.LINKEDIN),
    **dict.fromkeys(
        ["birthday", "birth date", "date of birth", "anniversaire", "date de naissance"],
        Target.BIRTHDAY,
    ),
    "birth year": Target.BIRTH_YEAR,
    "birth month": Target.BIRTH_MONTH,
    "birth day": Target.BIRTH_DAY,
    **dict.fromkeys(["notes", "note", "comments", "commentaires"], Target.NOTES),
    **dict.fromkeys(
        ["labels", "group membership", "categories", "tags", "étiquettes"], Target.TAGS
    ),
    "connected on": Target.CONNECTED_ON,
    "circle": Target.CIRCLE,
    "channel": Target.CHANNEL,
}
_SOCIAL_WORDS = ("im ", "skype", "jabber", "twitter", "msn", "yahoo", "icq", "aim")


def guess_target(header: str) -> Target:
    """The field a column most likely holds, from its header (any language we know)."""
    text = " ".join(header.strip().lower().replace("_", " ").split())
    if text in _EXACT:
        return _EXACT[text]
    if any(word in text for word in ("type", "label", "display")):
        return Target.IGNORE
    if "mail" in text or "courriel" in text:
        return Target.EMAIL
    if any(word in text for word in ("phone", "mobile", "fax", "pager", "téléphone", "tel")):
        return Target.PHONE
    if text.startswith(_SOCIAL_WORDS) or "linkedin" in text:
        return Target.LINKEDIN if "linkedin" in text else Target.SOCIAL
    if "web" in text or "url" in text:
        return Target.URL
    return Target.IGNORE


@dataclass(frozen=True)
class CsvFormat:
    name: str  # shown to the user: "LinkedIn connections", …
    signature: frozenset[str]  # lower-case headers that must all be present
    month_first: bool = False  # 03/04/1980 is 4 March (Outlook, US) rather than 3 April


FORMATS = (
    CsvFormat("Rapport", frozenset({"first name", "last name", "circle", "channel"})),
    CsvFormat("LinkedIn connections", frozenset({"first name", "last name", "connected on"})),
    CsvFormat("Google Contacts", frozenset({"given name", "family name", "e-mail 1 - value"})),
    CsvFormat("Google Contacts", frozenset({"first name", "last name", "e-mail 1 - value"})),
    CsvFormat("Outlook", frozenset({"e-mail address", "e-mail 2 address"}), month_first=True),
    CsvFormat("Outlook", frozenset({"first name", "last name", "business phone"}), True),
    CsvFormat("Thunderbird", frozenset({"primary email", "display name", "first name"})),
)


@dataclass
class CsvLayout:
    """Where the table starts in the text and how its columns are read."""

    text: str
    header_line: int  # 1-based line of the header row
    header: list[str]
    delimiter: str
    format: CsvFormat | None
    guessed: list[Target]
    encoding_note: str = ""
    samples: list[list[str]] = field(default_factory=list)

    @property
    def known(self) -> bool:
        return self.format is not None


def _delimiter(line: str) -> str:
    counts = {d: line.count(d) for d in (",", ";", "\t")}
    return max(counts, key=lambda d: counts[d])


def read_layout(data: bytes) -> CsvLayout:
    """Find the header row (after LinkedIn's "Notes:" preamble), the delimiter, the
    format and a guessed mapping. Raises :class:`FileRefused` when there is no table."""
    text, guessed_encoding = decode_text(data)
    lines = text.splitlines()
    found = _known_header(lines) or _plain_header(lines)
    if found is not None:
        index, delimiter, header, targets = found
        lowered = {" ".join(h.strip().lower().split()) for h in header}
        fmt = next((f for f in FORMATS if f.signature <= lowered), None)
        if "job title" in lowered and "title" in lowered:  # Outlook: Title is Mr./Ms.
            targets = [
                Target.IGNORE if h.strip().lower() == "title" else t
                for h, t in zip(header, targets, strict=True)
            ]
        if fmt and fmt.name == "LinkedIn connections":
            targets = [Target.LINKEDIN if t is Target.URL else t for t in targets]
        layout = CsvLayout(
            text="\n".join(lines[index:]) if "\r" not in text else _tail(text, index),
            header_line=index + 1,
            header=header,
            delimiter=delimiter,
            format=fmt,
            guessed=targets,
            encoding_note=f"encoding recognised as {guessed_encoding}" if guessed_encoding else "",
        )
        layout.samples = [row for _line, row in table_rows(layout)][:20]
        if fmt is None:  # known layouts are read by their headers only
            layout.guessed = _guess_from_values(layout.guessed, layout.samples)
        return layout
    raise FileRefused(
        1,
        "no header row: the first line of the table must name its columns"
        " (for example First Name, Last Name, Email)",
    )


_EMAIL_VALUE = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s.]+$")
_PHONE_VALUE = re.compile(r"^\+?[\d\s().\-/]{6,}$")
_DATE_VALUE = re.compile(r"^(\d{1,2}[/.\-]\d{1,2}[/.\-]\d{2,4}|\d{4}-\d{1,2}-\d{1,2})$")


def _guess_from_values(targets: list[Target], samples: list[list[str]]) -> list[Target]:
    """Columns whose header says nothing but whose values are all emails (or phones)."""
    out = list(targets)
    for i, target in enumerate(targets):
        if target is not Target.IGNORE:
            continue
        values = [row[i].strip() for row in samples if i < len(row) and row[i].strip()]
        if values and all(_EMAIL_VALUE.match(v) for v in values):
            out[i] = Target.EMAIL
        elif values and all(_DATE_VALUE.match(v) for v in values):
            out[i] = Target.BIRTHDAY if Target.BIRTHDAY not in out else Target.IGNORE
        elif values and all(_PHONE_VALUE.match(v) for v in values):
            out[i] = Target.PHONE
    return out


_Header = tuple[int, str, list[str], list[Target]]


def _split_line(line: str) -> tuple[str, list[str]] | None:
    delimiter = _delimiter(line)
    try:
        return delimiter, next(csv.reader([line], delimiter=delimiter))
    except (csv.Error, StopIteration):
        return None


def _known_header(lines: list[str]) -> _Header | None:
    """The first line naming at least two fields we know (after any preamble)."""
    for index, line in enumerate(lines[:40]):
        split = _split_line(line) if line.strip() else None
        if split is None:
            continue
        delimiter, header = split
        targets = [guess_target(h) for h in header]
        mapped = [t for t in targets if t is not Target.IGNORE]
        if len(set(mapped)) >= 2 or (len(header) >= 2 and len(mapped) == len(header)):
            return index, delimiter, header, targets
    return None


def _plain_header(lines: list[str]) -> _Header | None:
    """A first line that reads as column names we do not know (every cell a distinct
    word-like label, no number, no address): the user maps them."""
    for index, line in enumerate(lines[:40]):
        if not line.strip():
            continue
        split = _split_line(line)
        if split is None:
            return None
        delimiter, header = split
        cells = [h.strip() for h in header]
        looks_like_names = (
            len(cells) >= 2
            and all(cells)
            and len(set(cells)) == len(cells)
            and not any(c.isdigit() or "@" in c or len(c) > 40 for c in cells)
        )
        if not looks_like_names:
            return None
        return index, delimiter, header, [guess_target(h) for h in header]
    return None


def _tail(text: str, index: int) -> str:
    """The text from line ``index`` on, keeping CR/LF inside quoted fields as they are."""
    position = 0
    for _ in range(index):
        match = re.compile(r"\r\n|\n|\r").search(text, position)
        if match is None:
            return ""
        position = match.end()
    return text[position:]


def table_rows(layout: CsvLayout) -> list[tuple[int, list[str]]]:
    reader = csv.reader(io.StringIO(layout.text, newline=""), delimiter=layout.delimiter)
    out: list[tuple[int, list[str]]] = []
    next_line = layout.header_line
    try:
        for row in reader:
            start = next_line
            next_line = layout.header_line + reader.line_num
            if start == layout.header_line:
                continue  # the header itself
            out.append((start, row))
    except csv.Error as exc:
        raise FileRefused(next_line, f"the CSV is malformed: {exc}") from None
    return out
