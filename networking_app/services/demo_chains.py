"""The demo's ties between contacts: relationships, life events and introduction requests.

These run once the contacts exist and have their parts (see ``DemoState``); the order of
the calls, and so of the random draws, is set by ``demo._Demo.write``.
"""

from __future__ import annotations

import itertools
from datetime import timedelta
from typing import Any

from networking_app.domain.vocabulary import Circle, IntroStatus, LifeEventKind, RelationshipKind
from networking_app.services import demo_texts as wording
from networking_app.services.demo_base import DemoState, bulk, next_id
from networking_app.storage.models import (
    IntroductionRequest,
    IntroductionTransition,
    LifeEvent,
    Relationship,
)

_EVENT_KINDS = tuple(LifeEventKind(k) for k in wording.LIFE_EVENT_NOTES)
_CHAIN = ("draft", "asked", "accepted", "introduced", "met")  # the steps, in IntroStatus values


class DemoChains(DemoState):
    """Writes who knows whom, what happened to them, and the introductions under way."""

    def link(self, source: int, other: int, kind: RelationshipKind, note: str = "") -> None:
        """Record an edge once per pair and kind, whichever way round it comes."""
        key = (frozenset((source, other)), kind)
        if source != other and key not in self.links:
            strength = self.rng.choices(range(1, 6), (1, 3, 4, 3, 2))[0]
            self.links[key] = dict(
                source=source, other=other, kind=kind.value, strength=strength, note=note
            )

    def write_links(self) -> int:
        rng, contacts = self.rng, self.contacts
        near = self.circle[Circle.CLOSE] + self.circle[Circle.EXTENDED]
        living = [c for c in contacts if c not in self.archived]
        industry = {c: contacts[c]["industry"] for c in living}
        for cid, row in contacts.items():
            if row["introduced_by"]:
                note = "Introduced us over coffee."
                self.link(row["introduced_by"], cid, RelationshipKind.INTRODUCED, note)
        by_org: dict[str, list[int]] = {}
        for cid in living:
            by_org.setdefault(contacts[cid]["organisation"], []).append(cid)
        for members in by_org.values():
            for a, b in itertools.pairwise(members):
                self.link(a, b, RelationshipKind.WORKS_WITH)
        for bridge in self.bridges:  # each reaches into every circle, in other industries
            for circle, n in zip(Circle, (1, 2, 2, 2), strict=True):
                own = industry[bridge]
                pool = [c for c in self.circle[circle] if industry.get(c, own) != own]
                for other in rng.sample(pool, n):
                    self.link(bridge, other, RelationshipKind.KNOWS)
        for target in self.circle[Circle.TARGET]:  # someone can always introduce a target
            same = [c for c in near if industry[c] == industry[target]]
            self.knowers[target] = rng.sample(same or near, min(2, len(same or near)))
            for knower in self.knowers[target]:
                self.link(knower, target, RelationshipKind.KNOWS)
        everyday = [c for c in living if contacts[c]["circle"] != Circle.TARGET.value]
        for _ in range(25):
            a, b = rng.sample(everyday, 2)
            self.link(a, b, RelationshipKind.KNOWS)
        return bulk(Relationship, list(self.links.values()))

    def write_life_events(self) -> int:
        rng, today = self.rng, self.today
        pool = self.circle[Circle.CLOSE] + self.circle[Circle.EXTENDED]
        pool += [c for c in self.circle[Circle.WEAK] if c not in self.archived]
        rows = []
        for i, cid in enumerate(rng.sample(pool, 18)):
            if i < 4:  # announced, coming up within two weeks
                kind = (LifeEventKind.MILESTONE, LifeEventKind.PUBLICATION)[i % 2]
                when = today + timedelta(days=rng.randint(1, 14))
                note = wording.UPCOMING_EVENT_NOTES[i]
                created = self.at(today - timedelta(days=rng.randint(2, 20)))
            else:
                kind = _EVENT_KINDS[i % len(_EVENT_KINDS)]
                when = today - timedelta(days=rng.randint(3, 360))
                note = rng.choice(wording.LIFE_EVENT_NOTES[kind.value])
                created = min(self.at(when + timedelta(days=1)), self.midnight)
            row = self.contacts[cid]
            note = note.format(org=row["organisation"], role=row["role"], city=row["city"])
            event = dict(contact=cid, kind=kind.value, date=when, yearly=False, note=note)
            rows.append(event | {"created_at": created})
        return bulk(LifeEvent, rows)

    def write_introductions(self) -> int:
        """Three requests: one drafted, one asked 9 days ago (follow-up due), one that met."""
        targets = self.circle[Circle.TARGET]
        chains = (
            (IntroStatus.DRAFT, targets[0], self.knowers[targets[0]][0], (3,)),
            (IntroStatus.ASKED, targets[1], self.knowers[targets[1]][0], (12, 9)),
            (IntroStatus.MET, self.met, self.met_introducer, (85, 82, 80, 78, 62)),
        )
        first_id = next_id(IntroductionRequest)
        requests, transitions = [], []
        for rid, (status, target, introducer, days) in enumerate(chains, first_id):
            org = self.contacts[target]["organisation"]
            names = dict(target=self.name(target), introducer=self.name(introducer), org=org)
            texts: dict[str, Any] = {
                k: v.format(**names) for k, v in wording.INTROS[status.value].items()
            }
            stamps = [self.at(self.today - timedelta(days=d)) for d in days]
            texts.update(id=rid, target=target, introducer=introducer, status=status.value)
            requests.append(texts | {"created_at": stamps[0], "updated_at": stamps[-1]})
            chain = [None, *_CHAIN[: len(days)]]  # ends on ``status``
            for (before, after), at in zip(itertools.pairwise(chain), stamps, strict=True):
                step = dict(request=rid, from_status=before, to_status=after, at=at, note="")
                transitions.append(step)
        bulk(IntroductionRequest, requests)
        bulk(IntroductionTransition, transitions)
        return len(requests)
