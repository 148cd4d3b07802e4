"""Imports in one transaction, duplicate detection, and whole-database dumps for the JSON
backup. Everything here runs inside the caller's single transaction or opens its own."""

from __future__ import annotations

import functools
import re
import sqlite3
import uuid
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field, replace
from datetime import date, datetime
from typing import Any

import phonenumbers

from networking_app.domain.contacts import ContactDraft, MethodDraft, display_name
from networking_app.domain.text import fold
from networking_app.domain.vocabulary import Circle, join_values, split_values
from networking_app.storage.migrations import LATEST_VERSION, VERSION_TABLE
from networking_app.storage.models import db
from networking_app.storage.sql import rows, when

#: How often (in contacts) an import reports progress and checks for cancellation.
PROGRESS_EVERY = 200


class ImportCancelled(Exception):
    """The user cancelled; the transaction was rolled back, nothing changed."""


# -- duplicates ---------------------------------------------------------------------------


@functools.lru_cache(maxsize=65536)  # each number is looked up, then indexed
def normalised_phone(value: str, region: str | None) -> str:
    """E.164 when the number parses ("+33612345678"), else its digits (at least 6)."""
    digits = re.sub(r"\D", "", value)
    if len(digits) < 6:
        return ""
    try:
        number = phonenumbers.parse(value, region)
    except phonenumbers.NumberParseException:
        return digits
    if not phonenumbers.is_possible_number(number):
        return digits
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)


def profile_key(value: str) -> str:
    """A profile page's address without scheme, "www.", query or final slash (a LinkedIn
    profile URL names one person, whatever company the export gives them now)."""
    text = value.strip().casefold()
    text = text.split("://", 1)[-1].removeprefix("www.").split("?", 1)[0].split("#", 1)[0]
    text = text.rstrip("/")
    return text if "/" in text and len(text) > 8 else ""


def name_key(given: str, family: str, nickname: str, organisation: str) -> tuple[str, str] | None:
    name = fold(display_name(given, family, nickname))
    org = fold(organisation)
    return (name, org) if name and org else None


@dataclass(frozen=True)
class Match:
    contact_id: int  # an existing contact, or -(n + 1) for the n-th record of this import
    reason: str  # "card" (same UID) | "email" | "phone" | "profile" | "name and organisation"


@dataclass
class DuplicateIndex:
    """Keys of known contacts: emails, normalised phones, (name, organisation)."""

    region: str | None = None
    emails: dict[str, int] = field(default_factory=dict)
    phones: dict[str, int] = field(default_factory=dict)
    names: dict[tuple[str, str], int] = field(default_factory=dict)
    uids: dict[str, int] = field(default_factory=dict)
    profiles: dict[str, int] = field(default_factory=dict)
    labels: dict[int, str] = field(default_factory=dict)  # id → "Name (Org)" for the preview

    @classmethod
    def from_database(cls, region: str | None) -> DuplicateIndex:
        index = cls(region)
        for cid, given, family, nick, org, uid in rows(
            "SELECT id, given_name, family_name, nickname, organisation, uid FROM contact"
            " WHERE archived_at IS NULL"
        ):
            index.labels[cid] = _label(display_name(given, family, nick), org)
            index.uids[uid] = cid
            key = name_key(given, family, nick, org)
            if key:
                index.names.setdefault(key, cid)
        for cid, kind, value in rows(
            "SELECT m.contact_id, m.kind, m.value FROM contact_method m"
            " JOIN contact c ON c.id = m.contact_id WHERE c.archived_at IS NULL"
            " AND m.kind IN ('email', 'phone', 'url', 'social')"
        ):
            index._add_method(kind, value, cid)
        return index

    def _add_method(self, kind: str, value: str, cid: int) -> None:
        if kind == "email":
            self.emails.setdefault(value.strip().casefold(), cid)
        elif kind == "phone" and (phone := normalised_phone(value, self.region)):
            self.phones.setdefault(phone, cid)
        elif kind in ("url", "social") and (profile := profile_key(value)):
            self.profiles.setdefault(profile, cid)

    def find(self, draft: ContactDraft, uid: str = "") -> Match | None:
        if uid and (cid := self.uids.get(uid)):
            return Match(cid, "card")
        for method in draft.methods:
            if method.kind == "email" and (cid := self.emails.get(method.value.casefold())):
                return Match(cid, "email")
        for method in draft.methods:
            if method.kind == "phone":
                phone = normalised_phone(method.value, self.region)
                if phone and (cid := self.phones.get(phone)):
                    return Match(cid, "phone")
        for method in draft.methods:
            if method.kind in ("url", "social"):
                profile = profile_key(method.value)
                if profile and (cid := self.profiles.get(profile)):
                    return Match(cid, "profile")
        key = name_key(draft.given_name, draft.family_name, draft.nickname, draft.organisation)
        if key and (cid := self.names.get(key)):
            return Match(cid, "name and organisation")
        return None

    def add(self, draft: ContactDraft, cid: int, uid: str = "") -> None:
        self.labels.setdefault(cid, _label(draft.name, draft.organisation))
        if uid:
            self.uids.setdefault(uid, cid)
        for method in draft.methods:
            self._add_method(method.kind, method.value, cid)
        key = name_key(draft.given_name, draft.family_name, draft.nickname, draft.organisation)
        if key:
            self.names.setdefault(key, cid)


