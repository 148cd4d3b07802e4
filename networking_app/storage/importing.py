"""Storing an import in one transaction: new contacts, merges into known ones, LinkedIn's
dated first interactions. Duplicates are found by :mod:`.duplicates`."""

from __future__ import annotations

import uuid
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field, replace
from datetime import date, datetime
from typing import Any

from networking_app.domain.contacts import ContactDraft, MethodDraft, merge_fields
from networking_app.domain.text import fold
from networking_app.domain.vocabulary import Circle, join_values, split_values
from networking_app.storage.duplicates import Match, normalised_phone
from networking_app.storage.models import db
from networking_app.storage.sql import rows

#: How often (in contacts) an import reports progress and checks for cancellation.
PROGRESS_EVERY = 200


class ImportCancelled(Exception):
    """The user cancelled; the transaction was rolled back, nothing changed."""


# -- applying an import -------------------------------------------------------------------


@dataclass(frozen=True)
class IncomingContact:
    draft: ContactDraft
    connected_on: date | None = None
    uid: str = ""  # kept for a new contact when no other has it


@dataclass
class ImportCounts:
    added: int = 0
    merged: int = 0
    skipped: int = 0
    ids: list[int] = field(default_factory=list)  # every contact added or changed


_CONTACT_COLUMNS = (
    "uid, given_name, family_name, nickname, organisation, role, industry, function, city,"
    " circle, target_categories, channel, birthday_month, birthday_day, birthday_year,"
    " cadence_days, prep_notes, notes, photo, created_at, updated_at"
)


def _insert(
    draft: ContactDraft, now: str, tag_ids: dict[str, int], cursor: Any, uid: str = ""
) -> int:
    taken = not uid or cursor.execute("SELECT 1 FROM contact WHERE uid = ?", (uid,)).fetchone()
    cursor.execute(
        f"INSERT INTO contact ({_CONTACT_COLUMNS}) VALUES"
        " (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
        (
            str(uuid.uuid4()) if taken else uid,
            draft.given_name.strip(),
            draft.family_name.strip(),
            draft.nickname.strip(),
            draft.organisation.strip(),
            draft.role.strip(),
            draft.industry.strip(),
            draft.function.strip(),
            draft.city.strip(),
            draft.circle.value,
            join_values(draft.target_categories),
            draft.channel,
            draft.birthday_month,
            draft.birthday_day,
            draft.birthday_year,
            draft.cadence_days,
            draft.prep_notes,
            draft.notes,
            draft.photo,
            now,
            now,
        ),
    )
    cid = int(cursor.lastrowid or 0)
    if draft.methods:
        cursor.executemany(
            "INSERT INTO contact_method (contact_id, kind, value, label, preferred)"
            " VALUES (?,?,?,?,?)",
            [(cid, m.kind, m.value.strip(), m.label.strip(), m.preferred) for m in draft.methods],
        )
    _link_tags(cid, draft.tags, tag_ids, cursor)
    return cid


def _link_tags(cid: int, names: Iterable[str], tag_ids: dict[str, int], cursor: Any) -> None:
    for name in dict.fromkeys(t.strip() for t in names if t.strip()):
        key = name.casefold()
        if key not in tag_ids:
            cursor.execute("INSERT INTO tag (name) VALUES (?)", (name,))
            tag_ids[key] = int(cursor.lastrowid or 0)
        cursor.execute(
            "INSERT OR IGNORE INTO contact_tag (contact_id, tag_id) VALUES (?, ?)",
            (cid, tag_ids[key]),
        )


#: Fields a merge fills when the known contact has them empty.
_FILLED_FIELDS = (
    "given_name",
    "family_name",
    "nickname",
    "organisation",
    "role",
    "industry",
    "function",
    "city",
    "channel",
    "cadence_days",
    "photo",
)
_MERGED_FIELDS = (
    *_FILLED_FIELDS,
    "birthday_day",
    "birthday_month",
    "birthday_year",
    "notes",
    "target_categories",
)


#: The contact columns read into a draft (by merges and by the exports), in this order.
DRAFT_COLUMNS = (*_MERGED_FIELDS, "circle", "prep_notes")


