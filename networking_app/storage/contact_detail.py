"""What the detail panel shows about one contact."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from networking_app.domain.contacts import ContactDraft, display_name
from networking_app.storage.contact_editing import load_draft
from networking_app.storage.sql import rows, when

# -- detail panel ------------------------------------------------------------------------------


@dataclass(frozen=True)
class LinkedContact:
    id: int
    name: str
    kind: str
    strength: int


@dataclass(frozen=True)
class RecentInteraction:
    occurred_at: datetime
    kind: str
    summary: str


@dataclass(frozen=True)
class ContactDetail:
    draft: ContactDraft
    introduced_by: str
    links: tuple[LinkedContact, ...]
    recent: tuple[RecentInteraction, ...]


def contact_detail(contact_id: int, recent: int = 5) -> ContactDetail:
    """The contact's profile, relationships (both ways) and latest interactions."""
    draft = load_draft(contact_id)
    introducer = ""
    if draft.introduced_by_id is not None:
        found = rows(
            "SELECT given_name, family_name, nickname FROM contact WHERE id = ?",
            (draft.introduced_by_id,),
        )
        introducer = display_name(*found[0]) if found else ""
    links = tuple(
        LinkedContact(oid, display_name(g, f, n), kind, strength)
        for oid, g, f, n, kind, strength in rows(
            "SELECT c.id, c.given_name, c.family_name, c.nickname, r.kind, MAX(r.strength)"
            " FROM relationship r JOIN contact c ON c.id = CASE WHEN r.source_id = ?1"
            " THEN r.other_id ELSE r.source_id END"
            " WHERE (r.source_id = ?1 OR r.other_id = ?1) AND c.archived_at IS NULL"
            " GROUP BY c.id, r.kind ORDER BY MAX(r.strength) DESC, c.given_name",
            (contact_id,),
        )
    )
    latest = tuple(
        RecentInteraction(when(at) or datetime.min, kind, summary)
        for at, kind, summary in rows(
            "SELECT i.occurred_at, i.kind, i.summary FROM interaction i"
            " JOIN interaction_participant p ON p.interaction_id = i.id"
            " WHERE p.contact_id = ? ORDER BY i.occurred_at DESC LIMIT ?",
            (contact_id, recent),
        )
    )
    return ContactDetail(draft, introducer, links, latest)
