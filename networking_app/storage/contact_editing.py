"""Changing contacts: the editor's save, circles, the trash and merging. One transaction each."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime

from networking_app.domain.contacts import (
    ContactDraft,
    MethodDraft,
    RelationshipDraft,
    display_name,
    merge_fields,
)
from networking_app.domain.text import fold
from networking_app.domain.vocabulary import Circle, join_values, split_values
from networking_app.storage.models import Contact, ContactMethod, ContactTag, Relationship, Tag, db
from networking_app.storage.sql import rows, when

# -- the editor ----------------------------------------------------------------------------


def load_draft(contact_id: int) -> ContactDraft:
    c = Contact.get_by_id(contact_id)
    methods = tuple(
        MethodDraft(kind, value, label, bool(preferred))
        for kind, value, label, preferred in rows(
            "SELECT kind, value, label, preferred FROM contact_method WHERE contact_id = ?"
            " ORDER BY id",
            (contact_id,),
        )
    )
    tags = tuple(
        r[0]
        for r in rows(
            "SELECT t.name FROM tag t JOIN contact_tag ct ON ct.tag_id = t.id"
            " WHERE ct.contact_id = ? ORDER BY t.name COLLATE NOCASE",
            (contact_id,),
        )
    )
    links = tuple(
        RelationshipDraft(other, kind, strength)
        for other, kind, strength in rows(
            "SELECT other_id, kind, strength FROM relationship WHERE source_id = ? ORDER BY id",
            (contact_id,),
        )
    )
    introducer = rows("SELECT introduced_by_id FROM contact WHERE id = ?", (contact_id,))
    return ContactDraft(
        id=c.id,
        given_name=c.given_name,
        family_name=c.family_name,
        nickname=c.nickname,
        organisation=c.organisation,
        role=c.role,
        industry=c.industry,
        function=c.function,
        city=c.city,
        circle=Circle(c.circle),
        target_categories=tuple(split_values(c.target_categories)),
        channel=c.channel,
        introduced_by_id=introducer[0][0],
        birthday_day=c.birthday_day,
        birthday_month=c.birthday_month,
        birthday_year=c.birthday_year,
        cadence_days=c.cadence_days,
        prep_notes=c.prep_notes,
        notes=c.notes,
        methods=methods,
        tags=tags,
        relationships=links,
        photo=bytes(c.photo) if c.photo is not None else None,
    )


def _tag_ids(names: Iterable[str]) -> list[int]:
    ids = []
    for name in dict.fromkeys(n.strip() for n in names if n.strip()):
        tag = Tag.get_or_none(Tag.name == name)  # the column is NOCASE: "Mentor" = "mentor"
        ids.append((tag or Tag.create(name=name)).id)
    return ids


def save_draft(draft: ContactDraft, now: datetime) -> int:
    """Insert or update the contact with its methods, tags and relationships."""
    fields = dict(
        given_name=draft.given_name.strip(),
        family_name=draft.family_name.strip(),
        nickname=draft.nickname.strip(),
        organisation=draft.organisation.strip(),
        role=draft.role.strip(),
        industry=draft.industry.strip(),
        function=draft.function.strip(),
        city=draft.city.strip(),
        circle=draft.circle.value,
        target_categories=join_values(draft.target_categories),
        channel=draft.channel,
        introduced_by=draft.introduced_by_id,
        birthday_day=draft.birthday_day,
        birthday_month=draft.birthday_month,
        birthday_year=draft.birthday_year,
        cadence_days=draft.cadence_days,
        prep_notes=draft.prep_notes,
        notes=draft.notes,
        photo=draft.photo,
        updated_at=now,
    )
    with db.atomic():
        if draft.id is None:
            contact_id = Contact.insert(created_at=now, **fields).execute()
        else:
            contact_id = draft.id
            Contact.update(**fields).where(Contact.id == contact_id).execute()
            ContactMethod.delete().where(ContactMethod.contact == contact_id).execute()
            ContactTag.delete().where(ContactTag.contact == contact_id).execute()
            Relationship.delete().where(Relationship.source == contact_id).execute()
        preferred_seen: set[str] = set()
        for method in draft.methods:
            preferred = method.preferred and method.kind not in preferred_seen
            preferred_seen.update([method.kind] if preferred else [])
            ContactMethod.create(
                contact=contact_id,
                kind=method.kind,
                value=method.value.strip(),
                label=method.label.strip(),
                preferred=preferred,
            )
        for tag_id in _tag_ids(draft.tags):
            ContactTag.insert(contact=contact_id, tag=tag_id).on_conflict_ignore().execute()
        for link in {(r.other_id, r.kind): r for r in draft.relationships}.values():
            Relationship.create(
                source=contact_id, other=link.other_id, kind=link.kind, strength=link.strength
            )
    return int(contact_id)


# -- circles, trash --------------------------------------------------------------------------


def set_circles(changes: dict[int, Circle], now: datetime) -> dict[int, Circle]:
    """Move contacts to new circles; returns their previous circles (for undo)."""
    with db.atomic():
        previous = {
            cid: Circle(circle)
            for cid, circle in rows(
                f"SELECT id, circle FROM contact WHERE id IN ({','.join('?' * len(changes))})",
                list(changes),
            )
        }
        for cid, circle in changes.items():
            Contact.update(circle=circle.value, updated_at=now).where(Contact.id == cid).execute()
    return previous


def archive(ids: Sequence[int], now: datetime) -> None:
    """Move contacts to the trash (nothing is deleted)."""
    Contact.update(archived_at=now).where(Contact.id.in_(list(ids))).execute()


def unarchive(ids: Sequence[int]) -> None:
    Contact.update(archived_at=None).where(Contact.id.in_(list(ids))).execute()


@dataclass(frozen=True)
class TrashEntry:
    id: int
    name: str
    organisation: str
    archived_at: datetime


def trash() -> list[TrashEntry]:
    return [
        TrashEntry(cid, display_name(g, f, n), org, when(at) or datetime.min)
        for cid, g, f, n, org, at in rows(
            "SELECT id, given_name, family_name, nickname, organisation, archived_at"
            " FROM contact WHERE archived_at IS NOT NULL"
            " ORDER BY archived_at DESC, given_name, family_name"
        )
    ]


def purge(ids: Sequence[int]) -> None:
    """Delete for good (interactions they were the only participant of stay, unlinked)."""
    with db.atomic():
        Contact.delete().where(
            Contact.id.in_(list(ids)) & Contact.archived_at.is_null(False)
        ).execute()


# -- merge -----------------------------------------------------------------------------------

_FILLABLE = (
    "given_name",
    "family_name",
    "nickname",
    "organisation",
    "role",
    "industry",
    "function",
    "city",
    "channel",
    "introduced_by_id",
    "cadence_days",
    "photo",
)


def merge(keep_id: int, other_id: int, now: datetime) -> None:
    """Fold ``other`` into ``keep``: every interaction, method, tag, relationship, life
    event and introduction moves over; empty fields are filled; notes are joined."""
    if keep_id == other_id:
        raise ValueError("a contact cannot be merged with itself")
    keep, other = Contact.get_by_id(keep_id), Contact.get_by_id(other_id)
    with db.atomic():
        updates = merge_fields(keep, other, _FILLABLE)
        if updates.get("introduced_by_id") == keep_id:
            del updates["introduced_by_id"]
        updates["target_categories"] = join_values(
            split_values(keep.target_categories) + split_values(other.target_categories)
        )
        updates["updated_at"] = now
        Contact.update(
            **{k.removesuffix("_id") if k.endswith("_by_id") else k: v for k, v in updates.items()}
        ).where(Contact.id == keep_id).execute()

        keep_methods = list(ContactMethod.select().where(ContactMethod.contact == keep_id))
        have = {(m.kind, fold(m.value)) for m in keep_methods}
        preferred = {m.kind for m in keep_methods if m.preferred}
        for method in list(ContactMethod.select().where(ContactMethod.contact == other_id)):
            if (method.kind, fold(method.value)) in have:
                continue
            ContactMethod.create(
                contact=keep_id,
                kind=method.kind,
                value=method.value,
                label=method.label,
                preferred=method.preferred and method.kind not in preferred,
            )
        params = (keep_id, other_id)
        for sql in (
            "UPDATE OR IGNORE contact_tag SET contact_id = ? WHERE contact_id = ?",
            "UPDATE OR IGNORE interaction_participant SET contact_id = ? WHERE contact_id = ?",
            "UPDATE OR IGNORE relationship SET source_id = ?1 WHERE source_id = ?2"
            " AND other_id <> ?1",
            "UPDATE OR IGNORE relationship SET other_id = ?1 WHERE other_id = ?2"
            " AND source_id <> ?1",
            "UPDATE life_event SET contact_id = ? WHERE contact_id = ?",
            "UPDATE introduction_request SET target_id = ? WHERE target_id = ?",
            "UPDATE introduction_request SET introducer_id = ? WHERE introducer_id = ?",
            "UPDATE contact SET introduced_by_id = ?1 WHERE introduced_by_id = ?2 AND id <> ?1",
        ):
            db.execute_sql(sql, params)
        # What is left pointed at `other` duplicated what `keep` already had.
        Contact.delete().where(Contact.id == other_id).execute()
