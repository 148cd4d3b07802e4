"""Read queries for the views: each returns plain dataclasses, never an open query."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import peewee as pw

from networking_app.domain.vocabulary import Circle, IntroStatus
from networking_app.storage.models import (
    Contact,
    Interaction,
    IntroductionRequest,
    TargetDomain,
)


@dataclass(frozen=True)
class NetworkCounts:
    """How much is in the database, for empty states and the status bar."""

    contacts_by_circle: dict[Circle, int] = field(default_factory=dict)
    interactions: int = 0
    introductions_by_status: dict[IntroStatus, int] = field(default_factory=dict)
    target_domains: int = 0

    @property
    def contacts(self) -> int:
        return sum(self.contacts_by_circle.values())


def _tuples(query: Any) -> list[tuple[Any, ...]]:
    """Run ``query`` now and return plain tuples (peewee's stubs type rows as models)."""
    return list(query.tuples())


def network_counts() -> NetworkCounts:
    by_circle = {
        Circle(circle): n
        for circle, n in _tuples(
            Contact.select(Contact.circle, pw.fn.COUNT(Contact.id))
            .where(Contact.archived_at.is_null())
            .group_by(Contact.circle)
        )
    }
    by_status = {
        IntroStatus(status): n
        for status, n in _tuples(
            IntroductionRequest.select(
                IntroductionRequest.status, pw.fn.COUNT(IntroductionRequest.id)
            ).group_by(IntroductionRequest.status)
        )
    }
    return NetworkCounts(
        contacts_by_circle=by_circle,
        interactions=Interaction.select().count(),
        introductions_by_status=by_status,
        target_domains=TargetDomain.select().count(),
    )