def _label(name: str, organisation: str) -> str:
    return f"{name} ({organisation})" if organisation else name


def find_duplicates(
    drafts: Sequence[ContactDraft], region: str | None, uids: Sequence[str] = ()
) -> list[Match | None]:
    """For each draft, the known contact (or earlier draft of the same import) it repeats.

    A draft that repeats a known contact adds its keys to that contact, so later drafts
    repeating it point at the known contact too.
    """
    index = DuplicateIndex.from_database(region)
    found: list[Match | None] = []
    for n, draft in enumerate(drafts):
        uid = uids[n] if n < len(uids) else ""
        match = index.find(draft, uid)
        found.append(match)
        index.add(draft, match.contact_id if match else -(n + 1), uid)
    return found


def duplicate_labels(ids: Iterable[int]) -> dict[int, str]:
    wanted = [i for i in set(ids) if i > 0]
    if not wanted:
        return {}
    return {
        cid: _label(display_name(g, f, n), org)
        for cid, g, f, n, org in rows(
            "SELECT id, given_name, family_name, nickname, organisation FROM contact"
            f" WHERE id IN ({','.join('?' * len(wanted))})",
            wanted,
        )
    }


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


def _known(cid: int, cursor: Any) -> ContactDraft:
    """What a merge reads of a known contact (raw SQL: merges can be thousands)."""
    row = cursor.execute(
        f"SELECT {', '.join(_MERGED_FIELDS)}, circle, prep_notes FROM contact WHERE id = ?",
        (cid,),
    ).fetchone()
    values = dict(zip((*_MERGED_FIELDS, "circle", "prep_notes"), row, strict=True))
    values["target_categories"] = tuple(split_values(values["target_categories"]))
    values["circle"] = Circle(values["circle"])
    if values["photo"] is not None:
        values["photo"] = bytes(values["photo"])
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
    fill = {}
    for name in _FILLED_FIELDS:
        if getattr(known, name) in (None, "") and getattr(incoming, name) not in (None, ""):
            fill[name] = getattr(incoming, name)
    if known.birthday_month is None and incoming.birthday_month is not None:
        fill.update(
            birthday_day=incoming.birthday_day,
            birthday_month=incoming.birthday_month,
            birthday_year=incoming.birthday_year,
        )
    have = {_method_key(m, region) for m in known.methods}
    preferred = {m.kind for m in known.methods if m.preferred}
    extra = tuple(
        replace(m, preferred=m.preferred and m.kind not in preferred)
        for m in incoming.methods
        if _method_key(m, region) not in have
    )
    notes = known.notes
    if incoming.notes.strip() and incoming.notes.strip() not in known.notes:
        notes = "\n\n".join(p for p in (known.notes.strip(), incoming.notes.strip()) if p)
    return replace(
        known,
        **fill,
        notes=notes,
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


# -- the whole database, for the JSON backup -----------------------------------------------


#: Kept by triggers from other tables (so rebuilt by a restore, never restored).
DERIVED_TABLES = frozenset({"contact_last_interaction"})


def data_tables() -> list[str]:
    """Tables holding data, in creation order: not SQLite's, not the schema version, not
    full-text indexes or other tables that triggers rebuild from their content tables."""
    found = rows("SELECT name, sql FROM sqlite_master WHERE type = 'table' ORDER BY rowid")
    virtual = [name for name, sql in found if (sql or "").upper().startswith("CREATE VIRTUAL")]
    return [
        name
        for name, _sql in found
        if not name.startswith("sqlite_")
        and name != VERSION_TABLE
        and name not in DERIVED_TABLES
        and name not in virtual
        and not any(name.startswith(v + "_") for v in virtual)
    ]


def dump_tables() -> dict[str, tuple[list[str], list[list[Any]]]]:
    out = {}
    for table in data_tables():
        columns = [r[1] for r in rows(f'PRAGMA table_info("{table}")')]
        order = "rowid" if table not in ("contact_tag", "interaction_participant") else "1, 2"
        data = [list(r) for r in rows(f'SELECT * FROM "{table}" ORDER BY {order}')]
        out[table] = (columns, data)
    return out


def schema_version() -> int:
    return int(rows(f"SELECT MAX(version) FROM {VERSION_TABLE}")[0][0] or 0)


def database_is_empty() -> bool:
    """No contact (even in the trash), interaction or introduction: a restore replaces nothing."""
    return not any(
        rows(f"SELECT 1 FROM {t} LIMIT 1")
        for t in ("contact", "interaction", "introduction_request", "life_event")
    )


class RestoreRefused(Exception):
    pass


def restore_tables(tables: dict[str, tuple[list[str], list[list[Any]]]], backup_schema: int) -> int:
    """Replace every table's rows with the backup's, ids included (one transaction).
    Returns the number of contacts restored."""
    if backup_schema > LATEST_VERSION:
        raise RestoreRefused(
            f"the backup comes from a newer Rapport (schema {backup_schema}, this one knows"
            f" {LATEST_VERSION}); update Rapport"
        )
    known = data_tables()
    unknown = [t for t in tables if t not in known]
    if unknown:
        raise RestoreRefused(f"the backup has tables this Rapport does not know: {unknown}")
    with db.atomic():
        db.execute_sql("PRAGMA defer_foreign_keys = ON")
        for table in reversed(known):
            db.execute_sql(f'DELETE FROM "{table}"')
        for table in known:
            if table not in tables:
                continue
            columns, data = tables[table]
            have = {r[1] for r in rows(f'PRAGMA table_info("{table}")')}
            missing = [c for c in columns if c not in have]
            if missing:
                raise RestoreRefused(f'table "{table}" has unknown columns {missing}')
            if data:
                names = ", ".join(f'"{c}"' for c in columns)
                marks = ", ".join("?" * len(columns))
                try:
                    db.cursor().executemany(
                        f'INSERT INTO "{table}" ({names}) VALUES ({marks})', data
                    )
                except sqlite3.IntegrityError as exc:  # a value the schema forbids
                    raise RestoreRefused(
                        f'table "{table}" holds a row this Rapport cannot accept ({exc})'
                    ) from None
        problems = rows("PRAGMA foreign_key_check")
        if problems:
            raise RestoreRefused(
                f"the backup's rows do not agree (table {problems[0][0]} points at a missing"
                f" {problems[0][2]} row)"
            )
    return len(tables.get("contact", ([], []))[1])


# -- export reads ---------------------------------------------------------------------------


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
    names = (*_MERGED_FIELDS, "circle", "prep_notes")
    out = []
    for row in rows(
        f"SELECT id, uid, updated_at, {', '.join(names)} FROM contact"
        " WHERE archived_at IS NULL"
        " ORDER BY family_name COLLATE NOCASE, given_name COLLATE NOCASE, id"
    ):
        cid, uid, updated = row[:3]
        values = dict(zip(names, row[3:], strict=True))
        values["target_categories"] = tuple(split_values(values["target_categories"]))
        values["circle"] = Circle(values["circle"])
        if values["photo"] is not None:
            values["photo"] = bytes(values["photo"])
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
