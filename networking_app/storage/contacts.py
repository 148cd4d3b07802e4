"""Contact queries and changes. Reads return dataclasses; writes run in one transaction."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from datetime import date, datetime

from networking_app.domain.board import ContactCard, search_text
from networking_app.domain.contacts import (
    display_name,
    effective_cadence,
    next_due,
)
from networking_app.domain.recurrence import LocalDays
from networking_app.domain.reminders import touch_due_shown
from networking_app.domain.text import fold
from networking_app.domain.vocabulary import Circle, split_values
from networking_app.storage import reminders
from networking_app.storage.interactions import give_ask_by_contact
from networking_app.storage.sql import rows, when


def _id_clause(column: str, ids: Sequence[int] | None) -> tuple[str, list[int]]:
    if ids is None:
        return "", []
    return f" AND {column} IN ({','.join('?' * len(ids))})", list(ids)


def _day(stored: str | None, local_days: LocalDays | None) -> date | None:
    if stored is None or local_days is None:
        return None
    return date.fromordinal(local_days.ordinal(str(stored)))


def load_cards(
    cadences: dict[Circle, int],
    ids: Sequence[int] | None = None,
    balance_since: datetime | None = None,
    local_days: LocalDays | None = None,
    country_code: str = "",
) -> list[ContactCard]:
    """Cards of the contacts not in the trash (only ``ids`` when given), in name order.

    With ``balance_since``, cards count the values given and asks made since then. With
    ``local_days``, the next touch is counted from the user's local day of the last
    interaction, as the daily review counts it (else from the stored UTC day). With
    ``country_code``, national phone numbers are also found in their international form.
    """
    where, params = _id_clause("c.id", ids)
    contacts = rows(
        "SELECT c.id, c.given_name, c.family_name, c.nickname, c.organisation, c.role,"
        " c.industry, c.function, c.city, c.circle, c.target_categories, c.channel,"
        " c.created_at, c.cadence_days, c.notes, c.prep_notes, c.photo IS NOT NULL"
        f" FROM contact c WHERE c.archived_at IS NULL{where}",
        params,
    )
    tags: dict[int, list[str]] = defaultdict(list)
    for contact_id, name in rows(
        "SELECT ct.contact_id, t.name FROM contact_tag ct JOIN tag t ON t.id = ct.tag_id"
        f" WHERE 1{_id_clause('ct.contact_id', ids)[0]} ORDER BY t.name",
        params,
    ):
        tags[contact_id].append(name)
    emails: dict[int, list[str]] = defaultdict(list)
    phones: dict[int, list[str]] = defaultdict(list)
    for contact_id, kind, value in rows(
        "SELECT contact_id, kind, value FROM contact_method"
        f" WHERE kind IN ('email', 'phone'){_id_clause('contact_id', ids)[0]}",
        params,
    ):
        (emails if kind == "email" else phones)[contact_id].append(value)
    last = dict(  # kept by triggers (migration 4): no grouping of every participation
        rows(
            "SELECT contact_id, occurred_at FROM contact_last_interaction"
            f" WHERE 1{_id_clause('contact_id', ids)[0]}",
            params,
        )
    )
    balances = give_ask_by_contact(balance_since, ids) if balance_since else {}
    touch_states = reminders.hidden_touches(ids)
    cards = []
    for (
        cid,
        given,
        family,
        nick,
        org,
        role,
        industry,
        function,
        city,
        circle,
        targets,
        channel,
        created,
        cadence,
        notes,
        prep,
        has_photo,
    ) in contacts:
        name = display_name(given, family, nick)
        circle = Circle(circle)
        last_at = when(last.get(cid))
        cards.append(
            ContactCard(
                id=cid,
                name=name,
                organisation=org,
                role=role,
                industry=industry,
                function=function,
                city=city,
                circle=circle,
                tags=tuple(tags.get(cid, ())),
                target_categories=tuple(split_values(targets)),
                channel=channel,
                last_interaction=last_at,
                due=touch_due_shown(
                    next_due(
                        _day(last.get(cid), local_days) or last_at,
                        _day(created, local_days) or when(created) or datetime.min,
                        effective_cadence(circle, cadence, cadences),
                    ),
                    touch_states.get(cid),
                ),
                has_photo=bool(has_photo),
                given_12m=balances.get(cid, (0, 0))[0],
                asked_12m=balances.get(cid, (0, 0))[1],
                search_text=search_text(
                    name,
                    nick,
                    org,
                    role,
                    industry,
                    function,
                    city,
                    notes,
                    prep,
                    *tags.get(cid, ()),
                    *emails.get(cid, ()),
                    phones=phones.get(cid, ()),
                    country_code=country_code,
                ),
                sort_name=fold(name),
            )
        )
    cards.sort(key=lambda c: c.sort_name)
    return cards


def photo(contact_id: int) -> bytes | None:
    row = rows("SELECT photo FROM contact WHERE id = ?", (contact_id,))
    return bytes(row[0][0]) if row and row[0][0] is not None else None


# -- lookups for pickers and filters --------------------------------------------------------


def tag_names() -> list[str]:
    return [r[0] for r in rows("SELECT name FROM tag ORDER BY name COLLATE NOCASE")]


def distinct_values(column: str) -> list[str]:
    if column not in ("industry", "city", "organisation", "function"):
        raise ValueError(column)
    return [
        r[0]
        for r in rows(
            f"SELECT DISTINCT {column} FROM contact WHERE {column} <> '' AND archived_at IS NULL"
            f" ORDER BY {column} COLLATE NOCASE"
        )
    ]


def contact_choices() -> list[tuple[int, str]]:
    """(id, name) of every contact not in the trash, by name: for pickers."""
    choices = [
        (cid, display_name(g, f, n))
        for cid, g, f, n in rows(
            "SELECT id, given_name, family_name, nickname FROM contact WHERE archived_at IS NULL"
        )
    ]
    return sorted(choices, key=lambda r: fold(r[1]))
