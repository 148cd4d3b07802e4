"""Interactions: saving, deleting (with a snapshot for undo) and the timeline's pages.

The timeline is read page by page with keyset pagination on (occurred_at, id), so opening
it costs one small indexed query whatever the size of the table.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from typing import Any

from networking_app.domain.contacts import display_name
from networking_app.domain.interactions import (
    InteractionDraft,
    TimelineEntry,
    TimelineFilter,
)
from networking_app.domain.text import fold, typed_forms
from networking_app.domain.vocabulary import Direction, InteractionKind, join_values, split_values
from networking_app.storage.models import Interaction, InteractionParticipant, db
from networking_app.storage.sql import rows, when

ToUtc = Callable[[datetime], datetime]

_COLUMNS = (
    "i.id, i.occurred_at, i.kind, i.direction, i.summary, i.notes, i.values_given, i.ask,"
    " i.ask_outcome, i.response_state, i.next_step, i.next_step_due, i.next_step_done_at"
)


def _fields(draft: InteractionDraft, now: datetime) -> dict[str, Any]:
    return dict(
        occurred_at=draft.occurred_at.replace(microsecond=0),
        kind=draft.kind.value,
        direction=draft.direction.value,
        summary=draft.summary.strip(),
        notes=draft.notes,
        values_given=join_values(draft.values_given),
        ask=draft.ask.strip(),
        ask_outcome=draft.ask_outcome if draft.ask.strip() else None,
        response_state=draft.response_state if draft.direction is Direction.OUTREACH else None,
        responded_at=draft.responded_at,
        next_step=draft.next_step.strip(),
        next_step_due=draft.next_step_due,
        next_step_done_at=draft.next_step_done_at,
        updated_at=now,
    )


def save_interaction(draft: InteractionDraft, now: datetime) -> int:
    """Insert or update, with its participants, in one transaction."""
    with db.atomic():
        if draft.id is None:
            interaction_id = Interaction.insert(created_at=now, **_fields(draft, now)).execute()
        else:
            interaction_id = draft.id
            Interaction.update(**_fields(draft, now)).where(
                Interaction.id == interaction_id
            ).execute()
            InteractionParticipant.delete().where(
                InteractionParticipant.interaction == interaction_id
            ).execute()
        _link_people(int(interaction_id), draft.contact_ids)
    return int(interaction_id)


def _link_people(interaction_id: int, contact_ids: Sequence[int]) -> None:
    """Attach the people who still exist: an undo may replay an entry whose contact was
    merged away or purged since, and must not fail on it."""
    ids = list(dict.fromkeys(contact_ids))
    if ids:
        db.execute_sql(
            "INSERT INTO interaction_participant (interaction_id, contact_id)"
            f" SELECT ?, id FROM contact WHERE id IN ({','.join('?' * len(ids))})",
            [interaction_id, *ids],
        )
    # Replacing the people noted it as left with nobody (migration 5), for a moment.
    db.execute_sql(
        "DELETE FROM interaction_unlinked WHERE interaction_id = ? AND EXISTS"
        " (SELECT 1 FROM interaction_participant WHERE interaction_id = ?)",
        (interaction_id, interaction_id),
    )


def load_interaction(interaction_id: int) -> InteractionDraft:
    i = Interaction.get_by_id(interaction_id)
    contact_ids = tuple(
        r[0]
        for r in rows(
            "SELECT contact_id FROM interaction_participant WHERE interaction_id = ?"
            " ORDER BY contact_id",
            (interaction_id,),
        )
    )
    return InteractionDraft(
        id=i.id,
        contact_ids=contact_ids,
        occurred_at=i.occurred_at,
        kind=InteractionKind(i.kind),
        direction=Direction(i.direction),
        summary=i.summary,
        notes=i.notes,
        values_given=tuple(split_values(i.values_given)),
        ask=i.ask,
        ask_outcome=i.ask_outcome,
        response_state=i.response_state,
        responded_at=i.responded_at,
        next_step=i.next_step,
        next_step_due=i.next_step_due,
        next_step_done_at=i.next_step_done_at,
    )


@dataclass(frozen=True)
class DeletedInteraction:
    """A deleted interaction as it was, timestamps included: what undo puts back."""

    draft: InteractionDraft
    created_at: datetime
    updated_at: datetime


def delete_interaction(interaction_id: int) -> DeletedInteraction:
    """Delete and return what it was, so that undo can put it back with the same id."""
    with db.atomic():
        snapshot = load_interaction(interaction_id)
        created, updated = rows(
            "SELECT created_at, updated_at FROM interaction WHERE id = ?", (interaction_id,)
        )[0]
        Interaction.delete().where(Interaction.id == interaction_id).execute()
    return DeletedInteraction(
        snapshot, datetime.fromisoformat(created), datetime.fromisoformat(updated)
    )


def restore_interaction(deleted: DeletedInteraction) -> int:
    """Put a deleted interaction back as it was: same id, people and timestamps (undo
    is not an edit)."""
    draft = deleted.draft
    with db.atomic():
        Interaction.insert(
            id=draft.id, created_at=deleted.created_at, **_fields(draft, deleted.updated_at)
        ).execute()
        _link_people(int(draft.id or 0), draft.contact_ids)
    return int(draft.id or 0)


def set_next_step_done(interaction_id: int, done_at: datetime | None) -> None:
    Interaction.update(next_step_done_at=done_at).where(Interaction.id == interaction_id).execute()


# -- the timeline ----------------------------------------------------------------------------


def _where(flt: TimelineFilter, to_utc: ToUtc) -> tuple[list[str], list[Any]]:
    clauses: list[str] = []
    params: list[Any] = []
    if flt.contact_id is not None:
        clauses.append(
            "i.id IN (SELECT interaction_id FROM interaction_participant WHERE contact_id = ?)"
        )
        params.append(flt.contact_id)
    if flt.circle:
        clauses.append(
            "i.id IN (SELECT p.interaction_id FROM interaction_participant p"
            " JOIN contact c ON c.id = p.contact_id WHERE c.circle = ?)"
        )
        params.append(flt.circle)
    if flt.tag:
        clauses.append(
            "i.id IN (SELECT p.interaction_id FROM interaction_participant p"
            " JOIN contact_tag ct ON ct.contact_id = p.contact_id"
            " JOIN tag t ON t.id = ct.tag_id WHERE t.name = ?)"
        )
        params.append(flt.tag)
    if flt.kind:
        clauses.append("i.kind = ?")
        params.append(flt.kind)
    if flt.since is not None:  # local midnight, stored as UTC
        clauses.append("i.occurred_at >= ?")
        params.append(str(to_utc(datetime.combine(flt.since, time()))))
    if flt.until is not None:
        clauses.append("i.occurred_at < ?")
        params.append(str(to_utc(datetime.combine(flt.until + timedelta(days=1), time()))))
    if flt.values_given:
        clauses.append("i.values_given <> ''")
    if flt.asks:
        clauses.append("i.ask <> ''")
    if flt.open_next_steps:
        clauses.append("i.next_step <> '' AND i.next_step_done_at IS NULL")
    words = flt.text.split()
    if words:
        # Each word as a prefix, in any indexed column; quotes keep FTS syntax inert. The
        # index strips accents but keeps letters like œ, ø, ß whole, so each word is also
        # searched as typed ("cœur") besides folded ("coeur"), and "coeur" also as "cœur".
        def alternatives(word: str) -> str:
            folded = fold(word)
            forms = dict.fromkeys((word.lower(), folded, *typed_forms(folded)))
            quoted = ['"' + form.replace('"', '""') + '"*' for form in forms if form]
            return quoted[0] if len(quoted) == 1 else "(" + " OR ".join(quoted) + ")"

        match = " AND ".join(alternatives(word) for word in words)  # FTS5 needs the AND
        clauses.append(
            "i.id IN (SELECT rowid FROM interaction_search WHERE interaction_search MATCH ?)"
        )
        params.append(match)
    return clauses, params


def _same(moment: datetime) -> datetime:
    return moment


def timeline_page(
    flt: TimelineFilter,
    after: tuple[datetime, int] | None,
    limit: int,
    to_utc: ToUtc = _same,
) -> list[TimelineEntry]:
    """Up to ``limit`` entries older than ``after`` (newest first).

    ``to_utc`` turns the filter's local day boundaries into stored UTC times.
    """
    clauses, params = _where(flt, to_utc)
    if after is not None:
        clauses.append("(i.occurred_at, i.id) < (?, ?)")
        params += [str(after[0]), after[1]]
    where = " WHERE " + " AND ".join(clauses) if clauses else ""
    found = rows(
        f"SELECT {_COLUMNS} FROM interaction i{where}"
        " ORDER BY i.occurred_at DESC, i.id DESC LIMIT ?",
        [*params, limit],
    )
    people = _participants([r[0] for r in found])
    return [
        TimelineEntry(
            id=r[0],
            occurred_at=when(r[1]) or datetime.min,
            kind=r[2],
            direction=r[3],
            summary=r[4],
            notes=r[5],
            values_given=tuple(split_values(r[6])),
            ask=r[7],
            ask_outcome=r[8],
            response_state=r[9],
            next_step=r[10],
            next_step_due=date.fromisoformat(r[11]) if r[11] else None,
            next_step_done_at=when(r[12]),
            participants=people.get(r[0], ()),
        )
        for r in found
    ]


def _participants(ids: Sequence[int]) -> dict[int, tuple[tuple[int, str], ...]]:
    if not ids:
        return {}
    found: dict[int, list[tuple[int, str]]] = defaultdict(list)
    for iid, cid, g, f, n in rows(
        "SELECT p.interaction_id, c.id, c.given_name, c.family_name, c.nickname"
        " FROM interaction_participant p JOIN contact c ON c.id = p.contact_id"
        f" WHERE p.interaction_id IN ({','.join('?' * len(ids))})"
        " ORDER BY c.given_name, c.family_name",
        list(ids),
    ):
        found[iid].append((cid, display_name(g, f, n)))
    return {k: tuple(v) for k, v in found.items()}


# -- what the timeline tells about one contact ------------------------------------------------


@dataclass(frozen=True)
class OpenNextStep:
    interaction_id: int
    text: str
    due: date | None
    occurred_at: datetime


def open_next_steps(contact_id: int | None = None, limit: int = 50) -> list[OpenNextStep]:
    """Next steps not done yet, the earliest due first (undated last)."""
    where, params = "", []
    if contact_id is not None:
        where = (
            " AND i.id IN (SELECT interaction_id FROM interaction_participant WHERE contact_id = ?)"
        )
        params.append(contact_id)
    return [
        OpenNextStep(iid, text, date.fromisoformat(due) if due else None, when(at) or datetime.min)
        for iid, text, due, at in rows(
            "SELECT i.id, i.next_step, i.next_step_due, i.occurred_at FROM interaction i"
            f" WHERE i.next_step <> '' AND i.next_step_done_at IS NULL{where}"
            " ORDER BY i.next_step_due IS NULL, i.next_step_due, i.occurred_at LIMIT ?",
            [*params, limit],
        )
    ]


def give_ask_rows(contact_id: int) -> list[tuple[datetime, str, str]]:
    return [
        (when(at) or datetime.min, values, ask)
        for at, values, ask in rows(
            "SELECT i.occurred_at, i.values_given, i.ask FROM interaction i"
            " JOIN interaction_participant p ON p.interaction_id = i.id WHERE p.contact_id = ?",
            (contact_id,),
        )
    ]


def outreach_rows(contact_id: int) -> list[tuple[datetime, str | None, datetime | None]]:
    return [
        (when(at) or datetime.min, state, when(responded))
        for at, state, responded in rows(
            "SELECT i.occurred_at, i.response_state, i.responded_at FROM interaction i"
            " JOIN interaction_participant p ON p.interaction_id = i.id"
            " WHERE p.contact_id = ? AND i.direction = 'outreach'",
            (contact_id,),
        )
    ]


def give_ask_by_contact(
    since: datetime, ids: Sequence[int] | None = None
) -> dict[int, tuple[int, int]]:
    """(values given, asks) per contact since ``since``: the board's small balance marker."""
    only = ""
    params: list[Any] = [str(since)]
    if ids is not None:
        only = f" AND p.contact_id IN ({','.join('?' * len(ids))})"
        params += list(ids)
    found: dict[int, tuple[int, int]] = {}
    for cid, values, asks in rows(
        "SELECT p.contact_id,"
        " SUM(CASE WHEN i.values_given = '' THEN 0 ELSE"
        "  LENGTH(i.values_given) - LENGTH(REPLACE(i.values_given, ',', '')) + 1 END),"
        " SUM(i.ask <> '')"
        " FROM interaction i JOIN interaction_participant p ON p.interaction_id = i.id"
        f" WHERE i.occurred_at >= ? AND (i.values_given <> '' OR i.ask <> ''){only}"
        " GROUP BY p.contact_id",
        params,
    ):
        found[cid] = (int(values or 0), int(asks or 0))
    return found
