"""Which incoming contacts repeat known ones: by card UID, email, normalised phone,
profile page, or name and organisation."""

from __future__ import annotations

import functools
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

import phonenumbers

from networking_app.domain.contacts import ContactDraft, display_name
from networking_app.domain.text import digits, fold
from networking_app.storage.sql import rows


@functools.lru_cache(maxsize=65536)  # each number is looked up, then indexed
def normalised_phone(value: str, region: str | None) -> str:
    """E.164 when the number parses ("+33612345678"), else its digits (at least 6)."""
    if len(digits(value)) < 6:
        return ""
    try:
        number = phonenumbers.parse(value, region)
    except phonenumbers.NumberParseException:
        return digits(value)
    if not phonenumbers.is_possible_number(number):
        return digits(value)
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

    @classmethod
    def from_database(cls, region: str | None) -> DuplicateIndex:
        index = cls(region)
        for cid, given, family, nick, org, uid in rows(
            "SELECT id, given_name, family_name, nickname, organisation, uid FROM contact"
            " WHERE archived_at IS NULL"
        ):
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


@dataclass(frozen=True)
class Similar:
    """A contact a new one may repeat, as the editor warns about it."""

    contact_id: int
    label: str  # "Kenji Lemoine (Acme)"
    reason: str  # "email" | "phone" | "name"


def similar_contact(draft: ContactDraft, region: str | None) -> Similar | None:
    """A contact (not in the trash) that ``draft``, about to be saved as a new one, may
    repeat: the same email, the same phone number however written, or the same name.
    Looked up with the draft's own keys, not an index of everyone (it runs on Save)."""
    found: tuple[int, str] | None = None
    emails = sorted({m.value.strip().casefold() for m in draft.methods if m.kind == "email"})
    if emails:
        # SQLite's lower() knows ASCII only: candidates by a case-blind LIKE, then casefold.
        for cid, value in rows(
            "SELECT m.contact_id, m.value FROM contact_method m JOIN contact c"
            " ON c.id = m.contact_id WHERE c.archived_at IS NULL AND m.kind = 'email'"
            f" AND ({' OR '.join(['trim(m.value) LIKE ?'] * len(emails))})",
            emails,
        ):
            if value.strip().casefold() in emails:
                found = (cid, "email")
                break
    phones = {
        p for m in draft.methods if m.kind == "phone" if (p := normalised_phone(m.value, region))
    }
    for phone in sorted(phones) if found is None else ():
        # Only numbers holding the same last six digits are parsed, whatever their writing.
        tail = "%".join(digits(phone)[-6:])
        for cid, value in rows(
            "SELECT m.contact_id, m.value FROM contact_method m JOIN contact c"
            " ON c.id = m.contact_id WHERE c.archived_at IS NULL AND m.kind = 'phone'"
            " AND m.value LIKE ?",
            (f"%{tail}%",),
        ):
            if normalised_phone(value, region) == phone:
                found = (cid, "phone")
                break
        if found is not None:
            break
    name = fold(display_name(draft.given_name, draft.family_name, draft.nickname))
    fields = [
        (column, value)
        for column, value in (
            ("family_name", draft.family_name),
            ("given_name", draft.given_name),
            ("nickname", draft.nickname),
        )
        if value.strip()
    ]
    if found is None and name and fields:
        # Candidates share one of the draft's non-empty name fields (case-blind for ASCII;
        # accents are compared after folding).
        column, value = fields[0]
        for cid, given, family, nick in rows(
            "SELECT id, given_name, family_name, nickname FROM contact"
            f" WHERE archived_at IS NULL AND {column} LIKE ?",
            (value.strip(),),
        ):
            if fold(display_name(given, family, nick)) == name:
                found = (cid, "name")
                break
    if found is None:
        return None
    return Similar(found[0], duplicate_labels([found[0]])[found[0]], found[1])
