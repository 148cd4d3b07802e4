"""Contact rules: names, cadence, birthdays and validation."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from networking_app.domain.contacts import (
    ContactDraft,
    Field,
    MethodDraft,
    Problem,
    RelationshipDraft,
    birthday_problem,
    effective_cadence,
    initials,
    is_overdue,
    next_due,
    validate,
)
from networking_app.domain.vocabulary import Circle

TODAY = date(2026, 11, 28)


def test_initials() -> None:
    assert initials("Élodie Roux") == "ÉR"
    assert initials("Ana-Lucía García Pérez") == "AP"
    assert initials("") == "?"


def test_cadence_and_overdue() -> None:
    assert effective_cadence(Circle.CLOSE, None) == 21
    assert effective_cadence(Circle.CLOSE, 7) == 7
    assert effective_cadence(Circle.TARGET, None) is None
    due = next_due(datetime(2026, 11, 1, 9), datetime(2020, 1, 1), 21)
    assert due == date(2026, 11, 22)
    assert is_overdue(due, TODAY) and not is_overdue(due, date(2026, 11, 22))
    assert next_due(None, datetime(2026, 11, 20), 21) == date(2026, 12, 11)


@pytest.mark.parametrize(
    ("day", "month", "year", "problem"),
    [
        (31, 2, None, Problem.IMPOSSIBLE_BIRTHDAY),
        (29, 2, None, None),
        (29, 2, 2024, None),
        (29, 2, 2023, Problem.IMPOSSIBLE_BIRTHDAY),
        (31, 4, 1990, Problem.IMPOSSIBLE_BIRTHDAY),
        (1, 13, None, Problem.IMPOSSIBLE_BIRTHDAY),
        (1, 1, 2030, Problem.FUTURE_BIRTHDAY),
        (None, None, 1990, Problem.IMPOSSIBLE_BIRTHDAY),
        (None, None, None, None),
        (12, 5, 1985, None),
    ],
)
def test_birthdays(
    day: int | None, month: int | None, year: int | None, problem: Problem | None
) -> None:
    assert birthday_problem(day, month, year, TODAY) == problem


def test_validation_findings() -> None:
    draft = ContactDraft(
        id=5,
        methods=(
            MethodDraft("email", "bob@"),
            MethodDraft("email", "ok@example.org"),
            MethodDraft("phone", "call me"),
            MethodDraft("url", " "),
        ),
        birthday_day=31,
        birthday_month=2,
        relationships=(RelationshipDraft(5, "knows"), RelationshipDraft(6, "knows", 9)),
        cadence_days=0,
    )
    found = {(f.field, f.problem, f.index) for f in validate(draft, TODAY)}
    assert found == {
        (Field.NAME, Problem.EMPTY_NAME, -1),
        (Field.EMAIL, Problem.BAD_EMAIL, 0),
        (Field.PHONE, Problem.BAD_PHONE, 2),
        (Field.URL, Problem.EMPTY_VALUE, 3),
        (Field.BIRTHDAY, Problem.IMPOSSIBLE_BIRTHDAY, -1),
        (Field.CADENCE, Problem.BAD_CADENCE, -1),
        (Field.RELATIONSHIP, Problem.SELF_RELATIONSHIP, 0),
        (Field.RELATIONSHIP, Problem.BAD_STRENGTH, 1),
    }
    assert validate(ContactDraft(nickname="Zoé"), TODAY) == []