def draft_values(row: Sequence[Any]) -> dict[str, Any]:
    """A row of :data:`DRAFT_COLUMNS` as ContactDraft keyword arguments."""
    values = dict(zip(DRAFT_COLUMNS, row, strict=True))
    values["target_categories"] = tuple(split_values(values["target_categories"]))
    values["circle"] = Circle(values["circle"])
    if values["photo"] is not None:
        values["photo"] = bytes(values["photo"])
    return values


def _known(cid: int, cursor: Any) -> ContactDraft:
    """What a merge reads of a known contact (raw SQL: merges can be thousands)."""
    row = cursor.execute(
        f"SELECT {', '.join(DRAFT_COLUMNS)} FROM contact WHERE id = ?", (cid,)
    ).fetchone()
    values = draft_values(row)
    methods = tuple(
        MethodDraft(kind, value, label, bool(preferred))
        for kind, value, label, preferred in cursor.execute(
            "SELECT kind, value, label, preferred FROM contact_method WHERE contact_id = ?"
            " ORDER BY id",
            (cid,),
        ).fetchall()
    )
    tags = tuple(
        r[0]
        for r in cursor.execute(
            "SELECT t.name FROM tag t JOIN contact_tag ct ON ct.tag_id = t.id"
            " WHERE ct.contact_id = ? ORDER BY t.name COLLATE NOCASE",
            (cid,),
        ).fetchall()
    )
    return ContactDraft(id=cid, methods=methods, tags=tags, **values)


def _write_merge(
    cid: int,
    known: ContactDraft,
    merged: ContactDraft,
    now: str,
    tag_ids: dict[str, int],
    cursor: Any,
) -> None:
    """Store what a merge added: changed fields, new methods, new tags."""
    changes: dict[str, Any] = {
        name: getattr(merged, name)
        for name in _MERGED_FIELDS
        if getattr(merged, name) != getattr(known, name)
    }
    if "target_categories" in changes:
        changes["target_categories"] = join_values(changes["target_categories"])
    changes["updated_at"] = now
    cursor.execute(
        f"UPDATE contact SET {', '.join(f'{k} = ?' for k in changes)} WHERE id = ?",
        (*changes.values(), cid),
    )
    extra = merged.methods[len(known.methods) :]
    cursor.executemany(
        "INSERT INTO contact_method (contact_id, kind, value, label, preferred) VALUES (?,?,?,?,?)",
        [(cid, m.kind, m.value.strip(), m.label.strip(), m.preferred) for m in extra],
    )
    _link_tags(cid, [t for t in merged.tags if t not in known.tags], tag_ids, cursor)


def _method_key(method: MethodDraft, region: str | None) -> tuple[str, str]:
    """What makes two methods the same: a phone's number, however it is written."""
    if method.kind == "phone":
        number = normalised_phone(method.value, region)
        if number:
            return ("phone", number)
    return (method.kind, fold(method.value))


def merged_draft(
    known: ContactDraft, incoming: ContactDraft, region: str | None = None
) -> ContactDraft:
    """The known contact with the incoming one's extra information: empty fields filled,
    new methods and tags added, notes appended; nothing known is overwritten."""
    fill = merge_fields(known, incoming, _FILLED_FIELDS)
    have = {_method_key(m, region) for m in known.methods}
    preferred = {m.kind for m in known.methods if m.preferred}
    extra = tuple(
        replace(m, preferred=m.preferred and m.kind not in preferred)
        for m in incoming.methods
        if _method_key(m, region) not in have
    )
    return replace(
        known,
        **fill,
        methods=known.methods + extra,
        tags=tuple(dict.fromkeys(known.tags + incoming.tags)),
        target_categories=tuple(
            split_values(join_values(known.target_categories + incoming.target_categories))
        ),
    )


_CONNECTED = "Connected on LinkedIn"
_FTS_TRIGGER = "interaction_search_insert"


def _has_connection(cid: int) -> bool:
    return bool(
        rows(
            "SELECT 1 FROM interaction i JOIN interaction_participant p"
            " ON p.interaction_id = i.id WHERE p.contact_id = ? AND i.summary = ? LIMIT 1",
            (cid, _CONNECTED),
        )
    )


