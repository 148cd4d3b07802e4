"""Turning loose fields read from a file into a valid contact draft.

Values our rules refuse (a phone written as a sentence, an impossible birthday) are not
dropped: they go to the notes, with a warning, so nothing the file held is lost.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from datetime import date

from networking_app.domain.contacts import (
    ContactDraft,
    MethodDraft,
    birthday_problem,
    display_name,
    validate,
)
from networking_app.domain.vocabulary import MethodKind

_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s.]+$")
_PHONE = re.compile(r"^\+?[\d\s().\-/]{3,}$")
_DATE = re.compile(r"^(\d{4})-?(\d{2})-?(\d{2})(?:T.*)?$")
_NO_YEAR = re.compile(r"^--(\d{2})-?(\d{2})$")

#: Calendar programs write these years for "year unknown" (Apple: 1604, others: 0 or 1).
UNKNOWN_YEARS = frozenset({0, 1, 1604})


def parse_iso_birthday(text: str) -> tuple[int, int, int | None] | None:
    """(day, month, year or None) from vCard date forms: 19800321, 1980-03-21, --0321,
    --03-21, 1953-10-15T23:10:00Z. None when it is not one of them."""
    text = text.strip()
    if match := _DATE.match(text):
        year, month, day = (int(g) for g in match.groups())
        return day, month, (None if year in UNKNOWN_YEARS or year < 1900 else year)
    if match := _NO_YEAR.match(text):
        month, day = (int(g) for g in match.groups())
        return day, month, None
    return None


@dataclass
class ContactBuilder:
    """Collects the fields of one contact as they are read, then checks them."""

    given_name: str = ""
    family_name: str = ""
    full_name: str = ""
    nickname: str = ""
    organisation: str = ""
    role: str = ""
    industry: str = ""
    function: str = ""
    city: str = ""
    channel: str | None = None
    circle: str = ""
    cadence_days: int | None = None
    target_categories: tuple[str, ...] = ()
    prep_notes: str = ""
    notes: list[str] = field(default_factory=list)
    methods: list[MethodDraft] = field(default_factory=list)
    tags: list[str] = field(default_factory=list)
    birthday: tuple[int, int, int | None] | None = None
    photo: bytes | None = None
    warnings: list[str] = field(default_factory=list)

    def add_method(self, kind: str, value: str, label: str = "", preferred: bool = False) -> None:
        value = value.strip()
        if not value:
            return
        if kind == MethodKind.PHONE and value.lower().startswith("tel:"):
            value = value[4:]
        if kind == MethodKind.EMAIL and value.lower().startswith("mailto:"):
            value = value[7:]
        ok = {
            MethodKind.EMAIL: _EMAIL.match(value) is not None,
            MethodKind.PHONE: _PHONE.match(value) is not None,
        }.get(MethodKind(kind), True)
        if not ok:
            what = "Email" if kind == MethodKind.EMAIL else "Phone"
            self.notes.append(f"{what}{f' ({label})' if label else ''}: {value}")
            self.warnings.append(f"{what.lower()} {value!r} is not valid; kept in the notes")
            return
        key = (kind, value.casefold())
        if any((m.kind, m.value.casefold()) == key for m in self.methods):
            return
        self.methods.append(MethodDraft(kind, value, label, preferred))

    def set_birthday_text(self, text: str, today: date) -> None:
        text = text.strip()
        if not text:
            return
        parsed = parse_iso_birthday(text)
        self.set_birthday(parsed, text, today)

    def set_birthday(
        self, parsed: tuple[int, int, int | None] | None, text: str, today: date
    ) -> None:
        if parsed is not None and birthday_problem(*parsed, today) is None:
            if self.birthday is None:
                self.birthday = parsed
            return
        if parsed is not None and parsed[2] is not None:
            # A real day with an unlikely year (born in the future, before 1900): keep the day.
            without_year = (parsed[0], parsed[1], None)
            if birthday_problem(*without_year, today) is None and self.birthday is None:
                self.birthday = without_year
                self.warnings.append(f"birthday {text!r}: year dropped")
                return
        self.notes.append(f"Birthday: {text}")
        self.warnings.append(f"birthday {text!r} is not a date; kept in the notes")

    def build(self, line: int) -> tuple[ContactDraft | None, str]:
        """The draft, or None and why it cannot be imported."""
        given, family = self.given_name.strip(), self.family_name.strip()
        nickname = self.nickname.strip()
        if not (given or family) and self.full_name.strip():
            words = self.full_name.split()
            given, family = (
                " ".join(words[:-1]) if len(words) > 1 else words[0],
                (words[-1] if len(words) > 1 else ""),
            )
        if not display_name(given, family, nickname):
            fallback = self.organisation.strip() or next(
                (m.value for m in self.methods if m.kind in (MethodKind.EMAIL, MethodKind.PHONE)),
                "",
            )
            if not fallback:
                return None, "no name, organisation, email or phone"
            nickname = fallback
        day, month, year = self.birthday or (None, None, None)
        notes = "\n\n".join(n.strip() for n in self.notes if n.strip())
        draft = ContactDraft(
            given_name=given,
            family_name=family,
            nickname=nickname,
            organisation=self.organisation.strip(),
            role=self.role.strip(),
            industry=self.industry.strip(),
            function=self.function.strip(),
            city=self.city.strip(),
            channel=self.channel,
            cadence_days=self.cadence_days,
            target_categories=self.target_categories,
            birthday_day=day,
            birthday_month=month,
            birthday_year=year,
            prep_notes=self.prep_notes,
            notes=notes,
            methods=tuple(_one_preferred(self.methods)),
            tags=tuple(dict.fromkeys(t.strip() for t in self.tags if t.strip())),
            photo=self.photo,
        )
        if self.circle:
            from networking_app.domain.vocabulary import Circle

            draft = replace(draft, circle=Circle(self.circle))
        findings = validate(draft, date.max)
        if findings:  # should not happen: every check above mirrors validate()
            return None, ", ".join(f"{f.field}: {f.problem}" for f in findings)
        return draft, ""


def _one_preferred(methods: list[MethodDraft]) -> list[MethodDraft]:
    seen: set[str] = set()
    out = []
    for m in methods:
        preferred = m.preferred and m.kind not in seen
        if preferred:
            seen.add(m.kind)
        out.append(m if preferred == m.preferred else replace(m, preferred=preferred))
    return out
