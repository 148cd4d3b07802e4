"""Rules about contacts: names, cadence and overdue, birthdays, validation. Pure."""

from __future__ import annotations

import calendar
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from enum import StrEnum
from typing import Any

from networking_app.domain.vocabulary import DEFAULT_CADENCE_DAYS, Circle

# Deliberately permissive: one @, something before, a dotted domain after, no spaces.
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s.]+$")
_PHONE = re.compile(r"^\+?[\d\s().\-/]{3,}$")


def display_name(given: str, family: str, nickname: str = "") -> str:
    return " ".join(p for p in (given.strip(), family.strip()) if p) or nickname.strip()


def initials(name: str) -> str:
    """Up to two initials for the avatar: "Élodie Roux" → "ÉR"."""
    words = [w for w in re.split(r"[\s\-]+", name) if w]
    if not words:
        return "?"
    letters = words[0][0] + (words[-1][0] if len(words) > 1 else "")
    return letters.upper()


def effective_cadence(
    circle: Circle, override: int | None, cadences: dict[Circle, int] | None = None
) -> int | None:
    """Days between touches: the contact's override, else the circle's (None: to meet)."""
    if override:
        return override
    return (cadences or DEFAULT_CADENCE_DAYS).get(circle)


def next_due(
    last: date | datetime | None, created: date | datetime, cadence: int | None
) -> date | None:
    """When the next touch is due: a cadence after the day of the last interaction (or
    of the creation). Give local days: the board and the daily review must agree."""
    if cadence is None:
        return None
    base = last or created
    day = base.date() if isinstance(base, datetime) else base
    return day + timedelta(days=cadence)


def is_overdue(due: date | None, today: date) -> bool:
    return due is not None and due < today


class Field(StrEnum):
    NAME = "name"
    EMAIL = "email"
    PHONE = "phone"
    URL = "url"
    BIRTHDAY = "birthday"
    CADENCE = "cadence"
    RELATIONSHIP = "relationship"


class Problem(StrEnum):
    """Why a draft cannot be saved; the UI words each one in the user's language."""

    EMPTY_NAME = "empty_name"
    BAD_EMAIL = "bad_email"
    BAD_PHONE = "bad_phone"
    EMPTY_VALUE = "empty_value"
    IMPOSSIBLE_BIRTHDAY = "impossible_birthday"
    FUTURE_BIRTHDAY = "future_birthday"
    BAD_CADENCE = "bad_cadence"
    SELF_RELATIONSHIP = "self_relationship"
    BAD_STRENGTH = "bad_strength"


@dataclass(frozen=True)
class Finding:
    field: Field
    problem: Problem
    index: int = -1  # which method or relationship row, when it applies


def birthday_problem(
    day: int | None, month: int | None, year: int | None, today: date
) -> Problem | None:
    """31/02 is impossible; 29/02 needs a leap year when the year is known."""
    if day is None and month is None:
        return None if year is None else Problem.IMPOSSIBLE_BIRTHDAY
    if day is None or month is None or not 1 <= month <= 12:
        return Problem.IMPOSSIBLE_BIRTHDAY
    longest = calendar.monthrange(year if year else 2000, month)[1]  # 2000: a leap year
    if not 1 <= day <= longest:
        return Problem.IMPOSSIBLE_BIRTHDAY
    if year is not None and (year < 1900 or date(year, month, day) > today):
        return Problem.FUTURE_BIRTHDAY if year >= 1900 else Problem.IMPOSSIBLE_BIRTHDAY
    return None


@dataclass(frozen=True)
class MethodDraft:
    kind: str  # MethodKind value
    value: str
    label: str = ""
    preferred: bool = False


@dataclass(frozen=True)
class RelationshipDraft:
    other_id: int
    kind: str  # RelationshipKind value
    strength: int = 3


@dataclass(frozen=True)
class ContactDraft:
    """Everything the editor edits; ``id`` is None for a new contact."""

    id: int | None = None
    given_name: str = ""
    family_name: str = ""
    nickname: str = ""
    organisation: str = ""
    role: str = ""
    industry: str = ""
    function: str = ""
    city: str = ""
    circle: Circle = Circle.WEAK
    target_categories: tuple[str, ...] = ()
    channel: str | None = None
    introduced_by_id: int | None = None
    birthday_day: int | None = None
    birthday_month: int | None = None
    birthday_year: int | None = None
    cadence_days: int | None = None
    prep_notes: str = ""
    notes: str = ""
    methods: tuple[MethodDraft, ...] = ()
    tags: tuple[str, ...] = ()
    relationships: tuple[RelationshipDraft, ...] = ()
    photo: bytes | None = field(default=None, repr=False)

    @property
    def name(self) -> str:
        return display_name(self.given_name, self.family_name, self.nickname)


def validate(draft: ContactDraft, today: date) -> list[Finding]:
    """Every reason ``draft`` cannot be saved (empty when it can)."""
    found: list[Finding] = []
    if not draft.name:
        found.append(Finding(Field.NAME, Problem.EMPTY_NAME))
    for index, method in enumerate(draft.methods):
        value = method.value.strip()
        kind_field = Field(method.kind) if method.kind in ("email", "phone", "url") else Field.URL
        if not value:
            found.append(Finding(kind_field, Problem.EMPTY_VALUE, index))
        elif method.kind == "email" and not _EMAIL.match(value):
            found.append(Finding(Field.EMAIL, Problem.BAD_EMAIL, index))
        elif method.kind == "phone" and not _PHONE.match(value):
            found.append(Finding(Field.PHONE, Problem.BAD_PHONE, index))
    problem = birthday_problem(draft.birthday_day, draft.birthday_month, draft.birthday_year, today)
    if problem:
        found.append(Finding(Field.BIRTHDAY, problem))
    if draft.cadence_days is not None and not 1 <= draft.cadence_days <= 3650:
        found.append(Finding(Field.CADENCE, Problem.BAD_CADENCE))
    for index, link in enumerate(draft.relationships):
        if draft.id is not None and link.other_id == draft.id:
            found.append(Finding(Field.RELATIONSHIP, Problem.SELF_RELATIONSHIP, index))
        if not 1 <= link.strength <= 5:
            found.append(Finding(Field.RELATIONSHIP, Problem.BAD_STRENGTH, index))
    return found


def merge_fields(keep: Any, other: Any, fields: Sequence[str]) -> dict[str, Any]:
    """What folding ``other`` into ``keep`` changes (both read by attribute: drafts or
    rows): each of ``fields`` empty in ``keep`` is taken from ``other``; the birthday moves
    as a whole (mixing day and year could make 29/02/2023); notes are joined, never lost."""
    updates: dict[str, Any] = {}
    for name in fields:
        if getattr(keep, name) in (None, "") and getattr(other, name) not in (None, ""):
            updates[name] = getattr(other, name)
    if keep.birthday_month is None and other.birthday_month is not None:
        for part in ("birthday_day", "birthday_month", "birthday_year"):
            updates[part] = getattr(other, part)
    for name in ("notes", "prep_notes"):
        theirs = (getattr(other, name) or "").strip()
        if theirs and theirs not in getattr(keep, name):
            updates[name] = "\n\n".join(p for p in (getattr(keep, name).strip(), theirs) if p)
    return updates
