"""Use-cases on contacts for the board, the editor, the trash and merging."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import timedelta

from networking_app.domain.board import ContactCard
from networking_app.domain.contacts import ContactDraft, Finding, validate
from networking_app.domain.recurrence import LocalDays
from networking_app.domain.vocabulary import Circle
from networking_app.services.clock import Clock
from networking_app.services.region import country_code, default_region
from networking_app.storage import contact_detail, contact_editing, contacts, duplicates, settings
from networking_app.storage.contact_detail import ContactDetail
from networking_app.storage.contact_editing import TrashEntry
from networking_app.storage.database import worker_connection
from networking_app.storage.duplicates import Similar

__all__ = ["ContactBook", "ContactDetail", "InvalidContact", "TrashEntry"]


class InvalidContact(Exception):
    """The draft has problems; nothing was saved."""

    def __init__(self, findings: list[Finding]) -> None:
        self.findings = findings
        super().__init__(", ".join(f"{f.field}: {f.problem}" for f in findings))


@dataclass
class ContactBook:
    """Everything the UI does with contacts goes through here."""

    clock: Clock = field(default_factory=Clock)

    def cadences(self) -> dict[Circle, int]:
        return {c: days for c in Circle if (days := settings.cadence_days(c)) is not None}

    # -- reading ----------------------------------------------------------------------------
    def cards(self, ids: Sequence[int] | None = None) -> list[ContactCard]:
        """Board cards of the contacts not in the trash (only ``ids`` when given)."""
        since = self.clock.now() - timedelta(days=365)
        local_days = LocalDays(self.clock.to_local)
        return contacts.load_cards(
            self.cadences(),
            ids,
            balance_since=since,
            local_days=local_days,
            country_code=country_code(),
        )

    def cards_on_worker_thread(self) -> list[ContactCard]:
        """:meth:`cards` for a worker thread (its own connection, closed afterwards)."""
        with worker_connection():
            return self.cards()

    def photo(self, contact_id: int) -> bytes | None:
        return contacts.photo(contact_id)

    def draft(self, contact_id: int) -> ContactDraft:
        return contact_editing.load_draft(contact_id)

    def detail(self, contact_id: int) -> ContactDetail:
        return contact_detail.contact_detail(contact_id)

    def tags(self) -> list[str]:
        return contacts.tag_names()

    def industries(self) -> list[str]:
        return contacts.distinct_values("industry")

    def cities(self) -> list[str]:
        return contacts.distinct_values("city")

    def choices(self) -> list[tuple[int, str]]:
        """(id, name) pairs for "introduced by" and relationship pickers."""
        return contacts.contact_choices()

    def trashed(self) -> list[TrashEntry]:
        return contact_editing.trash()

    # -- changing ---------------------------------------------------------------------------
    def problems(self, draft: ContactDraft) -> list[Finding]:
        return validate(draft, self.clock.today())

    def similar(self, draft: ContactDraft) -> Similar | None:
        """A contact a new ``draft`` may repeat (same email, phone or name), to warn about."""
        return duplicates.similar_contact(draft, default_region())

    def save(self, draft: ContactDraft) -> int:
        """Validate and save; raises :class:`InvalidContact` and saves nothing when invalid."""
        findings = self.problems(draft)
        if findings:
            raise InvalidContact(findings)
        return contact_editing.save_draft(draft, self.clock.now())

    def move(self, changes: dict[int, Circle]) -> dict[int, Circle]:
        """Change circles; returns the previous ones so the move can be undone."""
        return contact_editing.set_circles(changes, self.clock.now())

    def trash(self, ids: Sequence[int]) -> None:
        contact_editing.archive(ids, self.clock.now())

    def restore(self, ids: Sequence[int]) -> None:
        contact_editing.unarchive(ids)

    def purge(self, ids: Sequence[int]) -> None:
        contact_editing.purge(ids)

    def merge(self, keep_id: int, other_id: int) -> None:
        contact_editing.merge(keep_id, other_id, self.clock.now())
