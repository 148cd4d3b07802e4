"""What the exports read: contacts with their methods and tags, birthdays, next steps."""

from __future__ import annotations

from datetime import date, datetime

from networking_app.domain.contacts import ContactDraft, MethodDraft, display_name
from networking_app.storage.importing import DRAFT_COLUMNS, draft_values
from networking_app.storage.sql import rows, when


def exported_contacts() -> list[tuple[str, ContactDraft, datetime | None]]:
    """(uid, draft, updated) of every contact not in the trash, by name (three queries,
    whatever the number of contacts)."""
    methods: dict[int, list[MethodDraft]] = {}
    for cid, kind, value, label, preferred in rows(
        "SELECT contact_id, kind, value, label, preferred FROM contact_method ORDER BY id"
    ):
        methods.setdefault(cid, []).append(MethodDraft(kind, value, label, bool(preferred)))
    tags: dict[int, list[str]] = {}
    for cid, name in rows(
        "SELECT ct.contact_id, t.name FROM contact_tag ct JOIN tag t ON t.id = ct.tag_id"
        " ORDER BY t.name COLLATE NOCASE"
    ):
        tags.setdefault(cid, []).append(name)
    out = []
    for row in rows(
        f"SELECT id, uid, updated_at, {', '.join(DRAFT_COLUMNS)} FROM contact"
        " WHERE archived_at IS NULL"
        " ORDER BY family_name COLLATE NOCASE, given_name COLLATE NOCASE, id"
    ):
        cid, uid, updated = row[:3]
        values = draft_values(row[3:])
        draft = ContactDraft(
            id=cid, methods=tuple(methods.get(cid, ())), tags=tuple(tags.get(cid, ())), **values
        )
        out.append((uid, draft, when(updated)))
    return out


def birthdays() -> list[tuple[str, str, int, int, int | None]]:
    return [
        (uid, display_name(g, f, n), day, month, year)
        for uid, g, f, n, day, month, year in rows(
            "SELECT uid, given_name, family_name, nickname, birthday_day, birthday_month,"
            " birthday_year FROM contact WHERE archived_at IS NULL"
            " AND birthday_day IS NOT NULL AND birthday_month IS NOT NULL ORDER BY id"
        )
    ]


def open_next_steps(since: date) -> list[tuple[int, str, str, date, str]]:
    """(interaction id, next step, summary, due, names) of next steps not done, due since
    ``since`` (the calendar export asks for every one: overdue steps are still to do)."""
    return [
        (iid, step, summary, date.fromisoformat(str(due)[:10]), names or "")
        for iid, step, summary, due, names in rows(
            "SELECT i.id, i.next_step, i.summary, i.next_step_due,"
            " (SELECT group_concat(trim(c.given_name || ' ' || c.family_name), ', ')"
            "  FROM interaction_participant p JOIN contact c ON c.id = p.contact_id"
            "  WHERE p.interaction_id = i.id)"
            " FROM interaction i WHERE i.next_step_due IS NOT NULL"
            " AND i.next_step_done_at IS NULL AND i.next_step_due >= ? ORDER BY i.next_step_due",
            (since.isoformat(),),
        )
    ]