def _first_interactions(connections: list[tuple[int, date]], now: str) -> None:
    """One dated "Connected on LinkedIn" touch per contact, inserted in two batches."""
    if not connections:
        return
    start = int(rows("SELECT COALESCE(MAX(id), 0) FROM interaction")[0][0]) + 1
    cursor = db.cursor()
    # The full-text index is fed by a per-row trigger; for a large batch it is twice as
    # fast to index the new rows in one statement. The trigger is put back, as it was, in
    # the same transaction (a failure rolls both back).
    trigger = rows(
        "SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name = ?", (_FTS_TRIGGER,)
    )
    bulk = (
        len(connections) >= 1000
        and bool(trigger)
        and bool(rows("SELECT 1 FROM sqlite_master WHERE name = 'interaction_search'"))
    )
    if bulk:
        cursor.execute(f"DROP TRIGGER {_FTS_TRIGGER}")
    cursor.executemany(
        "INSERT INTO interaction (id, occurred_at, kind, direction, summary, created_at,"
        " updated_at) VALUES (?, ?, 'social_touch', 'mutual', ?, ?, ?)",
        [
            (start + n, f"{on.isoformat()} 12:00:00", _CONNECTED, now, now)
            for n, (_cid, on) in enumerate(connections)
        ],
    )
    cursor.executemany(
        "INSERT INTO interaction_participant (interaction_id, contact_id) VALUES (?, ?)",
        [(start + n, cid) for n, (cid, _on) in enumerate(connections)],
    )
    if bulk:
        cursor.execute(
            "INSERT INTO interaction_search (rowid, summary, notes, ask, next_step)"
            " SELECT id, summary, notes, ask, next_step FROM interaction WHERE id >= ?",
            (start,),
        )
        cursor.execute(trigger[0][0])


def apply_import(
    incoming: Sequence[IncomingContact],
    matches: Sequence[Match | None],
    decisions: Sequence[str],
    now: datetime,
    progress: Callable[[int, int], bool] | None = None,
    region: str | None = None,
) -> ImportCounts:
    """Store an import in one transaction. ``decisions[i]`` ("merge", "keep", "skip")
    applies to records with a match. ``progress(done, total)`` returning False cancels:
    :class:`ImportCancelled` is raised and nothing is stored."""
    stamp = str(now.replace(microsecond=0))
    counts = ImportCounts()
    total = len(incoming)
    created: dict[int, int] = {}  # -(n + 1) → new id
    connections: list[tuple[int, date]] = []
    connected: set[int] = set()
    with db.atomic():
        cursor = db.cursor()
        tag_ids = {name.casefold(): tid for tid, name in rows("SELECT id, name FROM tag")}
        for n, item in enumerate(incoming):
            if progress is not None and n % PROGRESS_EVERY == 0 and not progress(n, total):
                raise ImportCancelled()
            match = matches[n]
            target = None
            if match is not None:
                target = (
                    created.get(match.contact_id) if match.contact_id < 0 else (match.contact_id)
                )
            decision = decisions[n] if match is not None else "keep"
            if target is None or decision == "keep":
                cid = _insert(item.draft, stamp, tag_ids, cursor, item.uid)
                created[-(n + 1)] = cid
                counts.added += 1
            elif decision == "skip":
                counts.skipped += 1
                continue
            else:
                cid = target
                known = _known(cid, cursor)
                merged = merged_draft(known, item.draft, region)
                if merged != known:  # importing the same file again writes nothing
                    _write_merge(cid, known, merged, stamp, tag_ids, cursor)
                counts.merged += 1
                if item.connected_on is not None and (cid in connected or _has_connection(cid)):
                    counts.ids.append(cid)
                    continue  # connected once, even if imported twice
            counts.ids.append(cid)
            if item.connected_on is not None:
                connections.append((cid, item.connected_on))
                connected.add(cid)
        _first_interactions(connections, stamp)
        if progress is not None and not progress(total, total):
            raise ImportCancelled()
    return counts
