"""Use-cases on interactions: logging, the timeline's pages, next steps, balances."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, timedelta

from networking_app.domain.interactions import (
    Balance,
    InteractionDraft,
    InteractionProblem,
    Responsiveness,
    TimelineEntry,
    TimelineFilter,
    balance,
    responsiveness,
    validate,
)
from networking_app.services.clock import Clock
from networking_app.storage import interactions
from networking_app.storage.interactions import DeletedInteraction, OpenNextStep

__all__ = ["DeletedInteraction", "InvalidInteraction", "OpenNextStep", "Timeline"]

PAGE_SIZE = 100


class InvalidInteraction(Exception):
    """The draft has problems; nothing was saved."""

    def __init__(self, problems: list[InteractionProblem]) -> None:
        self.problems = problems
        super().__init__(", ".join(problems))


@dataclass
class Timeline:
    """Everything the UI does with interactions goes through here."""

    clock: Clock = field(default_factory=Clock)

    def page(
        self, flt: TimelineFilter, after: tuple[datetime, int] | None = None, limit: int = PAGE_SIZE
    ) -> list[TimelineEntry]:
        """Newest first, ``limit`` at a time; pass the last entry's (occurred_at, id)."""
        return interactions.timeline_page(flt, after, limit, self.clock.to_utc)

    def problems(self, draft: InteractionDraft) -> list[InteractionProblem]:
        return validate(draft, self.clock.now())

    def save(self, draft: InteractionDraft) -> int:
        """Validate and save; raises :class:`InvalidInteraction` and saves nothing."""
        found = self.problems(draft)
        if found:
            raise InvalidInteraction(found)
        return interactions.save_interaction(draft, self.clock.now())

    def load(self, interaction_id: int) -> InteractionDraft:
        return interactions.load_interaction(interaction_id)

    def delete(self, interaction_id: int) -> DeletedInteraction:
        """Delete; returns the snapshot that :meth:`restore` puts back."""
        return interactions.delete_interaction(interaction_id)

    def restore(self, snapshot: DeletedInteraction) -> int:
        return interactions.restore_interaction(snapshot)

    def set_next_step_done(self, interaction_id: int, done: bool) -> None:
        interactions.set_next_step_done(interaction_id, self.clock.now() if done else None)

    def open_next_steps(self, contact_id: int | None = None) -> list[OpenNextStep]:
        return interactions.open_next_steps(contact_id)

    def balance(self, contact_id: int) -> Balance:
        return balance(interactions.give_ask_rows(contact_id), self.clock.now())

    def responsiveness(self, contact_id: int) -> Responsiveness:
        return responsiveness(interactions.outreach_rows(contact_id))

    def balances(self) -> dict[int, tuple[int, int]]:
        """(given, asked) over the last 12 months for every contact with either."""
        return interactions.give_ask_by_contact(self.clock.now() - timedelta(days=365))
